"""Sentence tables for argument linking across English constructions (shared objects,
companions, followers, relative clauses of allegiance, pronoun binding) and the
vocabulary added with them. Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


# Two verbs sharing one object stated after the last: "criticized and threatened X".
SHARED_OBJECTS = [
    ("Russia criticized and threatened Georgia.", E("criticizes", "russia", "georgia")),
    (
        "Egypt condemned and rejected the Ethiopian proposal.",
        E("criticizes", "egypt", "ethiopia"),
    ),
    (
        "Venezuela has denounced and will sue Guyana over the oil blocks.",
        E("criticizes", "venezuela", "guyana"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_OBJECTS, ids=_ids(SHARED_OBJECTS))
def test_shared_object(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_shared_object_needs_a_bare_first_verb(extract) -> None:
    # "protested in Lahore" has its own dependent: "Iran" is the second verb's only.
    mentions = extract("Pakistan protested in Lahore and later attacked Iran.")
    check(mentions, (), (E("protestsAgainst", "pakistan", "iran"),))


# Companions named between subject and verb act with the subject.
COMPANIONS = [
    (
        "France, along with Germany, condemned the Iranian missile test.",
        E("criticizes", "germany", "iran"),
    ),
    (
        "Egypt, alongside Jordan, urged Israel to halt the offensive.",
        E("appealsTo", "jordan", "israel"),
    ),
    (
        "Kenya, together with Uganda, accused Sudan of arming rebels.",
        E("accuses", "uganda", "sudan"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIONS, ids=_ids(COMPANIONS))
def test_companions_share_the_subject(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_companions_are_not_each_others_enemy(extract) -> None:
    mentions = extract("Kenya along with Uganda fought al-Shabab in southern Somalia.")
    check(
        mentions,
        (E("attacks", "kenya", "al-shabaab"), E("attacks", "uganda", "al-shabaab")),
        (E("attacks", "kenya", "uganda"), E("attacks", "uganda", "kenya")),
    )


# A named enemy as the object of a verb of fighting.
FIGHTING = [
    (
        "Nigerian troops fought Boko Haram near the Chad border.",
        E("attacks", "nigeria", "boko-haram"),
    ),
    ("Iraqi soldiers battled Islamic State fighters near Mosul.", E("attacks", "iraq", "isis")),
]


@pytest.mark.parametrize(("text", "expected"), FIGHTING, ids=_ids(FIGHTING))
def test_fighting_a_named_enemy(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Followers and members name the group they follow.
FOLLOWERS = [
    (
        "Thousands of supporters of the Pakistani opposition protested in Lahore.",
        E("protestsAgainst", "pakistan", "pakistan"),
    ),
    (
        "Followers of the Venezuelan opposition rallied against the government in Caracas.",
        E("protestsAgainst", "venezuela", "venezuela"),
    ),
    (
        "Fighters of Hezbollah fired rockets at northern Israel.",
        E("attacks", "hezbollah", "israel"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWERS, ids=_ids(FOLLOWERS))
def test_followers_act_for_their_group(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A relative clause of allegiance names whom a group acts for; any other relative
# clause says something else and lends no actor to its noun.
ALLEGIANCE = [
    (
        "Gunmen, who police said belonged to al-Shabab, killed four Kenyan teachers.",
        E("assaults", "al-shabaab", "kenya"),
    ),
    (
        "Militants, who are linked to al-Qaeda, attacked an Algerian gas plant.",
        E("attacks", "al-qaeda", "algeria"),
    ),
    (
        "Fighters who belong to Hezbollah fired rockets at Israel.",
        E("attacks", "hezbollah", "israel"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALLEGIANCE, ids=_ids(ALLEGIANCE))
def test_relative_clause_of_allegiance(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels, who are backed by Rwanda, attacked Congolese troops.",
        "The militia, which Uganda has armed for years, attacked Congolese troops.",
    ],
)
def test_other_relative_clauses_lend_no_doer(extract, text: str) -> None:
    mentions = extract(text)
    check(mentions, (), (E("attacks", "rwanda", "democratic-republic-of-the-congo"),))
    check(mentions, (), (E("attacks", "uganda", "democratic-republic-of-the-congo"),))


# Whose decision or attempt an infinitive depends on does its act, also with "by".
DECISIONS = [
    (
        "The decision by Ghana to expel Nigerian traders angered Abuja.",
        E("coerces", "ghana", "nigeria"),
    ),
    (
        "The attempt by Serbia to arrest the Kosovo official drew protests.",
        E("coerces", "serbia", "kosovo", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS, ids=_ids(DECISIONS))
def test_decision_by_an_actor(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Pronouns: an object pronoun is not its own clause's subject; "they/them" may point
# to a group of a nation's people.
PRONOUNS = [
    (
        "Kenyan police arrested three Somali men. They accused them of smuggling weapons.",
        E("accuses", "kenya", "somalia"),
    ),
    (
        "Turkish troops detained four Syrian fighters and later handed them over to Iraq.",
        E("retreatsFrom", "turkey", "syria"),
    ),
    (
        "Ghana detained two Togolese fishermen on Monday. Officials in Accra "
        "accused them of spying.",
        E("accuses", "ghana", "togo"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS, ids=_ids(PRONOUNS))
def test_pronoun_binding(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_object_pronoun_is_not_the_subject(extract) -> None:
    mentions = extract("Kenyan police arrested three Somali men. They accused them of smuggling.")
    check(mentions, (), (E("accuses", "kenya", "kenya"),))


# Recalling one's own envoy sanctions the state they were posted to.
RECALLS = [
    ("Algeria recalled its ambassador to Spain.", E("sanctions", "algeria", "spain")),
    ("Peru withdrew its envoy from Mexico on Tuesday.", E("sanctions", "peru", "mexico")),
    ("Mexico's recall of its ambassador from Peru angered Lima.", E("sanctions", "mexico", "peru")),
]


@pytest.mark.parametrize(("text", "expected"), RECALLS, ids=_ids(RECALLS))
def test_recalling_an_envoy(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_recalled_envoy_is_not_the_target(extract) -> None:
    mentions = extract("Morocco recalled its ambassador and suspended trade with Algeria.")
    check(
        mentions, (E("sanctions", "morocco", "algeria"),), (E("sanctions", "morocco", "morocco"),)
    )


# Closing a border or crossing restricts movement: coercion (CAMEO 191).
CLOSING = [
    ("Uganda closed its border with Rwanda.", E("coerces", "uganda", "rwanda")),
    ("Poland sealed its border with Belarus.", E("coerces", "poland", "belarus")),
    ("Turkey closed its airspace to Russian planes.", E("coerces", "turkey", "russia")),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING, ids=_ids(CLOSING))
def test_closing_a_border(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A stoppage ("strike") is a protest only when strikers do it; a state's strike is not.
STRIKES = [
    (
        "A strike by Nigerian dockers paralysed the port of Lagos.",
        E("protestsAgainst", "nigeria", "nigeria"),
    ),
    ("Nurses in Ghana went on strike over unpaid wages.", E("protestsAgainst", "ghana", "ghana")),
    ("Kenyan doctors began a strike on Monday.", E("protestsAgainst", "kenya", "kenya")),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES, ids=_ids(STRIKES))
def test_strike_by_strikers(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


@pytest.mark.parametrize(
    "text",
    [
        "The UN launched an inquiry into Israeli strikes.",
        "Iran strongly condemns the Israeli strike, its foreign ministry said.",
    ],
)
def test_military_strike_is_no_stoppage(extract, text: str) -> None:
    check(extract(text), (), (E("protestsAgainst", "israel", "israel"),))


# People named by where they live or come from act as that place's people.
PEOPLE_OF_A_PLACE = [
    (
        "Workers in Bangladesh protested against low wages.",
        E("protestsAgainst", "bangladesh", "bangladesh"),
    ),
    (
        "Farmers from Poland blocked the border with Ukraine.",
        E("protestsAgainst", "poland", "ukraine"),
    ),
    ("Doctors in Zimbabwe went on strike on Monday.", E("protestsAgainst", "zimbabwe", "zimbabwe")),
    (
        "Traders in Lagos accused the Nigerian police of extortion.",
        E("accuses", "nigeria", "nigeria"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_OF_A_PLACE, ids=_ids(PEOPLE_OF_A_PLACE))
def test_people_of_a_place(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# An institution named by its kind ("the Foreign Ministry") is no organisation of
# its own: the phrase or the paragraph says whose it is.
INSTITUTIONS = [
    (
        "A spokesman for the Foreign Ministry in Beijing criticized the Vietnamese incursion.",
        E("criticizes", "china", "vietnam"),
    ),
    (
        "The Defence Ministry in Kyiv accused Belarus of massing troops.",
        E("accuses", "ukraine", "belarus"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTIONS, ids=_ids(INSTITUTIONS))
def test_institution_named_by_its_kind(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.source.id.startswith("org:") for m in mentions)


# Where a state's officer acts at home is no relation with the state itself.
def test_officer_acting_at_home(extract) -> None:
    mentions = extract(
        "Greek Prime Minister Andreas Papandreou threatened to close U.S. bases in Greece."
    )
    check(mentions, (E("threatens", "greece", "united-states"),))
    assert all(m.target.id != "greece" for m in mentions)


# "help/let/make X V": X is the object of the first verb.
BARE_INFINITIVES = [
    ("Russia helped Syria recapture Palmyra.", E("aids", "russia", "syria")),
    ("Qatar helped Afghanistan rebuild its schools.", E("aids", "qatar", "afghanistan")),
]


@pytest.mark.parametrize(("text", "expected"), BARE_INFINITIVES, ids=_ids(BARE_INFINITIVES))
def test_bare_infinitive_object(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Going somewhere "for talks" takes part in them.
FOR_TALKS = [
    (
        "Japanese and Chinese diplomats returned to Beijing for talks on the islands.",
        E("negotiatesWith", "japan", "china"),
    ),
    (
        "The Iranian foreign minister flew to Moscow for consultations with Russian officials.",
        E("consults", "iran", "russia"),
    ),
    (
        "Egypt and Sudan sent delegations to Addis Ababa for negotiations with Ethiopia.",
        E("negotiatesWith", "sudan", "ethiopia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOR_TALKS, ids=_ids(FOR_TALKS))
def test_travelling_for_talks(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# "each other", "one another": every coordinated subject acts on the others.
RECIPROCALS = [
    (
        "Armenia and Azerbaijan accused each other of shelling.",
        E("accuses", "azerbaijan", "armenia"),
    ),
    (
        "India and Pakistan blamed one another for the collapse of the talks.",
        E("accuses", "india", "pakistan"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECIPROCALS, ids=_ids(RECIPROCALS))
def test_reciprocal_object(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# "we" and "our" inside a quotation are the speaker's side.
QUOTED_WE = [
    (
        '"We condemn the Turkish invasion," the Greek government said in a statement.',
        E("criticizes", "greece", "turkey", modality=None),
    ),
    (
        # (Destroying an enemy's drones is combat, CAMEO 19: test_probes_s12.)
        '"Our forces destroyed Ukrainian drones," the Russian defence ministry said.',
        E("attacks", "russia", "ukraine", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_WE, ids=_ids(QUOTED_WE))
def test_we_in_a_quotation(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_we_without_a_speaker_is_no_one(extract) -> None:
    assert extract("We condemn the attack on Israel.") == []


# An ethnic group is a people of the state it lives in: "ethnic Russians in Estonia"
# act as Estonia's people, not Russia's.
ETHNIC_GROUPS = [
    (
        "Ethnic Russians in Estonia protested against the language law.",
        E("protestsAgainst", "estonia", "estonia"),
    ),
    (
        "Ethnic Hungarians in Slovakia protested against the language law.",
        E("protestsAgainst", "slovakia", "slovakia"),
    ),
    (
        "Ethnic Greeks in Albania accused Albanian police of harassment.",
        E("accuses", "albania", "albania"),
    ),
    (
        "Ethnic Albanians clashed with Macedonian police in Tetovo.",
        E("attacks", "north-macedonia", "north-macedonia"),
    ),
    # No other state named: the name's own state stays.
    (
        "Ethnic Albanians in Albania protested against the government.",
        E("protestsAgainst", "albania", "albania"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ETHNIC_GROUPS, ids=_ids(ETHNIC_GROUPS))
def test_ethnic_groups_are_people_of_where_they_live(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    # Never the state the group's name comes from, unless it is where they live.
    named = {m.source.id for m in mentions} | {m.target.id for m in mentions}
    assert named == {expected.source, expected.target}


# A pronoun standing for "Algerian students" stands for the students (the people of
# Algeria), not for the state the adjective names: their protest is against the
# government, not the government's against its people.
PRONOUN_SECTORS = [
    (
        "Algerian students continued their protests against the government.",
        ("algeria", "people", "algeria", "government"),
    ),
    (
        "Chilean miners resumed their strike against the government.",
        ("chile", "people", "chile", "government"),
    ),
]


@pytest.mark.parametrize(("text", "ends"), PRONOUN_SECTORS, ids=_ids(PRONOUN_SECTORS))
def test_a_pronoun_keeps_its_antecedents_sector(
    extract, text: str, ends: tuple[str, str, str, str]
) -> None:
    found = [
        (m.source.id, m.source_sector, m.target.id, m.target_sector)
        for m in extract(text)
        if m.relation == "protestsAgainst"
    ]
    assert found == [ends]
