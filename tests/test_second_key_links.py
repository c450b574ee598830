"""An action whose text closes with a second key the recommendations' list gives each
recommendation ('... (para 52)', where the list prints `1 | para 52 | Improve ...`) answers that
recommendation (extractors/second_keys.py).

The list's own number is printed nowhere beside the action and 'para 52' is no recommendation
label, so the code stayed in the text and the action was linked to nothing. Numbers elsewhere
in the row (an Evidence column's 'paras 16, 29') link nothing; a code of the list's kind that no
recommendation has is said (second_key_unlisted), and '(Phase 2)' stays the text's.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

RECS = [
    ("1", "para 87", "Strengthen the response to children who go missing from home or care"),
    ("2", "para 3", "Reduce delay in achieving permanence for children in care"),
    ("3", "para 14", "Make sure that children's wishes and feelings are sought and recorded"),
]
ACTIONS = [  # text, closing code, evidence, the recommendation it answers
    ("Provide direct work resources to every social work team", "(para 14)", "para 69", "3"),
    ("Hold a monthly missing children panel", "(para 87)", "paras 2, 14", "1"),
    ("Recruit twenty additional foster carers", "(para 3)", "paras 1, 87", "2"),
    ("Run the audit again in the second year", "(Phase 2)", "para 40", ""),
    ("Map the places where missing children are found", "(para 99)", "para 3", ""),
    ("Commission an independent return home interview service", "(para 87)", "para 55", "1"),
]  # fmt: skip


def _pdf() -> bytes:
    ss = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    story = [Paragraph("Action plan against the inspection report", ss["Title"])]
    recs: list[list[object]] = [["Rec.", "Report paragraph", "Recommendation"]]
    recs += [[n, p, Paragraph(t, ss["Normal"])] for n, p, t in RECS]
    table = Table(recs, colWidths=[40, 110, 520])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [table, Spacer(1, 16)]
    rows: list[list[object]] = [["Ref.", "Action agreed", "Evidence", "Lead", "Close-out"]]
    rows += [
        [str(i), Paragraph(f"{t} {code}", ss["Normal"]), ev, "Martin Hale", "17 July 2027"]
        for i, (t, code, ev, _) in enumerate(ACTIONS, 1)
    ]
    grid = Table(rows, colWidths=[40, 380, 90, 100, 90], repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(grid)
    doc.build(story)
    return buf.getvalue()


def test_a_cited_second_key_links_the_action_to_its_recommendation() -> None:
    plan = extract_plan(parse_pdf_bytes(_pdf(), "second-keys.pdf"))
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    by_id = {r.id: r.number for r in plan.recommendations}
    read = [(a.text, [by_id[x] for x in a.recommendations]) for a in plan.actions]
    want = [(t, [n] if n else []) for t, _, _, n in ACTIONS]
    want[3] = (f"{ACTIONS[3][0]} (Phase 2)", [])  # no code of the list's: the text's own
    want[4] = (f"{ACTIONS[4][0]} (para 99)", [])  # a paragraph no recommendation came from
    assert read == want
    said = [w for w in plan.warnings if w.code == "second_key_unlisted"]
    assert len(said) == 1 and "'para 99'" in said[0].message
