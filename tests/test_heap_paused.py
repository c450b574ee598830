"""The collector paused over the extractors' imports, and given back as it was."""

from __future__ import annotations

import gc

import pytest

from plantrace.pipeline.heap import collector_paused


def test_collector_off_in_the_block_and_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_on_again_after_an_import_fails() -> None:
    with pytest.raises(ImportError), collector_paused():
        raise ImportError("a module that cannot be imported")
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
