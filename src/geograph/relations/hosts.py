"""What the verb a relation noun hangs on does to it: rejects it ("rejected calls
for talks"), offers it ("pledged aid to Nepal": an intent), stops or bans it
("halted its air strikes"), ends it, or takes it back ("scrapped the deal").
Mixed into :class:`~geograph.relations.modality.ModalityReader`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .participles import clause_subject, readiness_word
from .syntax import to_infinitive

if TYPE_CHECKING:
    from .stance import Stance


class NounHosts:
    """The word sets are the reader's (:mod:`.modality`), from ``data/relations.toml``."""

    rejecting: frozenset[str]
    directive: frozenset[str]
    plans: frozenset[str]
    offering: frozenset[str]
    readiness: frozenset[str]
    offered_done: frozenset[str]
    stopping: frozenset[str]
    banning: frozenset[str]
    ending: frozenset[str]
    revoking: frozenset[str]
    intending: frozenset[str]
    lasting: frozenset[str]
    asking: frozenset[str]
    deals: frozenset[str]
    concluded: frozenset[str]
    including: frozenset[str]
    programmes: frozenset[str]

    def _rejected(self, noun: Token) -> bool:
        """The noun (a call, a demand) is the object of a verb of rejecting."""
        return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in self.rejecting

    def _rejecting_call(self, verb: Token) -> bool:
        """The verb rejects a call or demand that is its object ("rejected calls")."""
        return verb.lemma_.lower() in self.rejecting and any(
            c.dep_ in ("dobj", "nsubjpass")
            and (c.lemma_.lower() in self.directive or c.lemma_.lower() in self.plans)
            for c in verb.children
        )

    def offered(self, stance: Stance, host: Token, noun: Token | None = None) -> Stance:
        """A noun offered or promised ("offered military support", "pledged aid to
        Nepal") is a stated intent, as its verb's infinitive would be; but offering
        an apology or thanks is making it ("offered an apology to India", CAMEO 055).
        A noun planned is only aimed at; one called off is not held."""
        if noun is not None and noun.dep_ == "nsubjpass" and self._stopped(noun):
            # "talks between Greece and Turkey were called off": read from the verb
            # (its parties' act), the noun is what it stops.
            return replace(stance, negated=True, intent=False)
        if host.lemma_.lower() in self.intending and stance.modality in ("asserted", "reported"):
            # "planned an attack on Iraq", "is preparing an offensive": aimed at, not done.
            return replace(stance, modality="hypothetical", intent=False)
        # "is ready for talks", "is open to talks": the will stated.
        readiness = readiness_word(noun, self.readiness) if noun is not None else None
        ready = readiness is not None
        if (host.lemma_.lower() not in self.offering and not ready) or stance.negated:
            return stance
        if noun is not None and noun.lemma_.lower() in self.offered_done:
            return stance
        if stance.modality not in ("asserted", "reported", "future"):
            return stance
        will = (readiness or host).lemma_.lower()
        if ready and stance.modality != "future":
            # Read as "is ready to hold talks" is: meant, not held (no meeting, 04x).
            return replace(stance, modality="hypothetical", intent=True, will=will, will_noun=True)
        return replace(stance, intent=True, will=will, will_noun=True)

    def promised_clause(self, clause: Token, verb: Token) -> bool:
        """``clause`` is what the promiser says it would do: a "would" clause under a
        verb of offering whose subject is the promiser ("pledged it would send drones",
        "promised India they would free the fishermen"): an intent, as "pledged to
        send" is; not what others would do ("suggested that Kiev would attack")."""
        if verb.lemma_.lower() not in self.offering:
            return False
        subj, doer = clause_subject(clause), clause_subject(verb)
        return subj is not None and (
            subj.lower_ in ("it", "they", "he", "she", "we")
            or (doer is not None and subj.lower_ == doer.lower_)
        )

    def _stopped(self, noun: Token) -> bool:
        """The noun is what a verb of stopping ends ("halted its air strikes on Gaza",
        "called off the protest", "lifted the blockade") or of forbidding bars ("banned
        protests in Lagos"): the act no longer goes on, or does not happen."""
        if noun.dep_ not in ("dobj", "nsubjpass"):
            return False
        verb = noun.head
        if verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.stopping or lemma in self.banning:
            return True
        if lemma in self.ending and noun.lemma_.lower() in self.lasting:
            # Ending a measure that lasts stops it ("ended its siege of Beirut"), where
            # ending a visit or talks concluded them.
            return True
        return any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in self.stopping for c in verb.children
        )

    def _asked_for(self, noun: Token) -> bool:
        """The noun is what a verb of asking asks for ("demanded the release of its
        soldiers", "requested Japanese aid", "called for the withdrawal of"): the act
        is wanted, not done."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "for":
            head = head.head
        elif noun.dep_ != "dobj":
            return False
        return head.pos_ == "VERB" and head.lemma_.lower() in self.asking

    def _agreed_act(self, noun: Token, trigger: Token, came_by: str) -> bool:
        """The act an agreement's infinitive says will be done ("reached an agreement
        to exchange prisoners": an intent); a sale it concludes is done."""
        return (
            came_by == "acl"
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self.deals
            and trigger.lemma_.lower() not in self.concluded
            and any(
                c.dep_ == "acl" and to_infinitive(c) and trigger in c.subtree for c in noun.children
            )
        )

    def _ended(self, noun: Token) -> bool:
        """The noun is the object of a verb of stopping or ending."""
        return (
            noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB"
            and noun.head.lemma_.lower() in self.ending
        )

    def _revoked(self, noun: Token) -> bool:
        """The noun is what a verb of undoing takes back ("reneged on its commitment",
        "backed out of the deal", "scrapped the agreement")."""
        tok = noun
        for _ in range(4):
            if tok.dep_ not in ("pobj", "prep", "dobj", "prt", "advmod"):
                break
            if tok.dep_ == "prep" and tok.lower_ not in ("on", "of", "from", "out", "away"):
                # "withdrew from Gaza after attacks on its soldiers": only what the
                # verb takes back ("reneged on", "backed out of", "walked away from").
                break
            tok = tok.head
            if tok.pos_ == "VERB":
                return tok.lemma_.lower() in self.revoking
        return False

    def _programme_item(self, verb: Token) -> bool:
        """``verb`` says what a platform or plan includes ("his platform included
        withdrawing troops"): its items are proposed, not done."""
        return verb.lemma_.lower() in self.including and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.programmes
            for c in verb.children
        )
