"""The verb whose subject does the act a relation noun names when the noun is no
light verb's object: "went on strike", "flew to Moscow for talks with", "after talks
with Mitterrand, Kohl said", "rushed to the aid of Haiti"; and the verbs of naming
that make a noun a name given, no act ("called it an aggression")."""

from __future__ import annotations

from spacy.tokens import Token

from . import places
from .base import Context, claiming_verb

# Prepositions that put a verb's subject into the act of their noun, and the
# lexicon class of those verbs.
ROLE_VERBS = {"for": "travel", "as": "serving"}


def after_talks(noun: Token, ctx: Context) -> Token | None:
    """The verb whose subject held the meeting a phrase of time names with its other
    side: "Kohl, after talks with Mitterrand, said ...", "Following a meeting with
    King Hussein, the Egyptian president said ..." (wire leads put the meeting before
    what was said after it; "after talks between" two others names no one's)."""
    if noun.lemma_.lower() not in ctx.lexicon.classes.get("meetings", frozenset()):
        return None
    prep = noun.head
    if not (
        (noun.dep_ == "pobj" and prep.lower_ == "after")
        or (noun.dep_ == "dobj" and prep.lower_ == "following" and prep.dep_ == "prep")
    ):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def taking_part(noun: Token, ctx: Context) -> Token | None:
    """The verb that puts its subject into the act a noun names: "went on strike",
    "put its troops on alert" (the verbs are the lexicon's ``partake`` class)."""
    claimed = claiming_verb(noun, ctx)
    if claimed is not None:
        return claimed
    if noun.dep_ == "pobj" and noun.head.lower_ in ROLE_VERBS:
        # "flew to Moscow for talks with": who goes somewhere for a meeting takes
        # part in it; "acted as a mediator between": who serves in a role.
        verb = noun.head.head
        verbs = ctx.lexicon.classes.get(ROLE_VERBS[noun.head.lower_], frozenset())
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
            return verb
        if noun.head.lower_ == "for" and verb.lemma_ == "be" and places.locus(verb):
            # "was in Moscow for talks with Lavrov": who is somewhere for a meeting.
            return verb
        return None
    after = after_talks(noun, ctx)
    if after is not None:
        return after
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "in", "into"):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "took part in"
    if verb.lemma_.lower() == "be" and noun.i < verb.i:
        # "are on hunger strike": a copula's act follows it; a fronted phrase ("In the
        # deal, three sites are to be kept") frames the clause.
        return None
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ctx.lexicon.classes.get(
        "partake", frozenset()
    ):
        return verb
    return None


def name_given(noun: Token, verb: Token, ctx: Context) -> bool:
    """Whether ``noun`` is the second object of a verb of naming ("called it an
    aggression", "branded the strike an act of war"): what something is called."""
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("naming", frozenset()):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.i < noun.i for c in verb.children)


def thing_named(noun: Token, verb: Token, ctx: Context) -> bool:
    """Whether ``noun`` is the first object of a verb of naming, the thing given a
    name ("calling the investigation into Trump 'Soviet-style'", "branded the
    sanctions on Russia economic warfare"): the act is no act of whoever names it,
    though its owner's still ("labelled the US embargo a crime"). "Called a truce"
    declares one: "call" needs the name, which the parser may hang inside the
    object's phrase."""
    if verb.lemma_.lower() not in ctx.lexicon.classes.get("naming", frozenset()):
        return False
    if noun.dep_ not in ("dobj", "obj") or noun.head.i != verb.i:
        return False
    # The name: a second object or complement, or, anywhere in the verb's own
    # clause, an apposition or an opening quote (a closing one may hang anywhere).
    later = [c for c in verb.children if c.i > noun.i and c.dep_ in ("oprd", "xcomp", "ccomp")]
    later += [
        t
        for t in verb.subtree
        if t.i > noun.i and (t.dep_ == "appos" or t.tag_ == "``") and clause_of(t).i == verb.i
    ]
    return verb.lemma_.lower() != "call" or bool(later)


def clause_of(tok: Token) -> Token:
    """The nearest verb above ``tok``."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def rushing_to(noun: Token, ctx: Context) -> Token | None:
    """The verb of "came to the defence of Israel", "rushed to the aid of Haiti",
    "agreed to a ceasefire with Israel": its subject does (or takes on) the act the
    noun names (the verbs are the lexicon's ``rushing`` and ``assenting`` classes), as
    the subject of a light verb would ("defended Israel", "agreed a ceasefire")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "for", "with"):
        return None
    verb = noun.head.head
    classes = ctx.lexicon.classes
    lemma = verb.lemma_.lower()
    # "asked Namibia for forgiveness": only host-class triggers use an asking verb;
    # "hit Belarus with sanctions": a verb of penalizing with the penalty it deals;
    # "backed the rebels with money": a verb of supporting with what it gives.
    wanted = {
        "to": ("rushing", "assenting"),
        "for": ("asking", "turning"),
        "with": ("penalizing", "bolstering"),
    }[noun.head.lower_]
    # "remains committed to peace talks": the adjective stands as the verb.
    verbal = verb.pos_ == "VERB" or (verb.pos_ == "ADJ" and verb.dep_ == "acomp")
    if verbal and any(lemma in classes.get(c, frozenset()) for c in wanted):
        return verb
    return None
