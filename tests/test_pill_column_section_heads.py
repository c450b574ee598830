"""A phone app's list of actions printed to PDF: each action a row (its number, its title, a line
'Assigned to: X · Due date: Y'), its status in a pill at the right edge, a shaded section heading
('REC 2' over the recommendation's words) between the rows of each recommendation.

The card grid (card_grid) cuts the page at its white space. The status pills, one by each row,
make a column of their own down the page, cut as one box from the first pill to the last. A
section heading whose lines end short of that column had the pills' box 'beside' it (the box
spans the heading's height, though it prints nothing level with it), so _join_titles joined the
heading to the row under it as that row's title: 'REC 2 Improve ... #201 Complete all contacts
...' read as one action, #201 lost, the recommendation's own text an action, and the actions
after it linked to the recommendation before (holdout43 html-mobile-app 1-004, silent). A box
beside another prints a line level with it (card_grid._has_neighbour).
"""

from __future__ import annotations

from html import escape

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: 100mm 200mm; margin: 4mm; }"
    "body { font-family: 'Liberation Serif', serif; font-size: 8.5pt; margin: 0; color: #111; }"
    "h1 { font-size: 15pt; margin: 3mm 2mm 2mm 2mm; }"
    ".sec { background: #f2f2f7; padding: 2mm 2mm 1.2mm 2mm; break-after: avoid; }"
    ".sec .k { font-size: 7pt; color: #6d6d72; text-transform: uppercase; font-weight: 700; }"
    ".sec .t { font-size: 7.5pt; color: #333; margin-top: 0.5mm; }"
    ".cell { display: flex; padding: 2mm; border-bottom: 0.3mm solid #e5e5ea;"
    " break-inside: avoid; } .cell .main { flex: 1; }"
    ".ref { font-size: 6.5pt; color: #8e8e93; } .txt { font-weight: 600; margin: 0.3mm 0; }"
    ".meta { font-size: 7pt; color: #555; } .side { width: 17mm; text-align: right; }"
    ".pill { display: inline-block; border-radius: 2.5mm; padding: 0.3mm 1.8mm; font-size: 6.5pt;"
    " color: #fff; font-weight: 700; white-space: nowrap; } .chev { color: #c7c7cc; font-size: 11pt; }"
)
PILLS = {"Late": ("#B3261E", "red"), "Done": ("#1565C0", "blue"),
         "On track": ("#2E7D32", "green"), "At risk": ("#E65100", "amber")}  # fmt: skip
# short recommendation words: their lines end well short of the pills' column
RECS = [
    ("1", "Speed up health checks for children in care",
     [("#101", "Agree a pathway for health checks with the named doctor", "Ada Brennick",
       "Sat 31 Jan 2026", "On track"),
      ("#102", "Report the timeliness of health checks every month to the board", "Cole Ferris",
       "Fri 17 Jul 2026", "Late"),
      ("#103", "Commission a counselling service with a short waiting list", "Cole Ferris",
       "Thu 30 Apr 2026", "Late")]),
    ("2", "Make decisions at the front door sooner",
     [("#201", "Complete all contacts within a day and record the reasons", "Ada Brennick",
       "Wed 4 Nov 2026", "Late"),
      ("#202", "Audit repeat referrals each quarter to learn what went wrong", "Hal Moreno",
       "Tue 31 Mar 2026", "Done")]),
    ("3", "Write better plans for children in need",
     [("#301", "Redesign the plan template with outcomes in plain words", "Cole Ferris",
       "Wed 30 Sep 2026", "At risk"),
      ("#302", "Set a standard that every assessment quotes the child", "Ines Okafor",
       "Thu 26 Feb 2026", "Done")]),
]  # fmt: skip


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1>Our improvement plan</h1>"]  # fmt: skip
    for n, rec, rows in RECS:
        out.append(f"<div class='sec'><div class='k'>Rec {n}</div><div class='t'>{escape(rec)}"
                   "</div></div>")  # fmt: skip
        for ref, text, who, due, pill in rows:
            out.append(
                f"<div class='cell'><div class='main'><div class='ref'>{ref}</div>"
                f"<div class='txt'>{escape(text)}</div><div class='meta'>Assigned to:"
                f" {escape(who)} &middot; Due date: {due}</div></div><div class='side'>"
                f"<span class='pill' style='background:{PILLS[pill][0]}'>{pill}</span>"
                "<div class='chev'>&rsaquo;</div></div></div>"
            )
    out.append("</body></html>")
    return "".join(out)


@needs_chromium
def test_section_heads_between_rows_are_no_titles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "app.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    plan = extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))
    want = [(ref, text) for _, _, rows in RECS for ref, text, *_ in rows]
    assert len(plan.actions) == len(want)
    for a, (ref, text) in zip(plan.actions, want, strict=True):  # '#101' read as its ref or not
        assert a.text in (text, f"{ref} {text}") or (a.ref, a.text) == (ref, text), a.text
    assert [r.text for r in plan.recommendations] == [rec for _, rec, _ in RECS]
    numbers = {r.id: r.number for r in plan.recommendations}
    links = [[numbers[x] for x in a.recommendations] for a in plan.actions]
    assert links == [[n] for n, _, rows in RECS for _ in rows]
    assert [a.owner for a in plan.actions] == [r[2] for _, _, rows in RECS for r in rows]
    assert [a.rag for a in plan.actions] == [PILLS[r[4]][1] for _, _, rows in RECS for r in rows]
