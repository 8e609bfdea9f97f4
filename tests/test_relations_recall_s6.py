"""Recall on news prose (helper r1): common ways news states a relation that the
rules missed. A participle joined by a hyphen to its doer ("Iran-backed militias"),
a deal or talks one "enters into", a weapon or attack named with its place as the
subject of the harm ("a car bomb in Kabul killed"), a stabbing as an attack,
calling someone a terrorist or a criminal (an accusation), and two titled names
the parser takes for one. Our own sentences, not gold records."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# Each row: a sentence, what it must state, what it must not.
CASES: list[tuple[str, tuple[Expect, ...], tuple[Expect, ...]]] = [
    # "X-backed Y": X supports Y (CAMEO 051), as "Y, backed by X" does.
    (
        "The Iran-backed Houthis seized the port of Hodeidah.",
        (E("supports", "iran", "houthis"),),
        (),
    ),
    (
        "Turkish-backed Syrian rebels entered Afrin on Sunday.",
        (E("supports", "turkey", "syria"),),
        (),
    ),
    (
        "Pakistan-trained militants crossed into Indian territory.",
        (E("aids", "pakistan", "india"),),
        (),
    ),
    # Only the noun the participle modifies, not the one listed before it.
    (
        "Voters chose between Erdogan and the Moscow-backed Yanukovych.",
        (E("supports", "russia", "ukraine"),),
        (E("supports", "russia", "turkey"),),
    ),
    # "entered into an agreement / talks with": the phrasal verb's object is the deal.
    (
        "Hamas entered into an agreement with Egypt on Monday.",
        (E("agreesWith", "hamas", "egypt"),),
        (E("cooperatesWith", "hamas", "egypt"),),
    ),
    (
        "The Colombian government entered into talks with the ELN in Havana.",
        (E("negotiatesWith", "colombia", "eln"),),
        (),
    ),
    (
        "Kenya entered an agreement with Somalia last year.",
        (E("agreesWith", "kenya", "somalia"),),
        (),
    ),
    # A weapon or attack that does the harm, with its place in its own phrase: the
    # unnamed victims are that place's people.
    (
        "A car bomb in Afghanistan killed four people.",
        (E("assaults", "unidentified:afg", "afghanistan"),),
        (),
    ),
    (
        "A bombing in Paris killed three people on Friday.",
        (E("assaults", "unidentified:fra", "france"),),
        (),
    ),
    # A stabbing is an attack, not an accident.
    (
        "A stabbing killed three people in Marseille.",
        (E("assaults", "unidentified:fra", "france"),),
        (),
    ),
    (
        "A knifing wounded two people in Kandahar on Tuesday.",
        (E("assaults", "unidentified:afg", "afghanistan"),),
        (),
    ),
    # Calling someone a terrorist or a criminal accuses them.
    (
        "Ankara labelled the PKK a terrorist organisation.",
        (E("accuses", "turkey", "pkk"),),
        (),
    ),
    (
        "Kyiv called Russia a terrorist state.",
        (E("accuses", "ukraine", "russia"),),
        (),
    ),
    (
        "Biden described Hamas as a terrorist group.",
        (E("accuses", "united-states", "hamas"),),
        (),
    ),
    (
        "Erdogan named both the PKK and the YPG as terrorists.",
        (E("accuses", "turkey", "pkk"), E("accuses", "turkey", "ypg")),
        (),
    ),
    # ... but not a friend, nor is calling a counterpart anything but a phone call.
    (
        "Erdogan called Putin a friend.",
        (),
        (E("accuses", "turkey", "russia"),),
    ),
    (
        "Erdogan called his Russian counterpart on Monday.",
        (E("consults", "turkey", "russia"),),
        (E("accuses", "turkey", "russia"),),
    ),
    (
        "Merkel described the talks with Moscow as useful.",
        (),
        (E("accuses", "germany", "russia"),),
    ),
    # Two titled names the parser reads as one: both meet.
    (
        "On Wednesday, US President Donald Trump and North Korean leader Kim Jong Un met in Hanoi.",
        (
            E("consults", "united-states", "north-korea"),
            E("consults", "north-korea", "united-states"),
        ),
        (E("consults", "north-korea", "vietnam"),),
    ),
    (
        "In July, US President Donald Trump and Russian President Vladimir Putin met in Helsinki.",
        (E("consults", "united-states", "russia"), E("consults", "russia", "united-states")),
        (E("consults", "russia", "finland"),),
    ),
    # Syrian towns of the north-east stand for Syria.
    (
        "Turkish drones struck a convoy near Ain Issa.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
    (
        "Turkish artillery shelled the outskirts of Ain Issa.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
    (
        "Turkish drones struck a checkpoint near Ayn Issa.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
    (
        "Turkish warplanes bombed a village near Ayn Issa.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
    (
        "Turkish shelling hit a power station in Tell Tamer.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
    (
        "Turkish artillery pounded the town of Tell Tamer overnight.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
    (
        "Turkish shelling hit a school in Tal Tamr.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
    (
        "Turkish jets struck positions near Tal Tamr.",
        (E("attacks", "turkey", "syria"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=_ids(CASES))
def test_recall(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
