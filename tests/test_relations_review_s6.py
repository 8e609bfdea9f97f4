"""Sixth-session review rules, found by an independent judge of the news output.
Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

# (sentence, relations it must state, relations it must not state)
Row = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]

# A tensed verb the parser hangs on an infinitive ("urged X to reconsider and spoke
# with Y") is a clause beside the governor: done, not urged.
BESIDE_GOVERNOR: list[Row] = [
    (
        "The Kenyan president asked Uganda to withdraw its troops and met the Somali "
        "prime minister in Nairobi.",
        (E("consults", "kenya", "somalia"), E("appealsTo", "kenya", "uganda")),
        (E("consults", "kenya", "somalia", "hypothetical"),),
    ),
    (
        "The French foreign minister urged Iran to free the sailors and spoke with the "
        "British ambassador.",
        (E("consults", "france", "united-kingdom"),),
        (E("consults", "france", "united-kingdom", "hypothetical"),),
    ),
    # A second infinitive stays what was urged.
    (
        "Russia urged Ukraine to negotiate and to meet Hungary.",
        (E("consults", "ukraine", "hungary", "hypothetical"),),
        (E("consults", "ukraine", "hungary"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), BESIDE_GOVERNOR)
def test_tensed_verb_beside_governor(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# An office said to be past after the name ("X, formerly the mayor of Oslo", "X,
# formerly Peru's interior minister") makes a private person, as "former" before it does.
FORMERLY: list[Row] = [
    (
        "Tomas Berg, formerly the mayor of Oslo, criticized the Swedish government.",
        (E("criticizes", "person:tomas-berg", "sweden"),),
        (E("criticizes", "norway", "sweden", None, None),),
    ),
    (
        "Rafael Ortiz, formerly Peru's interior minister, accused Bolivia of spying.",
        (E("accuses", "person:rafael-ortiz", "bolivia"),),
        (E("accuses", "peru", "bolivia", None, None),),
    ),
    (
        "Ana Duarte, formerly Brazil's foreign minister, praised the Argentine president.",
        (E("supports", "person:ana-duarte", "argentina"),),
        (E("supports", "brazil", "argentina", None, None),),
    ),
    # Without it the office holds.
    (
        "Tomas Berg, the mayor of Oslo, criticized the Swedish government.",
        (E("criticizes", "norway", "sweden"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), FORMERLY)
def test_formerly_after_the_name(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
