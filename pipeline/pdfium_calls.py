"""pdfium's functions that the reader calls for every glyph, word or page object, called without
ctypes' checks of their arguments.

pypdfium2 declares every function's argument types, and ctypes converts each argument of each
call against its declared type (`from_param`: for a pointer, two or three isinstance checks
through the ctypes metatypes' `__instancecheck__`). On the bench plans the reader makes about
140,000 such calls (a glyph's box at both ends of every word, every word's colour, every page
object's type), and the checking cost more instructions than pdfium's own work in them: about
a sixth of extracting a plan. The same C function called through a prototype that declares
only its return type takes its arguments as given. Callers pass exactly what the declared
types would have made of them, and nothing else: the handle pypdfium2 gave (a pointer of the
declared type), a Python int for a C int only (a wider integer, such as a buffer's length, as
its own ctypes value: an int is passed as a C int), `ctypes.byref` of the value where the
function writes one (never the ctypes value itself, which would be passed by value). The results are the same bytes (tests/test_pdfium_calls.py)."""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c


def unchecked(fn: Any) -> Any:
    """fn (a function of pypdfium2.raw) as a function pointer to the same C function that
    declares its return type only: its arguments are passed as given, unchecked."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if address is None:  # a function pypdfium2 declares but the library lacks: never called
        raise ImportError(f"pdfium has no {getattr(fn, '__name__', fn)!r}")
    return ctypes.CFUNCTYPE(fn.restype)(address)


# (textpage, index, &left, &right, &bottom, &top) -> bool
GET_CHAR_BOX = unchecked(pdfium_c.FPDFText_GetCharBox)
# (textpage, index, &r, &g, &b, &a) -> bool
GET_FILL_COLOR = unchecked(pdfium_c.FPDFText_GetFillColor)
# (textpage, index) -> code point, radians, points
GET_UNICODE = unchecked(pdfium_c.FPDFText_GetUnicode)
GET_CHAR_ANGLE = unchecked(pdfium_c.FPDFText_GetCharAngle)
GET_FONT_SIZE = unchecked(pdfium_c.FPDFText_GetFontSize)
# (page, index) -> page object; (page object) -> its type
GET_OBJECT = unchecked(pdfium_c.FPDFPage_GetObject)
GET_OBJECT_TYPE = unchecked(pdfium_c.FPDFPageObj_GetType)
# (textpage, index) -> weight; (textpage, index, buffer, c_ulong length, &flags) -> name length
GET_FONT_WEIGHT = unchecked(pdfium_c.FPDFText_GetFontWeight)
GET_FONT_INFO = unchecked(pdfium_c.FPDFText_GetFontInfo)
# (path, index) -> segment; (segment, &x, &y) -> bool; (segment) -> its type
GET_PATH_SEGMENT = unchecked(pdfium_c.FPDFPath_GetPathSegment)
GET_SEGMENT_POINT = unchecked(pdfium_c.FPDFPathSegment_GetPoint)
GET_SEGMENT_TYPE = unchecked(pdfium_c.FPDFPathSegment_GetType)
# (page object, &left, &bottom, &right, &top) -> bool (floats)
GET_BOUNDS = unchecked(pdfium_c.FPDFPageObj_GetBounds)
