"""Precision on news prose (helper np3b): a person's wish for what their own country
should do is no demand on anyone, and the 2020 third-party US presidential candidates
are people of the United States.

"Blankenship wanted the US to avoid being the world's policeman", "argued the US
should lead" state a policy view; addressing the country ("urged Guatemala to punish
the killers", as coders code it), wanting its government or leader to act, or
wanting another state to act still asks. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check, related_codes, row_ids

E = Expect

# A person wanting their own state, named as a country or by its capital, to act, or
# saying it should: a policy view, no demand on anyone.
VIEWS = [
    "Kemal Kilicdaroglu wanted Turkey to stop buying Russian missiles.",
    "Jo Jorgensen wanted the United States to bring its troops home.",
    "Geert Wilders wants the Netherlands to leave the European Union.",
    "Don Blankenship argued the US should leave NATO.",
    "Jo Jorgensen argued the United States should stay out of foreign wars.",
]


@pytest.mark.parametrize("text", VIEWS, ids=[t[:50] for t in VIEWS])
def test_wish_for_own_country_is_no_demand(extract, text: str) -> None:
    found = [m for m in extract(text) if m.relation == "demands"]
    assert not found, [(m.source.id, m.target.id) for m in found]


# Near readings that stay: addressing one's own country, wanting its government or a
# leader to act, or wanting or saying another state should act.
KEPT = [
    (
        "Marine Le Pen called on France to leave the European Union.",
        E("appealsTo", "person:marine-le-pen", "france"),
    ),
    (
        "Elizabeth Warren urged the United States to rejoin the Paris climate accord.",
        E("appealsTo", "person:elizabeth-warren", "united-states"),
    ),
    (
        "Kemal Kilicdaroglu wanted the Turkish government to stop buying Russian missiles.",
        E("demands", "person:kemal-kilicdaroglu", "turkey"),
    ),
    (
        "Marine Le Pen wanted President Macron to call new elections.",
        E("demands", "person:marine-le-pen", "person:emmanuel-macron"),
    ),
    (
        "Elizabeth Warren urged President Biden to cancel student debt.",
        E("appealsTo", "person:elizabeth-warren", "person:joe-biden"),
    ),
    (
        "Geert Wilders wants Morocco to take back its migrants.",
        E("demands", "netherlands", "morocco"),
    ),
    (
        "Don Blankenship argued China should leave the WTO.",
        E("demands", "person:don-blankenship", "china"),
    ),
    ("Matteo Salvini said Germany should pay more for migrants.", E("demands", "italy", "germany")),
    ("Emmanuel Macron said Russia must withdraw.", E("demands", "france", "russia")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=row_ids(KEPT))
def test_near_readings_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# The 2020 third-party presidential candidates are people of the United States: what
# they do is coded as the United States' people's act.
CANDIDATES = [
    ("Don Blankenship criticized China over its trade practices.", "criticizes", "CHN"),
    ("Don Blankenship accused China of stealing American jobs.", "accuses", "CHN"),
    ("Howie Hawkins criticized Israel over its settlements.", "criticizes", "ISR"),
    ("Howie Hawkins praised Cuba for its health care.", "supports", "CUB"),
    ("Gloria La Riva met Venezuelan President Nicolas Maduro in Caracas.", "consults", "VEN"),
    ("Gloria La Riva condemned the Saudi bombing of Yemen.", "criticizes", "SAU"),
    ("Brock Pierce met the Mexican foreign minister in Mexico City.", "consults", "MEX"),
    ("Brock Pierce praised El Salvador for adopting bitcoin.", "supports", "SLV"),
    ("Brian Carroll criticized Russia for its invasion.", "criticizes", "RUS"),
    ("Brian T. Carroll called on Iran to release the prisoners.", "appealsTo", "IRN"),
    ("Jo Jorgensen criticized Saudi Arabia over the war in Yemen.", "criticizes", "SAU"),
    ("Jo Jorgensen praised Switzerland for its neutrality.", "supports", "CHE"),
]


@pytest.mark.parametrize(("text", "relation", "target"), CANDIDATES, ids=row_ids(CANDIDATES))
def test_candidates_are_american(extract, text: str, relation: str, target: str) -> None:
    codes = related_codes(extract(text))
    assert (relation, "USA", target) in codes, codes


# Offering one's advice, ideas or input gives a view: no promise, no deal.
COUNSEL = [
    "Indian engineers offered the Nepalese government their advice.",
    "Greek voters offered the government their ideas.",
    "The Kenyan students can offer the government so much input and suggestions.",
    "Canadian scientists offered the Chilean authorities their insights on the earthquake.",
]


@pytest.mark.parametrize("text", COUNSEL, ids=[t[:50] for t in COUNSEL])
def test_offered_counsel_is_no_agreement(extract, text: str) -> None:
    found = [m for m in extract(text) if m.relation == "agreesWith"]
    assert not found, [(m.source.id, m.target.id) for m in found]


# What an offer still promises or gives.
OFFERS = [
    ("Egypt offered Israel a ceasefire.", E("agreesWith", "egypt", "israel")),
    ("Turkey offered Sweden a compromise on its NATO bid.", E("agreesWith", "turkey", "sweden")),
    ("Norway offered the Colombian government its assistance.", E("aids", "norway", "colombia")),
]


@pytest.mark.parametrize(("text", "expected"), OFFERS, ids=row_ids(OFFERS))
def test_offers_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))
