"""A plan printed as a 16:9 slide deck (HTML printed by Chromium at a PowerPoint slide's size).

A title slide; a priorities-at-a-glance slide of tiles, each a number over a short theme name;
then a slide per priority, the priority in a coloured band across the top (label and text on
one line, or the label over the text), its actions as boxes three to a row, each box with a
coloured rule along its top edge, the ref, the action, labels over their values and a status
chip; a continuation slide carries a priority's last action alone. The assertions are what a
reader of the slides sees: the priorities' full texts (not the tiles' short names), each
action's fields and its priority.
"""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

import pytest

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import print_pdf

PRIORITIES = {
    "1": "Improve the timeliness and consistency of decisions at the front door so that children "
    "receive the right help at the right time",
    "2": "Strengthen the response to children who go missing from home or care, so that return "
    "home interviews are offered promptly",
}
SHORT = {"1": "The front door and early help", "2": "Children missing from home and care"}
# ref, action, owner, due as printed, due read, status, RAG read
ACTIONS = [
    ("1.1", "Apply consistent thresholds at the front door through weekly threshold clinics",
     "David Osei, DCS", "Mar 2026", "2026-03-31", "On track", "green"),
    ("1.2", "Step down cases to early help with a warm handover meeting with the family",
     "OT – Group Manager, MASH", "Jun 2026", "2026-06-30", "Delayed", "amber"),
    ("1.3", "Audit repeat referrals each quarter to learn why help did not last",
     "Commissioning Manager", "Sep 2026", "2026-09-30", "Off track", "red"),
    ("1.4", "Publish a revised threshold document with partners and schools",
     "HoS Fostering", "Dec 2026", "2026-12-31", "Complete", "blue"),
    ("2.1", "Hold a monthly missing children panel chaired by the head of safeguarding",
     "JM – Virtual School Headteacher", "Apr 2026", "2026-04-30", "On track", "green"),
    ("2.2", "Commission an independent return home interview service for every child",
     "AD Safeguarding", "Oct 2026", "2026-10-31", "Delayed", "amber"),
]  # fmt: skip
CSS = (
    "@page{size:338.67mm 190.5mm;margin:0}*{print-color-adjust:exact;box-sizing:border-box}"
    "body{margin:0;font-family:'DejaVu Serif',serif;font-size:13pt;color:#222}"
    ".slide{width:338.67mm;height:190.5mm;position:relative;overflow:hidden;"
    "padding:12mm 16mm 16mm;break-after:page}"
    ".band{background:#8a1538;color:#fff;margin:-12mm -16mm 7mm;padding:7mm 16mm 5mm}"
    ".kicker{font-size:12pt;display:block;margin-bottom:1.5mm}"
    ".band h2{font-size:17pt;margin:0}.cover{background:#8a1538;color:#fff}"
    ".foot{position:absolute;left:16mm;right:16mm;bottom:6mm;font-size:9pt;color:#666;"
    "display:flex;justify-content:space-between;border-top:0.5pt solid #bbb;padding-top:2mm}"
    ".boxes{display:flex;gap:6mm}.box{flex:1 1 0;border:0.8pt solid #aaa;"
    "border-top:4pt solid #8a1538;padding:4mm;font-size:11.5pt;min-height:95mm}"
    ".ref{font-weight:bold;font-size:15pt;color:#8a1538}.box p{margin:2mm 0}"
    ".lbl{color:#666;font-size:10pt;display:block}"
    ".chip{display:inline-block;padding:0.6mm 3mm;border-radius:3mm;font-weight:bold;"
    "background:#e0e0e0}.tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:6mm}"
    ".tile{background:#f2f2f2;padding:5mm}.tile b{font-size:26pt;display:block}"
)


# the progress note of each action where the boxes print one (two alike in a row)
PROGRESS = {"1.1": "Not yet started", "1.2": "Not yet started", "1.3": "Audit under way",
            "1.4": "Published in May", "2.1": "Panel meets monthly", "2.2": "Not yet started"}  # fmt: skip
PERCENT = {"1.1": "0%", "1.2": "0%", "1.3": "40%", "1.4": "100%", "2.1": "60%", "2.2": "0%"}


def _box(ref: str, text: str, owner: str, due: str, status: str, more: bool) -> str:
    """A box; more: a share done ('% done' over '40%') and a progress note over the chip."""
    extra = (
        f"<p><span class='lbl'>% done</span>{PERCENT[ref]}</p>"
        f"<p><span class='lbl'>Progress</span>{PROGRESS[ref]}</p>"
        if more
        else ""
    )
    return (
        f"<div class='box'><span class='ref'>{ref}</span><p>{escape(text)}</p>"
        f"<p><span class='lbl'>Lead officer</span>{escape(owner)}</p>"
        f"<p><span class='lbl'>Deadline</span>{escape(due)}</p>{extra}"
        f"<span class='chip'>{status}</span></div>"
    )


def _slide(n: int, band: str, body: str) -> str:
    foot = f"<div class='foot'><span>Fenmarsh Children's Services · OFFICIAL</span><span>{n}</span></div>"
    return f"<div class='slide'>{band}{body}{foot}</div>"


def _deck(one_line: bool, more: bool = False) -> str:
    """The deck; one_line: each band prints 'What must improve (n): text' on one line, else the
    label 'Improvement priority n' over the text; more: the boxes' extra fields (_box)."""
    tiles = "".join(f"<div class='tile'><b>{n}</b>{escape(SHORT[n])}</div>" for n in PRIORITIES)
    slides = [
        "<div class='slide cover'><h1>Getting to Good: Fenmarsh improvement plan</h1>"
        "<p>Our plan for children, reported to the Improvement Board every month.</p></div>",
        _slide(2, "<div class='band'><h2>Our priorities at a glance</h2></div>",
               f"<div class='tiles'>{tiles}</div>"),
    ]  # fmt: skip
    for n, text in PRIORITIES.items():
        acts = [a for a in ACTIONS if a[0].startswith(f"{n}.")]
        if one_line:
            band = f"<div class='band'><h2>What must improve ({n}): {escape(text)}</h2></div>"
        else:
            band = (f"<div class='band'><span class='kicker'>Improvement priority {n}</span>"
                    f"<h2>{escape(text)}</h2></div>")  # fmt: skip
        for i in range(0, len(acts), 3):
            if i:
                band = (f"<div class='band'><span class='kicker'>Improvement priority {n} "
                        f"(continued)</span><h2>{escape(SHORT[n])}</h2></div>")  # fmt: skip
            boxes = "".join(_box(r, t, o, d, s, more) for r, t, o, d, _, s, _ in acts[i : i + 3])
            slides.append(_slide(len(slides) + 1, band, f"<div class='boxes'>{boxes}</div>"))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head>"
        f"<body>{''.join(slides)}</body></html>"
    )


def _read(tmp: Path, html: str) -> PlanExtraction:
    page = tmp / "deck.html"
    page.write_text(html)
    out = tmp / "deck.pdf"
    print_pdf(page, out)
    return extract_plan(parse_pdf_bytes(out.read_bytes(), "deck.pdf"))


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
@pytest.mark.parametrize("one_line", [True, False])
def test_a_slide_per_priority_with_action_boxes(tmp_path: Path, one_line: bool) -> None:
    """Each box is a card (labels over values, the chip its status, an owner whose initials and
    role read like a 'label – value' line); the continuation slide's lone box is read with the
    labels of the boxes before it. The priorities are the bands' full texts: the tiles' short
    names ('4 The front door ...') and the continuation band's name make none of their own."""
    plan = _read(tmp_path, _deck(one_line))
    assert [(r.number, r.text) for r in plan.recommendations] == list(PRIORITIES.items())
    assert [(a.ref, a.text, a.owner, str(a.due_date), a.rag) for a in plan.actions] == [
        (ref, text, owner, due, rag) for ref, text, owner, _, due, _, rag in ACTIONS
    ]
    number = {r.id: r.number for r in plan.recommendations}
    assert [[number[x] for x in a.recommendations] for a in plan.actions] == [
        [ref.split(".")[0]] for ref, *_ in ACTIONS
    ]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs the chromium package")
def test_boxes_with_a_share_done_and_a_progress_note_over_the_chip(tmp_path: Path) -> None:
    """'% done' is a label like any other (its value is no part of the deadline), and the
    chip under a progress note is the status, though the note ('Not yet started') comes back
    box after box as a label would."""
    plan = _read(tmp_path, _deck(one_line=True, more=True))
    assert [(a.ref, str(a.due_date), a.due_raw, a.progress, a.rag) for a in plan.actions] == [
        (ref, due, raw, PROGRESS[ref], rag) for ref, _, _, raw, due, _, rag in ACTIONS
    ]
