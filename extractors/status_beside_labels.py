"""A status label with no colon, then an icon and the status beside it: 'Progress check 🙂 Done!'.

A plan written in plain words labels each action's status with a question or a phrase
('Progress check', 'How is it going?') and no colon, then draws a face icon and the status in
words after it; the status's line stands a little higher than the label's (set beside the icon),
so the reader makes two lines of them, the status's first, or one line with no colon. Read so,
the label is no field and both run on into the field above ('When it will be done by: June
2027 How is it going? Done!'). Such a label alone (a phrase the header vocabulary gives the
status role) with a status word beside it, overlapping its height by a third or more, is one
field line 'Label: status'. The status vocabulary is the one RAG normaliser's. Several statuses
side by side that read differently ('RAG Red Amber Green') are a printed key, not a status.
"""

from __future__ import annotations

from plantrace.extractors.plan_cards import field_line
from plantrace.extractors.plan_columns import Element, header_role
from plantrace.pipeline.document import Cell, Line
from plantrace.pipeline.normalise.rag import is_status_state, normalise_rag

LEVEL_SHARE = 0.3  # of a line's height: a status this much level with the label stands beside it
MAX_LABEL_WORDS = 6
MAX_KEY_WORDS = 8  # a key printed beside its label names a few statuses in a few words


def seat_status_labels(elements: list[Element]) -> list[Element]:
    """Elements with each box's status label and the status beside it joined into one field line
    (module docstring). Boxes are changed in place; the list is returned for the pipeline."""
    for el in elements:
        if el.raw is None:
            continue
        for row in el.raw.rows:
            for cell in row:
                if cell is not None and cell.lines:
                    _seat(cell)
    return elements


def _status(text: str) -> bool:
    t = " ".join(text.split())
    return bool(t) and len(t.split()) <= 4 and _reads(t) is not None and not _key(t.split())


def _reads(t: str) -> tuple[str | None, str | None] | None:
    """A status phrase's reading: its colour, or the state it names; None for no status."""
    rag = normalise_rag(t)
    if rag is not None:
        return (rag, None)
    return (None, t.lower()) if is_status_state(t) else None


def _key(words: list[str]) -> bool:
    """Whether the words are two or more status phrases side by side that read differently
    ('Red Amber Green', 'Not started Started Complete'): a printed key naming several statuses,
    not one status ('A bit behind', 'Not started')."""
    if len(words) > MAX_KEY_WORDS:
        return False

    def parts(k: int) -> list[list[tuple[str | None, str | None]]]:
        # every way to cut words[k:] into status phrases, each as its readings
        if k == len(words):
            return [[]]
        out: list[list[tuple[str | None, str | None]]] = []
        for j in range(k + 1, len(words) + 1):
            r = _reads(" ".join(words[k:j]))
            if r is not None:
                out.extend([r, *rest] for rest in parts(j))
        return out

    return any(len(cut) >= 2 and len(set(cut)) >= 2 for cut in parts(0))


def _label(text: str) -> bool:
    t = " ".join(text.split())
    return (
        ":" not in t
        and 0 < len(t.split()) <= MAX_LABEL_WORDS
        and t[:1].isupper()
        and header_role(t) == "rag"
    )


def _split(text: str) -> tuple[str, str] | None:
    """('Progress check', 'Done!') of a line holding a status label then a status word."""
    words = text.split()
    if any(_label(" ".join(words[:k])) and _key(words[k:]) for k in range(1, len(words))):
        return None  # 'RAG Red Amber Green': a label over its key, whatever the cut
    for k in range(1, min(MAX_LABEL_WORDS, len(words) - 1) + 1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if _label(head) and _status(rest):
            return head, rest
    return None


def _joined(label: Line, text: str) -> Line:
    return Line(text, label.bbox, label.font_size, label.bold, label.page, label.index,
                words=[], span=label.span)  # fmt: skip


def _seat(cell: Cell) -> None:
    lines = list(cell.lines)
    used: set[int] = set()
    out: list[Line] = []
    changed = False
    for k, ln in enumerate(lines):
        if k in used:
            continue
        if field_line(ln) is not None:
            out.append(ln)  # a field already ('Status<tab>Implemented'): read as it stands
            continue
        split = _split(ln.text)
        if split is not None:
            out.append(_joined(ln, f"{split[0]}: {split[1]}"))
            changed = True
            continue
        if _label(ln.text):
            beside = next(
                (j for j, o in enumerate(lines) if j != k and j not in used
                 and o.bbox[0] > ln.bbox[2] and _level(ln, o) and _status(o.text)),
                None,
            )  # fmt: skip
            if beside is not None:
                used.add(beside)
                out = [o for o in out if o is not lines[beside]]
                out.append(
                    _joined(ln, f"{' '.join(ln.text.split())}: {lines[beside].text.strip()}")
                )
                changed = True
                continue
        out.append(ln)
    if changed:
        cell.lines = out


def _level(a: Line, b: Line) -> bool:
    h = max(a.bbox[3] - a.bbox[1], 1.0)
    overlap = min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])
    return overlap >= LEVEL_SHARE * h
