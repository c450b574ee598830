"""Small images of the PDF regions items came from, so a reader checks a link at a glance."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable
from pathlib import Path

import pypdfium2 as pdfium

BBox = tuple[float, float, float, float]


class EvidenceRenderer:
    """Opens each source PDF once and crops regions from it as PNG data URIs."""

    def __init__(
        self, paths_by_sha: dict[str, Iterable[str]], scale: float = 1.4, max_width: int = 700
    ) -> None:
        self.paths = {
            sha: [p for p in paths if Path(p).is_file()] for sha, paths in paths_by_sha.items()
        }
        self.scale = scale
        self.max_width = max_width
        self._open: dict[str, pdfium.PdfDocument | None] = {}

    def _doc(self, sha: str) -> pdfium.PdfDocument | None:
        if sha not in self._open:
            doc = None
            for p in self.paths.get(sha, []):
                try:
                    doc = pdfium.PdfDocument(p)
                    break
                except pdfium.PdfiumError:
                    continue
            self._open[sha] = doc
        return self._open[sha]

    def data_uri(self, sha: str, page_no: int, bbox: BBox | None, pad: float = 4.0) -> str | None:
        doc = self._doc(sha)
        if doc is None or bbox is None or not 1 <= page_no <= len(doc):
            return None
        page = doc[page_no - 1]
        try:
            width, height = page.get_size()
            x0, top, x1, bottom = bbox
            crop = (
                max(0.0, x0 - pad),
                max(0.0, height - bottom - pad),
                max(0.0, width - x1 - pad),
                max(0.0, top - pad),
            )
            image = page.render(scale=self.scale, crop=crop).to_pil()
        finally:
            page.close()
        if image.width > self.max_width:
            ratio = self.max_width / image.width
            image = image.resize((self.max_width, max(1, int(image.height * ratio))))
        buf = io.BytesIO()
        image.convert("L").save(buf, format="PNG", optimize=True)
        return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")

    def close(self) -> None:
        for doc in self._open.values():
            if doc is not None:
                doc.close()
        self._open.clear()
