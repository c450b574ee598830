"""The one exception type of the pipeline: a specific, user-facing reason a document failed."""

from __future__ import annotations

from plantrace.models.results import ErrorCode


class DocumentError(Exception):
    """Raised at the edges (reading, limits); turned into an ExtractionResult with status error."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
