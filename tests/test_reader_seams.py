"""Two table cells whose words the producer set a hair apart with no space between them
('30/06/2026' ending a date cell, 'Delayed' opening the status cell beside it) are two words:
the reader cuts a run where a digit or small letter meets a letter a gap wider than the glyphs'
own spacing away, and leaves a run set close ('10am', 'McKenzie') whole."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from plantrace.pipeline.reader import parse_pdf


def _pdf(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Review the escalation protocol with partner agencies")
    text = c.beginText(72, 740)
    text.setFont("Helvetica", 10)
    # one run, the next cell's word set 1.2 pt on with no space between (as Chromium prints)
    text._code.append("[(30/06/2026) -120 (Delayed)] TJ")
    c.drawText(text)
    c.drawString(72, 720, "Meeting at 10am with Ms McKenzie")
    c.showPage()
    c.save()
    return path


def test_cells_run_together_are_cut_at_their_gap(tmp_path: Path) -> None:
    doc = parse_pdf(_pdf(tmp_path / "seam.pdf"))
    words = {ln.text: [w.text for w in ln.words] for ln in doc.pages[0].lines}
    dated = next(ws for text, ws in words.items() if text.startswith("30/06/2026"))
    assert dated == ["30/06/2026", "Delayed"]
    assert words["Meeting at 10am with Ms McKenzie"] == [
        "Meeting", "at", "10am", "with", "Ms", "McKenzie"
    ]  # fmt: skip
