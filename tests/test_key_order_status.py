"""A rota whose cells are tinted by their action's status only where a cell holds one action:
a status word printed only in cells of two ('Thin', no vocabulary's word) stands on no tint, so
nothing gives it a colour, and it was said unread (plan_status_unread). The plan's key line
lists the status words in the scale's order ('Cover: Covered; Thin; Gap; Signed off'): 'Thin'
stands between 'Covered' (green by its tint) and 'Gap' (red by its tint), so it is the middle
step, amber. The colour is inferred, not printed: said (status_scale_inferred). With no key,
or a key whose order fixes nothing, the word stays unread and said, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.pipeline.extract import extract_file
from tests.pdfs import libreoffice_pdf
from tests.test_dated_lead_grid import RECORDS, workbook

# 2.3 ('Thin') moved into 1.1's cell: 'Thin' then stands alone in no cell
SHARED = [(2, 2, *r[2:]) if r[2] == "2.3" else r for r in RECORDS]
KEY = " Cover: Covered; Thin; Gap; Signed off."
RAGS = {"1.1": "blue", "1.2": "green", "2.1": "amber", "2.2": "red", "2.3": "amber",
        "3.1": "green"}  # fmt: skip


def _rags(result: dict) -> dict[str, str | None]:  # type: ignore[type-arg]
    return {a["ref"]: a["rag"] for a in result["actions"]}


def _codes(result: dict) -> set[str]:  # type: ignore[type-arg]
    return {w["code"] for w in result["warnings"]}


def test_key_order_gives_amber_workbook(tmp_path: Path) -> None:
    result = extract_file(workbook(tmp_path / "rota.xlsx", records=SHARED, key=KEY)).to_contract()
    assert _rags(result) == RAGS
    said = [w["message"] for w in result["warnings"] if w["code"] == "status_scale_inferred"]
    assert len(said) == 1 and "'Thin' (2)" in said[0]
    assert "plan_status_unread" not in _codes(result)


@pytest.mark.slow
def test_key_order_gives_amber_print(tmp_path: Path) -> None:
    path = workbook(tmp_path / "rota.xlsx", records=SHARED, key=KEY)
    result = extract_file(libreoffice_pdf(path, tmp_path)).to_contract()
    assert _rags(result) == RAGS
    assert "status_scale_inferred" in _codes(result)


def test_no_key_leaves_the_word_said(tmp_path: Path) -> None:
    result = extract_file(workbook(tmp_path / "rota.xlsx", records=SHARED)).to_contract()
    assert _rags(result) == {**RAGS, "2.1": None, "2.3": None}
    said = [w["message"] for w in result["warnings"] if w["code"] == "plan_status_unread"]
    assert len(said) == 1 and "'Thin' (2)" in said[0]
    assert "status_scale_inferred" not in _codes(result)


def test_key_out_of_scale_order_fixes_nothing(tmp_path: Path) -> None:
    """'Thin' listed after both 'Covered' (green) and 'Gap' (red): its place fixes no colour."""
    key = " Cover: Covered; Gap; Signed off; Thin."
    result = extract_file(workbook(tmp_path / "rota.xlsx", records=SHARED, key=key)).to_contract()
    assert _rags(result)["2.1"] is None
    assert "plan_status_unread" in _codes(result)
