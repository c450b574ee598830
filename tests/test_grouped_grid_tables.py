"""A grant schedule printed as one ruled table per group of milestones: a merged title row
('Deliverable group 2: ...') over a bold header row of its own and the group's rows, the tables
a blank gap apart. The gap is no blank sheet row inside one grid (stitch_title_rows joins the
pieces of a grid across a gap no taller than its lowest row): joined, each later table's
title and header copy became rows of the first, and the status column, half text, was read as
nothing. Each group's table stays a table of its own and every status is read."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from plantrace.extractors.plan import extract_plan
from plantrace.extractors.plan_columns import stitch_title_rows
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.tables import lattice_tables

HEAD = ["MS", "Milestone deliverable", "Grant lead", "Deliver by", "Payment", "Milestone status"]
GROUPS = [
    ("Deliverable group 1: Improve the quality of strategy discussions", [
        ("M1.1", "Run a multi-agency audit of thirty strategy discussions", "Head of Quality",
         "10.01.2027", "£10,000", "On schedule"),
        ("M1.2", "Set up a daily virtual strategy meeting slot", "Service Manager",
         "31.05.2026", "£10,000", "Not met"),
    ]),
    ("Deliverable group 2: Improve the timeliness of decisions at the front door", [
        ("M2.1", "Publish a revised threshold document with partners", "Bethan Lloyd",
         "13.03.2026", "£15,000", "Met"),
        ("M2.2", "Step down cases to early help with a warm handover", "Ruth Kowalczyk",
         "31.08.2026", "£10,000", "Not met"),
    ]),
    ("Deliverable group 3: Strengthen management oversight", [
        ("M3.1", "Reduce the time taken to issue plans", "Omar Haddad",
         "31.03.2027", "£20,000", "Not met"),
    ]),
]  # fmt: skip
# 'Met' beside the scale's own on-track word ('On schedule') is the milestone reached: done, blue
# (round 58's milestone scale, rag.json scale_steps 'beside_colour'); alone it stays green
RAG = {"On schedule": "green", "Not met": "red", "Met": "blue"}


def _pdf() -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    story: list = []
    for title, rows in GROUPS:
        data = [[title, "", "", "", "", ""], HEAD, *[list(r) for r in rows]]
        t = Table(data, colWidths=[40, 260, 120, 80, 70, 110])
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (-1, 0)),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, 1), "Helvetica-Bold"),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#d9e2f3")),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
        ]))  # fmt: skip
        story += [t, Spacer(1, 11)]
    doc.build(story)
    return buf.getvalue()


def test_each_group_table_keeps_its_statuses() -> None:
    result = extract_plan(parse_pdf_bytes(_pdf(), "grouped_tables.pdf"))
    got = {a.ref: a.rag for a in result.actions}
    want = {r[0]: RAG[r[5]] for _, rows in GROUPS for r in rows}
    assert got == want
    owners = {a.ref: a.owner for a in result.actions}
    assert owners["M2.1"] == "Bethan Lloyd"


def test_group_tables_are_not_joined_into_one_grid() -> None:
    page = parse_pdf_bytes(_pdf(), "grouped_tables.pdf").pages[0]
    tables = stitch_title_rows(lattice_tables(page), page)
    assert len(tables) == len(GROUPS)
    for t, (_title, rows) in zip(sorted(tables, key=lambda t: t.bbox[1]), GROUPS, strict=True):
        assert len(t.rows) == 2 + len(rows)  # its title, its header, its rows: no copies inside
