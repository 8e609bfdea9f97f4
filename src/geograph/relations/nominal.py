"""Relations stated by a noun: "accusations by Israel", "Israel's killing of nine
Turks", "sanctions on Iran", "the sale of drones to Azerbaijan", and nouns that
are the object of a light verb ("Washington imposed sanctions on Tehran")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from . import syntax
from .arguments import Ref
from .base import Context, Found
from .lexicon import Trigger
from .verbal import TERRITORY_TYPES


def _matching(noun: Token, ctx: Context) -> list[Trigger]:
    """Triggers for ``noun``; a multi-word trigger ("air strike") beats its head alone."""
    lemma = noun.lemma_.lower()
    triggers = ctx.lexicon.nouns.get(lemma, ()) or ctx.lexicon.nouns.get(noun.lower_, ())
    if not triggers:
        return []
    left = " ".join(
        c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
    )
    multi = [t for t in triggers if " " in t.word and left.endswith(t.word.rsplit(" ", 1)[0])]
    if multi:
        return multi
    return [t for t in triggers if " " not in t.word]


def owners(noun: Token, ctx: Context) -> list[Ref]:
    """Who the noun's act belongs to: "Israel's", "Israeli", "by Israel"."""
    tokens = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    refs = [r for r in ctx.refs(tokens, "agent") if r.token != noun.i]
    if not refs:
        refs = ctx.refs(
            syntax.prep_objects(noun, "by") + syntax.prep_objects(noun, "from"), "agent"
        )
    return refs


def find(noun: Token, ctx: Context) -> Iterator[Found]:
    """Relations the noun ``noun`` states."""
    if ctx.resolver.actors.at(noun) is not None:
        return
    host = syntax.governing_clause(noun)
    if host is not None and host.lemma_.lower() not in ctx.lexicon.classes.get("light", ()):
        host = None
    seen: set[tuple[str, str, str]] = set()
    for trig in _matching(noun, ctx):
        sources: list[Ref] = []
        for slot in trig.source:
            if slot == "owner":
                sources = owners(noun, ctx)
            elif slot == "host" and host is not None:
                sources = ctx.refs(syntax.subjects(host, ctx.object_control), "agent")
            if sources:
                break
        if not sources:
            continue
        targets: list[Ref] = []
        for slot in trig.target:
            if not slot.startswith("prep:"):
                continue
            word = slot[5:]
            tokens = syntax.prep_objects(noun, word)
            if not tokens and host is not None:
                tokens = syntax.prep_objects(host, word)
            targets = [t for t in ctx.refs(tokens, "patient") if t.token != noun.i]
            if targets:
                break
        if trig.territory_only:
            targets = [t for t in targets if t.actor.type in TERRITORY_TYPES]
        if not targets and trig.mutual and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a.actor.id != b.actor.id]
        else:
            pairs = [(s, t) for s in sources for t in targets]
        for src, tgt in pairs:
            if trig.inverse:
                src, tgt = tgt, src
            key = (trig.relation, src.actor.id, tgt.actor.id)
            if src.actor.id == tgt.actor.id or key in seen:
                continue
            seen.add(key)
            yield Found(trig.relation, src, tgt, noun, "noun", anchor=host)
