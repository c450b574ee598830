"""A status told by the look of the action's text and by small shapes drawn beside it, decoded by
a printed key of samples, with no status word anywhere (holdout53 html-typeset-status: no status
read, and the actions struck off as done lost as deleted text). The key's entries are a sample
and a status phrase ('struck through: fulfilled', a ring drawn before 'beside it: slipping');
each action takes the status of its look (extractors.typeset_status), and the reading is said.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.typeset_status import KEY_LABEL, read_typeset_status
from plantrace.pipeline.normalise.rag import normalise_rag
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 14mm 13mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; }"
    ".key { font-size: 8pt; color: #333; display: flex; gap: 1mm 6mm; margin: 0 0 4mm; }"
    "table { border-collapse: collapse; width: 100%; }"
    "th { text-align: left; font-weight: bold; padding: 1mm 2mm; border-bottom: 1px solid #999; }"
    "td { padding: 2mm; vertical-align: top; } td.m { width: 4mm; padding: 2mm 0; }"
    ".gone { text-decoration: line-through; } .faint { color: #999999; font-style: italic; }"
    ".ring { display: inline-block; width: 2.2mm; height: 2.2mm; border: 0.45mm solid #E0A000;"
    " border-radius: 50%; box-sizing: border-box; }"
    ".tri { display: inline-block; width: 0; height: 0; border-left: 1.4mm solid transparent;"
    " border-right: 1.4mm solid transparent; border-bottom: 2.5mm solid #CC2222; }"
)
KEY = (
    "<div class='key'><span>Key</span><span>normal type: on track</span>"
    "<span><span class='ring'></span> next to it: at risk</span>"
    "<span><span class='tri'></span> next to it: off track</span>"
    "<span><span class='gone'>crossed out</span>: complete</span>"
    "<span><span class='faint'>faint italic</span>: not started</span></div>"
)
ROWS = [  # ref, action, owner, due, look
    ("1.1", "Review every open assessment older than forty working days with its manager",
     "Orla Penhallow", "14/03/2027", ""),
    ("1.2", "Publish a weekly list of assessments nearing their timescale to each team",
     "Duty Team Manager", "30/04/2027", "gone"),
    ("1.3", "Audit ten supervision records a month and share the themes with managers",
     "Ansel Trevorrow", "31/05/2027", "ring"),
    ("1.4", "Train every team manager in reflective supervision with an external trainer",
     "Principal Social Worker", "30/06/2027", "tri"),
    ("1.5", "Agree a protocol with the police on attendance at strategy discussions",
     "Corin Blackwood", "31/07/2027", "faint"),
]  # fmt: skip
WANT = {"1.1": "green", "1.2": "blue", "1.3": "amber", "1.4": "red", "1.5": None}


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1>Improvement plan</h1>", KEY,
           "<h2>Recommendation 1: Improve the timeliness of assessments</h2><table><thead><tr>"
           "<th class='m'></th><th>Ref</th><th>Action</th><th>Lead officer</th><th>Due date</th>"
           "</tr></thead><tbody>"]  # fmt: skip
    for ref, act, who, due, look in ROWS:
        mark = f"<span class='{look}'></span>" if look in ("ring", "tri") else ""
        cls = look if look in ("gone", "faint") else ""
        out.append(
            f"<tr><td class='m'>{mark}</td><td>{ref}</td><td><span class='{cls}'>{escape(act)}"
            f"</span></td><td>{escape(who)}</td><td>{due}</td></tr>"
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
def test_the_look_of_the_text_and_the_marks_beside_it_are_the_status(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _html()), "plan.pdf"))
    got = {a.ref: a.rag for a in plan.actions}
    assert got == WANT
    texts = {a.ref: a.text for a in plan.actions}
    assert texts["1.2"].startswith("Publish a weekly list of assessments")  # struck off, kept
    said = [w for w in plan.warnings if w.code == "status_scale_inferred"]
    assert said and "5 action(s)" in said[0].message


@needs_chromium
def test_without_a_key_the_look_is_no_status(tmp_path: Path) -> None:
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, _html().replace(KEY, "")), "plan.pdf"))
    assert all(a.rag is None for a in plan.actions)
    assert not [w for w in plan.warnings if w.code == "status_scale_inferred"]


@needs_chromium
def test_actions_all_struck_off_are_read_as_done(tmp_path: Path) -> None:
    # every action of the table struck through: left out as deleted, the table held no action
    # text and was no action table at all; the key says the strike is a status, the text stands
    html = _html()
    for _, act, _, _, look in ROWS:
        if look != "gone":
            html = html.replace(f"<span class='{look if look == 'faint' else ''}'>{escape(act)}",
                                f"<span class='gone'>{escape(act)}")  # fmt: skip
    plan = extract_plan(parse_pdf_bytes(_print(tmp_path, html), "plan.pdf"))
    got = {a.ref: a.rag for a in plan.actions}
    assert set(got) == set(WANT)
    assert got["1.1"] == "blue" and got["1.5"] == "blue"
    assert got["1.3"] == "amber" and got["1.4"] == "red"  # the marks beside them say more
    texts = {a.ref: a.text for a in plan.actions}
    assert texts["1.1"].startswith("Review every open assessment")
    assert not [w for w in plan.warnings if w.code == "struck_text_dropped"]


NOTES = [
    "Completed and embedded in practice",
    "Delayed because of staff turnover; revised plan agreed",
    "",
    "",
    "Waiting on the new case management system",
]


@needs_chromium
def test_a_column_of_updates_read_as_status_is_no_status_where_the_look_is(tmp_path: Path) -> None:
    # the updates name states ('Completed ...', 'Delayed ...') under a header naming no role; the
    # column reader may take such a column for the status (two cells in three typed as status
    # words in a short table): it then rated every row and hid the looks the key decodes
    html = _html().replace("<th>Due date</th>", "<th>Due date</th><th>Annotations</th>")
    for (ref, *_), note in zip(ROWS, NOTES, strict=True):
        due = next(r[3] for r in ROWS if r[0] == ref)
        html = html.replace(f"<td>{due}</td></tr>", f"<td>{due}</td><td>{note}</td></tr>")
    doc = parse_pdf_bytes(_print(tmp_path, html), "plan.pdf")
    elements = read_layout(doc)
    tables = [el.table for el in elements if el.table is not None and el.table.col("action")]
    assert len(tables) == 1 and tables[0].labels[-1] == "Annotations"
    table = tables[0]
    table.roles[-1] = "rag"  # as the column reader read it in such a table
    said = read_typeset_status(elements, doc.pages)
    assert said and said[0].code == "status_scale_inferred"
    col = table.col("rag")
    assert col is not None and table.labels[col] == KEY_LABEL
    assert "progress" in table.roles and table.labels[table.col("progress") or 0] == "Annotations"
    got = {
        r.text(table.col("ref")): normalise_rag(r.text(col)) for r in table.rows if not r.section
    }
    assert got == {k: v for k, v in WANT.items()}
