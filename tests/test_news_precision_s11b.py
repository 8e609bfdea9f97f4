"""Precision on news prose (helper np3b): a person's view of what their own country
should do is no appeal to anyone, and the 2020 third-party US presidential candidates
are people of the United States.

"Le Pen called on France to leave the EU", "Blankenship argued the US should lead"
state a policy view; asking the government or a leader ("urged President Biden",
"called on the French government") still appeals, and so does asking another state.
Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check, related_codes, row_ids

E = Expect

# A person asking their own state, named as a country or by its capital, to act:
# a policy view, no appeal or demand on anyone.
VIEWS = [
    ("Marine Le Pen called on France to leave the European Union.", "appealsTo"),
    ("Geert Wilders called on the Netherlands to close its borders.", "appealsTo"),
    ("Elizabeth Warren urged the United States to rejoin the Paris climate accord.", "appealsTo"),
    ("Bernie Sanders called on Washington to end its support for the war in Yemen.", "appealsTo"),
    ("Gloria La Riva urged Washington to lift the blockade of Cuba.", "appealsTo"),
    ("Howie Hawkins urged the US to join the nuclear weapons ban treaty.", "appealsTo"),
    ("Kemal Kilicdaroglu wanted Turkey to stop buying Russian missiles.", "demands"),
    ("Jo Jorgensen wanted the United States to bring its troops home.", "demands"),
    ("Don Blankenship argued the US should leave NATO.", "demands"),
    ("Jo Jorgensen argued the United States should stay out of foreign wars.", "demands"),
]


@pytest.mark.parametrize(("text", "relation"), VIEWS, ids=row_ids(VIEWS))
def test_view_of_own_country_is_no_appeal(extract, text: str, relation: str) -> None:
    found = [m for m in extract(text) if m.relation == relation]
    assert not found, [(m.source.id, m.target.id) for m in found]


# Near readings that stay: asking the government or a leader of one's own state, or
# another state.
KEPT = [
    (
        "Marine Le Pen called on the French government to leave the European Union.",
        E("appealsTo", "person:marine-le-pen", "france"),
    ),
    (
        "Kemal Kilicdaroglu urged the Turkish government to stop buying Russian missiles.",
        E("appealsTo", "person:kemal-kilicdaroglu", "turkey"),
    ),
    (
        "Elizabeth Warren urged President Biden to cancel student debt.",
        E("appealsTo", "person:elizabeth-warren", "person:joe-biden"),
    ),
    (
        "Bernie Sanders urged President Trump to stop arming Saudi Arabia.",
        E("appealsTo", "person:bernie-sanders", "person:donald-trump"),
    ),
    (
        "Marine Le Pen called on Germany to leave the European Union.",
        E("appealsTo", "france", "germany"),
    ),
    (
        "Geert Wilders called on Morocco to take back its migrants.",
        E("appealsTo", "netherlands", "morocco"),
    ),
    (
        "Don Blankenship argued China should leave the WTO.",
        E("demands", "person:don-blankenship", "china"),
    ),
    ("Matteo Salvini said Germany should pay more for migrants.", E("demands", "italy", "germany")),
    ("Emmanuel Macron said Russia must withdraw.", E("demands", "france", "russia")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=row_ids(KEPT))
def test_appeals_to_others_kept(extract, text: str, expected: Expect) -> None:
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
