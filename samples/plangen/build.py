"""Draw one plan from a family: its content, its columns and headers, its blocks, and its gold.

The gold is written from the same drawn values the blocks print, so it is right by construction:
nobody reads the PDF to label it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Any

from samples.plangen import content as C
from samples.plangen.families import HEADERS, Family
from samples.plangen.forms import FILL, draw_due, draw_status, kpi_value
from samples.plangen.model import Block, Card, Cell, Heading, Para, Plan, Row, Style, Table

BASE_ORDER = ("ref", "action", "rec", "owner", "start", "due", "governance", "measure", "progress",
              "rag")  # fmt: skip
WIDTH = {"ref": 0.75, "action": 3.2, "rec": 0.8, "owner": 1.8, "start": 1.3, "due": 1.45,
         "governance": 1.7, "measure": 1.8, "progress": 2.2, "rag": 1.1, "recommendation": 2.2}  # fmt: skip


@dataclass(slots=True)
class Action:
    ref: str | None
    text: str
    owner: str
    due_raw: str
    due_date: date | None
    start: str
    governance: str | None
    progress: str | None
    measure: str
    status: str
    rag: str | None
    fill: str | None
    recs: list[str]


def _owner(rng: random.Random, kinds: tuple[str, ...]) -> str:
    kind = rng.choice(kinds)
    if kind == "titles":
        return rng.choice(C.TITLES)
    if kind == "people":
        return rng.choice(C.PEOPLE)
    return f"{rng.choice(C.PEOPLE)} ({rng.choice(C.TITLES)})"


def _split_text(text: str) -> tuple[str, str]:
    words = text.split()
    cut = len(words) // 2
    return " ".join(words[:cut]), " ".join(words[cut:])


def build_plan(fam: Family, seed: int, index: int) -> Plan:
    rng = random.Random(f"plangen:{seed}:{fam.name}:{index}")
    voc = HEADERS[fam.vocab]
    grouping = rng.choice(fam.groupings)
    authority = rng.choice(C.AUTHORITIES)
    year = rng.choice((2024, 2025, 2026))
    start = date(year, rng.randint(1, 9), 1)
    topics = rng.sample(C.TOPICS, rng.randint(3, 5))
    status_form = rng.choice(fam.status)
    ref_style = rng.choice(("dotted", "dotted", "seq", "none")) if grouping != "merged" else (
        rng.choice(("dotted", "none")))  # fmt: skip
    if grouping == "theme_link":
        ref_style = rng.choice(("prefixed", "seq", "dotted"))
    # columns
    optional = [c for c in ("start", "governance", "measure", "progress", "rag")
                if rng.random() < {"start": 0.35, "governance": 0.45, "measure": 0.25,
                                   "progress": 0.65, "rag": 0.7}[c]]  # fmt: skip
    landscape = rng.random() < fam.landscape
    limit = 9 if landscape else 7  # a plan's author keeps a portrait table to about 7 columns
    for drop in ("measure", "start", "governance"):
        if (
            len(optional) + 3 + (ref_style != "none") + (grouping in ("merged", "theme_link"))
            > limit
        ):
            optional = [c for c in optional if c != drop]
    if grouping == "cards":  # a card prints lead, deadline, progress and status lines only
        optional = [c for c in optional if c in ("progress", "rag")]
    if status_form == "fill_only" and "rag" not in optional:
        optional.append("rag")
    cols = [
        c
        for c in BASE_ORDER
        if c in {"action", "owner", "due", *optional}
        or (c == "ref" and ref_style != "none")
        or (c == "rec" and grouping == "theme_link")
    ]
    if rng.random() < fam.shuffle:
        head = [c for c in cols if c in ("ref", "action")]
        tail = [c for c in cols if c not in ("ref", "action")]
        rng.shuffle(tail)
        cols = head + tail
    if grouping == "merged":
        cols = ["recommendation", *cols]
    headers = {c: rng.choice(voc[c]) for c in cols}
    if status_form == "fill_only" and rng.random() < 0.5:
        headers["rag"] = ""
    # recommendations and actions
    recs = [(str(i + 1), t.recommendation) for i, t in enumerate(topics)]
    actions: list[Action] = []
    per_rec: dict[str, list[Action]] = {}
    seq = 0
    for (num, _), topic in zip(recs, topics, strict=True):
        texts = rng.sample(topic.actions, rng.randint(2, min(5, len(topic.actions))))
        for k, text in enumerate(texts):
            seq += 1
            ref = {"dotted": f"{num}.{k + 1}", "seq": f"A{seq}",
                   "prefixed": f"{topic.key[:2].upper()}-{k + 1:02d}", "none": None}[ref_style]  # fmt: skip
            due_raw, due = draw_due(rng, fam.dates, start)
            status, rag, fill = draw_status(rng, status_form)
            links = [num]
            if grouping == "theme_link" and rng.random() < 0.2 and len(recs) > 1:
                other = rng.choice([n for n, _ in recs if n != num])
                links = sorted({num, other}, key=int)
            a = Action(
                ref=ref, text=text, owner=_owner(rng, fam.owners), due_raw=due_raw, due_date=due,
                start=f"{start.day:02d}/{start.month:02d}/{start.year}",
                governance=rng.choice(C.BOARDS) if "governance" in cols else None,
                progress=rng.choice(C.PROGRESS) if "progress" in cols else None,
                measure=rng.choice(C.MEASURES), status=status,
                rag=rag if "rag" in cols else None, fill=fill, recs=links,
            )  # fmt: skip
            actions.append(a)
            per_rec.setdefault(num, []).append(a)
    style = Style(
        ruling=rng.choice(fam.rulings), font=rng.choice(fam.fonts),
        landscape=landscape, repeat_header=rng.random() < fam.repeat_header,
    )  # fmt: skip
    title = (
        f"{authority} Council: Children's Services Improvement Plan {year}-{(year + 1) % 100:02d}"
    )
    blocks: list[Block] = [
        Heading(title, 0),
        Para(
            f"This plan sets out how {authority} Council will respond to the recommendations "
            f"made by Ofsted after the inspection of its children's services. Progress is "
            f"reported to the Improvement Board every quarter."
        ),  # fmt: skip
    ]
    if status_form in ("fill_only", "letters_fill"):
        blocks.append(Para("Key: green - on track; amber - some slippage; red - off track.",
                           italic=True))  # fmt: skip
    rec_label = rng.choice(("Recommendation {n}: ", "Recommendation {n} - ", "{n}. ",
                            "Ofsted recommendation {n}: "))  # fmt: skip
    cont = fam.continuation
    if grouping in ("heading", "cards"):
        for num, text in recs:
            blocks.append(Heading(rec_label.format(n=num) + text, 2))
            if grouping == "cards":
                blocks += _cards(fam, per_rec[num], "rag" in cols)
            else:
                blocks.append(_table(cols, headers, per_rec[num], rng, cont, style.ruling))
    elif grouping == "banner_row":
        rows: list[Row] = []
        for num, text in recs:
            rows.append(Row([Cell(rec_label.format(n=num) + text, bold=True)], banner=True,
                            fill="#d9e2f3"))  # fmt: skip
            rows += _rows(cols, per_rec[num], rng, cont, style.ruling)
        blocks.append(_make_table(cols, headers, rows))
    elif grouping == "merged":
        rows = []
        for num, text in recs:
            body = _rows(cols, per_rec[num], rng, cont, style.ruling)
            body[0].cells[0] = Cell(f"{num}. {text}", rowspan=len(body))
            for r in body[1:]:
                r.cells[0] = None
            rows += body
        blocks.append(_make_table(cols, headers, rows))
    elif grouping == "theme_link":
        blocks.append(Heading("Ofsted's recommendations", 2))
        blocks.append(Table(["No.", "Recommendation"], [Row([Cell(n), Cell(t)]) for n, t in recs],
                            [0.5, 8.0], kind="summary"))  # fmt: skip
        order = list(range(len(recs)))
        themes = [order[: len(order) // 2 + 1], order[len(order) // 2 + 1 :]]
        for k, members in enumerate(themes):
            if not members:
                continue
            name = topics[members[0]].short
            blocks.append(Heading(f"Theme {k + 1}: {name}", 2))
            acts = [a for i in members for a in per_rec[recs[i][0]]]
            blocks.append(_table(cols, headers, acts, rng, cont, style.ruling, rng.random()))
    kpis: list[dict[str, Any]] = []
    if rng.random() < fam.kpi:
        blocks.append(Heading(rng.choice(("Key performance indicators",
                                          "How we will measure progress")), 2))  # fmt: skip
        kblock, kpis = _kpi_table(fam, rng, status_form)
        blocks.append(kblock)
    gold = {
        "file": "",  # set by the writer: the PDF's name, relative to the gold file's folder
        "recommendations": [{"number": n, "text": t} for n, t in recs],
        "actions": [
            {"ref": a.ref, "text": a.text, "owner": a.owner, "due_raw": a.due_raw,
             "due_date": a.due_date.isoformat() if a.due_date else None,
             "governance": a.governance, "progress": a.progress, "rag": a.rag,
             "recommendations": a.recs}
            for a in actions
        ],
        "kpis": kpis,
    }  # fmt: skip
    features = {"grouping": grouping, "columns": cols, "headers": [headers[c] for c in cols],
                "ruling": style.ruling, "font": style.font, "landscape": style.landscape,
                "repeat_header": style.repeat_header, "status": status_form, "refs": ref_style}  # fmt: skip
    name = f"{fam.name}-{seed}-{index:03d}"
    return Plan(name, fam.name, fam.split, fam.producer, title, blocks, style, gold, features)


def _cell(role: str, a: Action, link_style: float) -> Cell:
    if role == "ref":
        return Cell(a.ref or "")
    if role == "action":
        return Cell(a.text)
    if role == "rec":
        joined = ", ".join(a.recs)
        return Cell(f"Rec {joined}" if link_style > 0.6 else joined)
    if role == "owner":
        return Cell(a.owner)
    if role == "start":
        return Cell(a.start)
    if role == "due":
        return Cell(a.due_raw)
    if role == "governance":
        return Cell(a.governance or "")
    if role == "measure":
        return Cell(a.measure)
    if role == "progress":
        return Cell(a.progress or "")
    if role == "rag":
        return Cell(a.status, fill=a.fill)
    if role == "recommendation":
        return Cell("")
    raise ValueError(role)


def _rows(cols: list[str], acts: list[Action], rng: random.Random, cont: float, ruling: str,
          link_style: float = 0.0) -> list[Row]:  # fmt: skip
    rows = []
    for i, a in enumerate(acts):
        cells: list[Cell | None] = [_cell(c, a, link_style) for c in cols]
        band = "#eef2f7" if ruling == "bands" and i % 2 else None
        if len(a.text) > 90 and rng.random() < cont:
            first, rest = _split_text(a.text)
            cells[cols.index("action")] = Cell(first)
            rows.append(Row(cells, fill=band))
            tail: list[Cell | None] = [Cell("") for _ in cols]
            tail[cols.index("action")] = Cell(rest)
            rows.append(Row(tail, fill=band))
        else:
            rows.append(Row(cells, fill=band))
    return rows


def _make_table(cols: list[str], headers: dict[str, str], rows: list[Row]) -> Table:
    return Table([headers[c] for c in cols], rows, [WIDTH[c] for c in cols])


def _table(cols: list[str], headers: dict[str, str], acts: list[Action], rng: random.Random,
           cont: float, ruling: str, link_style: float = 0.0) -> Table:  # fmt: skip
    return _make_table(cols, headers, _rows(cols, acts, rng, cont, ruling, link_style))


CARD_LABELS = {"tune": ("Lead", "Deadline", "Progress", "Status"),
               "measure": ("Owner", "Target date", "Update", "Rating")}  # fmt: skip


def _cards(fam: Family, acts: list[Action], has_status: bool) -> list[Block]:
    lead, due, progress, status = CARD_LABELS[fam.vocab]
    out: list[Block] = []
    for a in acts:
        lines = [(lead, a.owner), (due, a.due_raw)]
        if a.progress:
            lines.append((progress, a.progress))
        if has_status:
            lines.append((status, a.status))
        title = f"{a.ref} {a.text}" if a.ref else a.text
        out.append(Card(title, lines, fill=a.fill))
    return out


CODE_PREFIX = ("EH", "CS", "CP", "CLA", "CL", "WF", "EW", "QA")


def _kpi_table(
    fam: Family, rng: random.Random, status_form: str
) -> tuple[Table, list[dict[str, Any]]]:
    voc = HEADERS[fam.vocab]
    specs = rng.sample(C.KPIS, rng.randint(4, 8))
    prefix = rng.sample(CODE_PREFIX, 3)
    header = [rng.choice(voc["code"]), rng.choice(voc["indicator"]), rng.choice(voc["baseline"]),
              rng.choice(voc["target"]), rng.choice(voc["kpi_rag"])]  # fmt: skip
    rows, gold = [], []
    used: set[str] = set()
    for i, spec in enumerate(specs):
        code = f"{rng.choice(prefix)}{i // 3 + 1}.{i % 3}" if rng.random() < 0.85 else (
            f"{prefix[0]}{chr(65 + i)}")  # fmt: skip
        while code in used:
            code += "a"
        used.add(code)
        b_raw, b_val, unit = kpi_value(rng, spec.kind)
        t_raw, t_val, _ = kpi_value(rng, spec.kind)
        kform = status_form if status_form != "fill_only" or header[4] == "" else "fill_only"
        status, rag, fill = draw_status(rng, kform)
        if status_form == "fill_only":
            status, fill = "", FILL[rag] if rag else None
        rows.append(Row([Cell(code), Cell(spec.indicator), Cell(b_raw), Cell(t_raw),
                         Cell(status, fill=fill)]))  # fmt: skip
        gold.append({"code": code, "indicator": spec.indicator,
                     "baseline": {"raw": b_raw, "value": b_val, "unit": unit},
                     "target": {"raw": t_raw, "value": t_val, "unit": unit}, "rag": rag})  # fmt: skip
    return Table(header, rows, [0.75, 4.0, 1.2, 1.2, 0.9], kind="kpis"), gold
