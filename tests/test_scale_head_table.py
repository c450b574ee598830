"""A self-assessment table printed by Chromium: its header row bottom-aligned in type smaller
than the rows, the plan's column heads bold, a scale's steps plain over five drawn circles per
row (one filled), rules under the header and under each row, an evidence row under some rows.

At 0.6.68 the table was never read (low_header_tiers): the header's upper tier ('Date we will',
'Not') was no header row, its full line not all bold, the rows a size larger ended the table at
its head, the header was cut in two at its full line (pipeline.tables._upper_tier) and the
filled circles opened a column of their own in the middle of their step's column
(pipeline.mark_columns: a stack under a header word starting where a column starts is that
column's). The rows were read as cards: no owner, run-together texts. Once read, the status (the
head of the filled circle's column) was not: the circles' ink painted one step's column as a
status column of colours (every action marked there 'blue'), the other steps unread
(scale_marks).
"""

from __future__ import annotations

from html import escape

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 13mm 12mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #222; }"
    "h2 { font-size: 10.5pt; margin: 5mm 0 1mm; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { font-size: 7.5pt; text-align: left; padding: 1mm 1.2mm;"
    " border-bottom: 0.4mm solid #333; vertical-align: bottom; }"
    "th.sc { text-align: center; width: 12mm; font-weight: normal; }"
    "td { padding: 1.6mm 1.2mm; vertical-align: middle; border-bottom: 0.2mm solid #ccc; }"
    "tr.it:has(+ tr.ev) td { border-bottom: none; } tr.ev td { font-size: 7.5pt; padding-top: 0; }"
    "td.act { width: 36%; } td.ow { width: 17%; } td.sc { text-align: center; }"
    ".dot { display: inline-block; width: 3mm; height: 3mm; border: 0.3mm solid #555;"
    " border-radius: 50%; box-sizing: border-box; }"
    ".dot.on { background: #1b5e20; border-color: #1b5e20; }"
)
SCALE = ["Not begun", "Off course", "Wobbling", "On track", "Finished"]
RAGS = [None, "red", "amber", "green", "blue"]  # each step as the status normaliser reads it
HEADS = ["Item", "Our pledge", "Person leading", "Date we will be done"]
# (ref, text, owner, due, step filled, evidence)
ROWS = [
    ("1.1", "Hold a monthly panel on missing children chaired by the head of safeguarding",
     "Lena Marsh", "31/3/27", 4, None),
    ("1.2", "Record the findings of every return interview in a structured form",
     "Workforce Development Lead", "30/6/27", 1, "Waiting on the new case recording system"),
    ("1.3", "Offer every care leaver a yearly review with a personal adviser",
     "Owen Castle", "31/12/27", 0, None),
    ("1.4", "Publish a revised threshold document with partners and schools",
     "Lena Marsh", "30/9/27", 3, "Draft shared with partners"),
    ("1.5", "Train foster carers in understanding trauma and attachment",
     "Owen Castle", "31/1/28", 2, None),
]  # fmt: skip


def _html(
    note_label: str = "Progress", rows=ROWS, font: str = "sans-serif", heads=HEADS, scale=SCALE
) -> str:  # type: ignore[no-untyped-def]
    css = CSS.replace("'Liberation Sans', sans-serif", f"'Liberation {font.title()}', {font}")
    head = "".join(f"<th>{escape(h)}</th>" for h in heads)
    head += "".join(f"<th class='sc'>{escape(s)}</th>" for s in scale)
    out = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        "<h1>Self-assessment</h1>",
        "<h2>Standard 1: Strengthen the response to children who go missing</h2>",
        f"<table><thead><tr>{head}</tr></thead><tbody>",
    ]
    for ref, text, owner, due, step, evidence in rows:
        dots = "".join(
            f"<td class='sc'><span class='dot{' on' if k == step else ''}'></span></td>"
            for k in range(len(scale))
        )
        out.append(
            f"<tr class='it'><td>{ref}</td><td class='act'>{escape(text)}</td>"
            f"<td class='ow'>{escape(owner)}</td><td>{due}</td>{dots}</tr>"
        )
        if evidence:
            out.append(
                f"<tr class='ev'><td></td><td colspan='8'><b>{note_label}:</b> "
                f"{escape(evidence)}</td></tr>"
            )
    out.append("</tbody></table></body></html>")
    return "".join(out)


def _print(  # type: ignore[no-untyped-def]
    tmp_path,
    note_label: str = "Progress",
    rows=ROWS,
    font: str = "sans-serif",
    heads=HEADS,
    scale=SCALE,
):
    page = tmp_path / "scale.html"
    page.write_text(_html(note_label, rows, font, heads, scale))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_small_bottom_aligned_head_reads_the_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = _print(tmp_path)
    assert [(a.ref, a.text) for a in plan.actions] == [(r[0], r[1]) for r in ROWS]
    assert [a.owner for a in plan.actions] == [r[2] for r in ROWS]
    assert [a.due_raw for a in plan.actions] == [r[3] for r in ROWS]


@needs_chromium
def test_filled_mark_gives_the_step(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The status is the head of the column whose drawn circle is filled (scale_marks), read by
    the status normaliser; the circles' ink (one colour for every step) is no status colour."""
    plan = _print(tmp_path)
    assert [a.rag for a in plan.actions] == [RAGS[r[4]] for r in ROWS]
    codes = {w.code for w in plan.warnings}
    assert "scale_marks_unread" not in codes
    # the step columns are read (into the status): none is said to be left unplaced
    assert "plan_column_unplaced" not in codes


@needs_chromium
def test_note_under_a_label_no_vocabulary_names_is_no_action_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The row under an action, led by a bold label in smaller type ('What we hold: ...'),
    joined to the action's row (no rule between them), is a note set apart from the action's
    text (plan_actions._note_set_apart): the text stops before it, and the note is the action's
    progress; its label, though no vocabulary names it, is set apart by its type and is no part
    of the value it labels."""
    plan = _print(tmp_path, "What we hold")
    assert [(a.ref, a.text) for a in plan.actions] == [(r[0], r[1]) for r in ROWS]
    want = [r[5] or None for r in ROWS]
    assert [a.progress for a in plan.actions] == want


# two rows, no note rows, set in a serif: each ref sits level with its action's second line
TWO_ROWS = [
    ("1.1", "Use strengths and difficulties questionnaire scores to trigger a referral for"
     " emotional support", "Leon Fairweather", "31/1/27", 0, None),
    ("1.2", "Commission a therapeutic service for children in care with a waiting time of under"
     " six weeks", "Amira Choudhury", "31/7/27", 2, None),
]  # fmt: skip


@needs_chromium
def test_key_set_level_with_the_second_line_opens_no_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Rows ruled apart, each ref centred down its row beside the action's second line: the
    action's first line, under the rule with its key column empty, is the row's, not a row of
    its own (pipeline.tables._key_set_lower)."""
    plan = _print(tmp_path, rows=TWO_ROWS, font="serif")
    assert [(a.ref, a.text) for a in plan.actions] == [(r[0], r[1]) for r in TWO_ROWS]
    assert [a.rag for a in plan.actions] == [RAGS[r[4]] for r in TWO_ROWS]


@needs_chromium
def test_head_wrapped_over_four_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A narrow date column's head wrapped bottom-aligned over four lines (short dates under
    'Date we will be done'): its three upper lines are the header's (pipeline.tables.
    _UPPER_TIERS, mark_columns.HEAD_TIERS), the table read as with a shorter head."""
    rows = [(r[0], r[1], r[2], f"{k + 1}/3/27", r[4], r[5]) for k, r in enumerate(ROWS)]
    plan = _print(tmp_path, rows=rows)
    assert [(a.ref, a.text) for a in plan.actions] == [(r[0], r[1]) for r in rows]
    assert [a.due_raw for a in plan.actions] == [r[3] for r in rows]
    assert [a.rag for a in plan.actions] == [RAGS[r[4]] for r in rows]
