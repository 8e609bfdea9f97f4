"""Sentence tables for argument linking and lexicon coverage of the weaker event types
(protest, coercion, investigation, demands, allegiance). Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]] | list[tuple[str, object, object]]) -> list[str]:
    return [row[0][:40] for row in table]


# A crowd named only by what it does is the people of the place where it acts.
CROWDS = [
    (
        "Thousands of demonstrators marched in Lagos on Friday.",
        E("protestsAgainst", "nigeria", "nigeria"),
    ),
    (
        "Hundreds of people rallied in Caracas against the new tax.",
        E("protestsAgainst", "venezuela", "venezuela"),
    ),
    ("Dock workers struck over pay in Gdansk.", E("protestsAgainst", "poland", "poland")),
    ("A street protest in Rabat turned violent.", E("protestsAgainst", "morocco", "morocco")),
]


@pytest.mark.parametrize(("text", "expected"), CROWDS, ids=_ids(CROWDS))
def test_crowds_act_for_the_people_of_their_place(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_a_protest_outside_an_embassy_targets_its_owner(extract) -> None:
    mentions = extract("Hundreds of students rallied outside the French embassy in Karachi.")
    check(mentions, (E("protestsAgainst", "pakistan", "france"),))


NOT_PROTESTS = [
    ("Chinese jets struck rebel bases in Myanmar.", E("protestsAgainst", "china", "myanmar")),
    ("The minister demonstrated his resolve in Lima.", E("protestsAgainst", "peru", "peru")),
    (
        "Diplomats met for a conference on the unrest in Haiti.",
        E("protestsAgainst", "haiti", "haiti"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_PROTESTS, ids=_ids(NOT_PROTESTS))
def test_no_protest(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# Arrests and inquiries with no one named are acts of the state where they happen.
STATE_POWER = [
    ("Two Dutch journalists were arrested in Jakarta.", E("coerces", "indonesia", "netherlands")),
    ("Police detained dozens of students in Tunis.", E("coerces", "tunisia", "tunisia")),
    (
        "A Canadian engineer has been put under investigation in Peru.",
        E("investigates", "peru", "canada"),
    ),
    ("A Swedish diplomat is under investigation in Chile.", E("investigates", "chile", "sweden")),
    ("Three Italian sailors were placed under arrest in Egypt.", E("coerces", "egypt", "italy")),
]


@pytest.mark.parametrize(("text", "expected"), STATE_POWER, ids=_ids(STATE_POWER))
def test_state_power_by_place(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_a_kidnapping_is_no_act_of_the_state_where_it_happens(extract) -> None:
    mentions = extract("Two Dutch engineers were kidnapped in Nigeria.")
    check(mentions, (), (E("coerces", "nigeria", "netherlands"),))


def test_coming_under_attack(extract) -> None:
    mentions = extract("A Malian army convoy came under attack from Tuareg rebels near Algeria.")
    assert not any(m.relation == "attacks" and m.target.id == "algeria" for m in mentions)
    check(
        extract("Kenyan troops came under attack from Somali militants."),
        (E("attacks", "somalia", "kenya"),),
    )


# "forces loyal to X" act for X.
ALLEGIANCE = [
    (
        "Forces loyal to the Libyan government shelled the port of Misrata.",
        E("attacks", "libya", "libya"),
    ),
    (
        "Militants loyal to the Taliban ambushed an Afghan army convoy.",
        E("attacks", "taliban", "afghanistan"),
    ),
    (
        "Gunmen affiliated with Hamas kidnapped two Israeli soldiers.",
        E("assaults", "hamas", "israel"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALLEGIANCE, ids=_ids(ALLEGIANCE))
def test_allegiance(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# What a protest calls for is its content, not a demand of its own.
PROTEST_CONTENT = [
    ("Kenyan students marched in Nairobi, calling for lower fees.", "protestsAgainst"),
    ("Chilean miners blocked the roads to Santiago to press their demands.", "protestsAgainst"),
]


@pytest.mark.parametrize(("text", "relation"), PROTEST_CONTENT, ids=_ids(PROTEST_CONTENT))
def test_demands_of_a_protest(extract, text: str, relation: str) -> None:
    mentions = extract(text)
    assert any(m.relation == relation for m in mentions)
    assert not any(m.relation == "demands" and m.event for m in mentions)


def test_a_plain_demand_stays(extract) -> None:
    check(extract("Egypt urged Israel to withdraw."), (E("appealsTo", "egypt", "israel"),))


# "has to" obliges; the "has" of a perfect does not.
OBLIGATIONS = [
    ("Russia said Georgia has to return the drone.", E("demands", "russia", "georgia")),
    ("France said the rebels in Mali have to lay down their arms.", E("demands", "france", "mali")),
]


@pytest.mark.parametrize(("text", "expected"), OBLIGATIONS, ids=_ids(OBLIGATIONS))
def test_has_to(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


PERFECTS = [
    (
        "Kenya has given asylum to Somali refugees, an official of the United Nations said.",
        E("demands", "united-nations", "kenya"),
    ),
    (
        "Jordan has sent food to Syria, a Red Cross spokesman said.",
        E("demands", "red-cross", "jordan"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), PERFECTS, ids=_ids(PERFECTS))
def test_a_perfect_is_no_obligation(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# Lexicon coverage: strikes, concessions, opening a way, holding captives, standing
# down, shows of force.
COVERAGE = [
    ("Kenyan nurses went on strike.", E("protestsAgainst", "kenya", "kenya")),
    ("Zambian miners went on strike over pay.", E("protestsAgainst", "zambia", "zambia")),
    ("Iraq granted autonomy to the Kurds.", E("concedesTo", "iraq", "iraq")),
    ("Sri Lanka granted an amnesty to Tamil rebels.", E("concedesTo", "sri-lanka", "sri-lanka")),
    ("Israel opened the Erez crossing to Gaza.", E("retreatsFrom", "israel", "gaza-strip")),
    ("Turkey reopened its airspace to Armenian flights.", E("retreatsFrom", "turkey", "armenia")),
    ("Hezbollah has held two Israeli soldiers since July.", E("coerces", "hezbollah", "israel")),
    (
        "The Kenyan police kept dozens of Somali refugees in a stadium.",
        E("coerces", "kenya", "somalia"),
    ),
    ("The Ugandan militia disbanded.", E("retreatsFrom", "uganda", "uganda")),
    (
        "Chad beefed up its troops along the border with Sudan.",
        E("mobilizesAgainst", "chad", "sudan"),
    ),
    (
        "Russia scrambled jets near the border with Estonia.",
        E("mobilizesAgainst", "russia", "estonia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COVERAGE, ids=_ids(COVERAGE))
def test_coverage(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


NOT_THESE = [
    ("Iran reopened talks with Britain.", E("retreatsFrom", "iran", "united-kingdom")),
    ("Egypt held talks with Israel.", E("coerces", "egypt", "israel")),
]


@pytest.mark.parametrize(("text", "absent"), NOT_THESE, ids=_ids(NOT_THESE))
def test_not_these(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))
