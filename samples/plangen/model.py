"""A producer-neutral plan document: blocks (headings, paragraphs, tables, cards) and its gold.

Every producer (reportlab, HTML printed by Chromium, .docx/.xlsx printed by LibreOffice) draws
the same blocks, so one plan's gold holds whatever tool printed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Cell:
    text: str = ""
    fill: str | None = None  # '#rrggbb'
    bold: bool = False
    rowspan: int = 1  # > 1: merged down over the next rows (their cell at this column is None)


@dataclass(slots=True)
class Row:
    cells: list[Cell | None]
    banner: bool = False  # one cell spanning the full width (a recommendation or theme row)
    fill: str | None = None  # shaded band


@dataclass(slots=True)
class Table:
    header: list[str] | None  # None: no header row at all
    rows: list[Row]
    widths: list[float]  # relative column widths
    kind: str = "actions"  # actions | kpis | summary


@dataclass(slots=True)
class Heading:
    text: str
    level: int = 1


@dataclass(slots=True)
class Para:
    text: str
    italic: bool = False


@dataclass(slots=True)
class Card:
    title: str
    lines: list[tuple[str, str]]  # (label, value)
    fill: str | None = None  # RAG shown as the card's colour bar


@dataclass(slots=True)
class PageBreak:
    pass


Block = Heading | Para | Table | Card | PageBreak


@dataclass(slots=True)
class Style:
    ruling: str  # grid | hrules | vrules | none | bands
    font: str  # sans | serif
    landscape: bool
    repeat_header: bool
    font_size: float = 8.5


@dataclass(slots=True)
class Plan:
    name: str
    family: str
    split: str
    producer: str  # reportlab | chromium | docx | xlsx
    title: str
    blocks: list[Block]
    style: Style
    gold: dict[str, Any] = field(default_factory=dict)
    features: dict[str, Any] = field(default_factory=dict)
