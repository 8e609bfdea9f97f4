"""Violence that earlier rules misread: bombings by armed groups, weapons set by a
named doer, attackers known by their victims' state, security forces at home,
soldiers killed with no doer named, military strikes that kill civilians, and
unnamed victims in a named place. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object, object]]) -> list[str]:
    return [t[:40] for t, _, _ in table]


# (sentence, expected, absent)
VIOLENCE = [
    # 183: a bombing by an armed group is unconventional violence, not fighting.
    (
        "Boko Haram carried out a bombing in Maiduguri.",
        E("assaults", "boko-haram", "nigeria"),
        E("attacks", "boko-haram", "nigeria"),
    ),
    (
        "Al-Shabaab bombed a hotel in Mogadishu.",
        E("assaults", "al-shabaab", "somalia"),
        E("attacks", "al-shabaab", "somalia"),
    ),
    (
        "The bombing of a Kabul mosque by the Taliban killed 30 worshippers.",
        E("assaults", "taliban", "afghanistan"),
        E("attacks", "taliban", "afghanistan"),
    ),
    # A state's forces bombing are still fighting.
    (
        "Israeli jets bombed Hamas positions in Gaza.",
        E("attacks", "israel", "hamas"),
        E("assaults", "israel", "hamas"),
    ),
    # Who set the weapon did the harm it did: a relative clause or a participle
    # on the weapon.
    (
        "Houthi rebels planted a landmine that killed three Saudi soldiers.",
        E("assaults", "houthis", "saudi-arabia"),
        None,
    ),
    (
        "A car bomb planted by al-Shabaab killed five Somali policemen.",
        E("assaults", "al-shabaab", "somalia"),
        None,
    ),
    # ... and a rocket or missile so fired is military force (19x).
    (
        "The Houthis fired a missile that killed four Saudi soldiers.",
        E("attacks", "houthis", "saudi-arabia"),
        E("assaults", "houthis", "saudi-arabia"),
    ),
    (
        "Russia fired a cruise missile that killed nine people in Dnipro.",
        E("attacks", "russia", "ukraine"),
        E("assaults", "russia", "ukraine"),
    ),
    # A bomb going off (183): by whoever set it, else unidentified attackers there.
    (
        "A device planted by Islamic State militants exploded in a market in Baghdad.",
        E("assaults", "isis", "iraq"),
        None,
    ),
    (
        "A bomb hidden by PKK militants exploded near a police station in Diyarbakir.",
        E("assaults", "pkk", "turkey"),
        None,
    ),
    (
        "A car bomb went off outside a hotel in Mogadishu.",
        E("assaults", "unidentified:som", "somalia"),
        None,
    ),
    # Attackers named only as such, with no place: the state of the official they hit.
    (
        "Assailants tried to kill the Pakistani interior minister.",
        E("assaults", "unidentified:pak", "pakistan", modality=None),
        None,
    ),
    (
        "Gunmen shot dead a Colombian army colonel.",
        E("assaults", "unidentified:col", "colombia"),
        None,
    ),
    # Rebels or unidentified attackers at home acting on an official of no named
    # state act on their state's government.
    (
        "Colombian rebels kidnapped a provincial governor.",
        E("assaults", "colombia", "colombia"),
        None,
    ),
    (
        "Taliban fighters killed a district official.",
        E("assaults", "taliban", "afghanistan"),
        None,
    ),
    (
        "Gunmen killed a judge in Karachi.",
        E("assaults", "unidentified:pak", "pakistan"),
        None,
    ),
    # Security forces are the state's police: at home, on detainees or
    # protesters, they act on their own people.
    (
        "Syrian security forces tortured detained protesters.",
        E("assaults", "syria", "syria"),
        None,
    ),
    (
        "Kenyan security forces beat protesters in Nairobi.",
        E("assaults", "kenya", "kenya"),
        None,
    ),
    # Soldiers killed with no doer named and no bomb: fighting (19x).
    (
        "Three Malian soldiers were killed near Gao on Sunday.",
        E("attacks", "unidentified:mli", "mali"),
        E("assaults", "unidentified:mli", "mali"),
    ),
    (
        "Four Indian soldiers were killed in clashes in Kashmir.",
        E("attacks", "unidentified:kashmir", "india"),
        E("assaults", "unidentified:kashmir", "india"),
    ),
    (
        "Two Afghan soldiers were killed in Helmand.",
        E("attacks", "unidentified:afg", "afghanistan"),
        None,
    ),
    # ... but a bomb or a mine is unconventional violence (183).
    (
        "Five Nigerien soldiers were killed by a roadside bomb near Niamey.",
        E("assaults", "unidentified:ner", "niger"),
        E("attacks", "unidentified:ner", "niger"),
    ),
    # Shelling and air strikes are conventional military force (194/195) even when
    # civilians die.
    (
        "Saudi air strikes killed 14 Yemeni civilians.",
        E("attacks", "saudi-arabia", "yemen"),
        E("assaults", "saudi-arabia", "yemen"),
    ),
    (
        "Turkish shelling wounded six Syrian villagers.",
        E("attacks", "turkey", "syria"),
        E("assaults", "turkey", "syria"),
    ),
    # The state owning a shelling or bombardment noun is its military.
    (
        "The Turkish bombardment of Afrin killed dozens of civilians.",
        E("attacks", "turkey", "syria"),
        E("assaults", "turkey", "syria"),
    ),
    # Unnamed victims at a place inside a named place ("at a church in Lahore").
    (
        "A suicide bomber killed nine worshippers at a church in Lahore.",
        E("assaults", "unidentified:pak", "pakistan"),
        None,
    ),
    (
        "Militants killed six shoppers at a market in Mogadishu.",
        E("assaults", "unidentified:som", "somalia"),
        None,
    ),
    # Dying in an attack: the victim is the subject, the attack says who did it.
    (
        "Three Nigerian soldiers died in an ambush in Borno.",
        E("attacks", "unidentified:nga", "nigeria"),
        None,
    ),
    (
        "Four Pakistani soldiers died in a roadside bomb attack in Waziristan.",
        E("assaults", "unidentified:pak", "pakistan"),
        E("attacks", "unidentified:pak", "pakistan"),
    ),
    (
        "Two Iraqi civilians died in a US air strike near Mosul.",
        E("attacks", "united-states", "iraq"),
        None,
    ),
    # The place may hang on the cause; the cause's owner is no place.
    (
        "Five civilians were killed by Russian shelling in Kherson.",
        E("attacks", "russia", "ukraine"),
        None,
    ),
    (
        "Eight villagers were killed in an Israeli air strike on a house in Rafah.",
        E("attacks", "israel", "palestine"),
        E("attacks", "israel", "israel"),
    ),
    # Troops killing civilians are assaulting them.
    (
        "Syrian troops killed 20 civilians in Homs.",
        E("assaults", "syria", "syria"),
        E("attacks", "syria", "syria"),
    ),
    # A state's military shelling or striking civilians directly: still fighting.
    (
        "Syrian warplanes pounded a market in Idlib.",
        E("attacks", "syria", "syria"),
        E("assaults", "syria", "syria"),
    ),
    (
        "Russian forces shelled residents of Kherson.",
        E("attacks", "russian-armed-forces", "ukraine"),
        E("assaults", "russian-armed-forces", "ukraine"),
    ),
    # Shooting at a crowd in a named place: assault on that place's people.
    (
        "Israeli troops fired on protesters in Hebron.",
        E("assaults", "israel", "palestine"),
        E("attacks", "israel", "palestine"),
    ),
    (
        "Indian police opened fire on demonstrators in Srinagar.",
        E("assaults", "india", "india"),
        E("attacks", "india", "india"),
    ),
    # Unnamed victims in a named place are that place's people.
    (
        "Russian missile strikes killed 11 people in Odesa.",
        E("attacks", "russia", "ukraine"),
        None,
    ),
    (
        "American air strikes killed nine civilians in Mosul.",
        E("attacks", "united-states", "iraq"),
        None,
    ),
    (
        "Rwandan troops killed dozens of civilians in Goma.",
        E("assaults", "rwanda", "democratic-republic-of-the-congo"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), VIOLENCE, ids=_ids(VIOLENCE))
def test_violence(extract, text: str, expected: Expect, absent: Expect | None) -> None:
    check(extract(text), (expected,), (absent,) if absent else ())


def test_military_action_is_done_by_the_military(extract) -> None:
    for text in (
        "Israeli artillery fire killed two Lebanese shepherds.",
        "Russian rocket fire killed three Ukrainian villagers.",
        "Israeli shelling of southern Lebanon wounded four farmers.",
        "Saudi air strikes killed 14 Yemeni civilians.",
    ):
        found = [m for m in extract(text) if m.relation in ("attacks", "assaults")]
        assert found, text
        assert all(m.source_sector == "military" for m in found), text


def test_an_unnamed_official_is_the_government(extract) -> None:
    for text in (
        "Colombian rebels kidnapped a provincial governor.",
        "Gunmen killed a judge in Karachi.",
    ):
        found = [m for m in extract(text) if m.relation == "assaults"]
        assert found and all(m.target_sector == "government" for m in found), text


def test_security_forces_are_police(extract) -> None:
    (m,) = extract("Egyptian security forces detained two journalists.")
    assert (m.source.id, m.source_sector) == ("egypt", "police")


def test_no_violence_without_a_doer_place_or_weapon(extract) -> None:
    for text in (
        # An accident, not a bombing.
        "A gas tank exploded in a factory in Lagos.",
        # A bare passive with no place: history, or abroad.
        "The Egyptian ambassador was shot.",
        # Deaths with no attack.
        "A Kenyan diplomat died in Somalia.",
        "Five Turkish pilgrims died in a bus crash in Saudi Arabia.",
        # Attackers and victim with no state.
        "Gunmen killed a tourist.",
        # No doer named: the place's people are not a target of "unidentified" crashes.
        "Seven people were killed in Kenya when a bus crashed.",
    ):
        found = [m for m in extract(text) if m.relation in ("attacks", "assaults")]
        assert not found, text
