"""People's decisions in the store (SQLite and PostgreSQL): corrections, versions, history."""

from __future__ import annotations

from datetime import date

import pytest

from plantrace.models.coverage import CoverageStatus
from plantrace.models.links import LinkState
from plantrace.pipeline import decisions as d
from plantrace.pipeline.coverage import build_coverage
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import load_justifications, load_links, relink, set_pair
from tests import factories as f

R, P = f.REPORT_SHA, f.PLAN_SHA


def _stored(store: Store) -> None:
    store.save_result(f.report())
    store.save_result(f.plan())
    set_pair(store, P, R)


def _coverage(store: Store):  # type: ignore[no-untyped-def]
    report = store.load_result(R)
    plan = d.apply_corrections(store, store.load_result(P))
    assert report is not None and plan is not None
    return build_coverage(
        report,
        plan,
        relink(store, R, P),
        as_of=date(2017, 1, 1),
        justified=load_justifications(store, R, P),
    )


def test_corrections_are_applied_on_read_and_change_coverage(store: Store) -> None:
    _stored(store)
    before = _coverage(store)
    assert {r.id: r.status for r in before.recommendations}["r2"] is CoverageStatus.weakly_covered
    assert d.correct(store, P, "action", "a2", {"owner": ("Virtual School Head", 0)}, "Ann") == 1
    d.correct(store, P, "action", "a1", {"due_date": ("31/12/2016", 0)}, "Ann")
    d.correct(store, P, "kpi", "k1", {"latest": ("75%", 0), "rag": ("A", 0)}, "Ann")
    plan = d.apply_corrections(store, store.load_result(P))
    assert plan is not None
    a1, a2 = plan.actions[0], plan.actions[1]
    assert a2.owner == "Virtual School Head" and a1.due_date == date(2016, 12, 31)
    assert plan.kpis[0].latest is not None and plan.kpis[0].latest.value == 75.0
    assert plan.kpis[0].rag == "amber" and plan.warnings == []
    after = _coverage(store)
    assert {r.id: r.status for r in after.recommendations}["r2"] is CoverageStatus.covered
    assert after.summary.actions_without_owner == 0
    # the stored run itself is untouched: the correction is a decision beside it
    raw = store.load_result(P)
    assert raw is not None and raw.actions[1].owner is None


def test_corrections_survive_reprocessing_and_turn_suspect_when_text_changes(
    store: Store,
) -> None:
    _stored(store)
    d.correct(store, P, "action", "a1", {"due_date": ("2016-12-31", 0)}, "Ann")
    d.correct(store, P, "action", "a2", {"owner": ("Virtual School Head", 0)}, "Ann")
    same = f.plan().model_copy(update={"extractor_version": "t2"})
    store.save_result(same)  # a newer extractor reads the same texts
    plan = d.apply_corrections(store, store.load_result(P))
    assert plan is not None and plan.extractor_version == "t2"
    assert plan.actions[0].due_date == date(2016, 12, 31) and plan.warnings == []
    changed = f.plan().model_copy(update={"extractor_version": "t3"})
    changed.actions[0] = changed.actions[0].model_copy(update={"text": "Audit files weekly"})
    changed.actions[1] = changed.actions[1].model_copy(update={"owner": "Virtual School"})
    store.save_result(changed)
    plan = d.apply_corrections(store, store.load_result(P))
    assert plan is not None
    # a1's text changed: maybe another action now, so the date is not applied
    assert plan.actions[0].due_date == date(2016, 9, 30)
    # a2 kept its text, only the extracted owner changed: the person's value still wins
    assert plan.actions[1].owner == "Virtual School Head"
    codes = [(w.code, w.page) for w in plan.warnings]
    assert codes == [("correction_suspect", 3), ("correction_suspect", 4)]
    assert "not applied" in plan.warnings[0].message
    assert "still applied" in plan.warnings[1].message
    states = {c.item_id: c.state for c in d.load_corrections(store, P)}
    assert states == {"a1": "suspect", "a2": "suspect"}
    log = d.history(store, P)
    assert [(e["who"], e["verb"]) for e in log[:2]] == [
        ("plantrace", "suspect"),
        ("plantrace", "suspect"),
    ]
    # a person looks again and re-decides on the current text: active again
    a2 = next(c for c in d.load_corrections(store, P) if c.item_id == "a2")
    d.correct(store, P, "action", "a2", {"owner": ("Virtual School Head", a2.version)}, "Bo")
    assert {c.item_id: c.state for c in d.load_corrections(store, P)}["a2"] == "active"


def test_setting_a_field_back_to_the_extracted_value_withdraws_the_correction(
    store: Store,
) -> None:
    _stored(store)
    d.correct(store, P, "action", "a1", {"owner": ("Director", 0)}, "Ann")
    (c,) = d.load_corrections(store, P)
    d.correct(store, P, "action", "a1", {"owner": ("Head of Service", c.version)}, "Ann")
    assert d.load_corrections(store, P) == []
    assert [e["verb"] for e in d.history(store, P)] == ["withdraw", "correct"]


def test_values_go_through_the_normalisers_and_bad_ones_are_refused(store: Store) -> None:
    _stored(store)
    with pytest.raises(d.DecisionError, match="not a date"):
        d.correct(store, P, "action", "a1", {"due_date": ("soon", 0)}, "Ann")
    with pytest.raises(d.DecisionError, match="not a RAG"):
        d.correct(store, P, "action", "a1", {"rag": ("purple", 0)}, "Ann")
    with pytest.raises(d.DecisionError, match="no correctable field"):
        d.correct(store, P, "action", "a1", {"text": ("x", 0)}, "Ann")
    with pytest.raises(d.DecisionError, match="no action a99"):
        d.correct(store, P, "action", "a99", {"owner": ("x", 0)}, "Ann")
    d.correct(store, P, "action", "a3", {"due_date": ("Q3 2017/18", 0), "rag": ("A", 0)}, "Ann")
    values = {c.field: c.value for c in d.load_corrections(store, P)}
    assert values == {"due_date": "2017-12-31", "rag": "amber"}


def test_no_decision_without_a_name(store: Store) -> None:
    _stored(store)
    relink(store, R, P)
    for who in ("", "   ", None):
        with pytest.raises(d.DecisionError, match="without a name"):
            d.correct(store, P, "action", "a1", {"owner": ("X", 0)}, who)  # type: ignore[arg-type]
        with pytest.raises(d.DecisionError, match="without a name"):
            d.justify(store, R, P, "r3", "elsewhere", who, "")  # type: ignore[arg-type]
    assert d.history(store) == [] and d.load_corrections(store, P) == []


def _link(store: Store, rec: str, item: str):  # type: ignore[no-untyped-def]
    return next(
        lk
        for lk in load_links(store, R, P)
        if (lk.link.recommendation_id, lk.link.item_id) == (rec, item)
    )


def _version(store: Store, rec: str, kind: str, item: str) -> str:
    from sqlalchemy import select

    from plantrace.pipeline.store import links

    with store.connect() as conn:
        row = conn.execute(
            select(links).where(links.c.recommendation_id == rec, links.c.item_id == item)
        ).one()
    return d.link_version(row.origin, row.state, row.updated_at)


def test_the_second_of_two_deciders_sees_the_first_and_nothing_is_lost(store: Store) -> None:
    _stored(store)
    relink(store, R, P)
    seen = _version(store, "r5", "plan_recommendation", "r3")
    assert seen == "auto:suggested:"
    d.decide_link(store, R, P, "r5", "plan_recommendation", "r3", LinkState.confirmed, "Ann", seen)
    with pytest.raises(d.Conflict) as exc:
        d.decide_link(
            store, R, P, "r5", "plan_recommendation", "r3", LinkState.rejected, "Bo", seen
        )
    assert exc.value.last is not None and exc.value.last["who"] == "Ann"
    assert "confirmed" in str(exc.value) and "Ann" in str(exc.value)
    assert _link(store, "r5", "r3").link.state is LinkState.confirmed
    # the automatic relinking that `plantrace coverage` does keeps the decision and its version
    now_seen = _version(store, "r5", "plan_recommendation", "r3")
    relink(store, R, P)
    assert _version(store, "r5", "plan_recommendation", "r3") == now_seen
    d.decide_link(
        store, R, P, "r5", "plan_recommendation", "r3", LinkState.rejected, "Bo", now_seen
    )
    assert _link(store, "r5", "r3").link.state is LinkState.rejected
    # corrections: both saw no correction; the first wins, the second is told
    d.correct(store, P, "action", "a2", {"owner": ("Virtual School Head", 0)}, "Ann")
    with pytest.raises(d.Conflict, match="Ann"):
        d.correct(store, P, "action", "a2", {"owner": ("Headteacher", 0)}, "Bo")
    assert [c.value for c in d.load_corrections(store, P)] == ["Virtual School Head"]
    # a gap and a pair likewise
    d.justify(store, R, P, "r3", "police commission these", "Ann", "")
    with pytest.raises(d.Conflict):
        d.justify(store, R, P, "r3", "not needed", "Bo", "")
    assert load_justifications(store, R, P) == {"r3": "police commission these"}
    with pytest.raises(d.Conflict, match="paired with 111111111111"):
        d.repair(store, P, "9" * 64, "Bo", "")


def test_history_says_who_when_what_and_on_which_text(store: Store) -> None:
    _stored(store)
    relink(store, R, P)
    d.decide_link(
        store,
        R,
        P,
        "r1",
        "action",
        "a1",
        LinkState.rejected,
        "Ann",
        _version(store, "r1", "action", "a1"),
        note="wrong owner",
    )
    d.add_link(store, R, P, "r3", "action", "a4", "Bo", note="covers missing children")
    d.justify(store, R, P, "r2", "covered elsewhere", "Cy", "")
    d.repair(store, P, R, "Cy", R)
    log = d.history(store, P)
    assert [(e["who"], e["verb"], e["target"]) for e in log] == [
        ("Cy", "pair", "pair"),
        ("Cy", "justify", "gap r2"),
        ("Bo", "add", "link r3 <- action a4"),
        ("Ann", "reject", "link r1 <- action a1"),
    ]
    reject = log[-1]
    assert reject["texts"]["recommendation"] == f.REPORT_RECS[0]
    assert reject["texts"]["item"].startswith("Audit supervision records monthly")
    assert reject["before"] == "confirmed (auto)" and reject["after"] == "rejected (person)"
    assert reject["note"] == "wrong owner" and reject["at"] is not None
    assert log[1]["texts"]["recommendation"] == f.REPORT_RECS[1]
    assert _link(store, "r3", "a4").link.state is LinkState.confirmed


def test_coverage_for_reads_the_plan_as_people_corrected_it(store: Store) -> None:
    """`plantrace coverage` and the coverage flow build from coverage_for: corrections count."""
    from plantrace.pipeline.coverage import coverage_for

    _stored(store)
    d.correct(store, P, "action", "a2", {"owner": ("Virtual School Head", 0)}, "Ann")
    d.correct(store, P, "action", "a3", {"due_date": ("2017-06-30", 0)}, "Ann")
    cov = coverage_for(store, R, P, as_of=date(2017, 1, 1))
    views = {a.id: a for r in cov.recommendations for a in r.actions}
    assert views["a2"].owner == "Virtual School Head"
    assert views["a3"].due_date == date(2017, 6, 30)
    assert cov.summary.actions_without_owner == 0 and cov.summary.actions_without_date == 0


def test_two_people_deciding_at_the_same_moment_one_wins_the_other_is_told(store: Store) -> None:
    """Real concurrency: threads race on one link and one field; exactly one write lands."""
    import threading

    _stored(store)
    relink(store, R, P)
    seen = _version(store, "r5", "plan_recommendation", "r3")
    outcomes: list[str] = []
    go = threading.Barrier(4)

    def link(who: str, state: LinkState) -> None:
        go.wait()
        try:
            d.decide_link(store, R, P, "r5", "plan_recommendation", "r3", state, who, seen)
            outcomes.append(f"link {who}")
        except d.Conflict:
            outcomes.append("link conflict")

    def field(who: str, value: str) -> None:
        go.wait()
        try:
            d.correct(store, P, "action", "a2", {"owner": (value, 0)}, who)
            outcomes.append(f"field {who}")
        except d.Conflict:
            outcomes.append("field conflict")

    threads = [
        threading.Thread(target=link, args=("Ann", LinkState.confirmed)),
        threading.Thread(target=link, args=("Bo", LinkState.rejected)),
        threading.Thread(target=field, args=("Ann", "Virtual School Head")),
        threading.Thread(target=field, args=("Bo", "Headteacher")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(o.split()[1] == "conflict" for o in outcomes) == [False, False, True, True]
    link_winner = next(
        o.split()[1] for o in outcomes if o.startswith("link") and "conflict" not in o
    )
    field_winner = next(
        o.split()[1] for o in outcomes if o.startswith("field") and "conflict" not in o
    )
    state = _link(store, "r5", "r3").link.state
    assert state is (LinkState.confirmed if link_winner == "Ann" else LinkState.rejected)
    (c,) = d.load_corrections(store, P)
    assert c.decided_by == field_winner
    assert len(d.history(store, P)) == 2  # the losers wrote nothing


def test_the_value_as_read_in_another_spelling_is_no_correction(store: Store) -> None:
    _stored(store)  # a1 reads RAG 'Green'
    assert d.correct(store, P, "action", "a1", {"rag": ("G", 0)}, "Ann") == 0
    assert d.load_corrections(store, P) == []
    d.correct(store, P, "action", "a1", {"rag": ("red", 0)}, "Ann")
    (c,) = d.load_corrections(store, P)
    d.correct(store, P, "action", "a1", {"rag": ("green", c.version)}, "Ann")
    assert d.load_corrections(store, P) == []  # withdrawn, not a 'green' correction


def test_the_last_decision_on_an_item_is_found_by_whole_words(store: Store) -> None:
    _stored(store)
    d.justify(store, R, P, "r1", "elsewhere", "Ann", "")
    d.correct(store, P, "action", "a1", {"owner": ("Director", 0)}, "Bo")
    assert d.last_decision(store, P, "gap r") is None  # not 'gap r1'
    assert (d.last_decision(store, P, "gap r1") or {}).get("who") == "Ann"
    assert (d.last_decision(store, P, "action a1") or {}).get("target") == "action a1 owner"
    assert d.last_decision(store, P, "action a") is None


def test_without_a_version_only_an_automatic_link_is_decided_and_a_conflict_quotes_the_new_one(
    store: Store,
) -> None:
    """The CLI's `link confirm|reject` without --version: 'as the extractor linked it'."""
    _stored(store)
    relink(store, R, P)
    mine = d.decide_link(store, R, P, "r1", "action", "a1", LinkState.rejected, "Ann", None)
    assert mine == _version(store, "r1", "action", "a1") and mine.startswith("person:rejected:")
    with pytest.raises(d.Conflict) as exc:
        d.decide_link(store, R, P, "r1", "action", "a1", LinkState.confirmed, "Bo", None)
    assert exc.value.version == mine and exc.value.current == "rejected (person)"
    assert exc.value.last is not None and exc.value.last["who"] == "Ann"
    again = d.decide_link(
        store, R, P, "r1", "action", "a1", LinkState.confirmed, "Bo", exc.value.version
    )
    assert again != mine and _link(store, "r1", "a1").link.state is LinkState.confirmed
    with pytest.raises(d.DecisionError, match="no link r9 <- action a1"):
        d.decide_link(store, R, P, "r9", "action", "a1", LinkState.confirmed, "Bo", None)
    with pytest.raises(d.NoName):
        d.decide_link(store, R, P, "r1", "action", "a1", LinkState.confirmed, " ", again)
    assert [(e["who"], e["verb"]) for e in d.history(store, P)] == [
        ("Bo", "confirm"),
        ("Ann", "reject"),
    ]


def test_adding_an_automatic_link_keeps_its_id_and_a_second_adder_is_told(store: Store) -> None:
    _stored(store)
    auto = next(s for s in relink(store, R, P) if (s.link.recommendation_id, s.link.item_id) == ("r1", "a1"))  # fmt: skip
    assert auto.origin == "auto"
    assert d.add_link(store, R, P, "r1", "action", "a1", "Ann") == auto.id
    now = _link(store, "r1", "a1")
    assert (now.origin, now.link.method.value, now.link.state) == (
        "person",
        "manual",
        LinkState.confirmed,
    )
    with pytest.raises(d.Conflict) as exc:
        d.add_link(store, R, P, "r1", "action", "a1", "Bo")
    assert exc.value.version == _version(store, "r1", "action", "a1")
    with pytest.raises(d.DecisionError, match="the plan has no action a9"):
        d.add_link(store, R, P, "r1", "action", "a9", "Bo")
    with pytest.raises(d.DecisionError, match="the report has no recommendation r9"):
        d.add_link(store, R, P, "r9", "action", "a1", "Bo")
    assert [e["who"] for e in d.history(store, P)] == ["Ann"]


def test_two_people_adding_the_same_link_at_once_one_wins(store: Store) -> None:
    """The add path's unique key: the loser's insert fails and they get a Conflict, not a 500."""
    import threading

    _stored(store)
    relink(store, R, P)
    assert all(s.link.item_id != "a4" or s.link.recommendation_id != "r3" for s in load_links(store, R, P))  # fmt: skip
    go = threading.Barrier(2)
    outcomes: list[str] = []

    def add(who: str) -> None:
        go.wait()
        try:
            d.add_link(store, R, P, "r3", "action", "a4", who)
            outcomes.append(who)
        except d.Conflict as exc:
            outcomes.append(f"conflict: {exc.current}")

    threads = [threading.Thread(target=add, args=(w,)) for w in ("Ann", "Bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    winners = [o for o in outcomes if not o.startswith("conflict")]
    assert len(winners) == 1 and len(outcomes) == 2, outcomes
    assert "conflict: confirmed (person)" in outcomes
    assert [(e["who"], e["verb"]) for e in d.history(store, P)] == [(winners[0], "add")]


def test_justify_returns_its_version_and_refuses_an_unknown_recommendation(store: Store) -> None:
    _stored(store)
    with pytest.raises(d.DecisionError, match="the report has no recommendation r9"):
        d.justify(store, R, P, "r9", "elsewhere", "Ann", "")
    first = d.justify(store, R, P, "r3", "police lead this", "Ann", "")
    assert d.justification_versions(store, R, P) == {"r3": ("police lead this", first)}
    with pytest.raises(d.Conflict) as exc:
        d.justify(store, R, P, "r3", "not needed", "Bo", "")
    assert exc.value.version == first
    assert exc.value.current == "justified ('police lead this')"
    assert d.justify(store, R, P, "r3", None, "Bo", first) == ""  # withdrawn
    assert load_justifications(store, R, P) == {}
    assert [(e["who"], e["verb"], e["before"]) for e in d.history(store, P)] == [
        ("Bo", "unjustify", "police lead this"),
        ("Ann", "justify", None),
    ]
