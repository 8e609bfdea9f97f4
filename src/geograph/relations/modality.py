"""Negation, modality and attribution of a stated relation.

English marks these on the clause that carries the trigger word and on the
clauses above it: a negator on the verb ("did not attack"), a negating verb
above it ("refused to attack"), "without" ("without warning"); a modal
("may attack"), a conditional ("if Israel attacks"), a word of intent or
possibility above it ("would be prepared to attack", "plans to strike"); and a
speaker it is attributed to ("X said Y attacked Z", "according to X",
"reportedly"). Modality takes the strongest mark found:
hypothetical > future > reported > asserted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from .arguments import Ref, Resolver
from .lexicon import Lexicon

# Dependencies that keep us inside the clause of the trigger as we climb.
CLAUSE_UP = {
    "xcomp", "acomp", "attr", "oprd", "conj", "advcl", "dobj", "pobj", "prep", "acl", "amod",
    "compound",
}  # fmt: skip
FIRST_PERSON = {"i", "we"}


@dataclass(frozen=True, slots=True)
class Stance:
    negated: bool
    modality: str
    reporter: Ref | None = None
    # The verb of saying whose complement holds the trigger, if any.
    speech: Token | None = None
    # A stated will to act ("will supply", "is willing to withdraw", "offered to mediate").
    intent: bool = False
    # A refusal to act ("refused to provide", "would not support").
    refusal: bool = False
    # Getting ready to act ("prepared to resume shelling").
    preparing: bool = False


class ModalityReader:
    def __init__(self, lexicon: Lexicon, resolver: Resolver) -> None:
        self.lex = lexicon
        self.resolver = resolver
        w = lexicon.words
        self.hyp_aux = w("hypothetical_aux")
        self.fut_aux = w("future_aux")
        self.hyp_words = w("hypothetical_words")
        self.fut_words = w("future_words")
        self.cond = w("conditional_marks")
        self.neg_verbs = w("negating_verbs")
        self.neg_preps = w("negating_preps")
        self.revoking = w("revoking_verbs")
        self.stopping = w("stopping_verbs")
        self.banning = w("banning_verbs")
        self.ending = self.stopping | w("ending_verbs")
        self.deals = lexicon.classes.get("promises", frozenset())
        # Deals, plans and proposals whose infinitive says what they would do: when
        # rejected, that act is refused ("rejected the deal to sell drones").
        self.plans = lexicon.classes.get("proposal", frozenset()) | self.deals
        self.neg_dets = w("negating_dets")
        self.report = w("report_verbs")
        self.factive = w("factive_verbs")
        self.report_words = w("report_words")
        self.light = lexicon.classes.get("light", frozenset())
        self.volition = w("volition_words")
        self.directive = w("directive_words")
        self.preparation = w("preparation_words")
        self.object_control = w("object_control")
        self.offering = w("offering_verbs")
        self.offered_done = w("offered_done")
        self.rejecting = w("rejecting_verbs")
        self.emphatic = w("emphatic_negated")
        self.denying = w("denying_verbs")

    def read(self, trigger: Token) -> Stance:
        """Negation, modality and speaker of the relation stated at ``trigger``."""
        negated = hypothetical = future = reported = False
        volition = would = refusing = conditional = preparing = directed = False
        reporter: Ref | None = None
        speech: Token | None = None
        if trigger.pos_ == "NOUN" and self._revoked(trigger):
            negated = refusing = True
        elif trigger.pos_ == "NOUN" and self._stopped(trigger):
            negated = True
        tok = trigger
        came_by = ""
        # The clause we climbed from is an infinitive ("pressured by Congress to help").
        infinitive = False
        # We climbed out of a finite clause with its own subject ("will not stand by
        # while Russia attacks Ukraine"): the negation of the clause above is not its.
        own_clause = False
        # Negation and refusal as found on reaching a noun someone else owns.
        owned: tuple[bool, bool] | None = None
        for _ in range(10):
            if (
                owned is None
                and tok.lemma_.lower() in self.object_control
                and (
                    (came_by == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in tok.children))
                    # The parser may make the one allowed the complement's subject.
                    or came_by == "ccomp"
                )
            ):
                # "would not allow Sweden to join NATO": whoever does not allow it
                # refuses, not Sweden; the act is only supposed, and no one's intent.
                owned = (negated, refusing)
                hypothetical = directed = True
            for child in tok.children:
                dep, lower = child.dep_, child.lower_
                if dep == "neg" or (dep == "det" and lower in self.neg_dets):
                    if (
                        dep == "neg"
                        and tok is not trigger
                        and came_by == "xcomp"
                        and tok.lemma_.lower() in self.emphatic
                    ):
                        # "would not hesitate to strike", "did not hesitate to bomb": two
                        # negations cancel; the act is as its clause says.
                        pass
                    elif not own_clause:
                        negated = True
                elif dep in ("aux", "auxpass"):
                    if lower in self.hyp_aux or child.lemma_ in self.hyp_aux:
                        hypothetical = True
                        would = would or lower in ("would", "'d")
                    elif lower in self.fut_aux:
                        # "will not stand by while Russia attacks": the future is the
                        # main clause's; the act under it is supposed, not intended.
                        hypothetical = hypothetical or own_clause
                        future = future or not own_clause
                elif dep == "mark" and lower in self.cond:
                    hypothetical = conditional = True
                elif dep in ("advmod", "amod") and lower in self.report_words:
                    reported = True
                elif dep == "prep" and lower == "according":
                    for pobj in (g for pc in child.children for g in pc.children):
                        if pobj.dep_ == "pobj" and reporter is None:
                            reported = True
                            reporter = self.resolver.one(pobj, "agent")
            if tok.lower_ == "according" and tok is not trigger:
                # "According to the publication, ...": the parser made "according" the root.
                reported = True
            if tok is not trigger and (
                came_by in ("xcomp", "acomp", "pcomp", "dobj", "pobj", "acl")
                or (came_by == "advcl" and infinitive)
            ):
                lemma = tok.lemma_.lower()
                # "urged Iran to stop": the will is the urger's, the act Iran's.
                controlled = lemma in self.object_control and any(
                    c.dep_ in ("dobj", "obj") for c in tok.children
                )
                if lemma in self.neg_verbs and (
                    came_by == "xcomp" or (came_by == "acl" and tok.pos_ == "NOUN")
                ):
                    negated = refusing = True
                if (
                    lemma in self.emphatic
                    and came_by == "xcomp"
                    and not any(c.dep_ == "neg" for c in tok.children)
                ):
                    # "hesitated to attack": held back, not done.
                    hypothetical = True
                if (
                    lemma in self.denying
                    and came_by == "xcomp"
                    and (
                        trigger.tag_ == "VBG" or any(c.lower_ == "having" for c in trigger.children)
                    )
                ):
                    # "denied sheltering the Taliban": the act is said not to have
                    # happened (a denial, not a refusal).
                    negated, reported = True, True
                if (lemma in self.volition or tok.lower_ in self.volition) and came_by in (
                    "xcomp",
                    "acomp",
                    "pcomp",
                    "acl",
                ):
                    if controlled:
                        hypothetical = True
                    else:
                        volition = True
                # "offered to release the sailors" is the offerer's own will (an intent,
                # CAMEO 03x); "an offer to mediate", "urged Iran to stop" are asked of
                # or put to someone else.
                own_will = volition and came_by == "xcomp" and tok.pos_ == "VERB" and not controlled
                if (
                    lemma in self.directive
                    and not own_will
                    and (
                        came_by in ("xcomp", "ccomp", "acl") or (came_by == "advcl" and infinitive)
                    )
                ):
                    if (
                        came_by == "acl"
                        and tok.pos_ == "NOUN"
                        and self._rejected(tok)
                        and not _owned(tok, came_by)
                    ):
                        # "rejected calls to halt its offensive": the act asked for
                        # is refused, as with "refused to halt".
                        negated = refusing = True
                    else:
                        hypothetical = directed = True
                # "rejected the plan to sell drones": the act the rejected plan or
                # deal would carry out is refused, neither done nor intended.
                rejected_plan = (
                    not _owned(tok, came_by)
                    and came_by == "acl"
                    and tok.pos_ == "NOUN"
                    and lemma in self.plans
                    and self._rejected(tok)
                )
                if rejected_plan:
                    negated = refusing = True
                if lemma in self.preparation and came_by in ("xcomp", "acomp"):
                    preparing = True
                if lemma in self.hyp_words or tok.lower_ in self.hyp_words:
                    hypothetical = True
                elif lemma in self.fut_words and came_by in ("xcomp", "acl") and not rejected_plan:
                    future = True
            dep, head = tok.dep_, tok.head
            if head.i == tok.i:
                break
            if dep == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
                if self._rejecting_call(head):
                    # "rejected calls to halt its offensive", "rejected the deal to
                    # sell drones": the parser hangs the call's or deal's infinitive
                    # on the verb; the act asked for or agreed is refused.
                    negated = refusing = True
                elif not any(
                    t.i < tok.i and t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in self.deals
                    for t in head.subtree
                ):
                    # "opened the bridge to allow deliveries": an infinitive of purpose
                    # states an aim, not an act ("signed deals to sell drones" says what
                    # the deals are).
                    hypothetical = True
            passive_report = dep == "xcomp" and head.tag_ == "VBN"
            if dep == "ccomp" or (passive_report and head.lemma_.lower() in self.report):
                lemma = head.lemma_.lower()
                if lemma in self.report and lemma not in self.factive:
                    if lemma in self.denying:
                        # "denied that it had attacked Ukraine": the speaker says it
                        # did not happen.
                        negated = True
                    subj = _subject(head)
                    # An imperative ("Note that ...") is the writer's own voice.
                    if (subj is not None or passive_report) and (
                        subj is None or subj.lower_ not in FIRST_PERSON
                    ):
                        reported, speech = True, head
                        if subj is not None and reporter is None:
                            reporter = self.resolver.one(subj, "agent")
                    break
                if lemma in self.factive or lemma in self.report:
                    break
                if lemma in self.hyp_words or lemma in self.directive:
                    hypothetical = True
                    directed = directed or lemma in self.directive
                # Any other word's complement ("allowing Mossad to operate") shares
                # the fate of its governor: keep climbing.
                tok, came_by = head, dep
                continue
            if dep == "pcomp":
                if head.lower_ in self.neg_preps:
                    negated = True
                elif head.lower_ == "against":
                    # "warned Washington against arming Taiwan": not done, warned of.
                    hypothetical = True
                gov = head.head
                if gov.lemma_.lower() in self.report and head.lower_ in ("of", "for", "about"):
                    # "X accused Y of attacking Z": the attack is X's claim.
                    subj = _subject(gov)
                    reported, speech = True, gov
                    if subj is not None and reporter is None:
                        reporter = self.resolver.one(subj, "agent")
                    break
                tok, came_by = gov, "pcomp"
                continue
            if owned is None and _owned(tok, came_by):
                # "declined to ratify Finland's application to join NATO": the act is
                # the possessor's own aim; a refusal by others above it is not theirs.
                owned = (negated, refusing)
            if (
                dep == "dobj"
                and tok is trigger
                and head.lemma_.lower() not in self.light
                and head.lemma_.lower() not in self.ending
            ):
                # A noun's own stance: "sought to breach Israel's blockade" is a real blockade.
                break
            if dep not in CLAUSE_UP or (dep == "conj" and _subject(tok, inherit=False)):
                # A coordinated clause with its own subject keeps its own marks.
                break
            infinitive = dep == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
            )
            own_clause = own_clause or (
                dep == "advcl" and not infinitive and _subject(tok, inherit=False) is not None
            )
            tok, came_by = head, dep
        if owned is not None:
            negated, refusing = owned
        # "said they would boycott": would in reported speech is the future of the past.
        # What someone demands of another is neither done nor the doer's intent.
        intent = (future or volition or (would and speech is not None)) and not (
            conditional or directed
        )
        future = future and not directed
        # "demanded that they refuse to recognize", "if it refuses to pay": a refusal
        # asked of someone or supposed is no more done than any other act.
        refusal = (refusing or (negated and intent)) and not (conditional or directed)
        if trigger.pos_ == "NOUN" and self._ended(trigger):
            # "said it would end its mediation", "vowed to halt its strikes": the will
            # is to end the act, neither an intent to do it nor a refusal.
            intent = refusal = False
        if hypothetical and not (intent and future):
            modality = "hypothetical"
        elif future:
            modality = "future"
        elif reported:
            modality = "reported"
        else:
            modality = "asserted"
        return Stance(negated, modality, reporter, speech, intent, refusal, preparing)

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
        an apology or thanks is making it ("offered an apology to India", CAMEO 055)."""
        if host.lemma_.lower() not in self.offering or stance.negated:
            return stance
        if noun is not None and noun.lemma_.lower() in self.offered_done:
            return stance
        if stance.modality not in ("asserted", "reported", "future"):
            return stance
        return replace(stance, intent=True)

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
        return any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in self.stopping for c in verb.children
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
            tok = tok.head
            if tok.pos_ == "VERB":
                return tok.lemma_.lower() in self.revoking
        return False


def _owned(noun: Token, came_by: str) -> bool:
    """We climbed into a noun's infinitive and the noun has a possessor
    ("Finland's application to join", "Israel's offer to withdraw")."""
    # A pronoun ("abandoned its plan to enrich") is mostly the refuser itself.
    return (
        came_by == "acl"
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
    )


def _subject(verb: Token, *, inherit: bool = True) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    if inherit and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None
