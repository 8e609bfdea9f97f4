"""Which parties a verb's reading names are no parties: a place of the doers' own
state they travel to, a body of their own state they take a seat in, their own
things ("defended his policies"), the places a list says where something happened,
and a standing text as subject ("the pact requires ...")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from . import syntax
from .base import Context
from .lexicon import Trigger
from .refs import Ref
from .sides import PLACE_KINDS, TERRITORY_TYPES

# Sectors of a state's own bodies one takes a seat in.
SEATS = ("legislature", "government", "judiciary")


def seat_at_home(verb: Token, target: Ref, sources: Sequence[Ref], ctx: Context) -> bool:
    """Whether someone, by a verb of the lexicon's ``membership`` class, joins a
    body of their own state ("Cummings joined the Maryland General Assembly", "the
    former minister joined the Kenyan parliament"): a seat taken, no cooperation."""
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("membership", frozenset()):
        return False
    if target.sector not in SEATS and target.actor.type != "Agency":
        # "joined the Vermont legislature", "joined the Maryland General Assembly": a
        # region's body, read as the region's state with no sector; its noun says it.
        nouns = ctx.resolver.words.sector_nouns
        if target.sector is not None or not any(
            c.dep_ == "dobj" and nouns.get(c.lower_) in SEATS for c in verb.children
        ):
            return False
    return any(
        s.actor.country is not None and s.actor.country == target.actor.country for s in sources
    )


def instrument_subject(verb: Token, ctx: Context) -> bool:
    """Whether the active verb's subject is a standing text of the actor words'
    ``instruments`` ("the pact, which requires Brazilian compliance", "NATO
    guidelines call for 2%"): a rule, which states no act of whoever made it."""
    if syntax.is_passive(verb):
        return False
    words = ctx.resolver.words.instruments
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    deals = ctx.lexicon.classes.get("agreement", frozenset())
    if not subjects and verb.dep_ == "acl" and verb.head.lemma_.lower() not in deals:
        # "a bill legalising abortion", "a law to allow China to extradite" (but "an
        # agreement to supply tanks" says what its signers will do).
        subjects = [verb.head]
    for subj in subjects:
        if subj.tag_ in syntax.RELATIVE_TAGS and verb.dep_ == "relcl":
            # "a pact ..., which requires": the clause's noun; the parser may hang it
            # on the pact's last party ("a pact between the EU and Mercosur, which").
            subj = verb.head
            node = subj
            while node.dep_ in ("conj", "pobj") and node.head.i != node.i:
                node = node.head
                if node.dep_ == "prep" and node.lower_ in ("between", "with", "among"):
                    subj = node.head
                    break
        named = ctx.resolver.actors.at(subj)
        if named is not None and named.kind == "name":
            # "The Warsaw Pact accused ...": a word of a known body's name names the
            # body, not a treaty.
            continue
        if subj.lemma_.lower() in words or subj.lower_ in words:
            return True
    return False


def abroad(trig: Trigger, targets: list[Ref], sources: Sequence[Ref], ctx: Context) -> list[Ref]:
    """``targets`` without the places of the doers' own state, for the relations of
    the lexicon's ``abroad`` class: "Trump visited California", "the premier toured
    the capital" is travel at home, no meeting with anyone."""
    if not ctx.lexicon.names_relation("abroad", trig.relation):
        return targets
    homes = {s.actor.country for s in sources if s.actor.country}

    def at_home(ref: Ref) -> bool:
        tok = ctx.resolver.doc[ref.token]
        span = ctx.resolver.actors.at(tok)
        if span is None and tok.lemma_.lower() in ctx.resolver.words.place_nouns:
            # "Harris visited the state", "toured the province": a place of the
            # doer's own country named by a noun is home too.
            return ref.actor.country in homes
        return (
            span is not None
            and span.kind in PLACE_KINDS
            and span.actor.type in TERRITORY_TYPES
            and ref.actor.type == "State"
            and ref.actor.country in homes
        )

    return [t for t in targets if not at_home(t)]


def stance_at_home(
    verb: Token, target: Ref, sources: Sequence[Ref], ctx: Context, said: bool = False
) -> bool:
    """Whether a person wants their own state, named as a country or by its capital,
    to act, by a verb of the lexicon's ``stance_at_home`` class or by saying it should
    (``said``): "Blankenship wanted the US to avoid being the world's policeman",
    "argued the US should lead" state a view, no demand on anyone. Addressing the
    country ("urged Guatemala to punish the killers") or wanting its government or
    leader to act still asks them."""
    wishing = ctx.lexicon.classes.get("stance_at_home", frozenset())
    if not said and verb.lemma_.lower() not in wishing:
        return False
    if target.actor.type != "State" or not target.actor.country:
        return False
    span = ctx.resolver.actors.at(ctx.resolver.doc[target.token])
    if span is None or span.kind not in ("name", "capital") or span.actor.type != "State":
        return False
    # A named person is read as their state, the person kept as ``via``.
    return any(
        s.actor.country == target.actor.country
        and "Person" in (s.actor.type, s.via.type if s.via else None)
        for s in sources
    )


def own_thing(target: Ref, sources: Sequence[Ref], ctx: Context) -> bool:
    """Whether ``target`` is only the doer's own thing, named by a pronoun that points
    back to it: "Erdogan defended his economic policies", "the minister praised her
    record" act on no one. A group of the state ("sacked his interior minister") or
    a name in the phrase still counts."""
    tok = ctx.resolver.doc[target.token]
    if ctx.resolver.actors.at(tok) is not None:
        return False
    if ctx.resolver.sector_noun(tok):
        return False
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
    return owned and any(s.actor.id == target.actor.id for s in sources)


def evacuates_own(trig: Trigger, src: Ref, tgt: Ref, trigger: Token, ctx: Context) -> bool:
    """Whether a state moves its own people or forces to safety, by a verb of the
    lexicon's ``evacuating`` class ("Ethiopia evacuated its nationals from Somalia"):
    care of its own, no aid to itself (others' people stay: "Kenya evacuated Somali
    refugees")."""
    return (
        trig.relation == "aids"
        and syntax.in_class(trigger, ctx.lexicon.classes.get("evacuating", frozenset()))
        and src.actor.country is not None
        and tgt.actor.country == src.actor.country
    )


def not_listed(
    targets: list[Ref], sources: list[Ref], where: list[Token], ctx: Context
) -> list[Ref]:
    """``targets`` without the places the doer was read from ("arrests were made in
    Spain, Italy and Greece": that list says where, never whom)."""
    if not where:
        return targets
    acting = {s.actor.id for s in sources}
    listed = place_tokens(where, ctx)
    return [t for t in targets if t.token not in listed or t.actor.id in acting]


def place_tokens(where: list[Token], ctx: Context) -> set[int]:
    """Positions of the places named in ``where`` and the places listed with them
    ("in Spain, Italy and Greece"), not of what they qualify ("outside the French
    embassy in Karachi")."""
    out: set[int] = set()
    todo = [t for t in where if ctx.resolver.actors.at(t) is not None]
    while todo:
        tok = todo.pop()
        if tok.i not in out:
            out.add(tok.i)
            todo.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    return out
