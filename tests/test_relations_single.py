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
