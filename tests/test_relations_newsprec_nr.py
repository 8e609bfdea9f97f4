"""News precision (odd half of the Wikinews sample): wrong mentions found by
judging real news, each kind fixed by a general rule. Trips to a town of one's own
country, words of one sense read in another ("took the exam", "questioned his
authority"), and the like. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def N(relation: str, source: str, target: str) -> Expect:
    """A relation that must not be stated, in any modality, negated or not."""
    return Expect(relation, source, target, modality=None, negated=None)


# (sentence, relations it must state, relations it must not state)
Row = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]


def _ids(table: list[Row]) -> list[str]:
    return [t[:40] for t, _, _ in table]


# A leader going to a town or region of the own country meets no one by going there.
HOME_TRIPS: list[Row] = [
    (
        "The Indian prime minister traveled to Mumbai to attend a rally.",
        (),
        (N("consults", "india", "india"),),
    ),
    (
        "The Nigerian president visited Lagos on Tuesday.",
        (),
        (N("consults", "nigeria", "nigeria"),),
    ),
    (
        "The Turkish foreign minister travelled to Izmir after the earthquake.",
        (),
        (N("consults", "turkey", "turkey"),),
    ),
    # A town abroad still stands for its state.
    (
        "The Chinese ambassador visited Mombasa.",
        (E("consults", "china", "kenya"),),
        (),
    ),
    (
        "The Indian prime minister visited Washington.",
        (E("consults", "india", "united-states"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), HOME_TRIPS, ids=_ids(HOME_TRIPS))
def test_home_trips(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# "Take" is a taking by force only from someone: what is taken is no party.
TAKING: list[Row] = [
    (
        "The Saudi prince paid a tutor to take the GMAT for him.",
        (),
        (N("attacks", "saudi-arabia", "org:gmat"),),
    ),
    (
        "The Kenyan president's daughter took the Harvard admission test.",
        (),
        (N("attacks", "kenya", "org:harvard"),),
    ),
    (
        "Syrian troops took Palmyra from Islamic State fighters.",
        (E("attacks", "syria", "isis"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), TAKING, ids=_ids(TAKING))
def test_taking(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# A disease spaCy tags as a person or organisation is no side of any relation.
DISEASES: list[Row] = [
    (
        "Germany sent aid to Italy to fight COVID.",
        (E("aids", "germany", "italy"),),
        (N("attacks", "germany", "person:covid"),),
    ),
    (
        "Senator Warren blamed Covid for the deaths.",
        (),
        (N("accuses", "person:warren", "person:covid"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), DISEASES, ids=_ids(DISEASES))
def test_diseases(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Questioning a quality or a choice doubts it; questioning people interrogates them.
QUESTIONING: list[Row] = [
    (
        "The Greek foreign minister questioned the Turkish president's authority to make"
        " the change.",
        (),
        (N("investigates", "greece", "turkey"),),
    ),
    (
        "The Russian foreign ministry questioned the legitimacy of the Ukrainian government.",
        (),
        (N("investigates", "russia", "ukraine"),),
    ),
    (
        "Iranian police questioned two British journalists.",
        (E("investigates", "iran", "united-kingdom"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), QUESTIONING, ids=_ids(QUESTIONING))
def test_questioning(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
