"""Header cell -> column role, by what the header says, never by where the column is.

Every council names its plan columns differently ('Who', 'Lead officer', 'Service lead(s)',
'Responsible'; 'Date', 'By when', 'Timescale'; 'What we have already achieved', 'Progress',
'Update'), so the roles come from a vocabulary of synonyms run by a spaCy SpanRuler (phrase
patterns on lower-cased tokens, plus token patterns for shapes such as 'March 2018' or 'CPB lead').
The pipeline is spacy.blank("en") with rule components only, built once per process.

When a header matches more than one role ('Target March 2019' is a target and a date; 'CPB lead
member' is a lead and a member) the role earlier in ROLE_PRIORITY wins.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import spacy
from spacy.language import Language

MONTHS = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
]  # fmt: skip

# role -> header phrases (matched on lower-cased tokens anywhere in the header cell)
PHRASES: dict[str, list[str]] = {
    "ref": [
        "ref", "ref.", "reference", "no", "no.", "number", "#", "action no", "action ref",
        "action number", "item", "action id", "id",
    ],
    "code": ["code", "kpi ref", "pi code", "kpi code", "indicator code", "measure ref", "pi ref"],
    "rec": [
        "rec", "rec.", "rec no", "recommendation no", "recommendation number", "recs",
        "priority", "priority ref", "link to recommendation", "ofsted ref",
        "recommendation ref",
    ],
    "recommendation_text": [
        "recommendation", "recommendations", "ofsted recommendation", "area for improvement",
        "areas for improvement", "what ofsted said", "ofsted finding", "inspection finding",
        "what needs to improve",
    ],
    "action": [
        "action", "actions", "what we will do", "what will we do", "action required",
        "actions required", "key actions", "activity", "activities", "task", "tasks",
        "improvement action", "how we will do it", "what we are going to do",
    ],
    "owner": [
        "who", "lead", "leads", "lead officer", "lead officers", "lead officer(s)", "responsible",
        "responsible officer", "responsible person", "service lead", "service leads",
        "service lead(s)", "owner", "action owner", "by whom", "responsibility", "officer",
        "lead manager", "accountable officer", "lead(s)", "accountable", "who is responsible",
    ],
    "sponsor": [
        "lead member", "executive lead", "strategic lead", "portfolio holder", "cabinet member",
        "member lead", "director lead", "sponsor", "senior responsible officer",
    ],
    "due": [
        "date", "by when", "timescale", "timescales", "deadline", "due", "due date",
        "target date", "completion date", "when", "by", "timeframe", "time frame", "end date",
        "date for completion", "target completion", "completion by", "date due", "by date",
    ],
    "governance": [
        "governance", "governance board", "reporting to", "reports to", "report to",
        "monitored by", "oversight", "oversight board", "accountable board", "board",
        "reported to", "reporting route", "governance route", "monitoring",
    ],
    "progress": [
        "what we have already achieved", "already achieved", "achieved", "progress", "update",
        "progress update", "progress to date", "latest update", "comments", "commentary",
        "evidence of progress", "current position", "position", "progress and impact",
        "what we have done", "update on progress",
    ],
    "rag": ["rag", "rag rating", "rag status", "status", "rating", "brag", "rag rated"],
    "milestones": ["milestone", "milestones", "key milestones", "interim milestones"],
    "theme": ["theme", "workstream", "work stream", "strand", "objective", "outcome area"],
    "other": [
        "link to other plans", "links to other plans", "link to plans", "resources",
        "resource", "evidence", "success criteria", "risk", "risks", "impact", "cost",
    ],
    "indicator": [
        "indicator", "indicators", "measure", "measures", "kpi", "performance indicator",
        "key performance indicator", "performance measure", "measure of success", "metric",
        "description",
    ],
    "direction": [
        "figure will", "good is", "direction", "polarity", "good performance is",
        "desired direction", "aim", "higher or lower", "better is",
    ],
    "baseline": ["baseline", "starting point", "previous", "start position", "base line"],
    "latest": [
        "latest", "current", "actual", "outturn", "latest position", "current performance",
        "latest data", "performance to date", "ytd", "year to date",
    ],
    "target": ["target", "targets", "aspiration", "goal", "target value"],
    "trend": ["trend", "direction of travel", "dot", "travel"],
}

ROLE_PRIORITY = [
    "code", "ref", "sponsor", "owner", "due", "milestones", "governance", "progress", "rag",
    "trend", "direction", "target", "latest", "baseline", "date_label", "indicator", "action",
    "rec", "recommendation_text", "theme", "other",
]  # fmt: skip

_YEAR = {"SHAPE": {"IN": ["dddd", "dd", "dddd/dd", "dddd-dd"]}}
TOKEN_PATTERNS: list[tuple[str, list[dict[str, object]]]] = [
    # a month and year alone is a dated figure column: 'March 2018', 'Sep 2024', 'Q3 2024/25'
    ("date_label", [{"LOWER": {"IN": MONTHS}}, {"IS_PUNCT": True, "OP": "?"}, _YEAR]),
    ("date_label", [{"LOWER": {"REGEX": r"^q[1-4]$"}}, _YEAR]),
    ("date_label", [{"TEXT": {"REGEX": r"^(19|20)\d\d([/-]\d\d)?$"}}]),
    # a reporting route named as an update to a board: 'Update to CPB', 'Update to board'
    ("governance", [{"LOWER": {"IN": ["update", "updates", "report", "reports"]}}, {"LOWER": "to"}, {}]),
    # an acronym's lead is a board member, not the officer doing the work: 'CPB lead'
    ("sponsor", [{"IS_UPPER": True, "LENGTH": {">=": 2}}, {"LOWER": {"IN": ["lead", "leads"]}}]),
]


@functools.cache
def _nlp() -> Language:
    """The one header pipeline: blank English with a SpanRuler of the vocabulary."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": "roles", "phrase_matcher_attr": "LOWER", "validate": True},
    )
    patterns: list[dict[str, object]] = []
    for role, phrases in PHRASES.items():
        patterns += [{"label": role, "pattern": p} for p in phrases]
    patterns += [{"label": role, "pattern": p} for role, p in TOKEN_PATTERNS]
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """The role of a header cell ('Lead officer' -> 'owner'), or None when it names nothing known.

    Headers are short; a cell of more than 12 words is data, not a header.
    """
    clean = _SPACE.sub(" ", text).strip()
    if not clean or len(clean.split()) > 12:
        return None
    doc = _nlp()(clean)
    found = {span.label_ for span in doc.spans["roles"]}
    for role in ROLE_PRIORITY:
        if role in found:
            return role
    return None


def header_label(text: str) -> str:
    """The header as printed, whitespace collapsed and a trailing colon dropped ('Figure will')."""
    return _SPACE.sub(" ", text).strip().rstrip(":").strip()


def row_roles(cells: Sequence[str | None]) -> list[str | None]:
    """Roles for a candidate header row (None where a cell names nothing known)."""
    return [header_role(c) if c else None for c in cells]


def is_header(cells: Sequence[str | None]) -> bool:
    """A header row: at least two cells name roles and most non-empty cells do."""
    filled = [c for c in cells if c and c.strip()]
    if len(filled) < 2:
        return False
    roles = [r for r in row_roles(cells) if r is not None]
    return len(roles) >= 2 and len(roles) >= 0.6 * len(filled)


ACTION_TABLE = "action"
KPI_TABLE = "kpi"
RECOMMENDATION_TABLE = "recommendations"


def table_kind(roles: Sequence[str | None]) -> str | None:
    """What a table with these column roles holds: actions, KPIs or the quoted recommendations."""
    have = set(roles)
    figures = have & {"baseline", "target", "latest", "date_label"}
    if "indicator" in have and figures:
        return KPI_TABLE
    if "action" in have and have & {"owner", "due", "governance", "progress", "milestones", "rag"}:
        return ACTION_TABLE
    if "recommendation_text" in have and "action" not in have:
        return RECOMMENDATION_TABLE
    if "action" in have:
        return ACTION_TABLE
    return None


def settle_roles(roles: list[str | None], kind: str | None, columns: Sequence[Sequence[str]]) -> list[str | None]:
    """Adjust roles by table kind and column content.

    In a KPI table 'Ref' is the indicator code and 'Lead' is not an action owner; a 'Recommendation'
    column of short cells ('3, 10') holds recommendation numbers, of long cells their text; a
    dated column ('March 2018') is a baseline; the first owner column wins and later ones are
    sponsors ('Lead member' after 'Lead officer').
    """
    out = list(roles)
    for i, role in enumerate(out):
        texts = [t for t in columns[i] if t] if i < len(columns) else []
        avg = sum(len(t) for t in texts) / len(texts) if texts else 0.0
        if kind == KPI_TABLE and role == "ref":
            out[i] = "code"
        elif role == "date_label":
            out[i] = "baseline"
        elif role in ("rec", "recommendation_text") and texts:
            out[i] = "recommendation_text" if avg > 30 else "rec"
    if kind == KPI_TABLE and "code" not in out and out and out[0] in (None, "rec"):
        out[0] = "code"
    return out
