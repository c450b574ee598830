"""`plantrace review` in a real headless Chromium (Debian package), on SQLite and PostgreSQL.

The server is the real command (`python -m plantrace review`) on 127.0.0.1 and a free port; the
browser is driven over the DevTools protocol (tests/chromium.py). A person names themself,
confirms a suggested link, corrects a due date, justifies a gap and reloads: the coverage moves,
the decisions are in the store and in `plantrace coverage --format json`. Keyboard only: j moves
to a link, x rejects, c confirms. No page logs a console error; the plan page fits a phone.
Set PLANTRACE_REVIEW_SHOTS to a folder to keep screenshots of the plan page (1400 and 390 px).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from plantrace.pipeline import decisions
from plantrace.pipeline.ingest import ingest_file
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import set_pair
from tests.conftest import REPO, SAMPLES

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("chromium") is None, reason="Debian package chromium not installed"
    ),
]

START_S = 90
LOAD_S = 30
AS_OF = "2017-01-01"
NAME = "Ann O'Officer"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _server(db: str, log: Path) -> Iterator[str]:
    """`plantrace review` in its own process group, up within START_S, always stopped."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "plantrace",
                "review",
                "--db",
                db,
                "--port",
                str(port),
                "--as-of",
                AS_OF,
            ],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + START_S
            while True:
                try:
                    with urllib.request.urlopen(base + "/", timeout=5) as resp:
                        if resp.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"plantrace review did not start: {log.read_text()[-2000:]}")
                time.sleep(0.3)
            yield base
        finally:
            for sig, wait_s in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
                if proc.poll() is not None:
                    break
                os.killpg(proc.pid, sig)
                try:
                    proc.wait(wait_s)
                except subprocess.TimeoutExpired:
                    continue


def _navigate(browser: Any, script: str) -> None:
    """Run script that makes the page navigate (a form submit), wait for the new page."""
    browser.eval("window.__before = 1")
    browser.eval(script)
    deadline = time.monotonic() + LOAD_S
    while time.monotonic() < deadline:
        try:
            if browser.eval("window.__before === undefined && document.readyState === 'complete'"):
                return
        except RuntimeError:  # the old page's context went away mid-call
            pass
        time.sleep(0.1)
    raise TimeoutError(f"no new page after {script!r}")


def _wait_for(browser: Any, expression: str) -> None:
    """The evidence crops arrive after the page: wait for expression to hold."""
    deadline = time.monotonic() + LOAD_S
    while not browser.eval(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.2)


def _key(browser: Any, key: str) -> None:
    for kind in ("keyDown", "keyUp"):
        browser.send(
            "Input.dispatchKeyEvent", type=kind, key=key, text=key if kind == "keyDown" else ""
        )


def _press_and_wait(browser: Any, key: str) -> None:
    browser.eval("window.__before = 1")
    _key(browser, key)
    deadline = time.monotonic() + LOAD_S
    while time.monotonic() < deadline:
        try:
            if browser.eval("window.__before === undefined && document.readyState === 'complete'"):
                return
        except RuntimeError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"key {key!r} did not submit")


def _sample_store(store: Store) -> tuple[str, str]:
    report = ingest_file(store, SAMPLES / "reports" / "northwold-inspection-2016.pdf")
    plan = ingest_file(store, SAMPLES / "plans" / "northwold-improvement-plan-2016.pdf")
    assert report.status == "ok" and plan.status == "ok"
    assert report.sha256 and plan.sha256
    set_pair(store, plan.sha256, report.sha256)
    return report.sha256, plan.sha256


def test_review_a_plan_in_chromium(store: Store, tmp_path: Path) -> None:
    from tests.chromium import Chromium

    report_sha, plan_sha = _sample_store(store)
    plan_url = f"/plan/{plan_sha}"
    with _server(store.url, tmp_path / "server.log") as base, Chromium(tmp_path / "profile") as b:
        b.open(base + plan_url, 1400)
        assert "Say who you are" in b.eval("document.body.innerText")
        b.open(f"{base}/name?next={plan_url}", 1400)
        _navigate(b, f"document.getElementById('name').value = {json.dumps(NAME)};"
                     " document.querySelector('main form').requestSubmit()")  # fmt: skip
        assert b.eval("location.pathname") == plan_url
        assert NAME in b.eval("document.querySelector('.who').innerText")
        before = float(b.eval("document.getElementById('summary').dataset.coverage"))
        _wait_for(
            b,
            "[...document.querySelectorAll('img.crop')].some(i => i.complete && i.naturalWidth > 40)",
        )

        # confirm the suggested link, with the mouse
        pending = b.eval("document.querySelector('li.link[data-pending=\"1\"]').id")
        _navigate(
            b,
            f"document.getElementById('{pending}').querySelector('button[value=confirmed]').click()",
        )
        assert b.eval(f"document.getElementById('{pending}').dataset.state") == "confirmed"

        # correct the due date of the first action linked to a recommendation
        action = b.eval("document.querySelector('li.link[id*=\"-action-\"]').id").split("-action-")[
            1
        ]
        b.open(f"{base}{plan_url}/fields#action-{action}", 1400)
        _navigate(b, f"var i = document.getElementById('action-{action}-due_date'); i.value = '2018-02-28';"
                     " i.form.requestSubmit()")  # fmt: skip

        # justify an uncovered recommendation
        b.open(base + plan_url, 1400)
        rec = b.eval("document.querySelector('article.rec.status-uncovered').id").removeprefix(
            "rec-"
        )
        _navigate(b, f"var t = document.getElementById('why-{rec}'); t.value = 'Commissioned jointly with the police';"
                     " t.form.requestSubmit()")  # fmt: skip

        # reload: the coverage changed and shows the decisions
        b.open(base + plan_url, 1400)
        after = float(b.eval("document.getElementById('summary').dataset.coverage"))
        assert after > before
        assert (
            b.eval(f"document.querySelector('#rec-{rec} .badge.status').dataset.status")
            == "justified"
        )
        dues = b.eval(
            f"[...document.querySelectorAll('li.link[id$=\"-action-{action}\"] [data-field=due]')].map(e => e.textContent)"
        )
        assert dues and set(dues) == {"2018-02-28"}

        # keyboard only: j goes to the first link, x rejects it, c confirms it again
        first = b.eval("document.querySelector('li.link[tabindex]').id")
        _key(b, "j")
        assert b.eval("document.activeElement.id") == first
        _press_and_wait(b, "x")
        assert b.eval(f"document.getElementById('{first}').dataset.state") == "rejected"
        b.eval(f"document.getElementById('{first}').focus()")
        _press_and_wait(b, "c")
        assert b.eval(f"document.getElementById('{first}').dataset.state") == "confirmed"

        # no console error on any page; the plan page fits a phone
        for url in (
            "/",
            f"/doc/{report_sha}",
            plan_url,
            f"{plan_url}/fields",
            f"{plan_url}/coverage",
            "/history",
            f"/history?plan={plan_sha}",
            "/name",
        ):
            b.open(base + url, 1400)
            assert b.eval(
                "document.querySelectorAll('img.crop').length === 0 || [...document.querySelectorAll('img.crop')].every(i => !i.complete || i.naturalWidth > 0)"
            )
        b.open(base + plan_url, 390)
        b.eval("window.scrollTo(0, document.body.scrollHeight)")
        assert b.eval("document.documentElement.scrollWidth") <= 390
        shots = os.environ.get("PLANTRACE_REVIEW_SHOTS")
        if shots and store.url.startswith("sqlite"):
            for width in (1400, 390):
                b.open(base + plan_url, width)
                b.eval("document.querySelectorAll('img.crop').forEach(i => i.loading = 'eager')")
                time.sleep(2)
                b.screenshot(Path(shots) / f"review-plan-{width}.png")
        assert b.errors == []

    log = decisions.history(store, plan_sha)
    got = {(e["who"], e["verb"]) for e in log}
    assert {(NAME, "confirm"), (NAME, "correct"), (NAME, "justify"), (NAME, "reject")} <= got
    correction = next(e for e in log if e["verb"] == "correct")
    assert correction["after"] == "2018-02-28" and correction["texts"]["item"]

    out = tmp_path / "cov"
    cli = subprocess.run(
        [sys.executable, "-m", "plantrace", "coverage", "--plan", plan_sha, "--report", report_sha,
         "--format", "json", "--out", str(out), "--as-of", AS_OF, "--db", store.url],
        cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr[-2000:]
    data = json.loads(next(out.glob("*.json")).read_text())
    recs = {r["id"]: r for r in data["recommendations"]}
    assert recs[rec]["status"] == "justified"
    assert "police" in (recs[rec].get("justification") or "")
    dues = {
        a["due_date"] for r in data["recommendations"] for a in r["actions"] if a["id"] == action
    }
    assert dues == {"2018-02-28"}
    assert data["summary"]["coverage_pct"] == after


def test_one_key_per_link_reviews_every_pending_link(tmp_path: Path) -> None:
    """Reprocessing changed the text of three actions a person had linked: those links are
    suspect, with the suggested one four links wait. Pressing c four times, and nothing else,
    confirms all four: after each decision the next pending link has the focus."""
    from sqlalchemy import select

    from plantrace.models.links import LinkState
    from plantrace.pipeline.store import links
    from plantrace.pipeline.traceability import relink
    from tests.chromium import Chromium

    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    report_sha, plan_sha = _sample_store(store)
    relink(store, report_sha, plan_sha)
    with store.connect() as conn:
        rows = conn.execute(
            select(links).where(links.c.item_kind == "action", links.c.state == "confirmed")
        ).all()
    chosen: dict[str, Any] = {}
    for row in rows:
        chosen.setdefault(row.item_id, row)
        if len(chosen) == 3:
            break
    for row in chosen.values():
        version = decisions.link_version(row.origin, row.state, row.updated_at)
        decisions.decide_link(
            store, report_sha, plan_sha, row.recommendation_id, "action", row.item_id,
            LinkState.confirmed, "Setup", version,
        )  # fmt: skip
    plan = store.load_result(plan_sha)
    assert plan is not None
    revised = plan.model_copy(update={"extractor_version": plan.extractor_version + "+rev"})
    revised.actions = [
        a.model_copy(update={"text": a.text + " (revised)"}) if a.id in chosen else a
        for a in plan.actions
    ]
    store.save_result(revised)
    pending = sum(
        1
        for lk in relink(store, report_sha, plan_sha)
        if lk.link.state.value in ("suggested", "suspect")
    )
    assert pending == 4
    plan_url = f"/plan/{plan_sha}"
    with _server(store.url, tmp_path / "server.log") as base, Chromium(tmp_path / "profile") as b:
        b.open(f"{base}/name?next={plan_url}", 1400)
        _navigate(
            b,
            "document.getElementById('name').value = 'Kay'; document.querySelector('main form').requestSubmit()",
        )
        assert b.eval("location.pathname") == plan_url
        b.eval("location.hash = '#review'")  # the page's own 'review with the keyboard' link
        _wait_for(b, "document.activeElement.dataset.pending === '1'")
        for left in (4, 3, 2, 1):
            assert b.eval("document.querySelectorAll('li.link[data-pending=\"1\"]').length") == left
            assert b.eval("document.activeElement.dataset.pending") == "1"
            _press_and_wait(b, "c")
        assert b.eval("document.querySelectorAll('li.link[data-pending=\"1\"]').length") == 0
        assert b.errors == []
    confirms = [e for e in decisions.history(store, plan_sha) if e["who"] == "Kay"]
    assert len(confirms) == 4 and {e["verb"] for e in confirms} == {"confirm"}
    assert all(
        "(revised)" in e["texts"]["item"]
        for e in confirms
        if e["target"].split()[-2] == "action" and e["target"].split()[-1] in chosen
    )
    store.close()
