"""Status scales whose meaning the label printed over them decides.

'High' is no colour by itself: under a CONFIDENCE label ('Delivery confidence: High') it says
the work will land (green), under a RISK or LIKELIHOOD label it says danger (red). The label's
words pick the scale (data: label_scales.json); the scale is then used as the plan's key for
that column or field, ahead of the plan's own key of colours.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path

_DATA = json.loads((Path(__file__).parent / "data" / "label_scales.json").read_text())
_WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=2048)
def label_scale(label: str | None) -> Mapping[str, str]:
    """The scale (value -> colour) a status label's words pick, empty when they pick none."""
    if not label:
        return {}
    words = set(_WORD.findall(label.lower()))
    for entry in _DATA["scales"]:
        if words & set(entry["label_words"]):
            return dict(entry["scale"])
    return {}


def keyed_by_label(label: str | None, key: Mapping[str, str] | None) -> Mapping[str, str] | None:
    """The plan's key with the label's scale laid over it: the label says what 'High' means."""
    scale = label_scale(label)
    if not scale:
        return key
    return {**(key or {}), **scale}
