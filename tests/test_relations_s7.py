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
        (E("supports", "qatar", "sudan"), E("appealsTo", "qatar", "united-nations")),
        (),
    ),
    (
        "Iran urged Russia not to support Israel.",
        (E("appealsTo", "iran", "russia"),),
        (E("supports", "iran", "israel", None, None),),
    ),
    (
        "Pakistan urged China to attack India.",
        (E("appealsTo", "pakistan", "china"),),
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
        (E("appealsTo", "turkey", "greece"),),
        (),
    ),
    (
        "The Kenyan trade minister called on Tanzania to lift the ban.",
        (E("appealsTo", "kenya", "tanzania"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), LEAD_VERB_AS_CLAUSE)
def test_lead_verb_parsed_as_clause(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Names of the wire era: former names of states, their capitals and demonyms, and
# states that no longer exist (coded by their successor's country).
OLD_NAMES: list[Row] = [
    (
        "Zairean troops attacked Angolan rebels near the border on Sunday.",
        (E("attacks", "democratic-republic-of-the-congo", "angola"),),
        (),
    ),
    (
        "Bonn protested to Moscow over the expulsion of two West German diplomats.",
        (E("criticizes", "germany", "russia"),),
        (),
    ),
    (
        "Peking accused Rangoon of shelling Chinese villages.",
        (E("accuses", "china", "myanmar"),),
        (),
    ),
    (
        "Yugoslav troops shelled Croatian towns on Tuesday.",
        (E("attacks", "yugoslavia", "croatia"),),
        (),
    ),
    (
        "Czechoslovakia expelled two East German diplomats.",
        (E("sanctions", "czechoslovakia", "east-germany"),),
        (),
    ),
    (
        "Ceylon signed a trade agreement with Kampuchea.",
        (E("signsAgreementWith", "sri-lanka", "cambodia"),),
        (),
    ),
    (
        "Teheran rejected the Iraqi offer of talks.",
        (E("rejects", "iran", "iraq"),),
        (),
    ),
    (
        "The Taleban attacked an Afghan army post in Helmand.",
        (E("attacks", "taliban", "afghanistan"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), OLD_NAMES)
def test_old_names(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


def test_old_states_keep_their_successor_country(extract) -> None:
    for name, country in (
        ("Yugoslavia", "SRB"),
        ("Czechoslovakia", "CZE"),
        ("East Germany", "DEU"),
        ("Rhodesia", "ZWE"),
        ("South Vietnam", "VNM"),
    ):
        mentions = extract(f"{name} accused Chile of spying.")
        assert [(m.relation, m.source.country) for m in mentions] == [("accuses", country)], name


# A word of a known body's name is that body, even when it names a treaty ("The
# Warsaw Pact accused ..."); "the pact" itself is still a text, no actor.
NAMED_PACT: list[Row] = [
    (
        "The Warsaw Pact accused the United States of provocations.",
        (E("accuses", "warsaw-pact", "united-states"),),
        (),
    ),
    (
        "The Warsaw Pact condemned the Chinese invasion of Vietnam.",
        (E("criticizes", "warsaw-pact", "china"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), NAMED_PACT)
def test_named_pact_acts(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


def test_rebel_leaders_carry_their_war_country(extract) -> None:
    # A leader of an armed movement fighting in one state is coded by that state, as
    # the movement is (sector rebel): "Savimbi" is Angola's, "Nasrallah" Lebanon's.
    for text, country in (
        ("Jonas Savimbi accused Zambia of arming government troops.", "AGO"),
        ("Hassan Nasrallah threatened Israel with rocket fire.", "LBN"),
        ("Gulbuddin Hekmatyar accused Pakistan of betrayal.", "AFG"),
    ):
        sources = {(m.source.country, m.source_sector) for m in extract(text)}
        assert (country, "rebel") in sources, (text, sources)


def _codes(mentions: list) -> set[tuple[str, str, str, str]]:
    from geograph.evaluate import actor_code

    return {(m.relation, actor_code(m.source), m.source.id, actor_code(m.target)) for m in mentions}


# A title before a name and "of" a state after it ("Foreign Minister Ana Lopes of
# Portugal") acts for that state, as "Portugal's foreign minister" does; a title
# NER takes into the name ("Emir Jaber") is still the title; admirals and colonels
# are military titles.
TITLE_OF_STATE = [
    (
        "Foreign Minister Ana Lopes of Portugal met the Spanish ambassador.",
        ("consults", "PRT", "portugal", "ESP"),
    ),
    (
        "Prime Minister Tom Barnes of Australia criticized China.",
        ("criticizes", "AUS", "australia", "CHN"),
    ),
    ("King Hassan of Morocco criticized Algeria.", ("criticizes", "MAR", "morocco", "DZA")),
    ("Emir Jaber of Kuwait thanked Saudi Arabia.", ("supports", "KWT", "kuwait", "SAU")),
    ("Queen Rania of Jordan praised Egypt.", ("supports", "JOR", "jordan", "EGY")),
    ("Admiral Kenji Sato of Japan warned China.", ("threatens", "JPN", "japan", "CHN")),
    (
        "Colonel Ahmed Saleh of Yemen accused Saudi Arabia of bombing villages.",
        ("accuses", "YEM", "yemen", "SAU"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_OF_STATE)
def test_title_of_state(extract, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _codes(extract(text))


def test_of_inside_a_name_is_no_office(extract) -> None:
    # An organisation whose own name holds "of" ("the Office of President") takes no
    # office from it: two private parties state no geopolitical relation.
    mentions = extract(
        "The Office of President Smith criticized the Harbour Society of Boston on Monday."
    )
    assert not mentions, mentions


# A titled person we do not know takes the one state a sentence names as their own,
# except when that state is what their verb acts on (its object, or whose the object
# is): the counterpart is no one's own state.
COUNTERPART_STATE = [
    ("President Amadou Diallo accused Libya of aggression.", "LBY"),
    ("Foreign Minister Jean Dupont met the Chinese ambassador.", "CHN"),
    ("President Amadou Diallo received Libya's envoy in the capital.", "LBY"),
]


@pytest.mark.parametrize(("text", "counterpart"), COUNTERPART_STATE)
def test_counterpart_state_is_no_office(extract, text: str, counterpart: str) -> None:
    from geograph.evaluate import actor_code

    mentions = extract(text)
    assert mentions and all(actor_code(m.source) != counterpart for m in mentions), mentions


# Attackers named by what they are (militiamen, fundamentalists, paramilitaries, as
# gunmen and rebels are) are unidentified attackers of the place; forces of no named
# state they strike at a named place are that state's.
UNNAMED_ATTACKERS: list[Row] = [
    (
        "Moslem fundamentalists attacked police in Cairo on Monday.",
        (E("attacks", "unidentified:egy", "egypt"),),
        (),
    ),
    (
        "Shiite militiamen shelled Palestinian camps in Beirut.",
        (E("assaults", "unidentified:lbn", "palestine"),),
        (),
    ),
    (
        "Gunmen killed two police officers in Mexico.",
        (E("assaults", "unidentified:mex", "mexico"),),
        (),
    ),
    (
        "Rebels killed 20 soldiers in northern Mali.",
        (E("assaults", "unidentified:mli", "mali"),),
        (),
    ),
    (
        "Separatists killed 20 soldiers in northern Sri Lanka.",
        (E("assaults", "unidentified:lka", "sri-lanka"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), UNNAMED_ATTACKERS)
def test_unnamed_attackers_and_forces(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


def test_forces_victims_take_their_sector(extract) -> None:
    sectors = {
        (m.target.id, m.target_sector)
        for m in extract("Gunmen killed three policemen in Kabul.")
        if m.relation == "assaults"
    }
    assert sectors == {("afghanistan", "police")}


# A state's own bodies (its army, its police) attacked by unnamed attackers with no
# place named say where it happened; a lone word NER takes for a person that
# describes a group ("Tamil rebels", "Karen guerrillas") is an ethnicity, no one.
# (A community the news places in one state is that state's: "Tamil rebels" are Sri
# Lanka's rebels, test_wire_groups.)
STATE_BODY_VICTIMS: list[Row] = [
    (
        "Rebels attacked the Turkish army.",
        (E("attacks", "unidentified:tur", "turkish-armed-forces"),),
        (),
    ),
    (
        "Gunmen ambushed the Afghan National Army near the border.",
        (E("attacks", "unidentified:afg", "afghanistan"),),
        (),
    ),
    (
        # (An army camp is a military target: fighting, not assault.)
        "Tamil rebels attacked a Sri Lankan army camp.",
        (E("attacks", "sri-lanka", "sri-lanka"),),
        (E("assaults", "person:tamil", "sri-lanka", None, None),),
    ),
    (
        "Karen guerrillas attacked a Burmese army post.",
        # (Myanmar's rebels, as "Tamil rebels" are Sri Lanka's: actor_words'
        # rebel_peoples; once unidentified attackers in Myanmar.)
        (E("attacks", "myanmar", "tatmadaw"),),
        (E("attacks", "person:karen", "myanmar", None, None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), STATE_BODY_VICTIMS)
def test_state_body_victims_and_group_words(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


WIRE_ERA_BODIES: list[Row] = [
    (
        "UNPROFOR accused Bosnian Serb forces of shelling Sarajevo.",
        (E("accuses", "unprofor", "bosnia-and-herzegovina"),),
        (),
    ),
    (
        "N. Korea accused S. Korea of provocations.",
        (E("accuses", "north-korea", "south-korea"),),
        (),
    ),
    (
        "IFOR troops arrested two Bosnian Serb policemen.",
        (E("coerces", "ifor", "bosnia-and-herzegovina"),),
        (),
    ),
    (
        "NPFL fighters attacked ULIMO positions near the Sierra Leone border.",
        (E("attacks", "npfl", "ulimo"),),
        (),
    ),
    (
        "The Patriotic Union of Kurdistan accused the Kurdistan Democratic Party of "
        "seeking help from Baghdad.",
        (E("accuses", "org:patriotic-union-of-kurdistan", "org:kurdistan-democratic-party"),),
        (),
    ),
    (
        "Zimbabwe African People's Union leaders accused Mozambique of arming ZANU guerrillas.",
        (E("accuses", "org:zimbabwe-african-people-s-union", "mozambique"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), WIRE_ERA_BODIES)
def test_wire_era_bodies(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Attackers named by what they are who fire weapons strike where the place is; a
# state's organ named by no state ("an army garrison", "a government outpost") that
# rebels strike with no place named is their own state's.
UNNAMED_ORGANS: list[Row] = [
    (
        "Rebels fired rockets at Kabul airport.",
        (E("attacks", "unidentified:afg", "afghanistan"),),
        (),
    ),
    (
        "Insurgents fired mortars at Mogadishu airport on Sunday.",
        (E("attacks", "unidentified:som", "somalia"),),
        (),
    ),
    (
        "Salvadoran guerrillas attacked an army garrison.",
        (E("attacks", "el-salvador", "el-salvador"),),
        (),
    ),
    (
        "Afghan rebels attacked a government outpost.",
        (E("attacks", "afghanistan", "afghanistan"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), UNNAMED_ORGANS)
def test_unnamed_organs_struck(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# Where someone's allies are ("Iran's proxies in Yemen") says whose side they fight
# for there, for violence that may have no named doer as for any other act.
ALLIES_PLACE: list[Row] = [
    (
        "Iran's proxies in Yemen attacked Saudi Arabia.",
        (E("attacks", "yemen", "saudi-arabia"),),
        (E("attacks", "iran", "saudi-arabia", None, None),),
    ),
    (
        "Iran's allies in Iraq fired rockets at the US embassy.",
        (E("attacks", "iraq", "united-states"),),
        (E("attacks", "iran", "united-states", None, None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ALLIES_PLACE)
def test_allies_place_with_unattributed_violence(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# A state's forces named by no state act for the state where they act.
FORCES_AT_A_PLACE: list[Row] = [
    (
        "Troops opened fire on demonstrators in Rangoon.",
        (E("assaults", "myanmar", "myanmar"),),
        (),
    ),
    (
        "Soldiers shot dead three protesters in Karachi.",
        (E("assaults", "pakistan", "pakistan"),),
        (),
    ),
    (
        "Police beat opposition supporters in Harare.",
        (E("assaults", "zimbabwe", "zimbabwe"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), FORCES_AT_A_PLACE)
def test_forces_act_for_the_state_where_they_act(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


def test_forces_at_a_place_take_their_sector(extract) -> None:
    sectors = {
        (m.source.id, m.source_sector)
        for m in extract("Police beat opposition supporters in Harare.")
        if m.relation == "assaults"
    }
    assert sectors == {("zimbabwe", "police")}


# A mutual act's partner is named as such, not as where the act took place; where a
# mission is still names whom it is to.
MUTUAL_VENUES: list[Row] = [
    (
        "The Philippine government and Moslem rebels signed a ceasefire agreement in Tripoli.",
        (),
        (E("signsAgreementWith", "philippines", "libya", None, None),),
    ),
    (
        "Sudan signed a peace agreement in Nairobi.",
        (),
        (E("signsAgreementWith", "sudan", "kenya", None, None),),
    ),
    (
        "Chile opened an embassy in Tehran.",
        (E("supports", "chile", "iran"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), MUTUAL_VENUES)
def test_mutual_act_venue_is_no_partner(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# "Their" forces after coordinated subjects of the governing verb are each one's; an
# agreement to move one's own forces is made with the other party, not with them.
AGREED_OWN_FORCES: list[Row] = [
    (
        "Ethiopia and Somalia agreed to withdraw their troops from the border area.",
        (E("agreesWith", "ethiopia", "somalia"), E("agreesWith", "somalia", "ethiopia")),
        (E("agreesWith", "ethiopia", "ethiopia", None, None),),
    ),
    (
        "India and Pakistan agreed to pull back their forces from the Line of Control.",
        (E("agreesWith", "india", "pakistan"),),
        (E("agreesWith", "india", "india", None, None),),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), AGREED_OWN_FORCES)
def test_agreed_own_forces(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
