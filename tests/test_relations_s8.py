"""Eighth-session rules. Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

# (sentence, relations it must state, relations it must not state)
Row = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]

# A possessive pronoun on the second of two coordinated nouns stands for the owner
# of the first ("the regime's treatment of women and its backing of the Houthis"),
# however the parser hangs the second noun (on the first, or on its "of" phrase).
PARALLEL_OWNERS: list[Row] = [
    (
        "Britain condemned the Iranian regime's treatment of Iranian women and its "
        "backing of the Houthis.",
        (E("supports", "iran", "houthis"),),
        (E("supports", "united-kingdom", "houthis"),),
    ),
    (
        "Canada criticized Russia's annexation of Crimea and its support for separatists "
        "in Donetsk.",
        (E("supports", "russia", "donetsk-peoples-republic"),),
        (E("supports", "canada", "donetsk-peoples-republic"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), PARALLEL_OWNERS)
def test_parallel_owner(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Pompeo cited the Cuban government's repression of the Cuban people and its "
            "support for Maduro.",
            "cuba",
        ),
        (
            "Ottawa denounced the Chinese government's detention of Chinese activists and "
            "its support for Myanmar's generals.",
            "china",
        ),
    ],
)
def test_parallel_owner_keeps_the_government(extract, text: str, owner: str) -> None:
    # The people named between ("the Cuban people") are not what "its" stands for:
    # the support is the government's.
    support = [m for m in extract(text) if m.relation == "supports" and m.source.id == owner]
    assert support, [(m.relation, m.source.id, m.target.id) for m in extract(text)]
    assert all(m.source_sector == "government" for m in support), [
        (m.source.id, m.source_sector) for m in support
    ]


# A territory with its own code and government is its own place: a crowd there is its
# people, and its police are its own, not its sovereign's (a territory with no code
# of its own, "Crimea", still stands for the state it is in).
OWN_TERRITORIES: list[Row] = [
    (
        "Thousands of students marched in Hong Kong against the extradition bill.",
        (E("protestsAgainst", "hong-kong", "hong-kong"),),
        (E("protestsAgainst", "china", "china"),),
    ),
    (
        "Riot police fired tear gas at demonstrators in Hong Kong.",
        (E("coerces", "hong-kong", "hong-kong"),),
        (E("coerces", "china", "china"),),
    ),
    (
        "Protesters rallied in Puerto Rico against the governor.",
        (E("protestsAgainst", "puerto-rico", "puerto-rico"),),
        (E("protestsAgainst", "united-states", "united-states"),),
    ),
    (
        "Protesters marched in Crimea against the Ukrainian government.",
        (E("protestsAgainst", "ukraine", "ukraine"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), OWN_TERRITORIES)
def test_territory_of_its_own(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
