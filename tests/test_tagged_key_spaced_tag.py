"""A key of recommendations tagged with a spaced label ('Rec. 1 <text>', 'Rec 2 <text>') is
read with the numbers the tags print (extractors/tagged_key.py).

The key's reader kept the tag as printed for the number; a tight code ('R2', 'REC2') is
stripped of its letters later by what the plan's refs carry, but a label spelt with a space
or a full stop and a space before its number ('Rec. 2') matched no code and stayed the number
whole, so the recommendations were numbered 'Rec. 1' ... and an action's link '2' or
'(Rec. 2)' named none of them. Read as a number cell or a link cell is (cell_number), the
tag's label is no part of the number.
"""

from __future__ import annotations

from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

RECS = [
    "Reduce delay in achieving permanence for children in care, including through timely use "
    "of special guardianship and adoption",
    "Increase the range of suitable accommodation for care leavers and improve the quality of "
    "pathway plans",
    "Improve the regularity and quality of management oversight and reflective supervision for "
    "social workers in the assessment and child in need teams",
]
ACTIONS = [
    ("1", "Track the timeliness of care proceedings weekly", "Head of Safeguarding",
     "February 2027", "Amber"),
    ("2", "Commission fifteen supported lodgings places for care leavers",
     "Service Manager, Front Door", "May 2027", "Red"),
    ("3", "Publish a revised supervision standard with a recording template",
     "Service Manager, Care Leavers", "September 2027", "Green"),
    ("1", "Strengthen support to special guardians with a support worker",
     "Head of Safeguarding", "March 2027", "Green"),
]  # fmt: skip


def _html(tag: str) -> str:
    """A boxed key 'Rec. 1 <text>' (a bold tag, the text wrapping under it), then a grid of
    actions whose last column names the recommendation by its bare number."""
    items = "".join(f"<li><b>{tag}{n}</b> {t}</li>" for n, t in enumerate(RECS, 1))
    rows = "".join(
        f"<tr><td>{i}</td><td>{t}</td><td>{o}</td><td>{d}</td><td>{s}</td><td>{r}</td></tr>"
        for i, (r, t, o, d, s) in enumerate(ACTIONS, 1)
    )
    return (
        "<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif',serif;"
        "font-size:9pt} .recs{border:0.3mm solid #9cc;padding:1mm 3mm;margin-bottom:3mm}"
        ".recs ul{margin:0;padding-left:4mm;list-style:none} table{border-collapse:collapse;"
        "width:100%} td,th{border:0.3mm solid #333;padding:1mm;text-align:left}</style></head>"
        "<body><h1>Improvement plan</h1><div class='recs'><h3>The recommendations</h3>"
        f"<ul>{items}</ul></div><table><tr><th>No.</th><th>Action</th><th>Lead officer</th>"
        f"<th>Target date</th><th>RAG</th><th>Recommendation</th></tr>{rows}</table>"
        "</body></html>"
    )


def _pdf(tag: str, tmp_path: Path) -> bytes:
    page = tmp_path / "key.html"
    page.write_text(_html(tag))
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


def _assert_read(pdf: bytes) -> None:
    plan = extract_plan(parse_pdf_bytes(pdf, "spaced-tag-key.pdf"))
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert [r.text for r in plan.recommendations] == RECS
    by_id = {r.id: r.number for r in plan.recommendations}
    assert len(plan.actions) == len(ACTIONS)
    for action, (rec, *_) in zip(plan.actions, ACTIONS, strict=True):
        assert [by_id[x] for x in action.recommendations] == [rec]


@needs_chromium
def test_key_tagged_rec_dot_space_numbers_bare(tmp_path: Path) -> None:
    _assert_read(_pdf("Rec. ", tmp_path))


@needs_chromium
def test_key_tagged_rec_space_numbers_bare(tmp_path: Path) -> None:
    _assert_read(_pdf("Rec ", tmp_path))
