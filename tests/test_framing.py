"""How news frames a statement: a comma-set noun summing up the clause ("..., a move
that angered Berlin") is no object of the clause's verb. Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

SUMMED_UP = [
    (
        "Greece asked for German help, a move that angered Washington.",
        E("appealsTo", "greece", "germany"),
    ),
    (
        "Kenya asked for British help, a move that angered Uganda.",
        E("appealsTo", "kenya", "united-kingdom"),
    ),
    (
        "Iraq asked for Iranian support, a decision that alarmed Washington.",
        E("appealsTo", "iraq", "iran"),
    ),
    # Where the parser already read the clause right, it stays right.
    (
        "Spain called for talks with Morocco, a move that angered Algeria.",
        E("appealsTo", "spain", "morocco"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMED_UP, ids=[t[:40] for t, _ in SUMMED_UP])
def test_a_summing_noun_is_no_object(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))
