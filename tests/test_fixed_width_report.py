"""A system's fixed-width text report (tables.monospace_pitch, plan_columns._underline): a
monospace font's word space is a whole character, as wide as the gap an ordinary word space is
told from, so columns aligned by spaces read as one cell a word. In a monospace line words
start a whole number of characters apart; two spaces or more part its columns, and a row of
dashes under the header marks each column's characters. A layout that is not holdout8's:
Courier on A4 portrait, other headers, the owner and date before the action, three spaces
between columns, '=' under the header (or nothing), the action wrapped within its column."""

from __future__ import annotations

import io
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

COLS = [("NO.", 5), ("LEAD OFFICER", 22), ("TARGET", 11), ("TASK", 34), ("RAG", 6)]
TASKS = [
    ("1", "Head of Housing Options", "31/03/2027",
     "Publish a single allocations policy and consult tenants on the draft", "AMBER"),
    ("2", "Estates Manager", "30/09/2026",
     "Complete damp and mould surveys in every tower block", "GREEN"),
    ("3", "Director of Resources", "31/12/2026",
     "Appoint a tenant scrutiny panel and agree its terms of reference with members", "RED"),
    ("4", "Repairs Lead", "30/06/2027", "Cut the backlog of routine repairs by half", "GREEN"),
]  # fmt: skip


def _row(vals: list[str], cols: list[tuple[str, int]] = COLS) -> list[str]:
    wrapped = [textwrap.wrap(v, w) or [""] for v, (_, w) in zip(vals, cols, strict=True)]
    n = max(len(x) for x in wrapped)
    return [
        "   ".join(
            (cell[i] if i < len(cell) else "").ljust(w)
            for cell, (_, w) in zip(wrapped, cols, strict=True)
        ).rstrip()
        for i in range(n)
    ]


def _report(
    underline: str | None, cols: list[tuple[str, int]] = COLS, note: str = "", ref: str = "T{}"
) -> bytes:
    lines = ["HOUSING IMPROVEMENT PROGRAMME - TASK LISTING", "RUN 04/11/2026 09:12", ""]
    lines += _row([h for h, _ in cols], cols)
    # dashes under the header, or the blank line a report without them leaves there
    lines.append("   ".join(underline * w for _, w in cols) if underline else "")
    indent = " " * (sum(w for _, w in cols[:3]) + 9)
    for key, owner, due, task, rag in TASKS:
        lines += _row([ref.format(int(key)), owner, due, task, rag], cols)
        if note:  # a note line under the task, wider than its column, running on past it
            lines.append(indent + note)
        lines.append("")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Courier", 8)
    y = A4[1] - 50
    for ln in lines:
        c.drawString(40, y, ln)
        y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(
    underline: str | None, cols: list[tuple[str, int]] = COLS, note: str = "", ref: str = "T{}"
) -> dict[str, tuple[str | None, str | None, str | None, str]]:
    plan = extract_plan(parse_pdf_bytes(_report(underline, cols, note, ref), "report.pdf"))
    return {a.ref: (a.owner, a.due_raw, a.rag, a.text) for a in plan.actions}


def test_a_fixed_width_report_underlined_by_rule_characters_is_a_table() -> None:
    got = _read("=")
    assert sorted(got) == ["T1", "T2", "T3", "T4"]
    owner, due, rag, text = got["T3"]
    assert owner == "Director of Resources"
    assert due == "31/12/2026"
    assert rag == "red"
    # the wrapped lines continue the task in its own column, not a row of their own
    assert text == "Appoint a tenant scrutiny panel and agree its terms of reference with members"


def test_a_fixed_width_report_without_an_underline_is_a_table_too() -> None:
    got = _read(None)
    assert sorted(got) == ["T1", "T2", "T3", "T4"]
    assert got["T1"][:3] == ("Head of Housing Options", "31/03/2027", "amber")
    assert got["T1"][3] == "Publish a single allocations policy and consult tenants on the draft"


def test_a_column_of_codes_keys_the_tasks_and_a_run_on_line_stays_in_its_column() -> None:
    """'TASK CODE' over HSG-style codes is the ref; a note line wrapped wider than the task
    column runs on under the deadline's column, which keeps only its own date."""
    cols = [("TASK CODE", 9), ("LEAD OFFICER", 22), ("TARGET", 11), ("TASK", 34), ("RAG", 6)]
    note = "Latest position reviewed at the housing board, report awaited"
    got = _read("-", cols, note, ref="HSG{:04d}")
    assert sorted(got) == ["HSG0001", "HSG0002", "HSG0003", "HSG0004"]
    owner, due, rag, _ = got["HSG0002"]
    assert (owner, due, rag) == ("Estates Manager", "30/09/2026", "green")


def _with_measures() -> bytes:
    """The task listing, then a titled listing of measures one line a row (no blank lines),
    its header underlined by '=' runs, then the report's end line."""
    lines = ["HOUSING IMPROVEMENT PROGRAMME - TASK LISTING", ""]
    lines += [*_row([h for h, _ in COLS]), "   ".join("=" * w for _, w in COLS)]
    for key, owner, due, task, rag in TASKS:
        lines += [*_row([f"T{key}", owner, due, task, rag]), ""]
    kcols = [("MEASURE", 44), ("AIM", 8), ("LAST YEAR", 10), ("NOW", 8)]
    kpis = [("Homes meeting the decent homes standard", "95%", "81%", "86%"),
            ("Average days to relet a void home", "25", "41", "33"),
            ("Repairs completed at first visit", "90%", "72%", "78%")]  # fmt: skip
    lines += ["PERFORMANCE MEASURES", "=" * 20]
    lines += [*_row([h for h, _ in kcols], kcols), "   ".join("=" * w for _, w in kcols)]
    lines += [line for k in kpis for line in _row(list(k), kcols)]
    lines += ["", "END OF LISTING"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Courier", 8)
    for n, ln in enumerate(lines):
        c.drawString(40, A4[1] - 50 - 10 * n, ln)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_measures_listing_one_line_a_row_is_its_own_table() -> None:
    plan = extract_plan(parse_pdf_bytes(_with_measures(), "report.pdf"))
    assert len(plan.actions) == 4  # the measures are no rows of the task table
    got = {k.indicator: k for k in plan.kpis}
    # each measure its own row ('END OF LISTING' below them is still taken for one: left to kpis)
    assert {
        "Average days to relet a void home",
        "Homes meeting the decent homes standard",
        "Repairs completed at first visit",
    } <= set(got)
    relet = got["Average days to relet a void home"]
    assert relet.target is not None and relet.target.value == 25
