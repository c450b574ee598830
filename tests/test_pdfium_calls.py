"""pdfium's functions called without ctypes' argument checks (pipeline.pdfium_calls, a speed
change) answer exactly as pypdfium2's declared functions do, on a page of coloured, sized,
turned and skewed text among ruled boxes; and the reader built on them reads that page's
words, colours and sizes as printed."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline import pdfium_calls as calls
from plantrace.pipeline.reader import parse_pdf_bytes


def _page_pdf() -> bytes:
    """An action table's page: a ruled header and rows, a status printed red, a footnote in
    small type, a stamp turned a quarter and a caption set at a slant."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 760, "Action")
    c.drawString(300, 760, "Owner")
    c.drawString(450, 760, "Status")
    c.setFont("Helvetica", 10)
    for i in range(4):
        y = 730 - 24 * i
        c.setFillColorRGB(0, 0, 0)
        c.drawString(72, y, f"Audit supervision records in team {i + 1}")
        c.drawString(300, y, "Head of Service")
        c.setFillColorRGB(1, 0, 0)
        c.drawString(450, y, "Delayed")
        c.line(70, y - 6, 540, y - 6)
    c.setFillColorRGB(0, 0, 0)
    c.rect(70, 630, 470, 145)
    c.setFont("Helvetica", 7)
    c.drawString(72, 600, "Footnote set in small type")
    c.saveState()
    c.translate(560, 400)
    c.rotate(90)
    c.setFont("Helvetica", 12)
    c.drawString(0, 0, "DRAFT stamp")
    c.restoreState()
    c.saveState()
    c.translate(72, 500)
    c.rotate(2)
    c.setFont("Times-Roman", 12)
    c.drawString(0, 0, "A caption set at a slight slant")
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def test_unchecked_calls_answer_as_the_declared_functions() -> None:
    pdf = pdfium.PdfDocument(_page_pdf())
    page = pdf[0]
    textpage = page.get_textpage()
    raw = textpage.raw
    count = textpage.count_chars()
    assert count > 200
    box = [ctypes.c_double() for _ in range(8)]
    rgba = [ctypes.c_uint() for _ in range(8)]
    for i in range(count):
        refs = [ctypes.byref(b) for b in box]
        assert pdfium_c.FPDFText_GetCharBox(raw, i, *refs[:4]) == calls.GET_CHAR_BOX(
            raw, i, *refs[4:]
        )
        assert [b.value for b in box[:4]] == [b.value for b in box[4:]]
        refs = [ctypes.byref(c) for c in rgba]
        assert pdfium_c.FPDFText_GetFillColor(raw, i, *refs[:4]) == calls.GET_FILL_COLOR(
            raw, i, *refs[4:]
        )
        assert [c.value for c in rgba[:4]] == [c.value for c in rgba[4:]]
        assert pdfium_c.FPDFText_GetUnicode(raw, i) == calls.GET_UNICODE(raw, i)
        assert pdfium_c.FPDFText_GetCharAngle(raw, i) == calls.GET_CHAR_ANGLE(raw, i)
        assert pdfium_c.FPDFText_GetFontSize(raw, i) == calls.GET_FONT_SIZE(raw, i)
    kinds = []
    for k in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        declared, unchecked = (
            pdfium_c.FPDFPage_GetObject(page.raw, k),
            calls.GET_OBJECT(page.raw, k),
        )
        assert type(unchecked) is type(declared)
        assert ctypes.addressof(unchecked.contents) == ctypes.addressof(declared.contents)
        kinds.append(calls.GET_OBJECT_TYPE(unchecked))
        assert kinds[-1] == pdfium_c.FPDFPageObj_GetType(declared)
    assert pdfium_c.FPDF_PAGEOBJ_PATH in kinds and pdfium_c.FPDF_PAGEOBJ_TEXT in kinds
    # a font's weight and name (the bold header), a path's segments (the table's frame)
    names = [ctypes.create_string_buffer(256) for _ in range(2)]
    flags = [ctypes.c_int() for _ in range(2)]
    for i in range(count):
        assert pdfium_c.FPDFText_GetFontWeight(raw, i) == calls.GET_FONT_WEIGHT(raw, i)
        got = calls.GET_FONT_INFO(raw, i, names[1], ctypes.c_ulong(256), ctypes.byref(flags[1]))
        assert pdfium_c.FPDFText_GetFontInfo(raw, i, names[0], 256, ctypes.byref(flags[0])) == got
        assert names[0].raw == names[1].raw and flags[0].value == flags[1].value
    assert names[1].value == b"Times-Roman"  # the last glyph's (the caption); the header's bold:
    calls.GET_FONT_INFO(raw, 0, names[1], ctypes.c_ulong(256), ctypes.byref(flags[1]))
    assert names[1].value == b"Helvetica-Bold"
    points = [ctypes.c_float() for _ in range(4)]
    segments = 0
    for k in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
            declared, unchecked = (
                pdfium_c.FPDFPath_GetPathSegment(obj, i),
                calls.GET_PATH_SEGMENT(obj, i),
            )
            assert ctypes.addressof(declared.contents) == ctypes.addressof(unchecked.contents)
            pdfium_c.FPDFPathSegment_GetPoint(declared, points[0], points[1])
            calls.GET_SEGMENT_POINT(unchecked, ctypes.byref(points[2]), ctypes.byref(points[3]))
            assert (points[0].value, points[1].value) == (points[2].value, points[3].value)
            assert pdfium_c.FPDFPathSegment_GetType(declared) == calls.GET_SEGMENT_TYPE(unchecked)
            segments += 1
    assert segments >= 4 * 2 + 5  # four rules of two points, the frame's four corners closed
    # what the unchecked calls read, by value: the red status, the turned stamp, the type size
    first_delayed = textpage.get_text_range().index("Delayed")
    refs = [ctypes.byref(c) for c in rgba[:4]]
    assert calls.GET_FILL_COLOR(raw, first_delayed, *refs)
    assert [c.value for c in rgba[:3]] == [255, 0, 0]
    assert abs(calls.GET_FONT_SIZE(raw, first_delayed) - 10.0) < 0.01
    stamp = textpage.get_text_range().index("DRAFT")
    assert abs(calls.GET_CHAR_ANGLE(raw, stamp) - 3 * 3.14159265 / 2) < 0.01  # a quarter turn
    refs = [ctypes.byref(b) for b in box[:4]]
    assert calls.GET_CHAR_BOX(raw, first_delayed, *refs)
    assert abs(box[0].value - 450.0) < 1.0  # the status column's left edge, as drawn


def test_the_reader_reads_words_colours_and_sizes_as_printed() -> None:
    doc = parse_pdf_bytes(_page_pdf(), "page.pdf")
    try:
        lines = doc.pages[0].lines
        rows = [ln for ln in lines if ln.text.startswith("Audit supervision")]
        assert [ln.text for ln in rows] == [
            f"Audit supervision records in team {i} Head of Service Delayed" for i in range(1, 5)
        ]
        for ln in rows:
            words = ln.words
            assert [w.colour for w in words] == ["#000000"] * 9 + ["#ff0000"]  # the status red
            assert (ln.colour, ln.end_colour) == ("#000000", "#ff0000")
            assert abs(words[6].x0 - 300.0) < 1.0 and words[6].text == "Head"  # the owner column
            assert abs(words[9].x0 - 450.0) < 1.0 and words[9].text == "Delayed"
            assert abs(ln.font_size - 10.0) < 0.01
        note = next(ln for ln in lines if ln.text.startswith("Footnote"))
        assert abs(note.font_size - 7.0) < 0.01
        assert [w.text for w in note.words] == ["Footnote", "set", "in", "small", "type"]
    finally:
        doc.close()


def test_each_row_of_the_table_is_the_declared_function_with_its_arguments() -> None:
    """Every name the table binds calls the same C function as pypdfium2's, with the return
    type pypdfium2 declares, and the row's arguments are as many as pypdfium2 declares: a row
    whose comment drifts from its function fails here."""
    assert len(calls.SIGNATURES) == 13
    for name, (fn_name, signature) in calls.SIGNATURES.items():
        declared = getattr(pdfium_c, fn_name)
        bound = getattr(calls, name)
        assert (
            ctypes.cast(bound, ctypes.c_void_p).value
            == ctypes.cast(declared, ctypes.c_void_p).value
        ), name
        assert bound.restype is declared.restype, name
        arguments = signature[signature.index("(") + 1 : signature.index(")")].split(",")
        assert len(arguments) == len(declared.argtypes), (name, signature)
