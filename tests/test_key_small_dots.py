"""A key of status dots printed by headless Chromium: '● Progressing ● At risk ● Stalled ● Done
● Not yet due' on one line, each dot a few points wide in its colour, and cards of actions
whose status prints the same dot before the word ('By: 31 Mar 2027 ● Progressing').

'Progressing' is a word no vocabulary reads; only the key says what it means (its dot is
green). The dots are small: the gap each leaves between two phrases is narrower than the wide
gap a key's marks were looked for (KEY_GAP_WORDS font sizes), so no line of the page looked like
a key of phrases, the page's paths were not read for one and 'Progressing' was left unrated.
A gap several times the line's narrowest word space now parts the phrases too
(pipeline.marks._spaced_entries), and the key reads 'Progressing' as green.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

DOTS = {"Progressing": "#2e7d32", "At risk": "#ef6c00", "Stalled": "#c62828", "Done": "#1565c0",
        "Not yet due": "#9e9e9e"}  # fmt: skip
ROWS = [
    ("1.1", "Hold a permanence planning meeting for every child by their second review",
     "Head of Fostering", "31 Mar 2027", "Progressing"),
    ("1.2", "Recruit twenty additional foster carers through a local campaign",
     "Head of Fostering", "30 Sep 2026", "At risk"),
    ("2.1", "Convert agency posts to permanent posts where the postholder agrees",
     "Head of Workforce", "31 Jan 2027", "Progressing"),
    ("2.2", "Train all team managers in reflective supervision", "Head of Workforce",
     "31 May 2026", "Stalled"),
    ("2.3", "Publish a caseload promise for every team", "Head of Workforce", "28 Feb 2026",
     "Done"),
]  # fmt: skip
CSS = (
    "@page{size:A4 landscape;margin:12mm} *{print-color-adjust:exact;-webkit-print-color-adjust:"
    "exact} body{font-family:'Liberation Sans',sans-serif;font-size:8.5pt}"
    ".dot{display:inline-block;width:8px;height:8px;border-radius:4px;margin:0 3px 0 6px}"
    ".card{border:1px solid #90a4ae;border-radius:5px;padding:4px 8px;margin:6px 0;width:60%}"
)


def _dot(word: str) -> str:
    return f"<span class='dot' style='background:{DOTS[word]}'></span>{word}"


def _page(tmp_path: Path) -> Path:
    cards = "".join(
        f"<div class='card'><b>{ref}</b> {text}<div>Lead: {lead}</div>"
        f"<div>By: {due}{_dot(st)}</div></div>"
        for ref, text, lead, due, st in ROWS
    )
    html = (
        f"<html><head><style>{CSS}</style></head><body><h1>Improvement plan</h1>"
        "<div>" + "".join(_dot(w) for w in DOTS) + "</div>"
        "<h2>Recommendation 1: Reduce delay in achieving permanence for children in care</h2>"
        f"{cards}</body></html>"
    )
    page, out = tmp_path / "plan.html", tmp_path / "plan.pdf"
    page.write_text(html, encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_a_key_of_small_dots_says_what_its_own_words_mean(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_page(tmp_path)))
    got = {a.ref: (a.due_raw, a.rag) for a in plan.actions if a.ref in ("1.1", "2.1")}
    # the key's own word: read from the date's line, its colour from the key's dot
    assert got == {"1.1": ("31 Mar 2027", "green"), "2.1": ("31 Jan 2027", "green")}
    assert [a.ref for a in plan.actions] == [r[0] for r in ROWS]
