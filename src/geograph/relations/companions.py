"""Who acts together with a verb's subject, named in a companion phrase ("France,
along with Germany, condemned", "Along with Britain, the United States ..."). Kept
apart from :mod:`.syntax` for size; it uses only token attributes."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon, Trigger
from .participles import visitor

__all__ = ["COMPANION_ADVERBS", "companions", "is_companion", "done_jointly"]


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition (as :func:`.syntax.pobjs`)."""
    found = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return [o for c in found for o in (visitor(c) or [c])]


COMPANION_ADVERBS = ("along", "together")


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """Who acts together with the subject, named between it and the verb: "France,
    along with Germany, condemned", "Kenya, together with Uganda, sent", "Egypt,
    alongside Jordan, urged"; or fronted before it: "Along with Britain, the United
    States condemned"."""
    out: list[Token] = []
    first = min(s.i for s in subjects)
    heads = [verb, *subjects]
    for head in heads:
        for prep in head.children:
            after = prep.right_edge.i + 1
            fronted = head is verb and after < first and verb.doc[after].text == ","
            if prep.dep_ != "prep" or not (first < prep.i < verb.i or fronted):
                continue
            if prep.lower_ == "alongside":
                out.extend(_pobjs(prep))
            elif prep.lower_ in COMPANION_ADVERBS:
                out.extend(o for w in prep.children if w.lower_ == "with" for o in _pobjs(w))
            elif prep.lower_ == "with" and any(
                c.lower_ in COMPANION_ADVERBS for c in prep.children if c.dep_ == "advmod"
            ):
                out.extend(_pobjs(prep))
    return out


def is_companion(tok: Token) -> bool:
    """``tok`` is named in a companion phrase ("along with Germany", "alongside Jordan")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "alongside":
        return True
    return prep.lower_ == "with" and (
        prep.head.lower_ in COMPANION_ADVERBS
        or any(c.lower_ in COMPANION_ADVERBS for c in prep.children if c.dep_ == "advmod")
    )


def done_jointly(verb: Token, trig: Trigger, lexicon: Lexicon) -> bool:
    """``verb``, or a verb it hangs on, states a hostile act done "jointly" or
    "together" ("agreed to fight rebels jointly", "will fight the militants
    together"): its coordinated doers are on one side, acting on a third."""
    if not lexicon.names_relation("hostile", trig.relation):
        return False
    adverbs = lexicon.classes.get("jointly", frozenset())
    return any(
        c.dep_ == "advmod" and c.lower_ in adverbs for h in (verb, verb.head) for c in h.children
    )
