"""Twelfth-session rules, as sentence tables of our own."""

from __future__ import annotations

import pytest

from relations_util import row_ids

# (sentence, (relation, source id, target id), whether it codes an event)
PERFECT_RELATIVES = [
    # A relative clause in the present perfect tells what its noun has done so far:
    # who it is, not the sentence's news. The relation stays in the graph.
    (
        "Saudi Arabia struck the Houthis, who have fired missiles at Riyadh.",
        ("attacks", "houthis", "saudi-arabia"),
        False,
    ),
    (
        "The summit was chaired by Erdogan, who has accused Greece of harboring coup plotters.",
        ("accuses", "turkey", "greece"),
        False,
    ),
    (
        "Ukraine thanked Britain, which has sent tanks to Kyiv.",
        ("sellsArmsTo", "united-kingdom", "ukraine"),
        False,
    ),
    # The sentence's own act is still its news.
    (
        "Saudi Arabia struck the Houthis, who have fired missiles at Riyadh.",
        ("attacks", "saudi-arabia", "houthis"),
        True,
    ),
    (
        "Ukraine thanked Britain, which has sent tanks to Kyiv.",
        ("supports", "ukraine", "united-kingdom"),
        True,
    ),
    # Guards: the present perfect of a main or reported clause is news, and so is a
    # relative clause in the simple past that dates its act.
    ("Iran has armed the Houthis in Yemen.", ("sellsArmsTo", "iran", "houthis"), True),
    ("Israel said Iran has fired missiles at Tel Aviv.", ("attacks", "iran", "israel"), True),
    (
        "The Houthis, who fired missiles at Riyadh on Monday, said they would stop.",
        ("attacks", "houthis", "saudi-arabia"),
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "act", "event"), PERFECT_RELATIVES, ids=row_ids(PERFECT_RELATIVES)
)
def test_perfect_relative_clause_is_background(extract, text: str, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in extract(text) if (m.relation, m.source.id, m.target.id) == act]
    assert found, f"{act} not found in {text!r}"
    assert any(m.event for m in found) is event
