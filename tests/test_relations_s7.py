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


# Urging others to back someone endorses them (the urger supports them); the urged
# act stays hypothetical, and urging force or a refusal of support is no act of the urger.
ADVOCACY: list[Row] = [
    (
        "The Turkish president urged European leaders to support the Azerbaijani government.",
        (E("supports", "turkey", "azerbaijan"),),
        (),
    ),
    (
        "Qatar appealed to the United Nations to support the Sudanese transitional council "
        "on Monday.",
        (E("supports", "qatar", "sudan"), E("demands", "qatar", "united-nations")),
        (),
    ),
    (
        "Iran urged Russia not to support Israel.",
        (E("demands", "iran", "russia"),),
        (E("supports", "iran", "israel", None, None),),
    ),
    (
        "Pakistan urged China to attack India.",
        (E("demands", "pakistan", "china"),),
        (E("attacks", "pakistan", "india", None, None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ADVOCACY)
def test_urging_support_endorses(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# A lead whose only verb the parser makes a clause of the subject noun, left as the
# root ("The Turkish interior minister called on Greece ..."): a simple past heads no
# reduced relative, so the noun is its subject.
LEAD_VERB_AS_CLAUSE: list[Row] = [
    (
        "The Turkish interior minister called on Greece to return the migrants.",
        (E("demands", "turkey", "greece"),),
        (),
    ),
    (
        "The Kenyan trade minister called on Tanzania to lift the ban.",
        (E("demands", "kenya", "tanzania"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), LEAD_VERB_AS_CLAUSE)
def test_lead_verb_parsed_as_clause(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
