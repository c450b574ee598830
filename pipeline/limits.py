"""Budgets that keep one bad file or page from stalling a run. Overridable by environment."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int = _env_int("PLANTRACE_MAX_FILE_BYTES", 200 * 1024 * 1024)
    max_pages: int = _env_int("PLANTRACE_MAX_PAGES", 5000)
    # Vector objects examined per page when looking for table rulings; past it the page is partial.
    max_path_objects_per_page: int = _env_int("PLANTRACE_MAX_PATHS_PER_PAGE", 4000)
    max_segments_per_page: int = _env_int("PLANTRACE_MAX_SEGMENTS_PER_PAGE", 20000)
    # Wall-clock budget for one document, enforced by the batch runner (subprocess timeout).
    document_seconds: float = float(os.environ.get("PLANTRACE_DOC_SECONDS", "10"))


LIMITS = Limits()
