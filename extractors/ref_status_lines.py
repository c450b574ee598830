"""Statuses given elsewhere in the document as lines keyed by an action's ref.

A plan is often circulated for updates, and what comes back is not the plan re-filled but lines
of text, one per action, naming it by its ref: '2.1 - On track. Pilot running in two teams',
'3.2: Slightly behind.' (the replies of a printed e-mail thread, a briefing note's list of
updates). The plan's table says what each action is; those lines say how it stands. Each line
opens with a ref the plan's tables print, a dash or colon, and a status phrase the one status
vocabulary reads (plan_update_status.opening_status: a colour such as 'On track', or a progress
state such as 'Not started yet'); what follows the phrase is the update. Only refs the tables
print are rated, so nothing is invented; a scheme needs two such lines for distinct refs at
least (one line that happens to read so is no reply), and an action's own status or update,
printed in its row, is never overwritten.

A printed thread also prints each message's header (From / Sent / To / Subject) as label and
value lines, which the layout reader can take for a transposed table whose 'To' column is an
owner: such a block is correspondence, no action, and is set aside (drop_message_headers), its
labels from data/message_headers.json.

Where no action got a status, yet the document offers a scale of statuses to choose from
('reply with a status (On track / Slightly behind / Off track / Done)'), statuses were asked
for and went unread: said (scale_named_warnings), never passed as an unrated plan in silence.
Pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from importlib import resources

from plantrace.extractors.plan_actions import Draft, ref_key
from plantrace.extractors.plan_columns import ACTION_TABLE, Element
from plantrace.extractors.plan_update_status import opening_status
from plantrace.models.plan import Action
from plantrace.models.results import ExtractionWarning
from plantrace.pipeline.document import Line, ParsedDocument
from plantrace.pipeline.normalise.rag import is_key_line, is_status_state, normalise_rag

_HEADERS = json.loads(
    resources.files("plantrace.extractors").joinpath("data/message_headers.json").read_text()
)
_REQUIRED = frozenset(_HEADERS["required"])
_ALSO = frozenset(_HEADERS["also"])
_ALSO_MIN = int(_HEADERS["also_min"])

# '2.1 - On track. ...', '2.1: Slightly behind.', '2.1 – Done': a ref, a dash or colon, the rest
_LINE = re.compile(
    r"^\s*(?P<ref>[A-Za-z]{0,3}\s?\d{1,2}(?:[.\-]\d{1,2})*[a-z]?)\s*(?:\s[-–—]|[–—:])\s+(?P<rest>\S.*)$"
)
# where the status phrase ends and the update begins: '. ', ' - ', ': ', '; '
_AFTER = re.compile(r"^\s*[^:;.–—]{1,40}?\s*(?:\s[-–—]\s|[–—]|[:;]\s|\.\s|[.:;]?\s*$)")
MIN_LINES = 2  # lines keyed by distinct refs that make a scheme of updates
_CHAR_EM = 0.35  # a narrow estimate of a character's width, in ems: a word surely this wide
_ALIGN = 2.0  # points: a wrap starts where its line did
_PITCH = 1.5  # ems from a line's foot to its wrap's
# a scale offered to choose from: status phrases parted by slashes, bars or 'or'
_CHOICE_SPLIT = re.compile(r"\s*(?:/|\||\bor\b)\s*", re.I)
MIN_SCALE = 3  # phrases of a scale
_SCALE_WORDS = 4  # a status phrase is short
_STATUS_WORDS = 3  # an update that is a status alone is this short


def drop_message_headers(elements: list[Element]) -> list[Element]:
    """The elements less the message headers of a printed thread read as action tables (see the
    module docstring): a table whose labels name a message's fields is correspondence."""
    return [el for el in elements if not _message_header(el)]


def _message_header(el: Element) -> bool:
    t = el.table
    if t is None or t.kind != ACTION_TABLE:
        return False
    labels = {" ".join(lb.lower().rstrip(":").split()) for lb in t.labels if lb}
    return labels >= _REQUIRED and len(labels & _ALSO) >= _ALSO_MIN


def rate_from_ref_lines(doc: ParsedDocument, drafts: Sequence[Draft]) -> None:
    """Give each action the status and update that lines keyed by its ref print, each where its
    own row gave none (in place; see the module docstring). The first line for a ref stands: a
    thread prints its newest message first."""
    refs: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.ref:
            refs.setdefault(ref_key(d.ref), []).append(d)
    if len(refs) < MIN_LINES:
        return
    found: dict[str, tuple[str | None, str | None]] = {}
    for page in doc.pages:
        right = max((ln.bbox[2] for ln in page.lines), default=0.0)  # the text's right edge
        for j, ln in enumerate(page.lines):
            m = _LINE.match(ln.text)
            if m is None:
                continue
            key = ref_key(m.group("ref"))
            if key not in refs or key in found:
                continue
            rest = " ".join([m.group("rest"), *_wraps(page.lines, j, right)]).strip()
            rest = " ".join(rest.split())
            is_status, colour = opening_status(rest)
            if not is_status:
                continue
            after = _AFTER.match(rest)
            update = rest[after.end() :].strip() if after else ""
            found[key] = (colour, update or None)
    if len(found) < MIN_LINES:
        return
    for key, (colour, note) in found.items():
        for d in refs[key]:
            d.rag = d.rag or colour
            d.progress = d.progress or note


def _wraps(lines: Sequence[Line], j: int, right: float) -> list[str]:
    """The lines an update at lines[j] wraps onto: while the next line, at the same left edge
    and a line's pitch below, opens with a word that would not have fitted before the text's
    right edge (so the line broke there), and opens no keyed line of its own."""
    out: list[str] = []
    ln = lines[j]
    for nxt in lines[j + 1 :]:
        size = ln.font_size
        first = nxt.text.split()[0] if nxt.text.split() else ""
        if (
            not first
            or ln.bbox[2] + (len(first) + 1) * _CHAR_EM * size <= right
            or abs(nxt.bbox[0] - lines[j].bbox[0]) > _ALIGN
            or not 0 < nxt.bbox[3] - ln.bbox[3] < _PITCH * size
            or _LINE.match(nxt.text)
        ):
            break
        out.append(nxt.text)
        ln = nxt
    return out


def scale_named_warnings(
    elements: Sequence[Element],
    actions: Sequence[Action],
    rag_key: Mapping[str, str] | None = None,
) -> list[ExtractionWarning]:
    """plan_status_unread where no action has a status, yet a paragraph of the document offers
    a scale of statuses to choose from (see the module docstring); [] otherwise. A printed key
    pairs each colour with its meaning ('Green - on track'), one entry a line: that says what a
    status would mean, not that one was asked for, and stays silent."""
    if not actions or any(a.rag is not None for a in actions):
        return []
    for el in elements:
        if el.table is not None or el.raw is not None or not el.lines:
            continue
        scale = _scale(el.text, rag_key)
        if scale:
            return [ExtractionWarning(
                code="plan_status_unread",
                message=f"no status was read for any of the {len(actions)} actions, but the"
                f" document offers a scale of statuses ({' / '.join(scale)}): they are given in"
                " a way not read, or not yet given; RAG coverage is unknown (not unrated)",
                page=el.page,
            )]  # fmt: skip
    return []


def status_only_updates_warnings(
    actions: Sequence[Action], rag_key: Mapping[str, str] | None = None
) -> list[ExtractionWarning]:
    """plan_status_unread where no action has a status, yet the actions' updates are statuses
    alone ('Progress: Planned', 'Behind'): every update a short phrase, half of them at least
    (two or more, of two statuses, a colour among them) a status the vocabulary reads; the field
    that holds them is the plan's status, read as its progress. [] otherwise."""
    if not actions or any(a.rag is not None for a in actions):
        return []
    notes = [" ".join(a.progress.split()) for a in actions if a.progress and a.progress.strip()]
    if len(notes) < MIN_LINES or any(len(n.split()) > _STATUS_WORDS for n in notes):
        return []
    alone = [n for n in notes if _phrase(n.rstrip("."), rag_key)]
    colours = {normalise_rag(n, rag_key) for n in alone} - {None}
    if len(alone) < MIN_LINES or 2 * len(alone) < len(notes) or len(set(alone)) < MIN_LINES:
        return []  # one state down the column ('Not started') is a plan not yet begun
    if not colours:
        return []  # states alone, no colour: nothing a status would have said more
    shown = ", ".join(repr(n) for n in list(dict.fromkeys(notes))[:3])
    return [ExtractionWarning(
        code="plan_status_unread",
        message=f"no status was read for any of the {len(actions)} actions, but their updates"
        f" are short status words ({shown}; {len(alone)} of {len(notes)} read as a status):"
        " the plan's statuses were read as its progress; RAG coverage is unknown (not unrated)",
        page=None,
    )]  # fmt: skip


def _scale(text: str, key: Mapping[str, str] | None) -> list[str]:
    """The status phrases a text offers as choices ('On track / Off track / Done'), the longest
    run of them; [] where fewer than MIN_SCALE or of one colour."""
    text = " ".join(text.split())
    if is_key_line(text):
        return []
    best: list[str] = []
    for run in [*re.findall(r"\(([^()]*)\)", text), text]:
        current: list[str] = []
        for part in (p.strip(" .,;:") for p in _CHOICE_SPLIT.split(run)):
            if _phrase(part, key):
                current.append(part)
                if len(current) > len(best):
                    best = list(current)
            else:
                current = []
    colours = {normalise_rag(p, key) for p in best} - {None}
    return list(best) if len(best) >= MIN_SCALE and len(colours) >= 2 else []


def _phrase(text: str, key: Mapping[str, str] | None) -> bool:
    if not 0 < len(text.split()) <= _SCALE_WORDS:
        return False
    is_status, _ = opening_status(text, key)
    return is_status and (normalise_rag(text, key) is not None or is_status_state(text))
