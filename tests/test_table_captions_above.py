"""A Word plan whose action tables are linked ONLY by a caption printed ABOVE each table
('Table 2: Actions answering recommendation 1', a house style captioning tables over them):
read from the .docx and from its LibreOffice print, each action links to the recommendation
its table's caption names. The caption opens with its label ('Table 2:'), so no heading or
tag was read from it and every link was lost; extractors/table_captions.captions_above gives
such a caption to the table right under it where the plan's captions all stand above their
tables (the rule of captions_below, the other way round).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plantrace.extractors.plan_columns import read_layout
from plantrace.extractors.table_captions import caption_links, captions_above, captions_below
from plantrace.pipeline.extract import extract_file
from plantrace.pipeline.limits import LIMITS
from plantrace.pipeline.readers.formats import read_document
from tests.pdfs import libreoffice_pdf
from tests.test_table_captions_below import ACTIONS, GOLD, _links, _plan


@pytest.mark.parametrize("wording", ["colon", "dash"])
def test_caption_above_links_its_own_table_in_both_readings(tmp_path: Path, wording: str) -> None:
    docx = _plan(tmp_path / "plan.docx", wording, below=False)
    pdf = libreoffice_pdf(docx, tmp_path)
    for result in (extract_file(docx), extract_file(pdf)):
        assert [a.text for a in result.actions] == [t for ts in ACTIONS.values() for t in ts]
        assert _links(result) == GOLD  # table n+1's caption over it: recommendation n


def test_caption_above_is_the_title_of_the_table_under_it(tmp_path: Path) -> None:
    """Each caption goes to the table right under it (the status key's to the key, linking
    nothing); captions above give nothing to the tables over them."""
    docx = _plan(tmp_path / "plan.docx", "colon", below=False)
    elements = read_layout(read_document(docx.read_bytes(), str(docx), "x", LIMITS))
    over = captions_above(elements)
    assert captions_below(elements) == {}
    texts = {elements[c].text: elements[t].raw is not None for c, t in over.items()}
    assert texts == {
        "Table 1: Status key": True,
        "Table 2: Actions answering recommendation 1": False,
        "Table 3: Actions answering recommendation 2": False,
        "Table 4: Actions answering recommendation 3": False,
    }
    assert sorted(caption_links(elements, over).values()) == [
        "recommendation 1",
        "recommendation 2",
        "recommendation 3",
    ]


def test_captions_below_give_nothing_above(tmp_path: Path) -> None:
    """A plan captioning its tables below: no caption is taken as the title of the table
    under it (the next table's: a wrong link)."""
    docx = _plan(tmp_path / "plan.docx", "colon", below=True)
    elements = read_layout(read_document(docx.read_bytes(), str(docx), "x", LIMITS))
    assert captions_above(elements) == {}


def test_a_caption_above_naming_no_recommendation_is_said(tmp_path: Path) -> None:
    """One table's caption above names no recommendation while the others' do: its actions
    are left unlinked and plan_links_partial names its caption."""
    docx = _plan(tmp_path / "plan.docx", "colon", below=False, unnamed=2)
    result = extract_file(docx)
    assert _links(result) == [["1"], ["1"], [], [], [], ["3"], ["3"]]
    said = [w for w in result.warnings if w.code == "plan_links_partial"]
    assert len(said) == 1 and "captioned above ('Table 3: Our workforce actions'" in said[0].message
