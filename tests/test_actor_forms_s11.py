"""Actor forms of news prose (helper af): a state's possessive or demonym before a
named group ("Colombia's ELN guerrillas"), ethnic and regional rebels of more than
one possible state ("Kurdish rebels", "Tuareg rebels"), and evacuations of one's own
people. Our own sentences, not gold records; every row failed before its rule,
unless marked as a guard."""

from __future__ import annotations

import pytest

from relations_util import Expect, check
from relations_util import row_ids as _ids

E = Expect

# A state's possessive or demonym before a named armed group or state body of that
# state only places the group at home: the group acts, once, not also the state.
HOMED = [
    (
        "Colombia's ELN guerrillas ambushed a Venezuelan army patrol.",
        (E("attacks", "eln", "venezuela"),),
        (E("attacks", "colombia", "venezuela"),),
    ),
    (
        "Sierra Leone's RUF rebels kidnapped Nigerian peacekeepers.",
        (E("assaults", "ruf", "nigeria"),),
        (E("assaults", "sierra-leone", "nigeria"),),
    ),
    (
        "Uganda's LRA rebels abducted Sudanese villagers.",
        (E("assaults", "lords-resistance-army", "sudan"),),
        (E("assaults", "uganda", "sudan"),),
    ),
    (
        "Sri Lanka's LTTE rebels accused India of betrayal.",
        (E("accuses", "ltte", "india"),),
        (E("accuses", "sri-lanka", "india"),),
    ),
    (
        "Israel's Shin Bet agents arrested a Palestinian journalist.",
        (E("coerces", "shin-bet", "palestine"),),
        (E("coerces", "israel", "palestine"),),
    ),
    # Guards: a list names two sides ...
    (
        "Israeli and Hezbollah fighters exchanged fire across the border.",
        (E("attacks", "israel", "hezbollah"), E("attacks", "hezbollah", "israel")),
        (),
    ),
    (
        "Turkish and PKK fighters clashed near the Iraqi border.",
        (E("attacks", "turkey", "pkk"), E("attacks", "pkk", "turkey")),
        (),
    ),
    # ... and a group of no country keeps the state where it fights.
    (
        "Iraqi Islamic State militants attacked government forces.",
        (E("attacks", "isis", "iraq"), E("attacks", "iraq", "iraq")),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), HOMED, ids=_ids(HOMED))
def test_state_homes_named_group(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)
