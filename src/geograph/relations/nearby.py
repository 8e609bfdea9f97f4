"""The fallback reading of an argument: the first actor named anywhere in the
tokens of a slot, when the parse does not say which word is the argument."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from . import places, syntax
from .base import Context
from .refs import Ref

FALLBACK_WEIGHT = 0.6


def nearby(tokens: list[Token], ctx: Context, role: str, exclude: Sequence[Ref] = ()) -> list[Ref]:
    """The first actor named anywhere in ``tokens``, when the grammar did not say
    which word is the argument ("the spokesman of the Iranian foreign ministry
    condemned ...", "fired shells at positions held by rebels near Aleppo")."""
    # One state may act on itself through different parts ("Afghan guerrillas blew
    # up power lines into Kabul"): exclude the same actor only in the same sector.
    taken = {r.actor.id for r in exclude}
    kinds = ctx.lexicon.classes.get("actor_kinds", frozenset())
    attributing = ctx.lexicon.classes.get("attributing", frozenset())
    things, inside, victim = ctx.resolver.actors.things, {t.i for t in tokens}, role != "agent"
    works = ctx.resolver.words.border_works
    broken = ctx.lexicon.classes.get("broken_rules", frozenset())
    for tok in tokens:
        span = ctx.resolver.actors.at(tok)
        if span is None or (span.kind == "place" and role == "agent"):
            continue
        # "Hagia Sophia, a Greek church": said of a building, no party; "another
        # attack ascribed to the Taliban": its doer, no victim.
        if any(
            a.i in things
            or (victim and a.i in inside and a.pos_ == "VERB" and a.lemma_.lower() in attributing)
            for a in (tok, *tok.ancestors)
        ):
            continue
        if syntax.in_comparison(tok, kinds):
            continue  # "a ban on plastic like Kenya": what is compared is no party
        if _rule_broken(tok, inside, broken):
            continue  # "aides held in contempt of Congress": whose rule is broken
        land = span.kind == "place" or span.actor.type in ("State", "Territory")
        if victim and land and places.placed_where(tok, inside, works):
            continue  # "a wall along the border with Mexico": where a land is
        if role != "agent" and ctx.resolver.names_aircraft(tok):
            continue  # "the Boeing was downed": a plane, not the company
        if ctx.resolver.names_base(tok):
            continue  # "London-based dissidents": their base, not who they are
        if ctx.resolver.names_backer(tok):
            # "Russian-backed separatists shelled ...": not Russia, but the group
            # may be known by where it acts ("a missile fired by pro-Russia rebels").
            group = ctx.resolver.one(tok.head, role)
            if group is not None and group.actor.id not in taken:
                return [Ref(group.actor, group.sector, group.token, FALLBACK_WEIGHT)]
            continue
        actor = span.represents or span.actor
        if actor.id not in taken:
            # "detachments of Cuban and Angolan troops": each coordinated owner.
            mods = tok.conjuncts if tok.dep_ in ("amod", "nmod", "compound") else ()
            found = [Ref(actor, span.sector, tok.i, FALLBACK_WEIGHT)]
            for conj in mods:
                other = ctx.resolver.actors.at(conj)
                if other is None or other.kind == "place":
                    continue
                owner = other.represents or other.actor
                if owner.id not in taken and all(r.actor.id != owner.id for r in found):
                    found.append(Ref(owner, other.sector, conj.i, FALLBACK_WEIGHT))
            return found
    return []


def _rule_broken(tok: Token, inside: set[int], broken: frozenset[str]) -> bool:
    """``tok`` is inside an "in contempt of", "in defiance of", "in violation of"
    phrase of the argument ("aides held in contempt of Congress", "tests carried out
    in breach of the Chinese moratorium"): it names whose rule or will someone
    broke, not whom the act is done to."""
    for node in places.within(tok, inside):
        head = node.head
        if (
            node.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in broken
            and head.head.dep_ == "pobj"
            and head.head.head.lower_ == "in"
        ):
            return True
    return False
