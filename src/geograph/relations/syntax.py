"""Reading grammatical roles off spaCy's dependency parse (ClearNLP labels).

Subjects are inherited the way English grammar passes them on: an infinitive or
gerund without its own subject takes its governor's subject ("Israel agreed to
sell"), or its governor's object after verbs of object control ("urged Iran to
stop", "accused Azerbaijan of allowing"); a coordinated verb takes the first
verb's subject ("Iran denies ... and announces").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from .companions import companions
from .misparses import (
    apposition_anchor,
    cleft_focus,
    joined_subject,
    lead_verb,
    object_before_by,
    participle_subject,
    raised_passive,
    shifted_object,
    stray_subject,
    supposed,
    visiting_guest,
)
from .participles import armed_for as armed_for  # (re-exported: syntax.armed_for)
from .participles import (
    fronted_passive,
    gerund_before,
    retained_objects,
    set_off,
    taken_steps,
    visitor,
)
from .participles import to_infinitive as to_infinitive  # (re-exported: syntax.to_infinitive)

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")


def sentence_starts(doc: Doc) -> list[int]:
    """The index of each sentence's first token, as ``doc.sents`` gives them."""
    if not len(doc):
        return []
    marks = doc.to_array(SENT_START)
    return [0, *(int(i) for i in (marks[1:] == 1).nonzero()[0] + 1)]


def is_passive(verb: Token) -> bool:
    """A passive clause, or a past participle modifying a noun ("weapons sold to X",
    "Iran-backed militias")."""
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJ or child.dep_ == "auxpass":
            return True
    return (
        (verb.dep_ == "acl" and verb.tag_ == "VBN" and lead_verb(verb) is None)
        or bool(hyphen_agents(verb))
        or raised_passive(verb) is not None
        or fronted_passive(verb) is not None
    )


def hyphen_agents(verb: Token) -> list[Token]:
    """The doer joined by a hyphen to a participle before a noun: "Iran" in
    "Iran-backed militias", "US-funded programme" (what the parser hangs on the
    participle as an adverbial noun or compound). News writes "backed by Iran" so
    more often than it spells it out."""
    if verb.tag_ != "VBN" or verb.dep_ != "amod" or verb.i == 0:
        return []
    if verb.doc[verb.i - 1].tag_ != "HYPH":
        return []
    return [
        c
        for c in verb.children
        if c.i == verb.i - 2 and c.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj")
    ]


def pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition ("to Azerbaijan"); a gerund counts ("of attacking")."""
    found = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    found = [o for c in found for o in (visitor(c) or [c])]
    if not found and prep.lower_ == "out":
        # "pulled its troops out of Georgia": the parser hangs "of" from "out".
        found = [
            o for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for o in pobjs(c)
        ]
    return found


def prep_objects(tok: Token, word: str) -> list[Token]:
    """Objects of preposition ``word`` attached to ``tok``."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == word:
            out.extend(pobjs(child))
            # "not against Iran, but against Armenia": a coordinated preposition.
            for conj in child.conjuncts:
                if conj.lower_ == word:
                    out.extend(pobjs(conj))
        elif word == "for" and child.dep_ in ("advcl", "acl", "relcl"):
            # "a loan for Argentina to back its reforms": the parser makes "for" the
            # mark of an infinitive clause whose subject is the object.
            marks = [g for g in child.children if g.dep_ == "mark"]
            if any(g.lower_ == "for" for g in marks):
                out.extend(g for g in child.children if g.dep_ == "nsubj")
    return out


def agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb."""
    out: list[Token] = hyphen_agents(verb)
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(pobjs(child))
    if not out and is_passive(verb):
        # "was threatened with sanctions by the EU", "was hit with a fine by
        # Brussels": the parser hangs the "by" phrase on the "with" noun (or on the
        # object kept: "was granted food aid by the EC").
        for obj in prep_objects(verb, "with") + retained_objects(verb):
            out.extend(prep_objects(obj, "by"))
    return out


# Verbs whose object is the subject of a bare infinitive ("let Iran export", "help
# Angola rebuild", "made Serbia withdraw").
# Verbs whose object the parser may make the subject of their infinitive clause
# ("helped Angola rebuild", "allowed IAEA inspectors to visit the site").
BARE_CONTROL = ("help", "let", "make", "allow", "permit")


# Nouns that, after a comma, sum up the clause before them ("Greece asked for help,
# a move that angered Berlin"); the parser may take them for the verb's object.
_SUMMARIES = frozenset({"move", "step", "decision", "development", "measure", "action"})


def _summary(obj: Token) -> bool:
    """Whether a verb's object is a comma-set noun summing up its clause."""
    start = obj.left_edge.i
    return (
        obj.lemma_.lower() in _SUMMARIES
        and start > 0
        and obj.doc[start - 1].text == ","
        and any(c.dep_ == "relcl" for c in obj.children)
    )


def _apposed(obj: Token, other: Token) -> bool:
    """Whether ``obj`` is a common noun set off by a comma right after ``other``'s
    words: the parser's second object for an apposition."""
    start = obj.left_edge.i
    return (
        obj.pos_ == "NOUN"
        and other.i < obj.i
        and start > 1
        and obj.doc[start - 1].text == ","
        and other.right_edge.i == start - 2
    )


# Relative pronouns and determiners: "who", "whom", "which", "that".
RELATIVE_TAGS = ("WP", "WDT")


def direct_objects(verb: Token) -> list[Token]:
    """What the verb acts on: its object, or the subject of a passive."""
    if is_passive(verb):
        found = [c for c in verb.children if c.dep_ in PASSIVE_SUBJ]
        raised = raised_passive(verb) or fronted_passive(verb)
        if not found and raised is not None:
            found = [raised]
        if not found and verb.dep_ in ("acl", "amod"):
            head = verb.head
            if head.dep_ in ("amod", "compound") and head.head.pos_ == "PROPN":
                # "the Armenian-backed separatist Republic of Artsakh": the word it
                # describes describes a name in turn; the name is what is backed.
                head = head.head
            # ("Hezbollah, the Lebanese group backed by Iran": the group named; not a
            # participle before the noun, "a U.S.-designated terrorist group".)
            anchor = apposition_anchor(head) if verb.dep_ == "acl" else None
            found = [anchor or head]
        return found
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj") and not _summary(c)]
    # "struck Hezbollah, the Lebanese group backed by Iran": a described noun set off
    # by a comma right after the object is its apposition, no second object.
    found = [c for c in found if not any(_apposed(c, o) for o in found)]
    found = found or shifted_object(verb)
    found = found or object_before_by(verb)
    # ("praised visiting Syrian President Assad")
    found = found or [o for c in verb.children for o in visitor(c)]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # An object relative clause ("the engineers (whom) they had kidnapped"):
        # what the verb acts on is the noun the clause hangs on.
        # Not a clause of place or time ("the airport where Soleimani was arriving").
        if (
            not found
            and not any(c.tag_ == "WRB" for c in verb.children)
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in RELATIVE_TAGS
                for c in verb.children
            )
        ):
            found = [verb.head]
        found = [verb.head if c.tag_ in RELATIVE_TAGS else c for c in found]
    if not found and verb.lemma_.lower() in BARE_CONTROL:
        # "helped Angola rebuild its economy": the parser makes the helped the
        # subject of a bare infinitive clause (which the tagger may take for a present
        # tense: "let UN inspectors resume their work").
        found = [
            g
            for c in verb.children
            if c.dep_ == "ccomp"
            and (
                c.tag_ == "VB"
                or (c.tag_ == "VBP" and not any(a.dep_ in ("aux", "auxpass") for a in c.children))
            )
            and not any(m.dep_ == "mark" for m in c.children)
            for g in c.children
            if g.dep_ == "nsubj"
        ]
    if not found:
        # "kidnapped up to 16 Russian advisers": the parser takes the quantity "up to"
        # for a particle and a preposition; the counted noun is the object. The
        # "to" hangs on the verb or, after an adverbial phrase ("from a bazaar"),
        # on the particle "up".
        ups = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"]
        for prep in [*verb.children, *(c for up in ups for c in up.children)]:
            before = prep.nbor(-1) if prep.i > 0 else prep
            if (prep.dep_, prep.lower_, before.lower_) == (
                "prep",
                "to",
                "up",
            ) and before.head in (verb, *ups):
                found = [o for o in pobjs(prep) if any(c.tag_ == "CD" for c in o.children)]
    return found


# Words that may stand between two verbs sharing one object ("condemned and rejected").
_SHARING = ("cc", "punct", "advmod", "preconj")


def shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it, when English
    states the object once, after the last verb ("Russia criticized and threatened
    Georgia", "condemned, and later rejected, the proposal"): the first verb has no
    dependent to its right but the coordination, and the second no subject of its own."""
    if is_passive(verb) or any(
        c.i > verb.i and c.dep_ not in (*_SHARING, "conj") for c in verb.children
    ):
        return []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < verb.i or is_passive(conj):
            continue
        if any(c.dep_ in SUBJ for c in conj.children):
            return []
        between = verb.doc[verb.i + 1 : conj.i]
        # "has condemned and will reject the plan": the second verb's auxiliary too.
        if all(t.dep_ in _SHARING or (t.dep_ == "aux" and t.head == conj) for t in between):
            return [c for c in conj.children if c.dep_ in ("dobj", "obj")]
    return []


def indirect_objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if (
        not found
        and len(objs) == 1
        and any(c.dep_ == "ccomp" and c.i > objs[0].i for c in verb.children)
    ):
        # "promised India it would free them", "assured Berlin that": an object
        # before a clause is whom it is said to (the parser makes it the object).
        found = objs
    if not found and is_passive(verb) and retained_objects(verb):
        # "Kenya was given a loan", "the general was granted asylum": with an object
        # kept, the passive subject is whom the thing is given to.
        found = [c for c in verb.children if c.dep_ in PASSIVE_SUBJ]
    return found


def subjects(
    verb: Token, object_control: Iterable[str] | frozenset[str], depth: int = 0
) -> list[Token]:
    """Who does what ``verb`` says, following English subject inheritance."""
    if depth > 5:
        return []
    if is_passive(verb):
        return agents(verb)
    guest = visiting_guest(verb)
    own = [guest] if guest is not None else [c for c in verb.children if c.dep_ in SUBJ]
    own = [participle_subject(c) for c in own]
    if own:
        return cleft_focus(verb, own) or own + companions(verb, own)
    fronted = stray_subject(verb)
    if fronted is not None:
        return [fronted]
    # "a corridor for terrorists to kill ...": the object of "for" is the subject.
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if to:
        prev = to[0].i - 1
        while prev >= 0 and verb.doc[prev].is_punct:
            prev -= 1
        if prev >= 0:
            cand = verb.doc[prev]
            if cand.dep_ == "pobj" and cand.head.lower_ == "for":
                return [cand]
    dep, head = verb.dep_, verb.head
    if head.i == verb.i:
        return []
    if dep in ("relcl", "acl") and head.dep_ == "dobj" and taken_steps(head.head):
        # "took steps to expand press freedoms": whoever took the steps.
        return subjects(head.head, object_control, depth + 1)
    if dep == "xcomp" and is_passive(head):
        # "Obama is scheduled to attend", "Iran is expected to retaliate"
        raised = [c for c in head.children if c.dep_ in PASSIVE_SUBJ]
        if raised:
            return raised
    if dep == "advcl" and verb.tag_ == "VBG" and set_off(verb) and not gerund_before(verb):
        # "told reporters, demanding ...": a participle set off by a comma goes with
        # the clause's subject, not the object control lends an infinitive (but
        # "accused Iran of shelling Basra, killing ..." goes on with the shelling).
        return subjects(head, object_control, depth + 1)
    if dep == "xcomp" or (dep == "advcl" and verb.tag_ in ("VB", "VBG", "VBN")):
        return _controller(head, object_control, depth)
    described = supposed(head) if dep in ("ccomp", "conj") else []
    if described:
        # "Gunmen believed to be members of Hamas ambushed ...": the parser took the
        # participle of supposition for the main verb; the doers are its subject as
        # described.
        return [c for c in head.children if c.dep_ in SUBJ] + described
    joined = joined_subject(verb) if dep == "conj" else None
    if joined is not None:
        return [joined]
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        if _finite(verb) and to_infinitive(head):
            # "he arranged for 3000 of the Guard to be ready and has requested ...":
            # a finite verb shares no infinitive's subject.
            gov = beside_governor(verb)
            return subjects(gov, object_control, depth + 1) if gov is not None else []
        return subjects(head, object_control, depth + 1)
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        gov = head.head
        if is_passive(gov) and gov.lemma_.lower() not in object_control and not agents(gov):
            # "Japan is committed to supporting Ukraine": a passive with no agent
            # states what its subject holds to, as "is expected to" does.
            raised = [c for c in gov.children if c.dep_ in PASSIVE_SUBJ]
            if raised:
                return raised
        return _controller(gov, object_control, depth)
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "ADJ":
        # "remains committed to supporting Ukraine": the adjective's holder (the
        # parser may make "is committed" an adjective with a passive subject).
        holders = [c for c in head.head.children if c.dep_ in PASSIVE_SUBJ]
        return holders or subjects(head.head, object_control, depth + 1)
    if dep == "acomp" and head.pos_ in ("VERB", "AUX"):
        return subjects(head, object_control, depth + 1)
    if dep == "attr" and verb.tag_ == "VBG" and head.lemma_ == "be":
        # "the African Union is mediating between ...": the small model may parse a
        # progressive as the attribute of "is"; the subject is the verb's.
        return subjects(head, object_control, depth + 1)
    if (
        dep == "acl"
        and verb.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
    ) or lead_verb(verb) is not None:
        # "The Saudi foreign minister called on Washington to ...": the small model
        # may make a lead's only verb a clause of its subject noun, left as the root.
        # A simple past tense heads no reduced relative (a participle would), so
        # the noun is its subject.
        return [lead_verb(verb) or head]
    if dep == "acl" and head.pos_ == "NOUN":
        # "the right of Russian troops to fire", "a decision by Ghana to expel":
        # whose right or decision it is acts.
        owners = [c for c in head.children if c.dep_ == "poss"] + prep_objects(head, "of")
        owners += prep_objects(head, "by")
        if owners and verb.tag_ == "VB":
            return owners
        # "vetoed a Security Council resolution condemning Israel": the named body's.
        kin = ("poss", "compound")
        named = [c for c in head.children if c.dep_ in kin and c.pos_ in ("PROPN", "PRON")]
        if named and verb.tag_ == "VBG":
            return named
        # "issued a declaration demanding that ...": the declaration's issuer.
        issuer = governing_clause(head)
        if issuer is not None:
            return subjects(issuer, object_control, depth + 1)
    return []


def beside_governor(verb: Token) -> Token | None:
    """The clause a tensed verb the parser coordinated with an infinitive really
    stands beside: the infinitive's governor ("urged the embassy to reconsider and
    spoke with Pompeo": "spoke" goes with "urged", not with "reconsider")."""
    head = verb.head
    if not (verb.dep_ == "conj" and _finite(verb) and to_infinitive(head)):
        return None
    if head.dep_ in ("advcl", "xcomp", "ccomp") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _finite(verb: Token) -> bool:
    """``verb`` is tensed, or has a tensed or modal auxiliary ("has requested")."""
    tags = ("VBZ", "VBP", "VBD", "MD")
    return verb.tag_ in tags or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in tags for c in verb.children
    )


def _controller(
    gov: Token, object_control: Iterable[str] | frozenset[str], depth: int
) -> list[Token]:
    """Who does what ``gov``'s complement says: its object after verbs of object
    control ("urged Iran to stop"), else its subject ("Iran agreed to stop")."""
    if gov.lemma_.lower() in object_control:
        objs = direct_objects(gov)
        if objs:
            return objs
        # "called on the President to demand ...": the one called on.
        called = prep_objects(gov, "on") + prep_objects(gov, "upon")
        if called and gov.lemma_.lower() == "call":
            return called
    return subjects(gov, object_control, depth + 1)


def named_by(tok: Token, words: frozenset[str]) -> bool:
    """``tok`` or a word modifying it is one of ``words`` ("refugees", "Congolese
    refugees", "a roadside bomb", "a military aid program")."""
    # ("quantmod": the currency sign of a sum, "gave Jordan $200 million".)
    phrase = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "quantmod"))]
    return any(w.lemma_.lower() in words or w.lower_ in words for w in phrase)


# Clauses a phrase does not reach past when climbing from a word inside it.
CLAUSE_HEADS = ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl")


def enclosing_prep(tok: Token, words: tuple[str, ...], dep: str | None = None) -> Token | None:
    """The preposition of ``words`` (attached as ``dep``, if given) whose phrase
    ``tok`` is in, within its clause ("between" in "relations between Sudan and
    Israel")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ in words and dep in (None, t.head.dep_):
            return t.head
        if t.dep_ in CLAUSE_HEADS:
            return None
    return None


def in_comparison(tok: Token, kinds: frozenset[str]) -> bool:
    """Whether ``tok`` is in a "like"/"unlike" phrase that compares ("called for the
    decriminalization of drugs like Portugal", "a wealth tax like France"), not one
    that gives examples of a kind of actor ("sanctions on countries like Iran": a
    head noun in ``kinds``)."""
    prep = enclosing_prep(tok, ("like", "unlike"), "prep")
    return prep is not None and prep.head.lemma_.lower() not in kinds


def governing_clause(noun: Token) -> Token | None:
    """The verb a noun is the object of ("imposed sanctions", "held talks")."""
    tok = noun
    # "launched a wave of strikes": climb through "of".
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "in":
        # "gave Ukraine $400 million in military aid", "pledged two billion dollars in
        # aid to Yemen": a sum "in" a noun is that thing, given by the sum's verb.
        amount = tok.head.head
        if amount.ent_type_ == "MONEY":
            tok = amount
        elif amount.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and c.ent_type_ == "MONEY" for c in amount.children
        ):
            return amount
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "into" and tok.head.head.lemma_ == "enter":
        # "entered into an agreement with Syria": the phrasal verb's object.
        return tok.head.head
    return None


def in_class(verb: Token, words: frozenset[str]) -> bool:
    """Whether ``verb``, alone or with its particle ("give up"), is one of ``words``."""
    lemma = verb.lemma_.lower()
    return lemma in words or any(
        f"{lemma} {c.lower_}" in words for c in verb.children if c.dep_ == "prt"
    )


def has_particle(verb: Token, particle: str) -> bool:
    """``verb`` carries ``particle`` ("crack down", "call on", "fire at"); a particle
    that is a preposition phrase ("hacked them to death") is that phrase whole:
    "burned the village to the ground" is no "burn to death"."""
    first, *rest = particle.split()
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == first]
    if (
        rest
        and preps
        and not any(
            [w.lower_ for w in verb.doc[p.i + 1 : p.i + 1 + len(rest)]] == rest for p in preps
        )
    ):
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if particles and first not in particles:
        # "called off its search late on Tuesday" is no "call on": another particle
        # makes another verb.
        return False
    for child in verb.children:
        # "found three Russians guilty": the adjective heads a small clause.
        if (
            child.dep_ in ("prt", "prep", "advmod", "dobj", "dative", "ccomp", "oprd", "acomp")
            and child.lower_ == first
        ):
            return True
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return nxt is not None and nxt.lower_ == first


def conditions(verb: Token, marks: tuple[str, ...]) -> list[Token]:
    """Clauses that make ``verb`` (or the verb it is the infinitive of) conditional:
    "will withdraw ... unless Oueddei arranges", "threatened to stop talks if the US goes ahead"."""
    out: list[Token] = []
    for tok in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for child in tok.children:
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in marks for g in child.children
            ):
                out.append(child)
    return out


# Clauses below a verb that say something else: an actor there is not its argument.
OTHER_CLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "nsubj", "nsubjpass", "mark"}


def phrase_tokens(heads: list[Token], skip: frozenset[str] = frozenset()) -> list[Token]:
    """The words of the phrases headed by ``heads``, in order, leaving out clauses
    inside them (a relative clause says something else) and ``skip`` dependents."""
    out: list[Token] = []

    def walk(tok: Token) -> None:
        out.append(tok)
        for child in tok.children:
            if child.dep_ not in OTHER_CLAUSES and child.dep_ != "relcl" and child.dep_ not in skip:
                walk(child)

    for head in heads:
        walk(head)
    return sorted(set(out), key=lambda t: t.i)


# Prepositions after a purpose clause's object that name whom it is pressed on
# ("demanding independence from Indonesia", "the release of their leader by Egypt").
PURPOSE_PREPS = ("from", "by", "on", "against")


def purpose_objects(verb: Token, verbs: frozenset[str]) -> list[Token]:
    """Whom a clause of purpose or manner after ``verb`` aims at, when its verb is one
    of ``verbs``: "opened fire to disperse demonstrators", "rioted, demanding
    independence from Indonesian rule", "began a hunger strike to demand the release
    of their leader by the Egyptian government"."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.i < verb.i:
            continue
        if clause.pos_ != "VERB" or clause.lemma_.lower() not in verbs:
            continue
        infinitive = any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children)
        if not (infinitive or clause.tag_ == "VBG"):
            continue
        objs = direct_objects(clause)
        out.extend(objs)
        for word in PURPOSE_PREPS:
            out.extend(prep_objects(clause, word))
            for obj in objs:
                if word == "from" and prep_objects(obj, "of"):
                    # "the exit of the United Kingdom from the EU": what the "of"
                    # phrase's party leaves, not whom the demand is pressed on.
                    continue
                out.extend(prep_objects(obj, word))
    return out
