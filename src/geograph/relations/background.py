"""Background events: acts a sentence recalls to set the scene for its own news.

"France recalled its ambassador two days after Malian soldiers attacked a French
convoy" reports a recall; the attack is background, told as the reason or the
time of the recall. Event coders code the sentence's new act, not the history it
recalls, so a relation stated only in such a phrase is kept in the graph (it is
still stated) but codes no event: counting it again would count an old attack as
a new one every time the press recalls it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

# How far to climb from the trigger towards the root of its sentence.
MAX_CLIMB = 12


class BackgroundReader:
    """Whether a trigger sits in a phrase that recalls an earlier act."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.marks = lexicon.words("background_marks")
        self.reasons = lexicon.words("background_reasons")
        self.reacting = lexicon.words("reacting_verbs")
        self.reacting_preps = lexicon.words("reacting_preps")

    def topic(self, trigger: Token) -> bool:
        """An act named by a noun that a verb of reacting takes as its object or in
        its "over/against" phrase ("condemned the arrest of its diplomats",
        "protested against the occupation"): the reaction is the news."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return False
        head = trigger.head
        if trigger.dep_ == "pobj" and head.lower_ in self.reacting_preps:
            head = head.head
        elif trigger.dep_ not in ("dobj", "nsubjpass"):
            return False
        return head.pos_ == "VERB" and head.lemma_.lower() in self.reacting

    def recalled(self, trigger: Token) -> bool:
        tok = trigger
        for _ in range(MAX_CLIMB):
            head = tok.head
            if head.i == tok.i:
                return False
            if tok.dep_ in ("advcl", "relcl", "acl") and self._recalling_clause(tok):
                return True
            if tok.dep_ in ("pobj", "pcomp", "dobj") and head.lower_ in self.marks:
                # "after the raid", "since attacking", "following Israel's raid"
                # (the parser makes "following" a verb).
                return True
            if (
                tok is not trigger
                and tok.dep_ == "pobj"
                and head.lower_ == "in"
                and tok.lemma_.lower() in self.reasons
            ):
                # "in response to the raid", "in retaliation for the shelling".
                return True
            tok = head
        return False

    def _recalling_clause(self, verb: Token) -> bool:
        """A clause of time ("after/since/before X attacked") or one in the past
        perfect ("the engineers they had kidnapped in March")."""
        for c in verb.children:
            if c.dep_ == "mark" and c.lower_ in self.marks:
                return True
            if c.dep_ in ("aux", "auxpass") and c.lower_ == "had":
                return True
        return False
