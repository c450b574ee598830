"""A status column of scores keyed by a printed legend (extractors.score_key): a tracker rates
each action with a small number (or a % complete) and a key line above the header says what
each means ('Key (Score): 4 = Complete, 3 = On track, 2 = Some risk, 1 = Off track; blank = not
started'). The scores are the status, not the progress and not the recommendation each action
answers (small numbers that recur read like a Rec column). Read from a PDF print and from the
workbook itself, where a conditional-format icon set draws an icon for each score."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.formatting.rule import IconSetRule
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.score_key import read_score_key
from plantrace.pipeline.extract import extract_file

SCORE_KEY = (
    "Key (Score): 4 = Complete, 3 = On track, 2 = Some risk, 1 = Off track; blank = not started"
)
PCT_KEY = (
    "Key (% complete): 100% = Complete; 60-99% = On track; 30-59% = At risk; 0-29% = Off track"
)
HEADER = ["No.", "Action", "Lead", "Deadline", "Score", "Latest update"]
BANNER_1 = "Recommendation 1 - Improve the quality of supervision for social workers"
BANNER_2 = "Recommendation 2 - Reduce delay in achieving permanence for children"
ROWS = [
    ["1.1", "Audit twelve supervision records each month", "Ann Lee", "31-Mar-2026", "3",
     "Audits running in two teams"],
    ["1.2", "Train every team manager in reflective supervision", "Raj Patel", "30-Jun-2026",
     "2", "Training booked for the spring"],
    ["2.1", "Hold a permanence planning meeting for every child", "Ann Lee", "31-Jul-2026", "4",
     "Completed and embedded"],
    ["2.2", "Recruit twenty additional foster carers", "Sam Okafor", "30-Sep-2026", "1",
     "No lead in post since the restructure"],
    ["2.3", "Review every placement with parents", "Raj Patel", "31-Dec-2026", "", ""],
]  # fmt: skip
MONTHS = {"Mar": 3, "Jun": 6, "Jul": 7, "Sep": 9, "Dec": 12}
RAGS = {"1.1": "green", "1.2": "amber", "2.1": "blue", "2.2": "red", "2.3": None}


def _pdf(path: Path, key: str, header: list[str], rows: list[list[str]]) -> Path:
    styles = getSampleStyleSheet()
    body = [header]
    spans = []
    for banner, part in ((BANNER_1, rows[:2]), (BANNER_2, rows[2:])):
        spans.append(("SPAN", (0, len(body)), (-1, len(body))))
        body.append([banner] + [""] * (len(header) - 1))
        body += part
    t = Table(body, colWidths=[40, 250, 80, 70, 60, 200][: len(header)])
    t.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 8), *spans]
        )
    )
    buf = io.BytesIO()
    story = [Paragraph("Council action plan tracker", styles["Title"]),
             Paragraph(key, styles["Normal"]), Spacer(1, 8), t]  # fmt: skip
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path.write_bytes(buf.getvalue())
    return path


def _by_ref(path: Path) -> dict[str, object]:
    result = extract_file(path)
    return {a.ref: a for a in result.actions}


def test_scores_keyed_by_a_printed_legend_are_the_status(tmp_path: Path) -> None:
    actions = _by_ref(_pdf(tmp_path / "plan.pdf", SCORE_KEY, HEADER, ROWS))
    assert set(actions) == set(RAGS)
    assert {ref: a.rag for ref, a in actions.items()} == RAGS  # type: ignore[attr-defined]
    # the scores are no recommendation link: each action answers the banner above it
    assert [a.recommendations for a in actions.values()] == [["r1"]] * 2 + [["r2"]] * 3  # type: ignore[attr-defined]
    assert actions["1.1"].progress == "Audits running in two teams"  # type: ignore[attr-defined]


def test_a_percent_complete_keyed_by_ranges_is_the_status_not_the_progress(tmp_path: Path) -> None:
    header = [*HEADER[:4], "% complete"]
    pcts = {"1.1": "75%", "1.2": "40%", "2.1": "100%", "2.2": "10%", "2.3": ""}
    rows = [[*r[:4], pcts[r[0]]] for r in ROWS]
    actions = _by_ref(_pdf(tmp_path / "plan.pdf", PCT_KEY, header, rows))
    assert {ref: a.rag for ref, a in actions.items()} == RAGS  # type: ignore[attr-defined]
    assert all(a.progress is None for a in actions.values())  # type: ignore[attr-defined]


def test_a_workbook_with_an_icon_set_on_its_scores(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Council action plan tracker"])
    ws.append([SCORE_KEY.replace("Score", "Progress score", 1)])
    ws.append([])
    ws.append([*HEADER[:4], "Progress score", "Latest update"])
    for banner, part in ((BANNER_1, ROWS[:2]), (BANNER_2, ROWS[2:])):
        ws.append([banner])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        for r in part:
            day, month, year = r[3].split("-")
            due = date(int(year), MONTHS[month], int(day))
            ws.append([r[0], r[1], r[2], due, int(r[4]) if r[4] else None, r[5] or None])
            ws.cell(ws.max_row, 4).number_format = "d-mmm-yyyy"
    rule = IconSetRule("4TrafficLights", "num", [0, 2, 3, 4], showValue=False)
    ws.conditional_formatting.add(f"E5:E{ws.max_row}", rule)
    for letter, width in (("B", 50), ("C", 14), ("D", 14), ("E", 12), ("F", 36)):
        ws.column_dimensions[letter].width = width
    path = tmp_path / "tracker.xlsx"
    wb.save(str(path))
    actions = _by_ref(path)
    assert {ref: a.rag for ref, a in actions.items()} == RAGS  # type: ignore[attr-defined]
    assert [a.recommendations for a in actions.values()] == [["r1"]] * 2 + [["r2"]] * 3  # type: ignore[attr-defined]


def test_the_key_line_and_what_is_no_key() -> None:
    key = read_score_key(SCORE_KEY)
    assert key is not None and key.name == "Score"
    # 'Some risk' is no status word: its place on a scale of four, between off and on track
    assert [(e.low, e.colour) for e in key.entries] == [
        (1, "red"),
        (2, "amber"),
        (3, "green"),
        (4, "blue"),
    ]
    down = read_score_key(
        "Key: 1 = Achieved, 2 = On schedule, 3 = Minor delay, 4 = Significant delay"
    )
    assert down is not None and down.name is None
    assert [e.colour for e in down.entries] == ["blue", "green", "amber", "red"]
    pct = read_score_key(PCT_KEY)
    assert pct is not None and pct.percent
    assert [pct.meaning(x).colour for x in ("100%", "75%", "99.5%", "30%", "0%")] == [  # type: ignore[union-attr]
        "blue",
        "green",
        "green",
        "amber",
        "red",
    ]
    assert pct.meaning("120%") is None and pct.meaning("n/a") is None
    # numbered notes and figures are no key
    assert read_score_key("Note 1: see the annex; 2: the board agreed the plan") is None
    assert read_score_key("Target = 85%, baseline = 63%") is None


def _icon(colour: str, bars: int = 0) -> Image:
    """A 16 x 16 picture: a disc in the colour, or that many signal bars."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    pic = PILImage.new("RGB", (16, 16), "white")
    draw = ImageDraw.Draw(pic)
    if bars:
        for i in range(4):
            draw.rectangle(
                (1 + 4 * i, 12 - 3 * i, 3 + 4 * i, 15), fill=colour if i < bars else "#dddddd"
            )
    else:
        draw.ellipse((1, 1, 14, 14), fill=colour)
    buf = io.BytesIO()
    pic.save(buf, format="PNG")
    buf.seek(0)
    return Image(buf, width=8, height=8)


def test_icons_shown_without_their_numbers_are_read_by_the_legend(tmp_path: Path) -> None:
    """An icon set with its values hidden: each score cell prints only a picture, and a legend
    above the table prints each picture beside its meaning. Signal bars, one colour for all:
    the picture, not its colour, tells them apart."""
    styles = getSampleStyleSheet()
    meanings = {4: "Complete", 3: "On track", 2: "Some risk", 1: "Off track"}
    legend = Table([[_icon("#2060c0", n), Paragraph(meanings[n], styles["Normal"])] for n in (4, 3, 2, 1)],
                   colWidths=[20, 120], hAlign="LEFT")  # fmt: skip
    body: list[list[object]] = [HEADER]
    spans = []
    for banner, part in ((BANNER_1, ROWS[:2]), (BANNER_2, ROWS[2:])):
        spans.append(("SPAN", (0, len(body)), (-1, len(body))))
        body.append([banner] + [""] * 5)
        body += [[*r[:4], _icon("#2060c0", int(r[4])) if r[4] else "", r[5]] for r in part]
    t = Table(body, colWidths=[40, 250, 80, 70, 60, 200])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 8), *spans]))  # fmt: skip
    buf = io.BytesIO()
    story = [Paragraph("Council action plan tracker", styles["Title"]),
             Paragraph(SCORE_KEY, styles["Normal"]), Paragraph("Icons:", styles["Normal"]), legend,
             Spacer(1, 8), t]  # fmt: skip
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path = tmp_path / "plan.pdf"
    path.write_bytes(buf.getvalue())
    actions = _by_ref(path)
    assert {ref: a.rag for ref, a in actions.items()} == RAGS  # type: ignore[attr-defined]
    assert [a.recommendations for a in actions.values()] == [["r1"]] * 2 + [["r2"]] * 3  # type: ignore[attr-defined]


def test_a_score_whose_meaning_names_no_colour_is_warned_of(tmp_path: Path) -> None:
    """A scale of five whose middle meanings no status word names: their place tells no colour
    (BRAG has four), so those actions are unrated, and the plan says so."""
    key = (
        "Key (Score): 5 = Complete, 4 = On track, 3 = Wobbly, 2 = Shaky, 1 = Off track;"
        " blank = not started"
    )
    rows = [[*r[:4], {"3": "5", "2": "3", "4": "4", "1": "1", "": ""}[r[4]], r[5]] for r in ROWS]
    result = extract_file(_pdf(tmp_path / "plan.pdf", key, HEADER, rows))
    rags = {a.ref: a.rag for a in result.actions}
    assert rags == {"1.1": "blue", "1.2": None, "2.1": "green", "2.2": "red", "2.3": None}
    [warning] = [w for w in result.warnings if w.code == "plan_status_unread"]
    assert "'3' (Wobbly)" in warning.message and "'Score'" in warning.message


def test_a_key_one_entry_a_line_and_a_key_table() -> None:
    """A key set one entry a line reads as one key; so does a small table of a score and its
    meaning a row; a list of labelled numbers ('Priority 1 - ...') is no key."""
    lines = read_score_key("Scoring: 4 - Complete 3 - On track 2 - At risk 1 - Off track")
    assert lines is not None
    assert [(e.low, e.meaning, e.colour) for e in lines.entries] == [
        (1, "Off track", "red"), (2, "At risk", "amber"), (3, "On track", "green"),
        (4, "Complete", "blue"),
    ]  # fmt: skip
    assert read_score_key("Priority 1 - Reduce delay; Priority 2 - Stabilise the workforce") is None


def test_a_key_printed_as_a_table_of_scores_and_meanings(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    key = Table([["4", "Complete"], ["3", "On track"], ["2", "Some risk"], ["1", "Off track"]],
                colWidths=[20, 80], hAlign="LEFT")  # fmt: skip
    key.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    body: list[list[str]] = [HEADER]
    spans = []
    for banner, part in ((BANNER_1, ROWS[:2]), (BANNER_2, ROWS[2:])):
        spans.append(("SPAN", (0, len(body)), (-1, len(body))))
        body.append([banner] + [""] * 5)
        body += part
    t = Table(body, colWidths=[40, 250, 80, 70, 60, 200])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 8), *spans]))  # fmt: skip
    buf = io.BytesIO()
    story = [Paragraph("Council action plan tracker", styles["Title"]), key, Spacer(1, 12), t]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path = tmp_path / "plan.pdf"
    path.write_bytes(buf.getvalue())
    actions = _by_ref(path)
    assert {ref: a.rag for ref, a in actions.items()} == RAGS  # type: ignore[attr-defined]


def test_a_scale_of_progress_states_is_no_scale_of_colours() -> None:
    """'1 = Not started ... 4 = Complete': the states say where the work is, not whether it is
    on time; only 'Complete' has a colour, and the words between are not given one by place."""
    key = read_score_key(
        "Progress rating: 1 = Not started, 2 = Started, 3 = Progressing, 4 = Complete"
    )
    assert key is not None
    assert [(e.colour, e.state) for e in key.entries] == [
        (None, True), (None, False), (None, False), ("blue", False)
    ]  # fmt: skip
    assert key.unsure == ["Started", "Progressing"]


def _plan_pdf(path: Path, story_parts: list[object]) -> Path:
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    story = [Paragraph("Council action plan tracker", styles["Title"]), *story_parts]
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build(story)
    path.write_bytes(buf.getvalue())
    return path


def _table(header: list[str], banner: str, rows: list[list[object]]) -> Table:
    body: list[list[object]] = [header, [banner] + [""] * (len(header) - 1), *rows]
    t = Table(body, colWidths=[40, 250, 80, 70, 60, 200][: len(header)])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("SPAN", (0, 1), (-1, 1))]))  # fmt: skip
    return t


def test_each_table_takes_the_key_printed_above_it(tmp_path: Path) -> None:
    """Two trackers, each under its own key: the second's '3' is 'Off track' (a scale of three,
    best first), not the first key's 'On track'; and a '3' is no status word of the plan at
    large, only of the table the key was printed with."""
    styles = getSampleStyleSheet()
    first = _table(HEADER, BANNER_1, ROWS[:2])
    second_key = "Key (Score): 1 = Complete, 2 = On track, 3 = Off track"
    rows = [[*ROWS[2][:4], "3", "Stalled"], [*ROWS[3][:4], "2", "Moving"]]
    second = _table(HEADER, BANNER_2, rows)
    path = _plan_pdf(tmp_path / "plan.pdf", [
        Paragraph(SCORE_KEY, styles["Normal"]), Spacer(1, 8), first, Spacer(1, 16),
        Paragraph(second_key, styles["Normal"]), Spacer(1, 8), second,
    ])  # fmt: skip
    rags = {a.ref: a.rag for a in extract_file(path).actions}
    assert rags == {"1.1": "green", "1.2": "amber", "2.1": "red", "2.2": "green"}


def test_two_keys_giving_one_score_two_colours_are_warned_of(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    other = "Scoring: 1 = Complete, 2 = On track, 3 = Off track, 4 = Not started"
    path = _plan_pdf(tmp_path / "plan.pdf", [
        Paragraph(other, styles["Normal"]), Spacer(1, 24), Paragraph(SCORE_KEY, styles["Normal"]),
        Spacer(1, 8), _table(HEADER, BANNER_1, ROWS[:2]),
    ])  # fmt: skip
    result = extract_file(path)
    assert {a.ref: a.rag for a in result.actions} == {"1.1": "green", "1.2": "amber"}
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "two keys give its score" in said[0]


def test_a_key_fitting_two_columns_is_warned_of(tmp_path: Path) -> None:
    """No header names the status and two columns of small numbers fit the key: neither is
    read, and the plan says why."""
    styles = getSampleStyleSheet()
    header = ["No.", "Action", "Lead", "Deadline", "Score", "Weight"]
    rows = [[*r[:5], w] for r, w in zip(ROWS[:4], ["1", "2", "2", "1"], strict=True)]
    key = SCORE_KEY.replace("Key (Score)", "Key")
    path = _plan_pdf(tmp_path / "plan.pdf", [Paragraph(key, styles["Normal"]), Spacer(1, 8),
                                             _table(header, BANNER_1, rows)])  # fmt: skip
    result = extract_file(path)
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "'Score', 'Weight' alike" in said[0]


def test_icons_with_no_legend_to_read_them_by_are_warned_of(tmp_path: Path) -> None:
    styles = getSampleStyleSheet()
    rows = [[*r[:4], _icon("#2060c0", int(r[4])), r[5]] for r in ROWS[:4]]
    path = _plan_pdf(tmp_path / "plan.pdf", [Paragraph(SCORE_KEY, styles["Normal"]),
                                             Spacer(1, 8), _table(HEADER, BANNER_1, rows)])  # fmt: skip
    result = extract_file(path)
    said = [w.message for w in result.warnings if w.code == "plan_status_unread"]
    assert len([m for m in said if "no legend of two icons" in m]) == 1


def test_a_blank_column_fits_no_key_and_page_icons_are_read_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A blank status column is no column of scores (or every blank column would fit every key
    and have every page's pictures decoded); each page's icons are decoded once."""
    from types import SimpleNamespace

    from plantrace.extractors import score_key
    from plantrace.extractors.plan_columns import Row
    from plantrace.pipeline.document import Cell

    key = read_score_key(SCORE_KEY)
    assert key is not None
    blank = SimpleNamespace(rows=[Row([Cell(text="", bbox=(0, 0, 9, 9))], 1) for _ in range(3)])
    assert not score_key._scores(blank, 0, key)  # type: ignore[arg-type]
    calls: list[int] = []
    monkeypatch.setattr(score_key, "page_icons", lambda doc, p: calls.append(p) or [])
    icons = score_key.PageIcons(SimpleNamespace())  # type: ignore[arg-type]
    assert not score_key._scores(blank, 0, key, icons)  # type: ignore[arg-type]
    assert not score_key._scores(blank, 0, key, icons)  # type: ignore[arg-type]
    assert calls == [1]


def test_icons_are_not_read_from_a_page_split_two_up() -> None:
    """A sheet printed two-up is read as two pages of one number: the PDF's page of that index
    is not the page the lines are on, so no icon is read there."""
    from types import SimpleNamespace

    from plantrace.pipeline import cell_icons
    from plantrace.pipeline.document import Page

    sheet = SimpleNamespace(get_width=lambda: 842.0, get_height=lambda: 595.0)
    halves = [Page(1, 421.0, 595.0), Page(1, 421.0, 595.0)]
    doc = SimpleNamespace(format="pdf", source=[sheet], pages=halves)
    assert not cell_icons._as_printed(doc, 1)  # type: ignore[arg-type]
    whole = SimpleNamespace(format="pdf", source=[sheet], pages=[Page(1, 842.0, 595.0)])
    assert cell_icons._as_printed(whole, 1)  # type: ignore[arg-type]
