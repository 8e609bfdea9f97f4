"""Quotations introduced by a colon.

'The ministry said: "Our forces struck the camp"', 'Trump's statement read: "...
was killed in a U.S. operation"', 'The minister responded via Twitter: "..."': what
stands inside the quotation is what the clause before the colon says, reported as
"X said that ..." is. The parser hangs such quotations in many ways (the quoted
clause as a complement of the verb before the colon, or as the root with that verb
below it), so they are found by their punctuation: a colon, an opening double
quote right after it, and no other double quote or paragraph break between it
and the trigger.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

QUOTES = {'"', "“", "”"}
# How far back (in tokens) the opening of a quotation is looked for.
MAX_QUOTE = 150


def colon_quote_verb(trigger: Token, sentence: Callable[[int], Span]) -> Token | None:
    """The verb of the clause before the colon that opens the quotation
    ``trigger`` stands in, or None when ``trigger`` is not in such a quotation.
    ``sentence`` gives the sentence of a token index (the resolver's, which does not
    walk the doc as ``Token.sent`` does)."""
    doc = trigger.doc
    opening: Token | None = None
    # The quotation may run on over several sentences of its paragraph ('The army
    # said: "Our jets struck the camp. Hamas fired rockets."'), not past its end.
    for i in range(trigger.i - 1, max(trigger.i - MAX_QUOTE, 0) - 1, -1):
        if doc[i].text in QUOTES:
            opening = doc[i]
            break
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return None
    if opening is None or opening.i == 0:
        return None
    colon = opening.nbor(-1)
    if colon.text != ":":
        return None
    sent = sentence(colon.i)
    # The clause before the colon: its top token is the one whose head lies
    # outside it (or the root itself).
    before = range(sent.start, colon.i)
    tops = [t for t in sent[: colon.i - sent.start] if t.head.i not in before or t.head.i == t.i]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verbs[0].children):
        # "I told them: ..." is the writer's own voice (as "I think that ...").
        return None
    return verbs[0]


def statement_owner(subject: Token, statement_nouns: frozenset[str]) -> Token:
    """Who a statement belongs to when the statement itself is the subject
    ("Trump's statement read: ...", "a statement from the ministry read: ...")."""
    if subject.lemma_.lower() not in statement_nouns:
        return subject
    for child in subject.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return subject
