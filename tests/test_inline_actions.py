"""An inline enumeration of actions inside a paragraph: markers, a bracketed field list."""

from plantrace.extractors.inline_actions import read_field_list, read_items

TEXT = (
    "Recommendation 2 asked the council to “Improve decisions at the front door” In response "
    "the council will: (2a) Audit repeat referrals each quarter (lead: Service Manager, Front "
    "Door, target 23rd July 2026, behind schedule; latest: audit started; first report due); "
    "and (2b) Step down cases to early help (led by Head of Service, target end of March 2027)."
)


def test_items_and_fields() -> None:
    items = read_items(TEXT)
    assert [i[0] for i in items] == ["2a", "2b"]
    assert items[0][1] == "Audit repeat referrals each quarter"
    assert items[0][2] == {
        "owner": "Service Manager, Front Door",
        "due": "23rd July 2026",
        "rag": "behind schedule",
        "progress": "audit started; first report due",
    }
    assert items[1][2] == {"owner": "Head of Service", "due": "end of March 2027"}


def test_quote_is_no_item() -> None:
    said = "Jo Bloggs, Director, added: “We listened (and we acted).”"
    assert read_items(said) == []
    assert read_field_list("latest: none") == {"progress": "none"}
