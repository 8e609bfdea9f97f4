"""Sentence-table helpers for relation tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from geograph.evaluate import actor_code
from geograph.model import Mention


@dataclass(frozen=True)
class Expect:
    """One relation a sentence must state: ``relation`` from ``source`` to ``target``
    (actor ids), with its negation and modality (None: any)."""

    relation: str
    source: str
    target: str
    modality: str | None = "asserted"
    negated: bool | None = False


def matches(m: Mention, e: Expect, symmetric: bool = False) -> bool:
    ends = (m.source.id, m.target.id)
    wanted = (e.source, e.target)
    same_ends = ends == wanted or (symmetric and ends == wanted[::-1])
    return (
        m.relation == e.relation
        and same_ends
        and (e.modality is None or m.modality == e.modality)
        and (e.negated is None or m.negated == e.negated)
    )


def show(mentions: list[Mention]) -> str:
    return "\n".join(
        f"  {m.relation}({m.source.id} -> {m.target.id}) {m.modality}"
        f"{' negated' if m.negated else ''} [{m.trigger}]"
        for m in mentions
    )


SYMMETRIC = {"hasTensionWith", "alliedWith"}


def check(
    mentions: list[Mention], expected: tuple[Expect, ...], absent: tuple[Expect, ...] = ()
) -> None:
    for e in expected:
        assert any(matches(m, e, e.relation in SYMMETRIC) for m in mentions), (
            f"missing {e}\nfound:\n{show(mentions)}"
        )
    for e in absent:
        assert not any(matches(m, e, e.relation in SYMMETRIC) for m in mentions), (
            f"unexpected {e}\nfound:\n{show(mentions)}"
        )


def asserted(relation: str, source: str, target: str) -> Expect:
    """A main event a lead asserts in its own voice."""
    return Expect(relation, source, target)


def reported(relation: str, source: str, target: str) -> Expect:
    """A main event a lead attributes to someone ("officials said")."""
    return Expect(relation, source, target, modality="reported")


def row_ids(table: list[tuple[Any, ...]]) -> list[str]:
    """Test ids for a sentence table: the start of each row's sentence."""
    return [str(row[0])[:50] for row in table]


def related_codes(mentions: list[Mention]) -> list[tuple[str, str, str]]:
    """Each mention as (relation, source code, target code), the codes an event coder
    would give its actors (their country, else IGO/NGO/IMG)."""
    return [(m.relation, actor_code(m.source), actor_code(m.target)) for m in mentions]


def ends(m: Mention) -> tuple[str, str, str]:
    """(relation, source id, target id) of a mention."""
    return (m.relation, m.source.id, m.target.id)


def rows(mentions: list[Mention]) -> list[tuple[str, str, str, bool, str]]:
    """What a failed assertion shows: ends, whether an event, modality."""
    return [(*ends(m), m.event, m.modality) for m in mentions]


def coded(mentions: list[Mention], act: tuple[str, str, str]) -> bool:
    """Whether a mention with these ends codes an event."""
    return any(ends(m) == act and m.event for m in mentions)


def stated(mentions: list[Mention], act: tuple[str, str, str]) -> list[Mention]:
    """The mentions with these ends, event or not."""
    return [m for m in mentions if ends(m) == act]
