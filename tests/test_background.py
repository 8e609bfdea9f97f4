"""Background events: an act a sentence recalls to set the scene ("two days after
Malian soldiers attacked a convoy", "in response to the raid", "the engineers
they had kidnapped") stays a stated relation but codes no event; the sentence's
own news still does. Our own sentences."""

from __future__ import annotations

import pytest

from geograph.model import Mention

# (sentence, recalled relation (relation, source, target), news relation or None)
Row = tuple[str, tuple[str, str, str], tuple[str, str, str] | None]

RECALLED: list[Row] = [
    # A clause of time: after, since, before, until.
    (
        "France recalled its ambassador to Mali two days after Malian soldiers "
        "attacked a French convoy.",
        ("attacks", "mali", "france"),
        ("sanctions", "france", "mali"),
    ),
    (
        "Chile expelled two Peruvian diplomats a week after Peru accused Chile of spying.",
        ("accuses", "peru", "chile"),
        None,
    ),
    (
        "Relations have been frozen since Ethiopia invaded Somalia in 2006.",
        ("attacks", "ethiopia", "somalia"),
        None,
    ),
    (
        "Days before Russia invaded Ukraine, France warned Russia against any attack.",
        ("attacks", "russia", "ukraine"),
        None,
    ),
    # "following" (a verb to the parser) and "after" before a noun.
    (
        "Turkey closed its airspace to Israeli jets following Israel's raid on a Syrian port.",
        ("attacks", "israel", "syria"),
        None,
    ),
    (
        "Ghana summoned the Nigerian envoy after the Nigerian shelling of Ghanaian boats.",
        ("attacks", "nigeria", "ghana"),
        None,
    ),
    # In response, retaliation or reprisal for an act.
    (
        "Iran fired missiles at US bases in response to the US airstrike on Iranian generals.",
        ("attacks", "united-states", "iran"),
        ("attacks", "iran", "united-states"),
    ),
    (
        "Pakistan shelled Indian posts in retaliation for India's raid on Pakistani villages.",
        ("attacks", "india", "pakistan"),
        ("attacks", "pakistan", "india"),
    ),
    # The past perfect in a clause below the news.
    (
        "The Taliban freed the Kenyan engineers they had kidnapped in March.",
        ("assaults", "taliban", "kenya"),
        None,
    ),
    (
        "Sudan released the Chadian soldiers whom its army had captured in May.",
        ("coerces", "sudan", "chad"),
        None,
    ),
]


def _find(mentions: list[Mention], relation: str, source: str, target: str | None) -> list[Mention]:
    return [
        m
        for m in mentions
        if m.relation == relation
        and (not source or m.source.id == source)
        and (target is None or m.target.id == target)
    ]


def _show(mentions: list[Mention]) -> str:
    return "\n".join(
        f"  {m.relation}({m.source.id} -> {m.target.id}) event={m.event} [{m.trigger}]"
        for m in mentions
    )


@pytest.mark.parametrize(("text", "recalled", "news"), RECALLED, ids=[r[0][:40] for r in RECALLED])
def test_a_recalled_act_is_stated_but_no_event(
    extract, text: str, recalled: tuple[str, str, str | None], news: tuple[str, str, str] | None
) -> None:
    mentions = extract(text)
    old = _find(mentions, *recalled)
    assert old, f"missing {recalled}\nfound:\n{_show(mentions)}"
    assert not any(m.event for m in old), f"{recalled} coded as news\n{_show(mentions)}"
    if news is not None:
        new = _find(mentions, *news)
        assert any(m.event for m in new), f"{news} is the news\n{_show(mentions)}"


NEWS: list[str] = [
    # The sentence's own act, even when it comes after something ("after talks").
    "After two days of talks, Russia attacked Ukrainian ports.",
    "Israel struck Hamas positions in Gaza after midnight.",
    # Reported speech in the past perfect is the report, not background.
    "Kenya said Somali militants had attacked a Kenyan border post.",
    "Officials said Syria had shelled Turkish villages.",
]


@pytest.mark.parametrize("text", NEWS, ids=[t[:40] for t in NEWS])
def test_the_news_itself_stays_an_event(extract, text: str) -> None:
    mentions = extract(text)
    attacks = [m for m in mentions if m.relation == "attacks"]
    assert attacks and all(m.event for m in attacks), _show(mentions)


# An object relative clause acts on the noun it hangs on ("the schoolgirls (whom)
# it had abducted"); a clause of place does not ("the airport where X arrived").
OBJECT_RELATIVES: list[tuple[str, tuple[str, str, str] | None]] = [
    (
        "Boko Haram released the Nigerian schoolgirls it had abducted in April.",
        ("assaults", "boko-haram", "nigeria"),
    ),
    (
        "Boko Haram released the Nigerian schoolgirls whom it had abducted in April.",
        ("assaults", "boko-haram", "nigeria"),
    ),
    (
        "The Somali fishermen whom Kenyan police arrested last week were freed.",
        ("coerces", "kenya", "somalia"),
    ),
    (
        "Egypt freed the Israeli spy it had arrested in 2019.",
        ("coerces", "egypt", "israel"),
    ),
    ("The Turkish town where Syrian troops were camping was quiet.", None),
    ("The Kenyan port where Somali pirates seized ships is closed.", None),
]


@pytest.mark.parametrize(
    ("text", "expected"), OBJECT_RELATIVES, ids=[t[:40] for t, _ in OBJECT_RELATIVES]
)
def test_an_object_relative_acts_on_its_noun(
    extract, text: str, expected: tuple[str, str, str] | None
) -> None:
    mentions = extract(text)
    if expected is None:
        assert not [m for m in mentions if m.relation != "attacks"], _show(mentions)
    else:
        assert _find(mentions, *expected), f"missing {expected}\n{_show(mentions)}"
