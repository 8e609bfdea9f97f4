"""Quotations introduced by a colon (helper q1): what stands inside the quotation is
said by the clause before the colon ("X said: ..." as "X said that ..."), whatever
the verb ("read", "responded", "spoke", "issued the following statement") and
however the parser hangs the quotation. A statement that is itself the subject
("Germany's statement read: ...") is its owner's. Our own sentences, not gold records.
"""

from __future__ import annotations

from typing import Any

import pytest

from relations_util import Expect, check, show

E = Expect


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [str(row[0])[:40] for row in table]


# (sentence, relation, source, target, who reports it)
QUOTED = [
    # A statement that "read": the statement's owner says it.
    (
        'The Kremlin\'s statement read: "Ukrainian forces attacked Russian border posts."',
        "attacks",
        "ukrainian-armed-forces",
        "russia",
        "russia",
    ),
    (
        'Germany\'s statement read: "Russia expelled two German diplomats on Friday."',
        "sanctions",
        "russia",
        "germany",
        "germany",
    ),
    # A verb of responding or speaking, the quotation parsed as the root.
    (
        "The Syrian foreign minister responded via Twitter: "
        '"Israeli jets bombed Damascus airport again."',
        "attacks",
        "israel",
        "syria",
        "syria",
    ),
    (
        "The Saudi foreign minister spoke to reporters after the meeting: "
        '"Houthi rebels attacked our oil facilities in Abqaiq."',
        "attacks",
        "houthis",
        "saudi-arabia",
        "saudi-arabia",
    ),
    # A quotation running on over several sentences: all of it is said.
    (
        'The Ukrainian general staff wrote on Telegram: "The night was difficult. '
        'Russian forces shelled Kharkiv with rockets."',
        "attacks",
        "russian-armed-forces",
        "ukraine",
        "ukraine",
    ),
    (
        'The Armenian defence ministry said: "The situation is tense. '
        'Azerbaijani forces shelled Armenian villages near the border."',
        "attacks",
        "azerbaijan",
        "armenia",
        "armenia",
    ),
]


@pytest.mark.parametrize(
    ("text", "relation", "source", "target", "reporter"), QUOTED, ids=_ids(QUOTED)
)
def test_colon_quotation_is_reported(
    extract, text: str, relation: str, source: str, target: str, reporter: str
) -> None:
    mentions = extract(text)
    check(mentions, (E(relation, source, target, "reported"),))
    found = [
        m for m in mentions if (m.relation, m.source.id, m.target.id) == (relation, source, target)
    ]
    assert any(m.reporter is not None and m.reporter.id == reporter for m in found), (
        f"not reported by {reporter}\nfound:\n{show(mentions)}"
    )


# Near readings that must stay asserted: the quotation closed before the act, or a
# colon that opens no quotation.
ASSERTED = [
    (
        'The Syrian minister said: "We are ready for talks," and hours later '
        "Israeli jets bombed Damascus airport.",
        E("attacks", "israel", "syria"),
    ),
    (
        "Two things happened on Monday: Israeli jets bombed Damascus airport "
        "and Syria closed its airspace.",
        E("attacks", "israel", "syria"),
    ),
    # A quotation ends with its paragraph.
    (
        'The Syrian defence ministry said: "Our air defences responded.\n\n'
        "Israeli jets bombed Damascus airport overnight.",
        E("attacks", "israel", "syria"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTED, ids=_ids(ASSERTED))
def test_outside_quotation_stays_asserted(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A definite event named after "like"/"unlike" is a real one of its own: the
# condition, negation or wish on what it is compared with is not its. Told inside a
# quotation, it is the speaker's.
COMPARED = [
    (
        "If China staged an invasion like Russia's invasion of Ukraine, "
        "Taiwan would need more weapons.",
        E("attacks", "russia", "ukraine"),
        E("attacks", "russia", "ukraine", "hypothetical"),
    ),
    (
        "Venezuela would not tolerate a blockade like the American embargo on Cuba.",
        E("sanctions", "united-states", "cuba"),
        E("sanctions", "united-states", "cuba", None, True),
    ),
    (
        "If Washington imposed sanctions like the EU sanctions on Russia, Moscow would retaliate.",
        E("sanctions", "european-union", "russia"),
        E("sanctions", "european-union", "russia", "hypothetical"),
    ),
    (
        'The Venezuelan foreign minister said: "We would never accept a blockade '
        'like the American embargo on Cuba."',
        E("sanctions", "united-states", "cuba", "reported"),
        E("sanctions", "united-states", "cuba", None, True),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), COMPARED, ids=_ids(COMPARED))
def test_compared_event_is_its_own(extract, text: str, expected: Expect, absent: Expect) -> None:
    check(extract(text), (expected,), (absent,))
