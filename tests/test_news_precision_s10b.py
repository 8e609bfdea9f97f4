"""Precision on news (tenth session, helper np2, second pass): acts that stay in the
graph but code no event between actors. Our own sentences, not gold records or
articles.

Leaving office only put on a calendar ("is to step down today", "was due to stand
down in August") is a term ending or a date fixed, no intent to yield to anyone (CAMEO
codes leaving office as yielding to those who demand it), as a done resignation with
no one pressing is not; a vow to go, or one made under named pressure, still codes.

A known person named with an office title on a day outside the terms of their row's
office holds the office the title names: "Senator Barack Obama" in 2007 sat in the
Senate (the legislature), not yet in the presidency of his row.

A name that a noun for a person modifies ("activist X", "police officers X and Y",
"porn star X") names a person, also when spaCy takes it for an organisation. A
"retired" general or officer, as a "former" one, serves no more: the person acts, not
the state.

An office holder we do not know, titled in apposition after the name ("X, the
minister of education") or as a secretary ("Labor Secretary X"), holds the office
of the one state the sentence names, as one titled before the name does.

"They" never points back to one named or titled person ("The Tanzanian foreign
minister joined the talks as an observer. They called on ..."), only to one of
several.
"""

from __future__ import annotations

import pytest

from geograph.model import Document
from relations_util import Expect, check, matches, row_ids, show
from relations_util import asserted as E


def _future(relation: str, source: str, target: str) -> Expect:
    return Expect(relation, source, target, modality="future")


def _event_of(mentions: list, expected: Expect) -> bool:  # type: ignore[type-arg]
    """Whether the mention ``expected`` describes codes an event (it must be found)."""
    found = [m for m in mentions if matches(m, expected)]
    assert found, f"missing {expected}\nfound:\n{show(mentions)}"
    return any(m.event for m in found)


# A scheduled departure: kept towards one's own side, no event.
SCHEDULED = [
    (
        "Kenyan President Daniel arap Moi is due to stand down in December after 24 years.",
        _future("retreatsFrom", "kenya", "kenya"),
    ),
    (
        "The Peruvian prime minister is set to resign next week.",
        _future("retreatsFrom", "peru", "peru"),
    ),
    (
        "The Nepalese king is scheduled to step down in May.",
        _future("retreatsFrom", "nepal", "nepal"),
    ),
    (
        "Chilean President Ricardo Lagos is to step down on Friday.",
        _future("retreatsFrom", "chile", "chile"),
    ),
]

# A vow to go, or a scheduled one under named pressure, still codes.
STILL_CODED = [
    (
        "Faced with mass protests, the Serbian president vowed to resign.",
        _future("retreatsFrom", "serbia", "serbia"),
    ),
    (
        "The Bolivian president is to step down under pressure from the army.",
        _future("retreatsFrom", "bolivia", "bolivia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULED, ids=row_ids(SCHEDULED))
def test_scheduled_departures_code_no_event(extract, text: str, expected: Expect) -> None:
    assert not _event_of(extract(text), expected)


@pytest.mark.parametrize(("text", "expected"), STILL_CODED, ids=row_ids(STILL_CODED))
def test_vowed_or_pressed_departures_code(extract, text: str, expected: Expect) -> None:
    assert _event_of(extract(text), expected)


# (sentence, date written, expected source id and sector): the title's office.
TITLED_BEFORE_TERM = [
    ("Senator Barack Obama criticized Iran.", "2007-05-01", ("united-states", "legislature")),
    ("Senator Joe Biden criticized Russia.", "2007-05-01", ("united-states", "legislature")),
    (
        "Senator Kamala Harris of California criticized Saudi Arabia.",
        "2019-10-01",
        ("united-states", "legislature"),
    ),
    # Guards: a title of the row's own office, and a title held inside the row's term.
    ("President Barack Obama criticized Iran.", "2019-06-01", ("united-states", "government")),
    ("Senator Barack Obama criticized Iran.", "2012-05-01", ("united-states", "government")),
]


@pytest.mark.parametrize(
    ("text", "day", "source"),
    TITLED_BEFORE_TERM,
    ids=[f"{t[:30]} {d}" for t, d, _ in TITLED_BEFORE_TERM],
)
def test_a_title_outside_the_term_names_its_own_office(
    pipeline, text: str, day: str, source: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(Document("t", text, date=day))
    sides = [(m.source.id, m.source_sector) for m in result.mentions]
    assert sides and all(s == source for s in sides), sides


# A noun for a person before a name NER takes for an organisation: a person.
PERSON_NOUNS = [
    (
        "Activist Nadia Moraru criticized the Romanian government.",
        E("criticizes", "person:nadia-moraru", "romania"),
    ),
    (
        "Blogger Nadia Moraru accused the Romanian police.",
        E("accuses", "person:nadia-moraru", "romania"),
    ),
    (
        "French police officers Antoine Dupont and Louis Girard beat a Canadian tourist.",
        E("assaults", "person:louis-girard", "canada"),
    ),
    # Guard: a name NER already reads as a person's keeps its relation.
    (
        "Activist Dumitru Popa criticized the Romanian government.",
        E("criticizes", "person:dumitru-popa", "romania"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_NOUNS, ids=row_ids(PERSON_NOUNS))
def test_a_noun_for_a_person_names_a_person(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not [m for m in mentions if m.source.id.startswith("org:")], show(mentions)


# (sentence, date written, expected source id and sector): retired, no office.
RETIRED = [
    (
        "Retired general Michael Flynn criticized Iran.",
        "2020-12-15",
        ("person:michael-flynn", None),
    ),
    (
        "Retired Egyptian general Sami Anan criticized Ethiopia.",
        "2019-06-01",
        ("person:sami-anan", None),
    ),
    (
        "Retired Admiral William McRaven criticized Russia.",
        "2019-06-01",
        ("person:william-mcraven", None),
    ),
    # Guard: a serving officer still acts for the state.
    ("Egyptian general Sami Anan criticized Ethiopia.", "2019-06-01", ("egypt", "military")),
]


@pytest.mark.parametrize(
    ("text", "day", "source"), RETIRED, ids=[f"{t[:30]} {d}" for t, d, _ in RETIRED]
)
def test_retired_officers_hold_no_office(
    pipeline, text: str, day: str, source: tuple[str, str | None]
) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(Document("t", text, date=day))
    sides = [(m.source.id, m.source_sector) for m in result.mentions]
    assert sides and all(s == source for s in sides), sides


# (sentence, the office holder's id, their country): the sentence's one state.
OFFICES_AFTER = [
    (
        "Tanzanian President John Magufuli praised Joseph Kimaro, the minister of finance.",
        "person:joseph-kimaro",
        "TZA",
    ),
    (
        "Kenyan President Uhuru Kenyatta criticized Amina Wanjiru, the minister of education.",
        "person:amina-wanjiru",
        "KEN",
    ),
    (
        "Ghanaian President Nana Akufo-Addo thanked Kofi Mensah, the Secretary of Transportation.",
        "person:kofi-mensah",
        "GHA",
    ),
    (
        "Mexican President Andres Manuel Lopez Obrador praised Labor Secretary Luisa Alcalde.",
        "person:luisa-alcalde",
        "MEX",
    ),
]


@pytest.mark.parametrize(("text", "holder", "country"), OFFICES_AFTER, ids=row_ids(OFFICES_AFTER))
def test_an_office_in_apposition_places_its_holder(
    pipeline, text: str, holder: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.extract(Document("t", text, date="2019-06-01"))
    targets = [m.target for m in result.mentions if m.target.id == holder]
    assert targets and all(t.country == country for t in targets), list(result.mentions)


def test_an_office_of_another_state_in_apposition_keeps_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean President Sebastian Pinera met Ana Rojas, the Argentine minister of trade."
    result = pipeline.extract(Document("t", text, date="2019-06-01"))
    assert [(m.source.id, m.target.id) for m in result.mentions] == [("chile", "argentina")]


# "They" after one titled or named person: one of the group before, not that person.
THEY = [
    (
        "Kenyan and Ugandan officials met in Nairobi on Monday. The Tanzanian foreign "
        "minister joined the talks as an observer. They called on South Sudan to end the "
        "fighting.",
        E("appealsTo", "kenya", "south-sudan"),
        E("appealsTo", "tanzania", "south-sudan"),
    ),
    (
        "Senegalese and Malian diplomats gathered in Dakar. Ghanaian envoy Kwame Boateng "
        "attended as an observer. They urged Guinea to release the prisoners.",
        E("appealsTo", "senegal", "guinea"),
        E("appealsTo", "ghana", "guinea"),
    ),
    (
        "Peru and Chile held talks in Lima. The Bolivian president sent a message. They "
        "accused Ecuador of violating the accord.",
        E("accuses", "peru", "ecuador"),
        E("accuses", "bolivia", "ecuador"),
    ),
    # Guard: two named people coordinated are "they".
    (
        "Vladimir Putin and Recep Tayyip Erdogan met in Sochi. They criticized the United States.",
        E("criticizes", "russia", "united-states"),
        E("criticizes", "germany", "united-states"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), THEY, ids=row_ids(THEY))
def test_they_is_no_one_person(extract, text: str, expected: Expect, absent: Expect) -> None:
    check(extract(text), (expected,), (absent,))
