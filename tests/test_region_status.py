"""Status given by the labelled region of a drawing an action's ref is written in (web pages
printed by Chromium), the actions' table below having no status column.

Two drawings:
- zones side by side (ellipses), each labelled and filled in its status colour; one label a
  word the vocabulary knows on the fill of its colour ('On track' on green), so the fills are
  a status code and the other labels ('Choppy waters', 'Run aground') are rated by their fill;
  a grey zone with an unknown word ('Still moored') rates nothing and is said;
- a target of rings, its fills the target's own colours: the ring labelled 'Green' is drawn
  red, so the fills are no code; only 'Green' rates its refs, the other rings' actions are left
  unrated and said (plan_status_unread). The bold 'Green' label over its refs heads no section:
  the table's actions printed after the target are not all rated green by it (0.6.89 read it
  as a status heading wherever the centre held no ref).
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4; margin: 13mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; margin: 0; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { background: #dde6ee; text-align: left; padding: 4px; }"
    "td { padding: 4px; border-bottom: 1px solid #b8c4cc; vertical-align: top; }"
    "tr.band td { background: #203a4c; color: white; font-weight: bold; }"
)
# (rec number, rec text, [(ref, action, lead, due)])
RECS = [
    ("1", "Improve the quality of supervision for social workers",
     [("1a", "Audit supervision records every quarter", "Nadia Rourke", "30 June 2027"),
      ("1b", "Train every team manager in reflective supervision", "Owen Tallis", "31 March 2027"),
      ("1c", "Publish a supervision standard for all teams", "Nadia Rourke", "31 May 2027")]),
    ("2", "Make sure children's views shape their plans",
     [("2a", "Record each child's words in every review", "Bea Marchetti", "30 April 2027"),
      ("2b", "Ask children to check their plan before it is signed", "Owen Tallis",
       "31 July 2027"),
      ("2c", "Run a young advisers' panel twice a year", "Bea Marchetti", "31 October 2027"),
      ("2d", "Report what children told us to the board", "Nadia Rourke", "28 February 2027")]),
]  # fmt: skip
REFS = [ref for _, _, acts in RECS for ref, *_ in acts]


def _table() -> str:
    rows = ["<table><thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th></tr></thead>"
            "<tbody>"]  # fmt: skip
    for n, text, acts in RECS:
        rows.append(
            f"<tr class='band'><td colspan='4'>Recommendation {n}: {escape(text)}</td></tr>"
        )
        for ref, action, lead, due in acts:
            rows.append(f"<tr><td>{ref}</td><td>{escape(action)}</td><td>{lead}</td>"
                        f"<td>{due}</td></tr>")  # fmt: skip
    return "".join(rows) + "</tbody></table>"


def _text(x: float, y: float, words: str, ink: str, bold: bool = True) -> str:
    weight = " font-weight='bold'" if bold else ""
    return (f"<text x='{x:.1f}' y='{y:.1f}' text-anchor='middle' font-size='11'{weight} "
            f"fill='{ink}'>{escape(words)}</text>")  # fmt: skip


# zones: (label, fill, ink, refs)
ZONES = [
    ("On track", "#2e9e4f", "#fff", ["1a", "2b"]),
    ("Choppy waters", "#e8a33d", "#222", ["1b", "2a", "2d"]),
    ("Run aground", "#d23b32", "#fff", ["2c"]),
    ("Still moored", "#c8c8c8", "#222", ["1c"]),
]


def _zones_svg() -> str:
    parts = ["<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 640 180' width='170mm'>"]
    for i, (label, fill, ink, refs) in enumerate(ZONES):
        cx = 80 + i * 160
        parts.append(f"<ellipse cx='{cx}' cy='90' rx='74' ry='80' fill='{fill}'/>")
        parts.append(_text(cx, 50, label, ink))
        for j, ref in enumerate(refs):
            parts.append(_text(cx - 24 + 24 * (j % 3), 95 + 18 * (j // 3), ref, ink, bold=False))
    return "".join(parts) + "</svg>"


# rings, centre outwards: (label, fill, ink, refs); the fills are a target's, not statuses
RINGS = [
    ("Bullseye", "#f4d03f", "#222", []),
    ("Green", "#d9453b", "#fff", ["1a", "2b", "2c"]),
    ("Outer", "#3b7dd8", "#fff", ["1b", "2a"]),
    ("Miss", "#262626", "#fff", ["1c", "2d"]),
]


def _target_svg() -> str:
    cx, cy, step = 200.0, 200.0, 44.0
    parts = ["<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 400' width='110mm'>"]
    for i in range(len(RINGS) - 1, -1, -1):
        parts.append(f"<circle cx='{cx}' cy='{cy}' r='{step * (i + 1)}' fill='{RINGS[i][1]}' "
                     "stroke='#fff' stroke-width='1.5'/>")  # fmt: skip
    for i, (label, _, ink, refs) in enumerate(RINGS):
        # the centre's word in regular type, as its refs are: no bold line after 'Green' ends
        # the reach a status heading would have
        parts.append(_text(cx, cy - step * (i + 1) + 13 if i else cy - 8, label, ink, bold=i > 0))
        rr = step * (i + 0.5)
        for j, ref in enumerate(refs):
            ang = math.radians(120 + 300 * (j + 0.5) / max(len(refs), 1))
            x, y = cx + rr * math.cos(ang), cy - rr * math.sin(ang) + 4
            parts.append(_text(x, y, ref, ink, bold=False))
    return "".join(parts) + "</svg>"


def _print(tmp_path: Path, name: str, svg: str) -> PlanExtraction:
    page = tmp_path / f"{name}.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        "<h1>Our improvement actions</h1><p>Each action's number is drawn in the part of the"
        f" picture that shows how it is going.</p><h2>How it is going</h2>{svg}{_table()}"
        "</body></html>"
    )
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), pdf.name))


def _rags(plan: PlanExtraction) -> dict[str | None, str | None]:
    return {a.ref: a.rag for a in plan.actions}


@needs_chromium
def test_zones_whose_fills_follow_a_known_word_rate_the_other_labels(tmp_path: Path) -> None:
    plan = _print(tmp_path, "zones", _zones_svg())
    assert [a.ref for a in plan.actions] == REFS
    assert [a.owner for a in plan.actions] == [a[2] for _, _, acts in RECS for a in acts]
    assert _rags(plan) == {
        "1a": "green", "2b": "green", "1b": "amber", "2a": "amber", "2d": "amber",
        "2c": "red", "1c": None,
    }  # fmt: skip
    # the grey zone's unknown word rates nothing: said, naming it
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1 and "'Still moored'" in said[0] and "1c" in said[0]


@needs_chromium
def test_target_rings_in_their_own_colours_rate_only_the_known_word(tmp_path: Path) -> None:
    plan = _print(tmp_path, "target", _target_svg())
    assert [a.ref for a in plan.actions] == REFS
    # 'Green' drawn red: the fills are no status code, so 'Outer' (blue) and 'Miss' (black) rate
    # nothing, and the label 'Green' heads no section of the table below the target
    assert _rags(plan) == {
        "1a": "green", "2b": "green", "2c": "green",
        "1b": None, "2a": None, "1c": None, "2d": None,
    }  # fmt: skip
    said = [w.message for w in plan.warnings if w.code == "plan_status_unread"]
    assert len(said) == 1
    assert "'Outer'" in said[0] and "'Miss'" in said[0] and "no status code" in said[0]
