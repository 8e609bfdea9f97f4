"""Actor mentions in a parsed text: :class:`ActorSpan` (an actor named by some
tokens) and :class:`DocActors` (all of one doc's, by token), as the linker
(:mod:`geograph.linker`) finds them and the relation extractor reads them."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .model import Actor


def _before_name(span: Span) -> list[Token]:
    """The words of a name's phrase before it: "former US President" in "former US
    President Barack Obama", also when the parser hangs the name on the title as an
    apposition ("former president Obama")."""
    root = span.root
    phrase = root.head if root.dep_ == "appos" and root.head.i < span.start else root
    return [t for t in phrase.subtree if t.i < span.start]


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor mentioned by tokens ``start:end`` of a doc.

    ``represents`` is set for a person who holds an office of a state ("Russian
    Foreign Minister Sergei Lavrov"): relations then go to the state, with ``sector``.
    """

    start: int
    end: int
    actor: Actor
    kind: str  # name | demonym | capital | person | org
    sector: str | None = None
    represents: Actor | None = None


@dataclass(slots=True)
class DocActors:
    """The actors found in one doc, indexed by token."""

    spans: list[ActorSpan] = field(default_factory=list)
    by_token: dict[int, ActorSpan] = field(default_factory=dict)
    # Tokens of names that name a thing, not an actor ("daily Kathimerini"): their
    # phrase names no one, not even the state its modifier names ("Greek").
    things: set[int] = field(default_factory=set)

    def add(self, span: ActorSpan) -> None:
        self.spans.append(span)
        for i in range(span.start, span.end):
            self.by_token[i] = span

    def at(self, token: Token) -> ActorSpan | None:
        return self.by_token.get(token.i)

    def replace(self, i: int, span: ActorSpan) -> None:
        """Put ``span`` in place of the ``i``-th span (same tokens, read anew)."""
        self.spans[i] = span
        for t in range(span.start, span.end):
            self.by_token[t] = span

    def remove(self, span: ActorSpan) -> None:
        self.spans.remove(span)
        for t in range(span.start, span.end):
            del self.by_token[t]

    def countries_lived_in(self, group: Token) -> set[str]:
        """The countries the "in" phrase of a people's noun names, or of its verb when
        it is the object, also where it is driven "from" or "out of": "ethnic Albanians
        in Kosovo", "beat ethnic Georgians in the Georgian town of Gori", "drove ethnic
        Albanians out of Kosovo"; the passive's subject is its object ("three ethnic
        Albanians were killed in Srbica")."""
        heads = (group, group.head) if group.dep_ in ("dobj", "nsubjpass") else (group,)
        words = [("in",), ("in", "from", "out")][len(heads) - 1]
        phrases = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in words]
        return {c for p in phrases for c in self.countries_in(p.doc[p.i : p.right_edge.i + 1])}

    def countries_in(self, sent: Span, exclude: ActorSpan | None = None) -> dict[str, Actor]:
        """Every country a state or territory mention of ``sent`` names (a state's
        office holders too), each with a mention of it, a state's if there is one."""
        out: dict[str, Actor] = {}
        for span in self.spans:
            if not sent.start <= span.start < sent.end or span is exclude:
                continue
            for actor in (span.actor, span.represents):
                if actor is None or actor.type not in ("State", "Territory") or not actor.country:
                    continue
                if actor.country not in out or actor.type == "State":
                    out[actor.country] = actor
        return out

    def actors(self) -> list[Actor]:
        """Distinct actors in order of first mention."""
        seen: dict[str, Actor] = {}
        for span in sorted(self.spans, key=lambda s: s.start):
            seen.setdefault(span.actor.id, span.actor)
            if span.represents is not None:
                seen.setdefault(span.represents.id, span.represents)
        return list(seen.values())
