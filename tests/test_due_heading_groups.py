"""A council web page printed by headless Chromium that lists its actions BY WHEN THEY WILL BE
DONE: the recommendations are listed once at the top; the actions stand under date headings
('By the end of June 2026', 'Autumn 2026') and a last 'Ongoing' heading, each action a paragraph
led by a tinted tag naming the recommendation it answers ('Recommendation 2') and followed by a
byline 'Owner: <post> · Status: <status>'. A larger heading naming no date ('Other work') ends
the last group.

What is read: each action's due date is its group heading's (the heading as printed, its date
the period's end; 'Ongoing' an open timescale with no date), and its tag links it to the
recommendation it names. A page whose only dated heading is its title ('Our plan for 2026')
groups nothing: one dated heading is no grouping.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

RECS = [
    "Improve the quality and timeliness of assessments so that children get the right help",
    "Make sure that supervision is regular, reflective and recorded on the child's file",
    "Strengthen the response to children who go missing from home or care",
]
GROUPS = [
    ("By the end of June 2026", [
        ("2", "Introduce a supervision template that records the reflective discussion",
         "Principal Social Worker", "On track"),
        ("1", "Audit twenty assessments each month and share the learning", "Head of Service",
         "Slipping"),
    ]),
    ("Autumn 2026", [
        ("3", "Offer every child who returns home an interview within three days",
         "Safeguarding Manager", "Not on track"),
    ]),
    ("Ongoing", [
        ("1", "Report assessment timeliness to the improvement board every month",
         "Head of Service", "On track"),
    ]),
]  # fmt: skip
CSS = (
    "@page{size:A4;margin:18mm} body{font-family:'Liberation Serif',serif;font-size:10.5pt}"
    "h3{color:#1d5fa8;font-size:12.5pt} .act{border-left:2px solid #aaa;padding:3pt 8pt;"
    "margin:6pt 0} .tag{background:#d2e2f1;font-weight:bold;font-size:8pt;padding:1pt 4pt}"
    ".by{color:#555;font-size:9pt}"
)


def _action(tag: str, text: str, owner: str, status: str) -> str:
    return (
        f'<div class="act"><span class="tag">Recommendation {tag}</span><div>{text}</div>'
        f'<div class="by">Owner: {owner} &middot; Status: {status}</div></div>'
    )


def _print(tmp_path: Path, html: str, css: str = "") -> Path:
    page, out = tmp_path / "plan.html", tmp_path / "plan.pdf"
    page.write_text(f"<html><head><style>{CSS}{css}</style></head><body>{html}</body></html>")
    print_pdf(page, out)
    return out


def _grouped_page(tmp_path: Path, css: str = "") -> Path:
    parts = ["<h1>What we are doing and when</h1><h2>What inspectors asked us to improve</h2><ol>"]
    parts += [f"<li><b>Recommendation {n}:</b> {t}</li>" for n, t in enumerate(RECS, 1)]
    parts.append("</ol><h2>Our actions, by when they will be done</h2>")
    for heading, actions in GROUPS:
        parts.append(f"<h3>{heading}</h3>")
        parts += [_action(*a) for a in actions]
    parts.append("<h2>Other work</h2>")
    parts.append(_action("2", "Train all team managers in reflective supervision",
                         "Workforce Lead", "On track"))  # fmt: skip
    return _print(tmp_path, "".join(parts), css)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
@pytest.mark.parametrize("css", ["", "h3{font-weight:normal;font-size:15pt}"])
def test_date_headings_give_their_actions_due_dates_and_tags_link_them(
    tmp_path: Path, css: str
) -> None:
    """The date headings bold, or set large and coloured but not bold."""
    plan = extract_plan(parse_pdf(_grouped_page(tmp_path, css)))
    got = [(a.text, a.owner, a.due_raw, a.due_date and a.due_date.isoformat(),
            a.recommendations) for a in plan.actions]  # fmt: skip
    assert got == [
        (GROUPS[0][1][0][1], "Principal Social Worker", "By the end of June 2026", "2026-06-30",
         ["r2"]),
        (GROUPS[0][1][1][1], "Head of Service", "By the end of June 2026", "2026-06-30", ["r1"]),
        (GROUPS[1][1][0][1], "Safeguarding Manager", "Autumn 2026", "2026-11-30", ["r3"]),
        (GROUPS[2][1][0][1], "Head of Service", "Ongoing", None, ["r1"]),
        ("Train all team managers in reflective supervision", "Workforce Lead", None, None,
         ["r2"]),
    ]  # fmt: skip
    assert [a.rag for a in plan.actions] == ["green", "amber", "red", "green", "green"]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_a_dated_title_alone_groups_nothing(tmp_path: Path) -> None:
    parts = ["<h1>Our plan for 2026</h1><ol>"]
    parts += [f"<li><b>Recommendation {n}:</b> {t}</li>" for n, t in enumerate(RECS, 1)]
    parts.append("</ol><h3>Assessments</h3>")
    parts.append(_action("1", GROUPS[0][1][1][1], "Head of Service", "Slipping"))
    parts.append(_action("3", GROUPS[1][1][0][1], "Safeguarding Manager", "Not on track"))
    plan = extract_plan(parse_pdf(_print(tmp_path, "".join(parts))))
    assert [(a.due_raw, a.recommendations) for a in plan.actions] == [
        (None, ["r1"]),
        (None, ["r3"]),
    ]
