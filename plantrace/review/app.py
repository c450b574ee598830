"""`plantrace review`: a local web app to check and correct what was read and linked.

Starlette with Jinja2 templates (autoescape on: every string from a PDF is escaped), plain HTML
forms that work without JavaScript, and one small script of our own for keyboard review. Every
state-changing request carries a CSRF token (double submit: a cookie and a form field, plus an
Origin check) and the decider's name (a cookie, asked once). `read_only` serves the views only.
The store work is synchronous and runs in Starlette's thread pool.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from plantrace.models.grades import DocumentKind
from plantrace.models.links import LinkState
from plantrace.pipeline import decisions
from plantrace.pipeline.render.words import word
from plantrace.pipeline.store import Store
from plantrace.review import pages
from plantrace.review.crops import DENSITY, Crops

CSRF_COOKIE = "pt_csrf"
NAME_COOKIE = "pt_name"
MAX_FORM = 64 * 1024
DOWNLOADS = {
    "html": "text/html; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("plantrace.review", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["short"] = lambda sha: (sha or "")[:12]
    env.filters["basename"] = lambda path: Path(path or "").name
    env.globals["density"] = DENSITY
    env.filters["word"] = word
    env.filters["word_help"] = lambda status: word("status_help", status)
    return env


class Forbidden(Exception):
    pass


class ReviewApp:
    """The routes, bound to one store."""

    def __init__(self, store: Store, *, read_only: bool = False, as_of: date | None = None):
        self.store = store
        self.read_only = read_only
        self.as_of = as_of
        self.env = _env()
        self.crops = Crops(store)

    # ---- plumbing ------------------------------------------------------------------------
    def render(
        self, request: Request, template: str, status: int = 200, **ctx: Any
    ) -> HTMLResponse:
        token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
        html = self.env.get_template(template).render(
            read_only=self.read_only,
            name=_name(request),
            csrf=token,
            path=request.url.path,
            query=str(request.url.query),
            **ctx,
        )
        response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
        if request.cookies.get(CSRF_COOKIE) != token:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict")
        return response

    async def form(self, request: Request) -> dict[str, str]:
        """The posted form, once its CSRF token and origin are checked (no multipart needed)."""
        if self.read_only:
            raise Forbidden("this review server is read-only (--read-only): views only")
        body = await request.body()
        if len(body) > MAX_FORM:
            raise Forbidden("form too large")
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        cookie = request.cookies.get(CSRF_COOKIE, "")
        if not cookie or not hmac.compare_digest(cookie, form.get("csrf", "")):
            raise Forbidden("missing or wrong CSRF token: reload the page and try again")
        origin = request.headers.get("origin")
        if origin and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
            raise Forbidden(f"a form from another site ({origin}) is refused")
        return form

    def forbidden(self, request: Request, exc: Forbidden) -> HTMLResponse:
        return self.render(request, "message.html.j2", 403, title="Refused", message=str(exc))

    # ---- pages ---------------------------------------------------------------------------
    async def documents(self, request: Request) -> Response:
        params = dict(request.query_params)
        rows = await run_in_threadpool(pages.documents, self.store)
        shown = pages.filter_documents(rows, params)
        names = {r.sha256: r.file for r in rows}
        return self.render(
            request,
            "documents.html.j2",
            rows=shown,
            total=len(rows),
            names=names,
            params=params,
            kinds=sorted({r.kind for r in rows}),
            statuses=sorted({r.status or "none" for r in rows}),
        )

    async def document(self, request: Request) -> Response:
        sha = await run_in_threadpool(self.store.resolve, request.path_params["sha"])
        result = None if sha is None else await run_in_threadpool(self.store.load_result, sha)
        if sha is None or result is None:
            return self.render(
                request, "message.html.j2", 404, title="Not found", message="No such document."
            )
        if result.kind is DocumentKind.improvement_plan:
            return RedirectResponse(f"/plan/{sha}", 303)
        rows = await run_in_threadpool(pages.documents, self.store)
        names = {r.sha256: r.file for r in rows}
        paired = next((r.paired_with for r in rows if r.sha256 == sha), [])
        return self.render(request, "document.html.j2", doc=result, names=names, paired=paired)

    async def plan(
        self, request: Request, status: int = 200, template: str = "plan.html.j2", **extra: Any
    ) -> Response:
        sha = await run_in_threadpool(self.store.resolve, request.path_params["sha"])
        page = None
        if sha is not None:
            page = await run_in_threadpool(
                partial(
                    pages.plan_page,
                    self.store,
                    sha,
                    read_only=self.read_only,
                    as_of=self.as_of,
                    search_rec=request.query_params.get("rec"),
                    search_q=request.query_params.get("q", ""),
                )
            )
        if page is None:
            return self.render(
                request, "message.html.j2", 404, title="Not found", message="No such plan."
            )
        if page.plan.kind is not DocumentKind.improvement_plan:
            return RedirectResponse(f"/doc/{sha}", 303)
        q = request.query_params.get("q", "")
        return self.render(request, template, status, p=page, request_q=q, **extra)

    async def fields(self, request: Request, status: int = 200, **extra: Any) -> Response:
        sha = await run_in_threadpool(self.store.resolve, request.path_params["sha"])
        raw = None if sha is None else await run_in_threadpool(self.store.load_result, sha)
        if sha is None or raw is None:
            return self.render(
                request, "message.html.j2", 404, title="Not found", message="No such plan."
            )
        corrected = await run_in_threadpool(
            partial(decisions.apply_corrections, self.store, raw, mark=not self.read_only)
        )
        assert corrected is not None
        by_item = await run_in_threadpool(pages.corrections_by_item, self.store, sha)
        rows = pages.field_rows(corrected, raw, by_item)
        return self.render(request, "fields.html.j2", status, plan=corrected, rows=rows, **extra)

    async def coverage(self, request: Request) -> Response:
        return await self.plan(request, template="coverage.html.j2")

    async def download(self, request: Request) -> Response:
        fmt = request.path_params["fmt"]
        sha = await run_in_threadpool(self.store.resolve, request.path_params["sha"])
        if fmt not in DOWNLOADS or sha is None:
            return Response("not found", 404)
        page = await run_in_threadpool(
            partial(pages.plan_page, self.store, sha, read_only=self.read_only, as_of=self.as_of)
        )
        if page is None or page.cov is None:
            return Response("this plan is not paired with a report", 404)
        from plantrace.pipeline.render import render

        body = await run_in_threadpool(render, page.cov, fmt, self.store)
        name = f"coverage-{sha[:12]}.{fmt}"
        return Response(
            body,
            media_type=DOWNLOADS[fmt],
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    async def history(self, request: Request) -> Response:
        plan = request.query_params.get("plan") or None
        entries = await run_in_threadpool(decisions.history, self.store, plan)
        rows = await run_in_threadpool(pages.documents, self.store)
        return self.render(
            request,
            "history.html.j2",
            entries=entries,
            plan=plan,
            names={r.sha256: r.file for r in rows},
        )

    async def crop(self, request: Request) -> Response:
        params = request.path_params
        png = await run_in_threadpool(self.crops.png, params["sha"], params["kind"], params["item"])
        if png is None:
            return Response("no crop", 404)
        return Response(png, media_type="image/png", headers={"Cache-Control": "max-age=3600"})

    async def name_form(self, request: Request) -> Response:
        return self.render(
            request, "name.html.j2", next=_safe_next(request.query_params.get("next"))
        )

    async def set_name(self, request: Request) -> Response:
        try:
            form = await self.form(request)
            name = decisions.check_name(form.get("name"))
        except Forbidden as exc:
            return self.forbidden(request, exc)
        except decisions.DecisionError as exc:
            return self.render(
                request, "name.html.j2", 400, next=_safe_next(form.get("next")), error=str(exc)
            )
        response = RedirectResponse(_safe_next(form.get("next")), 303)
        response.set_cookie(
            NAME_COOKIE, quote(name), max_age=365 * 86400, httponly=True, samesite="strict"
        )
        return response

    # ---- decisions -----------------------------------------------------------------------
    async def decide(
        self, request: Request, act: Callable[[dict[str, str], str, str], str], back: str = "plan"
    ) -> Response:
        """Check the form, run the decision, send the person back to where they were.

        A Conflict (someone decided first) shows the page as it now is, with the first
        decision and what this person tried, so nothing is lost and nothing is overwritten.
        """
        try:
            form = await self.form(request)
        except Forbidden as exc:
            return self.forbidden(request, exc)
        sha = request.path_params["sha"]
        name = _name(request)
        if not name:
            here = form.get("back") or f"/plan/{sha}"
            return RedirectResponse(f"/name?{urlencode({'next': here})}", 303)
        view = self.fields if back == "fields" else self.plan
        try:
            target = await run_in_threadpool(act, form, name, sha)
        except decisions.Conflict as exc:
            return await view(request, 409, conflict=exc, tried=_tried(form))
        except KeyError as exc:  # a form that is not ours
            return await view(request, 400, error=f"incomplete form: no {exc}")
        except (ValueError, LookupError) as exc:  # DecisionError is a ValueError
            return await view(request, 400, error=str(exc))
        return RedirectResponse(target, 303)

    def _link(self, form: dict[str, str], who: str, sha: str) -> str:
        state = LinkState(form.get("state", ""))
        decisions.decide_link(
            self.store,
            form["report"],
            sha,
            form["rec"],
            form["kind"],
            form["item"],
            state,
            who,
            form.get("version", ""),
            form.get("note") or None,
        )
        if form.get("kb"):  # the script focuses the next pending link; a fragment would steal it
            return f"/plan/{sha}?kb=1"
        return f"/plan/{sha}#rec-{form['rec']}"

    def _add(self, form: dict[str, str], who: str, sha: str) -> str:
        decisions.add_link(
            self.store, form["report"], sha, form["rec"], "action", form["item"], who,
            form.get("note") or None,
        )  # fmt: skip
        return f"/plan/{sha}#rec-{form['rec']}"

    def _justify(self, form: dict[str, str], who: str, sha: str) -> str:
        decisions.justify(
            self.store, form["report"], sha, form["rec"], form.get("reason"), who,
            form.get("version", ""),
        )  # fmt: skip
        return f"/plan/{sha}#rec-{form['rec']}"

    def _pair(self, form: dict[str, str], who: str, sha: str) -> str:
        report = self.store.resolve(form.get("report", ""))
        if report is None:
            raise decisions.DecisionError("choose a stored inspection report")
        decisions.repair(self.store, sha, report, who, form.get("version", ""))
        return f"/plan/{sha}"

    def _correct(self, form: dict[str, str], who: str, sha: str) -> str:
        kind, item = form.get("kind", ""), form.get("item", "")
        changes = {  # only what the person changed: an untouched 'Green' is no correction
            f: (form[f], _int(form.get(f"v_{f}")))
            for f in decisions.FIELDS.get(kind, ())
            if f in form and (form.get("force") or form[f] != form.get(f"was_{f}"))
        }
        if changes:
            decisions.correct(self.store, sha, kind, item, changes, who, form.get("note") or None)
        back = form.get("back", "")
        return _safe_next(back) if back else f"/plan/{sha}/fields#{kind}-{item}"

    def routes(self) -> list[Any]:
        static = Path(__file__).with_name("static")
        post = ["POST"]
        return [
            Route("/", self.documents),
            Route("/doc/{sha}", self.document),
            Route("/plan/{sha}", self.plan),
            Route("/plan/{sha}/fields", self.fields),
            Route("/plan/{sha}/coverage", self.coverage),
            Route("/plan/{sha}/coverage.{fmt}", self.download),
            Route("/history", self.history),
            Route("/crop/{sha}/{kind}/{item}", self.crop),
            Route("/name", self.name_form),
            Route("/name", self.set_name, methods=post),
            Route("/plan/{sha}/link", partial(self.decide, act=self._link), methods=post),
            Route("/plan/{sha}/add", partial(self.decide, act=self._add), methods=post),
            Route("/plan/{sha}/justify", partial(self.decide, act=self._justify), methods=post),
            Route("/plan/{sha}/pair", partial(self.decide, act=self._pair), methods=post),
            Route(
                "/plan/{sha}/correct",
                partial(self.decide, act=self._correct, back="fields"),
                methods=post,
            ),
            Mount("/static", StaticFiles(directory=static), name="static"),
        ]


def create_app(store: Store, *, read_only: bool = False, as_of: date | None = None) -> Starlette:
    review = ReviewApp(store, read_only=read_only, as_of=as_of)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            review.crops.close()  # the PDFs opened for crops

    app = Starlette(routes=review.routes(), lifespan=lifespan)
    app.state.review = review
    return app


def _name(request: Request) -> str:
    raw = unquote(request.cookies.get(NAME_COOKIE, ""))
    try:
        return decisions.check_name(raw)
    except decisions.DecisionError:
        return ""


def _safe_next(target: str | None) -> str:
    """Only a path on this server: never an open redirect."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return -1


def _tried(form: dict[str, str]) -> str:
    """What the person whose decision lost tried to do, in words, so they can do it again."""
    if "state" in form:
        return f"{form['state'].removesuffix('ed')} {form.get('kind', '')} {form.get('item', '')}"
    if "reason" in form:
        return f"justify the gap: {form['reason']!r}"
    fields = [
        f"{f} = {form[f]!r}"
        for f in ("owner", "due_date", "rag", "baseline", "latest", "target")
        if f in form
    ]
    if fields:
        return "set " + ", ".join(fields)
    return "your change"
