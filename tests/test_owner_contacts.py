"""An owner printed with how to reach them (owners._CONTACT): the e-mail address or phone number
is no part of who leads the work. Forms other than holdout8's booklet: after a comma, in angle
brackets, a phone number after 'Tel', an address a narrow cell's wrap put a space inside."""

from __future__ import annotations

import pytest

from plantrace.pipeline.normalise.owners import normalise_owner


@pytest.mark.parametrize(
    ("raw", "owner"),
    [
        ("Priya Natarajan (p.natarajan@eastvale.gov. uk)", "Priya Natarajan"),
        ("Head of Virtual School, virtual.school@eastvale.gov.uk", "Head of Virtual School"),
        ("Tom Okafor <tom.okafor@eastvale.gov.uk>", "Tom Okafor"),
        ("Service Manager, Fostering - Tel: 01632 960 123", "Service Manager, Fostering"),
        ("Head of Service (by March 2026)", "Head of Service (by March 2026)"),
        ("Markham, Helen", "Markham, Helen"),
    ],
)
def test_a_contact_detail_is_no_part_of_the_owner(raw: str, owner: str) -> None:
    assert normalise_owner(raw) == owner
