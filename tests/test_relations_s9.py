"""Ninth-session rules. Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import row_ids

# An act named by a noun that a verb of reacting takes as its object, or in its
# "over/against/about/at" phrase, is the topic of the news: the relation stays in
# the graph, coding no event, and the reaction codes one.
# (sentence, (relation, source, target) of the topic act, the reaction's relation)
TOPICS: list[tuple[str, tuple[str, str, str], str]] = [
    (
        "Turkey condemned the detention of two Turkish reporters by Egyptian police.",
        ("coerces", "egypt", "turkey"),
        "criticizes",
    ),
    (
        "Canada deplored the Chinese blockade of Taiwan's ports.",
        ("coerces", "china", "taiwan"),
        "criticizes",
    ),
    (
        "Greek Cypriots protested against the Turkish occupation of northern Cyprus.",
        ("coerces", "turkey", "cyprus"),
        "protestsAgainst",
    ),
    (
        "Poland protested over the Belarusian detention of Polish activists.",
        ("coerces", "belarus", "poland"),
        "criticizes",
    ),
    (
        "Washington praised the Saudi crackdown on al-Qaeda cells.",
        ("coerces", "saudi-arabia", "al-qaeda"),
        "supports",
    ),
    (
        "The Arab League discussed the Israeli siege of Gaza.",
        ("coerces", "israel", "gaza-strip"),
        "",
    ),
]


@pytest.mark.parametrize(("text", "act", "reaction"), TOPICS, ids=row_ids(TOPICS))
def test_topic_of_a_reaction_codes_no_event(
    extract, text: str, act: tuple[str, str, str], reaction: str
) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in found]
    topic = [m for m in found if (m.relation, m.source.id, m.target.id) == act]
    assert topic, rows
    assert not any(m.event for m in topic), rows
    assert all(m.modality == "asserted" for m in topic), rows
    if reaction:
        assert any(m.relation == reaction and m.event for m in found), rows


# The same acts stated by a verb, or by a noun no reaction governs, are news.
NEWS: list[tuple[str, tuple[str, str, str]]] = [
    ("Egyptian police detained two Turkish reporters.", ("coerces", "egypt", "turkey")),
    ("Chinese warships began a blockade of Taiwan's ports.", ("coerces", "china", "taiwan")),
    (
        "Britain announced the expulsion of two Russian diplomats.",
        ("sanctions", "united-kingdom", "russia"),
    ),
]


@pytest.mark.parametrize(("text", "act"), NEWS, ids=row_ids(NEWS))
def test_act_not_under_a_reaction_is_news(extract, text: str, act: tuple[str, str, str]) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in found]
    assert any((m.relation, m.source.id, m.target.id) == act and m.event for m in found), rows


# Ending a measure that lasts (a siege, an occupation, a boycott, a curfew) stops it:
# the measure is no act of the sentence, the ending is (retreatsFrom, CAMEO 08).
# (sentence, the measure's (relation, source, target), the ending's target)
ENDED: list[tuple[str, tuple[str, str, str], str]] = [
    ("Israel ended its siege of Beirut.", ("coerces", "israel", "lebanon"), "lebanon"),
    (
        "Vietnam ended its occupation of Cambodia in 1989.",
        ("coerces", "vietnam", "cambodia"),
        "cambodia",
    ),
    (
        "Egypt ended its boycott of Israeli goods.",
        ("sanctions", "egypt", "israel"),
        "israel",
    ),
]


@pytest.mark.parametrize(("text", "measure", "target"), ENDED, ids=row_ids(ENDED))
def test_ended_measure_is_stopped(
    extract, text: str, measure: tuple[str, str, str], target: str
) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id, m.negated, m.event) for m in found]
    assert not any((m.relation, m.source.id, m.target.id) == measure and m.event for m in found), (
        rows
    )
    assert any(m.relation == "retreatsFrom" and m.target.id == target and m.event for m in found), (
        rows
    )


def test_ended_visit_still_happened(extract) -> None:
    # A visit or talks one ends were held: ending concludes them.
    found = extract("Chinese Premier Li Peng ended his visit to Thailand.")
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in found]
    assert any(m.relation == "consults" and m.target.id == "thailand" and m.event for m in found), (
        rows
    )


# Withdrawing one's support or backing stops it and cuts a link (CAMEO 16): no
# support is coded, nor a retreat of the doer's own people.
# (sentence, doer, the side that loses the support)
WITHDRAWN: list[tuple[str, str, str]] = [
    ("Iran withdrew its support for the Lebanese militia.", "iran", "lebanon"),
    (
        "Washington withdrew its backing for the Zairean government.",
        "united-states",
        "democratic-republic-of-the-congo",
    ),
]


@pytest.mark.parametrize(("text", "doer", "other"), WITHDRAWN, ids=row_ids(WITHDRAWN))
def test_withdrawn_support(extract, text: str, doer: str, other: str) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id, m.negated, m.event) for m in found]
    assert any(
        m.relation == "sanctions" and (m.source.id, m.target.id) == (doer, other) and m.event
        for m in found
    ), rows
    assert not any(m.relation == "supports" and m.event for m in found), rows
    assert not any(m.relation == "retreatsFrom" for m in found), rows


def test_reaffirmed_support_is_support(extract) -> None:
    found = extract("Jordan reaffirmed its support for the Palestinian leadership.")
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in found]
    assert any(m.relation == "supports" and m.source.id == "jordan" and m.event for m in found), (
        rows
    )


# A state, its government or officials protesting complain officially (CAMEO 114,
# DISAPPROVE); a people's or crowd's protest stays a protest (CAMEO 14).
OFFICIAL_PROTESTS: list[tuple[str, str, str]] = [
    (
        "The Soviet Union protested against American naval exercises.",
        "soviet-union",
        "united-states",
    ),
    ("India protested the expulsion of its diplomat from Pakistan.", "india", "pakistan"),
    ("Taiwan protested the Chinese missile tests.", "taiwan", "china"),
    (
        "The Greek government protested against Turkish overflights of its islands.",
        "greece",
        "turkey",
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "target"), OFFICIAL_PROTESTS, ids=row_ids(OFFICIAL_PROTESTS)
)
def test_official_protest_is_disapproval(extract, text: str, source: str, target: str) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id, m.event) for m in found]
    assert any(
        m.relation == "criticizes" and (m.source.id, m.target.id) == (source, target) for m in found
    ), rows
    assert not any(m.relation == "protestsAgainst" for m in found), rows


# (sentence, the crowd's state, the target)
POPULAR_PROTESTS: list[tuple[str, str, str]] = [
    ("Bangladeshi students protested against the Indian dam.", "bangladesh", "india"),
    ("Palestinians protested the Israeli raid on Jenin.", "palestine", "israel"),
    # Opponents and critics of a body are people against it, not the body.
    ("Opponents of the Kenyan government protested in Nairobi.", "kenya", "kenya"),
    ("Critics of the Thai junta protested in Bangkok.", "thailand", "thailand"),
    # A crowd protesting "over" a state's act protests against that state.
    (
        "Thousands of Pakistanis protested over the American drone strikes.",
        "pakistan",
        "united-states",
    ),
    ("Workers in Seoul protested over Japanese trade curbs.", "south-korea", "japan"),
]


@pytest.mark.parametrize(
    ("text", "source", "target"), POPULAR_PROTESTS, ids=row_ids(POPULAR_PROTESTS)
)
def test_popular_protest_stays_protest(extract, text: str, source: str, target: str) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.source_sector, m.target.id) for m in found]
    assert any(
        m.relation == "protestsAgainst"
        and (m.source.id, m.target.id) == (source, target)
        and m.source_sector == "people"
        for m in found
    ), rows
    assert not any(m.relation == "criticizes" for m in found), rows


# An act a verb of asking asks for ("demanded the release of", "requested aid",
# "called for the withdrawal of") is wanted, not done: it codes no event, and the
# demand does. An act ordered is done ("ordered the expulsion of").
# (sentence, the act asked for as (relation, source, target))
ASKED_FOR: list[tuple[str, tuple[str, str, str]]] = [
    ("Seoul requested Japanese aid for its flood victims.", ("aids", "japan", "south-korea")),
    (
        "Israel demanded the release of its soldiers by Hezbollah.",
        ("retreatsFrom", "hezbollah", "israel"),
    ),
    (
        "Iraq called for the withdrawal of Iranian troops from its territory.",
        ("retreatsFrom", "iran", "iraq"),
    ),
]


@pytest.mark.parametrize(("text", "act"), ASKED_FOR, ids=row_ids(ASKED_FOR))
def test_act_asked_for_is_not_done(extract, text: str, act: tuple[str, str, str]) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id, m.modality, m.event) for m in found]
    wanted = [m for m in found if (m.relation, m.source.id, m.target.id) == act]
    assert wanted, rows
    assert all(m.modality == "hypothetical" and not m.event for m in wanted), rows
    assert any(m.relation in ("demands", "appealsTo") and m.event for m in found), rows


def test_act_ordered_is_done(extract) -> None:
    found = extract("Britain ordered the expulsion of two Iraqi diplomats.")
    rows = [(m.relation, m.source.id, m.target.id, m.modality, m.event) for m in found]
    assert any(m.relation == "sanctions" and m.target.id == "iraq" and m.event for m in found), rows


# A name the gazetteer knows with its article ("the EC") opens a sentence too.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The EC told Yugoslavia to stop the fighting in Croatia.", "european-union"),
        ("The EC imposed an arms embargo on Yugoslavia.", "european-union"),
    ],
)
def test_article_name_at_sentence_start(extract, text: str, source: str) -> None:
    found = extract(text)
    rows = [(m.relation, m.source.id, m.target.id) for m in found]
    assert any(m.source.id == source and m.target.id == "yugoslavia" for m in found), rows
