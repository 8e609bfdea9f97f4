"""Groups named by two nationality words ("Bosnian Serbs", "Greek Cypriots") and
"the opposition" with no nationality. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


# A people named by the country it lives in and its ethnicity is that country's
# people ("Bosnian Serbs" are Bosnia's, not Serbia's), as a noun or a modifier.
TWO_NATIONALITIES = [
    ("Iraqi Kurds protested against Turkey.", E("protestsAgainst", "iraq", "turkey")),
    (
        "Lebanese Shiites accused Israel of shelling villages.",
        E("accuses", "lebanon", "israel"),
    ),
    ("Afghan Tajiks criticized Pakistan.", E("criticizes", "afghanistan", "pakistan")),
    # A territory that is no state's is the home too.
    (
        "Kosovo Serbs blocked roads and accused the European Union of bias.",
        E("accuses", "kosovo", "european-union"),
    ),
    # As modifiers: "Bosnian Serb troops", "Croatian Serb leaders".
    (
        "Bosnian Serb troops shelled Sarajevo overnight.",
        E("attacks", "bosnia-and-herzegovina", "bosnia-and-herzegovina"),
    ),
    (
        "Croatian Serb leaders rejected the plan of the European Union.",
        E("rejects", "croatia", "european-union"),
    ),
    # A nationality noun named by its communities' ethnicity keeps its own state.
    ("Greek Cypriots accused Ankara of stalling the talks.", E("accuses", "cyprus", "turkey")),
    (
        "Greek Cypriot negotiators rejected the Turkish proposal.",
        E("rejects", "cyprus", "turkey"),
    ),
]

# ... and is not also the people of the state its ethnicity names.
TWO_NATIONALITIES_NOT = [
    ("Iraqi Kurds protested against Turkey.", E("protestsAgainst", "turkey", "turkey")),
    (
        "Kosovo Serbs blocked roads and accused the European Union of bias.",
        E("accuses", "serbia", "european-union"),
    ),
    (
        "Bosnian Serb troops shelled Sarajevo overnight.",
        E("attacks", "serbia", "bosnia-and-herzegovina"),
    ),
    (
        "Croatian Serb leaders rejected the plan of the European Union.",
        E("rejects", "serbia", "european-union"),
    ),
    ("Greek Cypriots accused Ankara of stalling the talks.", E("accuses", "greece", "turkey")),
    (
        "Greek Cypriot negotiators rejected the Turkish proposal.",
        E("rejects", "greece", "turkey"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_NATIONALITIES, ids=_ids(TWO_NATIONALITIES))
def test_a_people_is_of_the_country_it_lives_in(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


@pytest.mark.parametrize(("text", "absent"), TWO_NATIONALITIES_NOT, ids=_ids(TWO_NATIONALITIES_NOT))
def test_a_people_is_not_of_its_ethnicity(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


def test_coordinated_nationalities_stay_two_owners(extract) -> None:  # type: ignore[no-untyped-def]
    check(
        extract("Turkish and Greek officials criticized the United Nations."),
        (
            E("criticizes", "turkey", "united-nations"),
            E("criticizes", "greece", "united-nations"),
        ),
    )


def test_ethnic_marker_still_places_the_group(extract) -> None:  # type: ignore[no-untyped-def]
    check(
        extract("Ethnic Albanians clashed with Macedonian police."),
        (E("attacks", "north-macedonia", "north-macedonia"),),
    )


# "the opposition", "opposition leaders" with no state named in the phrase: the
# opposition of the one country the sentence names.
OPPOSITION = [
    (
        "The Belarusian government jailed opposition leaders.",
        E("coerces", "belarus", "belarus"),
    ),
    (
        "Lukashenko accused the opposition of plotting a coup.",
        E("accuses", "belarus", "belarus"),
    ),
    (
        "Thailand's prime minister agreed to hold talks with the opposition.",
        E("negotiatesWith", "thailand", "thailand", modality=None),
    ),
    (
        "Cambodian police arrested dozens of opposition supporters.",
        E("coerces", "cambodia", "cambodia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPPOSITION, ids=_ids(OPPOSITION))
def test_the_opposition_is_the_sole_countrys(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,))
    target = next(m for m in found if m.relation == expected.relation)
    assert target.target_sector == "rebel", target


# With two countries named, or a host's guests, whose opposition it is is unknown.
OPPOSITION_UNKNOWN = [
    "Egypt accused Qatar of backing the opposition.",
    "Iran criticized Saudi Arabia for funding the opposition.",
    "Turkey hosted a meeting of the opposition.",
    "Qatar hosted the opposition for two days.",
]


@pytest.mark.parametrize("text", OPPOSITION_UNKNOWN, ids=[t[:40] for t in OPPOSITION_UNKNOWN])
def test_the_opposition_of_no_one_country(extract, text: str) -> None:
    found = extract(text)
    assert not any(m.target_sector == "rebel" for m in found), found


# A group named by no state that attacks a state's police or army at home is coded
# as attackers in that state (the general rule for unnamed doers).
HOME_ATTACKERS = [
    ("Maoist rebels ambushed Indian troops.", E("attacks", "unidentified:ind", "india")),
    # (A people of several states, one of them named: that state's rebels, by
    # actor_words' rebel_peoples; once unidentified attackers in Turkey, same code.)
    ("Kurdish militants attacked Turkish soldiers.", E("attacks", "turkey", "turkey")),
]


@pytest.mark.parametrize(("text", "expected"), HOME_ATTACKERS, ids=_ids(HOME_ATTACKERS))
def test_unnamed_group_attacking_a_states_forces(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


def test_two_sides_of_talks_are_not_one_people(extract) -> None:  # type: ignore[no-untyped-def]
    """ "US Saudi talks": the two parties of a relation noun, not a people."""
    check(
        extract("US Saudi talks resumed in Jeddah."),
        (E("negotiatesWith", "united-states", "saudi-arabia"),),
    )


# An ally or proxy is not its patron ("Iran's proxies" are not Iran); with a sector
# word ("militia ally") and a place, it is that place's armed group, as backed groups are.
AFFILIATES = [
    (
        "Taliban fighters attacked Washington's militia allies in Helmand.",
        E("attacks", "taliban", "afghanistan"),
    ),
    (
        "Rebels attacked Moscow's militia allies in eastern Ukraine.",
        E("attacks", "unidentified:ukr", "ukraine"),
    ),
    (
        "Iran's militia proxies in Iraq fired rockets at a US base.",
        E("attacks", "iraq", "united-states"),
    ),
    (
        "Iran's proxies in Yemen fired missiles at Saudi Arabia.",
        E("attacks", "yemen", "saudi-arabia"),
    ),
]

AFFILIATES_NOT = [
    (
        "Taliban fighters attacked Washington's militia allies in Helmand.",
        E("attacks", "taliban", "united-states"),
    ),
    (
        "Rebels attacked Moscow's militia allies in eastern Ukraine.",
        E("attacks", "unidentified:ukr", "russia"),
    ),
    ("Iran's proxies attacked US troops in Iraq.", E("attacks", "iran", "united-states")),
    ("Russia's allies in Syria shelled Idlib.", E("attacks", "russia", "syria")),
    (
        "Iran's proxies in Yemen fired missiles at Saudi Arabia.",
        E("attacks", "iran", "saudi-arabia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFFILIATES, ids=_ids(AFFILIATES))
def test_an_ally_is_of_where_it_fights(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


@pytest.mark.parametrize(("text", "absent"), AFFILIATES_NOT, ids=_ids(AFFILIATES_NOT))
def test_an_ally_is_not_its_patron(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# "the government" after a nation's people in its own sentence is that nation's, even
# when an earlier sentence named another state; "the state of" a condition is none.
OWN_GOVERNMENT_AFTER_ANOTHER = [
    (
        "Talks with China resumed in May. Kenyan teachers went on strike against the government.",
        E("protestsAgainst", "kenya", "kenya"),
        E("protestsAgainst", "kenya", "china"),
    ),
    (
        "Talks with Russia stalled last week. South Korean doctors went on strike "
        "against the government.",
        E("protestsAgainst", "south-korea", "south-korea"),
        E("protestsAgainst", "south-korea", "russia"),
    ),
    (
        "Talks with Russia stalled last week. Greek unions threatened to strike "
        "against the government.",
        E("threatens", "greece", "greece"),
        E("threatens", "greece", "russia"),
    ),
]

STATE_OF_A_CONDITION = [
    (
        "Talks with Russia stalled last week. Ethiopia lifted the state of emergency.",
        E("concedesTo", "ethiopia", "russia"),
    ),
    (
        "Turkey criticized the United States. Egypt lifted the state of emergency in Sinai.",
        E("concedesTo", "egypt", "united-states"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    OWN_GOVERNMENT_AFTER_ANOTHER,
    ids=[t[:40] for t, *_ in OWN_GOVERNMENT_AFTER_ANOTHER],
)
def test_a_peoples_government_is_their_own(
    extract, text: str, expected: Expect, absent: Expect
) -> None:
    check(extract(text), (expected,), (absent,))


@pytest.mark.parametrize(("text", "absent"), STATE_OF_A_CONDITION, ids=_ids(STATE_OF_A_CONDITION))
def test_the_state_of_a_condition_is_no_state(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))
