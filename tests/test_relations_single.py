"""One event per trigger word; "pro-X" groups; aircraft shot down or blown up.
Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object, object]]) -> list[str]:
    return [t[:40] for t, _, _ in table]


# One word, one event between the same two actors (extractor._one_event_each):
# (sentence, the event kept, the event dropped).
SINGLE = [
    # Taking a territory is fighting (CAMEO 192), not also coercion.
    (
        "Al-Shabaab militants captured the Somali town of Baidoa.",
        E("attacks", "al-shabaab", "somalia"),
        E("coerces", "al-shabaab", "somalia"),
    ),
    (
        "Boko Haram seized large parts of northeastern Nigeria.",
        E("attacks", "boko-haram", "nigeria"),
        E("coerces", "boko-haram", "nigeria"),
    ),
    # Seizing a ship or a plane is coercion (CAMEO 171), not fighting.
    (
        "Iran seized a British oil tanker in the Gulf.",
        E("coerces", "iran", "united-kingdom"),
        E("attacks", "iran", "united-kingdom"),
    ),
    (
        "Venezuela seized an American cargo plane.",
        E("coerces", "venezuela", "united-states"),
        E("attacks", "venezuela", "united-states"),
    ),
    # The narrower reading wins: a strike by workers is a protest, not an attack.
    (
        "Kenyan teachers launched a strike against President Ruto.",
        E("protestsAgainst", "kenya", "kenya"),
        E("attacks", "kenya", "kenya"),
    ),
    (
        "Nigerian dock workers staged a strike against the government.",
        E("protestsAgainst", "nigeria", "nigeria"),
        E("attacks", "nigeria", "nigeria"),
    ),
    # Letting monitors in (CAMEO 086) is the narrower reading of receiving a party.
    (
        "Pakistan received IAEA inspectors.",
        E("retreatsFrom", "pakistan", "iaea"),
        E("consults", "pakistan", "iaea"),
    ),
    (
        "Syria welcomed United Nations monitors.",
        E("retreatsFrom", "syria", "united-nations"),
        E("consults", "syria", "united-nations"),
    ),
    # A noun's reading whose object class its phrase does not fit yields: expelling
    # an NGO is no expulsion of envoys.
    (
        "Egypt's expulsion of Amnesty International drew criticism.",
        E("coerces", "egypt", "org:amnesty-international"),
        E("sanctions", "egypt", "org:amnesty-international"),
    ),
    (
        "The expulsion of the BBC by Russia was condemned.",
        E("coerces", "russia", "org:bbc"),
        E("sanctions", "russia", "org:bbc"),
    ),
    # More conditions met, the narrower reading: "commit to" with a truce (particle
    # and object class) is a truce (CAMEO 0871), not a bare commitment (030).
    (
        "The Houthis committed to a truce with Saudi Arabia.",
        E("retreatsFrom", "houthis", "saudi-arabia"),
        E("agreesWith", "houthis", "saudi-arabia"),
    ),
    (
        "Armenia consented to a ceasefire with Azerbaijan.",
        E("retreatsFrom", "armenia", "azerbaijan"),
        E("agreesWith", "armenia", "azerbaijan"),
    ),
    # Nothing tells two plain readings apart: the trigger listed first (a court's
    # verdict is a legal finding, CAMEO 116, not also an arrest).
    (
        "A Kenyan court convicted a Somali militant of terrorism.",
        E("accuses", "kenya", "somalia"),
        E("coerces", "kenya", "somalia"),
    ),
    (
        "A Dutch court convicted a Russian officer of murder.",
        E("accuses", "netherlands", "russia"),
        E("coerces", "netherlands", "russia"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), SINGLE, ids=_ids(SINGLE))
def test_one_event_per_trigger(extract, text: str, kept: Expect, dropped: Expect) -> None:
    check(extract(text), (kept,), (dropped,))


# A lasting state the same word states is no event and stays beside it.
@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram seized large parts of northeastern Nigeria.",
        "Russia seized Crimea from Ukraine.",
    ],
)
def test_control_stays_beside_the_event(extract, text: str) -> None:
    mentions = extract(text)
    assert any(m.relation == "controls" and not m.event for m in mentions)
    assert any(m.relation == "attacks" and m.event for m in mentions)


# A "pro-X" or "X-backed" group is not X: it belongs where it acts, the country the
# sentence names other than its backer (the place, when several are named).
# (sentence, the relation, the backer it must not be, the source's sector)
BACKED = [
    (
        "Pro-Russian separatists shelled Mariupol.",
        E("attacks", "ukraine", "ukraine"),
        E("attacks", "russia", "ukraine"),
        "rebel",
    ),
    (
        "Pro-Russia rebels shelled Ukrainian positions near Donetsk.",
        E("attacks", "ukraine", "ukraine"),
        E("attacks", "russia", "ukraine"),
        "rebel",
    ),
    (
        "Russian-backed separatists shelled Mariupol.",
        E("attacks", "ukraine", "ukraine"),
        E("attacks", "russia", "ukraine"),
        "rebel",
    ),
    # A militia backed from abroad is no one's army: rebels where it fights.
    (
        "Pro-Iranian militias attacked a US base in Syria.",
        E("attacks", "syria", "united-states"),
        E("attacks", "iran", "united-states"),
        "rebel",
    ),
    (
        "Pro-Iranian militias fired rockets at American troops in Iraq.",
        E("attacks", "iraq", "united-states"),
        E("attacks", "iran", "united-states"),
        "rebel",
    ),
    (
        "Turkish-backed fighters attacked Kurdish positions in northern Syria.",
        E("attacks", "syria", "syria"),
        E("attacks", "turkey", "syria"),
        "rebel",
    ),
    # Another word of the phrase names the organ: backed from abroad, still the
    # state's own ("government forces" are the government's, as without a backer).
    (
        "Saudi-backed government forces attacked Houthi positions in Yemen.",
        E("attacks", "yemen", "houthis"),
        E("attacks", "saudi-arabia", "houthis"),
        "government",
    ),
    (
        "Iranian-backed army units shelled rebel positions in Syria.",
        E("attacks", "syria", "syria"),
        E("attacks", "iran", "syria"),
        "military",
    ),
    # On the rulers' side: the government's armed men in the one country named.
    (
        "Pro-government militias attacked protesters in Khartoum.",
        E("assaults", "sudan", "sudan"),
        None,
        "military",
    ),
    (
        "Pro-regime gunmen killed demonstrators in Damascus.",
        E("assaults", "syria", "syria"),
        None,
        "military",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "absent", "sector"), BACKED, ids=[t[:40] for t, *_ in BACKED]
)
def test_backed_group_belongs_where_it_acts(
    extract, text: str, expected: Expect, absent: Expect | None, sector: str
) -> None:
    found = extract(text)
    check(found, (expected,), () if absent is None else (absent,))
    assert any(
        m.relation == expected.relation
        and m.source.id == expected.source
        and m.source_sector == sector
        for m in found
    ), found


# With no place named, only fighters backed from abroad are read (as the other
# state's rebels); a crowd or the rulers' men are not the embassy's state.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Pro-Kremlin protesters rallied outside the British embassy.", "united-kingdom"),
        ("Pro-government militias stormed the British embassy.", "united-kingdom"),
    ],
)
def test_backed_group_needs_a_place(extract, text: str, wrong: str) -> None:
    found = extract(text)
    assert all(m.source.id != wrong for m in found), found


# The group as the target: fought by the state it fights in, not its backer's.
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops clashed with pro-Moscow separatists.",
        "Ukrainian soldiers fought pro-Russian rebels near Luhansk.",
    ],
)
def test_backed_group_as_target(extract, text: str) -> None:
    found = extract(text)
    check(found, (E("attacks", "ukraine", "ukraine"),), (E("attacks", "ukraine", "russia"),))


# An aircraft shot down or blown up is attacked: its owner (the air force's or the
# airline's state) is the target, never its maker. (sentence, expected, absent)
AIRCRAFT = [
    (
        "Separatists in eastern Ukraine blew up a Malaysia Airlines Boeing.",
        E("attacks", "ukraine", "malaysia"),
        E("coerces", "ukraine", "boeing"),
    ),
    (
        "Houthi fighters blew up a Saudi Boeing over Yemen.",
        E("attacks", "houthis", "saudi-arabia"),
        E("coerces", "houthis", "boeing"),
    ),
    (
        "Iranian forces shot down a Ukrainian Boeing near Tehran.",
        E("attacks", "iran", "ukraine"),
        E("attacks", "iran", "boeing"),
    ),
    # The maker's name in apposition ("the ... Airlines Boeing 777", parsed
    # "Airlines, Boeing") names the plane too.
    (
        "The Malaysia Airlines Boeing 777 was shot down by Ukrainian separatists.",
        E("attacks", "ukraine", "malaysia"),
        E("attacks", "ukraine", "boeing"),
    ),
    # "down", "bring down" with an aircraft as object.
    (
        "Ukrainian separatists downed an Ethiopian Airlines plane.",
        E("attacks", "ukraine", "ethiopia"),
        None,
    ),
    (
        "Iraqi militants brought down an American helicopter.",
        E("attacks", "iraq", "united-states"),
        None,
    ),
    (
        "Rebels in Yemen downed a Saudi Airbus.",
        E("attacks", "yemen", "saudi-arabia"),
        None,
    ),
    # The weapon decides the code: a bomb by an armed group is an assault (CAMEO 183).
    (
        "Al-Shabaab fighters blew up a Kenyan military helicopter with a bomb.",
        E("assaults", "al-shabaab", "kenya"),
        E("coerces", "al-shabaab", "kenya"),
    ),
    (
        "Al-Shabaab attacked a Kenyan army base with a car bomb.",
        E("assaults", "al-shabaab", "kenya"),
        E("attacks", "al-shabaab", "kenya"),
    ),
]


# The group that fired the weapon is read inside the weapon's phrase, by where it
# acts ("over eastern Ukraine": where aircraft are shot down).
AIRCRAFT += [
    (
        "A Malaysia Airlines jet was shot down over eastern Ukraine by a missile fired"
        " by pro-Russia rebels.",
        E("attacks", "ukraine", "malaysia"),
        E("attacks", "russia", "malaysia"),
    ),
    (
        "An Ethiopian Airlines plane was brought down over Somalia by a rocket launched"
        " by Kenyan-backed militias.",
        E("attacks", "somalia", "ethiopia"),
        E("attacks", "kenya", "ethiopia"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), AIRCRAFT, ids=_ids(AIRCRAFT))
def test_aircraft_brought_down(extract, text: str, expected: Expect, absent: Expect | None) -> None:
    check(extract(text), (expected,), () if absent is None else (absent,))


# A state's forces named by, or using, military means fight (CAMEO 19x) even when
# the aircraft carries civilians; a bomb by an armed group is an assault.
WEAPON = [
    (
        "A Libyan passenger jet was shot down by Israeli missiles.",
        E("attacks", "israel", "libya"),
        E("assaults", "israel", "libya"),
    ),
    (
        "Azerbaijani forces shot down an Armenian passenger plane with a missile.",
        E("attacks", "azerbaijan", "armenia"),
        E("assaults", "azerbaijan", "armenia"),
    ),
    (
        "Russian rockets hit a hospital in Kharkiv.",
        E("attacks", "russia", "ukraine"),
        E("assaults", "russia", "ukraine"),
    ),
    (
        "Houthi rebels blew up a Saudi passenger jet with a bomb.",
        E("assaults", "houthis", "saudi-arabia"),
        E("attacks", "houthis", "saudi-arabia"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), WEAPON, ids=_ids(WEAPON))
def test_weapon_decides_the_code(extract, text: str, expected: Expect, absent: Expect) -> None:
    check(extract(text), (expected,), (absent,))


# A state named only inside an airline's name is no place a backed group fights in.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Russian-backed separatists shot down a Malaysia Airlines passenger jet with a"
            " Buk missile.",
            "malaysia",
        ),
        ("Iranian-backed militias fired rockets at a Turkish Airlines jet.", "turkey"),
    ],
)
def test_airline_state_is_no_home(extract, text: str, wrong: str) -> None:
    found = extract(text)
    assert all(m.source.id != wrong for m in found), found


# Where an aircraft is shot down ("over eastern Ukraine") places the group that did
# it, among several states named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pro-Russian rebels shot down a Dutch military plane over eastern Ukraine.",
            E("attacks", "ukraine", "netherlands"),
        ),
        (
            "Pro-Iranian militias shot down an American drone over Iraq.",
            E("attacks", "iraq", "united-states"),
        ),
    ],
)
def test_over_places_a_backed_group(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# An airline's plane carries its state's people, not its air force; an air force jet
# is the military's.
@pytest.mark.parametrize(
    ("text", "target", "sector"),
    [
        ("A Turkish Airlines jet was shot down by rebels in Syria.", "turkey", "people"),
        (
            "Azerbaijani forces shot down an Armenian passenger plane with a missile.",
            "armenia",
            "people",
        ),
        ("The Ukrainian passenger jet was shot down by an Iranian missile.", "ukraine", "people"),
        (
            "Separatists in eastern Ukraine blew up a Malaysia Airlines Boeing.",
            "malaysia",
            "people",
        ),
        ("Syrian rebels shot down a Russian air force jet.", "russia", "military"),
    ],
)
def test_aircraft_owner_sector(extract, text: str, target: str, sector: str) -> None:
    found = extract(text)
    assert any(
        m.relation == "attacks" and m.target.id == target and m.target_sector == sector
        for m in found
    ), found


# Blowing up what is no aircraft stays coercion; the maker named as a company is
# still the company.
OTHER = [
    ("Syrian rebels blew up a government building in Aleppo.", E("coerces", "syria", "syria")),
    (
        "Saboteurs in Ukraine blew up a Russian aircraft factory.",
        E("coerces", "ukraine", "russia"),
    ),
    (
        "Taliban fighters blew up a Turkish Airlines office in Kabul.",
        E("coerces", "taliban", "turkey"),
    ),
    ("China sanctioned US planemaker Boeing.", E("sanctions", "china", "boeing")),
    ("Boeing delivered jets to Qatar.", E("sellsArmsTo", "boeing", "qatar")),
    (
        "President Trump blasted Boeing over the delays.",
        E("criticizes", "united-states", "boeing"),
    ),
]


# Bringing down a figure about aircraft harms no one.
@pytest.mark.parametrize(
    "text",
    [
        "India brought down the cost of American fighter jets.",
        "Lockheed brought down the price of F-35 jets for Poland.",
    ],
)
def test_lowered_figures_are_no_attack(extract, text: str) -> None:
    found = extract(text)
    assert all(m.relation not in ("attacks", "assaults") for m in found), found


@pytest.mark.parametrize(("text", "expected"), OTHER, ids=[t[:40] for t, _ in OTHER])
def test_not_an_aircraft(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Who made or supplied a weapon did not use it; a maker's name with an article is
# the plane, not the company.
MADE = [
    (
        "Iraqi troops fired American-made artillery at Islamic State positions.",
        E("attacks", "iraq", "isis"),
        E("attacks", "iraq", "united-states"),
    ),
    (
        "Investigators said the Malaysia Airlines Boeing was hit by a Russian-made missile.",
        None,
        E("attacks", "russia", "malaysia", modality=None),
    ),
    (
        "Syrian rebels said the Boeing was downed by an Iranian missile.",
        None,
        E("attacks", "iran", "boeing", modality=None),
    ),
    (
        "Saudi officials said the Airbus was shot down by Iranian forces.",
        None,
        E("attacks", "iran", "org:airbus", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), MADE, ids=_ids(MADE))
def test_maker_is_not_user_or_target(
    extract, text: str, expected: Expect | None, absent: Expect
) -> None:
    check(extract(text), () if expected is None else (expected,), (absent,))
