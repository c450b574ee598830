"""A table ruled between its rows, each row with a note line across the columns printed under it
inside the row's rules (the rule under the row dropped so that the note reads as the row's):
every such note made one unruled break, so with a note under every row (and a wrapped cell the
spacing parted) the rules no longer parted 'most rows', the rows were left as spacing found them
and each note was read as an action of its own, its row left without progress (holdout54
html-likert-self-assessment). A note across the table under a row with no rule between says
nothing of whether the rules are the row lines (pipeline.tables._ruled_groups).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 13mm 12mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #222; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { font-size: 7.5pt; text-align: left; padding: 1mm 1.2mm; vertical-align: bottom;"
    " border-bottom: 0.4mm solid #234; } th.sc { text-align: center; width: 13mm; font-weight: normal; }"
    "td { padding: 1.6mm 1.2mm; vertical-align: middle; border-bottom: 0.2mm solid #bbb; }"
    "tr.nt td { font-size: 7.5pt; color: #444; padding-top: 0; }"
    "tr.row:has(+ tr.nt) td { border-bottom: none; } td.act { width: 36%; } td.who { width: 17%; }"
    "td.sc { text-align: center; } .lb { font-weight: bold; }"
    ".o { display: inline-block; width: 3mm; height: 3mm; border: 0.3mm solid #555;"
    " border-radius: 50%; box-sizing: border-box; } .o.x { background: #234; border-color: #234; }"
)
STEPS = ["Not yet started", "Getting going", "Well on the way", "Fully secure"]
ROWS = [
    ("5.1", "Publish a quarterly report on placement stability to the corporate parenting panel",
     "Ruth Adeyemi", "30/9/26", 2, "Two reports published; the third is being drafted for June"),
    ("5.2", "Open a second family hub in the north of the borough with health visitors, housing"
     " officers and a welfare rights adviser", "Colin Marsh", "31/3/27", 0,
     "Lease signed and fit-out started; opening planned for the spring"),
    ("5.3", "Train every duty worker in the new threshold guidance", "Ruth Adeyemi", "31/12/26", 3,
     "All of the duty teams trained; refresher sessions booked for new starters"),
]  # fmt: skip


def _html() -> str:
    head = "".join(f"<th class='sc'>{s}</th>" for s in STEPS)
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h2>Priority 5: Stable homes for children in care</h2><table><thead><tr>"
           "<th>Ref</th><th>What we will do</th><th>Lead officer</th><th>Due date we set</th>"
           f"{head}</tr></thead><tbody>"]  # fmt: skip
    for ref, act, who, due, step, note in ROWS:
        dots = "".join(
            f"<td class='sc'><span class='o{' x' if k == step else ''}'></span></td>"
            for k in range(len(STEPS))
        )
        out.append(
            f"<tr class='row'><td>{ref}</td><td class='act'>{escape(act)}</td>"
            f"<td class='who'>{escape(who)}</td><td>{due}</td>{dots}</tr>"
            f"<tr class='nt'><td></td><td colspan='{3 + len(STEPS)}'>"
            f"<span class='lb'>Proof so far:</span> {escape(note)}</td></tr>"
        )
    out.append("</tbody></table></body></html>")
    return "".join(out)


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "plan.html"
    page.write_text(html)
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_a_note_under_every_ruled_row_is_its_rows(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _html()), "plan.pdf"))
    assert [a.ref for a in plan.actions] == ["5.1", "5.2", "5.3"]
    got = {a.ref: (a.text, a.owner, a.due_raw) for a in plan.actions}
    assert got == {ref: (act, who, due) for ref, act, who, due, _, _ in ROWS}
    for a, (*_, note) in zip(plan.actions, ROWS, strict=True):
        assert a.progress is not None and a.progress.endswith(note)
    assert not [w for w in plan.warnings if w.code == "plan_actions_doubtful"]
