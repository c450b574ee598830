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
from typing import TYPE_CHECKING, Any

import pypdfium2.raw as pdfium_c


def unchecked(fn: Any) -> Any:
    """fn (a function of pypdfium2.raw) as a function pointer to the same C function that
    declares its return type only: its arguments are passed as given, unchecked."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    if address is None:  # a function pypdfium2 declares but the library lacks: never called
        raise ImportError(f"pdfium has no {getattr(fn, '__name__', fn)!r}")
    return ctypes.CFUNCTYPE(fn.restype)(address)


# name -> (pdfium's function, the arguments callers pass it -> what it gives back): one table,
# read in a loop, so that a function added is one row (tests/test_pdfium_calls.py checks each
# row's arguments against the count pypdfium2 declares)
SIGNATURES: dict[str, tuple[str, str]] = {
    "GET_CHAR_BOX": (
        "FPDFText_GetCharBox",
        "(textpage, index, &left, &right, &bottom, &top) -> bool",
    ),
    "GET_FILL_COLOR": ("FPDFText_GetFillColor", "(textpage, index, &r, &g, &b, &a) -> bool"),
    "GET_UNICODE": ("FPDFText_GetUnicode", "(textpage, index) -> code point"),
    "GET_CHAR_ANGLE": ("FPDFText_GetCharAngle", "(textpage, index) -> radians"),
    "GET_FONT_SIZE": ("FPDFText_GetFontSize", "(textpage, index) -> points"),
    "GET_OBJECT": ("FPDFPage_GetObject", "(page, index) -> page object"),
    "GET_OBJECT_TYPE": ("FPDFPageObj_GetType", "(page object) -> its type"),
    "GET_FONT_WEIGHT": ("FPDFText_GetFontWeight", "(textpage, index) -> weight"),
    "GET_FONT_INFO": (
        "FPDFText_GetFontInfo",
        "(textpage, index, buffer, c_ulong length, &flags) -> name length",
    ),
    "GET_PATH_SEGMENT": ("FPDFPath_GetPathSegment", "(path, index) -> segment"),
    "GET_SEGMENT_POINT": ("FPDFPathSegment_GetPoint", "(segment, &x, &y) -> bool"),
    "GET_SEGMENT_TYPE": ("FPDFPathSegment_GetType", "(segment) -> its type"),
    "GET_BOUNDS": ("FPDFPageObj_GetBounds", "(page object, &left, &bottom, &right, &top) -> bool"),
}
globals().update({name: unchecked(getattr(pdfium_c, fn)) for name, (fn, _) in SIGNATURES.items()})

if TYPE_CHECKING:  # the names the loop binds, for the type checker: each a ctypes function

    def __getattr__(name: str) -> Any: ...
