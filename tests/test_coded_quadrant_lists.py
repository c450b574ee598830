"""A grid of coded lists (a SWOT grid: strengths S1.., weaknesses W1.., opportunities O1..,
threats T1.., one list per quadrant under its own heading) whose one list is the
recommendations: the one whose letters every action's link cell opens with ('W2', or 'W2, O1'
with a second code of another list beside it).

Read before: the lists sit in a table's cells, several letters side by side, so no key of
tagged recommendations was read (one set of letters, printed apart from tables), no action was
linked, and nothing said so (holdout63 docx-swot-weaknesses: 36 plans misread in silence). The
status words, bold in their colour, lost a word wrapped at its hyphen ('Under-' / 'rehearsed':
pdfium runs the halves together and the split pieces had no ink), and dates 'Jun-30-2027' read
as June 2030.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from plantrace.extractors.link_gaps import link_gap_warnings
from plantrace.models.plan import Action
from plantrace.pipeline.extract import extract_file
from tests.factories import prov

RECS = [
    "Improve the multi-agency response to children at risk of exploitation outside the home",
    "Make sure that children's wishes and feelings are recorded and influence their plans",
    "Strengthen the response to children who go missing from home or care",
]
QUADRANTS = [
    ("Strengths", "E3F1E4", "S", ["A stable senior leadership team", "Low caseloads in the "
     "assessment teams", "Strong partnership with schools"]),
    ("Weaknesses: the areas Ofsted asked us to improve", "F8E1E0", "W", RECS),
    ("Opportunities", "E1ECF8", "O", ["Regional partnership funding", "A new case system"]),
    ("Threats", "FBEFD9", "T", ["Rising demand at the front door", "Shortage of social workers"]),
]  # fmt: skip
INK = {"green": "2E7D32", "amber": "B26A00", "red": "C62828", "blue": "1565C0"}
ROWS = [  # ref, action, due, tackles, status, colour
    ("SA-01", "Develop safety plans for places of concern with community safety partners",
     "Mar-14-2027", "W1", "Off script", "red"),
    ("SA-02", "Appoint two specialist exploitation social workers to support complex cases",
     "30th of June 2027", "W1, T2", "Under-rehearsed", "amber"),
    ("SA-03", "Record children's views in their own words at every review meeting",
     "Dec-31-2026", "W2", "Holding up", "green"),
    ("SA-04", "Provide direct work resources and tools to every social work team",
     "Jun-05-2026", "W2, O1", "Done", "blue"),
    ("SA-05", "Commission an independent return home interview service for every child",
     "Jan-10-2027", "W3, S1", "Under-rehearsed", "amber"),
    ("SA-06", "Audit thirty return home interviews and share the learning with partners",
     "Apr-09-2027", "W3", "Holding up", "green"),
]  # fmt: skip


def _shade(cell: object, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _plan(path: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.4)
    doc.add_heading("Self-assessment and improvement plan", level=1)
    doc.add_heading("Where we are: our SWOT analysis", level=2)
    grid = doc.add_table(rows=2, cols=2)
    grid.style = doc.styles["Table Grid"]
    for k, (head, fill, letter, items) in enumerate(QUADRANTS):
        cell = grid.cell(k // 2, k % 2)
        _shade(cell, fill)
        cell.paragraphs[0].add_run(head).bold = True
        for n, text in enumerate(items, start=1):
            cell.add_paragraph().add_run(f"{letter}{n}  {text}").font.size = Pt(9)
    doc.add_paragraph("Each action below says which weakness it tackles (W1, W2, ...).")
    doc.add_heading("What we will do", level=2)
    cols = ["Act ref", "On stage", "Impresario", "Curtain rises by", "SWOT code", "Applause",
            "Green room note"]  # fmt: skip
    widths = [1.6, 4.4, 2.8, 2.3, 1.8, 2.2, 3.1]
    t = doc.add_table(rows=1 + len(ROWS), cols=len(cols))
    t.style = doc.styles["Table Grid"]
    t.autofit = False
    for j, head in enumerate(cols):
        t.cell(0, j).paragraphs[0].add_run(head).bold = True
    for i, (ref, action, due, tackles, status, colour) in enumerate(ROWS, start=1):
        row = [ref, action, "Principal Social Worker", due, tackles, status, "Work started"]
        for j, v in enumerate(row):
            run = t.cell(i, j).paragraphs[0].add_run(v)
            run.font.size = Pt(8.5)
            if j == 5:
                run.bold = True
                run.font.color.rgb = RGBColor.from_string(INK[colour])
    for j, w in enumerate(widths):
        for tr in t.rows:
            tr.cells[j].width = Cm(w)
    doc.add_paragraph("Prepared by the Improvement Team").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(str(path))
    return path


def test_the_list_the_links_name_is_the_recommendations(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "swot.docx")).to_contract()
    recs = {r["id"]: r for r in result["recommendations"]}
    # the weaknesses alone, numbered by their codes: strengths, opportunities, threats are none
    assert [(r["number"], r["text"]) for r in recs.values()] == [
        (str(n), text) for n, text in enumerate(RECS, start=1)
    ]
    links = {a["ref"]: [recs[i]["number"] for i in a["recommendations"]] for a in result["actions"]}
    # 'W2, O1': the second code names another list's item, no recommendation
    assert links == {ref: [tackles[1]] for ref, _, _, tackles, _, _ in ROWS}
    assert not any(w["code"].startswith("plan_links") for w in result["warnings"])


def test_statuses_by_their_ink_and_dates_month_first(tmp_path: Path) -> None:
    result = extract_file(_plan(tmp_path / "swot.docx")).to_contract()
    got = {a["ref"]: (a["rag"], a["due_date"]) for a in result["actions"]}
    assert got == {
        "SA-01": ("red", date(2027, 3, 14).isoformat()),
        "SA-02": ("amber", date(2027, 6, 30).isoformat()),  # 'Under-rehearsed' by its ink
        "SA-03": ("green", date(2026, 12, 31).isoformat()),
        "SA-04": ("blue", date(2026, 6, 5).isoformat()),
        "SA-05": ("amber", date(2027, 1, 10).isoformat()),
        "SA-06": ("green", date(2027, 4, 9).isoformat()),
    }


def _action(n: int) -> Action:
    return Action(id=f"a{n}", text=f"Action number {n} of the plan", provenance=prov("0" * 64, 1))


def test_codes_cited_but_no_recommendation_read_is_said() -> None:
    actions = [_action(n) for n in range(1, 5)]
    said = link_gap_warnings([], actions, [], [], "W")
    assert [w.code for w in said] == ["plan_links_unread"]
    assert "W1, W2" in said[0].message
    assert link_gap_warnings([], actions, [], [], None) == []  # no codes cited: nothing to say
