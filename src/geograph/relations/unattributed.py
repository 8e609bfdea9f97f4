"""Violence reported without a named doer.

News often reports violence by its victims and place alone: a passive with no
agent ("three soldiers were killed in Kandahar"), a weapon or an attack as the
subject ("a roadside bomb near Samarra killed two policemen"), or people named
only by what they do ("gunmen stormed a hotel in Kabul"). When the attack itself
has an owner ("killed in a US counterterrorism operation") that owner is the
doer. Otherwise the doer is coded as unidentified attackers in the country
where it happened: the convention of CAMEO coders for actors known only by
place. A named cause that is no one's act ("killed in an earthquake") is no
attack at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Actor
from . import places, syntax
from .base import Context, claiming_verb, noun_triggers
from .refs import Ref

# Kinds of actor mention that say where something happened.
WHERE = ("place", "capital", "name")
PLACE_TYPES = ("Territory", "State")
WEIGHT = 0.5
# Preposition objects that may name the cause of harm: "killed in a bombing".
CAUSE_PREPS = ("in", "by", "during")
# Links that keep a word inside the place phrase it modifies ("the U.S. border city
# of El Paso", "Mokha, Yemen").
INSIDE_PLACE = ("compound", "amod", "appos", "conj", "npadvmod", "nmod", "poss")
VIOLENT_RELATIONS = ("attacks", "assaults")
# Actor types of a state's own bodies (its armed forces, its agencies).
STATE_BODIES = ("Military", "Agency")


def placed(ref: Ref, ctx: Context) -> bool:
    """The actor was named as the place of something ("a bomb in Kabul", "a Kabul
    car bombing")."""
    tok = ctx.resolver.doc[ref.token]
    if places.in_place_phrase(tok):
        return True
    if not _violent(tok, ctx):
        return False
    for child in tok.children:
        span = ctx.resolver.actors.at(child)
        if (
            child.dep_ in ("compound", "nmod")
            and span is not None
            and span.kind in ("place", "capital")
            and span.actor.id == ref.actor.id
        ):
            return True
    return False


def doers(verb: Token, ctx: Context) -> list[Ref]:
    """Who did the violence ``verb`` states when the sentence names no doer."""
    classes = ctx.lexicon.classes
    # "died in an ambush": the subject is the victim, as of a passive.
    dying = verb.lemma_.lower() in classes.get("dying", frozenset())
    subjects = [] if dying else [_antecedent(s) for s in syntax.subjects(verb, ctx.object_control)]
    if subjects:
        if not all(_violent(s, ctx) or syntax.named_by(s, classes["attackers"]) for s in subjects):
            return []
    elif not (syntax.is_passive(verb) or dying):
        return []
    causes = [
        obj
        for prep in verb.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in CAUSE_PREPS
        for obj in syntax.pobjs(prep)
    ]
    if any(syntax.named_by(c, classes["mishaps"]) for c in causes):
        return []  # "killed in a car crash in Ghana"
    if dying and not any(_attack(c, ctx) for c in causes):
        return []  # "died in hospital", "died in Paris"
    for cause in causes:
        owner = _owner(cause, ctx)
        if owner:
            return owner
    for weapon in subjects:
        user = _user(weapon, ctx)
        if user:
            return user
    place = _where(verb, subjects, ctx)
    if (
        place is None
        and subjects
        and all(syntax.named_by(s, classes["attackers"]) for s in subjects)
    ):
        # Only for attackers named as such ("gunmen shot ..."): a bare passive with
        # no place ("Kennedy was shot", "soldiers killed in the battle") may be
        # history or abroad.
        place = _victims_state(verb, ctx)
    if place is None:
        return []
    actor = Actor(
        id=f"unidentified:{(place.country or place.id).lower()}",
        label=f"unidentified attackers in {place.label}",
        type="ArmedGroup",
        country=place.country,
    )
    anchor = subjects[0] if subjects else verb
    return [Ref(actor, None, anchor.i, WEIGHT)]


def _violent(tok: Token, ctx: Context) -> bool:
    return syntax.named_by(tok, ctx.lexicon.classes["attack_means"])


def _attack(cause: Token, ctx: Context) -> bool:
    """The cause names an attack or its means ("an ambush", "a roadside bomb")."""
    return _violent(cause, ctx) or any(
        t.relation in VIOLENT_RELATIONS for t in noun_triggers(cause, ctx)
    )


def _owner(cause: Token, ctx: Context) -> list[Ref]:
    """Whose attack the cause is: "a US counterterrorism operation", "an Israeli air
    strike", "Russia's shelling"."""
    if not _attack(cause, ctx):
        return []
    modifiers = [c for c in cause.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    found = [r for r in ctx.refs(modifiers, "agent") if r.token != cause.i]
    # "killed in an ambush by Hezbollah guerrillas", "wounded in a raid by Israeli
    # commandos": the attack's "by" phrase names its doers.
    return found or [
        r for r in ctx.refs(syntax.prep_objects(cause, "by"), "agent") if not placed(r, ctx)
    ]


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("a bomb that killed ...": the bomb)."""
    if tok.tag_ == "WDT" and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _user(weapon: Token, ctx: Context) -> list[Ref]:
    """Who set the weapon that did the harm: the one who planted, fired or
    detonated it ("planted a roadside bomb that killed four soldiers": the relative
    clause's subject is the bomb), or the "by" phrase of a participle on it ("a
    bomb planted by the PKK exploded")."""
    if not _violent(weapon, ctx):
        return []
    placers = [
        a for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in syntax.agents(c)
    ]
    if weapon.dep_ == "dobj" and weapon.head.pos_ == "VERB":
        placers += syntax.subjects(weapon.head, ctx.object_control)
    claimed = claiming_verb(weapon, ctx)
    if claimed is not None:
        # "claimed responsibility for a bombing that killed 20 people": the claimant.
        placers += syntax.subjects(claimed, ctx.object_control)
    # Anchored on the weapon: what it is says how the harm was done (a rocket is
    # military force, a roadside bomb is not).
    return [
        Ref(r.actor, r.sector, weapon.i, r.weight)
        for r in ctx.refs(placers, "agent")
        if not placed(r, ctx)
    ]


def _victims_state(verb: Token, ctx: Context) -> Actor | None:
    """With no place named, the state of a victim named by office or nationality
    ("gunmen tried to assassinate the Haitian president"): violence against a
    state's officials is most often done in that state."""
    for ref in ctx.refs(syntax.direct_objects(verb), "patient"):
        # An office holder or a state's forces, not its nationals (who may be abroad).
        # (A state's own bodies too: "attacked the Turkish army", "the Indian police".)
        if ref.sector not in (None, "people") and (
            ref.actor.type in PLACE_TYPES or ref.via is not None or ref.actor.type in STATE_BODIES
        ):
            state = ctx.state(ref.actor.country)
            if state is not None:
                return state
    return None


def _where(verb: Token, subjects: list[Token], ctx: Context) -> Actor | None:
    """The country (or disputed territory) where the violence happened: a place in
    a locative phrase of the clause, the attack's phrase or the object's phrase,
    or the place attacked itself ("Baghdad was shelled")."""
    heads = list(subjects)
    heads += [o for p in verb.children if p.dep_ == "prep" for o in syntax.pobjs(p)]
    heads += places.off_compass(verb)  # "killed 17 villagers south of Algiers"
    heads += syntax.direct_objects(verb)
    if verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB":
        # "stormed a hotel in Kabul, killing two tourists": where the main clause says.
        heads += [c for c in verb.head.children if c.dep_ in ("prep", "dobj")]
    victims = {t.i for t in syntax.direct_objects(verb)}
    for tok in syntax.phrase_tokens(heads):
        span = ctx.resolver.actors.at(tok)
        if span is None or span.actor.type not in PLACE_TYPES:
            continue
        place_noun = (
            span.kind == "demonym"
            and tok.dep_ == "amod"
            and tok.head.lemma_.lower() in ctx.resolver.words.place_nouns
        )
        if span.kind not in WHERE and not place_noun:
            continue  # "Iraqi civilians" say who, not where
        # "a Baghdad car bomb": a place naming the weapon says where it struck.
        names_weapon = tok.dep_ in ("compound", "nmod") and tok.head in subjects
        hit = tok.i in victims and not place_noun
        if not (hit or names_weapon or _locative(tok, victims, ctx)):
            continue  # "Abu Dhabi TV photojournalist", "Indonesia's minister"
        # A disputed territory with no country ("Kashmir") is its own place.
        return ctx.state(span.actor.country) or span.actor
    return None


def _locative(tok: Token, victims: set[int], ctx: Context) -> bool:
    """``tok`` sits in the object of a preposition of place ("in the town of
    Samarra", "at a Walmart store in the U.S. border city of El Paso"), or in a
    place the attack hit ("shelled a part of Syria's second city Aleppo")."""
    place_nouns = ctx.resolver.words.place_nouns
    through_place = False
    for _ in range(6):
        through_place = through_place or tok.lemma_.lower() in place_nouns
        if places.in_place_phrase(tok):
            return True
        if tok.i in victims:
            return through_place
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            tok = tok.head.head
        elif tok.dep_ in INSIDE_PLACE and tok.head.i != tok.i:
            tok = tok.head
        else:
            return False
    return False
