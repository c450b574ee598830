"""Where an extracted item came from: every record carries one so a reader can check it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

BBox = tuple[float, float, float, float]


class Provenance(BaseModel):
    """Document hash, page and region, plus the extractor that produced the item.

    bbox is in PDF points with a top-left origin (x0, top, x1, bottom), the convention pdfplumber
    uses, so a region can be cropped and rendered without flipping axes.
    """

    model_config = ConfigDict(frozen=True)

    sha256: str
    page: int = Field(ge=1, description="1-based physical page")
    bbox: BBox | None = None
    line_span: tuple[int, int] | None = Field(
        default=None, description="first and last line index on the page (0-based, inclusive)"
    )
    locator: str | None = Field(
        default=None,
        description="where in a Word or Excel source: 'table 2 row 5', \"'Actions'!A5:F5\"",
    )
    extractor: str
    extractor_version: str
