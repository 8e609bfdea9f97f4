"""Sentence tables for general readings added while tuning on the PETRARCH gold
(even half): converse constructions, accusing speech, releases of office holders,
arrest warrants, casualties among soldiers. Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


# A noun taken by a verb of receiving or undergoing: the act comes from the "from"
# phrase to the subject ("received aid from", "faces pressure from", "came under").
CONVERSE = [
    ("Armenia received assurances from Russia.", E("agreesWith", "russia", "armenia")),
    ("Kenya received military aid from Britain.", E("aids", "united-kingdom", "kenya")),
    ("Japan drew sharp criticism from China over the visit.", E("criticizes", "china", "japan")),
    (
        "Serbia faced new sanctions from the European Union.",
        E("sanctions", "european-union", "serbia"),
    ),
    (
        "The Iraqi government faces pressure from Washington to hold elections.",
        E("demands", "united-states", "iraq"),
    ),
    ("Syrian troops came under attack from Turkish forces.", E("attacks", "turkey", "syria")),
    (
        "Pakistan received strong backing from China for its bid.",
        E("supports", "china", "pakistan"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONVERSE, ids=_ids(CONVERSE))
def test_converse_nouns(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_received_aid_is_not_given_by_the_receiver(extract) -> None:
    check(
        extract("Kenya received military aid from Britain."),
        (),
        (E("aids", "kenya", "united-kingdom"),),
    )


# Pressure is a demand: "American pressure on Iran".
PRESSURE = [
    ("American pressure on Iran has grown.", E("demands", "united-states", "iran")),
    ("Russian pressure on Moldova increased last month.", E("demands", "russia", "moldova")),
]


@pytest.mark.parametrize(("text", "expected"), PRESSURE, ids=_ids(PRESSURE))
def test_pressure_is_a_demand(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# An allegation accuses whoever its clause is about; claiming that someone did
# violence or coercion accuses them, besides reporting the act.
CHARGES = [
    ("Ukraine alleged that Russia had shelled Kharkiv.", E("accuses", "ukraine", "russia")),
    ("Iran charged that Iraq bombed Kuwaiti oil terminals.", E("accuses", "iran", "iraq")),
    ("Chile alleged that Bolivia knew of the smuggling.", E("accuses", "chile", "bolivia")),
    (
        "Israel claimed that Hezbollah had attacked Lebanese villages.",
        E("accuses", "israel", "hezbollah"),
    ),
    (
        "Greece claimed that Turkey was detaining Greek fishermen.",
        E("accuses", "greece", "turkey"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES, ids=_ids(CHARGES))
def test_charges(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_claimed_attack_is_still_reported(extract) -> None:
    check(
        extract("Israel claimed that Hezbollah had attacked Lebanese villages."),
        (E("attacks", "hezbollah", "lebanon", modality="reported"),),
    )


def test_saying_is_no_charge(extract) -> None:
    check(
        extract("Kenya said that Somali militants attacked Ethiopian troops."),
        (),
        (E("accuses", "kenya", "somalia", modality=None),),
    )


def test_claiming_ones_own_act_is_no_charge(extract) -> None:
    check(
        extract("Israel claimed that it had struck Hamas positions."),
        (),
        (E("accuses", "israel", "israel", modality=None),),
    )


# A warrant for someone's arrest coerces them; releasing an office holder retreats.
WARRANTS_AND_RELEASES = [
    (
        "A court in Kenya issued arrest warrants for two Ugandan men.",
        E("coerces", "kenya", "uganda"),
    ),
    (
        "France issued an international warrant against a Rwandan general.",
        E("coerces", "france", "rwanda"),
    ),
    (
        "Israel released the mayor of the West Bank city of Hebron.",
        E("retreatsFrom", "israel", "palestine"),
    ),
    ("Turkey freed the governor of Kirkuk.", E("retreatsFrom", "turkey", "iraq")),
    ("Russia released a Ukrainian lawmaker.", E("retreatsFrom", "russia", "ukraine")),
]


@pytest.mark.parametrize(
    ("text", "expected"), WARRANTS_AND_RELEASES, ids=_ids(WARRANTS_AND_RELEASES)
)
def test_warrants_and_releases(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_releasing_a_statement_is_no_retreat(extract) -> None:
    check(
        extract("Russia released a statement on Ukraine."),
        (),
        (E("retreatsFrom", "russia", "ukraine", modality=None),),
    )


# What someone is pressed or urged to do, in an infinitive the parser hangs as an
# adverbial clause, is asked of them, not done.
PRESSED_TO = [
    ("Kenya is being pressured by Britain to help Somalia.", "aids"),
    ("Egypt was urged by the United States to aid Sudan.", "aids"),
]


@pytest.mark.parametrize(("text", "relation"), PRESSED_TO, ids=[t[:40] for t, _ in PRESSED_TO])
def test_pressed_to_act_is_no_act(extract, text: str, relation: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert found, text
    assert all(not m.event and m.modality == "hypothetical" for m in found), found


# A noun offered or promised is a stated intent (coded with the intent code).
OFFERED = [
    ("Japan pledged humanitarian aid to Nepal.", "aids", "033"),
    # Military support offered is aid offered (033), not policy support (032).
    ("The American envoy visited Beirut, offering military support to Lebanon.", "aids", "033"),
    (
        "The American envoy visited Beirut, offering political support to Lebanon.",
        "supports",
        "032",
    ),
    ("Norway promised assistance to Kenya.", "aids", "033"),
]


@pytest.mark.parametrize(
    ("text", "relation", "cameo"), OFFERED, ids=[t[:40] for t, _, _ in OFFERED]
)
def test_offered_noun_is_intent(extract, text: str, relation: str, cameo: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert found and all(m.cameo == cameo and m.event for m in found), found


def test_given_aid_stays_aid(extract) -> None:
    found = [m for m in extract("Japan gave humanitarian aid to Nepal.") if m.relation == "aids"]
    assert found and all(m.cameo == "070" for m in found), found


# What is discussed is a topic, not a party; the party is "with".
DISCUSS = [
    ("Germany discussed trade with China.", E("consults", "germany", "china")),
    ("India and Pakistan discussed Kashmir.", E("consults", "india", "pakistan")),
]


@pytest.mark.parametrize(("text", "expected"), DISCUSS, ids=_ids(DISCUSS))
def test_discussing_with(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


TOPICS = [
    ("Egypt discussed the war in Yemen with Oman.", "yemen"),
    ("The Iraqi minister flew to Damascus to discuss efforts against Islamic State.", "isis"),
]


@pytest.mark.parametrize(("text", "topic"), TOPICS, ids=[t[:40] for t, _ in TOPICS])
def test_a_topic_discussed_is_no_party(extract, text: str, topic: str) -> None:
    assert not [m for m in extract(text) if m.relation == "consults" and m.target.id == topic]
