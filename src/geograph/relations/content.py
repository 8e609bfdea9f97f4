"""What a noun holds and what it is likened to: its "that" clause or a clause with its
own subject ("reports that Kenya attacked", "allegations he lied"), and a definite
event named after a word of comparison ("an attack like the strike on Balakot")."""

from __future__ import annotations

from spacy.tokens import Token


def holds_content(clause: Token, *, infinitive: bool = False) -> bool:
    """``clause``, hung on a noun, says what the noun holds: a "that" clause or one
    with its own subject ("reports that Kenya attacked", "allegations he lied"), or
    with ``infinitive`` also a "to" infinitive ("the plan to sell")."""
    return any(
        (c.dep_ == "mark" and c.lower_ == "that")
        or c.dep_ in ("nsubj", "nsubjpass")
        or (infinitive and c.dep_ == "aux" and c.tag_ == "TO")
        for c in clause.children
    )


def that_clause(noun: Token) -> bool:
    """``noun`` has a "that" clause saying what it holds ("the claim that ...")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")]
    return any(g.dep_ == "mark" and g.lower_ == "that" for c in clauses for g in c.children)


def content_noun_before(clause: Token, nouns: frozenset[str]) -> Token | None:
    """A noun of ``nouns`` right before a clause with its own subject and no
    subordinator, which the parser hung elsewhere: "stemmed from allegations Trump
    tried to pressure Kyiv" (the clause says what the allegations hold)."""
    start = clause.left_edge.i
    if start == 0 or any(c.dep_ == "mark" for c in clause.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    noun = clause.doc[start - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns else None


def compared_event(noun: Token, preps: frozenset[str]) -> bool:
    """``noun`` is a definite event named after a preposition of comparison ("an
    attack like the Indian strike on Balakot", "a call like Trump's call with Zelensky");
    a bare or indefinite one ("steps like sanctions") is only an example."""
    return (
        noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and noun.head.lower_ in preps
        and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
            for c in noun.children
        )
    )


def hung_on_verb(noun: Token) -> list[Token]:
    """The "that" clauses of ``noun`` that the parser hung on the verb it is the
    object of: "reiterated its demand today that Sudan ease restrictions", "repeated
    their call that Egypt lift the blockade". A verb with a noun for its object takes
    no "that" clause of its own (only people are told, warned or assured that ...)."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return []
    return [
        c
        for c in noun.head.children
        if c.dep_ == "ccomp"
        and c.i > noun.i
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
    ]


def clause_noun(clause: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of ``nouns`` whose "that" clause ``clause`` is, though the parser hung
    it on the noun's verb (see :func:`hung_on_verb`)."""
    if clause.dep_ != "ccomp":
        return None
    for noun in clause.head.children:
        if noun.lemma_.lower() in nouns and clause in hung_on_verb(noun):
            return noun
    return None
