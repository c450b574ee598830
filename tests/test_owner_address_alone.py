"""An owner cell holding only an e-mail address names the owner by it.

Round 9 took an address printed beside a name for a contact detail and dropped it; a cell that
holds nothing else then lost its owner. An address alone is who leads the work."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.owners import normalise_owner


@pytest.mark.parametrize(
    ("raw", "owner"),
    [
        ("p.okafor@eastmere.gov.uk", "p.okafor@eastmere.gov.uk"),
        ("<r.lindqvist@wexcombe.org.uk>", "r.lindqvist@wexcombe.org.uk"),
        ("t.ashdown@fenland-cs. gov.uk", "t.ashdown@fenland-cs.gov.uk"),  # a narrow cell's wrap
        ("Priya Okafor (p.okafor@eastmere.gov.uk)", "Priya Okafor"),
        ("Head of Fostering, r.lindqvist@wexcombe.org.uk", "Head of Fostering"),
        ("Head of Fostering[40%]", "Head of Fostering"),
    ],
)
def test_an_address_alone_is_the_owner_beside_a_name_a_contact(raw: str, owner: str) -> None:
    assert normalise_owner(raw) == owner
