"""Private bodies and private people are not their state (helper q2, pass s6).

A state's name or demonym inside a private body's name ("the American Civil
Liberties Union", "the British Red Cross") names that body: what the body does is
no act of the state or of its people. A state body's name keeps its state ("the
Chinese Foreign Ministry"). Our own sentences, not gold records."""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# A demonym or a state's name in a private body's name: the state does not act.
BODIES = [
    (
        "The British Red Cross accused the Sudanese army of blocking aid convoys.",
        E("accuses", "united-kingdom", "sudan"),
    ),
    (
        "The German Football Association criticized Qatar over migrant workers.",
        E("criticizes", "germany", "qatar"),
    ),
    (
        "The Australian Medical Association urged China to release the detained doctor.",
        E("appealsTo", "australia", "china"),
    ),
    (
        "The Canadian Civil Liberties Association filed a lawsuit against Ottawa.",
        E("accuses", "canada", "canada"),
    ),
    (
        "The Japanese Red Cross Society sent doctors and medicine to Ukraine.",
        E("aids", "japan", "ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), BODIES, ids=_ids(BODIES))
def test_private_body_is_not_its_state(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# The near readings that must stay: a state body's name, a state's own name.
KEPT = [
    ("The Chinese Foreign Ministry condemned Japan.", E("criticizes", "china", "japan")),
    ("The Soviet Union invaded Afghanistan in 1979.", E("attacks", "soviet-union", "afghanistan")),
    (
        "The Union of Soviet Socialist Republics invaded Afghanistan in 1979.",
        E("attacks", "soviet-union", "afghanistan"),
    ),
    ("The British government criticized Sudan.", E("criticizes", "united-kingdom", "sudan")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=_ids(KEPT))
def test_state_bodies_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# "X and Y announced their support": "their" is the coordinated subject, private
# people here, not a state named in an earlier sentence.
THEIR = [
    (
        "Canada hosted the summit in June. The novelist Margaret Atwood and the singer "
        "Neil Young announced their support for Ukraine.",
        E("supports", "canada", "ukraine"),
    ),
    (
        "The talks were held in Germany. Footballer Mesut Ozil and rapper Bushido "
        "declared their solidarity with Palestine.",
        E("supports", "germany", "palestine"),
    ),
    (
        "Brazil was hit by floods last month. Singer Anitta and footballer Neymar "
        "pledged their help to Mozambique.",
        E("aids", "brazil", "mozambique"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), THEIR, ids=_ids(THEIR))
def test_their_is_the_coordinated_subject(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))


# ... which, when the coordination names states, is those states.
THEIR_STATES = [
    ("Russia and China announced their support for Iran.", E("supports", "russia", "iran")),
    (
        "Norway hosted the meeting. Sweden and Finland declared their solidarity with Ukraine.",
        E("supports", "finland", "ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEIR_STATES, ids=_ids(THEIR_STATES))
def test_their_states_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A state body whose name holds a state's word stays the state.
STATE_BODIES = [
    (
        "The Italian Chamber of Deputies condemned Russia.",
        E("criticizes", "italy", "russia", modality=None),
    ),
    (
        "The Russian Federation Council approved the deployment of troops to Syria.",
        E("agreesWith", "russia", "syria", modality=None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATE_BODIES, ids=_ids(STATE_BODIES))
def test_state_body_names_kept(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# The British Red Cross is its own body (gazetteer), neither the ICRC nor the UK.
RED_CROSS = [
    (
        "The British Red Cross accused the Sudanese army of blocking aid convoys.",
        E("accuses", "org:british-red-cross", "sudan"),
    ),
    (
        "Volunteers of the British Red Cross Society delivered food to Ukraine.",
        E("aids", "org:british-red-cross", "ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RED_CROSS, ids=_ids(RED_CROSS))
def test_british_red_cross(extract, text: str, expected: Expect) -> None:
    mentions = extract(text)
    check(mentions, (expected,))
    assert not any(m.source.id in ("org:icrc", "united-kingdom") for m in mentions)
