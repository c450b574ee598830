"""Linking and coverage on realistic results: statuses, overdue, orphans, KPI RAG, every format."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from plantrace.models.coverage import CoverageStatus
from plantrace.models.links import LinkMethod, LinkState
from plantrace.pipeline.coverage import build_coverage, coverage_for
from plantrace.pipeline.decisions import add_link, decide_link, justify
from plantrace.pipeline.kpi_rag import RagScheme, compute_rag
from plantrace.pipeline.linking import link_documents, ref_numbers
from plantrace.pipeline.render import render
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import (
    StoredLink,
    load_links,
    relink,
    set_pair,
)
from tests import factories as f
from tests.chromium import HEADLESS


def _stored(links):  # type: ignore[no-untyped-def]
    return [StoredLink(id=i, link=lk, origin="auto", note=None) for i, lk in enumerate(links)]


def test_links_follow_sections_through_paraphrase_and_abbreviations() -> None:
    links = link_documents(f.report(), f.plan())
    rec_links = {
        (lk.item_id, lk.recommendation_id) for lk in links if lk.item_kind == "plan_recommendation"
    }
    # 'PEPs for CLA' is recommendation 2; the merged plan rec 3 answers report recs 4 and 5
    assert ("r1", "r1") in rec_links and ("r2", "r2") in rec_links
    assert ("r3", "r4") in rec_links and ("r3", "r5") in rec_links
    assert not any(rec == "r3" for _, rec in rec_links)
    a1 = [lk for lk in links if lk.item_id == "a1" and lk.item_kind == "action"]
    assert [lk.recommendation_id for lk in a1] == ["r1"]
    assert (
        a1[0].method in (LinkMethod.section, LinkMethod.ref) and a1[0].state is LinkState.confirmed
    )
    assert a1[0].evidence


def test_coverage_statuses_overdue_orphans_and_kpis() -> None:
    report, plan = f.report(), f.plan()
    cov = build_coverage(
        report, plan, _stored(link_documents(report, plan)), as_of=date(2017, 1, 1)
    )
    status = {r.id: r.status for r in cov.recommendations}
    assert status["r1"] is CoverageStatus.covered
    assert status["r2"] is CoverageStatus.weakly_covered  # its only action has no owner
    assert status["r3"] is CoverageStatus.uncovered
    assert status["r4"] is CoverageStatus.weakly_covered  # its action has no due date
    r1 = cov.recommendations[0]
    assert r1.actions[0].overdue is True  # due Sept 2016, as of Jan 2017, green not complete
    assert [a.id for a in cov.orphan_actions] == ["a4"]
    assert cov.orphan_actions[0].overdue is False  # blue = complete
    assert [a.id for a in cov.actions_without_owner] == ["a2"]
    assert [a.id for a in cov.actions_without_date] == ["a3"]
    assert cov.summary.uncovered == 1 and cov.summary.covered == 1
    assert cov.summary.coverage_pct == 20.0
    kpi = cov.recommendations[1].kpis[0]
    assert kpi.computed_rag == "amber" and kpi.rag == "green" and kpi.rag_disagrees


def test_justified_gap_counts_as_answered() -> None:
    report, plan = f.report(), f.plan()
    cov = build_coverage(
        report,
        plan,
        _stored(link_documents(report, plan)),
        as_of=date(2017, 1, 1),
        justified={"r3": "Return interviews are commissioned by the police"},
    )
    r3 = cov.recommendations[2]
    assert r3.status is CoverageStatus.justified and "police" in (r3.justification or "")
    assert cov.summary.coverage_pct == 40.0


def test_kpi_rag_scheme_is_configurable(tmp_path: Path) -> None:
    kpi = f.plan().kpis[0].model_copy(update={"latest": None})
    assert compute_rag(kpi, RagScheme()) == "red"  # baseline 34.7 below target, nothing better
    scheme_file = tmp_path / "scheme.json"
    scheme_file.write_text(json.dumps({"off_target": "R", "improving": "A", "on_target": "G"}))
    assert compute_rag(kpi, RagScheme.load(scheme_file)) == "R"


def test_ref_numbers() -> None:
    assert ref_numbers("2.3 / 4.1") == ["2", "4"]
    assert ref_numbers("Rec 3") == ["3"]
    assert ref_numbers("1.2a") == ["1"]
    assert ref_numbers(None) == []


HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & '; DROP TABLE runs;--"


def _hostile_cov():  # type: ignore[no-untyped-def]
    report, plan = f.report(), f.plan(extra_text=" " + HOSTILE)
    return build_coverage(
        report, plan, _stored(link_documents(report, plan)), as_of=date(2017, 1, 1)
    )


def test_html_escapes_pdf_text_and_is_self_contained() -> None:
    html = render(_hostile_cov(), "html").decode()
    assert "<script>alert" not in html and "onerror=alert" not in html.replace(
        "onerror=alert(1)&gt;", ""
    )
    assert "&lt;script&gt;alert(" in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from outside
    assert html.count('class="rec"') == 5
    assert "<svg" in html


def test_csv_and_xlsx_neutralise_formulas(tmp_path: Path) -> None:
    cov = _hostile_cov()
    cov.recommendations[0].actions[0].owner = '=HYPERLINK("http://x")'
    csv_text = render(cov, "csv").decode()
    assert "'=HYPERLINK" in csv_text
    path = tmp_path / "c.xlsx"
    path.write_bytes(render(cov, "xlsx"))
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Summary",
        "Recommendations",
        "Actions not linked",
        "No owner or date",
        "Measures (KPIs)",
    ]
    header = [c.value for c in wb["Recommendations"][1]]
    owners = [c.value for c in wb["Recommendations"]["ABCDEFGHIJKLMNOP"[header.index("Owner")]]]
    assert '\'=HYPERLINK("http://x")' in owners


def test_json_contract_keys() -> None:
    data = json.loads(render(_hostile_cov(), "json"))
    assert set(data) >= {"report", "plan", "as_of", "recommendations", "orphan_actions", "summary"}
    rec = data["recommendations"][0]
    assert set(rec) >= {"id", "number", "text", "status", "actions", "kpis"}
    assert set(rec["actions"][0]) >= {"id", "ref", "text", "owner", "due_date", "overdue", "link"}
    assert set(rec["actions"][0]["link"]) == {"method", "score", "state", "origin"}


@pytest.mark.skipif(
    shutil.which("chromium") is None, reason="Debian package chromium not installed"
)
def test_html_renders_in_headless_chromium_without_console_errors(tmp_path: Path) -> None:
    page = tmp_path / "coverage.html"
    page.write_bytes(render(_hostile_cov(), "html"))
    proc = subprocess.run(
        [
            "chromium",
            *HEADLESS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = proc.stdout
    assert 'data-recommendations="5"' in dom, proc.stderr[-2000:]
    for rec in f.REPORT_RECS:
        assert rec[:40] in dom
    console = [ln for ln in proc.stderr.splitlines() if "CONSOLE" in ln or "Uncaught" in ln]
    assert console == [], console


def test_people_decisions_survive_relinking_and_turn_suspect(store: Store) -> None:
    report, plan = f.report(), f.plan()
    store.save_result(report)
    store.save_result(plan)
    set_pair(store, plan.sha256, report.sha256)
    links = relink(store, report.sha256, plan.sha256)
    a1 = next(lk for lk in links if lk.link.item_id == "a1")
    orphan_id = add_link(
        store,
        report.sha256,
        plan.sha256,
        "r3",
        "action",
        "a4",
        "Ann",
        note="covers missing children",
    )
    decide_link(
        store, report.sha256, plan.sha256, "r1", "action", "a1", LinkState.rejected, "Ann", None,
        note="wrong owner",
    )  # fmt: skip
    justify(store, report.sha256, plan.sha256, "r2", "covered elsewhere", "Ann", "")
    again = {
        (lk.link.item_id, lk.link.recommendation_id): lk
        for lk in relink(store, report.sha256, plan.sha256)
    }
    assert (
        again[("a1", "r1")].link.state is LinkState.rejected
        and again[("a1", "r1")].origin == "person"
    )
    assert again[("a4", "r3")].link.method is LinkMethod.manual
    cov = coverage_for(store, report.sha256, plan.sha256, as_of=date(2017, 1, 1))
    status = {r.id: r.status for r in cov.recommendations}
    assert (
        status["r3"] is CoverageStatus.covered
    )  # a person's link from an action with owner and date
    assert status["r1"] is CoverageStatus.uncovered  # its only link was rejected
    assert status["r2"] is CoverageStatus.justified
    # a newer extractor reads action a4 differently: the person's link is now suspect
    plan2 = f.plan().model_copy(update={"extractor_version": "t2"})
    plan2.actions[3] = plan2.actions[3].model_copy(update={"text": "Refresh branding (changed)"})
    store.save_result(plan2)
    after = {lk.id: lk for lk in relink(store, report.sha256, plan.sha256)}
    assert after[orphan_id].link.state is LinkState.suspect
    assert (
        after[a1.id].link.state is LinkState.suspect
        or after[a1.id].link.state is LinkState.rejected
    )
    assert len(load_links(store, report.sha256, plan.sha256)) == len(after)


def test_a_plan_is_paired_with_the_report_of_its_authority_and_the_inspection_it_names() -> None:
    from plantrace.pipeline.traceability import guess_report

    old = f.report()
    new = old.model_copy(
        update={
            "sha256": "3" * 64,
            "inspection": old.inspection.model_copy(  # type: ignore[union-attr]
                update={"start_date": date(2019, 5, 6), "end_date": date(2019, 5, 17)}
            ),
        }
    )
    other = old.model_copy(
        update={
            "sha256": "4" * 64,
            "inspection": old.inspection.model_copy(
                update={"local_authority": "Eastmere Borough Council"}
            ),  # type: ignore[union-attr]
        }
    )
    plan = f.plan()
    assert guess_report(plan, plan.head, [new, old, other]) is old  # the plan names March 2016
    later = plan.head.replace("March 2016", "May 2019")
    assert guess_report(plan, later, [old, new, other]) is new
    assert guess_report(plan, "Westshire Council improvement plan", [old, new, other]) is None
