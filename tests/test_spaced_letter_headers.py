"""A borderless table under column headings set in letter-spaced small capitals (`C U S T O D I
A N`): pdfium reads a space between every two letters, so the heading row read as one-letter
words, named no column and set no header, and the table's rows were read as cards or loose text
(holdout53 html-typeset-status: hardly an action read). The reader joins such letters back into
words by their gaps (pipeline.spaced_letters), a phrase's word space kept inside its cell; the
row of spaced type is set apart as a header is (as bold is), and the rows under it, set in larger
type than such a header and with a smaller second line in some cells, are one table.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.document import Word
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.spaced_letters import join_spaced
from tests.chromium import needs_chromium, print_pdf

CSS = (
    "@page { size: A4 portrait; margin: 14mm 13mm; }"
    "body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; }"
    "h2 { font-size: 11pt; margin: 6mm 0 2mm; }"
    "table { border-collapse: separate; border-spacing: 0; width: 100%; }"
    "th { font-variant: small-caps; font-weight: normal; letter-spacing: 0.45em; font-size: 8pt;"
    " color: #555; text-align: left; padding: 1mm 2mm 2mm; vertical-align: bottom; }"
    "td { padding: 2.2mm 2mm; vertical-align: top; } td.w { width: 40%; }"
    ".sub { font-size: 7pt; color: #666; }"
)
HEAD = ("Item", "What we pledge", "Guardian", "Lapses", "Noted")
GROUPS = [
    ("1", "Improve the timeliness of assessments for children in need", [
        ("1.1", "Review every open assessment older than forty working days with its manager",
         "Orla Penhallow", "14 March 2027", "2 May 2026"),
        ("1.2", "Publish a weekly list of assessments nearing their timescale to each team",
         "Duty Team Manager", "30 April 2027", "9 June 2026"),
    ]),
    ("2", "Strengthen the quality of supervision for every social worker", [
        ("2.1", "Audit ten supervision records a month and share the themes with managers",
         "Ansel Trevorrow", "31 May 2027", "4 July 2026"),
        ("2.2", "Train every team manager in reflective supervision with an external trainer",
         "Principal Social Worker", "30 June 2027", "1 August 2026"),
    ]),
]  # fmt: skip


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
           "<h1>Plan of pledges</h1>"]  # fmt: skip
    for n, text, rows in GROUPS:
        out.append(f"<h2>Pledge {n}: {escape(text)}</h2><table><thead><tr>")
        out += [f"<th>{h}</th>" for h in HEAD]
        out.append("</tr></thead><tbody>")
        for ref, act, who, due, noted in rows:
            out.append(
                f"<tr><td>{ref}</td><td class='w'>{escape(act)}</td><td>{escape(who)}</td>"
                f"<td>{due}</td><td>{noted}<br><span class='sub'>noted by the board</span></td></tr>"
            )
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "".join(out)


def _print(tmp: Path, html: str) -> bytes:
    page = tmp / "plan.html"
    page.write_text(html)
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    return pdf.read_bytes()


@needs_chromium
def test_a_letter_spaced_header_row_heads_its_borderless_table(tmp_path: Path) -> None:
    doc = parse_pdf_bytes(_print(tmp_path, _html()), "plan.pdf")
    heads = [ln.text for ln in doc.pages[0].lines if ln.text.startswith("Item")]
    assert heads and heads[0] == "Item What we pledge Guardian Lapses Noted"
    plan = extract_plan(doc)
    owners = {a.ref: a.owner for a in plan.actions}
    assert owners == {ref: who for _, _, rows in GROUPS for ref, _, who, _, _ in rows}
    dues = {a.ref: a.due_date and a.due_date.isoformat() for a in plan.actions}
    assert dues["1.1"] == "2027-03-14" and dues["2.2"] == "2027-06-30"
    texts = {a.ref: a.text for a in plan.actions}
    assert texts["2.1"].startswith("Audit ten supervision records a month")


def _letters(text: str, x: float, pitch: float, space: float) -> list[Word]:
    out: list[Word] = []
    for ch in text:
        if ch == " ":
            x += space
            continue
        out.append(Word(ch, x, 100.0, x + 3.0, 106.0))
        x += pitch
    return out


def test_spaced_letters_join_by_their_gaps_not_by_words() -> None:
    # letters 4 pt apart, a word space 6 pt more, a gutter 12 pt more: 'Due by' one cell
    words = _letters("Due by", 10.0, 7.0, 6.0) + _letters("Lead", 80.0, 7.0, 0.0)
    joined = join_spaced(words, 10.7)
    assert [w.text for w in joined] == ["Due by", "Lead"]
    assert all(w.spaced for w in joined)
    # a short spaced word on a line of spaced type ('b y' of a wrapped 'Fulfil by') joins too
    line = _letters("by", 10.0, 7.0, 0.0) + _letters("Agreed", 40.0, 7.0, 0.0)
    assert [w.text for w in join_spaced(line, 10.7)] == ["by", "Agreed"]
    # a list's marks 'a b c' (three single letters) are left as read
    few = _letters("abc", 10.0, 7.0, 0.0)
    assert [w.text for w in join_spaced(few, 10.7)] == ["a", "b", "c"]
