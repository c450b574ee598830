"""Evidence crops as image responses: the crops the HTML coverage report embeds, one image each.

Pages link to them (`<img loading=lazy>`) instead of embedding data URIs, so a plan page answers
at once and the crops arrive as the browser asks. An item's evidence may be several crops (a
table row split into its cells, the rest of a row on the next page): they are stacked into one
PNG, as a phone shows them. PDFium is not thread-safe: one lock; each PDF is opened once and
recent images are kept.
"""

from __future__ import annotations

import base64
import io
import threading
from collections import OrderedDict
from typing import Any

from PIL import Image

from plantrace.pipeline.render import evidence as _evidence
from plantrace.pipeline.store import Store

BBox = tuple[float, float, float, float]
DENSITY: float = getattr(_evidence, "DENSITY", 1.0)  # image pixels per CSS pixel
_GAP = 6  # pixels between stacked crops

Where = tuple[int, BBox | None, str]  # page, bbox, text


class Crops:
    def __init__(self, store: Store, keep: int = 512) -> None:
        self.store = store
        self.keep = keep
        self._lock = threading.Lock()
        self._renderers: dict[str, Any] = {}
        self._items: dict[str, tuple[int, dict[tuple[str, str], Where]]] = {}
        self._cache: OrderedDict[tuple[str, int, str, str], bytes | None] = OrderedDict()

    def png(self, sha: str, kind: str, item_id: str) -> bytes | None:
        run = self.store.latest_run(sha)
        if run is None:
            return None
        key = (sha, run.id, kind, item_id)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        where = self._where(sha, run.id).get((kind, item_id))
        data = None if where is None else self._render(sha, kind, where)
        with self._lock:
            self._cache[key] = data
            while len(self._cache) > self.keep:
                self._cache.popitem(last=False)
        return data

    def _where(self, sha: str, run_id: int) -> dict[tuple[str, str], Where]:
        known = self._items.get(sha)
        if known is not None and known[0] == run_id:
            return known[1]
        result = self.store.load_result(sha)
        found: dict[tuple[str, str], Where] = {}
        if result is not None:
            for r in result.recommendations:
                where = (r.provenance.page, r.provenance.bbox, r.text)
                found[("recommendation", r.id)] = found[("plan_recommendation", r.id)] = where
            for a in result.actions:
                found[("action", a.id)] = (a.provenance.page, a.provenance.bbox, a.text)
            for k in result.kpis:
                found[("kpi", k.id)] = (k.provenance.page, k.provenance.bbox, k.indicator)
        self._items[sha] = (run_id, found)
        return found

    def _render(self, sha: str, kind: str, where: Where) -> bytes | None:
        page, bbox, text = where
        with self._lock:
            renderer = self._renderers.get(sha)
            if renderer is None:
                renderer = _evidence.EvidenceRenderer({sha: self.store.source_paths(sha)})
                self._renderers[sha] = renderer
            cells = kind not in ("recommendation", "plan_recommendation")
            ev = renderer.evidence(sha, page, bbox, text, cells=cells)
            uris = [] if ev is None else [c.uri for c in ev.crops + ev.continuation]
        return _stack(uris)

    def close(self) -> None:
        with self._lock:
            for r in self._renderers.values():
                r.close()
            self._renderers.clear()


def _stack(uris: list[str]) -> bytes | None:
    """The crops one under the other, left-aligned, on white."""
    if not uris:
        return None
    images = [Image.open(io.BytesIO(base64.b64decode(u.split(",", 1)[1]))) for u in uris]
    if len(images) == 1:
        return base64.b64decode(uris[0].split(",", 1)[1])
    width = max(i.width for i in images)
    height = sum(i.height for i in images) + _GAP * (len(images) - 1)
    sheet = Image.new("L", (width, height), 255)
    y = 0
    for image in images:
        sheet.paste(image.convert("L"), (0, y))
        y += image.height + _GAP
    buf = io.BytesIO()
    sheet.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
