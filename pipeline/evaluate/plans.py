"""Score plan extraction against tests/gold/plans: actions, their fields, KPI rows, glossary.

Actions are matched to gold in document order (common.align) by ref and text similarity; over
the matched pairs owner, due date, governance (and the other fields) are exact-match rates, and
the action -> recommendation assignment is compared as plan recommendation NUMBERS: the contract
gives recommendation ids, which are mapped to numbers through the extracted recommendations.
KPI rows are matched by code and indicator; a KPI row counts as right only with its baseline and
target values exact. Every miss is listed with its file and page. Beside the in-order action
count, `actions_any_order` matches actions whatever their printed order (common.match_any_order):
a plan grouped by status or by lead prints its actions in an order gold cannot fix, and the gap
between the two figures is what order alone costs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plantrace.pipeline.evaluate.common import (
    PRF,
    Miss,
    Rate,
    align,
    match_any_order,
    normalise_text,
    similarity,
)

ACTION_FIELDS = ("owner", "due_date", "due_raw", "governance", "progress", "rag", "milestones")
KPI_FIELDS = ("code", "direction", "baseline", "baseline_label", "target", "target_label", "rag",
              "recommendation", "latest")  # fmt: skip
FACT_FIELDS = ("owner", "due_date", "rag", "recommendations")
TEXT_MATCH = 0.8  # rapidfuzz ratio of normalised texts for two actions to be the same action
EMPTY_SAID = {"plan_no_actions", "not_classified"}  # warnings that say nothing was read
MISREAD_F1 = 0.95  # a plan read below this actions F1 is misread: the product should have said so
# or below this F1 of its links (action -> recommendation facts) with its actions read: a plan
# whose only loss is its links is misread too, and says so only by a warning about links
LINKS_SAID = {
    "plan_links_unread",
    "plan_links_partial",
    "plan_links_doubtful",  # links read but probably wrong (extractors/link_gaps.py)
    "rec_action_list_unmatched",
    "plan_rec_codes_kept",  # every link's number may carry a label's letter ('R2' for 2)
}


@dataclass(slots=True)
class PlanScores:
    documents: int = 0
    recommendations: PRF = field(default_factory=PRF)
    actions: PRF = field(default_factory=PRF)
    # actions matched whatever the printed order (common.match_any_order): beside `actions`, it
    # shows how much of a plan's score is order alone; the field figures stay in order
    actions_any_order: PRF = field(default_factory=PRF)
    action_text: Rate = field(default_factory=Rate)  # exact (normalised) text over matched
    action_fields: dict[str, Rate] = field(
        default_factory=lambda: {f: Rate() for f in ACTION_FIELDS}
    )
    assignment: Rate = field(default_factory=Rate)  # action -> recommendation numbers, exact set
    kpis: PRF = field(default_factory=PRF)  # a row is a hit only with baseline and target exact
    kpi_rows: PRF = field(default_factory=PRF)  # rows found, whatever their values
    kpi_fields: dict[str, Rate] = field(default_factory=lambda: {f: Rate() for f in KPI_FIELDS})
    glossary: PRF = field(default_factory=PRF)
    # facts (action, value) over ALL actions, so a missed or extra action costs its fields too
    field_facts: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in FACT_FIELDS})
    # "never fail silently", measured: of the plans that came out empty (gold has actions, none
    # read), dateless (gold has due dates, none read) or misread (actions F1 < MISREAD_F1, or
    # links F1 < MISREAD_F1 with the actions read), how many carry a warning saying so (hits)
    said_empty: Rate = field(default_factory=Rate)
    said_dateless: Rate = field(default_factory=Rate)
    said_misread: Rate = field(default_factory=Rate)
    # and of the plans whose actions were read but none of their owners (or ratings) where the
    # gold has some, how many say so
    said_ownerless: Rate = field(default_factory=Rate)
    said_unrated: Rate = field(default_factory=Rate)
    # plans that gave no reading at all (an error result: a timeout under load, a crash): their
    # zeros are not the reader's, so they are named apart, never folded silently into the F1
    failed: list[str] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "recommendations": self.recommendations.to_dict(),
            "actions": self.actions.to_dict(),
            "actions_any_order": self.actions_any_order.to_dict(),
            "action_text_exact": self.action_text.to_dict(),
            "action_fields": {k: v.to_dict() for k, v in self.action_fields.items()},
            "assignment": self.assignment.to_dict(),
            "kpis": self.kpis.to_dict(),
            "kpi_rows": self.kpi_rows.to_dict(),
            "kpi_fields": {k: v.to_dict() for k, v in self.kpi_fields.items()},
            "glossary": self.glossary.to_dict(),
            "field_facts": {k: v.to_dict() for k, v in self.field_facts.items()},
            "said_empty": self.said_empty.to_dict(),
            "said_dateless": self.said_dateless.to_dict(),
            "said_misread": self.said_misread.to_dict(),
            "said_ownerless": self.said_ownerless.to_dict(),
            "said_unrated": self.said_unrated.to_dict(),
            "failed": list(self.failed),
            "misses": [m.to_dict() for m in self.misses],
        }


def _same_action(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g.get("ref") and p.get("ref") and normalise_text(g["ref"]) != normalise_text(p["ref"]):
        return False
    return similarity(g.get("text"), p.get("text")) >= TEXT_MATCH


def _same_kpi(g: dict[str, Any], p: dict[str, Any]) -> bool:
    codes = g.get("code"), p.get("code")
    if all(codes) and codes[0] not in ("NEW", "new") and codes[0] != codes[1]:
        return False
    return similarity(g.get("indicator"), p.get("indicator")) >= TEXT_MATCH


def _quantity(q: Any) -> Any:
    """A Quantity as compared: raw text (normalised spacing), value and unit."""
    if q is None:
        return None
    return (" ".join(str(q.get("raw", "")).split()), q.get("value"), q.get("unit"))


def score_plan(gold: dict[str, Any], pred: dict[str, Any], s: PlanScores) -> None:
    """Add one plan's comparison to the running scores."""
    name = gold["file"]
    s.documents += 1
    if error := pred.get("error"):
        s.failed.append(f"{name} ({error.get('code')}: {error.get('message')})")
    numbers = {r["id"]: r.get("number") for r in pred.get("recommendations", [])}
    # recommendations: by number and text
    g_recs, p_recs = gold.get("recommendations", []), pred.get("recommendations", [])
    pairs = align(
        g_recs, p_recs,
        lambda g, p: str(g.get("number")) == str(p.get("number"))
        and similarity(g.get("text"), p.get("text")) >= 0.6,
    )  # fmt: skip
    _count(s.recommendations, len(pairs), len(p_recs), len(g_recs))
    got = {i for i, _ in pairs}
    for i, g in enumerate(g_recs):
        if i not in got:
            s.misses.append(Miss(name, None, "recommendation", g, None))
    _extras(s, name, "recommendation", p_recs, {j for _, j in pairs}, "text")
    # actions
    g_acts, p_acts = gold.get("actions", []), pred.get("actions", [])
    pairs = align(g_acts, p_acts, _same_action)
    _count(s.actions, len(pairs), len(p_acts), len(g_acts))
    free = match_any_order(g_acts, p_acts, _same_action)
    _count(s.actions_any_order, len(free), len(p_acts), len(g_acts))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(g_acts):
        if i not in matched_g:
            s.misses.append(Miss(name, None, "action (missed)", _brief(g), None))
    for j, p in enumerate(p_acts):
        if j not in matched_p:
            s.misses.append(Miss(name, p.get("page"), "action (extra)", None, _brief(p)))
    for i, j in pairs:
        g, p = g_acts[i], p_acts[j]
        page = p.get("page")
        ok = normalise_text(g.get("text")) == normalise_text(p.get("text"))
        s.action_text.count(ok)
        if not ok:
            label = f"action {g.get('ref') or i + 1} text"
            s.misses.append(Miss(name, page, label, g["text"], p["text"]))
        for f in ACTION_FIELDS:
            if f not in g or f not in p:  # a field the contract does not carry is not scored
                continue
            gv, pv = g.get(f), p.get(f)
            if f in ("owner", "governance", "progress", "due_raw", "milestones"):
                ok = normalise_text(gv) == normalise_text(pv)
            else:
                ok = gv == pv
            s.action_fields[f].count(ok)
            if not ok:
                s.misses.append(Miss(name, page, f"action {g.get('ref') or i + 1} {f}", gv, pv))
        g_nums = sorted(str(x) for x in g.get("recommendations", []))
        p_nums = sorted(str(numbers.get(x, x)) for x in p.get("recommendations", []))
        ok = g_nums == p_nums
        s.assignment.count(ok)
        if not ok:
            s.misses.append(Miss(name, page, f"action {g.get('ref') or i + 1} recommendations",
                                 g_nums, p_nums))  # fmt: skip
    _count_facts(s, g_acts, p_acts, pairs, numbers)
    links = _link_facts(g_acts, p_acts, pairs, numbers)
    _count_said(s, g_acts, p_acts, len(pairs), pred.get("warnings") or [], links)
    # KPIs
    g_kpis, p_kpis = gold.get("kpis", []), pred.get("kpis", [])
    pairs = align(g_kpis, p_kpis, _same_kpi)
    _count(s.kpi_rows, len(pairs), len(p_kpis), len(g_kpis))
    exact = 0
    for i, j in pairs:
        g, p = g_kpis[i], dict(p_kpis[j])
        p["recommendation"] = numbers.get(p.get("recommendation"), p.get("recommendation"))
        page = p.get("page")
        values_ok = True
        for f in KPI_FIELDS:
            if f not in g or f not in p:
                continue
            gv, pv = g.get(f), p.get(f)
            if f in ("baseline", "target", "latest"):
                ok = _quantity(gv) == _quantity(pv)
                values_ok &= ok if f != "latest" else True
            else:
                ok = gv == pv
            s.kpi_fields[f].count(ok)
            if not ok:
                s.misses.append(Miss(name, page, f"kpi {g.get('code') or i + 1} {f}", gv, pv))
        exact += int(values_ok)
    _count(s.kpis, exact, len(p_kpis), len(g_kpis))
    got_k = {i for i, _ in pairs}
    for i, g in enumerate(g_kpis):
        if i not in got_k:
            s.misses.append(Miss(name, None, "kpi (missed)", _kpi_brief(g), None))
    _extras(s, name, "kpi", p_kpis, {j for _, j in pairs}, "indicator")
    # glossary
    g_gl = {normalise_text(k): normalise_text(v) for k, v in (gold.get("glossary") or {}).items()}
    p_gl = {normalise_text(k): normalise_text(v) for k, v in (pred.get("glossary") or {}).items()}
    hit = sum(1 for k, v in g_gl.items() if p_gl.get(k) == v)
    _count(s.glossary, hit, len(p_gl), len(g_gl))
    for k, v in g_gl.items():
        if p_gl.get(k) != v:
            s.misses.append(Miss(name, None, f"glossary {k}", v, p_gl.get(k)))
    for k, v in p_gl.items():
        if k not in g_gl:  # counted a false positive above: printed as one
            s.misses.append(Miss(name, None, f"glossary {k} (extra)", None, v))


def _extras(
    s: PlanScores,
    name: str,
    kind: str,
    predicted: Sequence[dict[str, Any]],
    matched: set[int],
    text: str,
) -> None:
    """A miss for each item read that matched no gold item: counted as a false positive in the
    item's precision, so printed too (every miss counted is a miss listed)."""
    for j, p in enumerate(predicted):
        if j not in matched:
            shown = f"{p.get('number') or p.get('code') or ''} {p.get(text) or ''}".strip()
            s.misses.append(Miss(name, p.get("page"), f"{kind} (extra)", None, shown[:120]))


def _kpi_brief(k: dict[str, Any]) -> str:
    """A gold KPI as listed among the misses: its code and indicator."""
    return f"{k.get('code') or ''} {k.get('indicator') or ''}".strip()


def _facts(a: dict[str, Any], f: str, numbers: dict[str, Any]) -> set[str]:
    """One action's facts for field f: its normalised value, or its recommendation numbers."""
    if f == "recommendations":
        return {str(numbers.get(x, x)) for x in a.get("recommendations") or []}
    value = a.get(f)
    if value is None or value == "":
        return set()
    return {normalise_text(value) if f == "owner" else str(value)}


def _count_facts(
    s: PlanScores,
    g_acts: Sequence[dict[str, Any]],
    p_acts: Sequence[dict[str, Any]],
    pairs: Sequence[tuple[int, int]],
    numbers: dict[str, Any],
) -> None:
    """Field F1 over (action, value) facts: a field of a missed action is a false negative, of an
    extra action a false positive, so these figures say how much of the plan was read right."""
    gold_numbers = {str(x): str(x) for a in g_acts for x in a.get("recommendations") or []}
    for f in FACT_FIELDS:
        if not any(f in g for g in g_acts):
            continue
        prf = s.field_facts[f]
        tp = sum(
            len(_facts(g_acts[i], f, gold_numbers) & _facts(p_acts[j], f, numbers))
            for i, j in pairs
        )
        n_gold = sum(len(_facts(g, f, gold_numbers)) for g in g_acts)
        n_pred = sum(len(_facts(p, f, numbers)) for p in p_acts)
        _count(prf, tp, n_pred, n_gold)


def _link_facts(
    g_acts: Sequence[dict[str, Any]],
    p_acts: Sequence[dict[str, Any]],
    pairs: Sequence[tuple[int, int]],
    numbers: dict[str, Any],
) -> PRF | None:
    """One plan's links (action -> recommendation facts, as field_facts counts them over all
    plans), or None where its gold links no action."""
    if not any(g.get("recommendations") for g in g_acts):
        return None
    gold_numbers = {str(x): str(x) for a in g_acts for x in a.get("recommendations") or []}
    f = "recommendations"
    tp = sum(
        len(_facts(g_acts[i], f, gold_numbers) & _facts(p_acts[j], f, numbers)) for i, j in pairs
    )
    one = PRF()
    n_gold = sum(len(_facts(g, f, gold_numbers)) for g in g_acts)
    _count(one, tp, sum(len(_facts(p, f, numbers)) for p in p_acts), n_gold)
    return one


def _count_said(
    s: PlanScores,
    g_acts: list[dict[str, Any]],
    p_acts: list[dict[str, Any]],
    matched: int,
    warnings: list[dict[str, Any]],
    links: PRF | None = None,
) -> None:
    """Whether a plan read badly says so. An empty plan needs plan_no_actions (or not_classified:
    the document was not recognised as a plan, so nothing was extracted), a dateless one
    plan_due_dates_unread; a misread plan (actions F1 below MISREAD_F1) needs any warning, since
    a reader that is wrong and quiet is the failure users cannot see. A plan whose actions were
    read but whose links (action -> recommendation) were not (links F1 below MISREAD_F1) is
    misread too: it was not counted at all, though such plans say so (plan_links_unread); any
    warning is not enough there, since the actions were read and a warning about them says
    nothing of the links: it needs one of LINKS_SAID."""
    codes = {str(w.get("code")) for w in warnings}
    if g_acts and not p_acts:
        s.said_empty.count(bool(codes & EMPTY_SAID))
    gold_dated = any(a.get("due_date") for a in g_acts)
    if gold_dated and p_acts and not any(a.get("due_date") for a in p_acts):
        s.said_dateless.count("plan_due_dates_unread" in codes)
    for key, rate, code in (
        ("owner", s.said_ownerless, "plan_owners_unread"),
        ("rag", s.said_unrated, "plan_status_unread"),
    ):
        if any(a.get(key) for a in g_acts) and p_acts and not any(a.get(key) for a in p_acts):
            rate.count(code in codes)
    one = PRF()
    _count(one, matched, len(p_acts), len(g_acts))
    if g_acts and one.f1 < MISREAD_F1:
        s.said_misread.count(bool(codes))
    elif g_acts and links is not None and links.f1 < MISREAD_F1:
        s.said_misread.count(bool(codes & LINKS_SAID))


def _count(prf: PRF, tp: int, n_pred: int, n_gold: int) -> None:
    prf.tp += tp
    prf.fp += n_pred - tp
    prf.fn += n_gold - tp


def _brief(a: dict[str, Any]) -> str:
    return f"{a.get('ref') or ''} {(a.get('text') or '')[:80]}".strip()


def score_plans(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> PlanScores:
    s = PlanScores()
    for gold, pred in pairs:
        score_plan(gold, pred, s)
    return s


def plan_file(gold_path: str | Path, gold: dict[str, Any], corpus_root: str | Path) -> Path:
    """The plan a gold file labels: a file beside the gold (generated plans), else as for gold."""
    from plantrace.pipeline.evaluate.common import resolve_gold_file

    beside = Path(gold_path).parent / gold["file"]
    if not Path(gold["file"]).is_absolute() and beside.is_file():
        return beside
    return resolve_gold_file(gold["file"], Path(corpus_root))


def plan_pairs(
    gold_paths: Iterable[str | Path], corpus_root: str | Path
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold, extracted contract) per gold file, each plan extracted once."""
    from plantrace.pipeline.extract import extract_file

    pairs = []
    for path in gold_paths:
        gold = json.loads(Path(path).read_text())
        result = extract_file(plan_file(path, gold, corpus_root))
        pairs.append((gold, result.to_contract()))
    return pairs


def run_plan_eval(gold_paths: Iterable[str | Path], corpus_root: str | Path) -> PlanScores:
    return score_plans(plan_pairs(gold_paths, corpus_root))


def scores_by(
    pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]], key: str = "family"
) -> dict[str, PlanScores]:
    """Scores per value of a gold key (a generated plan's layout family), in sorted order."""
    groups: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for gold, pred in pairs:
        groups.setdefault(str(gold.get(key)), []).append((gold, pred))
    return {k: score_plans(v) for k, v in sorted(groups.items())}


def format_by(groups: dict[str, PlanScores], splits: dict[str, str] | None = None) -> str:
    """One line per group: F1 of actions, owner, due date, action -> recommendation, KPI rows and
    KPI values (facts over all actions, see _count_facts), then actions F1 whatever the printed
    order (last, so that older tables still line up column for column)."""
    w = max([26, *(len(k) + 1 for k in groups)])
    head = (f"  {'family':<{w}} {'split':<8} {'plans':>5} {'actions':>8} {'owner':>6} {'due':>6}"
            f" {'rag':>6} {'a->rec':>7} {'kpi rows':>9} {'kpi vals':>9} {'any order':>9}")  # fmt: skip
    lines = ["F1 per family (fields: (action, value) facts over all actions)", head]
    for name, sc in groups.items():
        ff = sc.field_facts
        lines.append(
            f"  {name:<{w}} {(splits or {}).get(name, ''):<8} {sc.documents:>5}"
            f" {sc.actions.f1:>8.3f} {ff['owner'].f1:>6.3f} {ff['due_date'].f1:>6.3f}"
            f" {ff['rag'].f1:>6.3f} {ff['recommendations'].f1:>7.3f}"
            f" {sc.kpi_rows.f1:>9.3f} {sc.kpis.f1:>9.3f} {sc.actions_any_order.f1:>9.3f}"
        )
    return "\n".join(lines)


def format_report(s: PlanScores) -> str:
    def pct(x: float) -> str:
        return f"{100 * x:6.1f}%"

    def prf(label: str, p: PRF) -> str:
        return (f"  {label:<28} P {pct(p.precision)}  R {pct(p.recall)}  F1 {pct(p.f1)}"
                f"  (tp {p.tp}, fp {p.fp}, fn {p.fn})")  # fmt: skip

    def rate(label: str, r: Rate) -> str:
        return f"  {label:<28} {pct(r.rate)} ({r.hits}/{r.n})"

    lines = [f"Improvement plans: {s.documents} gold documents", ""]
    lines.append(prf("recommendations", s.recommendations))
    lines.append(prf("actions", s.actions))
    lines.append(prf("actions (any order)", s.actions_any_order))
    lines.append(rate("action text exact", s.action_text))
    for f, r in s.action_fields.items():
        lines.append(rate(f"action {f} exact", r))
    lines.append(rate("action -> recommendation", s.assignment))
    for f, p in s.field_facts.items():
        if p.tp + p.fp + p.fn:
            lines.append(prf(f"{f} facts", p))
    lines.append(prf("KPI rows (values exact)", s.kpis))
    lines.append(prf("KPI rows (found)", s.kpi_rows))
    for f, r in s.kpi_fields.items():
        lines.append(rate(f"kpi {f} exact", r))
    lines.append(prf("glossary entries", s.glossary))
    lines.append(rate("empty plans with a warning", s.said_empty))
    lines.append(rate("dateless plans with a warning", s.said_dateless))
    lines.append(rate("misread plans with a warning", s.said_misread))
    lines.append(rate("ownerless plans with a warning", s.said_ownerless))
    lines.append(rate("unrated plans with a warning", s.said_unrated))
    if s.failed:
        lines.append(f"  plans not read (an error, scored as empty): {len(s.failed)}")
        lines += [f"    {f}" for f in s.failed]
    lines.append("")
    lines.append(f"Misses ({len(s.misses)}):" if s.misses else "No misses.")
    for m in s.misses:
        lines.append(f"- {m.file} p{m.page if m.page is not None else '?'} {m.field}: "
                     f"gold={_short(m.gold)} predicted={_short(m.predicted)}")  # fmt: skip
    return "\n".join(lines)


def _short(value: Any, limit: int = 140) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
