"""The plan-layout generator (samples/plangen) and the evaluator that scores its plans.

A few seeded ReportLab plans are generated into a tmp folder. The gold must be consistent (links
to recommendations that exist, due dates that follow from the printed text), what the gold says
must be printed in the PDF, the same seed must give the same plans, and the evaluator must give
a plan's own gold, used as the prediction, a perfect score, and lose exactly what a damaged
prediction loses. Nothing here asserts how well the extractors read these plans: that is
measured (samples/plangen/results), not tested.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from plantrace.pipeline.evaluate import plans as pl
from plantrace.pipeline.evaluate.common import normalise_text
from plantrace.pipeline.evaluate.runner import run_eval
from samples.plangen.families import FAMILIES, HEADERS
from samples.plangen.forms import due_form
from samples.plangen.generate import generate

RL_FAMILIES = ",".join(f.name for f in FAMILIES if f.producer == "reportlab")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plangen")
    generate(out, RL_FAMILIES, seed=3, n=2)
    return out


def _golds(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [(p, json.loads(p.read_text())) for p in sorted(folder.rglob("*.json"))]


def _as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold in the shape of the JSON contract (recommendations by id)."""
    pred = copy.deepcopy(gold)
    pred["recommendations"] = [{"id": f"r{r['number']}", **r} for r in gold["recommendations"]]
    for a in pred["actions"]:
        a["recommendations"] = [f"r{n}" for n in a["recommendations"]]
    return pred


def test_due_forms_name_the_end_of_the_period() -> None:
    d = date(2025, 9, 30)
    assert due_form("dmy_slash", d) == ("30/09/2025", d)
    assert due_form("dmy_dot", date(2026, 3, 31)) == ("31.03.26", date(2026, 3, 31))
    assert due_form("quarter", d) == ("Q2 2025/26", d)
    assert due_form("end_quarter", date(2026, 2, 28)) == ("End of Q4 2025/26", date(2026, 3, 31))
    assert due_form("season", date(2025, 4, 30)) == ("Spring 2025", date(2025, 5, 31))
    assert due_form("season", date(2025, 10, 31)) == ("Autumn 2025", date(2025, 11, 30))
    assert due_form("fin_year", date(2025, 6, 30)) == ("2025/26", date(2026, 3, 31))
    assert due_form("mon_y", d) == ("Sept 2025", d)
    assert due_form("ongoing", d) == ("Ongoing", None)
    assert due_form("tbc", d) == ("tbc", None)


def test_every_reportlab_family_is_generated(batch: Path) -> None:
    golds = _golds(batch)
    fams = {g["family"] for _, g in golds}
    assert fams == set(RL_FAMILIES.split(","))
    assert len(golds) == 2 * len(fams)
    for path, g in golds:
        assert (path.parent / g["file"]).is_file()
        assert g["split"] in ("tune", "measure")


def test_gold_is_consistent(batch: Path) -> None:
    for _, g in _golds(batch):
        numbers = [r["number"] for r in g["recommendations"]]
        assert len(numbers) == len(set(numbers)) >= 3
        assert g["actions"]
        for a in g["actions"]:
            assert a["recommendations"] and set(a["recommendations"]) <= set(numbers)
            if a["due_date"] is None:
                assert a["due_raw"] in ("Ongoing", "tbc")
            else:
                due = date.fromisoformat(a["due_date"])
                years = {int(y) for y in re.findall(r"\d{4}", a["due_raw"])}
                assert years & {due.year, due.year - 1} or re.search(r"\d\d$", a["due_raw"])
        refs = [a["ref"] for a in g["actions"] if a["ref"]]
        assert len(refs) == len(set(refs))
        for k in g["kpis"]:
            for q in (k["baseline"], k["target"]):
                assert q["raw"].startswith(f"{q['value']:g}".split(".")[0])


def test_what_the_gold_says_is_printed(batch: Path) -> None:
    for path, g in _golds(batch):
        pdf = pdfium.PdfDocument(path.parent / g["file"])
        text = normalise_text(" ".join(p.get_textpage().get_text_range() for p in pdf))
        pdf.close()
        for r in g["recommendations"]:
            assert normalise_text(r["text"]) in text, (path.name, r["text"])
        for a in g["actions"]:
            first = " ".join(normalise_text(a["text"]).split()[:4])
            assert first in text, (path.name, a["text"])
            # cells wrap, and a page's text interleaves the lines of a row's cells: compare the
            # first line's worth of each field
            assert " ".join(normalise_text(a["owner"]).split()[:2]) in text
            assert normalise_text(a["due_raw"]).split()[0] in text
        for k in g["kpis"]:
            assert normalise_text(k["code"]) in text and normalise_text(k["indicator"]) in text


def test_same_seed_same_plans(batch: Path, tmp_path: Path) -> None:
    generate(tmp_path, "rl-grid-headings", seed=3, n=2)
    for new in sorted((tmp_path / "rl-grid-headings").glob("*")):
        old = batch / "rl-grid-headings" / new.name
        assert new.read_bytes() == old.read_bytes(), new.name


def test_own_gold_scores_perfectly(batch: Path) -> None:
    pairs = [(g, _as_prediction(g)) for _, g in _golds(batch)]
    s = pl.score_plans(pairs)
    assert s.actions.fn == s.actions.fp == 0 and s.actions.tp == sum(
        len(g["actions"]) for g, _ in pairs
    )
    assert s.recommendations.f1 == 1.0
    for f, prf in s.field_facts.items():
        assert prf.fp == prf.fn == 0, f
    assert s.field_facts["recommendations"].tp >= s.actions.tp
    assert s.kpis.f1 == s.kpi_rows.f1 == 1.0 and s.kpis.tp == sum(len(g["kpis"]) for g, _ in pairs)
    groups = pl.scores_by(pairs)
    assert set(groups) == set(RL_FAMILIES.split(",")) and all(
        v.actions.f1 == 1.0 for v in groups.values()
    )


def test_a_damaged_prediction_loses_exactly_its_damage(batch: Path) -> None:
    _, gold = next((p, g) for p, g in _golds(batch) if len(g["actions"]) >= 3 and g["kpis"])
    pred = _as_prediction(gold)
    dropped = pred["actions"].pop(0)  # one action missed
    pred["actions"][0]["owner"] = "Somebody Else"  # one owner wrong
    pred["actions"][1]["recommendations"] = []  # one link lost
    pred["kpis"][0]["baseline"] = {"raw": "1%", "value": 1.0, "unit": "%"}  # one value wrong
    s = pl.score_plans([(gold, pred)])
    n = len(gold["actions"])
    assert (s.actions.tp, s.actions.fp, s.actions.fn) == (n - 1, 0, 1)
    owner = s.field_facts["owner"]
    assert (owner.tp, owner.fp, owner.fn) == (n - 2, 1, 2)
    links = s.field_facts["recommendations"]
    n_links = sum(len(a["recommendations"]) for a in gold["actions"])
    lost = len(dropped["recommendations"]) + len(gold["actions"][2]["recommendations"])
    assert (links.tp, links.fp, links.fn) == (n_links - lost, 0, lost)
    assert s.kpi_rows.f1 == 1.0 and (s.kpis.tp, s.kpis.fn) == (len(gold["kpis"]) - 1, 1)


def test_plantrace_eval_scores_a_generated_folder_per_family(batch: Path) -> None:
    one = batch / "rl-grid-headings"
    text, payload = run_eval([one], Path("."))
    fams = payload["plans_by_family"]
    assert list(fams) == ["rl-grid-headings"]
    assert (
        fams["rl-grid-headings"]["documents"] == 2 and fams["rl-grid-headings"]["split"] == "tune"
    )
    assert payload["plans"]["actions"]["tp"] + payload["plans"]["actions"]["fn"] == sum(
        len(g["actions"]) for _, g in _golds(one)
    )
    assert "F1 per family" in text and "rl-grid-headings" in text


def test_measure_families_differ_in_kind_from_tune() -> None:
    tune = [f for f in FAMILIES if f.split == "tune"]
    measure = [f for f in FAMILIES if f.split == "measure"]
    assert len(tune) >= 5 and len(measure) >= 5
    for role in HEADERS["tune"]:
        shared = set(HEADERS["tune"][role]) & set(HEADERS["measure"][role]) - {""}
        assert not shared, role
    tune_rulings = {r for f in tune for r in f.rulings}
    tune_producers = {f.producer for f in tune}
    tune_status = {s for f in tune for s in f.status}
    for f in measure:
        assert f.vocab == "measure"
        assert (set(f.rulings) - tune_rulings or f.producer not in tune_producers
                or set(f.status) - tune_status or "cards" in f.groupings), f.name  # fmt: skip


# ---- the holdout split (blind: scored once per extractor version, never tuned on) --------------


def test_holdout_due_forms_name_the_end_of_the_period() -> None:
    from samples.plangen.holdout import hold_due

    d = date(2025, 3, 31)
    assert hold_due("end_month_y", d) == ("end March 2025", d)
    assert hold_due("iso", d) == ("2025-03-31", d)
    assert hold_due("mm_yyyy", d) == ("03.2025", d)
    assert hold_due("ordinal", d) == ("31st March 2025", d)
    assert hold_due("ordinal", date(2025, 4, 30)) == ("30th April 2025", date(2025, 4, 30))
    assert hold_due("two_months", date(2025, 4, 30)) == ("March/April 2025", date(2025, 4, 30))
    assert hold_due("two_months", date(2026, 1, 31)) == ("end January 2026", date(2026, 1, 31))
    assert hold_due("q_short", date(2024, 11, 30)) == ("Q3 24-25", date(2024, 12, 31))
    assert hold_due("q_short", d) == ("Q4 24-25", d)
    assert hold_due("fy_dash", date(2025, 6, 30)) == ("2025-26", date(2026, 3, 31))
    assert hold_due("d_mon_y", date(2025, 9, 30)) == ("30 Sep 2025", date(2025, 9, 30))
    assert hold_due("continuous", d)[1] is None


def test_holdout_status_forms_follow_the_gold_conventions() -> None:
    import random

    from samples.plangen.holdout import OFFICE, hold_status

    rng = random.Random(0)
    seen: dict[str, str | None] = {}
    for form in ("met_words", "met_words_fill", "caps", "pill"):
        for _ in range(60):
            text, rag, _fill = hold_status(rng, form)
            seen[text] = rag
    assert seen == {"Achieved": "blue", "Met": "green", "Partially met": "amber",
                    "Not met": "red", "Not yet due": None, "GREEN": "green", "AMBER": "amber",
                    "RED": "red", "BLUE": "blue"}  # fmt: skip
    for form in ("dots", "office_fill", "bar"):  # colour alone
        text, rag, colour = hold_status(rng, form)
        assert text in ("●", "") and rag is not None and colour == OFFICE[rag]


def test_holdout_families_differ_in_kind_from_tune_and_measure() -> None:
    from samples.plangen.families import select
    from samples.plangen.holdout import HOLD_HEADERS, HOLDOUT

    assert len(HOLDOUT) >= 6 and [f.name for f in select("holdout")] == [f.name for f in HOLDOUT]
    assert not {f.name for f in HOLDOUT} & {f.name for f in select("all")}
    assert select("docx-kv-cards,rl-cards")[0] is HOLDOUT[0]
    others = {h for vocab in HEADERS.values() for words in vocab.values() for h in words} - {""}
    for role, words in HOLD_HEADERS.items():
        assert not set(words) & others, role
    old_layouts = {(f.producer, g) for f in FAMILIES for g in f.groupings}
    for f in HOLDOUT:
        assert f.split == "holdout" and f.vocab == "holdout" and f.layout
        assert any((f.producer, g) not in old_layouts for g in f.groupings), f.name
    assert len({f.layout for f in HOLDOUT}) == len(HOLDOUT)


def test_holdout_plans_are_seeded_and_their_gold_consistent() -> None:
    from samples.plangen.holdout import HOLDOUT, OPEN_FORMS, build_holdout

    for fam in HOLDOUT:
        for i in range(4):
            plan = build_holdout(fam, 5, i)
            assert plan.gold == build_holdout(fam, 5, i).gold
            g = plan.gold
            numbers = [r["number"] for r in g["recommendations"]]
            assert len(numbers) == len(set(numbers)) >= 3
            for a in g["actions"]:
                assert a["recommendations"] and set(a["recommendations"]) <= set(numbers)
                if a["due_date"] is None:
                    assert a["due_raw"] in OPEN_FORMS
                else:
                    due = date.fromisoformat(a["due_date"])
                    yy = {int(y) for y in re.findall(r"\d{4}", a["due_raw"])} | {
                        2000 + int(y) for y in re.findall(r"\b(\d{2})-\d{2}\b", a["due_raw"])
                    }
                    assert yy & {due.year, due.year - 1}, a["due_raw"]
            refs = [a["ref"] for a in g["actions"] if a["ref"]]
            assert len(refs) == len(set(refs))
            for k in g["kpis"]:
                for q in (k["baseline"], k["latest"], k["target"]):
                    assert q["raw"].startswith(f"{q['value']:g}".split(".")[0])
        assert build_holdout(fam, 5, 0).gold != build_holdout(fam, 6, 0).gold


@pytest.fixture(scope="module")
def holdout_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from samples.plangen.printing import CHROMIUM

    if shutil.which("soffice") is None or not Path(CHROMIUM).is_file():
        pytest.skip("the holdout families print with LibreOffice and Chromium")
    from samples.plangen import render_holdout
    from samples.plangen.generate import write_gold
    from samples.plangen.holdout import HOLDOUT, build_holdout

    out = tmp_path_factory.mktemp("plangen-holdout")
    html = [f.name for f in HOLDOUT if f.producer == "chromium"]
    generate(out, ",".join(html), seed=4, n=1)
    # the Word and Excel plans in one start of LibreOffice (one per family would triple the time)
    office = [build_holdout(f, 4, 0) for f in HOLDOUT if f.producer != "chromium"]
    (out / "office").mkdir()
    render_holdout.render_all(office, out / "office")
    for plan in office:
        write_gold(plan, out / "office", f"{plan.name}.pdf")
    return out


def test_what_the_holdout_gold_says_is_printed(holdout_batch: Path) -> None:
    golds = _golds(holdout_batch)
    assert {g["split"] for _, g in golds} == {"holdout"} and len(golds) >= 6
    for path, g in golds:
        pdf = pdfium.PdfDocument(path.parent / g["file"])
        text = normalise_text(" ".join(p.get_textpage().get_text_range() for p in pdf))
        pdf.close()
        whole = "cards" in g["family"]  # a card prints each field on its own line(s)
        for r in g["recommendations"]:
            assert normalise_text(r["text"]) in text, (path.name, r["text"])
        for a in g["actions"]:
            words = normalise_text(a["text"])
            assert (words if whole else " ".join(words.split()[:4])) in text, (path.name, words)
            owner = normalise_text(a["owner"])
            assert (owner if whole else " ".join(owner.split()[:2])) in text, (path.name, owner)
            assert normalise_text(a["due_raw"]) in text, (path.name, a["due_raw"])
            if a["ref"]:
                assert normalise_text(a["ref"]) in text
        for k in g["kpis"]:
            for f in ("baseline", "latest", "target"):
                assert normalise_text(k[f]["raw"]) in text, (path.name, k[f]["raw"])


def test_holdout_gold_scores_perfectly_and_eval_names_the_split(holdout_batch: Path) -> None:
    pairs = [(g, _as_prediction(g)) for _, g in _golds(holdout_batch)]
    s = pl.score_plans(pairs)
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0
    for f, prf in s.field_facts.items():
        assert prf.fp == prf.fn == 0, f
    text, payload = run_eval([holdout_batch], Path("."))
    fams = payload["plans_by_family"]
    assert {v["split"] for v in fams.values()} == {"holdout"} and len(fams) >= 6


# ---- the holdout2 split (blind: scored once per extractor version, never tuned on) -------------


def test_holdout2_due_forms_name_the_end_of_the_period() -> None:
    from samples.plangen.holdout2 import h2_due

    assert h2_due("cal_quarter", date(2025, 8, 31)) == ("2025-Q3", date(2025, 9, 30))
    assert h2_due("half_year", date(2025, 6, 30)) == ("H1 2025/26", date(2025, 9, 30))
    assert h2_due("half_year", date(2026, 1, 31)) == ("H2 2025/26", date(2026, 3, 31))
    assert h2_due("end_fy", date(2025, 6, 30)) == ("by end of FY 25/26", date(2026, 3, 31))
    assert h2_due("term", date(2025, 10, 31)) == ("Autumn term 2025", date(2025, 12, 31))
    assert h2_due("term", date(2026, 5, 31)) == ("Summer term 2026", date(2026, 7, 31))
    assert h2_due("mon_apos", date(2025, 9, 30)) == ("Sep '25", date(2025, 9, 30))
    assert h2_due("d_mon_yyyy_dash", date(2026, 3, 31)) == ("31-Mar-2026", date(2026, 3, 31))
    assert h2_due("rolling", date(2026, 3, 31))[1] is None


def test_holdout2_families_differ_in_kind_from_the_other_splits() -> None:
    from samples.plangen.families import select
    from samples.plangen.holdout import HOLD_HEADERS, HOLDOUT
    from samples.plangen.holdout2 import H2_HEADERS, HOLDOUT2

    assert len(HOLDOUT2) >= 5 and [f.name for f in select("holdout2")] == [f.name for f in HOLDOUT2]
    earlier = [*FAMILIES, *HOLDOUT]
    assert not {f.name for f in HOLDOUT2} & {f.name for f in earlier}
    assert select("html-a3-swimlanes")[0].split == "holdout2"
    others = {h for vocab in HEADERS.values() for words in vocab.values() for h in words}
    others |= {h for words in HOLD_HEADERS.values() for h in words}
    for role, words in H2_HEADERS.items():
        assert not set(words) & others, role
    old_layouts = {(f.producer, g) for f in earlier for g in f.groupings}
    for f in HOLDOUT2:
        assert f.split == "holdout2" and f.vocab == "holdout2" and f.layout
        assert all((f.producer, g) not in old_layouts for g in f.groupings), f.name
    assert len({f.layout for f in HOLDOUT2}) == len(HOLDOUT2)


def test_holdout2_plans_are_seeded_and_their_gold_consistent() -> None:
    from samples.plangen.holdout2 import HOLDOUT2, OPEN_FORMS2, build_holdout2

    for fam in HOLDOUT2:
        for i in range(4):
            plan = build_holdout2(fam, 5, i)
            assert plan.gold == build_holdout2(fam, 5, i).gold
            g = plan.gold
            numbers = [r["number"] for r in g["recommendations"]]
            assert len(numbers) == len(set(numbers)) >= 3
            for a in g["actions"]:
                assert a["recommendations"] and set(a["recommendations"]) <= set(numbers)
                assert a["ref"].startswith(f"A{a['recommendations'][0]}.")
                if a["due_date"] is None:
                    assert a["due_raw"] in OPEN_FORMS2
                else:
                    due = date.fromisoformat(a["due_date"])
                    yy = {int(y) for y in re.findall(r"\d{4}", a["due_raw"])} | {
                        2000 + int(y) for y in re.findall(r"(?:'|\b)(\d{2})\b", a["due_raw"])
                    }
                    assert yy & {due.year, due.year - 1}, a["due_raw"]
            refs = [a["ref"] for a in g["actions"]]
            assert len(refs) == len(set(refs))
            for k, kpi in zip(g["kpis"], plan.kpis, strict=True):
                assert k["latest"]["raw"] == [v for v in kpi.months if v][-1][0]
                for q in (k["baseline"], k["latest"], k["target"]):
                    assert q["raw"].startswith(f"{q['value']:g}".split(".")[0])
        assert build_holdout2(fam, 5, 0).gold != build_holdout2(fam, 6, 0).gold


@pytest.fixture(scope="module")
def holdout2_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from samples.plangen.printing import CHROMIUM

    if shutil.which("soffice") is None or not Path(CHROMIUM).is_file():
        pytest.skip("the holdout2 families print with LibreOffice and Chromium")
    from samples.plangen import render_holdout2
    from samples.plangen.generate import write_gold
    from samples.plangen.holdout2 import HOLDOUT2, build_holdout2

    out = tmp_path_factory.mktemp("plangen-holdout2")
    html = [f.name for f in HOLDOUT2 if f.producer == "chromium"]
    generate(out, ",".join(html), seed=4, n=1)
    # the Word and Excel plans in one start of LibreOffice
    office = [build_holdout2(f, 4, 0) for f in HOLDOUT2 if f.producer != "chromium"]
    (out / "office").mkdir()
    render_holdout2.render_all(office, out / "office")
    for plan in office:
        write_gold(plan, out / "office", f"{plan.name}.pdf")
    return out


def test_what_the_holdout2_gold_says_is_printed(holdout2_batch: Path) -> None:
    golds = _golds(holdout2_batch)
    assert {g["split"] for _, g in golds} == {"holdout2"} and len(golds) >= 5
    for path, g in golds:
        pdf = pdfium.PdfDocument(path.parent / g["file"])
        text = normalise_text(" ".join(p.get_textpage().get_text_range() for p in pdf))
        pdf.close()
        for r in g["recommendations"]:
            # a Word table per recommendation in columns, a lane label: the text wraps in place
            assert " ".join(normalise_text(r["text"]).split()[:5]) in text, (path.name, r["text"])
        for a in g["actions"]:
            assert " ".join(normalise_text(a["text"]).split()[:3]) in text, (path.name, a["text"])
            assert " ".join(normalise_text(a["owner"]).split()[:2]) in text, (path.name, a["owner"])
            assert normalise_text(a["due_raw"]) in text, (path.name, a["due_raw"])
            assert normalise_text(a["ref"]) in text
        for k in g["kpis"]:
            for f in ("baseline", "latest", "target"):
                assert normalise_text(k[f]["raw"]) in text, (path.name, k[f]["raw"])


def test_holdout2_gold_scores_perfectly_and_eval_names_the_split(holdout2_batch: Path) -> None:
    pairs = [(g, _as_prediction(g)) for _, g in _golds(holdout2_batch)]
    s = pl.score_plans(pairs)
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0
    for f, prf in s.field_facts.items():
        assert prf.fp == prf.fn == 0, f
    _, payload = run_eval([holdout2_batch], Path("."))
    fams = payload["plans_by_family"]
    assert {v["split"] for v in fams.values()} == {"holdout2"} and len(fams) == 5


def test_holdout4_registers_and_its_reportlab_family_prints_with_a_gold(tmp_path: Path) -> None:
    """The blind split is selectable, new in name and header wording, seeded, and a plan of its
    ReportLab family prints with a gold whose rules hold (its design is not asserted here)."""
    from samples.plangen.families import select
    from samples.plangen.holdout import HOLD_HEADERS, HOLDOUT
    from samples.plangen.holdout2 import H2_HEADERS, HOLDOUT2
    from samples.plangen.holdout3 import H3_HEADERS, HOLDOUT3
    from samples.plangen.holdout4 import H4_HEADERS, HOLDOUT4, build_holdout4

    assert len(HOLDOUT4) >= 5 and [f.name for f in select("holdout4")] == [f.name for f in HOLDOUT4]
    earlier = {f.name for f in (*FAMILIES, *HOLDOUT, *HOLDOUT2, *HOLDOUT3)}
    assert not {f.name for f in HOLDOUT4} & earlier
    others = {h for vocab in HEADERS.values() for words in vocab.values() for h in words}
    for table in (HOLD_HEADERS, H2_HEADERS, H3_HEADERS):
        others |= {h for words in table.values() for h in words}
    assert not {h for words in H4_HEADERS.values() for h in words} & others
    fam = next(f for f in HOLDOUT4 if f.producer == "reportlab")
    assert build_holdout4(fam, 5, 0).gold == build_holdout4(fam, 5, 0).gold
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout4"
    assert (gold_path.parent / g["file"]).is_file() and g["actions"] and g["recommendations"]
    numbers = {r["number"] for r in g["recommendations"]}
    for a in g["actions"]:
        assert set(a["recommendations"]) <= numbers and a["ref"].startswith(a["recommendations"][0])
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout5_registers_and_its_reportlab_family_prints_with_a_gold(tmp_path: Path) -> None:
    """The blind split is selectable, new in name and header wording, seeded, and a plan of its
    ReportLab family prints with a gold whose rules hold (its design is not asserted here)."""
    from samples.plangen.families import select
    from samples.plangen.holdout import HOLD_HEADERS, HOLDOUT
    from samples.plangen.holdout2 import H2_HEADERS, HOLDOUT2
    from samples.plangen.holdout3 import H3_HEADERS, HOLDOUT3
    from samples.plangen.holdout4 import H4_HEADERS, HOLDOUT4
    from samples.plangen.holdout5 import H5_HEADERS, HOLDOUT5, build_holdout5

    assert len(HOLDOUT5) >= 5 and [f.name for f in select("holdout5")] == [f.name for f in HOLDOUT5]
    earlier = {f.name for f in (*FAMILIES, *HOLDOUT, *HOLDOUT2, *HOLDOUT3, *HOLDOUT4)}
    assert not {f.name for f in HOLDOUT5} & earlier
    others = {h for vocab in HEADERS.values() for words in vocab.values() for h in words}
    for table in (HOLD_HEADERS, H2_HEADERS, H3_HEADERS, H4_HEADERS):
        others |= {h for words in table.values() for h in words}
    assert not {h.lower() for words in H5_HEADERS.values() for h in words} & {
        h.lower() for h in others
    }
    fam = next(f for f in HOLDOUT5 if f.producer == "reportlab")
    assert build_holdout5(fam, 5, 0).gold == build_holdout5(fam, 5, 0).gold
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout5"
    pdf = gold_path.parent / g["file"]
    assert pdf.is_file() and g["actions"] and g["recommendations"]
    doc = pdfium.PdfDocument(str(pdf))
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    numbers = {r["number"] for r in g["recommendations"]}
    for a in g["actions"]:
        assert set(a["recommendations"]) <= numbers
        for printed in (a["ref"], a["text"], a["due_raw"]):
            assert printed in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout6_registers_and_its_reportlab_family_prints_with_a_gold(tmp_path: Path) -> None:
    """The blind split is selectable, new in name and header wording (an eighth vocabulary that
    shares no header with the other seven), seeded, and a plan of its ReportLab family prints with
    a gold whose printed strings are in the PDF (its design is not asserted here)."""
    from samples.plangen.families import select
    from samples.plangen.holdout import HOLD_HEADERS, HOLDOUT
    from samples.plangen.holdout2 import H2_HEADERS, HOLDOUT2
    from samples.plangen.holdout3 import H3_HEADERS, HOLDOUT3
    from samples.plangen.holdout4 import H4_HEADERS, HOLDOUT4
    from samples.plangen.holdout5 import H5_HEADERS, HOLDOUT5
    from samples.plangen.holdout6 import H6_HEADERS, HOLDOUT6, build_holdout6

    assert len(HOLDOUT6) >= 5 and [f.name for f in select("holdout6")] == [f.name for f in HOLDOUT6]
    earlier = {f.name for f in (*FAMILIES, *HOLDOUT, *HOLDOUT2, *HOLDOUT3, *HOLDOUT4, *HOLDOUT5)}
    assert not {f.name for f in HOLDOUT6} & earlier
    assert {f.producer for f in HOLDOUT6} >= {"reportlab", "chromium", "docx", "xlsx"}
    others = {h for vocab in HEADERS.values() for words in vocab.values() for h in words}
    for table in (HOLD_HEADERS, H2_HEADERS, H3_HEADERS, H4_HEADERS, H5_HEADERS):
        others |= {h for words in table.values() for h in words}
    assert not {h.lower() for words in H6_HEADERS.values() for h in words} & {
        h.lower() for h in others
    }
    fam = next(f for f in HOLDOUT6 if f.producer == "reportlab")
    assert build_holdout6(fam, 5, 0).gold == build_holdout6(fam, 5, 0).gold
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout6"
    pdf = gold_path.parent / g["file"]
    assert pdf.is_file() and g["actions"] and g["recommendations"]
    doc = pdfium.PdfDocument(str(pdf))
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    numbers = {r["number"] for r in g["recommendations"]}
    for a in g["actions"]:
        assert set(a["recommendations"]) <= numbers
        for printed in (a["ref"], a["text"], a["owner"], a["due_raw"]):
            assert printed in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout6_due_forms_name_the_end_of_the_period() -> None:
    """The eighth split's date forms follow the stated conventions (the end of what is printed)."""
    import random
    from datetime import date, timedelta

    from samples.plangen.holdout6 import h6_due

    rng = random.Random(0)
    d = date(2026, 1, 31)
    text, due = h6_due("wc", d, rng)
    monday = date(2026, 1, int(text.split()[1]))  # 'w/c 26 Jan 2026': a Monday of January
    assert text.startswith("w/c ") and monday.weekday() == 0 and due == monday + timedelta(days=6)
    assert h6_due("term_end", date(2026, 3, 31), rng) == (
        "end of spring term 2026",
        date(2026, 3, 31),
    )
    assert h6_due("term_end", date(2026, 5, 31), rng) == (
        "end of summer term 2026",
        date(2026, 7, 31),
    )
    assert h6_due("term_end", date(2025, 10, 31), rng) == (
        "end of autumn term 2025",
        date(2025, 12, 31),
    )
    assert h6_due("sept", date(2026, 9, 30), rng) == ("Sept 2026", date(2026, 9, 30))
    assert h6_due("mid", date(2026, 3, 31), rng) == ("mid-Mar 2026", date(2026, 3, 15))
    text, due = h6_due("board", date(2026, 3, 31), rng)
    assert text.startswith("March 2026 ") and due == date(2026, 3, 31)
    assert h6_due("open", d, rng)[1] is None


def test_holdout7_registers_and_its_reportlab_family_prints_with_a_gold(tmp_path: Path) -> None:
    """The blind split is selectable, new in name and header wording (a ninth vocabulary that
    shares no header with the other eight), seeded, and a plan of its ReportLab family prints with
    a gold whose printed strings are in the PDF (its design is not asserted here)."""
    from samples.plangen.families import select
    from samples.plangen.holdout import HOLD_HEADERS, HOLDOUT
    from samples.plangen.holdout2 import H2_HEADERS, HOLDOUT2
    from samples.plangen.holdout3 import H3_HEADERS, HOLDOUT3
    from samples.plangen.holdout4 import H4_HEADERS, HOLDOUT4
    from samples.plangen.holdout5 import H5_HEADERS, HOLDOUT5
    from samples.plangen.holdout6 import H6_HEADERS, HOLDOUT6
    from samples.plangen.holdout7 import H7_HEADERS, HOLDOUT7, build_holdout7

    assert len(HOLDOUT7) >= 4 and [f.name for f in select("holdout7")] == [f.name for f in HOLDOUT7]
    earlier = {
        f.name for f in (*FAMILIES, *HOLDOUT, *HOLDOUT2, *HOLDOUT3, *HOLDOUT4, *HOLDOUT5, *HOLDOUT6)
    }
    assert not {f.name for f in HOLDOUT7} & earlier
    assert {f.producer for f in HOLDOUT7} >= {"reportlab", "chromium", "docx", "xlsx"}
    others = {h for vocab in HEADERS.values() for words in vocab.values() for h in words}
    for table in (HOLD_HEADERS, H2_HEADERS, H3_HEADERS, H4_HEADERS, H5_HEADERS, H6_HEADERS):
        others |= {h for words in table.values() for h in words}
    assert not {h.lower() for words in H7_HEADERS.values() for h in words} & {
        h.lower() for h in others
    }
    fam = next(f for f in HOLDOUT7 if f.producer == "reportlab")
    assert build_holdout7(fam, 5, 0).gold == build_holdout7(fam, 5, 0).gold
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout7"
    pdf = gold_path.parent / g["file"]
    assert pdf.is_file() and g["actions"] and g["recommendations"]
    doc = pdfium.PdfDocument(str(pdf))
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    numbers = {r["number"] for r in g["recommendations"]}
    for a in g["actions"]:
        assert set(a["recommendations"]) <= numbers
        for printed in (a["ref"], a["owner"], a["due_raw"]):
            assert printed in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout7_due_forms_name_the_end_of_the_period() -> None:
    """The ninth split's date forms follow the stated conventions (the end of what is printed)."""
    import random
    from datetime import date

    from samples.plangen.holdout7 import _pm_date, h7_due

    rng = random.Random(0)
    assert h7_due("fy_quarter", date(2026, 2, 28), rng) == ("Q4 FY25/26", date(2026, 3, 31))
    assert h7_due("fy_quarter", date(2025, 5, 31), rng) == ("Q1 FY25/26", date(2025, 6, 30))
    assert h7_due("half_year", date(2026, 7, 31), rng) == ("H1 2026/27", date(2026, 9, 30))
    assert h7_due("half_year", date(2026, 1, 31), rng) == ("H2 2025/26", date(2026, 3, 31))
    assert h7_due("mon_apos", date(2025, 12, 31), rng) == ("Dec '25", date(2025, 12, 31))
    text, due = h7_due("dmy_yy", date(2025, 10, 31), rng)
    assert due is not None and text == f"{due.day:02d}/10/25" and due.month == 10
    assert h7_due("open", date(2025, 10, 31), rng)[1] is None
    assert _pm_date("dow", date(2025, 10, 31)) == "Fri 31/10/25"
    assert _pm_date("d_mon_apos", date(2025, 10, 3)) == "3 Oct '25"


def test_holdout59_registers_and_its_reportlab_family_prints_with_a_gold(tmp_path: Path) -> None:
    """The fifty-ninth blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation, and a plan of its ReportLab family (the
    two-part pack) prints with a gold whose printed strings are in the PDF and which scores
    perfectly as its own prediction (its design is not asserted here)."""
    from samples.plangen.families import select
    from samples.plangen.holdout59 import HOLDOUT59, build_holdout59

    assert len(HOLDOUT59) == 4 and [f.name for f in select("holdout59")] == [
        f.name for f in HOLDOUT59
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 59))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT59} & earlier
    assert {f.producer for f in HOLDOUT59} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT59:
        plan = build_holdout59(fam, 5, 0)
        assert plan.gold == build_holdout59(fam, 5, 0).gold
        assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
    fam = next(f for f in HOLDOUT59 if f.producer == "reportlab")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout59"
    pdf = gold_path.parent / g["file"]
    assert pdf.is_file() and g["actions"] and g["recommendations"]
    doc = pdfium.PdfDocument(str(pdf))
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    refs = {a["ref"][0] for a in g["actions"]}
    assert refs == {"C", "P"}  # both parts of the pack
    for a in g["actions"]:
        for printed in (a["ref"], a["owner"], a["due_raw"]):
            assert printed in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout59_due_forms_name_the_day_or_the_end_of_the_month() -> None:
    """The fifty-ninth split's date forms: month forms the month's last day, day forms that day."""
    from datetime import date

    from samples.plangen.holdout59 import h59_due

    d = date(2027, 6, 17)
    assert h59_due("end-mon", d) == ("End Jun 2027", date(2027, 6, 30))
    assert h59_due("end-month", d) == ("End June 2027", date(2027, 6, 30))
    assert h59_due("mon-year", d) == ("Jun 2027", date(2027, 6, 30))
    assert h59_due("mon-ordinal", d) == ("Jun 17th 2027", d)
    assert h59_due("day-month", d) == ("17 June 2027", d)
    assert h59_due("month-day", d) == ("June 17 2027", d)
    assert h59_due("mon-day-apos", d) == ("Jun 17 '27", d)
    assert h59_due("dmy-slash", d) == ("17/06/2027", d)


def test_holdout60_registers_and_its_fillable_form_keeps_its_values_in_the_fields(
    tmp_path: Path,
) -> None:
    """The sixtieth blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation, and a plan of its ReportLab family (the
    fillable form) prints its labels and recommendations on the page but every action value only
    in the form fields: absent from the page text, present once the fields are flattened; its
    gold scores perfectly as its own prediction."""
    import pypdfium2.raw as pdfium_c

    from samples.plangen.families import select
    from samples.plangen.holdout60 import HOLDOUT60, build_holdout60

    assert len(HOLDOUT60) == 4 and [f.name for f in select("holdout60")] == [
        f.name for f in HOLDOUT60
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 60))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT60} & earlier
    assert {f.producer for f in HOLDOUT60} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT60:
        plan = build_holdout60(fam, 5, 0)
        assert plan.gold == build_holdout60(fam, 5, 0).gold
        assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
    fam = next(f for f in HOLDOUT60 if f.producer == "reportlab")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout60"
    pdf = gold_path.parent / g["file"]
    doc = pdfium.PdfDocument(str(pdf))
    page_text = "".join("".join(p.get_textpage().get_text_range().split()) for p in doc)
    for r in g["recommendations"]:
        assert "".join(r["text"].split()) in page_text
    doc.init_forms()
    for page in doc:
        pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_PRINT)
    flat = tmp_path / "flat.pdf"
    doc.save(str(flat))
    flat_text = "".join(
        "".join(p.get_textpage().get_text_range().split()) for p in pdfium.PdfDocument(str(flat))
    )
    for a in g["actions"]:
        assert "".join(a["text"].split()) not in page_text, a["text"]
        for printed in (a["ref"], a["text"], a["owner"], a["due_raw"]):
            assert "".join(printed.split()) in flat_text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout60_due_forms_name_the_day_serials_counting_from_1899() -> None:
    """The sixtieth split's date forms, an Excel serial number and time stamp included."""
    from datetime import date

    from samples.plangen.holdout60 import h60_due

    d = date(2027, 6, 30)
    assert h60_due("day-month-comma", d) == ("30 June, 2027", d)
    assert h60_due("dmy-slash", d) == ("30/06/2027", d)
    assert h60_due("ymd-slash", d) == ("2027/06/30", d)
    assert h60_due("day-month", d) == ("30 June 2027", d)
    assert h60_due("serial", d) == ("46568", d)
    assert h60_due("serial", date(2026, 7, 1)) == ("46204", date(2026, 7, 1))
    assert h60_due("timestamp", d) == ("2027-06-30 00:00:00", d)
    assert h60_due("mon-day", d) == ("Jun 30 2027", d)
    assert h60_due("iso", d) == ("2027-06-30", d)


def test_holdout61_registers_and_its_quarterly_tracker_reports_the_last_quarter(
    tmp_path: Path,
) -> None:
    """The sixty-first blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation; in the quarterly tracker the gold status and
    update are the last quarter reported; a plan of its HTML family prints every action, owner and
    due and every recommendation, each action's text followed by its recommendation's number;
    its gold scores perfectly as its own prediction."""
    from samples.plangen.families import select
    from samples.plangen.holdout61 import HOLDOUT61, build_holdout61

    assert len(HOLDOUT61) == 4 and [f.name for f in select("holdout61")] == [
        f.name for f in HOLDOUT61
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 61))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT61} & earlier
    assert {f.producer for f in HOLDOUT61} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT61:
        for i in range(3):
            plan = build_holdout61(fam, 5, i)
            assert plan.gold == build_holdout61(fam, 5, i).gold
            assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
            if fam.layout == "quarters":
                current = plan.features["current"]
                for a, hist in zip(plan.actions, plan.features["history"], strict=True):
                    assert len(hist) == current and hist[-1] == (a.status or "", a.progress)
    fam = next(f for f in HOLDOUT61 if f.producer == "chromium")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout61"
    doc = pdfium.PdfDocument(str(gold_path.parent / g["file"]))
    text = "".join(
        "".join(p.get_textpage().get_text_range().replace("\ufffe", "-").split()) for p in doc
    )
    for r in g["recommendations"]:
        assert "".join(r["text"].split()) in text
    for a in g["actions"]:
        for printed in (a["ref"], a["owner"], a["due_raw"]):
            assert "".join(printed.split()) in text, printed
        assert "".join(a["text"].split()) + a["recommendations"][0] in text, a["text"]
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout61_due_forms_name_the_day_dates_in_words() -> None:
    """The sixty-first split's date forms, the dates written in words included."""
    from datetime import date

    from samples.plangen.holdout61 import h61_due

    d = date(2027, 6, 30)
    assert h61_due("ord-mon", d) == ("30th Jun 2027", d)
    assert h61_due("ord-mon", date(2027, 3, 22)) == ("22nd Mar 2027", date(2027, 3, 22))
    assert h61_due("ord-mon", date(2027, 3, 11)) == ("11th Mar 2027", date(2027, 3, 11))
    assert h61_due("dmy-dash-short", d) == ("30-06-27", d)
    assert h61_due("words-of", d) == ("the thirtieth of June 2027", d)
    assert h61_due("words-of", date(2027, 3, 21)) == (
        "the twenty-first of March 2027",
        date(2027, 3, 21),
    )
    assert h61_due("month-the-words", d) == ("June the thirtieth, 2027", d)
    assert h61_due("ymd-mon", d) == ("2027-Jun-30", d)
    assert h61_due("dmy-mon-slash", d) == ("30/Jun/2027", d)
    assert h61_due("day-mon-comma", d) == ("30 Jun, 2027", d)
    assert h61_due("ymd-dot", d) == ("2027.06.30", d)


def test_holdout62_registers_and_its_colour_keyed_plan_is_in_due_order(tmp_path: Path) -> None:
    """The sixty-second blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation; the colour-keyed Word plan lists its actions in
    due-date order with refs A01.. in that order; a plan of its HTML family prints every action's
    ref (in the target and the table), text, owner and due, every recommendation and every ring's
    status word, but no action's status beside its text; its gold scores perfectly as its own
    prediction."""
    from samples.plangen.families import select
    from samples.plangen.holdout62 import H62_STATUS, HOLDOUT62, build_holdout62

    assert len(HOLDOUT62) == 4 and [f.name for f in select("holdout62")] == [
        f.name for f in HOLDOUT62
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 62))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT62} & earlier
    assert {f.producer for f in HOLDOUT62} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT62:
        for i in range(3):
            plan = build_holdout62(fam, 5, i)
            assert plan.gold == build_holdout62(fam, 5, i).gold
            assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
            if fam.layout == "colour":
                dues = [a["due_date"] for a in plan.gold["actions"]]
                assert dues == sorted(dues)
                assert [a["ref"] for a in plan.gold["actions"]] == [
                    f"A{j:02d}" for j in range(1, len(dues) + 1)
                ]
    fam = next(f for f in HOLDOUT62 if f.producer == "chromium")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout62"
    doc = pdfium.PdfDocument(str(gold_path.parent / g["file"]))
    text = "".join(
        "".join(p.get_textpage().get_text_range().replace("\ufffe", "-").split()) for p in doc
    )
    for r in g["recommendations"]:
        assert "".join(r["text"].split()) in text
    for word, _ in H62_STATUS["rings"]:
        assert "".join(word.split()) in text
    for a in g["actions"]:
        for printed in (a["ref"], a["text"], a["owner"], a["due_raw"]):
            assert "".join(printed.split()) in text, printed
        assert text.count(a["ref"]) >= 2  # in its ring and in the table
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout62_due_forms_name_the_day() -> None:
    """The sixty-second split's date forms, the weekday with an ordinal day included."""
    from datetime import date

    from samples.plangen.holdout62 import h62_due

    d = date(2027, 6, 30)
    assert h62_due("mon-ord", d) == ("Jun 30th 2027", d)
    assert h62_due("mon-ord", date(2027, 3, 22)) == ("Mar 22nd 2027", date(2027, 3, 22))
    assert h62_due("day-full-dash", d) == ("30-June-2027", d)
    assert h62_due("ord-full-comma", d) == ("30th June, 2027", d)
    assert h62_due("ord-full-comma", date(2027, 3, 11)) == ("11th March, 2027", date(2027, 3, 11))
    assert h62_due("full-day-nocomma", d) == ("June 30 2027", d)
    assert h62_due("y-mon-d", d) == ("2027 Jun 30", d)
    assert h62_due("d-mon-dot", d) == ("30 Jun. 2027", d)
    assert h62_due("weekday-ord", d) == ("Wednesday 30th June 2027", d)
    assert h62_due("weekday-ord", date(2027, 3, 1)) == ("Monday 1st March 2027", date(2027, 3, 1))
    assert h62_due("mon-dot-comma", d) == ("Jun. 30, 2027", d)


def test_holdout11_quarterly_tracker_gold_progress_is_the_latest_quarters_printed_commentary(
    tmp_path: Path,
) -> None:
    """Since round 63 the holdout11 tracker's gold progress is the latest filled quarter's
    commentary (holdout61's convention, what a board reads as the update): the workbook the
    renderer writes prints exactly that text in the last filled quarter's commentary column, and
    earlier quarters' commentary is history (not gold)."""
    import openpyxl

    from samples.plangen.families import select
    from samples.plangen.holdout11 import build_holdout11
    from samples.plangen.render_holdout11 import _quarters

    fam = next(f for f in select("holdout11") if f.layout == "quarters")
    for i in range(3):
        plan = build_holdout11(fam, 1, i)
        ws = openpyxl.load_workbook(_quarters(plan, tmp_path)).active
        filled = plan.features["quarters_filled"]
        last = 5 + 2 * (filled - 1) + 1
        printed = {ws.cell(r, 1).value: ws.cell(r, last).value for r in range(5, ws.max_row + 1)}
        for a in plan.gold["actions"]:
            assert a["progress"] and printed[a["ref"]] == a["progress"]
            assert a["progress"].split(": ")[0] in {"Update", "Note", "Comment"}


def test_holdout63_registers_and_its_swot_plan_links_weaknesses(tmp_path: Path) -> None:
    """The sixty-third blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation; the SWOT plan's refs run SA-01.. in
    recommendation order; a plan of its HTML family prints every action's ref, text, owner and due,
    every recommendation, every weather word of the key, and its gold scores perfectly as its own
    prediction."""
    from samples.plangen.families import select
    from samples.plangen.holdout63 import H63_STATUS, HOLDOUT63, build_holdout63

    assert len(HOLDOUT63) == 4 and [f.name for f in select("holdout63")] == [
        f.name for f in HOLDOUT63
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 63))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT63} & earlier
    assert {f.producer for f in HOLDOUT63} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT63:
        for i in range(3):
            plan = build_holdout63(fam, 5, i)
            assert plan.gold == build_holdout63(fam, 5, i).gold
            assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
            if fam.layout == "swot":
                refs = [a["ref"] for a in plan.gold["actions"]]
                assert refs == [f"SA-{j:02d}" for j in range(1, len(refs) + 1)]
                links = [int(a["recommendations"][0]) for a in plan.gold["actions"]]
                assert links == sorted(links)
    fam = next(f for f in HOLDOUT63 if f.producer == "chromium")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout63"
    doc = pdfium.PdfDocument(str(gold_path.parent / g["file"]))
    text = "".join(
        "".join(p.get_textpage().get_text_range().replace("\ufffe", "-").split()) for p in doc
    )
    for r in g["recommendations"]:
        assert "".join(r["text"].split()) in text
    for word, _ in H63_STATUS["weather"]:
        assert "".join(word.split()) in text
    for a in g["actions"]:
        for printed in (a["ref"], a["text"], a["owner"], a["due_raw"]):
            assert "".join(printed.split()) in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout63_due_forms_name_the_day() -> None:
    """The sixty-third split's date forms, a two-digit year and a weekday in brackets included."""
    from datetime import date

    from samples.plangen.holdout63 import h63_due

    d = date(2027, 6, 30)
    assert h63_due("mon-ord-comma", d) == ("Jun 30th, 2027", d)
    assert h63_due("mon-ord-comma", date(2027, 3, 22)) == ("Mar 22nd, 2027", date(2027, 3, 22))
    assert h63_due("d-full-apos", d) == ("30 June '27", d)
    assert h63_due("d-full-apos", date(2028, 1, 2)) == ("2 January '28", date(2028, 1, 2))
    assert h63_due("ord-of", d) == ("30th of June 2027", d)
    assert h63_due("ord-of", date(2027, 3, 11)) == ("11th of March 2027", date(2027, 3, 11))
    assert h63_due("mon-d-y-dash", d) == ("Jun-30-2027", d)
    assert h63_due("compact", d) == ("30Jun2027", d)
    assert h63_due("d-mon-dots", d) == ("30.Jun.2027", d)
    assert h63_due("d-mon-dots", date(2027, 3, 1)) == ("01.Mar.2027", date(2027, 3, 1))
    assert h63_due("dmy-wd", d) == ("30/06/2027 (Wed)", d)
    assert h63_due("wd-comma-short", date(2027, 3, 1)) == ("Mon, 1 Mar 2027", date(2027, 3, 1))


def test_holdout64_registers_and_its_plan_actual_refs_run_in_order(tmp_path: Path) -> None:
    """The sixty-fourth blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation; the plan/actual tracker's refs run T001.. in
    recommendation order; a plan of its HTML family prints every action's ref, text, owner and
    due, every recommendation, every status word of the legend, and its gold scores perfectly as
    its own prediction."""
    from samples.plangen.families import select
    from samples.plangen.holdout64 import H64_STATUS, HOLDOUT64, build_holdout64

    assert len(HOLDOUT64) == 4 and [f.name for f in select("holdout64")] == [
        f.name for f in HOLDOUT64
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 64))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT64} & earlier
    assert {f.producer for f in HOLDOUT64} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT64:
        for i in range(3):
            plan = build_holdout64(fam, 5, i)
            assert plan.gold == build_holdout64(fam, 5, i).gold
            assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
            if fam.layout == "planactual":
                refs = [a["ref"] for a in plan.gold["actions"]]
                assert refs == [f"T{j:03d}" for j in range(1, len(refs) + 1)]
                links = [int(a["recommendations"][0]) for a in plan.gold["actions"]]
                assert links == sorted(links)
    fam = next(f for f in HOLDOUT64 if f.producer == "chromium")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout64"
    doc = pdfium.PdfDocument(str(gold_path.parent / g["file"]))
    text = "".join(
        "".join(p.get_textpage().get_text_range().replace("\ufffe", "-").split()) for p in doc
    )
    for r in g["recommendations"]:
        assert "".join(r["text"].split()) in text
    for word, _ in H64_STATUS["statuspage"]:
        assert "".join(word.split()) in text
    for a in g["actions"]:
        for printed in (a["ref"], a["text"], a["owner"], a["due_raw"]):
            assert "".join(printed.split()) in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout64_due_forms_name_the_day() -> None:
    """The sixty-fourth split's date forms: weekdays, two-digit years, a time of day."""
    from datetime import date

    from samples.plangen.holdout64 import h64_due

    d = date(2027, 6, 30)
    assert h64_due("ord-mon-dot", d) == ("30th Jun. 2027", d)
    assert h64_due("ord-mon-dot", date(2027, 3, 22)) == ("22nd Mar. 2027", date(2027, 3, 22))
    assert h64_due("wd-d-m-yy", d) == ("Wed 30/6/27", d)
    assert h64_due("wd-d-m-yy", date(2028, 1, 2)) == ("Sun 2/1/28", date(2028, 1, 2))
    assert h64_due("full-wd-brackets", d) == ("30 June 2027 (Wednesday)", d)
    assert h64_due("wdf-ord", d) == ("Wednesday, 30th June 2027", d)
    assert h64_due("wdf-ord", date(2027, 3, 11)) == ("Thursday, 11th March 2027", date(2027, 3, 11))
    assert h64_due("dd-mm-yyyy-spaces", d) == ("30 06 2027", d)
    assert h64_due("wd-dd-mm-yy-dots", date(2027, 3, 1)) == ("Mon 01.03.27", date(2027, 3, 1))
    assert h64_due("d-mon-5pm", d) == ("30 Jun 2027, 5pm", d)
    assert h64_due("dmy-at-5pm", date(2027, 3, 1)) == ("01/03/2027 at 5pm", date(2027, 3, 1))


def test_holdout65_registers_and_its_remedies_share_out_over_indicators(tmp_path: Path) -> None:
    """The sixty-fifth blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation; the remedies report's refs run RA01.. in
    recommendation order and its KPIs are its indicators, each with a remedy; a plan of its HTML
    family prints every action's ref, text, owner and due, every recommendation, every label
    word of the legend, and its gold scores perfectly as its own prediction."""
    from samples.plangen.families import select
    from samples.plangen.holdout65 import H65_STATUS, HOLDOUT65, build_holdout65

    assert len(HOLDOUT65) == 4 and [f.name for f in select("holdout65")] == [
        f.name for f in HOLDOUT65
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 65))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT65} & earlier
    assert {f.producer for f in HOLDOUT65} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT65:
        for i in range(3):
            plan = build_holdout65(fam, 5, i)
            assert plan.gold == build_holdout65(fam, 5, i).gold
            assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
            if fam.layout == "remedies":
                refs = [a["ref"] for a in plan.gold["actions"]]
                assert refs == [f"RA{j:02d}" for j in range(1, len(refs) + 1)]
                links = [int(a["recommendations"][0]) for a in plan.gold["actions"]]
                assert links == sorted(links)
                homes = [plan.features["extras"][r] for r in refs]
                assert homes == sorted(homes) and set(homes) == set(range(len(plan.kpis)))
    fam = next(f for f in HOLDOUT65 if f.producer == "chromium")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout65"
    doc = pdfium.PdfDocument(str(gold_path.parent / g["file"]))
    text = "".join(
        "".join(p.get_textpage().get_text_range().replace("\ufffe", "-").split()) for p in doc
    )
    for r in g["recommendations"]:
        assert "".join(r["text"].split()) in text
    for word, _ in H65_STATUS["carddetail"]:
        assert "".join(word.split()) in text
    for a in g["actions"]:
        for printed in (a["ref"], a["text"], a["owner"], a["due_raw"]):
            assert "".join(printed.split()) in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout65_due_forms_name_the_day() -> None:
    """The sixty-fifth split's date forms: capitals, apostrophes, weekdays, a time of day."""
    from datetime import date

    from samples.plangen.holdout65 import h65_due

    d = date(2027, 6, 30)
    assert h65_due("d-MON-yyyy", d) == ("30 JUN 2027", d)
    assert h65_due("ord-full-apos", d) == ("30th June '27", d)
    assert h65_due("ord-full-apos", date(2028, 1, 2)) == ("2nd January '28", date(2028, 1, 2))
    assert h65_due("wd-d-mon-yy", d) == ("Wed 30 Jun 27", d)
    assert h65_due("dd-mm-yyyy-dots-wd", date(2027, 3, 1)) == ("01.03.2027 (Mon)", date(2027, 3, 1))
    assert h65_due("d-full-comma-yyyy", d) == ("30 June, 2027", d)
    assert h65_due("d-m-yy-dots", date(2027, 3, 1)) == ("1.3.27", date(2027, 3, 1))
    assert h65_due("mon-d-yyyy-5pm", d) == ("Jun 30, 2027, 5:00 PM", d)
    assert h65_due("d-mon-yyyy-1700", date(2027, 3, 1)) == ("1 Mar 2027 17:00", date(2027, 3, 1))


def test_holdout66_registers_and_its_rollout_overall_is_the_status(tmp_path: Path) -> None:
    """The sixty-sixth blind split is selectable, new in family name against every earlier split,
    seeded, each action answers one recommendation; the rollout tracker's refs run RO-01.. in
    recommendation order with one state per locality team (every team live when the action is
    complete); a plan of its HTML family (the A to Z) prints every action's ref, text, owner and
    due, every recommendation, every status word of its key, and its gold scores perfectly as
    its own prediction."""
    from samples.plangen.families import select
    from samples.plangen.holdout66 import H66_STATUS, HOLDOUT66, build_holdout66

    assert len(HOLDOUT66) == 4 and [f.name for f in select("holdout66")] == [
        f.name for f in HOLDOUT66
    ]
    earlier = {f.name for f in FAMILIES}
    for k in ["holdout", *(f"holdout{i}" for i in range(2, 66))]:
        earlier |= {f.name for f in select(k)}
    assert not {f.name for f in HOLDOUT66} & earlier
    assert {f.producer for f in HOLDOUT66} == {"reportlab", "chromium", "docx", "xlsx"}
    for fam in HOLDOUT66:
        for i in range(3):
            plan = build_holdout66(fam, 5, i)
            assert plan.gold == build_holdout66(fam, 5, i).gold
            assert all(len(a["recommendations"]) == 1 for a in plan.gold["actions"])
            if fam.layout == "rollout":
                refs = [a["ref"] for a in plan.gold["actions"]]
                assert refs == [f"RO-{j:02d}" for j in range(1, len(refs) + 1)]
                links = [int(a["recommendations"][0]) for a in plan.gold["actions"]]
                assert links == sorted(links)
                teams = plan.features["teams"]
                for a in plan.gold["actions"]:
                    states = plan.features["extras"][a["ref"]]
                    assert len(states) == len(teams)
                    if a["rag"] == "blue":
                        assert set(states) == {"Live"}
    fam = next(f for f in HOLDOUT66 if f.producer == "chromium")
    made = generate(tmp_path, fam.name, seed=5, n=1)
    (gold_path,) = (tmp_path / fam.name).glob("*.json")
    g = json.loads(gold_path.read_text())
    assert made == {fam.name: [gold_path.stem]} and g["split"] == "holdout66"
    doc = pdfium.PdfDocument(str(gold_path.parent / g["file"]))
    text = "".join(
        "".join(p.get_textpage().get_text_range().replace("\ufffe", "-").split()) for p in doc
    )
    for r in g["recommendations"]:
        assert "".join(r["text"].split()) in text
    for word, _ in H66_STATUS["atoz"]:
        assert "".join(word.split()) in text
    for a in g["actions"]:
        for printed in (a["ref"], a["text"], a["owner"], a["due_raw"]):
            assert "".join(printed.split()) in text, printed
    s = pl.score_plans([(g, _as_prediction(g))])
    assert s.actions.fn == s.actions.fp == 0 and s.kpis.fn == s.kpis.fp == 0


def test_holdout66_due_forms_name_the_day() -> None:
    """The sixty-sixth split's date forms: weekdays in full and short, capitals, year first."""
    from datetime import date

    from samples.plangen.holdout66 import h66_due

    d = date(2027, 6, 30)
    assert h66_due("wdfull-comma-d-mon-yyyy", d) == ("Wednesday, 30 Jun 2027", d)
    assert h66_due("wdfull-dd-mm-yyyy", date(2027, 3, 1)) == ("Monday 01/03/2027", date(2027, 3, 1))
    assert h66_due("d-FULL-yyyy", d) == ("30 JUNE 2027", d)
    assert h66_due("wd-dot-d-full-yyyy", d) == ("Wed. 30 June 2027", d)
    assert h66_due("wd-dd-mm-yyyy", d) == ("Wed 30/06/2027", d)
    assert h66_due("d-full-yyyy-wdfull", date(2027, 3, 1)) == (
        "1 March 2027 Monday",
        date(2027, 3, 1),
    )
    assert h66_due("dd-mm-yy-wd", d) == ("30/06/27 (Wed)", d)
    assert h66_due("yyyy-full-d", date(2027, 3, 1)) == ("2027 March 1", date(2027, 3, 1))
