"""pipeline/diff.py: what changed between two runs of one document, and the markdown of it."""

from __future__ import annotations

import pytest

from plantrace.models.grades import DocumentKind
from plantrace.models.inspection import Recommendation
from plantrace.models.links import Link, LinkMethod, LinkState
from plantrace.models.plan import KPI, Action, Quantity
from plantrace.models.provenance import Provenance
from plantrace.models.results import ErrorCode, ExtractionError, ExtractionResult, Status
from plantrace.pipeline.diff import Change, diff_links, diff_results, summary_markdown

SHA = "c" * 64


def _prov(page: int = 1) -> Provenance:
    return Provenance(
        sha256=SHA, page=page, bbox=(0, 0, 1, 1), extractor="t", extractor_version="1"
    )


def _plan(
    version: str,
    recs: list[str],
    actions: list[tuple[str, str | None]],
    kpis: list[tuple[str, str]] | None = None,
    page: int = 1,
) -> ExtractionResult:
    return ExtractionResult(
        file="plans/p.pdf",
        sha256=SHA,
        status=Status.ok,
        kind=DocumentKind.improvement_plan,
        pages=3,
        extractor_version=version,
        recommendations=[
            Recommendation(id=f"r{i}", text=t, provenance=_prov(page))
            for i, t in enumerate(recs, 1)
        ],
        actions=[
            Action(id=f"a{i}", text=t, owner=o, provenance=_prov(page))
            for i, (t, o) in enumerate(actions, 1)
        ],
        kpis=[
            KPI(id=f"k{i}", indicator=ind, target=Quantity(raw=tgt), provenance=_prov(page))
            for i, (ind, tgt) in enumerate(kpis or [], 1)
        ],
    )


def test_identical_runs_differ_in_nothing_even_if_pages_moved() -> None:
    old = _plan("1", ["Improve PEPs"], [("Audit PEPs", "Head of VS")], [("PEPs on time", "90%")])
    new = _plan(
        "2", ["Improve PEPs"], [("Audit PEPs", "Head of VS")], [("PEPs on time", "90%")], page=2
    )
    d = diff_results(old, new)
    assert d.changes == [] and d.is_empty
    assert (d.old_version, d.new_version) == ("1", "2")
    assert d.suspect_item_ids == set()


def test_added_removed_changed_by_id_and_text() -> None:
    old = _plan(
        "1",
        ["Improve PEPs", "Reduce caseloads"],
        [("Audit PEPs", "Head of VS"), ("Recruit social workers", None), ("Old action", None)],
        [("PEPs on time", "90%")],
    )
    new = _plan(
        "2",
        ["Improve PEPs", "Reduce caseloads to 18"],
        [("Audit PEPs", "Director"), ("Recruit social workers", None)],
        [("PEPs on time", "95%"), ("Return interviews", "80%")],
    )
    d = diff_results(old, new)
    got = {(c.kind, c.item_id, c.change) for c in d.changes}
    assert got == {
        ("recommendation", "r2", Change.changed),
        ("action", "a1", Change.changed),
        ("action", "a3", Change.removed),
        ("kpi", "k1", Change.changed),
        ("kpi", "k2", Change.added),
    }
    a1 = next(c for c in d.changes if c.item_id == "a1")
    assert a1.fields == ("owner",) and not a1.text_changed
    r2 = next(c for c in d.changes if c.item_id == "r2")
    assert (r2.before, r2.after) == ("Reduce caseloads", "Reduce caseloads to 18")
    # links follow ids: a rewritten or vanished end is suspect, an owner change is not
    assert d.suspect_item_ids == {"r2", "a3"}
    assert d.count("action", Change.removed) == 1


def test_renumbering_is_reported_as_moved() -> None:
    old = _plan("1", ["Improve PEPs", "Reduce caseloads"], [])
    new = _plan("2", ["New first recommendation", "Improve PEPs", "Reduce caseloads"], [])
    d = diff_results(old, new)
    moved = {c.item_id: c.moved_from for c in d.changes}
    assert moved == {"r1": None, "r2": "r1", "r3": "r2"}
    assert d.suspect_item_ids == {"r1", "r2"}  # ids r1 and r2 now hold other text


def test_failed_previous_run_makes_everything_added() -> None:
    new = _plan("2", ["Improve PEPs"], [("Audit PEPs", None)])
    d = diff_results(None, new)
    assert {c.change for c in d.changes} == {Change.added} and len(d.changes) == 2
    failed = ExtractionResult(
        file="p.pdf",
        sha256=SHA,
        status=Status.error,
        extractor_version="1",
        error=ExtractionError(code=ErrorCode.timeout, message="slow"),
    )
    d2 = diff_results(failed, new)
    assert (d2.old_status, d2.new_status) == ("error", "ok") and len(d2.changes) == 2


def test_other_document_is_refused() -> None:
    other = _plan("1", [], []).model_copy(update={"sha256": "d" * 64})
    with pytest.raises(ValueError):
        diff_results(other, _plan("2", [], []))


def test_link_diff_and_markdown_escape_pdf_text() -> None:
    def link(item: str, state: LinkState, method: LinkMethod = LinkMethod.ref) -> Link:
        return Link(
            report_sha256="r" * 64,
            recommendation_id="r1",
            plan_sha256=SHA,
            item_kind="action",
            item_id=item,
            method=method,
            score=0.9,
            state=state,
        )

    changes = diff_links(
        [link("a1", LinkState.confirmed), link("a2", LinkState.suggested)],
        [link("a1", LinkState.suspect), link("a3", LinkState.suggested)],
    )
    assert [(c.item_id, c.change) for c in changes] == [
        ("a1", Change.changed),
        ("a2", Change.removed),
        ("a3", Change.added),
    ]
    old = _plan("1", ["Improve | PEPs"], [])
    new = _plan("2", ["Improve <script>x</script> PEPs"], [])
    d = diff_results(old, new)
    d.links = changes
    md = summary_markdown([d])
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "Improve \\| PEPs" in md
    assert "link changed" in md and "confirmed/ref → suspect/ref" in md
    assert "Nothing to reprocess" in summary_markdown([])
