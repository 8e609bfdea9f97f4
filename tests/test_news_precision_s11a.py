"""Precision on news prose, eleventh session (helper np3a): readings that put a
wrong edge in the graph.

A wall or fence funded or built on a border stands on one's own side of it: the
state across is not aided. An order whose clause is passive names what is to be
done by the orderer's own people ("ordered the flags be lowered"), no one it is
given to. "In contempt (defiance, violation, breach) of" names whose rule is broken,
not whom an act is done to. A deal terminated or annulled is undone, no
cooperation; leaving a deal rejects it, no retreat of forces. Each table pairs
readings that must go with the near readings that must stay. Our own sentences,
not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check, row_ids

E = Expect


# Sentences that state no relation of the kind named: every such mention is wrong.
NONE = [
    # A work built on a border is no aid to the state across it.
    ("The Congress voted to fund a fence along the Mexican border.", "aids"),
    ("Poland financed a barrier on the Belarusian border.", "aids"),
    ("The Slovak government funded a wall at the Hungarian border.", "aids"),
    # A passive clause after "ordered" names what is to be done, not who is to do it.
    ("Speaker Nancy Pelosi ordered the Capitol's flags be lowered.", "demands"),
    ("The Kenyan president ordered that Ugandan traders be deported.", "demands"),
    ("The Canadian prime minister ordered that the Chinese consulate be shut.", "demands"),
    # "in contempt/defiance/violation/breach of" names whose rule is broken, not
    # whom the act is done to.
    ("The Justice Department charged two aides held in contempt of Congress.", "accuses"),
    ("Turkey sanctioned the companies trading in violation of the UN embargo.", "sanctions"),
    ("Russia criticized the tests carried out in breach of the Chinese moratorium.", "criticizes"),
]


@pytest.mark.parametrize(("text", "relation"), NONE, ids=row_ids(NONE))
def test_no_such_relation(extract, text: str, relation: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert not found, f"unexpected {relation}: {[(m.source.id, m.target.id) for m in found]}"


# The near readings that stay.
KEPT = [
    # Aid placed in a state still goes to it; forces or fire sent to a border face
    # the state across it.
    ("Japan funded a new hospital in Cambodia.", E("aids", "japan", "cambodia")),
    (
        "Israeli troops shelled villages along the Lebanese border.",
        E("attacks", "israel", "lebanon"),
    ),
    ("Syria massed troops on the Jordanian border.", E("mobilizesAgainst", "syria", "jordan")),
    # Ordering someone to act, or a clause whose subject is to act, still demands.
    (
        "A British judge ordered that Iran release the tanker.",
        E("demands", "united-kingdom", "iran"),
    ),
    (
        "The Kenyan president ordered that Ugandan troops leave the island.",
        E("demands", "kenya", "uganda"),
    ),
    ("Trump ordered Iran to release the sailors.", E("demands", "united-states", "iran")),
    # A breach someone is named as doing still concerns them.
    (
        "Britain condemned Russia's breach of the treaty.",
        E("criticizes", "united-kingdom", "russia"),
    ),
    (
        "The UN accused Israel of violations of the ceasefire.",
        E("accuses", "united-nations", "israel"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=row_ids(KEPT))
def test_near_readings_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A deal terminated or annulled is undone: no cooperation is asserted (it is negated).
UNDONE = [
    (
        "Washington terminated its agreement with Havana.",
        E("cooperatesWith", "united-states", "cuba"),
    ),
    (
        "The Philippines terminated its military agreement with the United States.",
        E("cooperatesWith", "philippines", "united-states"),
    ),
    (
        "Ethiopia annulled its border accord with Eritrea.",
        E("cooperatesWith", "ethiopia", "eritrea"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), UNDONE, ids=row_ids(UNDONE))
def test_undone_deal_is_no_cooperation(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# Guards: a deal signed still binds its parties; a visit ended still took place.
DONE = [
    ("Mali signed a defence pact with France.", E("signsAgreementWith", "mali", "france")),
    ("Japan ended its visit to China.", E("consults", "japan", "china")),
]


@pytest.mark.parametrize(("text", "expected"), DONE, ids=row_ids(DONE))
def test_done_deal_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Leaving a deal with someone walks away from it (CAMEO 12), no retreat of forces.
LEFT_DEALS = [
    (
        "Moscow withdrew from the nuclear treaty with Washington.",
        E("rejects", "russia", "united-states"),
        E("retreatsFrom", "russia", "united-states"),
    ),
    (
        "Japan quit the fisheries pact with South Korea.",
        E("rejects", "japan", "south-korea"),
        E("retreatsFrom", "japan", "south-korea"),
    ),
    (
        "Turkey pulled out of the accord with Greece.",
        E("rejects", "turkey", "greece"),
        E("retreatsFrom", "turkey", "greece"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), LEFT_DEALS, ids=row_ids(LEFT_DEALS))
def test_left_deal_is_rejected(extract, text: str, expected: Expect, absent: Expect) -> None:
    check(extract(text), (expected,), (absent,))


# Guards: forces withdrawn, also under a deal, still retreat.
WITHDRAWALS = [
    ("Iraq withdrew its troops from Kuwait.", E("retreatsFrom", "iraq", "kuwait")),
    (
        "Israel withdrew from Gaza under a deal with Egypt.",
        E("retreatsFrom", "israel", "gaza-strip"),
    ),
    (
        "Israel withdrew its troops from Lebanon under the agreement with Syria.",
        E("retreatsFrom", "israel", "lebanon"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWALS, ids=row_ids(WITHDRAWALS))
def test_withdrawals_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))
