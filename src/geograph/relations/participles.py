"""Participles the small parser reads as verbs of their own: "visiting X" (X the
visitor), the object a passive verb of giving keeps ("was granted asylum"), and
whether a verb is a "to" infinitive, whether a preposition takes the gerund of a
verb of holding back, a clause's subject, a "to" complement, an owned aim and a
scheduled act (the last four: modality's).
Kept apart from :mod:`.syntax` for size; it uses only token attributes."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = [
    "clause_subject",
    "fronted_passive",
    "gerund_before",
    "infinitive_complement",
    "owned_aim",
    "refrained",
    "retained_objects",
    "scheduled",
    "set_off",
    "subjunctive",
    "to_infinitive",
    "visitor",
]


def to_infinitive(verb: Token) -> bool:
    """``verb`` is a "to" infinitive."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def set_off(verb: Token) -> bool:
    """``verb``'s phrase is set off by a comma before it ("..., accusing Iran")."""
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","


def subjunctive(verb: Token) -> bool:
    """``verb`` heads a finite clause in the bare form, with a subject and no
    auxiliary: the mandative subjunctive ("insisted that the US stop", "warned that
    Kyiv halt"), which states what is wanted, not what happened."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def gerund_before(verb: Token) -> bool:
    """The verb ``verb`` hangs on holds a gerund before it ("of shelling Basra")."""
    return any(g.dep_ == "pcomp" and g.i < verb.i for p in verb.head.children for g in p.children)


def visitor(tok: Token) -> list[Token]:
    """ "to visiting Syrian President Assad": the parser makes the participle a verb
    with the visitor as its object; the phrase names the visitor. (Also the partner
    of :func:`partner_before_participle`.)"""
    if tok.tag_ != "VBG" or tok.lower_ != "visiting" or tok.dep_ not in ("pcomp", "xcomp"):
        return partner_before_participle(tok)
    if any(c.dep_ in ("nsubj", "aux") for c in tok.children):
        return []
    return [c for c in tok.children if c.dep_ == "dobj"]


def partner_before_participle(tok: Token) -> list[Token]:
    """ "an accord with Chad ending their border war": the parser makes the partner
    the subject of the participle after it, the participle the object of "with"; on a
    noun (the accord, the talks) the phrase names the partner (on a verb it may be an
    absolute clause: "attacked, with Hamas firing rockets")."""
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in tok.children if c.dep_ == "nsubj" and c.i == prep.i + 1 + c.n_lefts]


def retained_objects(verb: Token) -> list[Token]:
    """The object a passive verb keeps ("was granted asylum")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def fronted_passive(verb: Token) -> Token | None:
    """The one a passive participle clause with a "by" phrase says was acted on: the
    main clause's subject ("Criticized by Washington, Israel defended its raid":
    Washington criticized Israel; "Backed by Syria, Lebanese militias attacked")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def refrained(prep: Token, phrases: frozenset[str]) -> bool:
    """``prep`` takes the gerund of a verb of holding back, one of ``phrases`` ("verb
    [adverb] preposition": "refrained from", "stopped short of", "held back from")."""
    verb, advs = prep.head, {c.lower_ for c in prep.head.children if c.dep_ == "advmod"}
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":
        verb, advs = verb.head, {verb.lower_}
    lemma = verb.lemma_.lower()
    said = {f"{lemma} {prep.lower_}"} | {f"{lemma} {a} {prep.lower_}" for a in advs}
    return not said.isdisjoint(phrases)


def clause_subject(verb: Token, *, inherit: bool = True) -> Token | None:
    """The subject of ``verb``'s clause; ``inherit``: a coordinated verb's from the
    first, and a gerund after "as" ("was quoted as saying") from the verb it hangs on."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    if inherit and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return clause_subject(verb.head)
    if inherit and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # "Assad was quoted as saying ...": the one quoted says it.
        return clause_subject(verb.head.head, inherit=False)
    return None


def infinitive_complement(verb: Token) -> bool:
    """``verb`` takes a "to" infinitive ("has to withdraw", "ought to pay")."""
    return any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)


def owned_aim(noun: Token, came_by: str) -> bool:
    """We climbed into a noun's infinitive and the noun has a possessor
    ("Finland's application to join", "Israel's offer to withdraw")."""
    # A pronoun ("abandoned its plan to enrich") is mostly the refuser itself.
    return (
        came_by == "acl"
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
    )


def scheduled(copula: Token, aims: frozenset[str]) -> bool | None:
    """Whether the "to" infinitive of a copula with a subject is an arranged act
    ("Chirac is to meet Schroeder on Friday": True) or an unrealised one ("was to have
    met", or an aim's: "the aim is to isolate Iran": False); None: no such clause."""
    subj = clause_subject(copula)
    comp = [c for c in copula.children if c.dep_ == "xcomp" and to_infinitive(c)]
    if subj is None or not comp:
        return None
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in comp[0].children)
    return not (perfect or subj.lemma_.lower() in aims)


def armed_for(tok: Token, arms: frozenset[str], arming: frozenset[str]) -> Token | None:
    """The verb of arming (``arming``) whose weapons (``arms``) the infinitive ``tok``
    says are for an act: "building weapons to use against the US" (a relative on the
    weapons, or, as the parser may hang it, a clause on the verb: "developing nuclear
    weapons to attack the United States")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None

    def is_arms(t: Token) -> bool:
        return t.dep_ in ("dobj", "obj") and (t.lemma_.lower() in arms or t.lower_ in arms)

    if tok.dep_ in ("relcl", "acl") and is_arms(tok.head):
        verb = tok.head.head
    elif tok.dep_ in ("advcl", "xcomp") and any(is_arms(c) for c in tok.head.children):
        verb = tok.head
    else:
        return None
    return verb if verb.lemma_.lower() in arming else None


def readiness_word(noun: Token, words: frozenset[str]) -> Token | None:
    """The word of readiness (``words``) whose "for" or "to" phrase ``noun`` is:
    "ready for talks", "open to dialogue", "expressed readiness for talks"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "to"):
        return None
    word = noun.head.head
    return word if word.lemma_.lower() in words else None


def yet_to(verb: Token) -> bool:
    """``verb`` is the "have" or "be" of "has yet to" / "is yet to" before an
    infinitive: what it takes is not done (yet), as with "has not yet"."""
    return (
        verb.lemma_.lower() in ("have", "be")
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)
    )


# Taking steps or measures to do something does it: "took steps to expand political
# freedoms", "has taken measures to ease the curfew".
STEPS = frozenset({"step", "measure", "action"})


def taken_steps(verb: Token) -> bool:
    """``verb`` is "take" with steps, measures or action for its object, so that the
    infinitive after it states what was done, not only aimed at."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STEPS for c in verb.children
    )


def own_tense(verb: Token) -> bool:
    """Whether ``verb``, coordinated with the verb it hangs on, carries its own tense
    while that one takes an auxiliary: "did not want a war and calls on Washington to
    stay neutral", "will not recognise the junta and recalled its envoy". The
    auxiliary, and its negation, belong to the first verb only; a bare verb shares
    them ("did not attack or threaten")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBZ", "VBD", "VBP")
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "do") for c in head.children)
    )


def perfect(verb: Token) -> bool:
    """``verb`` has a perfect auxiliary ("has backed", "had signed")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def pluperfect(verb: Token) -> bool:
    """``verb`` is in the past perfect ("had signed", "had been shelled")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)
