"""Words a board officer reads instead of field values: statuses, categories, how a link was made.

The vocabulary is data (data/words.json); this module only puts the pieces together. One rule
matters more than the rest: an automatic link is never called 'confirmed', whatever its state.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from plantrace.models.coverage import CoverageWarning, LinkSummary


@cache
def vocabulary() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        files("plantrace.pipeline.render").joinpath("data/words.json").read_text("utf-8")
    )
    return data


def word(kind: str, value: Any) -> str:
    """The word for a value; an unknown value is shown as itself, underscores as spaces."""
    if value is None:
        return ""
    value = str(getattr(value, "value", value))
    return vocabulary()[kind].get(value, value.replace("_", " "))


def link_words(link: LinkSummary | None) -> str:
    """'linked by section, automatic', 'confirmed by a person', 'suggested by similar wording
    (score 0.62), automatic: check it'."""
    if link is None:
        return ""
    how = word("method", link.method)
    if link.origin != "auto":
        if link.state == "suspect":
            return "decided by a person, but the text has changed since: check it again"
        if link.state == "rejected":
            return "rejected by a person"
        return "added by a person" if link.method == "manual" else "confirmed by a person"
    if link.state == "suggested":
        return f"suggested {how} (score {link.score:.2f}), automatic: check it"
    return f"linked {how}, automatic"


def warning_line(w: CoverageWarning) -> str:
    where = word("source", w.source)
    page = f", p. {w.page}" if w.page else ""
    return f"{where}{page}: {w.message}"
