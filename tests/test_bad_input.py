"""Bad input (issue 7): every broken file gets a specific error code and a clear message, is
recorded in the store as an error run, is shown by `ingest` and `extract`, and never stops the rest
of the run. Files a reader can still open (owner password only, a broken xref, 800 pages, a page
of tens of thousands of vector lines) must extract normally.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plantrace.cli.main import app
from plantrace.models.results import ErrorCode, Status
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.reader import parse_pdf_bytes
from plantrace.pipeline.store import Store
from tests.pdfs import (
    REPORT_PAGE,
    UNTRUSTED,
    broken_xref_pdf,
    html_not_found_page,
    image_only_pdf,
    many_pages_pdf,
    random_bytes,
    text_pdf,
    truncated,
    vector_heavy_pdf,
    zip_bytes,
)

BODY = [f"Paragraph {i}: the quality of practice with children and families." for i in range(12)]


def good_pdf() -> bytes:
    return text_pdf([REPORT_PAGE + BODY, BODY])


# name -> (bytes, expected code, words the message must contain)
BAD: dict[str, tuple[Callable[[], bytes], ErrorCode, str]] = {
    "empty.pdf": (lambda: b"", ErrorCode.empty, "empty (0 bytes)"),
    "blank.pdf": (lambda: b" \n\r\n\t ", ErrorCode.empty, "only whitespace"),
    "truncated.pdf": (lambda: truncated(good_pdf(), 0.5), ErrorCode.corrupt, "truncated"),
    "random.pdf": (lambda: random_bytes(4096), ErrorCode.not_pdf, "no PDF header"),
    "report-not-found.pdf": (html_not_found_page, ErrorCode.not_pdf, "HTML page"),
    "archive.pdf": (zip_bytes, ErrorCode.not_pdf, "zip archive"),
    "header-only.pdf": (
        lambda: b"%PDF-1.7\n" + random_bytes(2000, seed=3) + b"\n%%EOF\n",
        ErrorCode.corrupt,
        "damaged",
    ),
    "encrypted.pdf": (
        lambda: text_pdf([REPORT_PAGE + BODY], encrypt="secret"),
        ErrorCode.encrypted,
        "needs a password",
    ),
    "scanned.pdf": (image_only_pdf, ErrorCode.no_text_layer, "OCR"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_input_gets_its_code_and_message(name: str, tmp_path: Path) -> None:
    build, code, words = BAD[name]
    data = build()
    path = tmp_path / name
    path.write_bytes(data)
    result = extract_file(path)
    assert result.status is Status.error
    assert result.error is not None
    assert result.error.code is code, result.error.message
    assert words in result.error.message
    assert result.sha256 == hashlib.sha256(data).hexdigest()  # so the store can record it
    assert result.pages == 0 and result.recommendations == []


def test_html_page_message_names_the_page_title(tmp_path: Path) -> None:
    path = tmp_path / "ofsted-report.pdf"
    path.write_bytes(html_not_found_page())
    result = extract_file(path)
    assert result.error is not None
    assert "'Report not found - Ofsted'" in result.error.message


def test_missing_file_is_not_found_and_has_no_document(tmp_path: Path) -> None:
    result = extract_file(tmp_path / "gone.pdf")
    assert result.error is not None and result.error.code is ErrorCode.not_found
    assert result.sha256 == ""


def test_owner_password_only_pdf_extracts_normally(tmp_path: Path) -> None:
    data = text_pdf([REPORT_PAGE + BODY], owner_only=True)
    assert b"/Encrypt" in data
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(data)
    result = extract_file(path)
    assert result.status is Status.ok, result.error
    assert result.pages == 1
    doc = parse_pdf_bytes(data, str(path))
    assert "Lead inspector: Jane Example, His Majesty's Inspector" in doc.text


def test_broken_xref_is_repaired_and_extracts_the_same_text(tmp_path: Path) -> None:
    original = good_pdf()
    broken = broken_xref_pdf(original)
    assert broken.rstrip().endswith(b"startxref\n12\n%%EOF")  # offset 12 is not an xref table
    path = tmp_path / "broken-xref.pdf"
    path.write_bytes(broken)
    result = extract_file(path)
    assert result.status is Status.ok, result.error
    assert result.pages == 2
    assert parse_pdf_bytes(broken, "b").text == parse_pdf_bytes(original, "o").text
    assert result.kind == extract_file(_write(tmp_path / "original.pdf", original)).kind


def test_a_truncated_pdf_that_pdfium_can_repair_extracts(tmp_path: Path) -> None:
    # cut before the end marker, or before startxref: pdfium still finds the trailer's /Root
    # (cut any earlier, inside the xref table or the objects, and it is `corrupt`: see BAD)
    data = good_pdf()
    for cut in (data[: data.rfind(b"%%EOF")], data[: data.rfind(b"startxref")]):
        result = extract_file(_write(tmp_path / "cut.pdf", cut))
        assert result.status is Status.ok, result.error
        assert result.pages == 2


def test_800_page_pdf_finishes(tmp_path: Path) -> None:
    path = _write(tmp_path / "long.pdf", many_pages_pdf(800))
    result = extract_file(path)
    assert result.status is Status.ok, result.error
    assert result.pages == 800
    assert result.partial_pages == []


@pytest.mark.parametrize(("lines", "one_path"), [(30_000, False), (60_000, True)])
def test_page_of_vector_lines_is_bounded_and_marked_partial(
    lines: int, one_path: bool, tmp_path: Path
) -> None:
    path = _write(tmp_path / "map.pdf", vector_heavy_pdf(lines, one_path=one_path))
    result = extract_file(path)
    assert result.status is Status.ok, result.error
    assert result.pages == 3
    assert result.partial_pages == [2]
    # the bound: no document over 10 s (generous: the budget makes this well under 1 s)
    assert sum(result.timings.values()) < 10


def test_vector_heavy_document_is_stored_with_its_partial_page(
    store: Store, tmp_path: Path
) -> None:
    path = _write(tmp_path / "map.pdf", vector_heavy_pdf(30_000))
    outcome = ingest_file(store, path)
    assert (outcome.status, outcome.outcome) == ("ok", "stored")
    loaded = store.load_result(outcome.sha256)
    assert loaded is not None
    assert loaded.status is Status.ok and loaded.partial_pages == [2] and loaded.pages == 3


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _bad_folder(root: Path) -> dict[str, bytes]:
    """A download folder: every bad input, good files, a repairable one, and one file twice."""
    files = {name: build() for name, (build, _, _) in BAD.items()}
    files["good.pdf"] = good_pdf()
    files["owner-only.pdf"] = text_pdf([REPORT_PAGE + BODY], owner_only=True)
    files["broken-xref.pdf"] = broken_xref_pdf(text_pdf([BODY, BODY, BODY]))
    files["map.pdf"] = vector_heavy_pdf(30_000)
    files["copies/same-as-good.pdf"] = files["good.pdf"]
    for name, data in files.items():
        _write(root / name, data)
    return files


def test_ingest_records_every_bad_file_and_finishes_the_run(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "downloads"
    files = _bad_folder(folder)
    monkeypatch.setenv("PLANTRACE_DB_URL", store.url)
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(folder), "--json"])
    assert res.exit_code == 0, res.output
    outcomes = {
        Path(o["file"]).relative_to(folder).as_posix(): o
        for o in map(json.loads, res.stdout.splitlines())
    }
    assert set(outcomes) == set(files)
    for name, (_, code, words) in BAD.items():
        o = outcomes[name]
        assert (o["status"], o["error_code"]) == ("error", code.value), o
        assert words in o["error_message"]
        run = store.latest_run(o["sha256"])
        assert run is not None and run.status == "error" and run.error_code == code.value
        assert str(folder / name) in store.source_paths(o["sha256"])
    for name in ("owner-only.pdf", "broken-xref.pdf", "map.pdf"):
        assert outcomes[name]["status"] == "ok", outcomes[name]
        assert outcomes[name]["outcome"] == "stored"
    assert outcomes["map.pdf"]["pages"] == 3
    # the same bytes under two names: one document, one run, two sources
    dup, first = outcomes["good.pdf"], outcomes["copies/same-as-good.pdf"]  # copies/ sorts first
    assert (first["status"], first["outcome"]) == ("ok", "stored")
    assert dup["sha256"] == first["sha256"] and (dup["status"], dup["outcome"]) == (
        "ok",
        "unchanged",
    )
    assert sorted(store.source_paths(dup["sha256"])) == sorted(
        [str(folder / "good.pdf"), str(folder / "copies" / "same-as-good.pdf")]
    )
    assert len(store.runs_for(dup["sha256"])) == 1
    distinct = {hashlib.sha256(d).hexdigest() for d in files.values()}
    counts = store.counts()
    assert counts["documents"] == len(distinct) and counts["runs"] == len(distinct)
    assert counts["sources"] == len(files)

    # the table view shows each file's code and message; a second run changes nothing
    res = runner.invoke(app, ["ingest", str(folder)], env={"COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    for name, (_, code, words) in BAD.items():
        row = next(line for line in res.stdout.splitlines() if f" {Path(name).name} " in line)
        assert "error" in row and "unchanged" in row and f"{code.value}: " in row and words in row
    assert f"4 ok, {len(BAD)} with errors" in res.stdout.replace(
        f"{len(files) - len(BAD)} ok", "4 ok"
    )
    assert store.counts() == counts


def test_extract_shows_every_bad_file_and_goes_on(tmp_path: Path) -> None:
    files = _bad_folder(tmp_path)
    names = sorted(files)
    res = CliRunner().invoke(
        app, ["extract", *[str(tmp_path / n) for n in names]], env={"COLUMNS": "1000"}
    )
    shown = " ".join(res.stderr.split())
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [Path(d["file"]).relative_to(tmp_path).as_posix() for d in lines] == names
    by_name = dict(zip(names, lines, strict=True))
    for name, (_, code, words) in BAD.items():
        d = by_name[name]
        assert d["status"] == "error" and d["error"]["code"] == code.value
        assert words in d["error"]["message"]
        assert f"{name}: {code.value}: " in shown
    for name in ("good.pdf", "owner-only.pdf", "broken-xref.pdf", "map.pdf"):
        assert by_name[name]["status"] == "ok" and by_name[name]["error"] is None
    assert by_name["map.pdf"]["partial_pages"] == [2]


def test_untrusted_text_is_stored_and_printed_verbatim(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTML, script and SQL metacharacters in the PDF text and in the file name stay as they are:
    bound parameters in the store, json.dumps in `extract`; rendering escapes them (coverage tests
    check the HTML report)."""
    payload_line = f"Inspection note: {UNTRUSTED}"
    data = text_pdf([REPORT_PAGE + [payload_line] + BODY])
    name = "<b>x</b> '; DROP TABLE runs;-- [red].pdf"
    path = _write(tmp_path / name, data)
    doc = parse_pdf_bytes(data, str(path))
    assert payload_line in [line.text for line in doc.lines()]

    monkeypatch.setenv("PLANTRACE_DB_URL", store.url)
    res = CliRunner().invoke(app, ["ingest", str(path), "--json"])
    assert res.exit_code == 0, res.output
    outcome = json.loads(res.stdout)
    assert outcome["status"] == "ok" and outcome["file"] == str(path)
    loaded = store.load_result(outcome["sha256"])
    assert loaded is not None and loaded.file == str(path)
    assert store.source_paths(outcome["sha256"]) == [str(path)]
    assert store.counts()["runs"] == 1  # the runs table is still there

    res = CliRunner().invoke(app, ["extract", str(path)])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["file"] == str(path)
    assert "\\u003c" not in res.stdout and "<b>x</b>" in res.stdout  # raw JSON, not HTML-escaped


def test_untrusted_recommendation_text_round_trips_verbatim(store: Store) -> None:
    """The text a PDF puts in a recommendation reaches the store and the JSON unchanged."""
    from plantrace.models.grades import DocumentKind
    from plantrace.models.inspection import Recommendation
    from plantrace.models.provenance import Provenance
    from plantrace.models.results import ExtractionResult

    sha = "e" * 64
    text = f"Ensure that {UNTRUSTED} is handled."
    prov = Provenance(sha256=sha, page=1, bbox=(1, 2, 3, 4), extractor="t", extractor_version="t")
    result = ExtractionResult(
        file="x.pdf",
        sha256=sha,
        status=Status.ok,
        kind=DocumentKind.inspection_report,
        pages=1,
        extractor_version="t",
        recommendations=[Recommendation(id="r1", number="1", text=text, provenance=prov)],
    )
    store.save_result(result)
    loaded = store.load_result(sha)
    assert loaded is not None and loaded.recommendations[0].text == text
    assert json.loads(json.dumps(loaded.to_contract()))["recommendations"][0]["text"] == text


def _deny(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """Reading `locked` fails as it does without permission (root cannot be denied for real)."""
    import builtins
    import io

    real_open = builtins.open

    def guarded(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)


def test_unreadable_file_is_reported_and_the_run_goes_on(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = _write(tmp_path / "locked.pdf", good_pdf())
    fine = _write(tmp_path / "fine.pdf", text_pdf([BODY]))
    if os.geteuid() != 0:
        locked.chmod(0)
    else:
        _deny(monkeypatch, locked)
    first, second = ingest_file(store, locked), ingest_file(store, fine)
    assert (first.status, first.error_code, first.outcome) == ("error", "not_found", "not_stored")
    assert first.error_message is not None and "Permission denied" in first.error_message
    assert (second.status, second.outcome) == ("ok", "stored")
    assert store.counts()["documents"] == 1
