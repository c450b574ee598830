"""Lines each reading as a field once are no run of cards (card_sections).

A heading set apart between two runs of cards that share no label parts them (a list of
actions, then 'MEASURES' and the measures). A search page lists its results each led by a
badge naming its kind in capitals, read as a label and its value ('NEWS Practice week ...',
'GUIDANCE Using the tracker - ...'), once each: no run of cards. Under them, an action's title
set large wraps its last words alone onto a line ('without travelling'), a line in a heading's
type: read as a heading between two runs, it parted the page there, the title was cut from its
last line and the action read as 'without travelling', the rest of its title lost (holdout39
html-search-results 1-016, after 91830bc2 left the search page's other badges fields).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

import pytest

from plantrace.extractors.card_sections import card_sections
from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.document import Line, Word
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

# ref -> (title, owner, due, status)
ITEMS = {
    "2.4": ("Run a weekly clinic so that partner agencies can bring their questions in person",
            "Head of Early Help", "Sep 9, 2025", "Closed"),
    "1.1": ("Hold exit interviews with every leaver and report the themes", "Head of Safeguarding",
            "Jan 12, 2026", "Critical"),
    "1.2": ("Offer a protected caseload to newly qualified social workers", "Principal Social Worker",
            "Oct 3, 2025", "Healthy"),
    "2.1": ("Agree a joint housing protocol with district councils", "Head of Early Help",
            "Jul 21, 2025", "Healthy"),
}  # fmt: skip
CSS = (
    "@page { size: A4 portrait; margin: 12mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; margin: 0; }"
    ".page { display: flex; } .facets { width: 38mm; } .results { width: 118mm; }"
    ".facets h4 { font-size: 9pt; margin: 3mm 0 1mm; } .facets div { font-size: 8pt; }"
    ".r { margin: 0 0 5mm; } .crumb { color: #2a6; font-size: 8pt; }"
    ".badge { font-size: 7pt; border: 1px solid #888; padding: 0 2px; margin-right: 6px; }"
    ".t { font-size: 14pt; color: #1a4aa0; } .m { color: #666; font-size: 8pt; }"
)
OTHERS = [
    ("NEWS", "Practice week December 2025: what we learned",
     "Managers audited cases against the plan's priorities."),
    ("GUIDANCE", "Using the tracker - how to update your actions",
     "Every lead updates their actions by the 5th of the month."),
]  # fmt: skip


def _result(crumb: str, badge: str, title: str, body: str) -> str:
    return (
        f"<div class='r'><div class='crumb'>Staff Hub › Library{crumb}</div>"
        f"<div class='t'><span class='badge'>{badge}</span>{escape(title)}</div>"
        f"<div>{body}</div><div class='m'>Modified 12 Aug 2025 by Emrys Caldecott</div></div>"
    )


def _html() -> str:
    out = [_result("", badge, title, escape(body)) for badge, title, body in OTHERS]
    for ref, (text, owner, due, status) in ITEMS.items():
        body = f"Owner: {escape(owner)} &nbsp; Target: {due} &nbsp; State: {status}"
        out.append(_result(f" › Recommendation {ref[0]}", "ACTION", f"{ref} {text}", body))
    facets = "".join(f"<div>☐ {s}</div>" for s in ("Healthy (2)", "Critical (1)", "Closed (1)"))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<p>6 results for “improvement actions”</p><div class='page'><div class='facets'>"
        f"<h4>State</h4>{facets}</div><div class='results'>{''.join(out)}</div></div>"
        "</body></html>"
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> PlanExtraction:
    page = tmp_path_factory.mktemp("results") / "results.html"
    page.write_text(_html())
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


@needs_chromium
def test_a_title_wrapped_under_single_badges_keeps_its_lines(plan: PlanExtraction) -> None:
    got = {a.ref: (a.text, a.owner) for a in plan.actions}
    assert got == {ref: (text, owner) for ref, (text, owner, *_) in ITEMS.items()}


def _line(text: str, top: float, size: float = 9.0) -> Line:
    words, x = [], 40.0
    for w in text.split():
        words.append(Word(text=w, x0=x, top=top, x1=x + 5.0 * len(w), bottom=top + size))
        x += 5.0 * len(w) + 3.0
    return Line(text, (40.0, top, x, top + size), size, False, 1, 0, words=words)


def _labels(lines: Sequence[Line]) -> Counter[str]:
    out: Counter[str] = Counter()
    for ln in lines:
        first = ln.text.split()[0]
        if first.endswith(":") or first.isupper():
            out[first.rstrip(":").lower()] += 1
    return out


def test_single_labels_are_no_run() -> None:
    # a result each: its badge and title, its text, its date, the next one's crumb
    once = [_line("NEWS Practice week", 10), _line("managers audited cases", 20),
            _line("modified in August", 26), _line("staff hub library", 32),
            _line("GUIDANCE Using the tracker", 38)]  # fmt: skip
    cards = [_line("Owner: Head of Early Help", 70 + 12 * k) for k in range(3)]
    cards += [_line("State: Closed", 110)]
    head = _line("without travelling", 55, size=14.0)
    # one card over a heading: a run of its own
    card = [_line("Lead: Ann Hope", 10), _line("Deadline: May 2026", 22)]
    heading = _line("MEASURES", 50)
    measures = [_line("Start: 343", 70), _line("Start: 391", 82)]
    assert card_sections([*card, heading, *measures], _labels) == [card, [heading, *measures]]
    assert card_sections([*once, head, *cards], _labels) == [[*once, head, *cards]]
    # two runs of cards, each repeating its labels, under a heading: parted
    runs = [_line("Lead: Ann Hope", 10), _line("Lead: Raj Dev", 22)]
    assert card_sections([*runs, heading, *measures], _labels) == [runs, [heading, *measures]]
