"""Nodes of fields: records drawn as small framed grids of labelled fields, set in lanes.

A project tool prints its network diagram as a box per task: the task's name across the top,
then its fields in a little grid ('Start: ...' | 'ID: 13', 'Finish: ...' | 'Dur: 85 days',
'WBS: 2.1' | 'Status: ...', 'Res: ...'), the boxes of one strand set level with each other
in a lane, left to right, joined by arrows. The table finder takes a lane (its boxes joined by
the arrows' lines) for one wide grid whose cells mix every box's fields, and the connector
reader wants its boxes' owner and date printed under them, so nothing is read.

Here each closed frame holding text is a node; a node whose lines below its title are mostly
'Label: value' fields is a record. Nodes whose tops stand level are one lane, read left to
right: the nodes naming an owner or a status are the actions; a node at the lane's left
naming neither is what they answer (a summary: its title the recommendation, its number the
one its actions' refs start with). The labels are read by the plan-column vocabulary, with the
project tools' own field names (node_fields.json: 'Res', 'Finish', 'WBS'; a task 'ID' is the
tool's number, never the plan's ref). The evidence is the drawing (closed frames, level tops)
and the fields' labels, not any wording of one template.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

from plantrace.extractors.cell_types import CellType, cell_type
from plantrace.extractors.plan_columns import PlanTable, header_role
from plantrace.extractors.record_tables import fields_table
from plantrace.pipeline.document import BBox, Page, Ruling, Word, word_lines
from plantrace.pipeline.normalise.text_keys import text_key

_DATA = json.loads(
    resources.files("plantrace.extractors").joinpath("data/node_fields.json").read_text("utf-8")
)
_ROLE_OF: dict[str, str] = {
    label: role for role, labels in _DATA["roles"].items() for label in labels
}
_IGNORE = frozenset(_DATA["ignore"])

SLACK = 3.0  # points: a frame's sides meet its top and bottom this close
MIN_SIDE = 28.0  # points: the shortest top of a node's frame (a swatch or tick box is smaller)
LEVEL = 6.0  # points: nodes whose tops are this close stand in one lane
GAP = 1.5  # font sizes: a gap this wide across a line parts two fields of a node's grid
MIN_NODES = 3  # records of fields on a page that make it a diagram of nodes
MIN_ACROSS = 2  # action nodes side by side in a lane: a lone box per row is a list of cards
MIN_FIELDS = 2  # labelled fields that make a framed box a record
_FIELD = re.compile(r"^([A-Za-z][A-Za-z%. ]{0,24}?)\s*:\s*(.*)$")
_OUTLINE = re.compile(r"^\d+(?:\.\d+)+$")
ROLES: list[str | None] = ["rec", "recommendation_text", "action", "ref", "owner", "due", "rag",
                           "progress"]  # fmt: skip
LABELS = ["Node lane number", "Node lane summary", "Node title", "Node ref", "Node owner",
          "Node finish", "Node status", "Node note"]  # fmt: skip
EVIDENCE = "nodes of fields: framed boxes of 'Label: value' fields in lanes, left to right"


@dataclass(slots=True)
class Node:
    """A framed box of a title and labelled fields: its frame, title words and fields by role."""

    bbox: BBox
    title: list[Word] = field(default_factory=list)
    fields: dict[str, tuple[str, list[Word]]] = field(default_factory=dict)
    count: int = 0  # labelled fields read, of any role


def node_table(page: Page) -> tuple[PlanTable, BBox] | None:
    """The action table of a page drawn as lanes of field nodes, and the box around them; None
    for a page with fewer than MIN_NODES such records or none naming an owner or status."""
    if len(page.rulings) < 4 * MIN_NODES:
        return None
    words = [w for ln in page.lines for w in ln.words]
    # each field's text holds a colon: a node needs MIN_FIELDS words with one inside its frame
    colons = [w for w in words if ":" in w.text]
    if len(colons) < MIN_FIELDS:
        return None  # no node can be read: the frames (costly) need not be found
    frames = outer_frames(page.rulings)
    if len(frames) < MIN_NODES:
        return None
    frames = [f for f in frames if sum(1 for w in colons if _centre_in(w, f)) >= MIN_FIELDS]
    nodes = [n for f in frames if (n := _node(f, words)) is not None]
    if len(nodes) < MIN_NODES:
        return None
    rows: list[list[tuple[str, list[Word]]]] = []
    for lane in _lanes(nodes):
        # an action node states who or how it stands and its own outline number (a tool
        # numbers every task in its plan's outline: 'WBS: 2.1')
        actions = [
            n for n in lane
            if ("owner" in n.fields or "rag" in n.fields)
            and _OUTLINE.match(n.fields.get("ref", ("", []))[0])
        ]  # fmt: skip
        if len(actions) < MIN_ACROSS:
            continue  # a box alone in its row: a stacked card, not a lane of a diagram
        head = lane[0] if lane[0] not in actions else None
        number = _lane_number(head, actions)
        for n in actions:
            rows.append(_row(n, head, number))
    if len(rows) < MIN_NODES:
        return None
    used = [n.bbox for n in nodes]
    return fields_table(rows, used, page.number, ROLES, LABELS, EVIDENCE)


def outer_frames(rulings: Sequence[Ruling]) -> list[BBox]:
    """Closed rectangles of four rulings (a top and a bottom of one span, a side at each end
    running from one to the other), none inside another: a node's outline, not the rule under
    its title or a doubled border drawn just inside it."""
    flat = sorted(
        (r for r in rulings if r.horizontal and r.x1 - r.x0 >= MIN_SIDE), key=lambda r: r.top
    )
    upright = [r for r in rulings if not r.horizontal]
    at_x: dict[float, list[Ruling]] = {}  # the uprights spanning each x asked (a gantt: thousands)

    def near(x: float) -> list[Ruling]:
        if x not in at_x:
            at_x[x] = [r for r in upright if r.x0 - SLACK <= x <= r.x1 + SLACK]
        return at_x[x]

    found: list[BBox] = []
    for k, top in enumerate(flat):
        closed: BBox | None = None
        # how far down a side at each end of the top runs (_side, for every bottom at once): a
        # bottom below the shorter reach has no side at one end, nor has any bottom below it
        reach = min(_reach(near(top.x0), top), _reach(near(top.x1), top))
        for bottom in flat[k + 1 :]:
            if bottom.top - SLACK > reach:
                break  # flat is top down: every later bottom lies lower still
            if bottom.top - top.bottom < MIN_SIDE / 2:
                continue
            if abs(bottom.x0 - top.x0) > SLACK or abs(bottom.x1 - top.x1) > SLACK:
                continue
            # both sides reach it (above): the farthest rule the sides reach closes it, a
            # nearer one is a rule inside (under the title), the sides running on past it
            closed = (min(top.x0, bottom.x0), top.top, max(top.x1, bottom.x1), bottom.bottom)
        if closed is not None:
            found.append(closed)
    found.sort(key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    kept: list[BBox] = []
    for b in found:
        if not any(_inside(b, o) for o in kept):
            kept.append(b)
    return kept


def _reach(upright: Sequence[Ruling], top: Ruling) -> float:
    """The lowest bottom of the uprights (those near one x) that start at the top: an upright
    runs from the top to a bottom exactly when the bottom's top, less SLACK, is no lower."""
    return max((r.bottom for r in upright if r.top <= top.bottom + SLACK), default=float("-inf"))


def _node(frame: BBox, words: Sequence[Word]) -> Node | None:
    """The frame's words as a title (the lines before its first field) and its fields; None
    for a frame of fewer than MIN_FIELDS fields (a legend, a KPI grid, a text box)."""
    inside = [w for w in words if _centre_in(w, frame)]
    if not inside:
        return None
    node = Node(frame)
    last: dict[float, tuple[str | None, list[Word]]] = {}  # a column's x: its last field
    pending: list[tuple[str | None, str, list[Word]]] = []
    for line in word_lines(inside):
        for seg in _segments(line):
            text = " ".join(w.text for w in seg)
            m = _FIELD.match(text)
            if m is not None and _is_label(m.group(1)):
                label = text_key(m.group(1))
                role = None if label in _IGNORE else _ROLE_OF.get(label) or header_role(label)
                node.count += 1
                pending.append((role, m.group(2), _value_words(seg)))
                entry: tuple[str | None, list[Word]] = (role, pending[-1][2])
                last[seg[0].x0] = entry
                continue
            if node.count == 0:
                node.title += seg
                continue
            # a wrapped value: it carries on the field above it in its column
            col = min(last, key=lambda x: abs(x - seg[0].x0)) if last else None
            if col is not None:
                for k in range(len(pending) - 1, -1, -1):
                    if pending[k][2] is last[col][1]:
                        role, value, ws = pending[k]
                        ws += seg
                        pending[k] = (role, f"{value} {text}".strip(), ws)
                        break
    if node.count < MIN_FIELDS or not node.title:
        return None
    for role, value, ws in pending:
        value = " ".join(value.split())
        if role is None or not value or role in node.fields:
            continue
        if role in ("owner", "due", "rag", "ref", "progress"):
            node.fields[role] = (value, ws)
        elif role == "latest":
            node.fields.setdefault("progress", (value, ws))
    return node


def _value_words(seg: Sequence[Word]) -> list[Word]:
    """A field's words after its label (the word its colon ends and those before it)."""
    at = next((k for k, w in enumerate(seg) if ":" in w.text), -1)
    return list(seg[at + 1 :]) or list(seg)


def _is_label(label: str) -> bool:
    """A field's label: a short name, not a sentence that happens to hold a colon."""
    return len(label.split()) <= 3


def _lanes(nodes: Sequence[Node]) -> list[list[Node]]:
    """Nodes whose tops stand level, each lane left to right, lanes top down."""
    lanes: list[list[Node]] = []
    for n in sorted(nodes, key=lambda n: (n.bbox[1], n.bbox[0])):
        if lanes and abs(n.bbox[1] - lanes[-1][0].bbox[1]) <= LEVEL:
            lanes[-1].append(n)
        else:
            lanes.append([n])
    for lane in lanes:
        lane.sort(key=lambda n: n.bbox[0])
    return lanes


def _lane_number(head: Node | None, actions: Sequence[Node]) -> str:
    """The number of what a lane's actions answer: the head's own ref where it is a bare
    number, else the number every action's outline ref starts with."""
    if head is not None and "ref" in head.fields:
        value = head.fields["ref"][0]
        if value.isdigit():
            return value
    firsts = {
        r.split(".")[0] for n in actions if _OUTLINE.match(r := n.fields.get("ref", ("", []))[0])
    }
    return firsts.pop() if len(firsts) == 1 else ""


def _row(node: Node, head: Node | None, number: str) -> list[tuple[str, list[Word]]]:
    """A node's (rec, recommendation, action, ref, owner, due, status, note) and their words."""
    rec: tuple[str, list[Word]] = ("", [])
    rec_text: tuple[str, list[Word]] = ("", [])
    if head is not None and number:
        rec = (number, head.fields.get("ref", ("", head.title[:1]))[1] or head.title[:1])
        rec_text = (" ".join(w.text for w in head.title), head.title)
    title = (" ".join(w.text for w in node.title), node.title)
    due = node.fields.get("due", ("", []))
    if due[0] and cell_type(due[0]) not in (CellType.date, CellType.owner_date):
        due = ("", [])  # a label the vocabulary reads as a date over no date: not the due
    parts = [node.fields.get(r, ("", [])) for r in ("ref", "owner")]
    return [
        rec,
        rec_text,
        title,
        *parts,
        due,
        *(node.fields.get(r, ("", [])) for r in ("rag", "progress")),
    ]


def _segments(line: Sequence[Word]) -> list[list[Word]]:
    """A line parted where a gap wider than GAP font sizes stands: a grid's columns."""
    out: list[list[Word]] = []
    for w in line:
        size = w.bottom - w.top
        if out and w.x0 - out[-1][-1].x1 <= GAP * size:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _centre_in(w: Word, b: BBox) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


def _inside(a: BBox, b: BBox) -> bool:
    return (
        b[0] - SLACK <= a[0]
        and a[2] <= b[2] + SLACK
        and b[1] - SLACK <= a[1]
        and a[3] <= b[3] + SLACK
    )
