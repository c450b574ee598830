"""A staff newsletter set in two newspaper columns whose text flows on over a page break
(column_prose.prose_read_as_table with each page's bands, plan._reread_page), and whose next
page opens with a heading on the left beside a fields strip on the right cut at its gaps
(column_prose._field_strip).

The layout reader may take two newspaper columns for an unruled table, its header the first
line across both columns ('Recommendation 1' beside whatever the right column prints level with
it). Such a table is read again as the prose it is; but where the text flows on to the next
page the misread table was carried on with it, and a table over two pages was never read
again: its header named it a table of recommendations, each row (an action's line, a fields
line) became a recommendation of its own, numbered by its place, and the recommendations
printed after it were lost. And where the top line pairs a heading ('Recommendation 5') with
a strip of fields wrapped on the right ('Lead: <post> · Due:', its date on the next line), the
strip's later label ('Due') was read as a second header naming a column: no prose, a table.
"""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes

LEFT, RIGHT, WIDTH = 49.0, 312.0, 234.0
SIZE = 9.0
TOP, FOOT = 790.0, 70.0
SEP_GAP = 6.0  # points of space each side of a fields strip's separator ('Lead: X · Due: Y')

OWNERS = ["Head of Safeguarding", "Service Manager, Front Door", "Head of Virtual School",
          "Principal Social Worker"]  # fmt: skip
STATUSES = [("Running late", "amber"), ("Going to plan", "green"), ("Needs help", "red"),
            ("Finished", "blue")]  # fmt: skip
MONTHS = ["January", "March", "May", "July", "September", "November"]
RECS = [
    "Build a stable, permanent and skilled social work workforce and reduce reliance on agency"
    " staff",
    "Strengthen the response to children who go missing from home or care, so that return home"
    " interviews are offered promptly and used to reduce risk",
    "Improve the timeliness of education, health and care plans for children in care and the"
    " support given by the virtual school",
    "Improve the multi-agency response to children at risk of criminal and sexual exploitation"
    " outside the home",
    "Ensure that strategy discussions involve police, health and children's social care, and"
    " that the reasons for decisions are recorded",
]
ACTIONS = [
    "Launch a recruitment campaign for experienced social workers with a relocation package",
    "Convert agency posts to permanent posts where the postholder agrees",
    "Offer a protected caseload and a structured programme to all newly qualified social workers",
    "Hold exit interviews with every leaver and report the themes to the workforce board",
]
FLOWING = (5, 5, 5, 6, 4)  # actions per recommendation: the text runs on to a second page
ON_TOP = (5, 5, 5, 6, 2)  # the fifth recommendation's article alone on the second page

Plan = list[tuple[str, str, list[tuple[str, str, str, str, str, str, str | None]]]]


def _plan(per: tuple[int, ...]) -> Plan:
    """(number, text, [(ref, action, owner, due printed, due iso, status, colour)])."""
    out = []
    k = 0
    for n, (text, count) in enumerate(zip(RECS, per, strict=True), start=1):
        actions = []
        for j in range(1, count + 1):
            status, colour = STATUSES[k % len(STATUSES)]
            month = MONTHS[k % len(MONTHS)]
            day = 31 if month in ("January", "March", "May", "July") else 30
            mm = {"January": 1, "March": 3, "May": 5, "July": 7, "September": 9, "November": 11}
            iso = f"2027-{mm[month]:02d}-{day:02d}"
            actions.append((f"{n}.{j}", ACTIONS[k % len(ACTIONS)], OWNERS[k % len(OWNERS)],
                            f"{day} {month} 2027", iso, status, colour))  # fmt: skip
            k += 1
        out.append((str(n), text, actions))
    return out


Run = tuple[str, str]


def _wrap(runs: list[Run], width: float) -> list[list[Run]]:
    words = [(font, w) for font, text in runs for w in text.split()]
    lines: list[list[Run]] = [[]]
    used = 0.0
    for font, w in words:
        need = stringWidth(w + " ", font, SIZE)
        if lines[-1] and used + need > width:
            lines.append([])
            used = 0.0
        lines[-1].append((font, w))
        used += need
    return lines


class _Flow:
    """Text set down the left column, then the right, then on to the next page; the last
    page's left column ended early (foot: where it ends)."""

    def __init__(self, c: canvas.Canvas, foot: float, tight: bool) -> None:
        self.c, self.x, self.y, self.last_foot, self.tight = c, LEFT, TOP - 50, foot, tight

    @property
    def foot(self) -> float:
        return FOOT if self.c.getPageNumber() == 1 or self.x == RIGHT else self.last_foot

    def _next(self) -> None:
        if self.x == LEFT:
            self.x, self.y = RIGHT, TOP - 50 if self.c.getPageNumber() == 1 else TOP
        else:
            self.c.showPage()
            self.x, self.y = LEFT, TOP

    def para(
        self,
        runs: list[Run],
        indent: float = 0.0,
        gap: float = 4.0,
        keep: int = 1,
        breaks: list[list[Run]] | None = None,
        size: float = SIZE,
    ) -> None:
        lines = breaks or _wrap(runs, WIDTH - indent - 4)
        if self.y - 11.5 * min(keep, len(lines)) < self.foot:
            self._next()
        for line in lines:
            if self.y < self.foot:
                self._next()
            x = self.x + indent
            for font, w in line:
                self.c.setFont(font, size)
                x += SEP_GAP if w == "·" else 0.0  # the strip's separator set apart
                self.c.drawString(x, self.y, w)
                x += stringWidth(w + " ", font, size) + (SEP_GAP if w == "·" else 0.0)
            self.y -= 11.5 * size / SIZE
        self.y -= 0.0 if self.tight and self.c.getPageNumber() > 1 else gap


def _pdf(per: tuple[int, ...], foot: float, fifth_on_top: bool) -> bytes:
    """per: actions per recommendation; foot: where the last page's left column ends;
    fifth_on_top: the fifth article opens the second page (set with no space between its
    paragraphs), its first action's fields strip at the top of the right column, cut after
    its 'Due:' label (the date wrapped on to the next line)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(LEFT, 800, "Improvement News")
    c.setFont("Helvetica", 9)
    c.drawString(LEFT, 784, "Westcombe Children's Services | Issue 6 | April 2027")
    flow = _Flow(c, foot, tight=fifth_on_top)
    flow.para([("Helvetica-Bold", "A word from Ngozi Adeyemi, Director of Children's Services")])
    flow.para([("Helvetica", "Thank you for everything you are doing to make our services"
                " better for children. Please talk to your manager if you want to get"
                " involved.")], gap=8)  # fmt: skip
    for number, text, actions in _plan(per):
        if number == "5" and fifth_on_top:  # the last article opens the second page
            while c.getPageNumber() == 1:
                flow._next()
        flow.para([("Helvetica-Bold", f"Recommendation {number}")], keep=3)
        flow.para([("Helvetica-Oblique", text)])
        for ref, action, owner, due, _iso, status, _colour in actions:
            flow.para([("Helvetica-Bold", ref), ("Helvetica", action)], gap=1, keep=2)
            lead = [("Helvetica-Bold", "Lead:"), ("Helvetica", f"{owner} ·")]
            rest = [("Helvetica", f"{due} ·"), ("Helvetica-Bold", "How it's going:"),
                    ("Helvetica", status)]  # fmt: skip
            if fifth_on_top and ref == "5.1":  # at the top of the right column, cut
                flow.y = flow.foot - 1
                breaks = [[*lead, ("Helvetica-Bold", "Due:")], rest]
                flow.para([], indent=11, breaks=[[(f, w) for f, t in ln for w in t.split()]
                                                 for ln in breaks])  # fmt: skip
            else:
                flow.para([*lead, ("Helvetica-Bold", "Due:"), *rest], indent=11)
        flow.y -= 6
    c.drawString(LEFT, 40, "Improvement News is produced by the Improvement Programme Office.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_newspaper_text_over_a_page_break_read_as_prose() -> None:
    """The text flows on from the first page's right column to the second page's left: every
    recommendation is read as printed, none made of an action's or a fields line, and every
    action answers the recommendation above it in the flow."""
    _check(FLOWING, _pdf(FLOWING, foot=TOP - 160, fifth_on_top=False))


def test_heading_beside_a_cut_fields_strip_is_prose() -> None:
    """The second page opens with a heading on the left beside a fields strip on the right
    cut after its 'Due:' label: the strip's label names no column, and the page is prose."""
    _check(ON_TOP, _pdf(ON_TOP, foot=TOP - 90, fifth_on_top=True))


def _check(per: tuple[int, ...], pdf: bytes) -> None:
    plan = extract_plan(parse_pdf_bytes(pdf, "newsletter.pdf"))
    expected = _plan(per)
    assert [(r.number, r.text) for r in plan.recommendations] == [(n, t) for n, t, _ in expected]
    number = {r.id: r.number for r in plan.recommendations}
    got = {a.ref: (a.owner, str(a.due_date), a.rag, [number[i] for i in a.recommendations])
           for a in plan.actions}  # fmt: skip
    assert got == {
        ref: (owner, iso, colour, [n])
        for n, _, actions in expected
        for ref, _a, owner, _d, iso, _s, colour in actions
    }
