"""Fuzzing: mutated PDFs through extract_file, random line sequences through extract_document.

Why this exists: real download folders hold broken files, and the extractors see whatever pdfium
makes of them. The contract (issue 7) is that no input escapes as an exception and none hangs.
extract_file turns our own bugs into an `internal` error result, so here an `internal` result, or
an exception out of extract_document, counts as a failure; a `timeout` result, or a case slower
than the per-document budget, counts as a hang. A case that hangs inside native code (where the
SIGALRM deadline cannot land) is caught by a watchdog thread that names the case and ends the
process with exit code 3.

Every case is derived from (seed, index) alone, so a failure is replayed exactly with
`plantrace fuzz --seed S --case I`. Plain seeded `random`, not hypothesis: the command must run
from an installed package, where the dev extras (hypothesis, reportlab) may be absent; for the
same reason the fallback seed PDFs are written by hand below rather than with reportlab.
"""

from __future__ import annotations

import copy
import json
import os
import random
import re
import sys
import tempfile
import threading
import time
import traceback
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.models.results import ErrorCode, Status
from plantrace.pipeline.deadline import Deadline, DeadlineExceeded
from plantrace.pipeline.document import Line, Page, ParsedDocument, Ruling, Word, words_bbox
from plantrace.pipeline.extract import extract_document, extract_file
from plantrace.pipeline.layout import clean_pages
from plantrace.pipeline.limits import LIMITS, Limits
from plantrace.pipeline.reader import parse_pdf_bytes

# ---------------------------------------------------------------------------------------------
# Seed PDFs: the repository's samples when present, else (and always, in addition) small PDFs
# written here with uncompressed content streams, so mutations reach pdfium's content parser too.


def _pdf_string(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def handmade_pdf(
    pages: Sequence[Sequence[str]],
    *,
    grid: bool = False,
    compress: bool = False,
    landscape: bool = False,
) -> bytes:
    """A valid PDF (Helvetica text, optional ruled grid) with a correct xref, no dependencies."""
    width, height = (842, 595) if landscape else (595, 842)
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, lines in enumerate(pages):
        ops = [b"BT /F1 11 Tf 14 TL 60 %d Td" % (height - 60)]
        for text in lines:
            ops.append(_pdf_string(text) + b" Tj T*")
        ops.append(b"ET")
        if grid:
            ops.append(b"0.5 w")
            top = height - 80 - 14 * len(lines)
            for r in range(7):
                y = top - 24 * r
                ops.append(b"56 %d m %d %d l S" % (y, width - 56, y))
            for x in (56, 120, 300, 420, 500, width - 56):
                ops.append(b"%d %d m %d %d l S" % (x, top, x, top - 144))
            ops.append(b"300 100 80 30 re S")
        stream = b"\n".join(ops)
        if compress:
            body = zlib.compress(stream)
            head = b"<< /Length %d /Filter /FlateDecode >>" % len(body)
        else:
            body = stream
            head = b"<< /Length %d >>" % len(body)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % (width, height, page_ids[i] + 1)
        )
        objects.append(head + b"\nstream\n" + body + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


REPORT_LINES = [
    "Inspection of Northwold local authority children's services",
    "Inspection dates: 10 to 21 June 2024",
    "Lead inspector: Jane Example, His Majesty's Inspector",
    "Ofsted",
    "Judgement Grade",
    "The impact of leaders on social work practice with children and families Requires improvement to be good",
    "The experiences and progress of children in care Inadequate",
    "Overall effectiveness Requires improvement to be good",
    "What needs to improve?",
    "1. The quality and timeliness of assessments for children in need.",
    "2. Management oversight and supervision of social workers, so that plans",
    "are progressed without delay.",
    "3. The sufficiency of placements (<script>alert(1)</script>; '; DROP TABLE runs;--).",
]

PLAN_LINES = [
    "Northwold Children's Services Improvement Plan 2024-2026",
    "Recommendation 1: The quality and timeliness of assessments",
    "Ref Action Lead officer Timescale RAG",
    "1.1 Audit all open assessments monthly Head of Service March 2025 Amber",
    "1.2 Introduce weekly performance clinics Service Manager Q3 2024/25 Green",
    "KPI Baseline Target",
    "Percentage of assessments completed within 45 working days 62% 85%",
    "Glossary",
    "CIN Child in need",
    "RAG Red Amber Green",
]


def builtin_samples() -> list[tuple[str, bytes]]:
    """Seed PDFs that need nothing but this module: report-like, plan-like, many pages, compressed."""
    filler = [
        f"Paragraph {i}: practice with children and families is improving." for i in range(20)
    ]
    return [
        ("builtin:report", handmade_pdf([REPORT_LINES, filler])),
        ("builtin:plan-grid", handmade_pdf([PLAN_LINES, PLAN_LINES], grid=True, landscape=True)),
        ("builtin:compressed", handmade_pdf([REPORT_LINES, PLAN_LINES], grid=True, compress=True)),
        ("builtin:many-pages", handmade_pdf([filler[: 3 + i % 5] for i in range(12)])),
    ]


def find_samples(root: Path | None, max_bytes: int = 5_000_000) -> list[tuple[str, bytes]]:
    """samples/**/*.pdf (the repository's sample documents) plus the built-in seeds.

    Generated output folders (`out/`, git-ignored, hundreds of plans after a plangen run) are not
    seeds: they would make the seed set, and every case's parse of it, depend on what a developer
    happened to generate, and a clean clone has none.
    """
    found: list[tuple[str, bytes]] = []
    if root is not None and root.is_dir():
        for p in sorted(root.rglob("*.pdf")):
            if "out" in p.relative_to(root).parts[:-1]:
                continue
            if p.is_file() and 0 < p.stat().st_size <= max_bytes:
                found.append((str(p), p.read_bytes()))
    return found + builtin_samples()


# ---------------------------------------------------------------------------------------------
# Mutators: bytes -> bytes, each deterministic given the rng. `others` are the other seeds (for
# splicing). They aim at what breaks PDF readers: offsets, lengths, nesting, references, streams.

Mutator = Callable[[bytes, random.Random, Sequence[bytes]], bytes]

_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
_REF = re.compile(rb"(\d+) (\d+) R\b")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_KEYWORDS = [
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"R",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"/Length",
    b"/Kids",
    b"/Count",
    b"/Type",
    b"/Page",
    b"/Pages",
    b"/Parent",
    b"/Contents",
    b"/Font",
    b"/Filter",
    b"/FlateDecode",
    b"/Resources",
    b"/MediaBox",
    b"/Root",
    b"/Size",
    b"xref",
    b"trailer",
    b"startxref",
    b"BT",
    b"ET",
    b"Tj",
    b"TJ",
    b"Td",
    b"Tf",
    b"re",
    b"m",
    b"l",
    b"S",
    b"q",
    b"Q",
    b"cm",
    b"null",
    b"true",
    b"(",
    b")",
    b"%%EOF",
]
_INTERESTING = [
    b"0",
    b"-1",
    b"1",
    b"2147483647",
    b"2147483648",
    b"-2147483649",
    b"9223372036854775808",
    b"99999999999",
    b"1e39",
    b"-1e39",
    b"3.4e38",
    b"0.000001",
    b"65535",
    b"4294967296",
]
_OPERATORS = [
    b"1e38 0 0 1e38 0 0 cm",
    b"0 0 0 0 0 0 cm",
    b"-1 0 0 -1 0 0 cm",
    b"BT /F1 1e30 Tf (huge) Tj ET",
    b"BT /F1 0 Tf (zero) Tj ET",
    b"BT /F1 -11 Tf (negative) Tj ET",
    b"0 0 1e9 1e9 re S",
    b"-1e30 -1e30 m 1e30 1e30 l S",
    b"BT 3 Tr (invisible) Tj ET",
    b"BT /F9 11 Tf (nofont) Tj ET",
    b"BT [(a) -99999 (b) 99999 (c)] TJ ET",
    b"Q Q Q Q",
    b"q " * 200,
    b"/Im1 Do",
    b"BT ( Tj ET",
]


def _span(data: bytes, rng: random.Random, most: int) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.randint(1, max(1, most)))


def bit_flip(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        if buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf)


def random_bytes(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        if buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def truncate(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def delete_chunk(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    a, b = _span(data, rng, len(data) // 10)
    return data[:a] + data[b:]


def duplicate_chunk(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    a, b = _span(data, rng, len(data) // 10)
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[a:b] + data[at:]


def insert_random(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 512)) + data[at:]


def tweak_numbers(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    """Offsets, lengths, object numbers, coordinates, counts: swapped for edge values."""
    spans = [m.span() for m in _NUMBER.finditer(data)]
    if not spans:
        return data
    chosen = sorted(rng.sample(spans, min(len(spans), rng.randint(1, 8))), reverse=True)
    buf = data
    for a, b in chosen:
        old = buf[a:b]
        if rng.random() < 0.5:
            new = rng.choice(_INTERESTING)
        else:
            try:
                n = int(float(old))
            except ValueError:
                n = 0
            new = str(rng.choice([n + 1, n - 1, n * 1000, -n, n // 2])).encode()
        buf = buf[:a] + new + buf[b:]
    return buf


def break_xref(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    """Every xref offset wrong, or startxref pointing elsewhere, or the table gone."""
    choice = rng.randrange(3)
    if choice == 0:
        return re.sub(
            rb"\d{10}( \d{5} n)",
            lambda m: b"%010d" % rng.randrange(len(data) + 1000) + m.group(1),
            data,
        )
    if choice == 1:
        return re.sub(
            rb"startxref\s+\d+", b"startxref\n%d" % rng.randrange(len(data) * 2 + 1), data
        )
    start = data.rfind(b"\nxref")
    return data if start < 0 else data[:start] + b"\n%%EOF\n"


def swap_tokens(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    buf = data
    for _ in range(rng.randint(1, 6)):
        old, new = rng.choice(_KEYWORDS), rng.choice(_KEYWORDS)
        hits = [m.start() for m in re.finditer(re.escape(old), buf)]
        if hits:
            at = rng.choice(hits)
            buf = buf[:at] + new + buf[at + len(old) :]
    return buf


def splice(data: bytes, rng: random.Random, others: Sequence[bytes]) -> bytes:
    other = rng.choice(others) if others else data
    return data[: rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1) :]


def deep_nesting(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    """Arrays, dictionaries or graphics states nested thousands deep (recursion limits)."""
    opener = rng.choice([b"[", b"<<", b"q ", b"<< /A "])
    blob = opener * rng.choice([100, 1000, 20000])
    hits = [m.end() for m in re.finditer(rb"\d+ 0 obj\s*", data)] or [len(data) // 2]
    at = rng.choice(hits)
    return data[:at] + blob + data[at:]


def ref_shuffle(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    """Indirect references pointed elsewhere: cycles in the page tree, pages as fonts, missing."""
    refs = list(_REF.finditer(data))
    if not refs:
        return data
    numbers = sorted({int(m.group(1)) for m in refs}) + [0, 9999]
    buf = data
    for m in sorted(rng.sample(refs, min(len(refs), rng.randint(1, 4))), key=lambda m: -m.start()):
        buf = buf[: m.start()] + b"%d %s R" % (rng.choice(numbers), m.group(2)) + buf[m.end() :]
    return buf


def garbage_stream(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    streams = list(_STREAM.finditer(data))
    if not streams:
        return data
    m = rng.choice(streams)
    a, b = m.span(1)
    if rng.random() < 0.5:
        new = rng.randbytes(max(1, b - a))
    else:  # valid compression of nonsense: gets past the filter into the content parser
        new = zlib.compress(b" ".join(rng.choice(_OPERATORS + _KEYWORDS) for _ in range(50)))
    return data[:a] + new + data[b:]


def content_ops(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    """Extreme drawing operators (huge matrices and fonts, negative sizes) in a content stream."""
    hits = [m.start() for m in re.finditer(rb"\nET\b|\nendstream", data)]
    if not hits:
        return data
    at = rng.choice(hits)
    ops = b"\n" + b"\n".join(rng.choice(_OPERATORS) for _ in range(rng.randint(1, 5)))
    return data[:at] + ops + data[at:]


def drop_markers(data: bytes, rng: random.Random, _o: Sequence[bytes]) -> bytes:
    marker = rng.choice([b"%%EOF", b"%PDF-", b"endobj", b"endstream", b"trailer"])
    return data.replace(marker, b"", rng.choice([1, -1]))


MUTATORS: dict[str, Mutator] = {
    "bit_flip": bit_flip,
    "random_bytes": random_bytes,
    "truncate": truncate,
    "delete_chunk": delete_chunk,
    "duplicate_chunk": duplicate_chunk,
    "insert_random": insert_random,
    "tweak_numbers": tweak_numbers,
    "break_xref": break_xref,
    "swap_tokens": swap_tokens,
    "splice": splice,
    "deep_nesting": deep_nesting,
    "ref_shuffle": ref_shuffle,
    "garbage_stream": garbage_stream,
    "content_ops": content_ops,
    "drop_markers": drop_markers,
}


def mutate(
    data: bytes, rng: random.Random, others: Sequence[bytes] = ()
) -> tuple[bytes, list[str]]:
    """Apply one to three mutators; returns the bytes and the mutators' names (for the report)."""
    names = [rng.choice(sorted(MUTATORS)) for _ in range(rng.choice([1, 1, 2, 3]))]
    for name in names:
        data = MUTATORS[name](data, rng, others)
    return data, names


# ---------------------------------------------------------------------------------------------
# Random parsed documents: what the reader could hand the extractors from a strange PDF. Lines
# keep the reader's own guarantees (non-empty words, no whitespace inside a word, text is the
# words joined by spaces), everything else is free: positions, sizes, order, wording.

_PHRASES = [
    "Inspection of Eastmere local authority children's services",
    "Inspection of services for children in need of help and protection",
    "Inspection dates: 4 to 15 March 2024",
    "Inspection date: 7 March 2016 to 31 March 2016",
    "Lead inspector: Sam Smith HMI",
    "Ofsted",
    "His Majesty's Inspector",
    "Report published:",
    "Overall effectiveness",
    "Inadequate",
    "Requires improvement to be good",
    "Good",
    "Outstanding",
    "Judgement",
    "Grade",
    "What needs to improve?",
    "Recommendations",
    "Areas for improvement",
    "Priority and immediate action",
    "The local authority should:",
    "Improvement plan",
    "Post-inspection action plan",
    "Action",
    "Actions",
    "Lead officer",
    "Responsible officer",
    "Timescale",
    "By when",
    "RAG",
    "Red",
    "Amber",
    "Green",
    "Blue",
    "Governance",
    "Progress",
    "KPI",
    "Baseline",
    "Target",
    "Direction",
    "Glossary",
    "Milestone",
    "Ref",
    "Recommendation 3",
    "31 March 2025",
    "Q3 2024/25",
    "ongoing",
    "Sept 24",
    "2024-25",
    "85%",
    "62.5%",
    "45 working days",
    "£1.2m",
    "n/a",
    "TBC",
    "-",
    "–",
    "•",
    "1.",
    "2)",
    "a)",
    "(iv)",
    "R1",
    "1.2",
    "A3.4",
    "Head of Service",
    "Director of Children's Services",
    "DCS",
    "CIN",
    "Child in need",
    "LSCB",
    "Continued",
    "(continued)",
    "Page 3 of 12",
    "3",
]
_NASTY = [
    "<script>alert(1)</script>",
    "'; DROP TABLE runs;--",
    '"quoted" & <b>bold</b>',
    "%s %d {0}",
    "{{ jinja }}",
    "\u200b",
    "\u202eRTL override",
    "מסמך בעברית",
    "文字",
    "😀😀",
    "e\u0301\u0301\u0301",
    "\ufeffBOM",
    "A" * 5000,
    "1." * 300,
    ":" * 50,
    "Recommendation",
    "1",
    "0",
    "-1",
    "9" * 40,
    "NaN",
    "inf",
    "None",
    "null",
    "[/bold]",
    "\\",
    "\x01\x7f",
]
_MARKERS = [
    "",
    "",
    "",
    "1. ",
    "2) ",
    "a) ",
    "(iv) ",
    "• ",
    "- ",
    "R3 ",
    "1.2 ",
    "Recommendation 4: ",
]


def _random_text(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(_NASTY)
    parts = [rng.choice(_PHRASES) for _ in range(rng.randint(1, 4))]
    return rng.choice(_MARKERS) + " ".join(parts)


def _coord(rng: random.Random, typical: float) -> float:
    r = rng.random()
    if r < 0.9:
        return rng.uniform(0, typical)
    return rng.choice([0.0, -1.0, -500.0, typical * 10, 1e6, -1e6, 1e-9])


def _line(
    rng: random.Random, page: int, x: float, top: float, size: float, width: float
) -> Line | None:
    words_text = _random_text(rng).split()
    if not words_text:
        return None
    words: list[Word] = []
    cursor = x
    for w in words_text:
        w_width = len(w) * size * 0.5
        words.append(Word(w, cursor, top, cursor + w_width, top + size))
        cursor += w_width + size * 0.3
    if rng.random() < 0.05:  # rotated or mirrored text: boxes inverted
        words = [Word(w.text, w.x1, w.bottom, w.x0, w.top) for w in words]
    bbox = words_bbox(words)
    return Line(
        text=" ".join(w.text for w in words),
        bbox=bbox,
        font_size=round(size, 1),
        bold=rng.random() < 0.2,
        page=page,
        index=0,
        words=words,
    )


def random_document(rng: random.Random) -> ParsedDocument:
    """A ParsedDocument of 1-6 pages with shuffled, table-like or flowing random lines."""
    mode = rng.choice(["report", "plan", "table", "random"])
    pages: list[Page] = []
    for number in range(1, rng.randint(1, 6) + 1):
        if rng.random() < 0.9:
            width, height = rng.choice([(595.0, 842.0), (842.0, 595.0), (612.0, 792.0)])
        else:
            width, height = rng.choice(
                [(1.0, 1.0), (14400.0, 14400.0), (0.0, 0.0), (200.0, 3000.0)]
            )
        page = Page(number=number, width=width, height=height, landscape=width > height)
        lines: list[Line] = []
        if number == 1 and mode in ("report", "plan"):
            head = REPORT_LINES[:4] if mode == "report" else PLAN_LINES[:3]
            for i, text in enumerate(head):
                words = text.split()
                x, top = 60.0, 60.0 + 16 * i
                ws = [
                    Word(w, x + 40 * k, top, x + 40 * k + 35, top + 11) for k, w in enumerate(words)
                ]
                lines.append(Line(text, (x, top, ws[-1].x1, top + 11), 11.0, i == 0, number, 0, ws))
        y = 120.0
        columns = [50.0, 110.0, 330.0, 470.0, 560.0, 700.0] if mode in ("plan", "table") else [60.0]
        for _ in range(rng.randint(0, 70)):
            size = (
                rng.choice([8.0, 9.5, 10.5, 11.0, 12.0, 14.0, 18.0])
                if rng.random() < 0.95
                else rng.choice([0.0, -4.0, 0.1, 300.0])
            )
            if rng.random() < 0.85:
                x = rng.choice(columns) + rng.uniform(-2, 2)
                y += (
                    rng.choice([0.0, 0.0, size * 1.25, size * 1.25, size * 2.5])
                    if len(columns) > 1
                    else size * rng.choice([1.2, 1.3, 2.6])
                )
                top = y
            else:
                x, top = _coord(rng, width or 595.0), _coord(rng, height or 842.0)
            line = _line(rng, number, x, top, size, width)
            if line is not None:
                lines.append(line)
        if rng.random() < 0.2:
            rng.shuffle(lines)
        for i, line in enumerate(lines):
            line.index = i
        page.lines = lines
        rulings: list[Ruling] = []
        if mode in ("plan", "table") or rng.random() < 0.2:
            for r in range(rng.randint(0, 12)):
                yy = 118.0 + 14.0 * r * rng.choice([1, 1, 2])
                rulings.append(Ruling(50.0, yy, 790.0, yy + rng.choice([0.0, 0.5])))
            for xx in columns[: rng.randint(0, len(columns))]:
                rulings.append(
                    Ruling(
                        xx - 2, 118.0, xx - 2 + rng.choice([0.0, 0.5]), 118.0 + rng.uniform(0, 700)
                    )
                )
            for _ in range(rng.randint(0, 5)):
                a, b = _coord(rng, width or 595.0), _coord(rng, height or 842.0)
                rulings.append(
                    Ruling(a, b, a + _coord(rng, 300), b + rng.choice([0.0, _coord(rng, 300)]))
                )
        page.rulings = rulings
        page.partial = rng.random() < 0.05
        pages.append(page)
    return ParsedDocument(path=f"fuzz-{mode}.pdf", sha256="f" * 64, pages=pages)


# ---------------------------------------------------------------------------------------------
# Mutated parsed documents: the sample PDFs as the reader gives them, then edited at the level
# the extractors read (lines, words, rulings, pages). Random lines rarely look like a real plan's
# action table; a real table with a row gone, a column shifted or a cell of nonsense does, and it
# reaches deep into the table and recommendation logic.


def _rebuild(line: Line, texts: Sequence[str]) -> None:
    """Give a line new words (spread over its old box), keeping text == words joined."""
    texts = [t for t in texts if t and not any(c.isspace() for c in t)] or ["x"]
    x0, top, x1, bottom = line.bbox
    step = (x1 - x0) / len(texts) if x1 > x0 else 5.0
    line.words = [
        Word(t, x0 + i * step, top, x0 + (i + 1) * step - 1, bottom) for i, t in enumerate(texts)
    ]
    line.text = " ".join(w.text for w in line.words)
    line.bbox = (x0, top, max(x1, line.words[-1].x1), bottom)


def _shift(line: Line, dx: float, dy: float) -> None:
    line.words = [Word(w.text, w.x0 + dx, w.top + dy, w.x1 + dx, w.bottom + dy) for w in line.words]
    x0, top, x1, bottom = line.bbox
    line.bbox = (x0 + dx, top + dy, x1 + dx, bottom + dy)


def _some(rng: random.Random, items: list[Any], share: float = 0.2) -> list[Any]:
    return rng.sample(items, min(len(items), max(1, int(len(items) * rng.uniform(0.01, share)))))


def _all_lines(doc: ParsedDocument) -> list[Line]:
    return [line for page in doc.pages for line in page.lines]


def doc_drop_lines(doc: ParsedDocument, rng: random.Random) -> None:
    gone = {id(x) for x in _some(rng, _all_lines(doc), 0.3)}
    for page in doc.pages:
        page.lines = [x for x in page.lines if id(x) not in gone]


def doc_duplicate_lines(doc: ParsedDocument, rng: random.Random) -> None:
    for page in doc.pages:
        for line in _some(rng, page.lines, 0.1) if page.lines else []:
            copy = Line(
                line.text, line.bbox, line.font_size, line.bold, line.page, 0, list(line.words)
            )
            page.lines.insert(rng.randrange(len(page.lines) + 1), copy)


def doc_shuffle(doc: ParsedDocument, rng: random.Random) -> None:
    page = rng.choice(doc.pages)
    rng.shuffle(page.lines)


def doc_swap_text(doc: ParsedDocument, rng: random.Random) -> None:
    lines = _all_lines(doc)
    for _ in range(rng.randint(1, 10)):
        if len(lines) >= 2:
            a, b = rng.sample(lines, 2)
            ta, tb = [w.text for w in a.words], [w.text for w in b.words]
            _rebuild(a, tb)
            _rebuild(b, ta)


def doc_nasty_text(doc: ParsedDocument, rng: random.Random) -> None:
    for line in _some(rng, _all_lines(doc), 0.1):
        _rebuild(line, (rng.choice(_NASTY) + " " + rng.choice(_PHRASES)).split())


def doc_numbers(doc: ParsedDocument, rng: random.Random) -> None:
    """Digits in dates, references and values changed: 31 February, 99/99/9999, 10**30 %."""
    odd = ["0", "00", "31", "32", "99", "2100", "1899", "999999999999999999999", "-5", "1e30"]
    for line in _some(rng, [x for x in _all_lines(doc) if any(c.isdigit() for c in x.text)], 0.5):
        texts = [re.sub(r"\d+", lambda _m: rng.choice(odd), w.text) for w in line.words]
        _rebuild(line, texts)


def doc_split_merge(doc: ParsedDocument, rng: random.Random) -> None:
    page = rng.choice(doc.pages)
    if len(page.lines) < 2:
        return
    i = rng.randrange(len(page.lines) - 1)
    a, b = page.lines[i], page.lines[i + 1]
    if rng.random() < 0.5 and len(a.words) > 1:  # split a line in two
        cut = rng.randrange(1, len(a.words))
        tail = Line("", a.bbox, a.font_size, a.bold, a.page, 0, a.words[cut:])
        a.words = a.words[:cut]
        for part in (a, tail):
            part.text = " ".join(w.text for w in part.words)
            part.bbox = (
                min(w.x0 for w in part.words), min(w.top for w in part.words),
                max(w.x1 for w in part.words), max(w.bottom for w in part.words),
            )  # fmt: skip
        page.lines.insert(i + 1, tail)
    else:  # merge two lines into one
        a.words = a.words + b.words
        a.text = " ".join(w.text for w in a.words)
        a.bbox = (
            min(a.bbox[0], b.bbox[0]), min(a.bbox[1], b.bbox[1]),
            max(a.bbox[2], b.bbox[2]), max(a.bbox[3], b.bbox[3]),
        )  # fmt: skip
        del page.lines[i + 1]


def doc_jitter(doc: ParsedDocument, rng: random.Random) -> None:
    scale = rng.choice([0.5, 3.0, 20.0])
    for line in _some(rng, _all_lines(doc), 0.5):
        _shift(line, rng.uniform(-scale, scale), rng.uniform(-scale, scale))


def doc_extreme(doc: ParsedDocument, rng: random.Random) -> None:
    for line in _some(rng, _all_lines(doc), 0.05):
        _shift(line, rng.choice([-1e6, 1e6, -line.bbox[0]]), rng.choice([-1e6, 1e6, 0.0]))
        if rng.random() < 0.3:
            line.font_size = rng.choice([0.0, -11.0, 1e4])


def doc_fonts(doc: ParsedDocument, rng: random.Random) -> None:
    for line in _some(rng, _all_lines(doc), 0.3):
        line.bold = not line.bold
        line.font_size = round(max(0.0, line.font_size + rng.choice([-4, -1, 1, 4, 12])), 1)


def doc_rulings(doc: ParsedDocument, rng: random.Random) -> None:
    for page in doc.pages:
        rulings = list(page.rulings)
        if not rulings or rng.random() < 0.5:
            continue
        choice = rng.randrange(4)
        if choice == 0:  # cell borders missing
            rulings = [r for r in rulings if rng.random() > 0.3]
        elif choice == 1:  # borders shifted off the text
            dx, dy = rng.uniform(-15, 15), rng.uniform(-15, 15)
            rulings = [Ruling(r.x0 + dx, r.top + dy, r.x1 + dx, r.bottom + dy) for r in rulings]
        elif choice == 2:  # a stray border through the table
            a = rng.choice(rulings)
            rulings.append(
                Ruling(a.x0, a.top + rng.uniform(-40, 40), a.x1, a.top + rng.uniform(-40, 40))
            )
        else:  # every border duplicated, or none at all
            rulings = rulings * 2 if rng.random() < 0.5 else []
        page.rulings = rulings


def doc_pages(doc: ParsedDocument, rng: random.Random) -> None:
    choice = rng.randrange(4)
    if choice == 0 and len(doc.pages) > 1:  # a page lost
        del doc.pages[rng.randrange(len(doc.pages))]
    elif choice == 1:  # pages out of order
        rng.shuffle(doc.pages)
    elif choice == 2 and len(doc.pages) > 1:  # lines moved to the next page
        i = rng.randrange(len(doc.pages) - 1)
        src, dst = doc.pages[i], doc.pages[i + 1]
        cut = rng.randrange(len(src.lines) + 1)
        dst.lines = src.lines[cut:] + dst.lines
        src.lines = src.lines[:cut]
    else:  # a page emptied
        rng.choice(doc.pages).lines = []


DOC_MUTATORS: dict[str, Callable[[ParsedDocument, random.Random], None]] = {
    "drop_lines": doc_drop_lines,
    "duplicate_lines": doc_duplicate_lines,
    "shuffle": doc_shuffle,
    "swap_text": doc_swap_text,
    "nasty_text": doc_nasty_text,
    "numbers": doc_numbers,
    "split_merge": doc_split_merge,
    "jitter": doc_jitter,
    "extreme": doc_extreme,
    "fonts": doc_fonts,
    "rulings": doc_rulings,
    "pages": doc_pages,
}


def _renumber(doc: ParsedDocument) -> None:
    """Restore the reader's bookkeeping: pages numbered in order, lines know page and index."""
    for n, page in enumerate(doc.pages, start=1):
        page.number = n
        for i, line in enumerate(page.lines):
            line.page, line.index = n, i


_PARSED: dict[str, ParsedDocument | None] = {}


def parsed_seed(name: str, data: bytes) -> ParsedDocument | None:
    """The seed as the reader parses it, rulings read, pdfium closed (cached; None if unreadable)."""
    if name not in _PARSED:
        try:
            doc = parse_pdf_bytes(data, name)
        except Exception:
            _PARSED[name] = None
        else:
            for page in doc.pages:  # read lazy parts now: the copies outlive the pdfium document
                _ = page.rulings
                for line in [*page.lines, *page.header_footer]:
                    _ = line.words
            doc.close()
            _PARSED[name] = doc
    return _PARSED[name]


def mutate_document(doc: ParsedDocument, rng: random.Random) -> list[str]:
    names = [rng.choice(sorted(DOC_MUTATORS)) for _ in range(rng.choice([1, 1, 2, 3, 4]))]
    for name in names:
        DOC_MUTATORS[name](doc, rng)
    _renumber(doc)
    return names


# ---------------------------------------------------------------------------------------------
# The runner.


@dataclass(slots=True)
class CaseOutcome:
    index: int
    kind: str  # pdf | lines
    label: str  # the seed sample and mutators, or the random document's shape
    outcome: str  # ok | an ErrorCode value (handled) | exception | hang
    seconds: float
    detail: str = ""

    @property
    def failed(self) -> bool:
        return self.outcome in ("exception", "hang")


@dataclass(slots=True)
class FuzzReport:
    seed: int
    cases: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)  # "pdf:ok", "pdf:corrupt", "lines:ok"
    failures: list[CaseOutcome] = field(default_factory=list)
    slowest: CaseOutcome | None = None
    seconds: float = 0.0
    samples: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def hangs(self) -> int:
        return sum(1 for f in self.failures if f.outcome == "hang")

    @property
    def exceptions(self) -> int:
        return sum(1 for f in self.failures if f.outcome == "exception")

    def count(self, kind: str) -> int:
        return sum(n for key, n in self.outcomes.items() if key.startswith(kind + ":"))

    def summary(self) -> str:
        lines = [
            f"fuzz seed {self.seed}: {self.cases} cases in {self.seconds:.1f} s"
            f" ({self.count('pdf')} mutated PDFs from {len(self.samples)} seeds,"
            f" {self.count('doc')} edited parsed documents,"
            f" {self.count('lines')} random line documents)",
            "outcomes: " + ", ".join(f"{k} {n}" for k, n in sorted(self.outcomes.items())),
            f"unhandled exceptions: {self.exceptions}, hangs: {self.hangs}",
        ]
        if self.slowest is not None:
            s = self.slowest
            lines.append(f"slowest: case {s.index} ({s.kind}, {s.label}) {s.seconds:.2f} s")
        for f in self.failures[:20]:
            lines.append(
                f"FAIL case {f.index} [{f.kind}] {f.outcome}: {f.label}: {f.detail}"
                f"  (replay: plantrace fuzz --seed {self.seed} --case {f.index})"
            )
        if len(self.failures) > 20:
            lines.append(f"... and {len(self.failures) - 20} more failures")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "cases": self.cases,
            "seconds": round(self.seconds, 3),
            "outcomes": dict(sorted(self.outcomes.items())),
            "exceptions": self.exceptions,
            "hangs": self.hangs,
            "failures": [
                {
                    "case": f.index,
                    "kind": f.kind,
                    "outcome": f.outcome,
                    "label": f.label,
                    "detail": f.detail,
                }
                for f in self.failures
            ],
            "samples": self.samples,
        }


class _Watchdog:
    """Ends the process when one case runs far past its budget inside native code.

    SIGALRM only interrupts Python bytecode; a loop inside pdfium would hold the run forever.
    ctypes releases the GIL during foreign calls, so this thread still gets to run.
    """

    def __init__(self, hard_seconds: float, seed: int) -> None:
        self.hard = hard_seconds
        self.seed = seed
        self.current: tuple[int, str, float] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="fuzz-watchdog", daemon=True)

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def _watch(self) -> None:
        while not self._stop.wait(0.25):
            current = self.current
            if current is not None and time.monotonic() - current[2] > self.hard:
                index, label, _ = current
                sys.stderr.write(
                    f"fuzz: HANG case {index} ({label}) ran over {self.hard:.0f} s in native code;"
                    f" replay: plantrace fuzz --seed {self.seed} --case {index}\n"
                )
                sys.stderr.flush()
                os._exit(3)


def _describe(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}: {str(exc)[:200]}{where}"


def run_pdf_case(
    index: int,
    rng: random.Random,
    seeds: Sequence[tuple[str, bytes]],
    workdir: Path,
    limits: Limits,
) -> tuple[CaseOutcome, bytes]:
    name, data = seeds[rng.randrange(len(seeds))]
    others = [d for n, d in seeds if n != name]
    mutated, mutators = mutate(data, rng, others)
    label = f"{Path(name).name} + {'+'.join(mutators)}"
    path = workdir / f"case-{index}.pdf"
    path.write_bytes(mutated)
    t0 = time.perf_counter()
    try:
        result = extract_file(path, limits)
    finally:
        seconds = time.perf_counter() - t0
        path.unlink(missing_ok=True)
    if result.status is Status.ok:
        outcome, detail = "ok", ""
    else:
        assert result.error is not None
        outcome, detail = result.error.code.value, result.error.message[:200]
        if result.error.code is ErrorCode.internal:
            outcome = "exception"
        elif result.error.code is ErrorCode.timeout:
            outcome = "hang"
    if outcome != "hang" and seconds > limits.document_seconds:
        outcome, detail = (
            "hang",
            f"finished, but after {seconds:.1f} s (budget {limits.document_seconds:.0f} s)",
        )
    return CaseOutcome(index, "pdf", label, outcome, seconds, detail), mutated


def _run_document(
    index: int, kind: str, label: str, doc: ParsedDocument, limits: Limits, *, clean: bool
) -> CaseOutcome:
    """extract_document (and the JSON contract) on one document, under the per-document deadline."""
    t0 = time.perf_counter()
    outcome, detail = "ok", ""
    try:
        with Deadline(limits.document_seconds):
            if clean:
                clean_pages(doc.pages)  # as the reader does before the extractors see the pages
            result = extract_document(doc)
            json.dumps(result.to_contract(), ensure_ascii=False)
    except DeadlineExceeded:
        outcome, detail = "hang", f"stopped by the {limits.document_seconds:.0f} s deadline"
    except Exception as exc:  # RecursionError included: every escape is a failure here
        outcome, detail = "exception", _describe(exc)
    seconds = time.perf_counter() - t0
    if outcome == "ok" and seconds > limits.document_seconds:
        outcome, detail = "hang", f"finished, but after {seconds:.1f} s"
    return CaseOutcome(index, kind, label, outcome, seconds, detail)


def run_lines_case(index: int, rng: random.Random, limits: Limits) -> CaseOutcome:
    doc = random_document(rng)
    label = f"{doc.path}, {len(doc.pages)} page(s), {sum(len(p.lines) for p in doc.pages)} lines"
    return _run_document(index, "lines", label, doc, limits, clean=True)


def run_doc_case(
    index: int, rng: random.Random, seeds: Sequence[tuple[str, bytes]], limits: Limits
) -> CaseOutcome:
    parsed = [(n, d) for n, d in ((n, parsed_seed(n, b)) for n, b in seeds) if d is not None]
    name, original = parsed[rng.randrange(len(parsed))]
    doc = copy.deepcopy(original)
    mutators = mutate_document(doc, rng)
    label = f"{Path(name).name} ~ {'+'.join(mutators)}"
    return _run_document(index, "doc", label, doc, limits, clean=False)


def run_fuzz(
    cases: int,
    seed: int = 0,
    *,
    samples_root: Path | None = Path("samples"),
    pdf_share: float = 0.5,
    limits: Limits = LIMITS,
    only: int | None = None,
    save_dir: Path | None = None,
    progress: Callable[[CaseOutcome], None] | None = None,
) -> FuzzReport:
    """Run cases 0..cases-1 (or just case `only`); failing PDFs are written to save_dir."""
    seeds = find_samples(samples_root)
    report = FuzzReport(seed=seed, samples=[n for n, _ in seeds])
    indices = [only] if only is not None else list(range(cases))
    t_start = time.perf_counter()
    hard = max(30.0, 3 * limits.document_seconds)
    with tempfile.TemporaryDirectory(prefix="plantrace-fuzz-") as tmp, _Watchdog(hard, seed) as dog:
        workdir = Path(tmp)
        for index in indices:
            rng = random.Random(f"{seed}:{index}")  # str seeds hash with sha512: stable everywhere
            # the rest: mostly real layouts edited, some wholly random line documents
            kind = "pdf" if rng.random() < pdf_share else "doc" if rng.random() < 0.6 else "lines"
            dog.current = (index, kind, time.monotonic())
            if kind == "pdf":
                case, data = run_pdf_case(index, rng, seeds, workdir, limits)
                if case.failed and save_dir is not None:
                    save_dir.mkdir(parents=True, exist_ok=True)
                    (save_dir / f"seed{seed}-case{index}.pdf").write_bytes(data)
            elif kind == "doc":
                case = run_doc_case(index, rng, seeds, limits)
            else:
                case = run_lines_case(index, rng, limits)
            dog.current = None
            report.cases += 1
            report.outcomes[f"{kind}:{case.outcome}"] += 1
            if case.failed:
                report.failures.append(case)
            if report.slowest is None or case.seconds > report.slowest.seconds:
                report.slowest = case
            if progress is not None:
                progress(case)
    report.seconds = time.perf_counter() - t_start
    return report
