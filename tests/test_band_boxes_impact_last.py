"""A plan printed from a web page as bands of boxes read left to right, one band per
recommendation (a logic model or theory-of-change diagram): what goes in, the actions stacked
in one box, what they produce, the difference for children, and last, at the band's right end,
the recommendation itself, its label alone on a line over its sentence in a dark box. Each
action prints its ref and text, a 'Lead: <owner> | Deadline: <date>' line with the date year
first ('2027 Mar 14'), its status as a word in a pill OUTLINED in the status colour after a
'Direction of travel:' label (words no vocabulary reads: 'Climbing', 'Holding', 'Sliding'), and
under some an italic 'What changed: <update>'. The output boxes print counts and dates too.

What is read, each by its own general rule:
- the year-first day '2027 Mar 14' is that day (pipeline.normalise.dates), not March 2014 or
  the year alone;
- a pill drawn as its coloured outline alone gives its word's colour as a tinted pill does
  (pipeline.reader keeps it with the fills), and a trend column whose words the plan paints in
  status hues is the status column (plan_chip_key.adopt_chip_columns);
- the recommendation stated last in its band, after its actions, is a recommendation even
  where no action table follows it (the plan's last: plan_recommendations.label_box);
- 'What changed:' is the update's label (the progress header vocabulary, with 'Learning so
  far' and 'Emerging evidence').
"""

from __future__ import annotations

from html import escape

import pytest

from plantrace.extractors.plan import extract_plan
from plantrace.pipeline.reader import parse_pdf_bytes
from tests.chromium import needs_chromium, print_pdf

PILL = {"Climbing": "#2E7D32", "Holding": "#E0A000", "Sliding": "#C62828",
        "Not yet moving": "#9E9E9E"}  # fmt: skip
RAG = {"Climbing": "green", "Holding": "amber", "Sliding": "red", "Not yet moving": None}
# number, recommendation, [(ref, text, owner, due as printed, due iso, status, update)]
BANDS = [
    ("1", "Improve the timeliness of education, health and care plans for children in care",
     [("1.1", "Offer tuition to every child in care who is behind in reading at age eleven",
       "Head of Virtual School", "2027 Mar 14", "2027-03-14", "Climbing",
       "First cohort of tutors matched to children"),
      ("1.2", "Make sure every child in care has a personal education plan reviewed each term",
       "Head of Safeguarding", "2026 Sep 5", "2026-09-05", "Sliding", None)]),
    ("2", "Raise the quality of assessments and plans for children in need",
     [("2.1", "Introduce a practice standard that every assessment includes the child's words",
       "Principal Social Worker", "2026 Nov 30", "2026-11-30", "Holding",
       "Standard drafted and shared with team managers"),
      ("2.2", "Quality assure a sample of assessments every month through the audit programme",
       "Head of Quality Assurance", "2027 Feb 8", "2027-02-08", "Climbing", None),
      ("2.3", "Review every child in need plan at least every three months",
       "Service Manager, Children in Need", "2026 Dec 12", "2026-12-12", "Not yet moving",
       None)]),
    ("3", "Build a stable, permanent and skilled social work workforce and reduce agency staff",
     [("3.1", "Hold exit interviews with every leaver and report the themes to the board",
       "Head of Workforce", "2026 Jul 31", "2026-07-31", "Sliding",
       "Interviews held with nine of twelve leavers"),
      ("3.2", "Offer a protected caseload and a structured programme to new social workers",
       "Head of Workforce", "2027 Apr 3", "2027-04-03", "Climbing", None)]),
]  # fmt: skip
INPUTS = ["£120,000 improvement grant", "Sector-led support, 6 days", "Sponsor: Ruth Kimani"]
OUTPUTS = ["48 staff trained by 2027 Jan 20", "16 case audits completed by 2026 Oct 9"]
OUTCOMES = ["Fewer children return to the front door", "Children are seen and heard"]

CSS = (
    "@page { size: A4 landscape; margin: 12mm; }"
    "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }"
    "body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; color: #222; }"
    "h1 { font-size: 16pt; color: #234; margin: 0 0 2mm; }"
    ".band { display: grid; grid-template-columns: 15% 3% 32% 3% 14% 3% 13% 3% 14%;"
    " margin-bottom: 4mm; break-inside: avoid; }"
    ".hd { font-weight: bold; font-size: 7.5pt; color: #234; text-transform: uppercase;"
    " border-bottom: 0.4mm solid #234; margin-bottom: 1mm; }"
    ".box { border: 0.3mm solid #aab; border-radius: 2mm; padding: 1.5mm; }"
    ".box ul { margin: 0; padding-left: 3.5mm; }"
    ".acts { border: 0.5mm solid #234; }"
    ".act { border-bottom: 0.2mm dashed #aab; padding-bottom: 1.5mm; margin-bottom: 1mm; }"
    ".act:last-child { border-bottom: none; }"
    ".m { font-size: 7.5pt; }"
    ".pill { border: 0.4mm solid; border-radius: 2mm; padding: 0 1.2mm; font-weight: bold; }"
    ".pr { font-size: 7.5pt; font-style: italic; color: #444; }"
    ".imp { background: #234; color: white; } .il { font-weight: bold; margin-bottom: 1mm; }"
    ".ar { align-self: center; text-align: center; color: #99a; }"
)
HEADS = ["Resources", "", "What we will do", "", "What it produces", "", "Difference",
         "", "What Ofsted asked of us"]  # fmt: skip


def _items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"


def _html() -> str:
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
           "<h1>How our improvement work leads to change</h1>"]  # fmt: skip
    for number, rec, actions in BANDS:
        out.append("<div class='band hd'>" + "".join(f"<div>{h}</div>" for h in HEADS) + "</div>")
        acts = []
        for ref, text, owner, due, _, status, update in actions:
            acts.append(
                f"<div class='act'><div><b>{ref}</b> {escape(text)}</div>"
                f"<div class='m'>Lead: {escape(owner)} | Deadline: {due}</div>"
                f"<div class='m'>Direction of travel: <span class='pill'"
                f" style='border-color:{PILL[status]}'>{status}</span></div>"
                + (f"<div class='pr'>What changed: {escape(update)}</div>" if update else "")
                + "</div>"
            )
        arrow = "<div class='ar'>&#10140;</div>"
        out.append(
            f"<div class='band'><div class='box'>{_items(INPUTS)}</div>{arrow}"
            f"<div class='box acts'>{''.join(acts)}</div>{arrow}"
            f"<div class='box'>{_items(OUTPUTS)}</div>{arrow}"
            f"<div class='box'>{_items(OUTCOMES)}</div>{arrow}"
            f"<div class='box imp'><div class='il'>Recommendation {number}</div>"
            f"{escape(rec)}</div></div>"
        )
    out.append("</body></html>")
    return "".join(out)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("bands")
    page = tmp / "bands.html"
    page.write_text(_html())
    pdf = tmp / "bands.pdf"
    print_pdf(page, pdf)
    return extract_plan(parse_pdf_bytes(pdf.read_bytes(), "bands.pdf"))


WANT = {a[0]: a for _, _, acts in BANDS for a in acts}


@needs_chromium
def test_actions_and_owners(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: a for a in plan.actions}
    assert set(WANT) <= set(got)
    # the output and outcome boxes beside the last actions may be read as a card of no ref:
    # never in silence (plan_actions_doubtful names it)
    if set(got) - set(WANT):
        assert set(got) - set(WANT) == {None}
        assert any(w.code == "plan_actions_doubtful" for w in plan.warnings)
    for ref, (_, text, owner, *_rest) in WANT.items():
        assert got[ref].text == text, ref
        assert got[ref].owner == owner, ref


@needs_chromium
def test_year_first_days_are_the_due_dates(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: a for a in plan.actions}
    for ref, (*_, iso, _status, _update) in WANT.items():
        assert str(got[ref].due_date) == iso, ref


@needs_chromium
def test_outlined_pills_give_the_status(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: a for a in plan.actions}
    for ref, (*_, status, _update) in WANT.items():
        assert got[ref].rag == RAG[status], ref


@needs_chromium
def test_recommendation_stated_last_in_its_band(plan) -> None:  # type: ignore[no-untyped-def]
    recs = {r.id: r for r in plan.recommendations}
    assert [r.number for r in plan.recommendations] == ["1", "2", "3"]
    assert recs and all(r.text.startswith(text[:30]) for r, (_, text, _) in zip(
        plan.recommendations, BANDS, strict=True))  # fmt: skip
    got = {a.ref: a for a in plan.actions}
    for number, _, actions in BANDS:
        for ref, *_ in actions:
            assert [recs[x].number for x in got[ref].recommendations] == [number], ref


@needs_chromium
def test_what_changed_is_the_update(plan) -> None:  # type: ignore[no-untyped-def]
    got = {a.ref: a for a in plan.actions}
    for ref, (*_, update) in WANT.items():
        assert (got[ref].progress or None) == update, ref
