"""Parses the small model gets wrong in wire leads, in ways that hide who acted: a
participle taken for the main verb ("gunmen believed to be members of Hamas
ambushed"), a main verb taken for a participle ("A senior official, who asked not to
be named, accused"), a raised passive taken for an active ("were reported attacked
by"), a second clause's subject joined to the first verb's object ("bombed Somali
towns and Somali troops attacked"). Used by :mod:`.syntax`."""

from __future__ import annotations

from spacy.tokens import Token

from .participles import to_infinitive

SUBJ = ("nsubj", "csubj")


# Passive verbs of report that raise the subject of a passive they govern ("were
# reported attacked", "were said to have been shelled", "was believed killed").
RAISING = frozenset({"say", "report", "believe", "think", "fear", "presume", "know", "confirm"})


def raised_passive(verb: Token) -> Token | None:
    """The subject of a passive participle that a passive verb of report raised to
    its own subject: "Iraqi positions were reported attacked by Iranian troops",
    "two villages were said to have been shelled by Syrian artillery" (the
    positions, the villages: what was attacked, not who attacked). Not a perfect
    ("Iran is said to have withdrawn": active)."""
    head = verb.head
    if not (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VBN"
        and head.lemma_.lower() in RAISING
        and any(c.dep_ == "auxpass" for c in head.children)
    ):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    if auxes and not any(c.dep_ == "auxpass" for c in auxes):
        return None
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def lead_verb(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is a lead's main verb that the small parser hung,
    as a participle, inside its subject noun left as the root, past a relative clause
    set off by commas ("A senior Syrian official, who asked not to be named, accused
    Jordan ...", "..., who spoke on condition of anonymity, accused Burma"). A
    participle of a reduced relative takes no direct object, so one with an object
    after a comma is the tensed verb."""
    root = verb.sent.root
    if not (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and root.pos_ in ("NOUN", "PROPN")
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "relcl" and c.i < verb.i for c in root.children)
    ):
        return None
    node = verb.head
    while node.i != root.i and node.dep_ in ("pobj", "prep", "acl", "relcl", "appos", "punct"):
        node = node.head
    return root if node.i == root.i else None


# Participles that say who unnamed doers are believed to be ("gunmen believed to be
# members of Hamas", "men suspected of belonging to the Shining Path").
SUPPOSING = frozenset({"believe", "think", "suspect", "presume", "say", "report", "allege"})


def supposed(verb: Token) -> list[Token]:
    """What a participle of supposition with a subject says its subject is: "believed
    to be members of the IRA" (the attribute), "believed to belong to ETA" (the
    infinitive), "suspected of belonging to the Shining Path" (the phrase)."""
    if verb.lemma_.lower() not in SUPPOSING or verb.tag_ not in ("VBD", "VBN"):
        return []
    if not any(c.dep_ in SUBJ for c in verb.children) or any(
        c.dep_ in ("dobj", "ccomp") and c.i < verb.i for c in verb.children
    ):
        return []
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "xcomp" and to_infinitive(c):
            # ("said to be loyal to Jumblatt": the adjective too.)
            out += (
                [a for a in c.children if a.dep_ in ("attr", "acomp")] if c.lemma_ == "be" else [c]
            )
        elif c.dep_ == "prep" and c.lower_ in ("of", "as"):
            out += [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
    return out


def joined_subject(verb: Token) -> Token | None:
    """The subject of a tensed verb coordinated with another whose object the parser
    joined it to: "Ethiopian jets bombed Somali towns and Somali troops attacked
    ..." (the troops attacked, not the jets); a noun right before a tensed verb is
    its subject."""
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for obj in (c for c in head.children if c.dep_ in ("dobj", "obj")):
        for noun in obj.children:
            if (
                noun.dep_ == "conj"
                and noun.pos_ in ("NOUN", "PROPN")
                and noun.right_edge.i + 1 == verb.i
            ):
                return noun
    return None


def after_participle(verb: Token) -> Token | None:
    """The subject of a lead's tensed verb that the small parser hung on a participle
    set off by commas before it: "Mugabe, addressing a rally in Harare, accused ..."
    (the participle made the root, with the subject, and the verb a "dep" of it),
    "Hundreds of Tamils, shouting slogans, clashed with police" (the participle a
    clause of the subject noun, the verb coordinated with it with no "and")."""
    head = verb.head
    if not (
        verb.dep_ in ("dep", "conj")
        and verb.tag_ in ("VBD", "VBZ", "VBN")
        and head.tag_ == "VBG"
        and head.i < verb.i
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass") for c in verb.children)
        and head.i > 0
        and verb.doc[head.i - 1].text == ","
    ):
        return None
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    own = [c for c in head.children if c.dep_ in SUBJ and c.i < head.i]
    return own[0] if head.dep_ == "ROOT" and own else None


def participle_subject(subj: Token) -> Token:
    """The name a participle phrase describes, when the parser made the participle the
    subject and the name its subject: "The Red Cross operating in Iraq said ..." (the
    Red Cross said, not "operating")."""
    if subj.tag_ != "VBG" or subj.dep_ not in SUBJ:
        return subj
    named = [
        c
        for c in subj.children
        if c.dep_ == "nsubj" and c.i < subj.i and c.pos_ in ("PROPN", "NOUN")
    ]
    return named[0] if named else subj


# Verbs of saying that may follow a quotation with their subject after them.
QUOTING = frozenset(
    {"say", "declare", "add", "write", "announce", "insist", "warn", "reply", "state", "assert"}
)


def inverted_speaker(verb: Token) -> Token | None:
    """The speaker after a verb of saying that follows a quotation ('"Israel must
    withdraw," declared the Saudi king'): the parser may take the speaker, after the
    verb, for its object."""
    if verb.lemma_.lower() not in QUOTING or any(c.dep_ in SUBJ for c in verb.children):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].tag_ != "''":
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)


def dated_subject(verb: Token) -> Token | None:
    """The subject of a lead that puts a bare weekday before the verb ("Vietnam Sunday
    accused China ..."): the parser made the subject a compound of the day."""
    if any(c.dep_ in SUBJ for c in verb.children):
        return None
    for day in (c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i):
        named = [g for g in day.children if g.dep_ == "compound" and g.i < day.i]
        if day.ent_type_ == "DATE" and named:
            return named[-1]
    return None


def visiting_guest(verb: Token) -> Token | None:
    """The subject of a lead that opens on "Visiting" before a title and name
    ("Visiting Turkish Prime Minister Ozal held talks with ..."): the small parser
    took "Visiting" for a gerund subject and the guest for its object."""
    for c in verb.children:
        # ("Visiting Damascus, the Saudi minister ...": a participle set off by a
        # comma is one, its object a place visited.)
        after = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
        if (
            c.dep_ == "csubj"
            and c.lower_ == "visiting"
            and c.i == c.sent.start
            and (after is None or after.text != ",")
        ):
            guest = [o for o in c.children if o.dep_ == "dobj"]
            if guest and guest[0].pos_ == "PROPN":
                return guest[0]
    return None


def across_comma(verb: Token) -> Token | None:
    """The subject of a lead's tensed verb that the small parser hung on a phrase
    set off by a comma before it: "In a move likely to anger Beijing, Taiwan's
    parliament on Tuesday voted ..." (the parliament made the object of "anger").
    The noun must open the clause right after the comma and be the head of all that
    stands between the comma and the verb but a phrase of time."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in SUBJ or c.dep_ == "expl" for c in verb.children):
        return None
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, verb.sent.start, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    nouns = [
        t
        for t in doc[comma + 1 : verb.i]
        if t.pos_ in ("NOUN", "PROPN") and t.head.i <= comma and t.dep_ in ("dobj", "pobj", "appos")
    ]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    span = range(noun.left_edge.i, noun.right_edge.i + 1)
    rest = [t for t in doc[comma + 1 : verb.i] if t.i not in span]
    # What else stands there hangs on the verb: "on Tuesday", "yesterday".
    if noun.left_edge.i != comma + 1 or any(not _on_verb(t, verb) for t in rest):
        return None
    return noun


def _on_verb(tok: Token, verb: Token) -> bool:
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def stray_subject(verb: Token) -> Token | None:
    """A subject the parser put where no subject goes (see :func:`after_participle`,
    :func:`inverted_speaker`, :func:`dated_subject`, :func:`across_comma`)."""
    return (
        after_participle(verb)
        or inverted_speaker(verb)
        or dated_subject(verb)
        or across_comma(verb)
    )


def relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause with a singular verb stands for when the parser hung
    it on the first of coordinated nouns: "between Baghdad and Kuwait, which accuses
    Iraq" (Kuwait accuses, not Baghdad). Right after a list, "which is", "which
    accuses", "which has" go with its last item; a plural verb may go with all."""
    noun = clause.head
    later = [c for c in noun.conjuncts if c.i > noun.i]
    singular = clause.tag_ == "VBZ" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in clause.children
    )
    if not later or not singular:
        return noun
    last = max(later, key=lambda c: c.i)
    rel = clause.left_edge.i
    between = clause.doc[last.right_edge.i + 1 : rel]
    return last if last.i < rel and all(t.is_punct for t in between) else noun


def opens_next_clause(conj: Token) -> bool:
    """Whether a conjunct of an object is the subject of the next clause, which the
    parser joined to the object: "had defeated ISIS and Turkey would be moving into
    Syria", "bombed Somali towns and Kenyan troops attacked" (Turkey and the troops
    are no object of the first verb); a noun right before a tensed verb or modal of
    a later verb that has no subject of its own is its subject."""
    doc = conj.doc
    after = conj.right_edge.i + 1
    if conj.dep_ != "conj" or after >= len(doc):
        return False
    nxt = doc[after]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    return (
        nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i > conj.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def cleft_focus(verb: Token, own: list[Token]) -> list[Token]:
    """Who a cleft sentence says did it: "It was Iraq that attacked Kuwait" (the
    parser makes the clause a complement of "was" whose subject is the relative
    "that", with no noun for it to stand for)."""
    head = verb.head
    if not (
        len(own) == 1
        and own[0].tag_ in ("WDT", "WP")
        and verb.dep_ == "ccomp"
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
    ):
        return []
    return [c for c in head.children if c.dep_ == "attr" and c.i < verb.i]


def shifted_object(verb: Token) -> list[Token]:
    """The object a lead puts after the verb's "as" phrase when that is short and the
    object long ("rejected as unacceptable a U.S. proposal for ...", "dismissed as
    baseless an Australian request", "condemned as provocative the deployment of
    ..."): the parser hangs the noun in the "as" phrase, under the adjective or
    beside it. Only an adjective right after "as" marks the shift ("regarded as
    allies" keeps its noun), or a noun the parser took for one ("dismissed as
    nonsense American claims")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < verb.i:
            continue
        nxt = verb.doc[prep.i + 1] if prep.i + 1 < len(verb.doc) else prep
        shifted = nxt.tag_ == "JJ" or (nxt.dep_ == "amod" and nxt.pos_ == "NOUN")
        if not shifted or nxt.head not in (prep, *prep.children):
            continue
        heads = (prep, nxt)
        return [
            t
            for t in prep.subtree
            if t.i > nxt.i and t.dep_ in ("pobj", "dobj") and t.head in heads
        ][:1]
    return []


def verb_held_by(noun: Token) -> list[Token]:
    """The "by" phrase of an active verb's object that the parser hung on the verb,
    taking it for a passive's agent: "banned a rally by opposition supporters",
    "broke up a march by students" (the rally's and the march's holders). Only a
    phrase right after the object's own words, and only on a verb with no passive
    subject (whose "by" is its doer: "a rally was banned by the police")."""
    obj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        # "voiced criticism of the visit to Jerusalem by the Brazilian president":
        # the visit's doer, hung on the verb whose object's "of" phrase it is in.
        obj = noun.head.head
    verb = obj.head
    if obj.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB":
        return []
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    # (Other phrases of the noun the parser hung on the verb may come between: "the
    # sale of arms to Taiwan by the United States".)
    between = [c for c in verb.children if c.dep_ == "prep" and c.i > noun.right_edge.i]
    return [
        p
        for c in verb.children
        if c.dep_ in ("agent", "prep")
        and c.lower_ == "by"
        and (
            c.i == noun.right_edge.i + 1
            or any(b.lower_ == "to" and b.right_edge.i + 1 == c.i for b in between)
        )
        for p in c.children
        if p.dep_ == "pobj"
    ]


def object_before_by(verb: Token) -> list[Token]:
    """An active verb's object that the parser took for an adverbial noun when a
    "by" phrase follows it ("broke up a march by students": "march" hangs on the
    verb as npadvmod, "by students" as the verb's agent)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > verb.i and verb_held_by(c)
    ][:1]


def as_phrase_by(noun: Token) -> list[Token]:
    """The "by" phrase of an act noun that the parser hung on the noun of the "as"
    phrase after it: "condemned the recognition of Jerusalem as Israel's capital by
    Washington", "attacked the proclamation of the Golan Heights as Israeli territory
    by Trump" (the "as" phrase hangs on the noun or on its verb, right after the
    noun's own words; the "by" phrase names who recognised or proclaimed)."""
    heads = [noun]
    if noun.dep_ in ("dobj", "obj", "pobj") and noun.head.pos_ in ("VERB", "ADP"):
        heads.append(noun.head)
    return [
        p
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "as" and (head is noun or c.i == noun.right_edge.i + 1)
        for role in c.children
        if role.dep_ == "pobj" and role.pos_ in ("NOUN", "PROPN")
        for by in role.children
        if by.dep_ in ("prep", "agent") and by.lower_ == "by"
        for p in by.children
        if p.dep_ == "pobj"
    ]


def displaced_appos(appos: Token) -> bool:
    """An apposition the parser hung on a noun it does not follow ("Israeli jets struck
    Hezbollah, the Lebanese group backed by Iran": "group" on "jets"): it describes
    the words right before it, not its head."""
    before = appos.left_edge.i - 1
    while before > 0 and appos.doc[before].is_punct:
        before -= 1
    return before > appos.head.i and before not in {t.i for t in appos.head.subtree}


def apposition_anchor(noun: Token) -> Token | None:
    """The words a described noun set off by a comma stands for: its head when it is
    an apposition ("Hezbollah, the Lebanese group backed by Iran"), or the noun right
    before the comma when the parser hung it elsewhere (as a second object, or on the
    subject); None for a noun that is no apposition."""
    if noun.dep_ == "appos" and not displaced_appos(noun):
        return noun.head
    start = noun.left_edge.i
    if noun.pos_ != "NOUN" or start < 2 or noun.doc[start - 1].text != ",":
        return None
    before = noun.doc[start - 2]
    if before.pos_ != "PROPN" or before.i in {t.i for t in noun.subtree}:
        return None
    if noun.dep_ == "appos" or (noun.dep_ in ("dobj", "obj") and before.head.i == noun.head.i):
        return before
    return None
