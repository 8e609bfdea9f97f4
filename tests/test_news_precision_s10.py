"""Precision on news (tenth session, helper np): acts that news states and that stay
in the graph, but that event coders do not code as a new event between actors.

A state's courts and police arresting, trying or sentencing people for a crime of
private people (theft, murder, rape, drugs) handle a criminal case, not a political
act; the act a verdict judges ("found guilty of raping", "pleaded guilty to the
bombing") is the topic of the verdict, as the act of a charge is; and leaving one's
office with no one named pressing for it is no yielding (CAMEO 0833 is yielding to
those who demand a change of leadership). Each table pairs the readings that must
lose their event (the mention stays) with near readings that keep it. Our own
sentences, not gold records or articles.
"""

from __future__ import annotations

import pytest

from relations_util import Expect, check, matches, related_codes, row_ids, show
from relations_util import asserted as E


def _event_of(mentions: list, expected: Expect) -> bool:  # type: ignore[type-arg]
    """Whether the mention ``expected`` describes codes an event (it must be found)."""
    found = [m for m in mentions if matches(m, expected)]
    assert found, f"missing {expected}\nfound:\n{show(mentions)}"
    return any(m.event for m in found)


# An arrest, trial or sentence for a crime of private people: kept, no event.
PRIVATE_CASES = [
    ("Kenyan police arrested three men for stealing cattle.", E("coerces", "kenya", "kenya")),
    (
        "A Turkish court jailed four Iranian men for drug smuggling.",
        E("coerces", "turkey", "iran"),
    ),
    (
        "A Pakistani court sentenced the Afghan man to death for the rape of a girl.",
        E("coerces", "pakistan", "afghanistan"),
    ),
    (
        "Ethiopian police arrested two Eritrean men on charges of stealing cars.",
        E("coerces", "ethiopia", "eritrea"),
    ),
    (
        "Police in Lagos detained three Beninese traders over the theft of oil.",
        E("coerces", "nigeria", "benin"),
    ),
    (
        "A Nigerian court convicted the Ghanaian trader of robbing a bank.",
        E("accuses", "nigeria", "ghana"),
    ),
    # What one did to one's own household, whatever the act.
    (
        "A Kenyan court jailed the Ugandan man for beating his wife.",
        E("coerces", "kenya", "uganda"),
    ),
    (
        "An Indian court sentenced the Nepalese couple for starving their children.",
        E("coerces", "india", "nepal"),
    ),
]

# The same acts for a political cause, or for a crime political cases are brought
# for, still code.
POLITICAL_CASES = [
    (
        "Egyptian police arrested twenty protesters for blocking a road.",
        E("coerces", "egypt", "egypt"),
    ),
    (
        "Iranian police arrested a British journalist for spying.",
        E("coerces", "iran", "united-kingdom"),
    ),
    (
        "Russian police arrested the opposition leader for embezzlement.",
        E("coerces", "russia", "russia"),
    ),
    # Questioning a government is no act of justice, whatever it is over.
    (
        "The US senator questioned the Mexican government over its drug policy.",
        E("investigates", "united-states", "mexico"),
    ),
    # A crime named only as the topic of a protest or of criticism.
    (
        "Mexican police arrested twenty students over a protest against the drug war.",
        E("coerces", "mexico", "mexico"),
    ),
    (
        "Thai police detained the activist for criticizing the drug law.",
        E("coerces", "thailand", "thailand"),
    ),
    # Kin who are no victim of the act.
    (
        "Russian police arrested the Ukrainian activist for protesting with his wife.",
        E("coerces", "russia", "ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRIVATE_CASES, ids=row_ids(PRIVATE_CASES))
def test_criminal_cases_code_no_event(extract, text: str, expected: Expect) -> None:
    assert not _event_of(extract(text), expected)


@pytest.mark.parametrize(("text", "expected"), POLITICAL_CASES, ids=row_ids(POLITICAL_CASES))
def test_political_cases_still_code(extract, text: str, expected: Expect) -> None:
    assert _event_of(extract(text), expected)


# The act a verdict judges is the verdict's topic: kept, no event; the verdict codes.
JUDGED = [
    (
        "Two Greek police officers were found guilty on Monday of raping a Swedish tourist.",
        E("assaults", "greece", "sweden"),
    ),
    (
        "The Egyptian soldier pleaded guilty to bombing the Libyan consulate.",
        E("attacks", "egypt", "libya"),
    ),
    (
        "A Dutch court found the Serbian commander guilty of shelling Bosnian villages.",
        E("attacks", "serbia", "bosnia-and-herzegovina"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED, ids=row_ids(JUDGED))
def test_judged_acts_code_no_event(extract, text: str, expected: Expect) -> None:
    assert not _event_of(extract(text), expected)


def test_the_verdict_itself_codes(extract) -> None:
    mentions = extract(
        "A Dutch court found the Serbian commander guilty of shelling Bosnian villages."
    )
    assert _event_of(mentions, E("accuses", "netherlands", "serbia"))


def test_the_act_itself_codes(extract) -> None:
    mentions = extract("Two Greek police officers raped a Swedish tourist on Monday.")
    assert _event_of(mentions, E("assaults", "greece", "sweden"))


# Leaving one's office with no one pressing for it: kept towards one's own side, no
# event.
RESIGNED = [
    ("The Peruvian prime minister resigned on Monday.", E("retreatsFrom", "peru", "peru")),
    (
        "Brazil's finance minister resigned, citing poor health.",
        E("retreatsFrom", "brazil", "brazil"),
    ),
    ("Ghana's ambassador to Togo quit his post on Friday.", E("retreatsFrom", "ghana", "ghana")),
    ("The Thai princess relinquished her royal title.", E("retreatsFrom", "thailand", "thailand")),
    # A clause that names no pressure ("citing family issues") presses for nothing.
    (
        "After bribery allegations surfaced, the Maltese economy minister resigned, "
        "citing family issues.",
        E("retreatsFrom", "malta", "malta"),
    ),
]

# Pressed, refused or promised, a resignation still codes; forces standing down
# still retreat.
STILL_CODED = [
    (
        "The Serbian prime minister resigned under pressure from the European Union.",
        E("retreatsFrom", "serbia", "european-union"),
    ),
    (
        "The Kenyan minister refused to step down.",
        Expect("retreatsFrom", "kenya", "kenya", negated=True),
    ),
    (
        "The Sudanese prime minister pledged to step down.",
        Expect("retreatsFrom", "sudan", "sudan", modality="future"),
    ),
    ("The Libyan militia stood down in Tripoli.", E("retreatsFrom", "libya", "libya")),
    # Pressure named in a phrase or a clause of cause or time.
    (
        "The Bolivian president resigned amid mass protests.",
        E("retreatsFrom", "bolivia", "bolivia"),
    ),
    (
        "Bowing to pressure from the street, the Lebanese prime minister resigned.",
        E("retreatsFrom", "lebanon", "lebanon"),
    ),
    (
        "The Armenian prime minister resigned after thousands of protesters demanded his removal.",
        E("retreatsFrom", "armenia", "armenia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESIGNED, ids=row_ids(RESIGNED))
def test_unpressed_resignations_code_no_event(extract, text: str, expected: Expect) -> None:
    assert not _event_of(extract(text), expected)


@pytest.mark.parametrize(("text", "expected"), STILL_CODED, ids=row_ids(STILL_CODED))
def test_pressed_refused_or_promised_resignations_code(
    extract, text: str, expected: Expect
) -> None:
    assert _event_of(extract(text), expected)


# Militias named by a demonym are armed groups of that country, not its armed forces
# (sector rebel, as the gazetteer's armed groups are); a state's own militia, or
# militias named as the government's, stay with the state.
MILITIAS = [
    ("Sudanese militias burned three villages in Darfur.", "coerces", "sudan", "rebel"),
    ("Lebanese militias shelled Israeli towns.", "attacks", "lebanon", "rebel"),
    (
        "Congolese militias attacked a UN base in Ituri.",
        "attacks",
        "democratic-republic-of-the-congo",
        "rebel",
    ),
    ("Lebanese troops shelled Israeli towns.", "attacks", "lebanon", "military"),
    ("Pro-government militias attacked protesters in Baghdad.", "assaults", "iraq", "military"),
    ("Iran's Basij militia attacked protesters in Tehran.", "assaults", "basij", "military"),
]


@pytest.mark.parametrize(("text", "relation", "source", "sector"), MILITIAS, ids=row_ids(MILITIAS))
def test_militias_are_armed_groups(
    extract, text: str, relation: str, source: str, sector: str
) -> None:
    mentions = extract(text)
    found = [m for m in mentions if m.relation == relation and m.source.id == source]
    assert found, f"missing {relation} by {source}\nfound:\n{show(mentions)}"
    assert all(m.source_sector == sector for m in found), [m.source_sector for m in found]


# Joining a region's legislature or government, which the linker reads as the region's
# state with no sector ("the Vermont legislature"), takes a seat at home: no
# cooperation. Joining another state's government in an act still cooperates.
SEATS = [
    "Representative Elijah Cummings died on Thursday. In 1982 Cummings successfully ran "
    "to be a state delegate, joining the Maryland General Assembly in 1983.",
    "Senator Bernie Sanders joined the Vermont legislature in 1990.",
    "The Australian senator joined the Queensland parliament in 1995.",
]


@pytest.mark.parametrize("text", SEATS, ids=[t[:50] for t in SEATS])
def test_a_seat_in_a_regional_body_is_no_cooperation(extract, text: str) -> None:
    mentions = extract(text)
    assert not [m for m in mentions if m.relation == "cooperatesWith"], show(mentions)


def test_joining_another_state_in_an_act_cooperates(extract) -> None:
    mentions = extract(
        "Senator Bernie Sanders joined the Mexican government in condemning the wall."
    )
    check(mentions, (E("cooperatesWith", "united-states", "mexico"),))


# The holder of a town's or province's office ("the mayor of Lyon") is of its country
# also when acting on that country's own bodies, where they do not stand for the state.
LOCAL_OFFICES = [
    ("The mayor of Lyon thanked the French police for their response.", ("supports", "FRA", "FRA")),
    (
        "The governor of Kandahar province praised the Afghan army.",
        ("supports", "AFG", "AFG"),
    ),
    ("The mayor of Mombasa thanked the Kenyan police.", ("supports", "KEN", "KEN")),
    # Acting on another state, the office holder stands for their own.
    ("The mayor of Jenin condemned the Israeli army.", ("criticizes", "PSE", "ISR")),
]


@pytest.mark.parametrize(("text", "codes"), LOCAL_OFFICES, ids=row_ids(LOCAL_OFFICES))
def test_local_office_holders_have_a_country(extract, text: str, codes: tuple[str, ...]) -> None:
    assert codes in related_codes(extract(text))
