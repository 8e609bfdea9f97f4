"""Precision on news prose, round two (helper n3): readings that put a wrong edge in
the graph. A time zone is no organisation; a place named as where a thing or a
person is ("a wall along the border with Mexico", "dissidents in countries such as
Norway") is not whom an act is done to. Each table pairs readings that must go
with the near readings that must stay. Our own sentences, not gold records."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# A time zone spaCy tags as an organisation is no actor: a pronoun does not point
# back to it, nor is it a side of anything.
TIME_ZONES = [
    "The plane landed at 2:40 p.m. (1840 UTC). Jordan promised to give them shelter.",
    "The vote closed at 20:00 local time (1700 UTC), and Ghana offered them aid.",
]


@pytest.mark.parametrize("text", TIME_ZONES, ids=_ids(TIME_ZONES))
def test_time_zone_is_no_actor(extract, text: str) -> None:
    mentions = extract(text)
    assert not any(m.target.id == "org:utc" or m.source.id == "org:utc" for m in mentions), [
        (m.relation, m.source.id, m.target.id) for m in mentions
    ]
