"""Actor-resolution slips: who a phrase names, and in which sector. Our own
sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


# Family-name-first names (Chinese, Korean, Vietnamese): a later bare family name
# is the person named in full before, acting for the state.
FAMILY_FIRST = [
    (
        "Chinese Foreign Minister Wang Yi met Antony Blinken in Beijing. "
        "Wang warned the United States over Taiwan.",
        E("threatens", "china", "united-states"),
    ),
    (
        "Vietnamese Prime Minister Pham Minh Chinh visited Tokyo. Pham thanked Japan for its aid.",
        E("supports", "vietnam", "japan"),
    ),
    (
        "North Korean leader Kim Jong Un inspected a missile launch. Kim threatened South Korea.",
        E("threatens", "north-korea", "south-korea"),
    ),
    # People the gazetteer does not know: the title's country and the first word.
    (
        "Chinese Vice Premier Ding Xuexiang met the Brazilian president in Brasilia. "
        "Ding praised Brazil.",
        E("supports", "china", "brazil"),
    ),
    (
        "Vietnamese Defence Minister Phan Van Giang met his Indian counterpart. "
        "Phan thanked India for its support.",
        E("supports", "vietnam", "india"),
    ),
    # A title before the full name of a gazetteer person ("President Xi" is an alias).
    ("President Xi Jinping criticized Japan.", E("criticizes", "china", "japan")),
]

# A city's name inside an organisation's name is not the city's state.
ORG_NAMES = [
    ("Paris Club creditors wrote off Iraq's debt.", E("aids", "org:paris-club", "iraq")),
    (
        "Paris Club members agreed to reschedule Egypt's debt.",
        E("agreesWith", "org:paris-club", "egypt"),
    ),
    ("Tehran Times accused Israel of war crimes.", E("accuses", "org:tehran-times", "israel")),
    # ... but a capital still names its government before a date or in a court's name.
    ("Moscow Friday expelled two Estonian diplomats.", E("sanctions", "russia", "estonia")),
    ("The Moscow City Court jailed a Ukrainian journalist.", E("coerces", "russia", "ukraine")),
]


# A backed group is named by where it fights or who its fighters are; an armed
# group's name beats a person's surname inside it ("Abu Sayyaf"); a demonym and a
# role noun name the state ("Qatari mediators").
GROUPS = [
    (
        "Russian-backed separatists in eastern Ukraine shelled Kharkiv.",
        E("attacks", "ukraine", "ukraine"),
    ),
    (
        "Turkish-backed Syrian fighters attacked American troops.",
        E("attacks", "syria", "united-states"),
    ),
    (
        "Abu Sayyaf gunmen kidnapped two Malaysian tourists.",
        E("assaults", "abu-sayyaf", "malaysia"),
    ),
    ("Qatari mediators met Hamas leaders in Doha.", E("consults", "qatar", "hamas")),
    ("Egyptian mediators urged Israel to accept the truce.", E("appealsTo", "egypt", "israel")),
]
ORG_NAMES += GROUPS


@pytest.mark.parametrize(
    ("text", "expected"), FAMILY_FIRST + ORG_NAMES, ids=_ids(FAMILY_FIRST + ORG_NAMES)
)
def test_actor_named(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A backer named in a modifier ("Russian-backed", "pro-Iranian") is not the group.
BACKED = [
    ("Russian-backed rebels shot down a Ukrainian helicopter over Donetsk.", "russia"),
    ("Russian-backed separatists shelled Ukrainian positions.", "russia"),
    ("Iranian-funded militias attacked American troops near the Syrian border.", "iran"),
    ("Pro-Russian rebels attacked Ukrainian troops.", "russia"),
]


@pytest.mark.parametrize(("text", "backer"), BACKED, ids=_ids(BACKED))
def test_backer_is_not_the_group(extract, text: str, backer: str) -> None:
    found = extract(text)
    # (The backing itself is the backer's: "Russian-backed rebels" states that Russia
    # supports them.)
    assert all(m.source.id != backer for m in found if m.relation != "supports"), found


def test_state_own_troops_still_its_own(extract) -> None:
    found = extract("Russian troops shelled Ukrainian positions.")
    check(found, (E("attacks", "russia", "ukraine"),))


# Sectors: "opposition" as a modifier is the opposition's (the rebel sector of
# actor_words.toml), and an armed group acts through its weapons in its own sector.
SECTORS = [
    (
        "Kenyan opposition leaders demanded the resignation of the interior minister.",
        "kenya",
        "rebel",
    ),
    (
        "Belarusian opposition activists urged the European Union to sanction Minsk.",
        "belarus",
        "rebel",
    ),
    ("Hezbollah rocket fire killed two Israeli civilians.", "hezbollah", "rebel"),
    ("Hezbollah drone strikes hit an Israeli army base.", "hezbollah", "rebel"),
]


@pytest.mark.parametrize(("text", "source", "sector"), SECTORS, ids=[t[:40] for t, _, _ in SECTORS])
def test_source_sector(extract, text: str, source: str, sector: str) -> None:
    found = [m for m in extract(text) if m.source.id == source]
    assert found, extract(text)
    assert all(m.source_sector == sector for m in found), found


# A state's opposition or people speak of their own state's government: "the
# government" after them is theirs, not unresolved; a state still does not
# accuse itself.
OWN_GOVERNMENT = [
    (
        "Kenyan opposition leaders accused the government of electoral fraud.",
        E("accuses", "kenya", "kenya"),
    ),
    ("Syrian protesters denounced the regime.", E("criticizes", "syria", "syria")),
    ("Iranian students criticized the authorities.", E("criticizes", "iran", "iran")),
]


@pytest.mark.parametrize(("text", "expected"), OWN_GOVERNMENT, ids=_ids(OWN_GOVERNMENT))
def test_own_government(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,))
    assert any(m.target_sector == "government" for m in found), found


def test_a_state_does_not_bind_its_government_to_itself(extract) -> None:
    found = extract("Egypt accused the government of meddling.")
    assert all(m.source.id != m.target.id for m in found), found
