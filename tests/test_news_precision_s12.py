"""Precision on news prose, twelfth session (helper np4): events that are not the news.

What someone is jailed, sentenced, arrested or tried for is the matter of the case,
however deep in the phrase it is named ("jailed for organising a rally that protested
against the Kremlin"): the case is the news, the act stays in the graph as no event,
as it already did when it headed the phrase ("jailed for protesting"). A verb of a
lasting arrangement (back, support, recognize, occupy, fund, arm) in the simple present
of the writer's own clause tells who someone is, not what they did that day ("the
Houthis are backed by Iran", "Abkhazia, which is recognized only by Russia"); the same
verbs in the past or the progressive, or a stance a speaker states ("we support
Ukraine", "Turkey said it supports Azerbaijan"), stay events. A deal as the subject of a
present-tense judgment ("the agreement between Turkey and Libya is null and void")
is a standing text judged, not a deal made that day. Our own sentences, not gold
records or news."""

from __future__ import annotations

import pytest

from geograph.model import Document
from relations_util import row_ids

# (sentence, (relation, source, target), whether it codes an event)
Row = tuple[str, tuple[str, str, str], bool]

DAY = "2021-06-10"

PUNISHED_FOR: list[Row] = [
    (
        "The journalist was jailed for ten years for reporting on the Israeli attack on Gaza.",
        ("attacks", "israel", "gaza-strip"),
        False,
    ),
    (
        "A Russian court jailed the activist for organising a rally that protested against "
        "the Kremlin.",
        ("protestsAgainst", "russia", "russia"),
        False,
    ),
    (
        "The Turkish teacher was arrested for joining a march that protested against the "
        "Turkish government.",
        ("protestsAgainst", "turkey", "turkey"),
        False,
    ),
    (
        "The Iraqi student was sentenced to death for taking part in the Kurdish attacks on "
        "Iraqi troops.",
        ("attacks", "iraq", "iraq"),
        False,
    ),
    # Guards: the arrest or sentence itself is the news.
    (
        "Belarus arrested the French journalist for spying for France.",
        ("coerces", "belarus", "france"),
        True,
    ),
    (
        "Iran arrested the British sailors for entering Iranian waters.",
        ("coerces", "iran", "united-kingdom"),
        True,
    ),
    (
        "Russia sentenced an American to ten years in prison.",
        ("coerces", "russia", "united-states"),
        True,
    ),
]

STANDING_PRESENT: list[Row] = [
    (
        "The Houthis are backed by Iran, according to the minister.",
        ("supports", "iran", "houthis"),
        False,
    ),
    (
        "Hezbollah, which backs the Syrian government, holds seats in Lebanon's parliament.",
        ("supports", "hezbollah", "syria"),
        False,
    ),
    (
        "The YPG, which supports the PKK, controls the border town.",
        ("supports", "ypg", "pkk"),
        False,
    ),
    (
        "Abkhazia, which is recognized only by Russia, held elections on Sunday.",
        ("supports", "russia", "abkhazia"),
        False,
    ),
    (
        "Russian forces currently occupy the Georgian region of South Ossetia.",
        ("coerces", "russian-armed-forces", "south-ossetia"),
        False,
    ),
    ("Russia arms the Syrian government.", ("sellsArmsTo", "russia", "syria"), False),
    ("The minister said Iran funds Hamas.", ("aids", "iran", "hamas"), False),
    # Guards: the past, the progressive, a stance stated by its holder.
    ("Iran backed the Houthis with weapons last week.", ("supports", "iran", "houthis"), True),
    (
        "Iran is backing the Houthis with drones, the minister said.",
        ("supports", "iran", "houthis"),
        True,
    ),
    (
        "Russia recognized the independence of Abkhazia on Tuesday.",
        ("supports", "russia", "abkhazia"),
        True,
    ),
    ("Germany backed the Ukrainian bid on Monday.", ("supports", "germany", "ukraine"), True),
    (
        '"We support Ukraine," the German chancellor said.',
        ("supports", "germany", "ukraine"),
        True,
    ),
    ("Turkey said it supports Azerbaijan.", ("supports", "turkey", "azerbaijan"), True),
    (
        "Russian troops occupied the Georgian town of Gori on Tuesday.",
        ("coerces", "russia", "georgia"),
        True,
    ),
]

JUDGED_TEXTS: list[Row] = [
    (
        "The maritime agreement between Turkey and Libya is illegal, the Greek minister said.",
        ("cooperatesWith", "turkey", "libya"),
        False,
    ),
    (
        "Egypt says the deal between Ethiopia and Somaliland is null and void.",
        ("cooperatesWith", "ethiopia", "somaliland"),
        False,
    ),
    (
        "The treaty between Russia and China remains secret.",
        ("cooperatesWith", "russia", "china"),
        False,
    ),
    # Guards: a deal made, or told as the news.
    (
        "The agreement between Israel and the UAE was signed on Tuesday.",
        ("signsAgreementWith", "israel", "united-arab-emirates"),
        True,
    ),
    (
        "The agreement between Sudan and Israel is the third such deal this year.",
        ("cooperatesWith", "sudan", "israel"),
        True,
    ),
]


def _event(pipeline, text: str, act: tuple[str, str, str]) -> bool:  # type: ignore[no-untyped-def]
    mentions = pipeline.extract(Document("t", text, date=DAY)).mentions
    found = [m for m in mentions if (m.relation, m.source.id, m.target.id) == act]
    shown = [(m.relation, m.source.id, m.target.id, m.event) for m in mentions]
    assert found, f"{act} not stated: {shown}"
    return any(m.event for m in found)


@pytest.mark.parametrize(("text", "act", "event"), PUNISHED_FOR, ids=row_ids(PUNISHED_FOR))
def test_punished_for(pipeline, text: str, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    assert _event(pipeline, text, act) is event


@pytest.mark.parametrize(("text", "act", "event"), STANDING_PRESENT, ids=row_ids(STANDING_PRESENT))
def test_standing_present(pipeline, text: str, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    assert _event(pipeline, text, act) is event


@pytest.mark.parametrize(("text", "act", "event"), JUDGED_TEXTS, ids=row_ids(JUDGED_TEXTS))
def test_judged_texts(pipeline, text: str, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    assert _event(pipeline, text, act) is event
