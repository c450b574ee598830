"""Graded judgements of an Ofsted report, read from the judgement table by position.

The page-1 table comes out of the text layer in any order: a grade cell may print above its
label ("Requires" / "improvement" beside "1. Children who need help and protection"), or be merged
into the label's line ("and families Good"). So the table is read as a table: each line is cut
into segments at wide gaps between words, grade-only segments right of the label column form the
grade cells (fragments joined while they still spell a grade), label segments form rows, and each
row is paired with the grade cell that overlaps it vertically. Areas are recognised by phrase
(extractors.report_nlp), grades normalised by pipeline.normalise.grades.

Three other printed forms are read as sentences or headings:
- SIF overall effectiveness above the table ("Children's services in X require improvement to be
  good", "The overall judgement is good"),
- the SIF LSCB judgement ("The Local Safeguarding Children Board is good"), on page 1 or in the
  LSCB section,
- 2013 section grades: a heading followed by "Grade 4 (inadequate)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plantrace.extractors.report_nlp import (
    body_font,
    find_areas,
    find_grades,
    grade_prefix,
    is_contents_page,
    is_grade_fragment,
    list_marker,
)
from plantrace.extractors.version import EXTRACTOR_VERSION
from plantrace.models.grades import Grade
from plantrace.models.inspection import Judgement
from plantrace.models.provenance import Provenance
from plantrace.pipeline.document import Line, Page, ParsedDocument
from plantrace.pipeline.normalise.grades import normalise_grade

EXTRACTOR = "extractors.judgements"
COLUMN_GAP = 12.0  # points between words that separate two table columns on one text line
GRADE_COLUMN_OFFSET = 150.0  # a grade cell starts well right of the page's left text margin


@dataclass(slots=True)
class Segment:
    """Words of one line between two wide gaps: one table cell's share of that line."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    line: Line

    @property
    def height(self) -> float:
        """The type size: steadier than glyph boxes, which readers draw tight or loose."""
        return max(self.line.font_size, 1.0)


@dataclass(slots=True)
class Cell:
    parts: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.parts)

    @property
    def top(self) -> float:
        return min(p.top for p in self.parts)

    @property
    def bottom(self) -> float:
        return max(p.bottom for p in self.parts)


@dataclass(slots=True)
class Found:
    area: str
    raw: str
    lines: list[Line]


def segments(line: Line) -> list[Segment]:
    out: list[Segment] = []
    cur: list = []
    for w in line.words:
        if cur and w.x0 - cur[-1].x1 > COLUMN_GAP:
            out.append(_segment(cur, line))
            cur = []
        cur.append(w)
    if cur:
        out.append(_segment(cur, line))
    return out


def _segment(words: list, line: Line) -> Segment:
    return Segment(
        text=" ".join(w.text for w in words),
        x0=words[0].x0,
        top=min(w.top for w in words),
        x1=words[-1].x1,
        bottom=max(w.bottom for w in words),
        line=line,
    )


def _split_at_column(seg: Segment, column: float) -> tuple[Segment, Segment] | None:
    """Cut a label segment where its trailing grade words enter the grade column."""
    words = [w for w in seg.line.words if seg.x0 <= w.x0 and w.x1 <= seg.x1]
    for k, w in enumerate(words):
        if w.x0 >= column - 5:
            head, tail = words[:k], words[k:]
            if head and is_grade_fragment(" ".join(x.text for x in tail)):
                return _segment(head, seg.line), _segment(tail, seg.line)
            return None
    return None


def _grade_cells(frags: list[Segment]) -> list[Cell]:
    """Join vertically adjacent grade fragments while together they still spell one grade."""
    cells: list[Cell] = []
    for f in sorted(frags, key=lambda s: (s.top, s.x0)):
        if cells:
            last = cells[-1]
            near = f.top - last.bottom < 0.8 * f.height and abs(f.x0 - last.parts[0].x0) < 40
            if near and grade_prefix(last.text + " " + f.text):
                last.parts.append(f)
                continue
        cells.append(Cell(parts=[f]))
    return cells


_ROW_NUMBER = re.compile(r"^\d+(\.\d+)*\.?\s")


def _label_rows(frags: list[Segment], page: Page) -> list[Cell]:
    """Group label segments into table rows: a new row at a wide gap, a ruling or a row number."""
    rules = sorted(r.top for r in page.rulings if r.horizontal and r.x1 - r.x0 > 60)
    rows: list[Cell] = []
    for f in sorted(frags, key=lambda s: (s.top, s.x0)):
        if rows:
            last = rows[-1]
            gap = f.top - last.bottom
            ruled = any(last.bottom - 1 < y < f.top + 1 for y in rules)
            if gap < 0.75 * f.height and not ruled and not _ROW_NUMBER.match(f.text):
                last.parts.append(f)
                continue
        rows.append(Cell(parts=[f]))
    return rows


def _join_wrapped_labels(rows: list[Cell]) -> list[Cell]:
    """Join a label split over two rows ('2. Children looked after and achieving' / 'permanence').

    Wide leading or a ruling can cut a wrapped label in two, and neither half names an area; the
    pair is one row when only together they do.
    """
    out: list[Cell] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        if k + 1 < len(rows) and not find_areas(row.text):
            nxt = rows[k + 1]
            if not find_areas(nxt.text) and find_areas(row.text + " " + nxt.text):
                out.append(Cell(parts=row.parts + nxt.parts))
                k += 2
                continue
        out.append(row)
        k += 1
    return out


def read_table(page: Page) -> list[Found]:
    """Judgement rows of a page's grade table, in printed order (empty when there is none)."""
    if not page.lines:
        return []
    left = min(ln.x0 for ln in page.lines)
    grade_frags: list[Segment] = []
    label_frags: list[Segment] = []
    for line in page.lines:
        for seg in segments(line):
            if seg.x0 > left + GRADE_COLUMN_OFFSET and is_grade_fragment(seg.text):
                grade_frags.append(seg)
            else:
                label_frags.append(seg)
    if not grade_frags:
        return []
    column = min(f.x0 for f in grade_frags)
    # a grade set too close to its label to leave a wide gap: its words still start in the column
    for seg in [f for f in label_frags if f.x1 > column]:
        split = _split_at_column(seg, column)
        if split is not None:
            label_frags.remove(seg)
            label_frags.append(split[0])
            grade_frags.append(split[1])
    cells = [c for c in _grade_cells(grade_frags) if normalise_grade(c.text) is not None]
    rows = _join_wrapped_labels(_label_rows([f for f in label_frags if f.x1 < column], page))
    candidates: list[tuple[float, int, int, str]] = []
    for ri, row in enumerate(rows):
        areas = find_areas(row.text)
        if not areas:
            continue
        area = areas[0][2]
        for ci, cell in enumerate(cells):
            overlap = min(row.bottom, cell.bottom) - max(row.top, cell.top)
            centre = abs((row.top + row.bottom) / 2 - (cell.top + cell.bottom) / 2)
            if overlap > 0 or centre < 12:
                candidates.append((overlap - centre / 100, ri, ci, area))
    used_rows: set[int] = set()
    used_cells: set[int] = set()
    pairs: list[tuple[int, int, str]] = []
    for _, ri, ci, area in sorted(candidates, reverse=True):
        if ri in used_rows or ci in used_cells:
            continue
        used_rows.add(ri)
        used_cells.add(ci)
        pairs.append((ri, ci, area))
    out: list[Found] = []
    for ri, ci, area in sorted(pairs, key=lambda p: rows[p[0]].top):
        lines = _unique_lines([p.line for p in rows[ri].parts] + [p.line for p in cells[ci].parts])
        out.append(Found(area=area, raw=cells[ci].text, lines=lines))
    return out


def _unique_lines(lines: list[Line]) -> list[Line]:
    seen: dict[int, Line] = {}
    for ln in lines:
        seen.setdefault(ln.index, ln)
    return [seen[i] for i in sorted(seen)]


@dataclass(slots=True)
class Run:
    """Consecutive heading-styled lines read as one statement."""

    lines: list[Line]

    @property
    def text(self) -> str:
        return " ".join(" ".join(ln.text for ln in self.lines).split())


def heading_runs(page: Page, body: float) -> list[Run]:
    """Bold or large lines, joined while they follow each other closely."""
    runs: list[Run] = []
    prev: Line | None = None
    for line in page.lines:
        styled = (line.bold or line.font_size >= body + 1.5) and line.font_size >= body - 0.5
        if not styled or list_marker(line)[0] is not None:
            prev = None
            continue
        if prev is not None and runs and 0 <= line.top - prev.bottom < 0.9 * line.font_size:
            runs[-1].lines.append(line)
        else:
            runs.append(Run(lines=[line]))
        prev = line
    return runs


def _plain_runs(page: Page, above: float) -> list[Run]:
    """Lines above the judgement table, joined while they follow each other closely."""
    runs: list[Run] = []
    prev: Line | None = None
    for line in page.lines:
        if line.top >= above:
            break
        if prev is not None and runs and 0 <= line.top - prev.bottom < 0.9 * line.font_size:
            runs[-1].lines.append(line)
        else:
            runs.append(Run(lines=[line]))
        prev = line
    return runs


_OVERALL = re.compile(
    r"^(children[’']s services in\b.*?\b(?P<verb>are|is|require|requires)\b"
    r"|the overall judgement (?P<verb2>is)\b|this local authority (?P<verb3>is|requires?)\b"
    r"|the overall effectiveness of\b.{0,80}?\b(?P<verb4>is|are)\b)",
    re.I,
)
_LSCB = re.compile(
    r"^(the\s+)?(effectiveness\s+of\s+the\s+)?([\w’'-]+\s+){0,4}?(safeguarding\s+children\s+board|lscb)"
    r"(\s*\([a-z]+\))?\s+(?P<verb>is|are|requires?)\b",
    re.I,
)
# 'Grade 4 (inadequate)', 'Grade 3: adequate', 'Grade 2 – good' (a footnote digit may follow)
_SECTION_GRADE = re.compile(r"^grade\s*[1-4]\s*(\(\s*[a-z ]+\)|[:–-]\s*[a-z ]+)?\s*\d?\s*$", re.I)


def _statement(run: Run, pattern: re.Pattern[str]) -> tuple[Grade, str, list[Line]] | None:
    """A graded statement starting at one of the run's lines (runs can hold a dateline above)."""
    for k in range(len(run.lines)):
        sub = Run(lines=run.lines[k:])
        found = _statement_at(sub, pattern)
        if found is not None:
            return found[0], found[1], sub.lines
    return None


def _statement_at(run: Run, pattern: re.Pattern[str]) -> tuple[Grade, str] | None:
    m = pattern.match(run.text)
    if not m:
        return None
    verb = next(
        m.start(g)
        for g in ("verb", "verb2", "verb3", "verb4")
        if g in m.re.groupindex and m.group(g)
    )
    rest = run.text[verb:]
    # the grade is what the statement says now, not a clause after "because" or "but"
    rest = re.split(r"\b(because|but|and is|however)\b", rest, maxsplit=1, flags=re.I)[0]
    grade = normalise_grade(rest)
    if grade is None:
        return None
    spans = find_grades(rest)
    return grade, (rest[spans[0][0] : spans[0][1]] if spans else rest.strip(" .:"))


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _section_grades(doc: ParsedDocument, body: float) -> list[Found]:
    """2013 reports: a large heading, then 'Grade 4 (inadequate)' under it."""
    out: list[Found] = []
    seen: set[str] = set()
    last: Run | None = None  # the heading above may end the previous page
    for page in doc.pages:
        if is_contents_page(page):
            continue
        runs = heading_runs(page, body)
        for i, run in enumerate(runs):
            above = runs[i - 1] if i else last
            if len(run.lines) != 1 or not _SECTION_GRADE.match(run.text) or above is None:
                continue
            heading = above
            if heading.lines[-1].font_size <= run.lines[0].font_size:
                continue
            areas = find_areas(heading.text)
            area = areas[0][2] if areas and areas[0][0] == 0 else snake(heading.text)
            if area in seen:
                continue
            seen.add(area)
            out.append(Found(area=area, raw=run.text, lines=heading.lines + run.lines))
        last = runs[-1] if runs else last
    return out


def _judgement(found: Found, sha: str) -> Judgement | None:
    grade = normalise_grade(found.raw)
    if grade is None:
        return None
    first = found.lines[0].page
    on_page = [ln for ln in found.lines if ln.page == first]
    bbox = (
        min(ln.bbox[0] for ln in on_page),
        min(ln.bbox[1] for ln in on_page),
        max(ln.bbox[2] for ln in on_page),
        max(ln.bbox[3] for ln in on_page),
    )
    return Judgement(
        area=found.area,
        grade=grade,
        raw=" ".join(found.raw.split()),
        provenance=Provenance(
            sha256=sha,
            page=first,
            bbox=bbox,
            line_span=(min(ln.index for ln in on_page), max(ln.index for ln in on_page)),
            extractor=EXTRACTOR,
            extractor_version=EXTRACTOR_VERSION,
        ),
    )


TABLE_PAGES = 3  # the judgement table sits on the first pages of every report format


def extract_judgements(doc: ParsedDocument) -> list[Judgement]:
    """Every graded judgement, in printed order, each once."""
    body = body_font(doc)
    found: list[Found] = []
    for page in doc.pages[:TABLE_PAGES]:
        if is_contents_page(page):
            continue
        rows = read_table(page)
        if len(rows) >= 2:
            found = rows
            break
    areas = {f.area for f in found}
    extra: list[Found] = []
    if found and "overall_effectiveness" not in areas:
        table_page = found[0].lines[0].page
        page = doc.pages[table_page - 1]
        table_top = min(f.lines[0].top for f in found if f.lines[0].page == table_page)
        # a heading-styled statement, else one in plain type above the table (2014 layouts)
        for run in heading_runs(page, body) + _plain_runs(page, table_top):
            got = _statement(run, _OVERALL)
            if got is not None:
                extra.append(Found(area="overall_effectiveness", raw=got[1], lines=got[2]))
                break
    sif_like = (
        "adoption" in areas
        or any(f.area == "impact_of_leaders" for f in found)
        and any("governance" in " ".join(ln.text for ln in f.lines).lower() for f in found)
    )
    if sif_like and "lscb" not in areas:
        for page in doc.pages:
            if is_contents_page(page):
                continue
            hit = None
            for run in heading_runs(page, body):
                got = _statement(run, _LSCB)
                if got is not None:
                    hit = Found(area="lscb", raw=got[1], lines=got[2])
                    break
            if hit is not None:
                extra.append(hit)
                break
    if not found:
        found = _section_grades(doc, body)
    allfound = sorted(found + extra, key=lambda f: (f.lines[0].page, f.lines[0].top))
    out: list[Judgement] = []
    seen: set[str] = set()
    for f in allfound:
        if f.area in seen:
            continue
        j = _judgement(f, doc.sha256)
        if j is not None:
            seen.add(f.area)
            out.append(j)
    return out
