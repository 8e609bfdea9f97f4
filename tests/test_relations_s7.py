"""Seventh-session rules. Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

# (sentence, relations it must state, relations it must not state)
Row = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]

# One sentence that states an act and then hedges a second act of the same relation
# between the same actors ("arrested X and may arrest Y") keeps the act that was done:
# the hedged wording must not hide it.
DONE_BEATS_HEDGED: list[Row] = [
    (
        "Saudi authorities detained a British blogger in Riyadh and might also detain his "
        "British editor, rights groups said.",
        (E("coerces", "saudi-arabia", "united-kingdom", "reported"),),
        (E("coerces", "saudi-arabia", "united-kingdom", "hypothetical"),),
    ),
    (
        "Turkish forces shelled Syrian border villages on Monday and could shell Syrian "
        "towns further south, officials said.",
        (E("attacks", "turkey", "syria", "reported"),),
        (E("attacks", "turkey", "syria", "hypothetical"),),
    ),
    (
        "Russian police arrested a Dutch journalist in Moscow and may later arrest her "
        "Dutch cameraman, the embassy said.",
        (E("coerces", "russia", "netherlands", "reported"),),
        (E("coerces", "russia", "netherlands", "hypothetical"),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), DONE_BEATS_HEDGED)
def test_done_act_beats_hedged_one(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
