"""Sentence tables for unrest and its handling: protests (CAMEO 14), coercion (17),
mobilisation (15), concessions (08) and violence in coordinated clauses (18-19).
Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect


def _ids(table: list[tuple[str, object]]) -> list[str]:
    return [t[:40] for t, _ in table]


UNREST = [
    # 18x: a second coordinated act of violence keeps its doer; "up to 16" is a
    # quantity, not a particle and a preposition.
    (
        "Taliban fighters abducted up to 12 Pakistani engineers from a road camp and "
        "exploded two bombs in Kabul.",
        E("assaults", "taliban", "pakistan"),
    ),
    (
        "Taliban fighters abducted up to 12 Pakistani engineers from a road camp and "
        "exploded two bombs in Kabul.",
        E("assaults", "taliban", "afghanistan"),
    ),
    (
        "Al-Shabaab militants exploded a car bomb outside a hotel in Mogadishu.",
        E("assaults", "al-shabaab", "somalia"),
    ),
    (
        "ETA exploded two bombs in Madrid and wounded a Spanish policeman.",
        E("assaults", "eta", "spain"),
    ),
    # 145 riot: unnamed rioters are the people of the place, also when the place is a
    # building in a city or "the Kenyan capital".
    ("Prisoners rioted at a jail in Nairobi on Monday.", E("protestsAgainst", "kenya", "kenya")),
    ("Inmates rioted at a prison in the Peruvian capital.", E("protestsAgainst", "peru", "peru")),
    ("Students rioted in a Sudanese town.", E("protestsAgainst", "sudan", "sudan")),
    # 172x: ordering media or parties at home to stop is closing them, not a demand.
    (
        "The Turkish government ordered a Kurdish television channel to stop broadcasting.",
        E("coerces", "turkey", "turkey"),
    ),
    (
        "The Egyptian interior ministry forced an independent daily to halt publication.",
        E("coerces", "egypt", "egypt"),
    ),
    ("Myanmar's junta shut down two independent newspapers.", E("coerces", "myanmar", "myanmar")),
    # 150: deploying police or paramilitaries at home shows force to one's own people.
    (
        "The Egyptian interior ministry deployed riot police across the capital.",
        E("mobilizesAgainst", "egypt", "egypt"),
    ),
    (
        "The Kenyan government sent in paramilitary police after the election.",
        E("mobilizesAgainst", "kenya", "kenya"),
    ),
    # A provincial government is its country's.
    (
        "The government of Balochistan province ordered patrols by police and paramilitary troops.",
        E("mobilizesAgainst", "pakistan", "pakistan"),
    ),
    ("The government of Sindh province condemned India.", E("criticizes", "pakistan", "india")),
]


@pytest.mark.parametrize(("text", "expected"), UNREST, ids=_ids(UNREST))
def test_unrest(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


ABSENT = [
    # The shown force is only a domestic one's: troops sent abroad are no show of
    # force to anyone's people; ordering a neighbour's paper closed is no coercion
    # at home.
    ("NATO deployed troops in Poland.", E("mobilizesAgainst", "nato", "poland")),
    ("Germany deployed troops in Lithuania.", E("mobilizesAgainst", "germany", "germany")),
    (
        "Germany urged the Hungarian government to stop harassing newspapers.",
        E("coerces", "germany", "germany"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), ABSENT, ids=_ids(ABSENT))
def test_unrest_absent(extract, text: str, absent: Expect) -> None:
    check(extract(text), (), (absent,))
