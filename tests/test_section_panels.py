"""A section's box round a recommendation heading and several items: its heading read apart."""

from plantrace.extractors.plan_columns import Element
from plantrace.extractors.section_panels import open_section_boxes
from plantrace.pipeline.document import Cell, Line, Table


def _line(text: str, top: float, bold: bool = False, i: int = 0) -> Line:
    return Line(text, (42.0, top, 480.0, top + 8.0), 11.0, bold, 2, i, words=[])


def _box(lines: list[Line]) -> Element:
    cell = Cell(" ".join(ln.text for ln in lines), (34.0, 230.0, 561.0, 490.0), lines)
    return Element(2, 230.0, raw=Table(2, (34.0, 230.0, 561.0, 490.0), [[cell]], True))


def _ring() -> Element:
    cell = Cell("15%", (511.0, 239.0, 554.0, 282.0), [_line("15%", 258.0, True)])
    return Element(2, 239.0, raw=Table(2, (511.0, 239.0, 554.0, 282.0), [[cell]], True))


def test_heading_split_from_a_section_box() -> None:
    lines = [
        _line("Objective 4", 240.0, bold=True),
        _line("Ensure that health assessments for children in care are completed", 254.0, True),
        _line("on time and that their emotional health needs are met", 268.0, True),
        _line("Objective owner: Yusra Bellweather", 282.0),
        _line("4.1 Report health assessment timeliness monthly to the board", 348.0, True),
        _line("Assignee: Bethan Lloyd Due date: Q1 2026 Status: On track", 360.0),
        _line("4.2 Train foster carers in understanding trauma and attachment", 394.0, True),
        _line("Assignee: Fatima Rahman Due date: Q1 2026 Status: Not started", 405.0),
    ]
    ring_line = Line("15%", (520.0, 258.0, 545.0, 266.0), 11.0, True, 2, 9, words=[])
    lines.insert(2, ring_line)  # the ring's figure, set beside the heading's text
    out = open_section_boxes([_box(lines), _ring()])[:3]
    # the label alone, then its text: joined as one heading as any label over its text is
    assert out[0].raw is None and out[0].text == "Objective 4"
    assert out[1].raw is None and out[1].text.startswith("Ensure that health")
    assert "15%" not in out[1].text  # the ring's figure is the ring's, no word of the heading
    assert out[2].raw is not None
    cell = out[2].raw.rows[0][0]
    assert cell is not None and cell.text.startswith("Objective owner: Yusra Bellweather")
    assert out[2].raw.bbox[1] < 282.0


def test_a_card_of_one_item_is_kept() -> None:
    lines = [
        _line("Objective 4", 240.0, bold=True),
        _line("Ensure that health assessments for children in care are completed", 254.0, True),
        _line("4.1 Report health assessment timeliness monthly to the board", 348.0),
        _line("Assignee: Bethan Lloyd Due date: Q1 2026 Status: On track", 360.0),
    ]
    box = _box(lines)
    assert open_section_boxes([box, _ring()])[0] is box


def test_a_text_box_holding_no_box_is_kept() -> None:
    """A word processor's text box (no widget drawn inside it) is left to the card readers."""
    lines = [
        _line("Objective 4", 240.0, bold=True),
        _line("Ensure that health assessments for children in care are completed", 254.0, True),
        _line("Assignee: Bethan Lloyd Due date: Q1 2026", 360.0),
        _line("Assignee: Fatima Rahman Due date: Q1 2026", 405.0),
    ]
    box = _box(lines)
    assert open_section_boxes([box]) == [box]
