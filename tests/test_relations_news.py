"""Sentence tables for precision on general news: relations that are no geopolitical
relation at all (private people, campaign rallies, candidates quitting a race,
shared opinions, laws, lists of places). Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check, show

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


def _none_of(mentions, relation: str | None = None) -> None:  # type: ignore[no-untyped-def]
    wrong = [m for m in mentions if relation is None or m.relation == relation]
    assert not wrong, f"unexpected:\n{show(wrong)}"


# Two private people or organisations: no state, office, army, armed group or IGO
# on either side, so no geopolitical relation.
PRIVATE = [
    "The cellist Marta Oyelaran met the painter Joost Verhagen at a summer school in Bruges.",
    "The Harbour Rovers traded their goalkeeper Tomas Brandl to the Lakeside Comets.",
    "Novelist Ingrid Salo praised the illustrator Kwame Ofori for the book's cover.",
    "Pellwick Foods signed a supply contract with the bakery chain Morrow & Daughters.",
]


@pytest.mark.parametrize("text", PRIVATE, ids=[t[:40] for t in PRIVATE])
def test_private_relations_are_not_geopolitical(extract, text: str) -> None:
    _none_of(extract(text))


# One side holding an office, or a state, keeps the relation.
PUBLIC = [
    ("Chancellor Angela Merkel met the cellist Marta Oyelaran in Berlin.", "consults"),
    ("Pellwick Foods sued the government of Kenya over the import ban.", "accuses"),
]


@pytest.mark.parametrize(("text", "relation"), PUBLIC, ids=_ids(PUBLIC))
def test_one_public_side_keeps_the_relation(extract, text: str, relation: str) -> None:
    mentions = extract(text)
    assert any(m.relation == relation for m in mentions), show(mentions)


# "agreed that <a view>" is a shared opinion, not an agreement between the parties.
OPINIONS = [
    "Norway and Denmark agreed that the summer had been unusually wet.",
    "Argentina agreed with Chile that the old treaty was poorly drafted.",
    "Peru and Bolivia both accepted that the census figures were accurate.",
]


@pytest.mark.parametrize("text", OPINIONS, ids=[t[:40] for t in OPINIONS])
def test_agreeing_on_a_view_is_no_agreement(extract, text: str) -> None:
    _none_of(extract(text), "agreesWith")


DEALS = [
    (
        "Norway and Denmark agreed that their navies would patrol the strait together.",
        E("agreesWith", "norway", "denmark", modality=None),
    ),
    ("Argentina agreed with Chile on a new fishing quota.", E("agreesWith", "argentina", "chile")),
]


@pytest.mark.parametrize(("text", "expected"), DEALS, ids=_ids(DEALS))
def test_agreeing_on_what_will_be_done_is_agreement(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,), ())


# Speakers who say they themselves should do something demand nothing of each other.
def test_speakers_obliging_themselves_make_no_demand(extract) -> None:
    for text in (
        "Ghana and Togo said they should share the cost of the new bridge.",
        "Austria and Hungary argued that they must not pay more into the fund.",
    ):
        _none_of(extract(text), "demands")


def test_obligation_on_another_is_still_a_demand(extract) -> None:
    check(
        extract("Ghana said Togo must pay for the bridge."),
        (E("demands", "ghana", "togo", modality=None),),
    )


# A leader's or a campaign's rally is no protest against anyone.
RALLIES = [
    "President Emmanuel Macron held a rally in Lyon on Saturday.",
    "Thousands attended an election rally in Nairobi.",
    "Supporters of the ruling party joined a campaign march in Accra.",
    "The Democratic Rally of Cyprus welcomed the new pipeline.",
]


@pytest.mark.parametrize("text", RALLIES, ids=[t[:40] for t in RALLIES])
def test_campaign_rallies_are_not_protests(extract, text: str) -> None:
    _none_of(extract(text), "protestsAgainst")


PROTESTS = [
    ("Thousands of demonstrators rallied in Nairobi.", "kenya"),
    ("Thousands of Chilean students marched against the government.", "chile"),
]


@pytest.mark.parametrize(("text", "state"), PROTESTS, ids=_ids(PROTESTS))
def test_popular_protests_remain(extract, text: str, state: str) -> None:
    mentions = extract(text)
    assert any(
        m.relation == "protestsAgainst" and m.source.id == state and m.source_sector == "people"
        for m in mentions
    ), show(mentions)


# A candidate quitting a race or a contest is no retreat.
RACES = [
    "Senator Amy Klobuchar withdrew from the presidential race in March.",
    "The Kenyan governor withdrew before the primaries.",
    "Italian senator Marco Ferri withdrew his candidacy for the nomination.",
]


@pytest.mark.parametrize("text", RACES, ids=[t[:40] for t in RACES])
def test_leaving_a_race_is_no_retreat(extract, text: str) -> None:
    _none_of(extract(text), "retreatsFrom")


def test_military_withdrawal_is_still_a_retreat(extract) -> None:
    check(
        extract("Ethiopia withdrew its troops from Somalia."),
        (E("retreatsFrom", "ethiopia", "somalia"),),
    )


# A law or a text does not act for the state that made it.
LAWS = [
    "Omani law allowed shops to close for three days.",
    "The Kenyan constitution permits dual citizenship.",
]


@pytest.mark.parametrize("text", LAWS, ids=[t[:40] for t in LAWS])
def test_laws_are_not_actors(extract, text: str) -> None:
    _none_of(extract(text))


def test_the_state_itself_still_allows(extract) -> None:
    mentions = extract("Jordan allowed Syrian refugees to cross the border.")
    assert any(m.relation == "concedesTo" and m.source.id == "jordan" for m in mentions), show(
        mentions
    )


# A list of places where something happened, with no doer named: each place is
# where it happened, not one state acting on the others.
PLACE_LISTS = [
    "Police said arrests were made in Belgium, the Netherlands, Spain and Portugal.",
    "Protests were held in Chile, Peru and Ecuador on Friday.",
]


@pytest.mark.parametrize("text", PLACE_LISTS, ids=[t[:40] for t in PLACE_LISTS])
def test_listed_places_do_not_act_on_each_other(extract, text: str) -> None:
    mentions = extract(text)
    states = {"belgium", "netherlands", "spain", "portugal", "chile", "peru", "ecuador"}
    wrong = [m for m in mentions if m.source.id in states and m.target.id in states - {m.source.id}]
    assert not wrong, show(wrong)


def test_receiving_or_hosting_someone_not_something(extract) -> None:
    check(extract("Qatar hosted a Taliban delegation."), (Expect("consults", "qatar", "taliban"),))
    for text in ("Tseng received his PhD in Melbourne.", "Japan hosted the Olympics in Tokyo."):
        assert not [m for m in extract(text) if m.relation == "consults"], text


def test_attending_or_hosting_a_meeting_is_consulting(extract) -> None:
    for text, target in (
        ("Macron attended the summit in Beijing.", "china"),
        ("Kenya hosted a dinner for the Ugandan delegation.", "uganda"),
    ):
        found = [m for m in extract(text) if m.relation == "consults"]
        assert [m.target.id for m in found] == [target], (text, show(found))


def test_one_politician_attacking_another_is_criticism(extract) -> None:
    for text in (
        "Boris Johnson attacked Jeremy Corbyn over Brexit.",
        "Biden attacked Trump over his taxes.",
    ):
        found = [m for m in extract(text) if m.event]
        assert found and all(m.relation == "criticizes" for m in found), (text, show(found))
    for text in ("Putin attacked Ukraine.", "Hamas gunmen attacked Israeli soldiers."):
        assert [m for m in extract(text) if m.relation == "attacks"], text
