"""Participles the small parser reads as verbs of their own: "visiting X" (X the
visitor), and the object a passive verb of giving keeps ("was granted asylum").
Kept apart from :mod:`.syntax` for size; it uses only token attributes."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["retained_objects", "visitor"]


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
