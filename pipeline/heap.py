"""The process's heap as extraction sees it: what was imported is kept out of the collector's
sight once, before the first document."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_frozen = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off while the block runs (the extractors' imports), as it was after.

    Why: importing the extractors (spaCy, pydantic's schemas, some 230 modules of ours)
    allocates enough to set off about 290 collections, two of them full ones that walk all
    imported so far: a quarter of a second of every process's start-up (CPU, 2 cores), which
    finds next to nothing, as imports make little cyclic garbage. What they do leave is
    collected once, by the first document's freeze_imports."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def freeze_imports() -> None:
    """Move every object alive now (the modules, spaCy's vocabularies, pydantic's schemas, the
    compiled patterns) into the collector's permanent generation, once per process.

    Why: those objects live as long as the process, yet each full collection walks them all
    again. Reading documents allocates enough to trigger one every few plans; on 13 plans one
    such collection took 5-6% of the extraction time. Frozen, a full collection walks only
    what the documents made. Objects made later are collected as before.

    The effect is process-wide, which is why it is said here and at its one caller
    (extract_file): what a caller holds at its first document (a notebook's tables, a server's
    caches) is frozen with the imports. Freed by reference counting as ever, only cycles among
    those objects wait for the process's end (gc.unfreeze() gives them back to the collector)."""
    global _frozen
    if _frozen:
        return
    _frozen = True
    gc.collect()
    gc.freeze()
