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
        self.causes = lexicon.words("cause_preps")
        self.reacting = lexicon.words("reacting_verbs")
        self.reacting_preps = lexicon.words("reacting_preps")
        self.reacting_nouns = lexicon.words("reacting_nouns")
        self.noun_preps = lexicon.words("reacting_noun_preps")
        self.charging = lexicon.words("charging_verbs")
        self.charging_preps = lexicon.words("charging_preps")

    def topic(self, trigger: Token) -> bool:
        """An act the news is about, not one it tells: a noun that a verb or noun of
        reacting takes ("condemned the arrest of its diplomats", "protested against
        the occupation", "voiced concern over the arrests", "opposition to the ban"),
        or the act a charge names ("accused Israel of shelling Gaza", "blamed the PKK
        for the bombing"). The reaction or the charge is the news; the act is only
        alleged or recalled by it."""
        if self._charged(trigger):
            return True
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return False
        head = trigger.head
        if trigger.dep_ == "pobj" and head.lower_ in self.noun_preps:
            reaction = head.head
            if reaction.pos_ == "NOUN" and reaction.lemma_.lower() in self.reacting_nouns:
                return True
            if reaction.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.reacting_nouns
                for c in reaction.children
            ):
                # "lodged a protest over the seizure", "expressed anger at the raid":
                # the parser hangs the phrase on the verb.
                return True
        if trigger.dep_ == "pobj" and head.lower_ in self.reacting_preps:
            head = head.head
        elif trigger.dep_ not in ("dobj", "nsubjpass"):
            return False
        return head.pos_ == "VERB" and head.lemma_.lower() in self.reacting

    def _charged(self, trigger: Token) -> bool:
        """The act in a charge's "of/with/for" phrase ("accused Iran of arming the
        rebels", "charged with spying", "suspected by the West of bombing")."""
        if trigger.dep_ not in ("pcomp", "pobj") or trigger.head.lower_ not in self.charging_preps:
            return False
        tok = trigger.head.head
        # The parser may hang the phrase on the charge's object or agent
        # ("suspected by the West of bombing"): climb over them to the verb.
        for _ in range(3):
            if tok.pos_ == "VERB" or tok.dep_ not in ("dobj", "pobj", "agent", "nsubjpass"):
                break
            tok = tok.head
        return tok.pos_ == "VERB" and tok.lemma_.lower() in self.charging

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
            if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in self.causes:
                # "expelled the envoy over the seizure of a tanker".
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
