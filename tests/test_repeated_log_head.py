"""A change log printed over three pages, its header row repeated at the top of each.

The log's header (`Changed | Changed by | Record | Field | Old value | New value`) names no
plan column: the table read on the first page starts under it, and its repeat over the next
page had read as a header of a table of its own naming nothing, so every change printed on the
later pages was lost without a word (a lead handed over, a date moved, the latest status).

What is read: the repeat is the open table's furniture (the same labels at the same edges as
over the table on the page before), the rows under it go on with the log, and each action
gets the LAST value of each field, set on the third page.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from plantrace.extractors.plan import PlanExtraction, extract_plan
from plantrace.extractors.repeated_head import repeated_head
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.reader import parse_pdf_bytes

HEADER = ["Changed", "Changed by", "Record", "Field", "Old value", "New value"]
RECS = {
    "1": "Improve the timeliness of decisions at the front door",
    "2": "Strengthen the response to children who go missing from home or care",
}
ACTIONS = {  # ref: (text, recommendation, first lead, last lead, first date, last date)
    "IP/1/01": ("Publish a revised threshold document with partners and schools", "1",
                "Helen Markham", "Fatima Rahman", "MAR-2026", "30-SEP-2026"),
    "IP/1/02": ("Audit repeat referrals each quarter and report the themes to the board", "1",
                "Tom Ellery", "Tom Ellery", "06-DEC-2026", "31-JAN-2027"),
    "IP/2/01": ("Commission an independent return home interview service", "2",
                "David Osei", "Priya Nandakumar", "JUN-2026", "NOV-2026"),
}  # fmt: skip
STATUSES = ["Not opened", "Progressing", "Concern", "Progressing", "Concern"]
FINAL = {"IP/1/01": "Off track", "IP/1/02": "Closed", "IP/2/01": "Progressing"}
USERS = ["Karen Whitlow", "Gareth Pym", "Lucy Ferreira"]


def _changes() -> list[tuple[str, str, str, str]]:
    out = [(f"REC {n}", "Recommendation text", "", text) for n, text in RECS.items()]
    for ref, (text, rec, lead, _, due, _) in ACTIONS.items():
        out += [(ref, "Action", "", text), (ref, "Recommendation", "", f"REC {rec}"),
                (ref, "Lead officer", "", lead), (ref, "Target date", "", due)]  # fmt: skip
    # many status moves, interleaved: the log runs on over the first two pages
    for k in range(9):
        for ref in ACTIONS:
            old, new = STATUSES[k % len(STATUSES)], STATUSES[(k + 1) % len(STATUSES)]
            out.append((ref, "Status", old, new))
    # the last changes, on the third page
    for ref, (_, _, lead, last_lead, due, last_due) in ACTIONS.items():
        if last_lead != lead:
            out.append((ref, "Lead officer", lead, last_lead))
        out.append((ref, "Target date", due, last_due))
        out.append((ref, "Status", "Concern", FINAL[ref]))
    return out


def _pdf() -> ParsedDocument:
    rows = [HEADER]
    for k, (record, fld, old, new) in enumerate(_changes()):
        when = f"{1 + k // 8 % 28:02d}/{1 + k // 224:02d}/2026 {9 + k % 8:02d}:{(7 * k) % 60:02d}"
        rows.append([when, USERS[k % 3], record, fld, old, new])
    table = Table(rows, repeatRows=1, colWidths=[80, 80, 55, 95, 120, 330])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, "#cccccc"),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("FONTSIZE", (0, 0), (-1, -1), 7)]))  # fmt: skip
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([table])
    return parse_pdf_bytes(buf.getvalue(), "history.pdf")


def _log() -> tuple[PlanExtraction, int]:
    doc = _pdf()
    return extract_plan(doc), len(doc.pages)


def test_repeat_over_next_page_known_by_its_labels_and_edges() -> None:
    doc = _pdf()
    assert len(doc.pages) >= 3
    for k in (1, 2):
        order = sorted(doc.pages[k].lines, key=lambda ln: (ln.top, ln.x0))
        body = [ln for ln in order if "Changed" not in ln.text]
        assert repeated_head(order, doc.pages[k - 1], doc.pages[k - 1].height) >= 1
        # a page opening with a change (no repeat) or with no page before: nothing skipped
        assert repeated_head(body, doc.pages[k - 1], doc.pages[k - 1].height) == 0
        assert repeated_head(order, None, 1000.0) == 0
    # the header only counts where it was printed over the open table, above its top
    assert repeated_head(sorted(doc.pages[1].lines, key=lambda ln: (ln.top, ln.x0)),
                         doc.pages[0], 10.0) == 0  # fmt: skip


def test_log_joined_under_its_repeated_header() -> None:
    """Its first page mostly status moves (its cells read as no plan table by luck): kept as
    a log of field changes all the same, its key found by the changes' chain."""
    ex, pages = _log()
    assert pages >= 3
    assert [a.ref for a in ex.actions] == list(ACTIONS)
    assert not [w for w in ex.warnings if w.code == "log_piece_unjoined"]  # every piece joined
    rag = {"Off track": "red", "Closed": "blue", "Progressing": "green"}
    for a in ex.actions:
        text, _, _, lead, _, _ = ACTIONS[a.ref or ""]
        assert a.text == text, a.ref
        assert a.owner == lead, a.ref  # the hand-over printed on the last page
        assert a.due_raw == ACTIONS[a.ref or ""][5], a.ref  # the date moved on the last page
        assert a.rag == rag[FINAL[a.ref or ""]], a.ref
