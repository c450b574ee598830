"""Where an extracted item came from: every record carries one so a reader can check it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

BBox = tuple[float, float, float, float]


class Provenance(BaseModel):
    """Document hash, page and region, plus the extractor that produced the item.

    bbox is in PDF points with a top-left origin (x0, top, x1, bottom), the convention pdfplumber
    uses, so a region can be cropped and rendered without flipping axes. An item of a sheet the
    reader cut into parts (a sheet printed two-up, a folded leaflet) names the sheet's page and
    a box on the sheet, and no line span (pipeline.physical_pages).
    """

    model_config = ConfigDict(frozen=True)

    sha256: str
    page: int = Field(
        ge=1,
        description="1-based physical page of the file, also for an item of a sheet read in"
        " parts (two-up, a folded leaflet's panels)",
    )
    bbox: BBox | None = None
    line_span: tuple[int, int] | None = Field(
        default=None, description="first and last line index on the page (0-based, inclusive)"
    )
    locator: str | None = Field(
        default=None,
        description="where in a Word or Excel source: 'table 2 row 5', \"'Actions'!A5:F5\"; on"
        " a PDF sheet read in parts, the part: 'panel 2 of 3', 'right half'",
    )
    extractor: str
    extractor_version: str
