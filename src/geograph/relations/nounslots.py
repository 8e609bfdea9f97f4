"""Where a relation noun's target is, by the slot names of ``data/relations.toml``:
on the noun, or on the light verb it is the object of (nominal); and the verb a
noun is "under" or received by ("came under attack", "faces pressure from")."""

from __future__ import annotations

from spacy.tokens import Token

from . import content, places, syntax
from .base import Context
from .participles import readiness_word
from .sides import standing
from .slots import condition_subjects, moved_forces_objects, noun_border


def noun_slot_tokens(
    noun: Token,
    host: Token | None,
    slot: str,
    purposes: frozenset[str] = frozenset(),
    forces: frozenset[str] = frozenset(),
) -> list[Token]:
    """The tokens a noun's target slot holds (``prep:X``, ``xsubj``, ``locus``,
    ``purpose``, ``condition``, ``iobj``, ``obj``, ``owner``, ``border``), on the noun
    or its light verb ``host``."""
    if slot.startswith("prep:"):
        word = slot[5:]
        return (
            syntax.prep_objects(noun, word)
            or (syntax.prep_objects(host, word) if host is not None else [])
            or standing(host, word)
            or moved_forces_objects(noun, word, forces)
        )
    if slot == "border":
        return noun_border(noun, host, forces)
    if slot == "xsubj":
        # "its demand that Israel ease restrictions" (the tagger may take the verb of
        # a "that" clause for a noun: "its demand that Sudan ease restrictions").
        return [
            g
            for child in [*noun.children, *content.hung_on_verb(noun)]
            if child.dep_ in ("acl", "ccomp", "relcl")
            and (
                child.pos_ in ("VERB", "AUX")
                or any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
            )
            for g in child.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ]
    if slot == "locus":
        return places.locus(noun) or (places.locus(host) if host is not None else [])
    if slot == "purpose" and host is not None:
        # "continued their hunger strike to demand ...": the light verb's purpose clause.
        return syntax.purpose_objects(host, purposes)
    if slot == "condition" and host is not None:
        # "vowed to continue the war until Iran accepts a ceasefire": the light verb's
        # condition. (A finite clause's subject needs no object control.)
        return condition_subjects(host, frozenset())
    if slot == "iobj" and host is not None:
        # "gave Syria an ultimatum": the light verb's indirect object.
        return syntax.indirect_objects(host)
    if slot == "obj" and host is not None and noun.dep_ in ("pobj", "nsubj"):
        # "asked Namibia for forgiveness": the host's own object, when the noun is not
        # it; "aid from Turkey reached Syria": the object of the verb it is subject of.
        return syntax.direct_objects(host)
    if slot == "owner":
        # The noun's owner as its target, when the source is the host: "welcomed
        # Russian mediation", "came to Israel's defence" (as owners() reads it).
        return [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")] + (
            syntax.prep_objects(noun, "by")
        )
    return []


def receiving(anchor: Token, host: Token | None, ctx: Context) -> Token | None:
    """The verb of receiving or undergoing the noun is the object of ("received
    aid", "faces pressure"), or that it is "under" ("came under attack")."""
    converse = ctx.lexicon.classes.get("converse", frozenset())
    if host is not None:
        return host if host.lemma_.lower() in converse else None
    verb = verb_under(anchor)
    if verb is not None and f"{verb.lemma_.lower()} under" in converse:
        return verb
    if verb is not None and syntax.prep_objects(anchor, "from"):
        # "Turkey, under pressure from NATO, withdrew": whoever it comes from acts on
        # the one under it, whatever the clause's verb.
        return verb
    return None


def named_objects(verb: Token) -> list[Token]:
    """The verb's direct objects, if named rather than pronouns ("put Iran under
    investigation"; "bring them under control" may be fires or crowds)."""
    objs = syntax.direct_objects(verb)
    return objs if objs and all(o.pos_ != "PRON" for o in objs) else []


def verb_under(anchor: Token) -> Token | None:
    """The verb a noun is "under" ("was put under investigation", "came under attack")."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "under":
        verb = anchor.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def ready_for(noun: Token, ctx: Context) -> Token | None:
    """Whose will the act a noun after "for" or "to" names is, when a word of
    readiness (``readiness_words``) takes it: "Iran is ready for talks with
    Washington", "is open to talks with China" (the adjective stands as the verb),
    "expressed readiness for talks with Seoul" (the verb whose object the word is).
    Its subject means to do the act, as with "ready to hold talks" (see
    ``NounHosts.offered``)."""
    word = readiness_word(noun, ctx.lexicon.words("readiness_words"))
    if word is None:
        return None
    if word.pos_ == "ADJ" and word.dep_ == "acomp":
        return word
    if word.pos_ == "NOUN" and word.dep_ in ("dobj", "obj") and word.head.pos_ == "VERB":
        return word.head
    return None
