"""Fuzzing (issue 7) in CI: a short run of `plantrace fuzz`, and the fuzzer's own machinery.

The full run is `plantrace fuzz --cases 2000` (a minute or two); CI runs 150 cases. The harness is
tested too: a fuzzer that cannot see a crash or a hang would pass for the wrong reason.
"""

from __future__ import annotations

import copy
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import plantrace.pipeline.extract as ex
import plantrace.pipeline.fuzz as fz
from plantrace.cli.main import app
from plantrace.models.grades import DocumentKind
from plantrace.models.results import Status
from plantrace.pipeline.document import ParsedDocument
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.limits import Limits
from tests.conftest import SAMPLES


def test_ci_fuzz_run_has_no_unhandled_exception_and_no_hang() -> None:
    report = fz.run_fuzz(150, seed=20240607, samples_root=SAMPLES)
    assert report.failures == [], report.summary()
    assert report.cases == 150
    assert report.count("pdf") > 40 and report.count("doc") > 20 and report.count("lines") > 10
    # the mutations matter: some PDFs still open, some are rejected with a specific code
    assert report.outcomes["pdf:ok"] > 0
    assert sum(n for k, n in report.outcomes.items() if k.startswith("pdf:") and k != "pdf:ok") > 0
    assert "unhandled exceptions: 0, hangs: 0" in report.summary()


def test_a_case_replays_exactly_from_seed_and_index() -> None:
    batch = fz.run_fuzz(12, seed=5, samples_root=None)
    replay = fz.run_fuzz(0, seed=5, samples_root=None, only=9)
    assert replay.cases == 1
    original = [k for k, n in batch.outcomes.items() for _ in range(n)]
    assert set(replay.outcomes) <= set(original)
    again = fz.run_fuzz(12, seed=5, samples_root=None)
    assert again.outcomes == batch.outcomes


@pytest.mark.parametrize("name", sorted(fz.MUTATORS))
def test_mutators_are_deterministic_and_change_the_bytes(name: str) -> None:
    seed_pdf = fz.builtin_samples()[0][1]
    others = [d for _, d in fz.builtin_samples()[1:]]
    mutator = fz.MUTATORS[name]
    outputs = [mutator(seed_pdf, random.Random(i), others) for i in range(6)]
    assert outputs == [mutator(seed_pdf, random.Random(i), others) for i in range(6)]
    assert any(out != seed_pdf for out in outputs)


def test_builtin_seed_pdfs_are_valid_documents(tmp_path: Path) -> None:
    kinds = {}
    for name, data in fz.builtin_samples():
        path = tmp_path / (name.replace(":", "-") + ".pdf")
        path.write_bytes(data)
        result = extract_file(path)
        assert result.status is Status.ok, (name, result.error)
        kinds[name] = result.kind
    assert kinds["builtin:report"] is DocumentKind.inspection_report
    assert kinds["builtin:many-pages"] is DocumentKind.other


def test_random_documents_keep_the_readers_guarantees() -> None:
    rng = random.Random(3)
    for _ in range(50):
        doc = fz.random_document(rng)
        assert 1 <= len(doc.pages) <= 6
        for line in doc.lines():
            assert line.words and all(
                w.text and not any(c.isspace() for c in w.text) for w in line.words
            )
            assert line.text == " ".join(w.text for w in line.words)


@pytest.mark.parametrize("name", sorted(fz.DOC_MUTATORS))
def test_document_edits_keep_the_readers_bookkeeping(name: str) -> None:
    seed_name, data = fz.builtin_samples()[1]  # the plan with a ruled table
    original = fz.parsed_seed(seed_name, data)
    assert original is not None
    changed = 0
    for i in range(5):
        doc = copy.deepcopy(original)
        fz.DOC_MUTATORS[name](doc, random.Random(i))
        fz._renumber(doc)
        for n, page in enumerate(doc.pages, start=1):
            assert page.number == n
            for k, line in enumerate(page.lines):
                assert (line.page, line.index) == (n, k)
                assert line.words and line.text == " ".join(w.text for w in line.words)
        changed += _snapshot(doc) != _snapshot(original)
    assert changed > 0


def _snapshot(doc: ParsedDocument) -> list[object]:
    return [
        (
            p.number,
            [(ln.text, ln.bbox, ln.font_size, ln.bold) for ln in p.lines],
            [(r.x0, r.top, r.x1, r.bottom) for r in p.rulings],
        )
        for p in doc.pages
    ]


def test_the_fuzzer_reports_an_unhandled_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(doc, *profiles):  # type: ignore[no-untyped-def]
        raise KeyError("judgement")

    monkeypatch.setattr(fz, "extract_document", broken)  # the random line documents
    monkeypatch.setattr(ex, "extract_document", broken)  # behind extract_file (mutated PDFs)
    report = fz.run_fuzz(30, seed=1, samples_root=None)
    assert not report.ok
    lines = [f for f in report.failures if f.kind in ("doc", "lines")]
    assert lines and all(
        f.outcome == "exception" and f.detail.startswith("KeyError") for f in lines
    )
    pdfs = [f for f in report.failures if f.kind == "pdf"]
    assert pdfs and all("internal error: KeyError" in f.detail for f in pdfs)
    assert report.exceptions == len(report.failures)
    assert f"replay: plantrace fuzz --seed 1 --case {report.failures[0].index}" in report.summary()


def test_the_fuzzer_reports_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    def spins(doc, *profiles):  # type: ignore[no-untyped-def]
        while True:
            pass

    monkeypatch.setattr(fz, "extract_document", spins)
    report = fz.run_fuzz(
        3, seed=2, samples_root=None, pdf_share=0.0, limits=Limits(document_seconds=0.2)
    )
    assert report.cases == 3 and report.hangs == 3
    assert all(f.detail == "stopped by the 0 s deadline" for f in report.failures)


def test_fuzz_command_exit_codes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["fuzz", "--cases", "20", "--seed", "3", "--samples", str(SAMPLES)])
    assert res.exit_code == 0, res.output
    assert (
        "fuzz seed 3: 20 cases" in res.stdout and "unhandled exceptions: 0, hangs: 0" in res.stdout
    )

    def broken(doc, *profiles):  # type: ignore[no-untyped-def]
        raise ValueError("bad cell")

    monkeypatch.setattr(ex, "extract_document", broken)
    saved = tmp_path / "failures"
    res = runner.invoke(
        app,
        ["fuzz", "--cases", "6", "--pdf-share", "1", "--seed", "4", "--save-failures", str(saved)],
    )
    assert res.exit_code == 1
    failed = re.findall(
        r"FAIL case (\d+) \[pdf\] exception: .* internal error: ValueError", res.stdout
    )
    assert failed  # only the PDFs that still open reach the (broken) extractors
    assert sorted(p.name for p in saved.iterdir()) == sorted(f"seed4-case{i}.pdf" for i in failed)


def test_generated_output_folders_are_not_seeds(tmp_path: Path) -> None:
    pdf = fz.builtin_samples()[0][1]
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.pdf").write_bytes(pdf)
    (tmp_path / "plangen" / "out" / "fam").mkdir(parents=True)
    (tmp_path / "plangen" / "out" / "fam" / "b.pdf").write_bytes(pdf)
    names = [n for n, _ in fz.find_samples(tmp_path) if not n.startswith("builtin:")]
    assert names == [str(tmp_path / "plans" / "a.pdf")]
