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

from .base import Found
from .lexicon import Lexicon
from .misparses import apposition_anchor
from .participles import perfect, pluperfect, set_off
from .slots import PRESSED, pressed_by

# How far to climb from the trigger towards the root of its sentence.
MAX_CLIMB = 12
# What others do to press for an act: its clause or phrase says the act yields to it.
PRESSING_RELATIONS = ("demands", "protestsAgainst", "concedesTo", "threatens", "mobilizesAgainst")
# Sectors whose "standing down" is forces pulling back, not leaving an office.
NOT_OFFICE_SECTORS = ("military", "rebel", "police", "intelligence")
# How many words after its preposition a crime may be named ("for the brutal murder").
CRIME_REACH = 10
# Acts for which an arrest or sentence is a political case: protest and speech.
# (Not "accuses": every case is brought "on charges of" something.)
POLITICAL_CASES = (
    "protestsAgainst", "criticizes", "demands", "rejects", "threatens", "mobilizesAgainst",
    "spiesOn",
)  # fmt: skip
# Possessives that make a victim the doer's own ("his wife", "their children").
OWN_POSSESSIVES = ("his", "her", "their")


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
        self.reason_verbs = lexicon.words("reason_verbs") | self.reacting
        self.verdicts = lexicon.words("verdict_words")
        self.verdict_preps = lexicon.words("verdict_preps")
        self.justice = lexicon.words("justice_acts")
        self.crimes = lexicon.words("common_crimes")
        self.crime_preps = lexicon.words("crime_preps")
        self.household = lexicon.words("household")
        self.resigning = lexicon.words("resigning_verbs")
        self.resigning_nouns = lexicon.words("resigning_nouns")
        self.scheduled = lexicon.words("scheduled_departures")
        self.offices = lexicon.words("offices")
        self.pressing = lexicon.classes.get("pressing", frozenset())
        self.verbs, self.nouns = lexicon.verbs, lexicon.nouns
        self.accord_nouns = lexicon.words("accord_nouns")
        self.accord_noun_preps = lexicon.words("accord_noun_preps")
        self.accord_verbs = lexicon.words("accord_verbs")
        self.accord_verb_preps = lexicon.words("accord_verb_preps")
        self.exchange_nouns = lexicon.words("exchange_nouns")
        self.texts = lexicon.words("proposed_texts")
        self.proposing = lexicon.words("proposing_verbs")
        self.truces = lexicon.classes.get("truces", frozenset())
        self.plan_nouns = lexicon.words("plan_nouns")
        self.plan_making = lexicon.words("plan_making_verbs")
        self.standing_preps = lexicon.words("standing_preps")
        self.standing_copulas = lexicon.words("standing_copulas")
        self.standing_measures = lexicon.words("standing_measures")
        self.judged_texts = lexicon.words("judged_texts")

    def not_news(self, item: Found, negated: bool, modality: str) -> bool:
        """Whether a relation the sentence states is not its news: recalled, the topic
        of a reaction, a charge or a deal, a private criminal case, a resignation no
        one pressed for (a pledge to go is an intent, CAMEO 0341), or a departure only
        scheduled ("was due to stand down", no pledge)."""
        trigger = item.trigger
        if self.recalled(item.anchor or trigger) or self.topic(trigger):
            return True
        if self.private_case(trigger):
            return True
        if negated:
            return False
        if modality in ("asserted", "reported"):
            return self.unpressed_resignation(item)
        return modality == "future" and self.scheduled_departure(item)

    def topic(self, trigger: Token) -> bool:
        """An act the news is about, not one it tells: a noun that a verb or noun of
        reacting takes ("condemned the arrest of its diplomats", "protested against
        the occupation", "voiced concern over the arrests", "opposition to the ban"),
        or the act a charge names ("accused Israel of shelling Gaza", "blamed the PKK
        for the bombing"). The reaction or the charge is the news; the act is only
        alleged or recalled by it."""
        if self._charged(trigger) or self._agreed(trigger) or self._proposed(trigger):
            return True
        if self._worked_on(trigger) or self._under(trigger) or self._reacted_text(trigger):
            return True
        if self._judged_text(trigger):
            return True
        if trigger.dep_ == "amod" and trigger.tag_ == "VBN":
            # "Russian-backed rebels shelled Mariupol", "the U.S.-funded radio": a
            # participle before a noun describes a standing state, not the news.
            return True
        if self._described(trigger):
            return True
        if (
            trigger.dep_ == "acl"
            and trigger.tag_ == "VBN"
            and not self._has_aux(trigger)
            and apposition_anchor(trigger.head) is not None
        ):
            # "Hezbollah, the Lebanese group backed by Iran": a participle in an
            # apposition describes the name's standing state, as "Iranian-backed".
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
        rebels", "charged with spying", "suspected by the West of bombing"), or in a
        verdict's ("found guilty of raping a tourist", "pleaded guilty to the bombing")."""
        tok = trigger
        for _ in range(MAX_CLIMB):
            # The act anywhere in the charge's phrase: "jailed the blogger for writing
            # a post that criticized the king", "accused Egypt of closing its border
            # and expelling", "fined the mayor for refusing to support".
            if tok.dep_ in ("pcomp", "pobj") and self._charge_phrase(tok):
                return True
            if tok.dep_ == "ROOT" or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def _charge_phrase(self, trigger: Token) -> bool:
        """``trigger`` heads the "of/with/for" phrase of a charge, a verdict or a
        penalty."""
        prep = trigger.head.lower_
        tok = trigger.head.head
        if prep in self.verdict_preps and self._verdict(tok):
            return True
        if prep not in self.charging_preps:
            return False
        # The parser may hang the phrase on the charge's object or agent
        # ("suspected by the West of bombing"): climb over them to the verb.
        for _ in range(3):
            if tok.pos_ == "VERB" or tok.dep_ not in ("dobj", "pobj", "agent", "nsubjpass", "prep"):
                break
            tok = tok.head
        if tok.pos_ != "VERB":
            return False
        lemma = tok.lemma_.lower()
        # The reason of a reaction or a penalty ("condemned Kuwait for expelling
        # Iraqi workers", "fined Argentina for its occupation of the islands").
        return lemma in self.charging or (prep == "for" and lemma in self.reason_verbs)

    def _worked_on(self, trigger: Token) -> bool:
        """The act of a plan someone is working on ("was developing plans to attack
        US diplomats", "drafted a plan to seize the port"): a preparation, neither
        done nor an intent the planner states."""
        if trigger.dep_ != "acl" or trigger.head.lemma_.lower() not in self.plan_nouns:
            return False
        plan = trigger.head
        verb = plan.head
        return (
            plan.dep_ == "dobj"
            and verb.pos_ == "VERB"
            and (verb.lemma_.lower() in self.plan_making or verb.lower_ in self.plan_making)
        )

    def _under(self, trigger: Token) -> bool:
        """A measure the subject is under ("Turkey is already under EU sanctions"):
        a lasting state."""
        prep = trigger.head
        return (
            trigger.dep_ == "pobj"
            and trigger.lemma_.lower() in self.standing_measures
            and prep.lower_ in self.standing_preps
            and prep.head.lemma_.lower() in self.standing_copulas
        )

    def _judged_text(self, trigger: Token) -> bool:
        """A deal as the subject of a present-tense judgment ("the agreement between
        Turkey and Libya is null and void", "the pact remains secret"): a standing
        text judged, not one made that day."""
        verb = trigger.head
        return (
            trigger.dep_ == "nsubj"
            and trigger.lemma_.lower() in self.judged_texts
            and verb.lemma_.lower() in self.standing_copulas
            and verb.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "acomp" for c in verb.children)
        )

    def _reacted_text(self, trigger: Token) -> bool:
        """What a text says its parties did, when the text is what a reaction is about
        ("denounced the memorandum in which Turkey and Libya agreed on a border"):
        the text's content is the topic, not news. (Signing such a text is news.)"""
        while trigger.dep_ == "conj" and trigger.head.i != trigger.i:
            trigger = trigger.head
        if trigger.dep_ != "relcl" or trigger.pos_ != "VERB":
            return False
        text = trigger.head
        verb = text.head
        return (
            text.dep_ in ("dobj", "nsubjpass")
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in self.reacting
        )

    def _described(self, trigger: Token) -> bool:
        """A passive participle or relative clause that tells what was done to the
        object of the sentence's act ("freed 300 prisoners captured in the war",
        "released the hostages who were seized in Beirut", "sent aid to villagers
        driven from their homes"): it names whom the news is done to by an earlier
        act, and event coders code the news alone."""
        if trigger.pos_ != "VERB" or trigger.dep_ not in ("acl", "relcl"):
            return False
        if trigger.dep_ == "acl" and (trigger.tag_ != "VBN" or self._has_aux(trigger)):
            return False
        if trigger.dep_ == "relcl" and not self._passive_or_object_relative(trigger):
            return False
        noun = trigger.head
        if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "dative"):
            noun = noun.head  # "sent aid to villagers driven from their homes"
        # The doer too, when the participle is set off by a comma ("Kuwait, occupied
        # by Iraq since August, appealed to the UN"); not so, a participle of the
        # subject is the news ("the accord signed by Israel and Jordan ended the war").
        if noun.dep_ == "nsubj" and not (trigger.dep_ == "acl" and set_off(trigger)):
            return False
        if noun.dep_ not in ("dobj", "nsubjpass", "nsubj", "prep", "dative"):
            return False
        verb = noun.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.verbs

    @staticmethod
    def _passive_or_object_relative(verb: Token) -> bool:
        """ "(who were) seized in Beirut", or a clause whose object is the noun it
        hangs on: "the journalists (whom) it detained last month" (its subject is
        no relative pronoun)."""
        if any(c.dep_ == "auxpass" for c in verb.children):
            return True
        # Not a clause of place or time ("the summit where X signed"), nor one of a
        # preposition ("the memorandum in which X agreed"), wherever the parser
        # hangs its "where" or "which".
        front = [t for t in verb.subtree if t.i < verb.i]
        if any(t.tag_ == "WRB" or (t.tag_ in ("WDT", "WP") and t.dep_ == "pobj") for t in front):
            return False
        return any(
            c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") and c.lower_ != "that"
            for c in verb.children
        )

    @staticmethod
    def _has_aux(verb: Token) -> bool:
        return any(c.dep_ in ("aux", "auxpass") for c in verb.children)

    def _verdict(self, tok: Token) -> bool:
        """ "guilty", or a verb whose complement it is ("found guilty", "pleaded guilty")."""
        if tok.lower_ in self.verdicts:
            return True
        return any(
            c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ in self.verdicts
            for c in tok.children
        )

    def private_case(self, trigger: Token) -> bool:
        """An act of justice for a crime of private people: "jailed two men for
        stealing cattle", "was sentenced for her murder", "convicted the lawyer of
        trying to extort a firm" (the parser may hang the phrase on the object). A
        state's courts and police do these to their own people every day: a criminal
        case, which stays in the graph but codes no event."""
        if trigger.lemma_.lower() not in self.justice and trigger.lower_ not in self.justice:
            return False
        heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.crime_preps:
                    continue
                # The crime is named within a few words of its preposition; a word
                # of protest or speech there makes the case political ("for
                # criticizing the drug law", "over a protest against the drug war").
                near = [t for t in prep.subtree if t.i - prep.i <= CRIME_REACH]
                if any(self._said_or_protested(t) for t in near):
                    return False
                if any(self._crime(t) or self._household(t) for t in near):
                    return True
        return False

    def unpressed_resignation(self, item: Found) -> bool:
        """Leaving one's office towards one's own side with no one named pressing for
        it ("the prime minister resigned", "the envoy stepped down from his post"):
        CAMEO codes leaving office as yielding to those who demand it (0833), so it
        stays in the graph but codes no event. Forces standing down still retreat."""
        src, tgt = item.source, item.target
        if item.relation != "retreatsFrom" or src.sector in NOT_OFFICE_SECTORS:
            return False
        home = src.actor.country or src.actor.id
        if home not in (tgt.actor.id, tgt.actor.country):
            return False
        trigger = item.trigger
        if not self._resigning(trigger):
            return False
        return trigger.pos_ != "VERB" or not self._pressed(trigger)

    def scheduled_departure(self, item: Found) -> bool:
        """A resignation put on a calendar ("is to step down today", "was due to stand
        down in August"): planned, not an intent to yield (see unpressed_resignation)."""
        trigger = item.trigger
        return (
            trigger.dep_ == "xcomp"
            and trigger.head.lemma_.lower() in self.scheduled
            and self.unpressed_resignation(item)
        )

    def _pressed(self, verb: Token) -> bool:
        """Whether others' pressure is named as what the act answers: a "from/by" or
        owner of pressure ("under pressure from the army", slots.pressers), a phrase
        of time or cause naming it or a protest ("amid mass protests"), or a clause
        telling of others' demands or of yielding ("bowing to pressure from the
        street", "after thousands demanded his removal")."""
        if pressed_by(verb, self.pressing):
            return True
        for c in verb.children:
            if (
                c.dep_ == "prep"
                and c.lower_ in PRESSED
                and any(self._pressing_word(o) for o in c.children if o.dep_ == "pobj")
            ):
                return True
            if c.dep_ == "advcl" and any(self._pressing_word(t) for t in c.subtree):
                return True
        return False

    def _pressing_word(self, tok: Token) -> bool:
        """A noun of pressing ("pressure", "calls") or a word of the lexicon that
        states a demand, a protest, a threat or yielding ("protests", "demanded")."""
        lemma = tok.lemma_.lower()
        if lemma in self.pressing:
            return True
        table = self.verbs if tok.pos_ == "VERB" else self.nouns
        return any(t.relation in PRESSING_RELATIONS for t in table.get(lemma, ()))

    def _resigning(self, trigger: Token) -> bool:
        lemma = trigger.lemma_.lower()
        if trigger.pos_ in ("NOUN", "PROPN"):
            return lemma in self.resigning_nouns
        particles = [c.lower_ for c in trigger.children if c.dep_ == "prt"]
        if lemma in self.resigning or any(f"{lemma} {p}" in self.resigning for p in particles):
            return True
        # "relinquished her title", "gave up his seat", "withdrew from the post".
        given_up = [c for c in trigger.children if c.dep_ in ("dobj", "prep")]
        given_up += [o for c in given_up if c.dep_ == "prep" for o in c.children]
        return any(t.lemma_.lower() in self.offices for t in given_up)

    def _said_or_protested(self, tok: Token) -> bool:
        table = self.verbs if tok.pos_ == "VERB" else self.nouns
        return any(t.relation in POLITICAL_CASES for t in table.get(tok.lemma_.lower(), ()))

    def _crime(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.crimes or tok.lower_ in self.crimes

    def _household(self, tok: Token) -> bool:
        """One's own kin or neighbour as the victim: the object of the act or of an
        "of" ("beating his wife", "the murder of her husband"), with "his/her/their"."""
        if tok.lemma_.lower() not in self.household or tok.dep_ not in ("dobj", "pobj"):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ != "of":
            return False
        return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children)

    def _agreed(self, trigger: Token) -> bool:
        """An act named as what an agreement, talks or a plan are about ("agreement on
        the withdrawal of", "talks on the release of", "a timetable for the pullout",
        "agreed on the exchange of", "negotiated the departure of"), or as the price
        of a deal ("in exchange for the lifting of sanctions"): agreed or proposed, not
        done. A truce agreed to is in force, not only agreed."""
        if trigger.lemma_.lower() in self.truces or trigger.lower_ in self.truces:
            return False
        tok = trigger
        for _ in range(3):
            if self._agreed_at(tok):
                return True
            # "talks on an end to Ugandan support for the rebels", "in return for the
            # lifting of Thai sanctions": the act named inside the topic's phrase.
            prep = tok.head
            if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
                break
            tok = prep.head
        return False

    def _agreed_at(self, trigger: Token) -> bool:
        """``trigger`` (or the noun phrase it is in) heads what an agreement, talks
        or a deal's price name."""
        if trigger.dep_ == "dobj" and trigger.pos_ in ("NOUN", "PROPN"):
            verb = trigger.head
            return verb.pos_ == "VERB" and verb.lemma_.lower() == "negotiate"
        if trigger.dep_ not in ("pobj", "pcomp"):
            return False
        prep = trigger.head
        word, gov = prep.lower_, prep.head
        if word == "for" and gov.lower_ in self.exchange_nouns and gov.head.lower_ == "in":
            return True  # "in exchange for the lifting of sanctions", "in return for"
        if word in self.accord_noun_preps and gov.pos_ == "NOUN":
            return gov.lemma_.lower() in self.accord_nouns or gov.lower_ in self.accord_nouns
        if word not in self.accord_verb_preps or gov.pos_ != "VERB":
            return False
        if gov.lemma_.lower() in self.accord_verbs:
            return True
        # "held talks in Geneva on the withdrawal", "agreement was reached on": the
        # parser hangs the phrase on the verb that takes the noun ("for" there is
        # rather a purpose).
        nouns = self.accord_nouns
        return word != "for" and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in nouns or c.lower_ in nouns)
            for c in gov.children
        )

    def _proposed(self, trigger: Token) -> bool:
        """An act a text states it would do ("a resolution imposing sanctions", "a
        plan that sends peacekeepers") while the text is only put forward or backed
        ("drafted", "will support"), not adopted: proposed, not done."""
        tok = trigger
        for _ in range(MAX_CLIMB):
            if tok.dep_ in ("acl", "relcl"):
                text = tok.head
                if text.lemma_.lower() not in self.texts:
                    return False
                verb = text.head
                if text.dep_ == "pobj" and verb.dep_ == "prep":
                    verb = verb.head  # "voted for a resolution", "pushed for a plan"
                elif text.dep_ != "dobj":
                    return False
                particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
                lemma = verb.lemma_.lower()
                return lemma in self.proposing or f"{lemma} {particle}" in self.proposing
            if tok.dep_ in ("ROOT", "ccomp", "advcl", "parataxis") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    def recalled(self, trigger: Token) -> bool:
        if _pluperfect_main(trigger):
            return True
        tok = trigger
        for _ in range(MAX_CLIMB):
            head = tok.head
            if head.i == tok.i:
                return False
            if tok.dep_ in ("advcl", "relcl", "acl") and self._recalling_clause(tok):
                return True
            if tok.dep_ == "relcl" and perfect(tok):
                # "the militant group that has seized parts of Iraq", "Sharon, who has
                # vowed not to return the Golan": a relative clause in the present
                # perfect tells what its noun has done so far, who it is; the news
                # is what the sentence says of it.
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
        return pluperfect(verb) or any(
            c.dep_ == "mark" and c.lower_ in self.marks for c in verb.children
        )


def _pluperfect_main(verb: Token) -> bool:
    """A sentence's own verb in the past perfect ("Cyprus and Egypt had signed a deal
    in 2018") tells what happened before the story's time: background. Under a verb
    of saying ("said their forces had withdrawn") it is reported news, not this. The
    act may be named in the verb's phrase ("the US had been allied with the Kurds in
    fighting ISIS"), or the past perfect be a joined clause's own ("no group claimed
    the attack, but militias had threatened US troops")."""
    for _ in range(MAX_CLIMB):
        if verb.dep_ not in ("pcomp", "pobj", "prep") or verb.head.i == verb.i:
            break
        verb = verb.head
    own = pluperfect(verb)
    # A joined clause with a subject of its own has its own tense ("Ethiopia had
    # signed, and on Monday Eritrea signed too").
    separate = verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT" and (own or (not separate and pluperfect(verb)))
