"""Report metadata: local authority, framework, inspection and publication dates, lead inspector.

Read from the cover page by its typography (the title is the largest type on page 1) and by the
printed labels every Ofsted format uses ("Inspection dates:", "Report published:", "Lead
inspector:"). The framework follows from what was judged, not from the year: SIF reports grade
adoption, ILACS reports grade the impact of leaders, and the April 2026 ILACS framework has no
overall effectiveness grade.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.grades import Framework
from plantrace.models.inspection import InspectionMeta, InspectionWindow, Judgement
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import Line, ParsedDocument
from plantrace.pipeline.normalise.dates import DateRange, names_month, parse_date, parse_range

EXTRACTOR = "extractors.inspection_meta"
META_PAGES = 2  # dates and publication are printed on the cover page (page 2 at the latest)

_TITLE_LA = re.compile(
    r"^(?:re-?)?inspection of (?P<la>.+?)\s+(?:local authority\s+)?children[’'`]?s\s+"
    r"(?:social care\s+)?services\b",
    re.I,
)
_INSPECTION_DATES = re.compile(r"^inspection dates?\s*:?\s*", re.I)
_PUBLISHED = re.compile(
    r"^(report published|published|date of publication|publication date)\s*:?\s*", re.I
)
# the printed label ("Lead inspector: ...", "Reporting inspector Gary Lamb HMI"), never a sentence
# that happens to start with the words ("lead inspector attended by ...")
_LEAD = re.compile(r"^(?:[Ll]ead|[Rr]eporting) inspectors?(?:\s*:\s*|\s+(?=[A-Z]))")
_TITLES = re.compile(
    r"\b(his|her)\s+majesty[’'`]?s\s+(chief\s+)?inspectors?\b|\(?\bs?hmi\b\)?|\bofsted inspectors?\b",
    re.I,
)
# "30 September to 11 October 2024 and 13 to 16 January 2025": a second window opens at "and"
# followed by a day number, once the text before it names a month (else "8 and 12 July" is a range)
_WINDOW_SPLIT = re.compile(r"(?<=[a-z]|\d)(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?=\d{1,2}\b)", re.I)
_YEAR_AT_END = re.compile(r"\b(\d{4})\s*$")
_CONTINUES = re.compile(r"^(and|to|–|-|—)\s*\d|^\d{4}\b", re.I)
_SIF_TITLE = re.compile(r"children in need of help and\s+protection,\s+children looked after", re.I)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:")


def local_authority(doc: ParsedDocument) -> tuple[str, list[Line]]:
    """The authority as printed on page 1: the title itself, or the name inside the title."""
    lines = [ln for ln in doc.pages[0].lines if ln.text.strip()] if doc.pages else []
    if not lines:
        return "", []
    biggest = max(ln.font_size for ln in lines[:12])
    title = _top_group(lines, biggest)
    text = _clean(" ".join(ln.text for ln in title))
    m = _TITLE_LA.match(text)
    if m:
        return _clean(re.sub(r"^the\s+", "", m.group("la"), flags=re.I)), title
    if text.lower().startswith("inspection of"):
        # "Inspection of looked after children services" (2013): the name is the next size down
        rest = [ln for ln in lines[:12] if ln.font_size < biggest and ln.top > title[-1].top]
        if rest:
            nxt = max(ln.font_size for ln in rest)
            group = _top_group(rest, nxt)
            return _clean(" ".join(ln.text for ln in group)), group
    return text, title


def _top_group(lines: list[Line], size: float) -> list[Line]:
    """The first run of consecutive lines in the given font size."""
    out: list[Line] = []
    for ln in lines:
        if abs(ln.font_size - size) < 0.6:
            out.append(ln)
        elif out:
            break
    return out


def framework(doc: ParsedDocument, judgements: Iterable[Judgement]) -> Framework:
    areas = {j.area for j in judgements}
    head = " ".join(ln.text for ln in doc.pages[0].lines[:15]) if doc.pages else ""
    if "adoption" in areas or _SIF_TITLE.search(head):
        return Framework.sif
    if "impact_of_leaders" in areas or "help_and_protection" in areas:
        return Framework.ilacs if "overall_effectiveness" in areas else Framework.ilacs_2026
    return Framework.other


def _labelled(lines: list[Line], pattern: re.Pattern[str]) -> tuple[str, Line] | None:
    for i, ln in enumerate(lines):
        m = pattern.match(ln.text.strip())
        if m:
            text = ln.text.strip()[m.end() :]
            nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
            if nxt and (
                not text or text.rstrip().endswith(("to", "–", "-", "and")) or _CONTINUES.match(nxt)
            ):
                text += " " + nxt
            return text, ln
    return None


def inspection_windows(text: str) -> list[DateRange]:
    """The printed inspection windows, each read by the one date normaliser (parse_range).

    A window printed without its year ("30 September to 11 October and 13 to 16 January 2025")
    takes the next window's year, a year earlier when that would put it after the next window.
    """
    text = " ".join(text.split())
    parts = [text]
    for m in reversed(list(_WINDOW_SPLIT.finditer(text))):
        head = parts[0][: m.start()]
        if not names_month(head):
            continue
        parts[0:1] = [head, parts[0][m.end() :]]
    windows: list[DateRange] = []
    for k, part in enumerate(parts):
        rng = parse_range(part)
        if rng.start is None and k + 1 < len(parts):
            year = _YEAR_AT_END.search(parts[k + 1])
            if year:
                rng = parse_range(f"{part} {year.group(1)}")
                nxt = parse_range(parts[k + 1])
                if rng.start and nxt.start and rng.start > nxt.start:
                    rng = parse_range(f"{part} {int(year.group(1)) - 1}")
        if rng.start is not None or rng.end is not None:
            windows.append(rng)
    return windows


def lead_inspector(doc: ParsedDocument) -> str | None:
    """The lead (or reporting) inspector's name(s) only: titles such as 'HMI' dropped."""
    for page in doc.pages:
        lines = page.lines
        for i, ln in enumerate(lines):
            m = _LEAD.match(ln.text.strip())
            if not m:
                continue
            text = ln.text.strip()[m.end() :]
            # a name list wrapped onto the next line ("..., and Matthew Reed," / "His Majesty's ...")
            if i + 1 < len(lines) and (
                text.rstrip().endswith((",", "and")) or _TITLES.fullmatch(lines[i + 1].text.strip())
            ):
                text += " " + lines[i + 1].text
            names = _TITLES.sub(" ", text)
            names = re.sub(r"\s*,\s*(,\s*)*", ", ", names)
            names = re.sub(r",?\s*\band\b\s*,?", " and ", names)
            names = _clean(names).strip(" ,")
            return names or None
    return None


def dates_text(doc: ParsedDocument) -> str | None:
    """The printed inspection dates ('30 September to 11 October 2024 and 13 to 16 ...')."""
    found = _labelled(
        [ln for page in doc.pages[:META_PAGES] for ln in page.lines], _INSPECTION_DATES
    )
    return None if found is None else found[0]


def extract_meta(doc: ParsedDocument, judgements: list[Judgement]) -> InspectionMeta:
    la, title_lines = local_authority(doc)
    head = [ln for page in doc.pages[:META_PAGES] for ln in page.lines]
    start = end = published = None
    windows: list[DateRange] = []
    found = _labelled(head, _INSPECTION_DATES)
    if found:
        windows = inspection_windows(found[0])
        if windows:
            start, end = windows[0].start, windows[-1].end
    found = _labelled(head, _PUBLISHED)
    if found:
        published = parse_date(found[0], end_of_period=False)
    prov = None
    if title_lines:
        prov = Provenance(
            sha256=doc.sha256,
            page=title_lines[0].page,
            bbox=(
                min(ln.bbox[0] for ln in title_lines),
                min(ln.bbox[1] for ln in title_lines),
                max(ln.bbox[2] for ln in title_lines),
                max(ln.bbox[3] for ln in title_lines),
            ),
            line_span=(title_lines[0].index, title_lines[-1].index),
            extractor=EXTRACTOR,
            extractor_version=EXTRACTOR_VERSION,
        )
    return InspectionMeta(
        local_authority=la,
        framework=framework(doc, judgements),
        start_date=start,
        end_date=end,
        windows=[InspectionWindow(start=w.start, end=w.end) for w in windows],
        publication_date=published,
        lead_inspector=lead_inspector(doc),
        provenance=prov,
    )
