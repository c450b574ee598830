"""The parsed-document structure every extractor reads: pages -> lines (with words) and rulings.

Plain dataclasses with slots, not pydantic: thousands of lines per document are built on the hot
path, and nothing here crosses a trust boundary. Coordinates are PDF points, top-left origin
(x0, top, x1, bottom).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(slots=True)
class Line:
    text: str
    bbox: BBox
    font_size: float
    bold: bool
    page: int  # 1-based
    index: int  # position on the page after cleaning, 0-based
    words: list[Word] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def bottom(self) -> float:
        return self.bbox[3]


@dataclass(slots=True)
class Ruling:
    """A thin path object: a table border or cell edge."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.bottom - self.top) <= (self.x1 - self.x0)


@dataclass(slots=True)
class Cell:
    text: str
    bbox: BBox
    lines: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    page: int
    bbox: BBox
    rows: list[list[Cell | None]]  # None: covered by a merged cell above or to the left
    ruled: bool


@dataclass(slots=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    rulings: list[Ruling] = field(default_factory=list)
    header_footer: list[Line] = field(default_factory=list)  # removed running lines
    partial: bool = False  # layout work stopped at the per-page budget
    landscape: bool = False


@dataclass(slots=True)
class ParsedDocument:
    path: str
    sha256: str
    pages: list[Page]
    metadata: dict[str, str] = field(default_factory=dict)

    def lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())

    @property
    def partial_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.partial]
