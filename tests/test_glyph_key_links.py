"""A plan linking each action to its recommendation by a mark alone: a boxed key under a title
gives each recommendation a coloured shape ('✦ Recommendation 2: <text>'), and each action row
carries, in a column of no words, only that shape. A last column with no header holds a flag
('☆') on some rows, the key's note saying what it means; the status is a word no vocabulary
knows, each printed in its colour, under a header the vocabulary reads as a trend (printed by
Chromium).

At 0.6.79 the key's box was read as a one-cell table whose title line opened it, so its
recommendations were never listed; the shapes were no link (a solid shape painted as a fill
was read as a RAG chip); the status words were left unread (a trend's column, a flag beside
a word mixing its inks), and the flag was read into the progress notes.

What is read: the key's recommendations (the note under them no part of the last one's text);
each action's link by its shape; a shape the key gives none links to nothing and is said
(plan_links_unread); a column of shapes where no key gives them recommendations is said too;
the status by the ink; the notes without the flag, a flag alone no note.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 14mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.8pt; color: #222; }"
    ".box { border: 0.3mm solid #789; background: #F4F6F7; padding: 1mm 4mm 2mm; }"
    ".box ul { margin: 0; padding-left: 0; list-style: none; } .box li { margin: 1mm 0; }"
    ".m { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; }"
    ".flag { font-family: 'DejaVu Sans', sans-serif; color: #455A64; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { background: #333; color: white; text-align: left; padding: 1.2mm; }"
    "td { border-bottom: 0.2mm solid #bbb; padding: 1.2mm; vertical-align: top; }"
    "td.mk { text-align: center; } td.st { font-weight: bold; } td.fl { width: 4mm; }"
)
# number -> (shape, its colour, text)
RECS = {
    "1": ("✦", "#AD1457", "Strengthen management oversight of plans for children on the edge of care"),
    "2": ("▼", "#283593", "Improve the quality of return home interviews for children who go missing"),
    "3": ("♣", "#00695C", "Make sure care leavers are told about their entitlements in good time"),
}  # fmt: skip
INK = {"Full steam": "#2E7D32", "Wobbling badly": "#B26A00", "Sunk": "#C62828",
       "Moored": "#1565C0", "Unlaunched": "#616161"}  # fmt: skip
RAG = {"Full steam": "green", "Wobbling badly": "amber", "Sunk": "red", "Moored": "blue",
       "Unlaunched": None}  # fmt: skip
# ref, recommendation, action, lead, due, status, note, flagged
ROWS = [
    ("K1", "2", "Audit twenty return home interviews each quarter", "Missing Children Lead",
     "31 May 2026", "Full steam", "Two audits done; themes shared with the teams", True),
    ("K2", "1", "Set up a weekly edge of care panel chaired by a head of service",
     "Head of Early Help", "30 June 2026", "Wobbling badly", "Chair not yet appointed", False),
    ("K3", "3", "Send every care leaver a written offer on their eighteenth birthday",
     "Leaving Care Manager", "31 July 2026", "Sunk", "", True),
    ("K4", "1", "Review every plan for a child on the edge of care within a month",
     "Head of Early Help", "31 August 2026", "Moored", "Reviews finished in August", False),
    ("K5", "2", "Train all duty workers to offer an interview within three days",
     "Missing Children Lead", "30 September 2026", "Unlaunched", "Booked for the autumn", True),
    ("K6", "3", "Publish the local offer for care leavers on the council's website",
     "Leaving Care Manager", "31 October 2026", "Full steam", "Draft approved by the board", False),
]  # fmt: skip


def _html(key_marks: bool = True, stray: str | None = None) -> str:
    def mark(num: str) -> str:
        shape, colour, _ = RECS[num]
        return f"<span class='m' style='color:{colour}'>{shape}</span>"

    key = "".join(
        f"<li>{mark(n) + ' ' if key_marks else ''}<b>Recommendation {n}:</b> {escape(text)}</li>"
        for n, (_, _, text) in RECS.items()
    )
    rows = []
    for i, (ref, num, action, lead, due, status, note, flagged) in enumerate(ROWS):
        shown = mark(num) if not (stray and i == 0) else f"<span class='m'>{stray}</span>"
        flag = "<span class='flag'>☆</span>" if flagged else ""
        rows.append(
            f"<tr><td>{ref}</td><td class='mk'>{shown}</td><td>{escape(action)}</td>"
            f"<td>{escape(lead)}</td><td>{due}</td>"
            f"<td class='st' style='color:{INK[status]}'>{status}</td><td>{escape(note)}</td>"
            f"<td class='fl'>{flag}</td></tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("No.", "Mark", "Step", "Lead", "By", "Trajectory",
                                             "Latest note", ""))  # fmt: skip
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<p><b>Ashcombe Council</b></p><h1>Improvement plan: steps and their shapes</h1>"
        "<div class='box'><h3>Key: which recommendation</h3>"
        f"<ul>{key}</ul><p><span class='flag'>☆</span> = discussed at the last panel</p></div>"
        f"<h2>The steps, soonest first</h2><table><tr>{head}</tr>{''.join(rows)}</table>"
        "</body></html>"
    )


def _plan(tmp_path: Path, key_marks: bool = True, stray: str | None = None) -> PlanExtraction:
    page = tmp_path / "plan.html"
    page.write_text(_html(key_marks, stray))
    pdf = print_pdf(page, page.with_suffix(".pdf"))
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_links_by_the_key_shape_and_reads_the_inked_status(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    assert [(r.number, r.text) for r in plan.recommendations] == [
        (n, text) for n, (_, _, text) in RECS.items()
    ]
    read = {a.ref: a for a in plan.actions}
    assert list(read) == [r[0] for r in ROWS]
    for ref, num, action, lead, due, status, note, _ in ROWS:
        a = read[ref]
        assert (a.text, a.owner, a.due_raw) == (action, lead, due)
        assert a.recommendations == [f"r{num}"], ref
        assert a.rag == RAG[status], ref
        assert a.progress == (note or None), ref  # the flag is no part of the note
    codes = [w.code for w in plan.warnings]
    assert "plan_links_unread" not in codes and "plan_links_partial" not in codes


@needs_chromium
def test_a_shape_the_key_gives_no_recommendation_links_nothing_and_is_said(
    tmp_path: Path,
) -> None:
    plan = _plan(tmp_path, stray="♠")
    read = {a.ref: a for a in plan.actions}
    assert read["K1"].recommendations == []
    assert [read[r[0]].recommendations for r in ROWS[1:]] == [[f"r{r[1]}"] for r in ROWS[1:]]
    said = [w for w in plan.warnings if w.code == "plan_links_unread"]
    assert said and "K1" in said[0].message


@needs_chromium
def test_shapes_no_key_gives_recommendations_are_said(tmp_path: Path) -> None:
    plan = _plan(tmp_path, key_marks=False)
    assert len(plan.recommendations) == 3
    assert not any(a.recommendations for a in plan.actions)  # never guessed
    said = [w for w in plan.warnings if w.code == "plan_links_unread"]
    assert said and "mark alone" in said[0].message
