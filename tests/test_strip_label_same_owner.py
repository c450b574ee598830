"""A card's field strip where the page's cards all share one owner: the owner's name is no part
of the next label.

Shape: a web page of objectives printed by Chromium, each with key results and its initiatives
as cards ('<ref> <title>' over a strip 'Owner: <name>  Target date: <date>  Progress status:
<pill>', a 'Check-in:' line under it). The page breaks before the last objective's initiatives
(its title and key results on the first page) and both have one owner, so on that page 'Claire Whitby Target date', 'Whitby Target
date' and 'Target date' each recur twice. plan_cards._next_label passes over a run opening right
after another label's colon (74dabbf4: a status value, 'Awaiting update Completion date'); the
tail of that run ('Whitby Target date') recurred as often, was taken as the label, and the owner
read 'Claire'. A run inside a passed-over run that recurs no more often is that value's tail.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf
from tests.chromium import print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 12mm; }"
    "body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 9pt; margin: 0; }"
    ".obj { border: 1px solid #cfcbe6; border-radius: 6px; margin: 0 0 12px 0; padding: 8px 10px; }"
    ".chip { display: inline-block; background: #ece9fb; border-radius: 10px; padding: 0 8px;"
    " font-size: 8pt; font-weight: bold; }"
    ".otext { font-size: 11pt; font-weight: bold; margin: 4px 0 2px 0; }"
    ".oown { color: #555; font-size: 8pt; }"
    ".sect { font-size: 7.5pt; letter-spacing: 0.08em; color: #777; margin: 8px 0 3px 0;"
    " border-bottom: 1px solid #eee; }"
    ".kr { margin: 3px 0; } .krm { color: #666; font-size: 8pt; }"
    ".ini { border-left: 3px solid #ccc; padding: 2px 0 2px 8px; margin: 5px 0; break-inside: avoid; }"
    ".ititle { font-weight: bold; } .meta { font-size: 8.5pt; margin-top: 1px; }"
    ".meta span { margin-right: 14px; }"
    ".st { display: inline-block; border-radius: 3px; padding: 0 5px; color: #fff; font-size: 8pt;"
    " font-weight: bold; }"
    ".ci { font-size: 8.5pt; margin-top: 1px; } .cid { color: #888; font-size: 7.5pt; }"
    "table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd;"
    " padding: 3px 6px; text-align: left; vertical-align: top; font-size: 8.5pt; }"
)
COLOURS = {"On track": "#2E8B3E", "At risk": "#D98E04", "Off track": "#C0392B", "Done": "#1F5FBF"}

# (objective, owner, key results (text, owner, date), initiatives (ref, title, owner, due, status,
# check-in), on a new page)
# fmt: off
OBJECTIVES = [
    ("Make sure every referral gets a timely decision", "Harriet Moss",
     [("90% of referrals decided within one working day", "Rowan Pike", "2026/03/31")],
     [("1.1", "Set up a daily triage meeting at the front door", "Idris Mayhew", "2025/10/31",
       "On track", "Meetings running since September"),
      ("1.2", "Publish threshold guidance for partner agencies", "Harriet Moss", "2025/12/15",
       "Done", "Guidance issued to schools and health"),
      ("1.3", "Audit a sample of referrals every month", "Idris Mayhew", "2026/02/27",
       "Off track", "First audit slipped to January")], False),
    ("Strengthen the quality of supervision", "Rowan Pike",
     [("Every worker supervised within four weeks", "Harriet Moss", "2026/01/31")],
     [("2.1", "Introduce a supervision recording template", "Rowan Pike", "2025/11/28",
       "On track", "Template drafted with team managers"),
      ("2.2", "Train team managers in reflective supervision", "Idris Mayhew", "2026/04/30",
       "At risk", "Trainer not yet commissioned")], False),
    ("Improve plans for children in care", "Harriet Moss",
     [("Every plan reviewed by a manager each term", "Rowan Pike", "2026/04/30")],
     [("3.1", "Reduce the time taken to agree care plans", "Claire Whitby", "2026/01/16",
       "At risk", "Delayed because of staff turnover"),
      ("3.2", "Review every personal education plan each term", "Claire Whitby", "2026/05/04",
       "On track", "Reviews booked for the spring term")], True),
]


# a table of measures after the last objective, on its page
METRICS = (
    "<div class='obj'><div class='otext'>Tracked metrics</div><table><tr><th>Tracked metric</th>"
    "<th>Baseline</th><th>Latest</th><th>Target value</th></tr>"
    "<tr><td>Re-referrals within 12 months</td><td>22.1%</td><td>19.4%</td><td>15%</td></tr>"
    "<tr><td>Supervision held within four weeks</td><td>61%</td><td>74%</td><td>95%</td></tr>"
    "<tr><td>Average caseload per social worker</td><td>24</td><td>21</td><td>18</td></tr>"
    "</table></div>"
)


def _html() -> str:
    parts = []
    for n, (text, owner, krs, inits, new_page) in enumerate(OBJECTIVES, 1):
        # the page breaks between the objective's key results and its initiatives
        style = " style='break-before: page'" if new_page else ""
        body = [f"<div class='obj'><span class='chip'>Objective {n}</span>"
                f"<div class='otext'>{text}</div><div class='oown'>Objective owner: {owner}</div>"
                "<div class='sect'>KEY RESULTS</div>"]  # fmt: skip
        for kr, who, when in krs:
            body.append(f"<div class='kr'>{kr}<div class='krm'>Owner: {who} &middot; "
                        f"Target date: {when}</div></div>")  # fmt: skip
        body.append(f"<div class='sect'{style}>INITIATIVES</div>")
        for ref, title, who, due, status, note in inits:
            body.append(
                f"<div class='ini' style='border-left-color:{COLOURS[status]}'>"
                f"<div class='ititle'>{ref} {title}</div><div class='meta'>"
                f"<span>Owner: {who}</span><span>Target date: {due}</span>"
                f"<span>Progress status: <span class='st' style='background:{COLOURS[status]}'>"
                f"{status}</span></span></div><div class='ci'>Check-in: {note}</div>"
                f"<div class='cid'>Checked in 08 Sep 2025 by {owner}</div></div>"
            )
        body.append("</div>")
        parts.append("".join(body))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>{CSS}</style></head>"
        "<body><h1 style='font-size:15pt'>Service improvement - OKRs</h1>"
        f"{''.join(parts)}{METRICS}</body></html>"
    )


def _page(tmp_path: Path) -> Path:
    page, out = tmp_path / "okrs.html", tmp_path / "okrs.pdf"
    page.write_text(_html(), encoding="utf-8")
    print_pdf(page, out)
    return out


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_one_owner_of_a_pages_cards_keeps_their_whole_name(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf(_page(tmp_path)))
    got = {a.ref: (a.owner, a.due_raw) for a in plan.actions}
    for _, _, _, inits, _ in OBJECTIVES:
        for ref, _, who, due, _, _ in inits:
            assert got.get(ref) == (who, due), ref
