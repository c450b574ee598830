"""One narrow tick column per recommendation (fixer I, round 17): an action tracker whose
columns 'Rec 1 | Rec 2 | Rec 3' hold a tick in the one each action answers, no Rec column of
its own. The headers name the recommendations by their label and number; a tick under one is
the action's link to it. A run of tick columns under other headers (states, quarters) is not.
Typeset with reportlab and read by the whole pipeline."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.column_roles import DONE, REC_TICKS, ColumnRole, _rec_ticks
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.pipeline.reader import parse_pdf_bytes

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"]

RECS = [
    "Improve the timeliness of education, health and care plans for children in care",
    "Make sure that children's wishes and feelings are sought and recorded",
    "Reduce delay in achieving permanence for children in care",
]
ACTIONS = [
    ("1", "Offer tuition to every child in care who is behind in reading", 0, "Leon Fairweather"),
    ("2", "Invite young inspectors to review services twice a year", 1, "Ruth Kowalczyk"),
    ("3", "Track the timeliness of care proceedings weekly", 2, "Claire Whitby"),
    ("4", "Strengthen support to special guardians with a support worker", 2, "Claire Whitby"),
]


def _plan(heads: list[str]) -> bytes:
    story: list[object] = [Paragraph("<b>Recommendations</b>", BODY)]
    story += [Paragraph(f"<b>Rec {n}</b>: {text}", BODY) for n, text in enumerate(RECS, 1)]
    rows: list[list[object]] = [
        ["Ref", "Action to be taken", *heads, "Lead officer", "Complete by"]
    ]
    for ref, text, rec, owner in ACTIONS:
        ticks = ["\u2713" if i == rec else "" for i in range(len(heads))]
        rows.append([ref, Paragraph(text, BODY), *ticks, owner, "31/03/27"])
    table = Table(rows, colWidths=[30, 300, *[36] * len(heads), 110, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return buf.getvalue()


def _read(data: bytes) -> PlanExtraction:
    return extract_plan(parse_pdf_bytes(data, "ticks.pdf"))


def test_tick_under_a_recommendation_column_links_the_action() -> None:
    got = _read(_plan(["Rec 1", "Rec 2", "Rec 3"]))
    by_id = {r.id: r.number for r in got.recommendations}
    links = {a.ref: [by_id[r] for r in a.recommendations] for a in got.actions}
    assert links == {"1": ["1"], "2": ["2"], "3": ["3"], "4": ["3"]}
    assert {a.ref: a.owner for a in got.actions}["4"] == "Claire Whitby"


def test_tick_columns_read_as_recommendation_ticks() -> None:
    elements = read_layout(parse_pdf_bytes(_plan(["Rec 1", "Rec 2", "Rec 3"]), "ticks.pdf"))
    table = next(el.table for el in elements if el.table is not None)
    assert table.roles[2:5] == [REC_TICKS] * 3


def test_ticks_under_quarters_are_no_recommendations() -> None:
    """'Q1 | Q2 | Q3' are periods, not recommendations: no link read from them."""
    elements = read_layout(parse_pdf_bytes(_plan(["Q1", "Q2", "Q3"]), "quarters.pdf"))
    table = next(el.table for el in elements if el.table is not None)
    assert REC_TICKS not in table.roles


def _ref_column_plan(cells: list[str]) -> bytes:
    story: list[object] = [Paragraph("<b>Recommendations</b>", BODY)]
    story += [Paragraph(f"<b>Rec {n}</b>: {text}", BODY) for n, text in enumerate(RECS, 1)]
    rows: list[list[object]] = [["Inspection ref", "Planned activity", "To finish by"]]
    for cell, (_, text, _, _) in zip(cells, ACTIONS, strict=True):
        rows.append([cell, Paragraph(text, BODY), "Dec-26"])
    table = Table(rows, colWidths=[90, 360, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#000000")]))
    story.append(table)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    return buf.getvalue()


def test_ref_column_naming_recommendations_is_the_link() -> None:
    """'Inspection ref' over 'Rec 3', 'Rec 1': the recommendations each action answers (the
    header says ref; the cells name recommendations by their label), not the actions' refs."""
    got = _read(_ref_column_plan(["Rec 3", "Rec 1", "Rec 2", "Rec 3"]))
    by_id = {r.id: r.number for r in got.recommendations}
    links = [[by_id[r] for r in a.recommendations] for a in got.actions]
    assert links == [["3"], ["1"], ["2"], ["3"]]
    assert all(a.ref is None for a in got.actions)


def test_ref_column_of_action_codes_stays_the_ref() -> None:
    """'R1', 'R2': a code letter and a number may be the actions' own codes: left the ref."""
    got = _read(_ref_column_plan(["R1", "R2", "R3", "R4"]))
    assert [a.ref for a in got.actions] == ["R1", "R2", "R3", "R4"]


def test_bare_letter_headers_over_ticks_are_recommendations_not_done() -> None:
    """'R1 | R2 | R3' name no role by themselves, so their all-tick columns first read as
    'done' columns (_done); the run of headers naming recommendations by label and number wins
    (round 23, a Word plan's tick matrix)."""
    out = [ColumnRole(0, "Action", "action", 0.9)]
    out += [ColumnRole(i, f"R{i}", DONE, 0.8) for i in (1, 2, 3)]
    columns = [["Audit cases", "Train staff"], ["\u2713", ""], ["\u2713", "\u2713"], ["", "\u2713"]]
    _rec_ticks(out, columns)
    assert [c.role for c in out] == ["action", REC_TICKS, REC_TICKS, REC_TICKS]
