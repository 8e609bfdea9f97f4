"""Recall on news prose (helper r2, second sample): calling someone a name of scorn
("called Trump a clown") disparages them, and the small parser's way of folding the
one named into the name ("called Trump a criminal": Trump a compound of the name);
insulting someone; questioning someone's authority or legitimacy. Our own
sentences, not gold records."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# Each row: a sentence, what it must state, what it must not.
CASES: list[tuple[str, tuple[Expect, ...], tuple[Expect, ...]]] = [
    # A name of scorn given to someone disparages them (CAMEO 111).
    (
        "Orban called Macron a hypocrite.",
        (E("criticizes", "hungary", "france"),),
        (),
    ),
    (
        "Lula called Bolsonaro a liar on Tuesday.",
        (E("criticizes", "person:luiz-inacio-lula-da-silva", "person:jair-bolsonaro"),),
        (),
    ),
    (
        "The Polish president described Putin as a bully.",
        (E("criticizes", "poland", "russia"),),
        (),
    ),
    # ... but a friend or a plan called a failure is no one disparaged.
    (
        "Erdogan called Putin a friend.",
        (),
        (E("criticizes", "turkey", "russia"), E("accuses", "turkey", "russia")),
    ),
    # The parser folds the one named into the name: "Trump" a compound of "criminal",
    # "Duque" a second object predicate; the accusation still reaches them.
    (
        "Maduro called Trump a criminal.",
        (E("accuses", "venezuela", "united-states"),),
        (),
    ),
    (
        "Khamenei called Trump a criminal.",
        (E("accuses", "iran", "united-states"),),
        (),
    ),
    # Insulting someone.
    (
        "Rodrigo Duterte insulted Barack Obama before a summit in Laos.",
        (E("criticizes", "philippines", "united-states"),),
        (),
    ),
    (
        "The Turkish president insulted the Dutch prime minister.",
        (E("criticizes", "turkey", "netherlands"),),
        (),
    ),
    # Calling someone's authority or legitimacy into question disparages its holder.
    (
        "Poland questioned Germany's right to build the pipeline.",
        (E("criticizes", "poland", "germany"),),
        (),
    ),
    (
        "Brazilian senators questioned the authority of the Venezuelan government.",
        (E("criticizes", "brazil", "venezuela"),),
        (),
    ),
    (
        "Beijing challenged the legitimacy of the Taiwanese government.",
        (E("criticizes", "china", "taiwan"),),
        (),
    ),
    # ... but questioning whether something will happen disparages no one.
    (
        "Analysts in London questioned whether Russia would comply.",
        (),
        (E("criticizes", "united-kingdom", "russia"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=_ids(CASES))
def test_recall(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
