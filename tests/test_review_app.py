"""`plantrace review` over HTTP (Starlette's test client, no browser): safety and decisions."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from plantrace.pipeline import decisions as d
from plantrace.pipeline.store import Store
from plantrace.pipeline.traceability import load_links, relink, set_pair
from tests import factories as f

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from plantrace.review import pages  # noqa: E402
from plantrace.review.app import create_app  # noqa: E402

R, P = f.REPORT_SHA, f.PLAN_SHA
HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>"


@pytest.fixture
def stored(store: Store) -> Store:
    store.save_result(f.report())
    store.save_result(f.plan(extra_text=" " + HOSTILE))
    set_pair(store, P, R)
    relink(store, R, P)
    return store


def _client(store: Store, *, read_only: bool = False, name: str | None = "Ann") -> TestClient:
    client = TestClient(create_app(store, read_only=read_only), follow_redirects=False)
    if name:
        client.cookies.set("pt_name", name)
    return client


@pytest.fixture
def client(stored: Store) -> Iterator[TestClient]:
    with _client(stored) as c:
        yield c


def _csrf(client: TestClient, url: str) -> str:
    page = client.get(url)
    assert page.status_code == 200, page.text[:500]
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    return token.group(1)


def _version(store: Store, rec: str, item: str) -> str:
    return d.link_versions(store, R, P)[(rec, "plan_recommendation", item)]


def _link_form(store: Store, csrf: str, state: str, version: str | None = None) -> dict[str, str]:
    return {
        "csrf": csrf,
        "report": R,
        "rec": "r5",
        "kind": "plan_recommendation",
        "item": "r3",
        "state": state,
        "version": version if version is not None else _version(store, "r5", "r3"),
    }


def test_pdf_text_is_escaped_and_pages_need_nothing_from_outside(
    client: TestClient,
) -> None:
    for url in ("/", f"/plan/{P}", f"/plan/{P}/fields", f"/plan/{P}/coverage", f"/doc/{R}"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert "<script>alert" not in page.text and "onerror=alert(1)>" not in page.text
        assert "http://" not in page.text and "https://" not in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "&lt;script&gt;alert(" in client.get(f"/plan/{P}").text


def test_a_decision_needs_the_csrf_token_and_a_same_site_origin(
    client: TestClient, stored: Store
) -> None:
    csrf = _csrf(client, f"/plan/{P}")
    no_token = client.post(
        f"/plan/{P}/link", data={**_link_form(stored, csrf, "confirmed"), "csrf": "forged"}
    )
    assert no_token.status_code == 403 and "CSRF" in no_token.text
    other_site = client.post(
        f"/plan/{P}/link",
        data=_link_form(stored, csrf, "confirmed"),
        headers={"Origin": "http://evil.example"},
    )
    assert other_site.status_code == 403
    assert d.history(stored) == []
    ok = client.post(f"/plan/{P}/link", data=_link_form(stored, csrf, "confirmed"))
    assert ok.status_code == 303 and ok.headers["location"].endswith("#rec-r5")
    (entry,) = d.history(stored)
    assert (entry["who"], entry["verb"], entry["target"]) == (
        "Ann",
        "confirm",
        "link r5 <- plan_recommendation r3",
    )


def test_no_decision_without_a_name(stored: Store) -> None:
    with _client(stored, name=None) as client:
        csrf = _csrf(client, f"/plan/{P}")
        page = client.get(f"/plan/{P}")
        assert "Say who you are" in page.text
        sent = client.post(f"/plan/{P}/link", data=_link_form(stored, csrf, "confirmed"))
        assert sent.status_code == 303 and sent.headers["location"].startswith("/name?next=")
        assert d.history(stored) == []
        named = client.post(
            "/name", data={"csrf": csrf, "name": "  Bo  Day ", "next": f"/plan/{P}"}
        )
        assert named.status_code == 303 and named.headers["location"] == f"/plan/{P}"
        assert "Bo Day" in client.get(f"/plan/{P}").text
        blank = client.post("/name", data={"csrf": csrf, "name": "   ", "next": "/"})
        assert blank.status_code == 400
        outside = client.post("/name", data={"csrf": csrf, "name": "Bo", "next": "//evil.example/"})
        assert outside.headers["location"] == "/"


def test_read_only_serves_views_and_refuses_every_decision(stored: Store) -> None:
    with _client(stored, read_only=True) as client:
        page = client.get(f"/plan/{P}")
        assert page.status_code == 200 and "read-only" in page.text
        assert "/link" not in page.text and "Confirm</button>" not in page.text
        csrf = client.cookies.get("pt_csrf")  # a valid token: read-only refuses all the same
        assert csrf
        for url, data in (
            (f"/plan/{P}/link", _link_form(stored, csrf, "confirmed")),
            (
                f"/plan/{P}/justify",
                {"csrf": csrf, "report": R, "rec": "r3", "reason": "x", "version": ""},
            ),
            (
                f"/plan/{P}/correct",
                {"csrf": csrf, "kind": "action", "item": "a1", "owner": "X", "v_owner": "0"},
            ),
        ):
            assert client.post(url, data=data).status_code == 403
    assert d.history(stored) == [] and d.load_corrections(stored, P) == []


def test_the_second_of_two_deciders_sees_the_first_decision(stored: Store) -> None:
    with _client(stored, name="Ann") as ann, _client(stored, name="Bo") as bo:
        ann_csrf, bo_csrf = _csrf(ann, f"/plan/{P}"), _csrf(bo, f"/plan/{P}")
        seen = _version(stored, "r5", "r3")  # both pages show the suggested link
        first = ann.post(f"/plan/{P}/link", data=_link_form(stored, ann_csrf, "confirmed", seen))
        assert first.status_code == 303
        second = bo.post(f"/plan/{P}/link", data=_link_form(stored, bo_csrf, "rejected", seen))
        assert second.status_code == 409
        assert "Someone decided first" in second.text and "Ann" in second.text
        assert "reject plan_recommendation r3" in second.text  # what Bo tried, to do it again
        link = next(
            lk for lk in load_links(stored, R, P)
            if (lk.link.recommendation_id, lk.link.item_id) == ("r5", "r3")
        )  # fmt: skip
        assert link.link.state.value == "confirmed"
        # the page Bo now sees carries the new version: deciding again works
        again = bo.post(f"/plan/{P}/link", data=_link_form(stored, bo_csrf, "rejected"))
        assert again.status_code == 303
    assert [(e["who"], e["verb"]) for e in d.history(stored)] == [
        ("Bo", "reject"),
        ("Ann", "confirm"),
    ]


def test_fields_page_corrects_a_due_date_and_coverage_downloads_show_it(
    client: TestClient, stored: Store
) -> None:
    csrf = _csrf(client, f"/plan/{P}/fields")
    page = client.get(f"/plan/{P}/fields").text
    assert 'id="action-a3"' in page and 'name="was_due_date" value=""' in page
    sent = client.post(
        f"/plan/{P}/correct",
        data={
            "csrf": csrf, "kind": "action", "item": "a3", "due_date": "2017-06-30",
            "was_due_date": "", "v_due_date": "0", "owner": "Service Manager, Exploitation",
            "was_owner": "Service Manager, Exploitation", "v_owner": "0", "note": "from minutes",
        },
    )  # fmt: skip
    assert sent.status_code == 303, sent.text[:500]
    (c,) = d.load_corrections(stored, P)  # the untouched owner is no correction
    assert (c.field, c.value, c.decided_by, c.note) == (
        "due_date",
        "2017-06-30",
        "Ann",
        "from minutes",
    )
    assert "2017-06-30" in client.get(f"/plan/{P}").text
    xlsx = client.get(f"/plan/{P}/coverage.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    html = client.get(f"/plan/{P}/coverage.html")
    assert html.status_code == 200 and "attachment" in html.headers["content-disposition"]
    bad = client.post(
        f"/plan/{P}/correct",
        data={
            "csrf": csrf,
            "kind": "action",
            "item": "a1",
            "due_date": "someday",
            "was_due_date": "2016-09-30",
            "v_due_date": "0",
        },
    )
    assert bad.status_code == 400 and "not a date" in bad.text


def test_justify_add_link_search_and_repair(client: TestClient, stored: Store) -> None:
    csrf = _csrf(client, f"/plan/{P}")
    found = client.get(f"/plan/{P}", params={"rec": "r3", "q": "website"}).text
    assert "Refresh the council" in found and 'name="item" value="a4"' in found
    added = client.post(
        f"/plan/{P}/add", data={"csrf": csrf, "report": R, "rec": "r3", "item": "a4"}
    )
    assert added.status_code == 303
    gap = client.post(
        f"/plan/{P}/justify",
        data={
            "csrf": csrf,
            "report": R,
            "rec": "r2",
            "reason": "the virtual school plan covers it",
            "version": "",
        },
    )
    assert gap.status_code == 303
    page = client.get(f"/plan/{P}").text
    assert "the virtual school plan covers it" in page
    assert re.search(r'id="rec-r2".*?data-status="justified"', page, re.S)
    repaired = client.post(f"/plan/{P}/pair", data={"csrf": csrf, "report": R, "version": R})
    assert repaired.status_code == 303
    verbs = [e["verb"] for e in d.history(stored, P)]
    assert verbs == ["pair", "justify", "add"]
    history = client.get("/history", params={"plan": P}).text
    assert "the virtual school plan covers it" in history and "Ann" in history


def test_the_command_binds_loopback_and_warns_when_told_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from plantrace.cli.main import app

    served: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda asgi, **kw: served.append({"app": asgi, **kw}))
    db = str(tmp_path / "s.sqlite")
    Store(f"sqlite:///{db}").close()  # review opens an existing store, never makes one
    runner = CliRunner()
    quiet = runner.invoke(app, ["review", "--db", db])
    assert quiet.exit_code == 0, quiet.output
    assert served[-1]["host"] == "127.0.0.1" and served[-1]["port"] == 8765
    assert "no login" not in quiet.output
    wide = runner.invoke(
        app, ["review", "--db", db, "--host", "0.0.0.0", "--port", "9001", "--read-only"]
    )
    assert wide.exit_code == 0, wide.output
    assert served[-1]["host"] == "0.0.0.0" and served[-1]["port"] == 9001
    assert "no login" in wide.output
    read_only = served[-1]["app"].state.review.read_only  # type: ignore[attr-defined]
    assert read_only is True


def test_a_malformed_decision_is_a_clear_400_not_a_crash(client: TestClient, stored: Store) -> None:
    csrf = _csrf(client, f"/plan/{P}")
    odd = client.post(f"/plan/{P}/link", data=_link_form(stored, csrf, "maybe"))
    assert odd.status_code == 400 and "maybe" in odd.text
    form = _link_form(stored, csrf, "confirmed")
    del form["rec"]
    partial = client.post(f"/plan/{P}/link", data=form)
    assert partial.status_code == 400 and "incomplete form" in partial.text
    assert d.history(stored) == []


def test_a_suspect_correction_is_shown_and_can_be_applied_again_or_dropped(
    client: TestClient, stored: Store
) -> None:
    d.correct(stored, P, "action", "a2", {"owner": ("Virtual School Head", 0)}, "Ann")
    d.correct(stored, P, "action", "a3", {"due_date": ("2017-06-30", 0)}, "Ann")
    changed = f.plan(extra_text=" " + HOSTILE).model_copy(update={"extractor_version": "t2"})
    changed.actions[1] = changed.actions[1].model_copy(
        update={"text": "Virtual School to audit PEPs"}
    )
    changed.actions[2] = changed.actions[2].model_copy(update={"text": "Fortnightly CSE meetings"})
    stored.save_result(changed)
    page = client.get(f"/plan/{P}/fields").text
    assert (
        page.count("suspect by Ann") == 2 and "correction_suspect" in client.get(f"/plan/{P}").text
    )
    csrf = _csrf(client, f"/plan/{P}/fields")
    versions = {c.item_id: c.version for c in d.load_corrections(stored, P)}
    again = client.post(
        f"/plan/{P}/correct",
        data={
            "csrf": csrf,
            "kind": "action",
            "item": "a2",
            "owner": "Virtual School Head",
            "force": "1",
            "v_owner": str(versions["a2"]),
        },
    )
    assert again.status_code == 303
    dropped = client.post(
        f"/plan/{P}/correct",
        data={
            "csrf": csrf,
            "kind": "action",
            "item": "a3",
            "due_date": "",
            "force": "1",
            "v_due_date": str(versions["a3"]),
        },
    )
    assert dropped.status_code == 303
    (c,) = d.load_corrections(stored, P)
    assert (c.item_id, c.state, c.item_text) == ("a2", "active", "Virtual School to audit PEPs")
    assert "correction_suspect" not in client.get(f"/plan/{P}").text
    buttons = client.get(f"/plan/{P}/fields").text
    assert "Use what was read" in buttons and "again on this text" not in buttons


def test_documents_page_counts_the_latest_runs_warnings_and_filters(
    client: TestClient, stored: Store
) -> None:
    from plantrace.models.results import ExtractionWarning

    warned = [ExtractionWarning(code="no_actions", message="none found", page=1)]
    other = f.plan().model_copy(update={"sha256": "5" * 64, "file": "eastmere-plan.pdf"})
    stored.save_result(other.model_copy(update={"extractor_version": "t0", "warnings": warned}))
    stored.save_result(other.model_copy(update={"extractor_version": "t1"}))  # read fine now
    third = f.plan().model_copy(update={"sha256": "6" * 64, "file": "westshire-plan.pdf"})
    stored.save_result(third.model_copy(update={"warnings": warned * 2}))
    rows = {r.sha256: r for r in pages.documents(stored)}
    assert (rows["5" * 64].warnings, rows["6" * 64].warnings, rows[P].warnings) == (0, 2, 0)
    page = client.get("/").text
    assert page.count('class="badge warn"') == 1
    plans = client.get("/", params={"kind": "improvement_plan"}).text
    assert (
        plans.count("<td>improvement plan</td>") == 3 and "<td>inspection report</td>" not in plans
    )
    unpaired = client.get("/", params={"unpaired": "1"}).text
    assert "eastmere-plan.pdf" in unpaired and f'href="/plan/{P}"' not in unpaired
    only_warned = client.get("/", params={"warnings": "1"}).text
    assert "westshire-plan.pdf" in only_warned and "eastmere-plan.pdf" not in only_warned
