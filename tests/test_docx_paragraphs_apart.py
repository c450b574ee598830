"""Paragraphs a Word file sets a few points apart read apart from the .docx, as from its print.

A workstream charter lists the recommendations it answers as indented paragraphs one after the
other ('Ofsted recommendation 1. Ensure ...', 'Ofsted recommendation 3. Increase ...'), the
Normal style leaving 3 pt after each. The print sets them apart by a line's pitch and those
3 pt, which the layout rule reads as a paragraph's end (a pitch over the wrapped lines'
leading). Read from the .docx the canvas left the same 3 pt, but its lines are a whole type
size tall (a print's are glyph-tight), so the gap fell short of the rule's: the two ran into
one block, recommendation 1's text swallowed recommendation 3, and the deliverables answering
3 lost their link with no warning. Now a paragraph the file sets apart by any stated space
(after it, or before the next) stands a line's height apart on the canvas; paragraphs with no
stated space still run on as their print does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf

WORKSTREAMS = [
    (
        "Workstream 1: Early help",
        [
            (1, "Ensure that initial and review health assessments for children in care are"
                " completed on time and that their emotional health needs are met"),
            (3, "Increase the range of suitable accommodation for care leavers and improve the"
                " quality of pathway plans"),
        ],
        [
            ("D1.1", "Use strengths and difficulties questionnaire scores to trigger a referral",
             "Tom Ellery"),
            ("D3.1", "Offer every care leaver aged 21 to 25 a review with a personal adviser",
             "Grace Adebayo"),
            ("D3.2", "Agree a joint housing protocol with district councils for care leavers",
             "Grace Adebayo"),
        ],
    ),
    (
        "Workstream 2: Leadership and governance",
        [
            (2, "Raise the quality of assessments and plans for children in need so that they"
                " reflect each child's identity, history and lived experience"),
        ],
        [
            ("D2.1", "Introduce a practice standard that every assessment includes the child's"
             " own words", "Claire Whitby"),
            ("D2.2", "Include identity and cultural needs prompts in the assessment form",
             "Helen Markham"),
        ],
    ),
]  # fmt: skip


def _charter(path: Path) -> Path:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    doc.add_paragraph().add_run("Improvement programme: workstream charters").bold = True
    for title, recs, deliverables in WORKSTREAMS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        run = p.add_run(title)
        run.bold, run.font.size = True, Pt(14)
        p = doc.add_paragraph()
        p.add_run("Chair: ").bold = True
        p.add_run("Torquil Makinde.   ")
        p.add_run("Members: ").bold = True
        p.add_run("Cllr Ptolemy Asante, Ngozi Penrose.")
        doc.add_paragraph().add_run("This workstream answers:").bold = True
        for number, text in recs:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(22.7)
            p.add_run(f"Ofsted recommendation {number}. ").italic = True
            p.add_run(text).italic = True
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        run = p.add_run("Deliverables")
        run.bold, run.font.size = True, Pt(11.5)
        for ref, text, lead in deliverables:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(5)
            p.add_run(f"{ref}   ").bold = True
            p.add_run(text).bold = True
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(34)
            run = p.add_run(f"Delivery lead: {lead}     Checkpoint: Oct-26")
            run.font.size = Pt(9)
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(34)
            p.add_run("Since last board: ").italic = True
            p.add_run("Waiting on the new case management system")
    doc.save(str(path))
    return path


def _check(result: dict) -> None:  # type: ignore[type-arg]
    recs = {r["id"]: r for r in result["recommendations"]}
    assert sorted((r["number"], r["text"]) for r in recs.values()) == sorted(
        (str(n), text) for _, rs, _ in WORKSTREAMS for n, text in rs
    )
    got = [
        (a["ref"], a["owner"], [recs[x]["number"] for x in a["recommendations"]])
        for a in result["actions"]
    ]
    assert got == sorted((ref, lead, [ref[1]]) for _, _, ds in WORKSTREAMS for ref, _, lead in ds)


def test_paragraphs_set_apart_read_apart_from_the_docx(tmp_path: Path) -> None:
    _check(extract_file(_charter(tmp_path / "charter.docx")).to_contract())


@pytest.mark.slow
def test_paragraphs_set_apart_read_apart_from_the_print(tmp_path: Path) -> None:
    pdf = libreoffice_pdf(_charter(tmp_path / "charter.docx"), tmp_path)
    _check(extract_file(pdf).to_contract())
