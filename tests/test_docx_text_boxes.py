"""A Word 'plan on a page' whose recommendations and actions sit in floating text boxes
(pipeline/readers/docx.py).

Each box is a DrawingML shape ('wps:txbx', anchored to the page, wrapNone) holding a
recommendation's heading and its actions; Word keeps a VML copy of each box for older readers
(mc:Fallback, 'v:textbox'). The reader skipped text boxes, so the .docx read as a plan with no
action while its print reads every one. Boxes are read in their printed order (row by row, each
row left to right), whatever order the file lists them in; the VML copy is not read twice.
"""

from __future__ import annotations

import io
from html import escape

import docx
from docx.oxml import parse_xml

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.readers.docx import parse_docx_bytes

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
EMU = 12700
# (left, top) in points, recommendation, actions (ref, text, lead, due, status, update)
BOXES = [
    ((310, 130), "2", "Strengthen management oversight of social work practice", [
        ("2.1", "Reduce team manager spans of control to seven social workers",
         "Principal Social Worker", "March 2027", "Complete", "All teams restructured"),
    ]),
    ((40, 130), "1", "Improve the timeliness of decisions at the front door", [
        ("1.1", "Apply consistent thresholds through weekly threshold clinics",
         "Head of Early Help", "September 2026", "On track", "Clinics running in two areas"),
        ("1.2", "Publish a revised threshold document with partners and schools",
         "Service Manager, Front Door", "Q4 2026/27", "Off track", None),
    ]),
    ((40, 420), "3", "Raise the quality of assessments for children in need", [
        ("3.1", "Audit a sample of assessments every month",
         "Designated Nurse", "July 2026", "At risk", "Audit tool agreed"),
    ]),
]  # fmt: skip


def _run(text: str, bold: bool = False, italic: bool = False, size: int = 17) -> str:
    look = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{size}"/>'
    return f'<w:r><w:rPr>{look}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _content(number: str, rec: str, actions: list[tuple[str, ...]]) -> str:
    paras = [f"<w:p>{_run(f'Recommendation {number}: {rec}', bold=True, size=20)}</w:p>"]
    for ref, text, lead, due, status, update in actions:
        paras.append(f"<w:p>{_run(ref + ' ', bold=True)}{_run(text)}</w:p>")
        strip = f"Lead: {lead}  ·  By: {due}  ·  Status: {status}"
        paras.append(f"<w:p>{_run(strip, italic=True, size=16)}</w:p>")
        if update:
            paras.append(f"<w:p>{_run('Progress note: ' + update, size=16)}</w:p>")
    return "<w:txbxContent>" + "".join(paras) + "</w:txbxContent>"


def _box(n: int, at: tuple[int, int], content: str) -> str:
    (x, y), w, h = at, 260 * EMU, 250 * EMU
    return (
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x * EMU}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y * EMU}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{w}" cy="{h}"/><wp:wrapNone/><wp:docPr id="{n}" name="Text Box {n}"/>'
        f"<a:graphic><a:graphicData "
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f"</wps:spPr><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
        f"</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:shape style="position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:260pt;'
        f'height:250pt"><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>'
        f"</mc:AlternateContent>"
    )


def _plan_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Our improvement plan on a page", level=1)
    document.add_paragraph("Each box is one of the recommendations, with the actions we will take.")
    boxes = "".join(
        _box(n + 1, at, _content(number, rec, actions))
        for n, (at, number, rec, actions) in enumerate(BOXES)
    )
    anchor = parse_xml(f"<w:p {NS}><w:r>{boxes}</w:r></w:p>")
    document.element.body.insert(len(document.element.body) - 1, anchor)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_text_boxes_are_read_in_their_printed_order() -> None:
    plan = extract_plan(parse_docx_bytes(_plan_docx(), "plan.docx", "0"))
    got = [(a.ref, a.owner, str(a.due_date), a.rag, a.progress) for a in plan.actions]
    assert got == [
        ("1.1", "Head of Early Help", "2026-09-30", "green", "Clinics running in two areas"),
        ("1.2", "Service Manager, Front Door", "2027-03-31", "red", None),
        ("2.1", "Principal Social Worker", "2027-03-31", "blue", "All teams restructured"),
        ("3.1", "Designated Nurse", "2026-07-31", "amber", "Audit tool agreed"),
    ]
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert [a.recommendations for a in plan.actions] == [["r1"], ["r1"], ["r2"], ["r3"]]


def test_a_text_box_only_drawn_in_vml_is_read() -> None:
    """An older file's box: a VML shape alone (no DrawingML copy), placed by its style."""
    content = _content("1", "Improve the timeliness of decisions at the front door", BOXES[1][3])
    vml = (
        f'<w:pict><v:shape style="position:absolute;margin-left:40pt;margin-top:130pt;'
        f'width:260pt;height:250pt"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    )
    document = docx.Document()
    document.add_paragraph("Our improvement plan on a page")
    document.element.body.insert(
        len(document.element.body) - 1, parse_xml(f"<w:p {NS}><w:r>{vml}</w:r></w:p>")
    )
    buf = io.BytesIO()
    document.save(buf)
    plan = extract_plan(parse_docx_bytes(buf.getvalue(), "plan.docx", "0"))
    assert [(a.ref, a.owner) for a in plan.actions] == [
        ("1.1", "Head of Early Help"),
        ("1.2", "Service Manager, Front Door"),
    ]


def _docx_with(anchor_runs: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Our improvement plan on a page")
    document.element.body.insert(
        len(document.element.body) - 1, parse_xml(f"<w:p {NS}>{anchor_runs}</w:p>")
    )
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_a_text_box_inside_a_text_box_is_read_with_it() -> None:
    (_, n1, rec1, acts1), (_, n2, rec2, acts2) = BOXES[1], BOXES[0]
    inner = _box(2, (20, 200), _content(n2, rec2, acts2))
    outer = _content(n1, rec1, acts1).replace(
        "</w:txbxContent>", f"<w:p><w:r>{inner}</w:r></w:p></w:txbxContent>"
    )
    plan = extract_plan(parse_docx_bytes(_docx_with(f"<w:r>{_box(1, (40, 130), outer)}</w:r>"),
                                         "plan.docx", "0"))  # fmt: skip
    assert [(a.ref, a.owner) for a in plan.actions] == [
        ("1.1", "Head of Early Help"),
        ("1.2", "Service Manager, Front Door"),
        ("2.1", "Principal Social Worker"),
    ]


def test_a_deleted_text_box_is_not_read() -> None:
    (at1, n1, rec1, acts1), (at2, n2, rec2, acts2) = BOXES[1], BOXES[0]
    kept = _box(1, at1, _content(n1, rec1, acts1))
    deleted = _box(2, at2, _content(n2, rec2, acts2))
    runs = f'<w:r>{kept}</w:r><w:del w:id="9" w:author="A"><w:r>{deleted}</w:r></w:del>'
    plan = extract_plan(parse_docx_bytes(_docx_with(runs), "plan.docx", "0"))
    assert [a.ref for a in plan.actions] == ["1.1", "1.2"]
