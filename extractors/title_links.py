"""A link column that names each action's recommendation by its short title.

Why: a workbook may list its recommendations in a lookup table of number, short title and full
text ('2 | Health of children in care | Improve ...') and print, beside each action, only the
short title: the one link between the two. Read as any other column, the titles (short prose,
recurring down the rows) were taken for the actions' own text, the actions beside them set
aside as a note, and every action linked to nothing.

The evidence is the lookup table's shape and the cells themselves: a column of a recommendation
table that no role was found for, whose cells are short names (a few words, no sentence), one
per recommendation, none twice, holds their titles (note_titles); a column of an action table
whose filled cells, at least `share` of them, each name one title (index.id_of_title: the same
words, or near them) is the link ('rec'). Where that column had been taken for the actions, the
prose column nearest it is the action instead; where there is none, nothing is moved and the
missing links are said (plan_links_unread).

Pure: reads tables' cells and the recommendations read; sets roles; no I/O.
"""

from __future__ import annotations

from plantrace.extractors.plan_columns import PlanTable
from plantrace.extractors.plan_recommendations import TITLE_LINKS, RecommendationIndex, heading

MAX_WORDS = int(TITLE_LINKS["max_words"])
SHARE = TITLE_LINKS["share"]
_UNPLACED = (None, "other", "theme")  # a column the header and cells gave no field
# roles a link column of titles may have been given: short prose recurring down the rows
_TAKEABLE = (None, "other", "theme", "action", "recommendation_text")


def _title(text: str, full: str) -> bool:
    """A short name beside a recommendation's text: a few words with letters, no sentence,
    fewer words than the text it names."""
    words = text.split()
    return (
        0 < len(words) <= MAX_WORDS
        and len(words) < len(full.split())
        and not text.rstrip().endswith(".")
        and any(ch.isalpha() for ch in text)
    )


def note_titles(index: RecommendationIndex, t: PlanTable) -> None:
    """The short titles a table of the recommendations prints beside them (index.titles): a
    column no role was found for whose filled cells are all short names, one per row, none
    twice, in two rows at least, each row's recommendation read."""
    text_col = t.col("recommendation_text")
    if text_col is None:
        return
    rows: list[tuple[str, str, list[str]]] = []  # (id, its text, the row's cells)
    for row in t.rows:
        text = " ".join(row.text(text_col).split())
        labelled = heading(text)
        full = labelled[1] if labelled is not None else text
        rid = index.with_text(full)
        if rid is not None:
            rows.append((rid, full, [" ".join(row.text(j).split()) for j in range(len(t.roles))]))
    if len(rows) < 2 or len({rid for rid, _, _ in rows}) != len(rows):
        return  # a tracker repeating a recommendation on each action's row: no lookup table
    for j, role in enumerate(t.roles):
        if j == text_col or role not in _UNPLACED:
            continue
        cells = [(rid, full, cells[j]) for rid, full, cells in rows if j < len(cells)]
        filled = [(rid, c) for rid, full, c in cells if c and _title(c, full)]
        if len(filled) < 2 or len(filled) != sum(1 for _, _, c in cells if c):
            continue
        if len({c.lower() for _, c in filled}) != len(filled):
            continue  # a value shared by several recommendations (a status, a lead) names none
        for rid, c in filled:
            index.note_title(rid, c)
        return


def _cells(t: PlanTable, col: int) -> list[str]:
    cells = [" ".join(r.text(col).split()) for r in t.rows if not r.section]
    return [c for c in cells if c]


def names_titles(t: PlanTable, col: int, index: RecommendationIndex) -> bool:
    """SHARE of the column's filled cells at least each name one recommendation by its title,
    and two recommendations are named at least (where two titles are known)."""
    cells = _cells(t, col)
    if not cells:
        return False
    named = [rid for c in cells if (rid := index.id_of_title(c)) is not None]
    known = len({rid for rid in index.titles.values() if rid})
    return len(named) >= SHARE * len(cells) and len(set(named)) >= min(2, known)


def _prose_beside(t: PlanTable, col: int) -> int | None:
    """The column nearest col (right first) that no field took and whose cells are mostly
    prose: the actions, when col was taken for them."""
    if t.reading is None:
        return None
    found = []
    for c in t.reading.columns:
        if c.index == col or c.role not in (None, "other") or c.index >= len(t.roles):
            continue
        total = sum(c.types.values())
        if total and c.types.get("prose", 0) >= SHARE * total:
            found.append((c.index < col, abs(c.index - col), c.index))
    return min(found)[2] if found else None


def adopt_title_column(t: PlanTable, index: RecommendationIndex) -> bool:
    """The column that names the recommendations by their short titles (names_titles) is read
    as the link ('rec'); one taken for the actions hands that role to the prose column beside
    it (no such column: nothing moves). True where a column was adopted."""
    if not index.titles or t.col("rec") is not None:
        return False
    for i, role in enumerate(t.roles):
        if role not in _TAKEABLE or not names_titles(t, i, index):
            continue
        if role == "action":
            beside = _prose_beside(t, i)
            if beside is None:
                return False
            t.take_role(
                beside,
                "action",
                0.8,
                f"the prose beside column {i + 1}, which names the recommendations by title",
                source="titles",
            )
        t.take_role(
            i,
            "rec",
            1.0,
            "cells name the recommendations by the short titles their list prints",
            source="titles",
        )
        return True
    return False
