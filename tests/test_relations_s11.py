"""Eleventh-session rules, as sentence tables of our own.

Appeals and demands: CAMEO keeps asking without insisting (02, "urged", "called
on", "asked", "sought") apart from demanding (10, "demanded", "insisted",
"ordered", "pressed", an ultimatum). PLOVER has one category for both, so both
relations code PLOVER DEMAND.
"""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

APPEALS = [
    # Verbs of asking: the relation is an appeal, CAMEO 02.
    (
        "Norway urged Sri Lanka to resume talks with the Tamil Tigers.",
        E("appealsTo", "norway", "sri-lanka"),
    ),
    (
        "Chile asked Argentina for help in fighting the forest fires.",
        E("appealsTo", "chile", "argentina"),
    ),
    ("Vietnam called on China to withdraw the oil rig.", E("appealsTo", "vietnam", "china")),
    ("Nepal appealed to India for emergency fuel supplies.", E("appealsTo", "nepal", "india")),
    ("Jordan sought financial assistance from Kuwait.", E("appealsTo", "jordan", "kuwait")),
    ("Moldova requested Romanian help with its power grid.", E("appealsTo", "moldova", "romania")),
    (
        "Kosovo pleaded with the European Union for visa-free travel.",
        E("appealsTo", "kosovo", "european-union"),
    ),
    # Nouns of asking.
    (
        "Lebanon made an appeal to France for reconstruction aid.",
        E("appealsTo", "lebanon", "france"),
    ),
    (
        "Georgia repeated its call that Russia withdraw from South Ossetia.",
        E("appealsTo", "georgia", "russia"),
    ),
]

DEMANDS = [
    # Verbs and nouns of insisting stay demands, CAMEO 10.
    ("Ankara demanded that Stockholm extradite the suspects.", E("demands", "turkey", "sweden")),
    (
        "Beijing insisted that Manila remove the grounded ship.",
        E("demands", "china", "philippines"),
    ),
    ("Algeria ordered Morocco to close its consulate in Oran.", E("demands", "algeria", "morocco")),
    (
        "Washington pressed Seoul to pay more for the troops.",
        E("demands", "united-states", "south-korea"),
    ),
    (
        "The African Union repeated its demand that Mali hold elections.",
        E("demands", "african-union", "mali"),
    ),
]


def _ids(table: list[tuple[str, Expect]]) -> list[str]:
    return [t[:50] for t, _ in table]


@pytest.mark.parametrize(("text", "expected"), APPEALS, ids=_ids(APPEALS))
def test_asking_is_an_appeal(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,), (E("demands", expected.source, expected.target, None, None),))
    appeal = next(m for m in found if m.relation == "appealsTo")
    assert (appeal.cameo[:2], appeal.plover, appeal.event) == ("02", "DEMAND", True)


@pytest.mark.parametrize(("text", "expected"), DEMANDS, ids=_ids(DEMANDS))
def test_insisting_is_a_demand(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,), (E("appealsTo", expected.source, expected.target, None, None),))
    demand = next(m for m in found if m.relation == "demands")
    assert (demand.cameo[:2], demand.plover) == ("10", "DEMAND")


# A tensed verb coordinated with a verb that takes an auxiliary has its own tense:
# the auxiliary and its negation are not shared ("did not join ... and criticized").
# A bare verb shares them ("did not join ... or criticize").
OWN_TENSE = [
    (
        "Egypt did not join the coalition and criticized the Saudi air strikes on Yemen.",
        E("criticizes", "egypt", "saudi-arabia"),
    ),
    (
        "Peru will not recognize the new government and recalled its ambassador from Bolivia.",
        E("sanctions", "peru", "bolivia"),
    ),
    (
        "Norway did not sign the treaty and urges Russia to withdraw from Crimea.",
        E("appealsTo", "norway", "russia"),
    ),
    (
        "Kenya does not trade with Somalia and accuses it of harbouring militants.",
        E("accuses", "kenya", "somalia"),
    ),
]

SHARED_AUX = [
    (
        "Egypt did not join the coalition or criticize Saudi Arabia.",
        E("criticizes", "egypt", "saudi-arabia", negated=True),
    ),
    (
        "Peru will not recognize the government and recall its ambassador from Bolivia.",
        E("sanctions", "peru", "bolivia", modality="future", negated=True),
    ),
    (
        "Kenya does not trade with Somalia and accuses it of harbouring militants.",
        E("cooperatesWith", "kenya", "somalia", negated=True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_TENSE, ids=_ids(OWN_TENSE))
def test_tensed_verb_keeps_its_own_tense(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,))
    assert all(m.event for m in found if m.relation == expected.relation)


@pytest.mark.parametrize(("text", "expected"), SHARED_AUX, ids=_ids(SHARED_AUX))
def test_bare_verb_shares_the_auxiliary(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A light verb done again is still a light verb: its noun states the relation.
AGAIN = [
    ("Turkey reimposed sanctions on Syria.", E("sanctions", "turkey", "syria")),
    (
        "The European Union will reimpose tariffs on American steel.",
        E("sanctions", "european-union", "united-states", modality="future"),
    ),
    ("Washington reinstated the embargo on Cuba.", E("sanctions", "united-states", "cuba")),
    ("Colombia relaunched talks with the ELN rebels.", E("negotiatesWith", "colombia", "eln")),
    ("Japan reopened negotiations with Seoul.", E("negotiatesWith", "japan", "south-korea")),
    ("Kenya reissued its ultimatum to Somalia.", E("threatens", "kenya", "somalia")),
]


@pytest.mark.parametrize(("text", "expected"), AGAIN, ids=_ids(AGAIN))
def test_light_verb_done_again(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))
