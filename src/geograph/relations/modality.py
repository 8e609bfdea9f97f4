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

from spacy.tokens import Token

from . import content, quotes, syntax
from .arguments import Resolver
from .attribution import closing_attribution
from .base import CIRCUMSTANCES
from .dated import done_later
from .hosts import NounHosts
from .lexicon import Lexicon
from .participles import clause_subject as _subject
from .participles import (
    infinitive_complement,
    own_tense,
    owned_aim,
    refrained,
    scheduled,
    subjunctive,
    taken_steps,
    yet_to,
)
from .slots import delayed_infinitive
from .stance import Marks as _Marks
from .stance import Stance

# Dependencies that keep us inside the clause of the trigger as we climb.
CLAUSE_UP = {
    "xcomp", "acomp", "attr", "oprd", "conj", "advcl", "dobj", "pobj", "prep", "acl", "amod",
    "compound",
}  # fmt: skip
FIRST_PERSON = {"i", "we"}


class ModalityReader(NounHosts):
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
        self.lacking = w("lacking_nouns")
        self.unrealised = w("unrealised_words")
        self.revoking = w("revoking_verbs")
        self.stopping = w("stopping_verbs")
        self.banning = w("banning_verbs")
        self.ending = self.stopping | w("ending_verbs")
        self.asking = w("asking_verbs")
        self.enacted = w("enacted_purposes")
        self.deals = lexicon.classes.get("promises", frozenset())
        self.concluded = w("concluded_acts")
        # Deals, plans and proposals whose infinitive says what they would do: when
        # rejected, that act is refused ("rejected the deal to sell drones").
        self.plans = lexicon.classes.get("proposal", frozenset()) | self.deals
        # Claims whose clause says what they claim ("reports that its troops attacked").
        self.claims = lexicon.classes.get("claim", frozenset())
        self.clause_nouns = self.claims | lexicon.classes.get("asking_nouns", frozenset())
        self.programmes = w("programme_nouns")
        self.including = w("including_verbs")
        self.neg_dets = w("negating_dets")
        self.report = w("report_verbs")
        self.factive = w("factive_verbs")
        self.report_words = w("report_words")
        self.comparing = w("comparing_preps")
        self.light = lexicon.classes.get("light", frozenset())
        self.volition = w("volition_words")
        self.readiness = w("readiness_words")
        self.directive = w("directive_words")
        self.preparation = w("preparation_words")
        self.object_control = w("object_control")
        self.offering = w("offering_verbs")
        self.offered_done = w("offered_done")
        self.rejecting = w("rejecting_verbs")
        self.emphatic = w("emphatic_negated")
        self.denying = w("denying_verbs")
        # "must", "should", "ought" (and "has to"): what someone must do is asked of
        # them, neither their intent nor their refusal.
        self.obligation = w("obligation_aux")
        self.predicting = w("predicting_verbs")
        self.arms = lexicon.classes.get("arms", frozenset())
        # Measures that last until someone ends them ("ended its siege of Beirut").
        self.lasting = lexicon.classes.get("pressure", frozenset()) | lexicon.classes.get(
            "restrictions", frozenset()
        )
        self.arming = w("arming_verbs")
        self.means = self.arms | lexicon.classes.get("aid", frozenset())
        self.scheduling = w("scheduling_copulas")
        self.purposes = w("purpose_nouns") | self.programmes | self.volition | self.hyp_words
        self.refraining = w("refraining_verbs")
        self.intending = w("intending_verbs")

    def read(self, trigger: Token) -> Stance:
        """Negation, modality and speaker of the relation stated at ``trigger``:
        climb from it through the clauses that govern it, gathering their marks."""
        m = _Marks()
        if trigger.pos_ == "NOUN" and self._revoked(trigger):
            m.negated = m.refusing = True
        elif trigger.pos_ == "NOUN" and self._stopped(trigger):
            m.negated = True
        elif trigger.pos_ == "NOUN" and self._asked_for(trigger):
            m.hypothetical = m.directed = True
        tok = trigger
        came_by = ""
        # The clause we climbed from is an infinitive ("pressured by Congress to help").
        infinitive = False
        # We climbed out of a finite clause with its own subject ("will not stand by
        # while Russia attacks Ukraine"): the negation of the clause above is not its.
        own_clause = False
        # Negation and refusal as found on reaching a noun someone else owns.
        owned: tuple[bool, bool] | None = None
        # The marks of the trigger's own noun when it is an event compared with.
        compared: _Marks | None = None
        # We climbed from a tensed verb coordinated with this one ("did not want ... and
        # calls on"): this one's auxiliaries and negation are not the other's.
        unshared = False
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
                owned = (m.negated, m.refusing)
                m.hypothetical = m.directed = True
            if not unshared:
                self._clause_marks(tok, trigger, came_by, own_clause, m)
            if not m.reported and (said := closing_attribution(tok, self.report)) is not None:
                self._said_by(said, m)  # "..., the ministry said on Friday."
            if tok is not trigger and self._programme_item(tok):
                m.hypothetical = True
            if tok.lower_ == "according" and tok is not trigger:
                # "According to the publication, ...": the parser made "according" the root.
                m.reported = True
            if tok is not trigger and (
                came_by in ("xcomp", "acomp", "pcomp", "dobj", "pobj", "acl")
                or (came_by == "advcl" and infinitive)
            ):
                self._governor_marks(tok, trigger, came_by, infinitive, m)
            dep, head = tok.dep_, tok.head
            if head.i == tok.i:
                break
            if (noun := content.clause_noun(tok, self.clause_nouns)) is not None:
                dep, head = "acl", noun  # "renewed its call today that Egypt lift"
            if dep == "advcl" and self._will_infinitive(tok, head):
                # "offered on Saturday to mediate": an adjunct before the infinitive
                # makes the parser hang it as a clause of purpose; it is the complement.
                dep = "xcomp"
            if compared is None and tok is trigger and content.compared_event(tok, self.comparing):
                # "an attack like the Indian strike on Balakot": the event compared
                # with is one of its own, not supposed or denied with the other; only
                # who tells of it carries over from above.
                compared, m = m, _Marks()
            if (gov := syntax.beside_governor(tok)) is not None:
                # A tensed verb hung on an infinitive is a clause beside its governor:
                # "urged the embassy to reconsider and spoke with Pompeo" spoke.
                tok, came_by = gov, "conj"
                continue
            self._infinitive_marks(tok, head, dep, m)
            if syntax.armed_for(tok, self.arms, self.arming) is not None:
                # "developing weapons to attack the US": what weapons are for is
                # not done.
                m.hypothetical = True
            passive_report = dep == "xcomp" and head.tag_ == "VBN"
            if (
                dep in ("ccomp", "acl")
                and head.pos_ == "NOUN"
                and head.lemma_.lower() in self.claims
                and (dep == "ccomp" or content.holds_content(tok))
            ):
                self._claimed(head, m)
                break
            if dep in ("advcl", "ccomp", "conj") and (
                claim := content.content_noun_before(tok, self.claims)
            ):
                self._claimed(claim, m)
                break
            if dep == "ccomp" or (passive_report and head.lemma_.lower() in self.report):
                if self._complement_of(tok, head, passive_report, m):
                    break
                # Any other word's complement ("allowing Mossad to operate") shares
                # the fate of its governor: keep climbing.
                tok, came_by = head, dep
                continue
            if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.lacking:
                # "the lack of a concession from Trump": no concession was made.
                m.negated = True
            if dep == "pcomp":
                if head.lower_ in self.neg_preps or refrained(head, self.refraining):
                    m.negated = True
                elif head.lower_ == "against":
                    # "warned Washington against arming Taiwan": not done, warned of.
                    m.hypothetical = True
                gov = head.head
                if gov.pos_ == "ADV" and gov.dep_ == "advmod" and refrained(head, self.refraining):
                    gov = gov.head  # "stopped short of attacking": on to "stopped"
                if gov.lemma_.lower() in self.report and head.lower_ in ("of", "for", "about"):
                    # "X accused Y of attacking Z": the attack is X's claim.
                    self._said_by(gov, m)
                    break
                tok, came_by = gov, "pcomp"
                continue
            if owned is None and owned_aim(tok, came_by):
                # "declined to ratify Finland's application to join NATO": the act is
                # the possessor's own aim; a refusal by others above it is not theirs.
                owned = (m.negated, m.refusing)
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
            unshared = own_tense(tok)
            tok, came_by = head, dep
        if owned is not None:
            m.negated, m.refusing = owned
        if compared is not None:
            compared.reported = compared.reported or m.reported
            compared.reporter, compared.speech = m.reporter, m.speech
            m = compared
        said = (
            None
            if m.reporter is not None
            else quotes.colon_quote_verb(trigger, self.resolver.sentence)
        )
        if said is not None:
            # 'The army said: "Our jets bombed ..."': a quotation after a colon is said.
            self._said_by(said, m)
        return m.stance(ended=trigger.pos_ == "NOUN" and self._ended(trigger))

    def _clause_marks(
        self, tok: Token, trigger: Token, came_by: str, own_clause: bool, m: _Marks
    ) -> None:
        """The marks ``tok``'s own dependents put on it: negators, modals and
        auxiliaries, conditional marks, "reportedly", "according to X"."""
        for child in tok.children:
            dep, lower = child.dep_, child.lower_
            # "no longer recognizes"; "Neither Iran nor Iraq accepted": a negated subject.
            no_longer = any(
                (dep == "advmod" and lower == "longer" and g.lower_ == "no")
                or (
                    dep in ("nsubj", "nsubjpass")
                    and g.lower_ in ("no", "neither")
                    and g.dep_ in ("det", "preconj")
                )
                for g in child.children
            )
            if dep == "neg" or (dep == "det" and lower in self.neg_dets) or no_longer:
                if (
                    dep == "neg"
                    and tok is not trigger
                    and came_by == "xcomp"
                    and (tok.lemma_.lower() in self.emphatic or _negating_verb(tok, self))
                ):
                    # "would not hesitate to strike", "did not hesitate to bomb", "did
                    # not refuse to release": two negations cancel; the act is as its
                    # clause says.
                    pass
                elif dep == "neg" and done_later(tok):
                    # "did not endorse her until July": done, later.
                    pass
                elif not own_clause:
                    # ("no longer committed to supporting Ukraine")
                    m.negated = True
            elif dep in ("aux", "auxpass"):
                if lower in self.hyp_aux or child.lemma_ in self.hyp_aux:
                    m.hypothetical = True
                    m.would = m.would or lower in ("would", "'d")
                    # "Pakistan must stop supporting the Taliban": asked, not refused.
                    m.directed = m.directed or lower in self.obligation
                elif lower in self.fut_aux:
                    # "will not stand by while Russia attacks": the future is the
                    # main clause's; the act under it is supposed, not intended.
                    m.hypothetical = m.hypothetical or own_clause
                    m.future = m.future or not own_clause
            elif dep == "mark" and lower in self.cond:
                m.hypothetical = m.conditional = True
            elif dep in ("advmod", "amod") and lower in self.report_words:
                m.reported = True
            elif dep in ("amod", "advmod") and tok is trigger and lower in self.unrealised:
                # "the planned summit", "a proposed visit": not (yet) held; "nearly invaded".
                m.hypothetical = True
            elif dep == "prep" and lower == "according":
                for pobj in (g for pc in child.children for g in pc.children):
                    if pobj.dep_ == "pobj" and m.reporter is None:
                        m.reported = True
                        m.reporter = self.resolver.one(pobj, "agent")

    def _governor_marks(
        self, tok: Token, trigger: Token, came_by: str, infinitive: bool, m: _Marks
    ) -> None:
        """The marks a word puts on the complement we climbed from: obligation,
        refusal, hesitation, denial, will, a request, a plan, readiness."""
        lemma = tok.lemma_.lower()
        if came_by == "xcomp" and yet_to(tok):
            m.negated = True  # "has yet to recognize": not done, no obligation or plan
            return
        if (
            came_by == "xcomp"
            and (lemma in self.obligation or tok.lower_ in self.obligation)
            and infinitive_complement(tok)
        ):
            # "Russia has to withdraw", "Israel ought to withdraw": an obligation.
            m.hypothetical = m.directed = True
        # "urged Iran to stop": the will is the urger's, the act Iran's.
        controlled = lemma in self.object_control and any(
            c.dep_ in ("dobj", "obj") for c in tok.children
        )
        if _negating_verb(tok, self) and (
            came_by == "xcomp" or (came_by == "acl" and tok.pos_ == "NOUN")
        ):
            if any(c.dep_ == "neg" for c in tok.children):
                # "did not refuse to release the sailors": not refused, nor
                # said to be done.
                m.hypothetical = True
            else:
                m.negated = m.refusing = True
        if (
            lemma in self.emphatic
            and came_by == "xcomp"
            and not any(c.dep_ == "neg" for c in tok.children)
        ):
            # "hesitated to attack": held back, not done.
            m.hypothetical = True
        if (
            lemma in self.denying
            and came_by == "xcomp"
            and (trigger.tag_ == "VBG" or any(c.lower_ == "having" for c in trigger.children))
        ):
            # "denied sheltering the Taliban": the act is said not to have
            # happened (a denial, not a refusal).
            m.negated, m.reported = True, True
        # "Turkey is expected to attack", "warships expected to be joined by
        # ...": a prediction by unnamed others, not the subject's intent.
        predicted = came_by == "xcomp" and lemma in self.predicting and _passive_participle(tok)
        if predicted:
            m.hypothetical = True
        elif (lemma in self.volition or tok.lower_ in self.volition) and came_by in (
            "xcomp",
            "acomp",
            "pcomp",
            "acl",
        ):
            if controlled:
                m.hypothetical = True
            else:
                m.volition = True
                m.will = m.will or lemma
        # "offered to release the sailors" is the offerer's own will (an intent,
        # CAMEO 03x); "an offer to mediate", "urged Iran to stop" are asked of
        # or put to someone else.
        own_will = m.volition and came_by == "xcomp" and tok.pos_ == "VERB" and not controlled
        if (
            lemma in self.directive
            and not own_will
            and (came_by in ("xcomp", "ccomp", "acl") or (came_by == "advcl" and infinitive))
        ):
            if (
                came_by == "acl"
                and tok.pos_ == "NOUN"
                and self._rejected(tok)
                and not owned_aim(tok, came_by)
            ):
                # "rejected calls to halt its offensive": the act asked for
                # is refused, as with "refused to halt".
                m.negated = m.refusing = True
            else:
                m.hypothetical = m.directed = True
        # "rejected the plan to sell drones": the act the rejected plan or
        # deal would carry out is refused, neither done nor intended.
        rejected_plan = (
            not owned_aim(tok, came_by)
            and came_by == "acl"
            and tok.pos_ == "NOUN"
            and lemma in self.plans
            and (self._rejected(tok) or self._revoked(tok))
        )
        if rejected_plan:
            m.negated = m.refusing = True
        if lemma in self.preparation and came_by in ("xcomp", "acomp"):
            m.preparing = True
        if lemma in self.hyp_words or tok.lower_ in self.hyp_words:
            m.hypothetical = True
        elif (
            (lemma in self.fut_words or self._agreed_act(tok, trigger, came_by))
            and came_by in ("xcomp", "acl")
            and not rejected_plan
            and not predicted
        ):
            m.future = True
        if came_by == "xcomp" and lemma in self.scheduling:
            # "Chirac is to meet Schroeder on Friday": arranged; "was to have met": not done.
            arranged = scheduled(tok, self.purposes)
            if arranged is not None:
                m.future, m.hypothetical = m.future or arranged, m.hypothetical or not arranged
        if (
            came_by == "acl"
            and lemma in self.means
            and any(
                c.dep_ == "acl" and syntax.to_infinitive(c) and trigger in c.subtree
                for c in tok.children
            )
        ):
            # "offered Sri Lanka military help to fight the rebels": what aid or arms
            # are for is not done.
            m.hypothetical = True

    def _will_infinitive(self, tok: Token, head: Token) -> bool:
        """A verb of will's own infinitive the parser hung as a clause after an adjunct
        (:func:`.slots.delayed_infinitive`), with no object of the verb and no subject
        of its own ("pledged on Monday to send aid"; not "offered Kenya aid to rebuild")."""
        return (
            head.lemma_.lower() in self.volition
            and delayed_infinitive(head, tok)
            and not any(c.dep_ in ("dobj", "obj", "dative") for c in head.children)
            and _subject(tok, inherit=False) is None
        )

    def _infinitive_marks(self, tok: Token, head: Token, dep: str, m: _Marks) -> None:
        """An infinitive clause hung on ``head``: what it says is supposed or aimed
        at, or refused when ``head`` rejects a call or deal."""
        to_infinitive = syntax.to_infinitive(tok)
        noun = head.lemma_.lower()
        if dep == "relcl" and noun in self.hyp_words | self.directive and to_infinitive:
            # "it was time for Serbia to recognize Kosovo", "the deadline for Iraq to
            # withdraw": the parser may make the noun's infinitive a relative clause.
            m.hypothetical, m.directed = True, m.directed or noun in self.directive
        if dep == "advcl" and to_infinitive:
            if self._rejecting_call(head):
                # "rejected calls to halt its offensive", "rejected the deal to
                # sell drones": the parser hangs the call's or deal's infinitive
                # on the verb; the act asked for or agreed is refused.
                m.negated = m.refusing = True
            elif any(
                t.i < tok.i
                and t.dep_ in ("dobj", "pobj")
                and t.lemma_.lower() in self.deals
                # ("has taken steps, following the peace deal, to ...": a deal the
                # act comes after is not the deal that says what will be done.)
                and t.head.lower_ not in CIRCUMSTANCES
                for t in head.subtree
            ):
                # "signed deals to sell drones" says what the deals are; "signed an
                # accord with Chad to withdraw" what they will do.
                m.future = m.future or tok.lemma_.lower() not in self.concluded
            elif tok.lemma_.lower() not in self.enacted and not taken_steps(head):
                # "opened the bridge to allow deliveries": an infinitive of purpose
                # states an aim, not an act.
                m.hypothetical = True

    def _complement_of(self, tok: Token, head: Token, passive_report: bool, m: _Marks) -> bool:
        """The marks of the verb whose clausal complement ``tok`` is: a verb of
        saying reports it (and the climb stops: True), a factive verb stops it,
        a word of wishing, asking or planning makes it supposed."""
        lemma = head.lemma_.lower()
        if tok.i < head.i and any(
            c.dep_ == "dobj" and tok.i < c.i and c.lemma_.lower() in self.claims
            for c in head.children
        ):
            # "Uganda accused Sudan of arming rebels, a charge Khartoum denied": the
            # parser hangs the lead on the denial of it; the lead stands as it is.
            return True
        # "made clear that it would not send tanks", "made it clear it would
        # not accept migrants": making clear says so.
        making_clear = lemma == "make" and (
            tok.lower_ == "clear"
            or any(c.lower_ == "clear" and c.dep_ != "dobj" for c in head.children)
        )
        # "insisted that the US stop arms sales": a verb of saying that also asks,
        # with a clause in the subjunctive, asks for the act (read below).
        asked = lemma in self.directive and subjunctive(tok)
        if (lemma in self.report or making_clear) and lemma not in self.factive and not asked:
            if lemma in self.denying:
                # "denied that it had attacked Ukraine": the speaker says it
                # did not happen.
                m.negated = True
            subj = _subject(head)
            # An imperative ("Note that ...") is the writer's own voice.
            if (subj is not None or passive_report) and (
                subj is None or subj.lower_ not in FIRST_PERSON
            ):
                self._said_by(head, m)
            return True
        if (lemma in self.factive or lemma in self.report) and not asked:
            return True
        # "pledged it would send drones": the promiser's will (NounHosts.promised_clause).
        if not m.volition and m.would and self.promised_clause(tok, head):
            m.volition, m.will = True, m.will or head.lemma_.lower()
        if lemma in self.hyp_words or lemma in self.directive:
            m.hypothetical = True
            m.directed = m.directed or lemma in self.directive
        if lemma in self.fut_words and syntax.to_infinitive(tok):
            # "Analysts expect Iran to retaliate": someone else's act expected
            # or planned has not happened.
            m.hypothetical = True
        return False

    def _claimed(self, noun: Token, m: _Marks) -> None:
        """What a claim's clause says ("reports that its troops attacked", "allegations
        Trump tried to pressure Kyiv") is claimed, not told as done; a claim denied or
        dismissed is said by the denier not to be so."""
        m.reported = True
        verb = noun.head
        lemma = verb.lemma_.lower()
        if noun.dep_ in ("dobj", "nsubjpass") and (
            lemma in self.denying or lemma in self.rejecting
        ):
            m.negated = True
            self._said_by(verb, m)

    def _said_by(self, verb: Token, m: _Marks) -> None:
        """The relation is reported by ``verb``'s subject (the first speaker found)."""
        m.reported, m.speech = True, verb
        subj = _subject(verb)
        if subj is not None and m.reporter is None:
            # "Trump's statement read: ...": the statement's owner says it.
            m.reporter = self.resolver.one(quotes.statement_owner(subj, self.claims), "agent")


def _negating_verb(tok: Token, reader: ModalityReader) -> bool:
    """``tok`` negates its complement ("refused to", "ruled out lifting": a phrasal
    verb is listed with its particle)."""
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
    return lemma in reader.neg_verbs or f"{lemma} {particle}" in reader.neg_verbs


def _passive_participle(verb: Token) -> bool:
    """Whether a verb is passive: "is expected", or a bare participle hanging from a
    noun or, as the parser may hang it, a clause ("troops, expected to withdraw")."""
    return syntax.is_passive(verb) or (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ == "aux" for c in verb.children)
    )
