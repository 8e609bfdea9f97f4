"""Participles the small parser reads as verbs of their own: "visiting X" (X the
visitor), the object a passive verb of giving keeps ("was granted asylum"), and
whether a verb is a "to" infinitive.
Kept apart from :mod:`.syntax` for size; it uses only token attributes."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = [
    "fronted_passive",
    "gerund_before",
    "retained_objects",
    "set_off",
    "to_infinitive",
    "visitor",
]


def to_infinitive(verb: Token) -> bool:
    """``verb`` is a "to" infinitive."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def set_off(verb: Token) -> bool:
    """``verb``'s phrase is set off by a comma before it ("..., accusing Iran")."""
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","


def gerund_before(verb: Token) -> bool:
    """The verb ``verb`` hangs on holds a gerund before it ("of shelling Basra")."""
    return any(g.dep_ == "pcomp" and g.i < verb.i for p in verb.head.children for g in p.children)


def visitor(tok: Token) -> list[Token]:
    """ "to visiting Syrian President Assad": the parser makes the participle a verb
    with the visitor as its object; the phrase names the visitor."""
    if tok.tag_ != "VBG" or tok.lower_ != "visiting" or tok.dep_ not in ("pcomp", "xcomp"):
        return []
    if any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        return []
    return [c for c in tok.children if c.dep_ == "dobj"]


def retained_objects(verb: Token) -> list[Token]:
    """The object a passive verb keeps ("was granted asylum")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def fronted_passive(verb: Token) -> Token | None:
    """The one a passive participle clause with a "by" phrase says was acted on: the
    main clause's subject ("Criticized by Washington, Israel defended its raid":
    Washington criticized Israel; "Backed by Syria, Lebanese militias attacked")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
