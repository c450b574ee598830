"""Layout families: what varies within each, and which are for tuning and which only for measuring.

`tune` families may be read while fixing the extractors. `measure` families differ from every tune
family in KIND, not only in seed: rulings tune never uses (vertical rules only, no rules at all),
RAG shown by cell colour alone, a header vocabulary tune never prints, card plans with other labels,
and a producer (Excel printed by LibreOffice Calc) tune never uses. Nobody tunes on them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Column header wordings per role. The two vocabularies share no wording; '' is a blank header.
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "tune": {
        "ref": ("Ref", "No.", "Action ref"),
        "action": ("Action", "Actions", "What we will do", "Key actions"),
        "owner": ("Lead", "Owner", "Responsible officer", "Who"),
        "due": ("Due date", "Timescale", "By when", "Completion date", "When", ""),
        "start": ("Start", "Start date"),
        "governance": ("Governance", "Reporting to", "Oversight"),
        "progress": ("Progress", "Update", "Progress update"),
        "rag": ("RAG", "Status", "RAG status"),
        "rec": ("Rec", "Recommendation", "Rec no."),
        "measure": ("Measure of success", "Impact measure", "Evidence"),
        "recommendation": ("Recommendation", "Ofsted recommendation"),
        "code": ("Code", ""),
        "indicator": ("Indicator", "Measure", "KPI"),
        "baseline": ("Baseline", "Baseline (Mar 2024)", "2023/24"),
        "target": ("Target", "Target 2025/26", "Target March 2026"),
        "kpi_rag": ("RAG", "Status"),
    },
    "measure": {
        "ref": ("#", "Item", "ID"),
        "action": ("Activity", "Task", "Improvement activity", "Deliverable"),
        "owner": ("Accountable", "Named lead", "Officer", "Champion"),
        "due": ("Deadline", "Delivery", "Finish", "Date", ""),
        "start": ("Begins", "From"),
        "governance": ("Assurance route", "Scrutiny"),
        "progress": ("Commentary", "Position at last review", "Narrative"),
        "rag": ("Rating", "BRAG", "Confidence", ""),
        "rec": ("Ofsted ref", "Links to", "Answers"),
        "measure": ("Success looks like", "How we will know"),
        "recommendation": ("What Ofsted asked", "Area for improvement"),
        "code": ("",),
        "indicator": ("Performance measure", "Metric", "Description"),
        "baseline": ("Starting point", "2023/24 outturn", "Where we were"),
        "target": ("Aim", "Ambition 2025/26", "Where we want to be"),
        "kpi_rag": ("Rating", ""),
    },
}

TUNE_DATES = ("dmy_slash", "dmy_dot", "mon_y", "month_y", "quarter", "end_quarter", "season",
              "ongoing", "tbc", "d_month_y", "mon_yy")  # fmt: skip
MEASURE_DATES = TUNE_DATES + ("mon_dash_yy", "fin_year", "by_d_mon_y")


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    split: str  # tune | measure
    producer: str  # reportlab | chromium | docx | xlsx
    rulings: tuple[str, ...]
    groupings: tuple[str, ...]  # heading | banner_row | merged | theme_link | cards
    vocab: str = "tune"
    fonts: tuple[str, ...] = ("sans", "serif")
    landscape: float = 0.3  # probability
    repeat_header: float = 0.5
    dates: tuple[str, ...] = TUNE_DATES
    status: tuple[str, ...] = ("words", "letters", "colours")
    owners: tuple[str, ...] = ("titles", "people", "both")
    kpi: float = 0.4  # probability of a KPI table
    continuation: float = 0.0  # probability a long action is split into a continuation row
    shuffle: float = 0.3  # probability the columns after the action are put in another order
    description: str = ""


FAMILIES: tuple[Family, ...] = (
    # ---- tune ---------------------------------------------------------------------------------
    Family("rl-grid-headings", "tune", "reportlab", ("grid",), ("heading",),
           description="ReportLab, full grid, a heading per recommendation above its table"),
    Family("rl-hrules-themes", "tune", "reportlab", ("hrules",), ("theme_link",),
           fonts=("serif",), repeat_header=0.3, continuation=0.6,
           description="ReportLab, horizontal rules only, serif, one table per theme with a "
                       "recommendation column, continuation rows with an empty first cell"),
    Family("rl-bands-banners-kpi", "tune", "reportlab", ("bands",), ("banner_row",),
           landscape=0.7, kpi=0.9, status=("letters_fill", "words"),
           description="ReportLab, shaded bands, recommendation banner rows, mostly landscape, "
                       "KPI tables whose first column has no header and holds short codes"),
    Family("rl-cards", "tune", "reportlab", ("grid",), ("cards",), kpi=0.5,
           description="ReportLab, a card per action: heading then Lead:/Deadline:/Progress:/"
                       "Status: lines"),
    Family("html-grid-merged", "tune", "chromium", ("grid", "hrules"), ("merged", "heading"),
           status=("letters_fill", "words", "colours"), continuation=0.2,
           description="HTML printed by Chromium, grid or horizontal rules, recommendation cell "
                       "merged down beside its actions (rowspan)"),
    Family("docx-grid-headings", "tune", "docx", ("grid", "hrules"), ("heading", "banner_row"),
           kpi=0.6,
           description="Word (.docx, python-docx) printed by LibreOffice Writer, grid or "
                       "horizontal rules, headings or banner rows"),
    # ---- measure ------------------------------------------------------------------------------
    Family("rl-noborder-fillrag", "measure", "reportlab", ("none",), ("heading", "banner_row"),
           vocab="measure", status=("fill_only",), dates=MEASURE_DATES, landscape=0.5,
           description="ReportLab, no rules at all (alignment only), RAG as cell colour only, "
                       "measure header vocabulary"),
    Family("rl-vrules-merged-kpi", "measure", "reportlab", ("vrules",), ("merged",),
           vocab="measure", fonts=("serif",), dates=MEASURE_DATES, kpi=0.9, continuation=0.4,
           description="ReportLab, vertical rules only, serif, recommendation cell merged down, "
                       "KPI tables with codes, measure header vocabulary"),
    Family("html-cards", "measure", "chromium", ("none",), ("cards",), vocab="measure",
           dates=MEASURE_DATES, kpi=0.3,
           description="HTML printed by Chromium, cards with Owner -/Target date -/Update -/"
                       "Rating - labels"),
    Family("html-vrules-themes", "measure", "chromium", ("vrules", "none"), ("theme_link",),
           vocab="measure", dates=MEASURE_DATES, repeat_header=0.3, continuation=0.3,
           status=("fill_only", "letters"),
           description="HTML printed by Chromium, vertical rules only or none, one table per "
                       "theme with a link column, rows split across pages"),
    Family("xlsx-grid-banners", "measure", "xlsx", ("grid",), ("banner_row", "merged"),
           vocab="measure", dates=("dmy_slash", "mon_y", "ongoing", "tbc"), kpi=0.6,
           status=("fill_only", "words"), landscape=0.8,
           description="Excel (.xlsx, openpyxl) printed by LibreOffice Calc: real date cells, "
                       "fills as RAG, merged banner or recommendation cells, a KPI sheet"),
    Family("docx-noborder-merged", "measure", "docx", ("none", "vrules"), ("merged", "theme_link"),
           vocab="measure", dates=MEASURE_DATES, kpi=0.5, status=("words", "fill_only"),
           description="Word printed by LibreOffice, no rules or vertical rules, merged "
                       "recommendation cells or theme tables, measure header vocabulary"),
)  # fmt: skip

BY_NAME = {f.name: f for f in FAMILIES}


def select(which: str) -> list[Family]:
    """'tune', 'measure', 'all' (tune and measure), 'holdout', 'holdout2', 'holdout3',
    'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10',
    'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18',
    'holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26', 'holdout27', 'holdout28', 'holdout29', 'holdout30', 'holdout31', 'holdout32', 'holdout33', 'holdout34', 'holdout35', 'holdout36', 'holdout37', 'holdout38', 'holdout39', 'holdout40', 'holdout41', 'holdout42', 'holdout43', 'holdout44', 'holdout45', 'holdout46', 'holdout47', 'holdout48', 'holdout49', 'holdout50', 'holdout51', 'holdout52', 'holdout53', 'holdout54', 'holdout55', 'holdout56', 'holdout57', 'holdout58', 'holdout59', 'holdout60', 'holdout61', 'holdout62', 'holdout63', 'holdout64', 'holdout65', 'holdout66', or names.

    The holdout families live in holdout.py, the holdout2 families in holdout2.py, the holdout3
    families in holdout3.py, the holdout4 families in holdout4.py, the holdout5 families in
    holdout5.py, the holdout6 families in holdout6.py, the holdout7 families in holdout7.py, the
    holdout8 families in holdout8.py, the holdout9 families in holdout9.py, the holdout10 families in holdout10.py,
    the holdout11 families in holdout11.py, the holdout12 families in holdout12.py, the holdout13 families in holdout13.py,
    the holdout14 families in holdout14.py, the holdout15 families in holdout15.py,
    the holdout16 families in holdout16.py, the holdout17 families in holdout17.py,
    the holdout18 families in holdout18.py, the holdout19 families in holdout19.py,
    the holdout20 families in holdout20.py, the holdout21 families in holdout21.py,
    the holdout22 families in holdout22.py,
    the holdout23 families in holdout23.py,
    the holdout24 families in holdout24.py (blind until 2026-12-04 19:02 UTC),
    the holdout25 families in holdout25.py (blind),
    the holdout26 families in holdout26.py (blind),
    the holdout27 families in holdout27.py (blind),
    the holdout28 families in holdout28.py (blind),
    the holdout29 families in holdout29.py (blind),
    the holdout30 families in holdout30.py (blind),
    the holdout31 families in holdout31.py (blind),
    the holdout32 families in holdout32.py (blind),
    the holdout33 families in holdout33.py (blind),
    the holdout34 families in holdout34.py (blind),
    the holdout35 families in holdout35.py (blind),
    the holdout36 families in holdout36.py (blind),
    the holdout37 families in holdout37.py (blind),
    the holdout38 families in holdout38.py (blind),
    the holdout39 families in holdout39.py (blind),
    the holdout40 families in holdout40.py (blind),
    the holdout41 families in holdout41.py (blind),
    the holdout42 families in holdout42.py (blind),
    the holdout43 families in holdout43.py (blind),
    the holdout44 families in holdout44.py (blind),
    the holdout45 families in holdout45.py (blind),
    the holdout46 families in holdout46.py (blind),
    the holdout47 families in holdout47.py (blind),
    the holdout48 families in holdout48.py (blind),
    the holdout49 families in holdout49.py (blind),
    the holdout50 families in holdout50.py (blind),
    the holdout51 families in holdout51.py (blind),
    the holdout52 families in holdout52.py (blind),
    the holdout53 families in holdout53.py (blind),
    the holdout54 families in holdout54.py (blind),
    the holdout55 families in holdout55.py (blind),
    the holdout56 families in holdout56.py (blind),
    the holdout57 families in holdout57.py (blind),
    the holdout58 families in holdout58.py (blind),
    the holdout59 families in holdout59.py (blind),
    the holdout60 families in holdout60.py (blind),
    the holdout61 families in holdout61.py (blind),
    the holdout62 families in holdout62.py (blind),
    the holdout63 families in holdout63.py (blind),
    the holdout64 families in holdout64.py (blind),
    the holdout65 families in holdout65.py (blind),
    the holdout66 families in holdout66.py (blind).
    """
    from samples.plangen.holdout import HOLDOUT  # imports this module: import it late
    from samples.plangen.holdout2 import HOLDOUT2
    from samples.plangen.holdout3 import HOLDOUT3
    from samples.plangen.holdout4 import HOLDOUT4
    from samples.plangen.holdout5 import HOLDOUT5
    from samples.plangen.holdout6 import HOLDOUT6
    from samples.plangen.holdout7 import HOLDOUT7
    from samples.plangen.holdout8 import HOLDOUT8
    from samples.plangen.holdout9 import HOLDOUT9
    from samples.plangen.holdout10 import HOLDOUT10
    from samples.plangen.holdout11 import HOLDOUT11
    from samples.plangen.holdout12 import HOLDOUT12
    from samples.plangen.holdout13 import HOLDOUT13
    from samples.plangen.holdout14 import HOLDOUT14
    from samples.plangen.holdout15 import HOLDOUT15
    from samples.plangen.holdout16 import HOLDOUT16
    from samples.plangen.holdout17 import HOLDOUT17
    from samples.plangen.holdout18 import HOLDOUT18
    from samples.plangen.holdout19 import HOLDOUT19
    from samples.plangen.holdout20 import HOLDOUT20
    from samples.plangen.holdout21 import HOLDOUT21
    from samples.plangen.holdout22 import HOLDOUT22
    from samples.plangen.holdout23 import HOLDOUT23
    from samples.plangen.holdout24 import HOLDOUT24
    from samples.plangen.holdout25 import HOLDOUT25
    from samples.plangen.holdout26 import HOLDOUT26
    from samples.plangen.holdout27 import HOLDOUT27
    from samples.plangen.holdout28 import HOLDOUT28
    from samples.plangen.holdout29 import HOLDOUT29
    from samples.plangen.holdout30 import HOLDOUT30
    from samples.plangen.holdout31 import HOLDOUT31
    from samples.plangen.holdout32 import HOLDOUT32
    from samples.plangen.holdout33 import HOLDOUT33
    from samples.plangen.holdout34 import HOLDOUT34
    from samples.plangen.holdout35 import HOLDOUT35
    from samples.plangen.holdout36 import HOLDOUT36
    from samples.plangen.holdout37 import HOLDOUT37
    from samples.plangen.holdout38 import HOLDOUT38
    from samples.plangen.holdout39 import HOLDOUT39
    from samples.plangen.holdout40 import HOLDOUT40
    from samples.plangen.holdout41 import HOLDOUT41
    from samples.plangen.holdout42 import HOLDOUT42
    from samples.plangen.holdout43 import HOLDOUT43
    from samples.plangen.holdout44 import HOLDOUT44
    from samples.plangen.holdout45 import HOLDOUT45
    from samples.plangen.holdout46 import HOLDOUT46
    from samples.plangen.holdout47 import HOLDOUT47
    from samples.plangen.holdout48 import HOLDOUT48
    from samples.plangen.holdout49 import HOLDOUT49
    from samples.plangen.holdout50 import HOLDOUT50
    from samples.plangen.holdout51 import HOLDOUT51
    from samples.plangen.holdout52 import HOLDOUT52
    from samples.plangen.holdout53 import HOLDOUT53
    from samples.plangen.holdout54 import HOLDOUT54
    from samples.plangen.holdout55 import HOLDOUT55
    from samples.plangen.holdout56 import HOLDOUT56
    from samples.plangen.holdout57 import HOLDOUT57
    from samples.plangen.holdout58 import HOLDOUT58
    from samples.plangen.holdout59 import HOLDOUT59
    from samples.plangen.holdout60 import HOLDOUT60
    from samples.plangen.holdout61 import HOLDOUT61
    from samples.plangen.holdout62 import HOLDOUT62
    from samples.plangen.holdout63 import HOLDOUT63
    from samples.plangen.holdout64 import HOLDOUT64
    from samples.plangen.holdout65 import HOLDOUT65
    from samples.plangen.holdout66 import HOLDOUT66

    if which in ("tune", "measure"):
        return [f for f in FAMILIES if f.split == which]
    if which == "all":
        return list(FAMILIES)
    if which == "holdout":
        return list(HOLDOUT)
    if which == "holdout2":
        return list(HOLDOUT2)
    if which == "holdout3":
        return list(HOLDOUT3)
    if which == "holdout4":
        return list(HOLDOUT4)
    if which == "holdout5":
        return list(HOLDOUT5)
    if which == "holdout6":
        return list(HOLDOUT6)
    if which == "holdout7":
        return list(HOLDOUT7)
    if which == "holdout8":
        return list(HOLDOUT8)
    if which == "holdout9":
        return list(HOLDOUT9)
    if which == "holdout10":
        return list(HOLDOUT10)
    if which == "holdout11":
        return list(HOLDOUT11)
    if which == "holdout12":
        return list(HOLDOUT12)
    if which == "holdout13":
        return list(HOLDOUT13)
    if which == "holdout14":
        return list(HOLDOUT14)
    if which == "holdout15":
        return list(HOLDOUT15)
    if which == "holdout16":
        return list(HOLDOUT16)
    if which == "holdout17":
        return list(HOLDOUT17)
    if which == "holdout18":
        return list(HOLDOUT18)
    if which == "holdout19":
        return list(HOLDOUT19)
    if which == "holdout20":
        return list(HOLDOUT20)
    if which == "holdout21":
        return list(HOLDOUT21)
    if which == "holdout22":
        return list(HOLDOUT22)
    if which == "holdout23":
        return list(HOLDOUT23)
    if which == "holdout24":
        return list(HOLDOUT24)
    if which == "holdout25":
        return list(HOLDOUT25)
    if which == "holdout26":
        return list(HOLDOUT26)
    if which == "holdout27":
        return list(HOLDOUT27)
    if which == "holdout28":
        return list(HOLDOUT28)
    if which == "holdout29":
        return list(HOLDOUT29)
    if which == "holdout30":
        return list(HOLDOUT30)
    if which == "holdout31":
        return list(HOLDOUT31)
    if which == "holdout32":
        return list(HOLDOUT32)
    if which == "holdout33":
        return list(HOLDOUT33)
    if which == "holdout34":
        return list(HOLDOUT34)
    if which == "holdout35":
        return list(HOLDOUT35)
    if which == "holdout36":
        return list(HOLDOUT36)
    if which == "holdout37":
        return list(HOLDOUT37)
    if which == "holdout38":
        return list(HOLDOUT38)
    if which == "holdout39":
        return list(HOLDOUT39)
    if which == "holdout40":
        return list(HOLDOUT40)
    if which == "holdout41":
        return list(HOLDOUT41)
    if which == "holdout42":
        return list(HOLDOUT42)
    if which == "holdout43":
        return list(HOLDOUT43)
    if which == "holdout44":
        return list(HOLDOUT44)
    if which == "holdout45":
        return list(HOLDOUT45)
    if which == "holdout46":
        return list(HOLDOUT46)
    if which == "holdout47":
        return list(HOLDOUT47)
    if which == "holdout48":
        return list(HOLDOUT48)
    if which == "holdout49":
        return list(HOLDOUT49)
    if which == "holdout50":
        return list(HOLDOUT50)
    if which == "holdout51":
        return list(HOLDOUT51)
    if which == "holdout52":
        return list(HOLDOUT52)
    if which == "holdout53":
        return list(HOLDOUT53)
    if which == "holdout54":
        return list(HOLDOUT54)
    if which == "holdout55":
        return list(HOLDOUT55)
    if which == "holdout56":
        return list(HOLDOUT56)
    if which == "holdout57":
        return list(HOLDOUT57)
    if which == "holdout58":
        return list(HOLDOUT58)
    if which == "holdout59":
        return list(HOLDOUT59)
    if which == "holdout60":
        return list(HOLDOUT60)
    if which == "holdout61":
        return list(HOLDOUT61)
    if which == "holdout62":
        return list(HOLDOUT62)
    if which == "holdout63":
        return list(HOLDOUT63)
    if which == "holdout64":
        return list(HOLDOUT64)
    if which == "holdout65":
        return list(HOLDOUT65)
    if which == "holdout66":
        return list(HOLDOUT66)
    names = {**BY_NAME, **{f.name: f for f in HOLDOUT}, **{f.name: f for f in HOLDOUT2},
             **{f.name: f for f in HOLDOUT3}, **{f.name: f for f in HOLDOUT4},
             **{f.name: f for f in HOLDOUT5}, **{f.name: f for f in HOLDOUT6},
             **{f.name: f for f in HOLDOUT7}, **{f.name: f for f in HOLDOUT8},
             **{f.name: f for f in HOLDOUT9}, **{f.name: f for f in HOLDOUT10},
             **{f.name: f for f in HOLDOUT11}, **{f.name: f for f in HOLDOUT12},
             **{f.name: f for f in HOLDOUT13}, **{f.name: f for f in HOLDOUT14},
             **{f.name: f for f in HOLDOUT15}, **{f.name: f for f in HOLDOUT16},
             **{f.name: f for f in HOLDOUT17}, **{f.name: f for f in HOLDOUT18},
             **{f.name: f for f in HOLDOUT19}, **{f.name: f for f in HOLDOUT20},
             **{f.name: f for f in HOLDOUT21}, **{f.name: f for f in HOLDOUT22},
             **{f.name: f for f in HOLDOUT23}, **{f.name: f for f in HOLDOUT24},
             **{f.name: f for f in HOLDOUT25}, **{f.name: f for f in HOLDOUT26},
             **{f.name: f for f in HOLDOUT27}, **{f.name: f for f in HOLDOUT28},
             **{f.name: f for f in HOLDOUT29}, **{f.name: f for f in HOLDOUT30},
             **{f.name: f for f in HOLDOUT31}, **{f.name: f for f in HOLDOUT32},
             **{f.name: f for f in HOLDOUT33}, **{f.name: f for f in HOLDOUT34},
             **{f.name: f for f in HOLDOUT35}, **{f.name: f for f in HOLDOUT36},
             **{f.name: f for f in HOLDOUT37}, **{f.name: f for f in HOLDOUT38},
             **{f.name: f for f in HOLDOUT39}, **{f.name: f for f in HOLDOUT40},
             **{f.name: f for f in HOLDOUT41}, **{f.name: f for f in HOLDOUT42},
             **{f.name: f for f in HOLDOUT43}, **{f.name: f for f in HOLDOUT44},
             **{f.name: f for f in HOLDOUT45}, **{f.name: f for f in HOLDOUT46},
             **{f.name: f for f in HOLDOUT47}, **{f.name: f for f in HOLDOUT48},
             **{f.name: f for f in HOLDOUT49}, **{f.name: f for f in HOLDOUT50},
             **{f.name: f for f in HOLDOUT51}, **{f.name: f for f in HOLDOUT52},
             **{f.name: f for f in HOLDOUT53}, **{f.name: f for f in HOLDOUT54},
             **{f.name: f for f in HOLDOUT55}, **{f.name: f for f in HOLDOUT56},
             **{f.name: f for f in HOLDOUT57}, **{f.name: f for f in HOLDOUT58},
             **{f.name: f for f in HOLDOUT59}, **{f.name: f for f in HOLDOUT60},
             **{f.name: f for f in HOLDOUT61}, **{f.name: f for f in HOLDOUT62},
             **{f.name: f for f in HOLDOUT63}, **{f.name: f for f in HOLDOUT64},
             **{f.name: f for f in HOLDOUT65}, **{f.name: f for f in HOLDOUT66}}  # fmt: skip
    return [names[n.strip()] for n in which.split(",")]
