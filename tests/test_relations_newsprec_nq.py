"""Precision on news prose (helper nq): readings that put a wrong edge in the graph.

Attending a school or a launch is no meeting, sharing a post no cooperation, travel
inside one's own state no visit to anyone, and a standing text (a pact, a law,
guidelines) that "requires" or "calls for" something is no demand by whoever made
it. Each table pairs readings that must go with the near readings that must stay.
Our own sentences, not gold records."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# Sentences that state no relation of the kind named: every such mention is wrong.
NONE = [
    # Attending a university, a launch or a match is meeting no one.
    ("After serving in the army, Senator Conyers attended Wayne State University.", "consults"),
    ("The Brazilian president attended the joint NASA-SpaceX launch in Florida.", "consults"),
    ("The Saudi crown prince attended a football match against Russia.", "consults"),
    # Sharing a post, a video or one's reasoning is no cooperation.
    (
        "A Facebook user from Ireland shared an article from an Austrian news site.",
        "cooperatesWith",
    ),
    ("The Iraqi journalist shared publicly a video from a Syrian channel.", "cooperatesWith"),
    # Travel inside the traveller's own state meets no one.
    ("President Trump visited California to discuss the wildfires.", "consults"),
    ("The Indonesian president visited Surabaya on Tuesday.", "consults"),
    ("The Turkish president's visit to Istanbul was brief.", "consults"),
    # ... nor does a visit to a place the gazetteer does not know ("the town of X"),
    # which is no organisation or person to meet.
    ("The Indonesian security minister visited the village of Sukamaju.", "consults"),
    ("The Kenyan president visited the town of Wote.", "consults"),
    # Receiving an honour is meeting no one, whoever grants it.
    (
        "Cosmonaut Alexei Leonov received the Hero of the Soviet Union, "
        "the Soviet Union's highest honor.",
        "consults",
    ),
    (
        "Soviet cosmonaut Valentina Tereshkova received the Order of Lenin, "
        "the Soviet Union's top award.",
        "consults",
    ),
    # Joining a body of one's own state is taking a seat in it, no cooperation.
    ("The former Kenyan minister joined the Kenyan parliament.", "cooperatesWith"),
    ("The Iranian cleric joined the Expediency Council in 2017.", "cooperatesWith"),
    # Visiting the dead meets no one.
    ("Trump visited a cemetery of American soldiers in France.", "consults"),
    ("The Iranian president visited the tomb of Iranian soldiers in Iraq.", "consults"),
    # What a leader calls an attack is a name, not an attack of theirs.
    (
        "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack, "
        'calling it "an aggression on Iraq as a state, government and people".',
        "attacks",
    ),
    (
        'The Lebanese president spoke out against the strike, calling it "an attack on Lebanon".',
        "attacks",
    ),
    # A standing text states a rule, not a demand of whoever made it.
    ("Hungary spends 1.2% of its GDP on defence; NATO guidelines call for 2%.", "appealsTo"),
    ("The Minsk agreement requires Russia to withdraw its heavy weapons.", "demands"),
    # ... nor is what a bill or law does a concession of whoever proposed or passed it.
    ("The Argentine congress approved a bill legalising abortion.", "concedesTo"),
    (
        "The Hong Kong government proposed an amendment to a law to allow the government of "
        "mainland China to extradite suspects.",
        "concedesTo",
    ),
]


@pytest.mark.parametrize(("text", "relation"), NONE, ids=_ids(NONE))
def test_no_such_relation(extract, text: str, relation: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert not found, f"unexpected {relation}: {[(m.source.id, m.target.id) for m in found]}"


# The near readings that stay.
KEPT = [
    (
        "The Turkish president attended a summit with Putin in Sochi.",
        E("consults", "turkey", "russia"),
    ),
    (
        "The Egyptian president attended the UN General Assembly.",
        E("consults", "egypt", "un-general-assembly"),
    ),
    (
        "The meeting was attended by the Israeli and Greek prime ministers.",
        E("consults", "israel", "greece"),
    ),
    (
        "Israel shared intelligence with Jordan about the plot.",
        E("cooperatesWith", "israel", "jordan"),
    ),
    ("The Turkish foreign minister visited Berlin.", E("consults", "turkey", "germany")),
    ("Erdogan visited the city of Berlin.", E("consults", "turkey", "germany")),
    ("Macron's visit to Algiers drew protests.", E("consults", "france", "algeria")),
    ("Putin held talks with Erdogan.", E("negotiatesWith", "russia", "turkey")),
    ("Xi received Putin in Beijing.", E("consults", "china", "russia")),
    ("Finland joined NATO.", E("cooperatesWith", "finland", "nato")),
    ("The Afghan general joined the Taliban.", E("cooperatesWith", "afghanistan", "taliban")),
    (
        "The European Union demanded that Turkey stop drilling.",
        E("demands", "european-union", "turkey"),
    ),
    (
        "The UN resolution condemned the Israeli settlements.",
        E("criticizes", "united-nations", "israel"),
    ),
    ("The Omani government allowed Iranian ships to dock.", E("concedesTo", "oman", "iran")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=_ids(KEPT))
def test_near_readings_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A lone surname that spaCy takes for an organisation, after the person's full name,
# is that person: the relation is theirs, not a made-up organisation's.
SURNAMES = [
    (
        "Sharif Hotak, of the Maidan Wardak provincial council, described the attack. "
        "Hotak also alleged the central government are hiding casualty figures.",
        E("accuses", "person:sharif-hotak", "afghanistan"),
    ),
    (
        "Houthi military spokesman Yahya Saree claimed the attack. "
        '"We warn the Saudis that our targets will keep expanding", Saree said.',
        E("threatens", "person:yahya-saree", "saudi-arabia", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES, ids=_ids(SURNAMES))
def test_lone_surname_is_the_person(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.source.id.startswith("org:") for m in mentions)


# A state named bare that kills soldiers fights them (190), as its forces would; it
# does not assault them (180).
FIGHTING = [
    ("Azerbaijan killed 300 Armenian soldiers.", E("attacks", "azerbaijan", "armenia")),
    (
        "Azerbaijan claimed to have killed about 2,300 Artsakh soldiers.",
        E("attacks", "azerbaijan", "nagorno-karabakh"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGHTING, ids=_ids(FIGHTING))
def test_a_state_killing_soldiers_fights(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.relation == "assaults" for m in mentions)


# What "the lack of" or "the absence of" names was not done: the act is negated.
LACKING = [
    (
        "The lack of a concession from Trump has no legal standing.",
        E("concedesTo", "united-states", "united-states", negated=True),
    ),
    (
        "The lack of Russian support for Serbia angered Belgrade.",
        E("supports", "russia", "serbia", negated=True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LACKING, ids=_ids(LACKING))
def test_what_is_lacking_is_not_done(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.relation == expected.relation and not m.negated for m in mentions)


# Whoever announces a deal between two others is no party to it: the parties are
# those it is between.
ANNOUNCED = [
    (
        "The Trump administration announced additional deals between Israel and Bahrain.",
        E("cooperatesWith", "israel", "bahrain"),
        "united-states",
    ),
    (
        "The White House announced a peace agreement between Israel and the United Arab Emirates.",
        E("cooperatesWith", "israel", "united-arab-emirates"),
        "united-states",
    ),
]


@pytest.mark.parametrize(("text", "expected", "announcer"), ANNOUNCED, ids=_ids(ANNOUNCED))
def test_an_announcer_is_no_party(extract, text: str, expected: Expect, announcer: str) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.source.id == announcer for m in mentions)


# Ordering a thing done asks it of no one; ordering someone to act, or that they
# act, demands it of them.
ORDERED = [
    "The Polish interior minister ordered fire safety checks on escape rooms across Poland.",
    "The Saudi crown prince accepted responsibility for the murder of journalist Jamal "
    "Khashoggi but did not say he had ordered it.",
]


@pytest.mark.parametrize("text", ORDERED, ids=[t[:40] for t in ORDERED])
def test_ordering_a_thing_is_no_demand(extract, text: str) -> None:
    assert not [m for m in extract(text) if m.relation == "demands"]


ORDERS = [
    (
        "The Iranian president ordered that Britain release the tanker.",
        E("demands", "iran", "united-kingdom"),
    ),
    (
        "The Iranian president ordered Britain to release the tanker.",
        E("demands", "iran", "united-kingdom"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS, ids=_ids(ORDERS))
def test_ordering_someone_is_a_demand(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A planned or proposed act has not happened: hypothetical, no event.
UNREALISED = [
    (
        "Macron's proposed visit to Algiers angered the opposition.",
        E("consults", "france", "algeria", modality="hypothetical"),
    ),
    (
        "The Turkish president's planned visit to Washington angered Greek officials.",
        E("consults", "turkey", "united-states", modality="hypothetical"),
    ),
    (
        "Possible Israeli strikes on Iran worry Washington.",
        E("attacks", "israel", "iran", modality="hypothetical"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNREALISED, ids=_ids(UNREALISED))
def test_a_planned_act_is_not_done(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.relation == expected.relation and m.event for m in mentions)


# Who is called on to act does the act asked for, not whoever calls.
CALLED_ON = [
    (
        "France called on Iran to release the British sailors.",
        E("retreatsFrom", "iran", "united-kingdom", modality="hypothetical"),
        "france",
    ),
    (
        "The Arab League called on Israel to withdraw from Gaza.",
        E("retreatsFrom", "israel", "gaza-strip", modality="hypothetical"),
        "arab-league",
    ),
    (
        "Erdogan called on the Iraqi government to expel the PKK.",
        E("coerces", "iraq", "pkk", modality="hypothetical"),
        "turkey",
    ),
]


@pytest.mark.parametrize(("text", "expected", "caller"), CALLED_ON, ids=_ids(CALLED_ON))
def test_the_one_called_on_acts(extract, text: str, expected: Expect, caller: str) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.relation == expected.relation and m.source.id == caller for m in mentions)
