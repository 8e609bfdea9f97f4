"""Wire datelines ("NAIROBI, March 3 (Reuters) - ") say where a story was filed:
parsed apart from the story's first sentence, their town is neither an actor nor
the place of what follows. Our own sentences."""

from __future__ import annotations

import pytest

from geograph.pipeline import paragraphs
from relations_util import Expect, check

E = Expect

DATELINES = [
    "NAIROBI, March 3 (Reuters) - ",
    "BEIRUT, Lebanon (AP) — ",
    "MOSCOW, Jan. 5 (Xinhua) -- ",
    "ANKARA, Turkey – ",
]

# Sentences whose reading depends on the places a sentence names: crowds and
# mutual acts that a second country in the sentence would unsettle.
STORIES = [
    (
        "Protesters stormed the parliament in Colombo.",
        E("protestsAgainst", "sri-lanka", "sri-lanka"),
    ),
    ("Students rallied in Tehran against the government.", E("protestsAgainst", "iran", "iran")),
    ("Israel and Hamas swapped prisoners.", E("retreatsFrom", "israel", "hamas")),
    (
        "Egypt and Sudan launched a joint project to dredge the Nile.",
        E("cooperatesWith", "egypt", "sudan"),
    ),
]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize(("story", "expected"), STORIES, ids=[s[:30] for s, _ in STORIES])
def test_a_dateline_changes_nothing(extract, dateline: str, story: str, expected: Expect) -> None:
    mentions = extract(dateline + story)
    check(mentions, (expected,))
    # The evidence is the story's sentence, without the dateline.
    assert all(not m.sentence.startswith(dateline.strip()) for m in mentions)


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_is_its_own_piece(dateline: str) -> None:
    text = dateline + "Kenya accused Uganda of shelling border villages.\n\nMore follows."
    pieces = paragraphs(text)
    assert pieces[0] == dateline
    assert "".join(pieces) == text


# Capitals opening a headline or sentence with no country, date or agency after
# them are no dateline ("US — China talks", "NATO - Russia council").
@pytest.mark.parametrize(
    "text", ["US — China talks resumed in Geneva.", "NATO - Russia council met in Brussels."]
)
def test_capitals_alone_are_no_dateline(text: str) -> None:
    assert paragraphs(text) == [text]
