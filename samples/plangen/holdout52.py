"""The `holdout52` split: plan layouts that differ in kind from every family of the earlier
splits (tune, measure, holdout, holdout2 .. holdout51).

BLIND: the fixers of the extractors never read this module, its renderer (`render_holdout52.py`),
its output (`out/holdout52*`) or its results (`results/*holdout52*`); it is scored, never tuned on.

Four ideas (see README.md "The holdout52 split"): BOARDING PASSES, one ticket per action with
small capital labels over their values and a torn-off stub, the recommendation only as a route
code on the pass and a departure date in the dues' form beside the arrival (ReportLab); INVOICES,
one invoice per OWNER, the owner only in the `Bill to` block, the actions the line items with a
`Rec.` code column and money (Word printed by LibreOffice); a DUTY ROTA, owners as the column
heads and months as the row labels, each action in the cell of its owner's column and its due
month's row (Excel printed by LibreOffice Calc); and TILL RECEIPTS, one narrow monospaced receipt
per recommendation, three side by side, each action an item with its fields on labelled lines
and a price (HTML printed by Chromium). A fifty-third header vocabulary and date forms
(`14MAR27`, `MAR27`, `2027.03.14`, `2027.03`, `2027 March`, `2027 · Mar`, `Mar. 14, 2027`,
`End Mar. 2027`).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date

from samples.plangen import content as C
from samples.plangen.gold import plan_gold
from samples.plangen.holdout import _kpi_value
from samples.plangen.holdout7 import H7Kpi, _months_after
from samples.plangen.holdout8 import H8Action, H8Plan
from samples.plangen.holdout22 import UPDATES
from samples.plangen.holdout23 import month_last
from samples.plangen.holdout51 import H51Family


@dataclass(frozen=True, slots=True)
class H52Family(H51Family):
    """A holdout52 family: its own builder and renderer (checked before H51Family)."""


# Header and label wordings of holdout52, per layout (each plan draws one of each).
H52_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "boarding": {
        "ref": ("FLIGHT", "FLIGHT NO.", "SERVICE"),
        "action": ("DESTINATION", "BOUND FOR", "FLYING TO"),
        "owner": ("PASSENGER", "TRAVELLER", "NAME OF PASSENGER"),
        "due": ("ARRIVES", "ARRIVAL", "LANDS"),
        "rag": ("FLIGHT STATUS", "BOARDING STATUS", "CABIN STATUS"),
        "progress": ("CAPTAIN'S NOTE", "CREW NOTE", "LOG BOOK"),
        "rec": ("ROUTE", "ROUTE", "ROUTE"),
        "indicator": ("Flight data", "Indicator", "What the instruments read"),
        "baseline": ("At take-off", "Baseline", "On the runway"),
        "latest": ("Cruising", "Latest", "Mid-air"),
        "target": ("Destination", "Target", "Landing point"),
    },
    "invoice": {
        "ref": ("Item", "Line", "Item no."),
        "action": ("Description", "Goods and services", "Particulars"),
        "owner": ("Bill to", "Invoice to", "Charge to"),
        "due": ("Pay by", "Settle by", "Payment date"),
        "rag": ("Account", "Payment state", "Ledger"),
        "progress": ("Remittance note", "Accounts note", "Memo"),
        "rec": ("Rec.", "Rec. code", "Against"),
        "indicator": ("Key figures", "Indicator", "What we account for"),
        "baseline": ("Opening balance", "Baseline", "Brought forward"),
        "latest": ("Current balance", "Latest", "Balance today"),
        "target": ("Closing balance", "Target", "Carried forward"),
    },
    "rota": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("", "", ""),
        "due": ("Month", "Rota month", "Shift month"),
        "rag": ("Shift", "Cover", "Rostered as"),
        "progress": ("Handover", "Shift log", "Rota note"),
        "rec": ("", "", ""),
        "indicator": ("What the rota covers", "Indicator", "Duty measure"),
        "baseline": ("First shift", "Baseline", "Rota start"),
        "latest": ("This shift", "Latest", "Current rota"),
        "target": ("Full cover", "Target", "Rota aim"),
    },
    "receipt": {
        "ref": ("", "", ""),
        "action": ("", "", ""),
        "owner": ("SERVED BY", "YOUR SERVER", "ASSISTANT"),
        "due": ("USE BY", "BEST BEFORE", "RETURN BY"),
        "rag": ("STOCK", "SHELF", "AVAILABILITY"),
        "progress": ("TILL NOTE", "RECEIPT NOTE", "PS"),
        "rec": ("", "", ""),
        "indicator": ("Loyalty points", "Indicator", "What we tally"),
        "baseline": ("Points at start", "Baseline", "Opening points"),
        "latest": ("Points now", "Latest", "Balance"),
        "target": ("Points goal", "Target", "Reward level"),
    },
}  # fmt: skip
REC_LABELS52 = {"boarding": "Route R{n}", "invoice": "R{n}", "rota": "Recommendation {n}",
                "receipt": "RECOMMENDATION {n}"}  # fmt: skip

# status per layout: (printed, rag)
H52_STATUS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "boarding": (("CLEARED FOR TAKE-OFF", "green"), ("HELD AT THE GATE", "amber"),
                 ("GROUNDED", "red"), ("TOUCHED DOWN", "blue"), ("NOT YET CHECKED IN", None)),
    "invoice": (("Payment on schedule", "green"), ("Part paid, chasing", "amber"),
                ("Disputed", "red"), ("Settled", "blue"), ("Not yet invoiced", None)),
    "rota": (("On shift", "green"), ("Short-staffed", "amber"), ("Uncovered", "red"),
             ("Shift done", "blue"), ("Not rostered", None)),
    "receipt": (("IN STOCK", "green"), ("LOW STOCK", "amber"), ("OUT OF STOCK", "red"),
                ("PURCHASED", "blue"), ("ON ORDER", None)),
}  # fmt: skip

# distractor people: none is in content.PEOPLE (not checked against earlier splits)
OTHERS52 = ("Octavia Mbeki-Harrington", "Lysander Okonkwo", "Cllr Philippa Abernethy",
            "Thaddeus Ramaswamy", "Georgiana Kowalewska", "Evander Blackwood",
            "Seraphina Adeyemi-Clarke", "Ambrose Lindqvist", "Henrietta Szabo",
            "Barnaby Oyelowo")  # fmt: skip


def h52_due(form: str, d: date) -> tuple[str, date]:
    """Printed text of a holdout52 date form and the date it names.

    `14MAR27`, `2027.03.14` and `Mar. 14, 2027` are that day; `MAR27`, `2027.03`, `2027 March`,
    `2027 · Mar` and `End Mar. 2027` end the month.
    """
    mon = calendar.month_abbr[d.month]
    full = calendar.month_name[d.month]
    if form == "airline-day":
        return f"{d.day:02d}{mon.upper()}{d.year % 100:02d}", d
    if form == "airline-month":
        return f"{mon.upper()}{d.year % 100:02d}", month_last(d)
    if form == "dotted-iso-day":
        return f"{d.year}.{d.month:02d}.{d.day:02d}", d
    if form == "dotted-iso-month":
        return f"{d.year}.{d.month:02d}", month_last(d)
    if form == "year-month":
        return f"{d.year} {full}", month_last(d)
    if form == "year-dot-mon":
        return f"{d.year} · {mon}", month_last(d)
    if form == "mon-dot-day":
        return f"{mon}. {d.day}, {d.year}", d
    if form == "end-mon-dot":
        return f"End {mon}. {d.year}", month_last(d)
    raise ValueError(form)


DATE_FORMS = {"boarding": ("airline-day", "airline-month"),
              "invoice": ("dotted-iso-day", "dotted-iso-month"),
              "rota": ("year-month", "year-dot-mon"),
              "receipt": ("mon-dot-day", "end-mon-dot")}  # fmt: skip
MONTH_FORMS = ("airline-month", "dotted-iso-month", "year-month", "year-dot-mon", "end-mon-dot")

HOLDOUT52: tuple[H52Family, ...] = (
    H52Family("rl-boarding-passes", "holdout52", "reportlab", ("none",), ("rec_route",),
              vocab="holdout52", layout="boarding", kpi=0.5, landscape=0.0, progress=0.5,
              description="ReportLab: a boarding pass per action, small capital labels over "
                          "their values in a grid (flight = ref, destination = action, "
                          "passenger = owner, arrives = due, status), a departure date in the "
                          "dues' form, gate and seat, a torn-off stub with a distractor "
                          "check-in person; the recommendation only as the pass's route code "
                          "(`R2`), the routes listed on page 1"),
    H52Family("docx-invoices", "holdout52", "docx", ("none",), ("rec_code",),
              vocab="holdout52", layout="invoice", kpi=0.5, landscape=0.0, progress=0.5,
              description="Word printed by LibreOffice: one invoice per OWNER (the owner only "
                          "in its `Bill to` block), the actions its line items from several "
                          "recommendations, a `Rec.` code column (`R2`) linking each to the "
                          "schedule of recommendations on page 1, amounts, invoice dates and "
                          "raisers as distractors"),
    H52Family("xlsx-duty-rota", "holdout52", "xlsx", ("none",), ("rec_ref",),
              vocab="holdout52", layout="rota", kpi=0.5, landscape=1.0, progress=0.5,
              description="Excel printed by LibreOffice Calc: a duty rota, the owners as the "
                          "column heads and the months as the row labels; each action sits in "
                          "the cell of its owner's column and its due month's row (several in "
                          "one cell when they share both), an `On call` column of distractor "
                          "people; no owner and no due printed beside an action"),
    H52Family("html-till-receipts", "holdout52", "chromium", ("none",), ("rec_receipt",),
              vocab="holdout52", layout="receipt", kpi=0.5, landscape=0.0, progress=0.5,
              description="HTML printed by Chromium: a narrow monospaced till receipt per "
                          "recommendation, three side by side, each action an item with its "
                          "owner, due and stock status on labelled lines and a price; till, "
                          "cashier, receipt number and time as distractors"),
)  # fmt: skip


def build_holdout52(fam: H52Family, seed: int, index: int) -> H8Plan:
    rng = random.Random(f"plangen-holdout52:{seed}:{fam.name}:{index}")
    authority = rng.choice(C.AUTHORITIES)
    start = date(rng.choice((2025, 2026)), rng.choice((1, 4, 7, 10)), 1)
    issued = _months_after(start, rng.randint(5, 9)).replace(day=rng.randint(3, 27))
    layout = fam.layout
    n_recs = rng.randint(3, 5)
    topics = rng.sample(C.TOPICS, n_recs)
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    has_progress = rng.random() < fam.progress
    mix = rng.random()
    if mix < 0.4:
        leads = rng.sample(C.PEOPLE, 5)
    elif mix < 0.7:
        leads = rng.sample(C.TITLES, 5)
    else:
        leads = rng.sample(C.TITLES, 2) + rng.sample(C.PEOPLE, 3)
    form = rng.choice(DATE_FORMS[layout])
    kpis: list[H7Kpi] = []
    if rng.random() < fam.kpi:
        specs = rng.sample(C.KPIS, min(rng.randint(3, 6), len(C.KPIS)))
        for spec in specs:
            kind = spec.kind
            kpis.append(H7Kpi(spec.indicator, _kpi_value(rng, kind), _kpi_value(rng, kind),
                              _kpi_value(rng, kind)))  # fmt: skip
    others = list(rng.sample(OTHERS52, 8))
    statuses = H52_STATUS[layout]
    actions: list[H8Action] = []
    for num, topic in zip((n for n, _ in recs), topics, strict=True):
        hi = min(4, len(topic.actions))
        n_acts = rng.randint(2, hi)
        for k, text in enumerate(rng.sample(topic.actions, n_acts), start=1):
            d = _months_after(start, rng.randint(4, 16))
            d = month_last(d) if form in MONTH_FORMS else d.replace(day=rng.randint(1, 28))
            owner = rng.choice(leads)
            status: str | None
            status, rag = rng.choice(statuses)
            progress: str | None = None
            if has_progress and rng.random() < 0.75:
                progress = rng.choice(UPDATES[rag])
            due_raw, due_date = h52_due(form, d)
            actions.append(H8Action(f"{num}.{k}", text, owner, due_raw, due_date, progress,
                                    status, rag, [num], printed_owner=owner))  # fmt: skip
    features: dict[str, object] = {}

    def some_day(back: int) -> date:
        return _months_after(issued, -back).replace(day=rng.randint(1, 28))

    if layout == "boarding":
        features.update(
            departs=[h52_due(form, _months_after(start, rng.randint(0, 3)).replace(
                day=rng.randint(1, 28)))[0] for _ in actions],
            gates=[f"{rng.choice('ABCDE')}{rng.randint(1, 40)}" for _ in actions],
            seats=[f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}" for _ in actions],
            boarding=[f"{rng.randint(6, 21):02d}:{rng.choice((0, 15, 30, 45)):02d}"
                      for _ in actions],
            checkers=[rng.choice(others[:5]) for _ in actions],
            airline=rng.choice(("Improvement Air", "Better Practice Airways",
                                "Children First Air")),
            dispatcher=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "invoice":
        order: list[str] = []
        for a in actions:
            if a.owner not in order:
                order.append(a.owner)
        features.update(
            bill_order=order,
            invoice_nos=[f"INV-{issued.year}-{rng.randint(100, 9999):04d}" for _ in order],
            invoice_dates=[some_day(rng.randint(0, 3)).isoformat() for _ in order],
            raisers=[rng.choice(others[:5]) for _ in order],
            accounts=[f"CS{rng.randint(1000, 9999)}" for _ in order],
            amounts=[f"{rng.randint(2, 480) * 25:,}.00" for _ in actions],
            controller=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    elif layout == "rota":
        dues = [a.due_date for a in actions if a.due_date is not None]
        first = min(dues).replace(day=1)
        last = max(dues).replace(day=1)
        months = []
        m = first
        while (m.year, m.month) <= (last.year, last.month):
            months.append(m.replace(day=1).isoformat())
            m = _months_after(m, 1)
        features.update(
            months=months,
            on_call=[rng.choice(others[:5]) for _ in months],
            cols=list(leads),
            drawn_by=others[5],
            drawn=some_day(0).isoformat(),
        )  # fmt: skip
    else:
        features.update(
            tills=[rng.randint(1, 9) for _ in recs],
            receipt_nos=[f"{rng.randint(100, 99999):05d}" for _ in recs],
            cashiers=[rng.choice(others[:5]) for _ in recs],
            times=[f"{some_day(rng.randint(0, 2)).strftime('%d/%m/%Y')} "
                   f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}" for _ in recs],
            prices=[f"{rng.randint(1, 99)}.{rng.randint(0, 99):02d}" for _ in actions],
            manager=others[5],
            printed=some_day(0).isoformat(),
        )  # fmt: skip
    headers = {role: rng.choice(words) for role, words in H52_HEADERS[layout].items()}
    title = {
        "boarding": "Boarding passes for our improvement journey",
        "invoice": "Improvement plan: invoices by lead",
        "rota": "Improvement plan duty rota",
        "receipt": "Improvement plan receipts",
    }[layout]  # fmt: skip
    plan = H8Plan(
        name=f"{fam.name}-{seed}-{index:03d}", family=fam.name, split=fam.split,
        producer=fam.producer, layout=layout, authority=authority, title=title, recs=recs,
        rec_label=REC_LABELS52[layout], actions=list(actions), kpis=kpis, headers=headers,
        font=rng.choice(fam.fonts), landscape=rng.random() < fam.landscape,
        seed_rng=rng.randint(0, 10**9), start=start, issued=issued,
    )  # fmt: skip
    plan.gold = plan_gold(plan.recs, actions, plan.kpis)
    plan.features = {
        "grouping": fam.groupings[0], "layout": layout, "ruling": fam.rulings[0],
        "font": plan.font, "landscape": plan.landscape, "kpis": len(kpis),
        "headers": [headers[c] for c in ("ref", "action", "owner", "due", "rag")],
        "progress": has_progress, "leads": leads, "date_form": form, **features,
    }  # fmt: skip
    return plan
