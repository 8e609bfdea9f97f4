"""Where a verb's arguments are, by the slot names of ``data/relations.toml``
(``obj``, ``prep:to``, ``xtarget``, ``presser`` ...): the tokens each slot holds."""

from __future__ import annotations

from spacy.tokens import Token

from . import content, places, syntax
from .base import Context
from .lexicon import Trigger
from .participles import subjunctive
from .refs import ENVOY_HEADS


def objects(verb: Token, particle: str | None = None) -> list[Token]:
    """What the verb acts on; for a prepositional verb, its preposition's object
    ("reneged on its commitment", "backed out of the deal")."""
    found = (
        syntax.direct_objects(verb)
        or syntax.shared_objects(verb)
        or _called(verb)
        or _after_day(verb)
    )
    words = particle.split() if particle else []
    if found and len(words) > 1 and all(o.lower_ == words[0] for o in found):
        # "gave way to American pressure": the verb's own object is the particle's
        # first word; what it acts on follows the preposition.
        found = []
    if found or not particle:
        return found
    preps = [c for c in verb.children if c.lower_ == words[0]]
    for word in words[1:]:
        # "backed out of the deal": the object hangs from the last preposition ("gave
        # way to": from the verb, beside the object noun).
        preps = (
            [c for p in preps for c in p.children if c.lower_ == word]
            or [c for c in verb.children if c.lower_ == word and c.dep_ == "prep"]
            or preps
        )
    return [o for p in preps for o in syntax.pobjs(p) if not spoken_for(o)]


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "midnight", "noon"})


def _after_day(verb: Token) -> list[Token]:
    """The object a wire lead puts after the day ("detained on Friday three German
    tourists", "accused on Tuesday Iran of shelling Basra"), which the small parser
    hangs on "on" (the day its modifier) or sets in apposition to the day."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        day = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
        if day is None or day.lower_ not in WEEKDAYS:
            continue
        for pobj in syntax.pobjs(prep):
            if pobj.i == day.i:
                out.extend(c for c in pobj.children if c.dep_ == "appos")
            elif pobj.lower_ not in DAY_PARTS:
                # (Not "on Monday night": that is still the day.)
                out.append(pobj)
    return out


def _called(verb: Token) -> list[Token]:
    """The one a verb of naming names, where the small parser folds it into the name
    it is given: "called Trump a clown" (Trump a compound of "clown"), "called Duque
    a criminal" (two object predicates)."""
    preds = [c for c in verb.children if c.dep_ == "oprd"]
    if len(preds) > 1 and preds[0].pos_ == "PROPN":
        return [preds[0]]
    return [
        c
        for p in preds
        for c in p.children
        if c.dep_ in ("compound", "nmod")
        and c.pos_ == "PROPN"
        and any(d.dep_ == "det" and d.i > c.i for d in p.children)
    ]


def delayed_infinitive(verb: Token, clause: Token) -> bool:
    """``clause`` is the verb's own "to" infinitive that the small parser hangs as an
    adverbial clause when a time or place phrase comes between them ("threatened on
    Monday to sever ties with Mauritania", "threatened in a statement to step up its
    campaign"); not a clause of purpose with its own marker ("in order to"), nor
    one besides a true complement."""
    return (
        clause.dep_ == "advcl"
        and clause.i > verb.i
        and syntax.to_infinitive(clause)
        and not any(c.dep_ == "mark" for c in clause.children)
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        # ("threatened Monday to expel": a bare day too, in wire style.)
        and any(c.dep_ in ("prep", "npadvmod") and verb.i < c.i < clause.i for c in verb.children)
    )


def _asked_clause(clause: Token) -> bool:
    """A clause that states what is wanted: in the subjunctive ("that Israel
    withdraw") or with "should" or "must"."""
    return subjunctive(clause) or any(
        c.dep_ == "aux" and c.lower_ in ("should", "must") for c in clause.children
    )


def slot_tokens(verb: Token, slot: str, ctx: Context, particle: str | None = None) -> list[Token]:
    """Tokens that fill ``slot`` of ``verb``."""
    if slot == "subj":
        head = verb.head
        before = verb.doc[verb.i - 1]
        named = [before, *(c for c in before.children if c.dep_ in ("amod", "compound"))]
        if (
            before.dep_ == "pobj"
            and before.head.lower_ in ("for", "to", "of")
            and before.head.head.i == head.i
            and any(ctx.resolver.actors.at(t) for t in named)
        ):
            # "pledged support for Lebanese guerrillas fighting Israel": the parser
            # may hang the participle on the noun of the phrase the named doers end.
            head = before
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and head.pos_ in ("NOUN", "PROPN")
            # (Set off by a comma it may say what the whole clause did.)
            and not verb.doc[verb.i - 1].is_punct
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and ctx.resolver.one(head, "agent") is not None
        ):
            # "backed Palestinian guerrillas fighting Israel": a participle after a
            # noun naming an actor is a reduced relative; the noun does the act, not
            # the subject of the clause it sits in (syntax.subjects gives that one
            # for a declaration: "issued a statement demanding").
            return [head]
        return _held_for(verb, ctx) or syntax.subjects(verb, ctx.object_control)
    if slot == "obj":
        return objects(verb, particle)
    if slot == "iobj":
        return syntax.indirect_objects(verb)
    if slot == "xtarget":
        # "threatened to break relations with Russia", "offered to hand over to Britain"
        out: list[Token] = []
        for child in verb.children:
            if (
                child.dep_ in ("xcomp", "ccomp") or delayed_infinitive(verb, child)
            ) and child.pos_ in ("VERB", "AUX", "NOUN"):
                if child.dep_ == "ccomp" and any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PROPN" for g in child.children
                ):
                    # "warned that Biden could destroy the economy": a clause whose
                    # subject is named states that one's act, not the speaker's.
                    continue
                out.extend(syntax.direct_objects(child))
                out.extend(syntax.indirect_objects(child))
                # "to launch an offensive in its war with Iraq": one phrase deeper too.
                preps = [p for p in child.children if p.dep_ == "prep"]
                # "to walk out of the talks with Iran": through "out" to "of".
                preps += [q for p in preps for q in p.children if q.dep_ == "prep"]
                inner = syntax.direct_objects(child) + [o for p in preps for o in syntax.pobjs(p)]
                # "to end its mediation between Israel and Hamas": both sides. (Not
                # the body one is seated in: "agreed to appoint two judges to Kenya's
                # electoral board".)
                seating = child.lemma_.lower() in ctx.lexicon.classes.get("seating", ())
                envoys = any(o.lemma_.lower() in ENVOY_HEADS for o in syntax.direct_objects(child))
                for word in ("against", "on", "at", "to", "with", "from", "between"):
                    # (An envoy's "to" phrase still names whom it is sent to: "agreed to
                    # name a special envoy to Sudan".)
                    seat = seating and word == "to" and not envoys
                    out.extend([] if seat else syntax.prep_objects(child, word))
                    for obj in [] if seat else inner:
                        out.extend(syntax.prep_objects(obj, word))
                out.extend(places.locus(child))
        return out
    if slot == "locus":
        own = places.locus(verb)
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not ctx.refs(own, "patient"):
            # "crossed into northern Iraq and attacked Kurdish bases": the second act,
            # placed nowhere named, is done where the first went.
            return own + syntax.prep_objects(verb.head, "into")
        return own
    if slot == "site":
        # "delivered food in Somalia": a place named as where, not a meeting held
        # in one ("donated $20 million at a meeting in Paris").
        return [t for t in places.locus(verb) if ctx.resolver.actors.at(t) is not None]
    if slot == "border":
        # "sent troops to the Colombian border", "moved tanks to its border with
        # Ukraine": forces sent to a border face the state across it.
        found = [
            o
            for head in (verb, *objects(verb, particle))
            for word in ("to", "toward", "towards")
            for o in syntax.prep_objects(head, word)
            if o.lemma_.lower() in places.BORDERS
        ]
        # "withdrew its troops from positions along the Syrian border": forces
        # pulled back from posts on a border leave the state across it (the "from"
        # may hang on the particle: "pulled its troops back from positions ...").
        heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]
        for post in (o for head in heads for o in syntax.prep_objects(head, "from")):
            for word in ("along", "near", "on", "at"):
                found += [
                    b for b in syntax.prep_objects(post, word) if b.lemma_.lower() in places.BORDERS
                ]
        return found
    if slot == "stationed":
        # "US troops in Iraq withdrew": where the forces that act are stationed.
        forces = ctx.lexicon.classes.get("forces", frozenset())
        return [
            o
            for subj in syntax.subjects(verb, ctx.object_control)
            if subj.lemma_.lower() in forces
            for o in syntax.prep_objects(subj, "in")
        ]
    if slot == "purpose":
        return syntax.purpose_objects(verb, ctx.lexicon.classes.get("purposes", frozenset()))
    if slot == "aim":
        return _aimed(verb, ctx)
    if slot == "condition":
        return condition_subjects(verb, ctx.object_control)
    if slot == "xsubj":
        # "demanded that Russia release ...": the subject of the complement clause
        # (or of an infinitive the parser gave one, as after a day: "urged on
        # Wednesday the United States to lift its embargo").
        # A verb that both says and asks asks only with a clause in the subjunctive
        # or with "should": "insisted that Israel withdraw", not "insisted that
        # Hamas attacked first" ("alleged that Iran ..." only says).
        lemma = verb.lemma_.lower()
        says = lemma in ctx.lexicon.words("report_verbs") and lemma in ctx.lexicon.words(
            "directive_words"
        )
        return [
            g
            for child in verb.children
            if (child.dep_ == "ccomp" and (not says or _asked_clause(child)))
            or (child.dep_ == "xcomp" and syntax.to_infinitive(child))
            for g in child.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ] + [
            # "called for Israel to withdraw": the parser hangs a "for ... to" clause
            # on the verb as an adverbial one. Only a doer is asked: "urged for the
            # National Guard to be brought in" asks those who would bring it.
            g
            for child in verb.children
            if child.dep_ == "advcl" and syntax.to_infinitive(child) and _for_clause(child)
            for g in child.children
            if g.dep_ == "nsubj"
        ]
    if slot == "xdoer":
        # "ordered that Britain release the tanker": the complement's subject only
        # when it is to act; a passive clause's subject is what is done, by the
        # orderer's own people ("ordered the Capitol's flags be lowered", "ordered
        # that Russian diplomats be expelled"), no one the order is given to.
        return [t for t in slot_tokens(verb, "xsubj", ctx) if t.dep_ == "nsubj"]
    if slot == "infsubj":
        # "wants Islamabad to do more": the parser makes the one wanted the subject
        # of the infinitive (not of any other clause: a quote's frame).
        return [
            g
            for child in verb.children
            if child.dep_ == "ccomp" and syntax.to_infinitive(child)
            for g in child.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ]
    if slot.startswith("prep:"):
        word = slot[5:]
        found = syntax.prep_objects(verb, word)
        for obj in objects(verb, particle):
            found.extend(syntax.prep_objects(obj, word))
        if particle:
            # "pulled its troops back from the Saudi border": the phrase may hang on
            # the verb's particle, set after the object.
            for adv in verb.children:
                if adv.dep_ in ("prt", "advmod") and adv.lower_ == particle.split()[-1]:
                    found.extend(syntax.prep_objects(adv, word))
        # "discussed the crisis by telephone with Schroeder": the parser may hang the
        # party on the means of talking.
        for means in syntax.prep_objects(verb, "by"):
            if means.lemma_.lower() in MEANS_OF_TALK:
                found.extend(syntax.prep_objects(means, word))
        if word == "between" and not found:
            # "offered to mediate in the dispute between Malaysia and Indonesia": the
            # two sides of what the verb acts in.
            for obj in syntax.prep_objects(verb, "in"):
                found.extend(syntax.prep_objects(obj, word))
        return [t for t in found if not spoken_for(t)]
    if slot == "owner":
        return objects(verb, particle)
    if slot == "exchange":
        return exchange_givers(verb, ctx)
    if slot == "presser":
        return pressers(verb, ctx)
    return []


def exchange_phrases(verb: Token, nouns: frozenset[str]) -> list[Token]:
    """The objects of "in exchange for" / "in return for" (``nouns``: the lexicon's
    ``exchange_nouns``) on ``verb`` or the infinitive it takes ("agreed to freeze its
    programme in exchange for fuel aid")."""
    out: list[Token] = []
    for head in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for noun in syntax.prep_objects(head, "in"):
            if noun.lower_ in nouns:
                out.extend(syntax.prep_objects(noun, "for"))
    return out


def exchange_givers(verb: Token, ctx: Context) -> list[Token]:
    """Who gives what a deal is struck for: the first actor named in its "in exchange
    for" phrase ("in exchange for fuel aid from the United States", "in return for the
    lifting of UN sanctions", "for the bodies of two soldiers held by Hezbollah"): the
    agreement's other side (not the doers themselves: "in return for recognition of
    Iran's rights")."""
    doers = {r.actor.id for r in ctx.refs(syntax.subjects(verb, ctx.object_control), "agent")}
    for obj in exchange_phrases(verb, ctx.lexicon.words("exchange_nouns")):
        for tok in obj.subtree:
            span = ctx.resolver.actors.at(tok)
            if span is not None and span.actor.id not in doers:
                return [tok]
    return []


def _held_for(verb: Token, ctx: Context) -> list[Token]:
    """Who did the act of a "for" gerund after a verb of holding or punishing
    (class ``punishing``): the one held, not the holder ("arrested two Britons for
    spying on Iraq", "a Palestinian wanted by Israel for bombing a bus")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "for":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    gov = prep.head
    if gov.lemma_.lower() not in ctx.lexicon.classes.get("punishing", frozenset()):
        return []
    if syntax.is_passive(gov):
        held = [c for c in gov.children if c.dep_ == "nsubjpass"]
        return held or ([gov.head] if gov.dep_ == "acl" else [])
    return syntax.direct_objects(gov)


def spoken_for(tok: Token) -> bool:
    """``tok`` heads "on behalf of X" or "in the name of X": X is the side the doer
    acts or speaks for, never whom the act is done to ("called on behalf of the
    OAU on Uganda to withdraw")."""
    lemma = tok.lemma_.lower()
    return lemma == "behalf" or (
        lemma == "name"
        and tok.head.lower_ == "in"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


# Means of talking at a distance ("by telephone with", "by video link with").
MEANS_OF_TALK = frozenset({"phone", "telephone", "link", "videoconference", "hotline"})


# Prepositions that give the pressure an act was done under or despite.
PRESSED = ("under", "despite", "amid", "after", "following")


def pressers(verb: Token, ctx: Context) -> list[Token]:
    """Who presses for the act, or against whom it is refused: "resigned under
    pressure from the army", "refused to step down despite calls from the
    opposition" (the phrase may hang on the verb of refusing)."""
    return pressed_by(verb, ctx.lexicon.classes.get("pressing", frozenset()))


def pressed_by(verb: Token, pressing: frozenset[str]) -> list[Token]:
    """:func:`pressers` with the nouns of pressing given."""
    clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    out: list[Token] = []
    for clause in clauses:
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in PRESSED:
                continue
            for noun in syntax.pobjs(prep):
                if noun.lemma_.lower() in pressing:
                    out.extend(c for c in noun.children if c.dep_ == "poss")
                    out.extend(syntax.prep_objects(noun, "from") + syntax.prep_objects(noun, "by"))
    return out


def doers_looked_into(noun: Token, ctx: Context) -> list[Token]:
    """ "an investigation into atrocities by Serb forces": the parser may hang the
    "by" phrase of the act looked into (a noun the lexicon names as an act) on the
    noun of inquiry; it names that act's doers, not the inquiry's."""
    acts = [o for o in syntax.prep_objects(noun, "into") if o.lemma_.lower() in ctx.lexicon.nouns]
    return [
        o
        for c in noun.children
        if acts and c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > acts[0].i
        for o in syntax.pobjs(c)
    ]


def what_is_looked_into(
    phrases: list[Token], noun: Token, host: Token | None, ctx: Context
) -> list[Token]:
    """Words beyond a noun's target phrases that still name whom its act concerns."""
    claims = ctx.lexicon.classes.get("claim", frozenset())
    # "an inquiry into reports that Iraq hid missiles": what a report looked into
    # says names whom it is about.
    out = [
        g
        for t in phrases
        if t.lemma_.lower() in claims
        for c in t.children
        if c.dep_ in ("acl", "ccomp") and content.holds_content(c)
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass")
    ]
    if phrases and host is not None and not syntax.is_passive(host):
        # "opened an inquiry into atrocities by Serb forces": an active light verb
        # has no "by" agent; the parser hung the act's on it.
        out += syntax.phrase_tokens(syntax.prep_objects(host, "by"))
    return out + syntax.phrase_tokens(doers_looked_into(noun, ctx))


def moved_forces_objects(noun: Token, word: str, forces: frozenset[str]) -> list[Token]:
    """The objects of ``word`` phrases that the parser hangs on the forces a noun of
    moving them names in its "of" phrase: "the deployment of troops along the
    Iranian border", "the withdrawal of 50,000 troops from Cambodia" (the phrase
    says where the act goes, as on the noun itself)."""
    return [
        o
        for moved in syntax.prep_objects(noun, "of")
        if syntax.named_by(moved, forces)
        for o in syntax.prep_objects(moved, word)
    ]


def noun_border(noun: Token, host: Token | None, forces: frozenset[str]) -> list[Token]:
    """A border a noun of moving forces goes to ("the deployment of troops to its
    border with Syria"): the state across it faces them (the verbs' ``border`` slot).
    The parser may hang the phrase on the noun's light verb ("announced the
    deployment of troops to its border")."""
    heads = [noun] if host is None else [noun, host]
    return [
        o
        for word in ("to", "toward", "towards")
        for o in [h for head in heads for h in syntax.prep_objects(head, word)]
        + moved_forces_objects(noun, word, forces)
        if o.lemma_.lower() in places.BORDERS
    ]


def carries(noun: Token, anchor: Token, trig: Trigger, ctx: Context) -> bool:
    """The goods a noun of moving goods carries are of the trigger's goods class:
    named by the noun's modifiers ("arms deliveries", "military supplies"), by the
    head it modifies ("a weapons supply deal"), or in its "of" phrase ("the delivery
    of F-16 jets"); also what a ban is "on", a halt "to" or a pardon "for" ("a ban on
    imports of Libyan oil", "a halt to the shelling", "a pardon for 300 prisoners")
    and one "of" deeper ("the lifting of the state of emergency")."""
    words = ctx.lexicon.classes[trig.goods_class or ""]
    of = syntax.prep_objects(anchor, "of")
    goods = [noun, *of] + [o for w in ("on", "to", "for") for o in syntax.prep_objects(anchor, w)]
    goods += [o for g in of for o in syntax.prep_objects(g, "of")]
    if anchor is not noun:
        goods.append(anchor)
    return any(syntax.named_by(g, words) for g in goods)


def lifted(anchor: Token, lifting: frozenset[str]) -> bool:
    """The noun is what a noun of lifting or halting takes ("announced the lifting of
    the curfew", "a halt to its missile attacks"): no more in force."""
    return (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ in ("of", "to")
        and anchor.head.head.lemma_.lower() in lifting
    )


def _for_clause(clause: Token) -> bool:
    """``clause`` is opened by "for" ("for Israel to withdraw")."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def condition_subjects(verb: Token, control: frozenset[str]) -> list[Token]:
    """Whom an act waits on: the subject of an "if", "unless" or "until" clause
    ("threatened to stop negotiations if the United States goes ahead", "vowed to
    fight on until Serbia withdraws"), on the verb or on a verb of the chain the act
    is the end of ("pledged to keep fighting until Morocco leaves")."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.pos_ in ("VERB", "AUX"):
        chain.append(chain[-1].head)
    return [
        subj
        for link in chain
        for cond in syntax.conditions(link, ("if", "unless", "until"))
        for subj in syntax.subjects(cond, control)
    ]


def furthering(verb: Token, ctx: Context, cls: str = "furthering") -> list[Token]:
    """Infinitives of purpose after ``verb`` whose verb is in the lexicon's word class
    ``cls``: helping or letting ("to protect French citizens", "to allow deliveries"),
    or finding out (``investigating``: "to investigate the killings")."""
    words = ctx.lexicon.classes.get(cls, frozenset())
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and c.lemma_.lower() in words
        and syntax.to_infinitive(c)
    ]


def _aimed(verb: Token, ctx: Context) -> list[Token]:
    """Whom a done act is for, when an infinitive of purpose after it helps or lets
    (the lexicon's ``furthering`` class): where the act goes ("sent 300 troops to Chad
    to protect French citizens"), else whom the clause names ("reopened the border
    crossing to allow food deliveries to Zimbabwe"). The act is done; the clause
    says what for (modality keeps the clause's own reading as an aim)."""
    clauses = furthering(verb, ctx) or furthering(verb, ctx, "investigating")
    if not clauses:
        return []
    # (Not a border: forces sent to one face the state across it.)
    # ("sent a team of experts to Libya": the parser may hang the "to" phrase on
    # what is sent.)
    sent = [verb, *syntax.direct_objects(verb)]
    sent += [o for s in sent[1:] for o in syntax.prep_objects(s, "of")]
    own = [
        o
        for word in ("to", "into")
        for s in sent
        for o in syntax.prep_objects(s, word)
        if o.lemma_.lower() not in places.BORDERS
    ]
    if own:
        return own
    # Where what is let through goes ("to allow aid into Iraq", "to let relief convoys
    # into Afghanistan"), else whom the clause acts on ("to help Zimbabwe", "to let
    # food reach the Palestinians": the clause's own complement too).
    whom: list[Token] = []
    where: list[Token] = []
    for clause in clauses:
        heads = [clause, *(c for c in clause.children if c.dep_ in ("ccomp", "xcomp"))]
        for head in heads:
            objs = syntax.direct_objects(head)
            whom.extend(objs)
            for word in ("to", "into", "for"):
                where.extend(o for h in (head, *objs) for o in syntax.prep_objects(h, word))
    # "opened the Rafah crossing to allow wounded Palestinians into Egypt": the doer's
    # own land is where they come, not whom it is for.
    doers = {
        r.actor.id
        for subj in syntax.subjects(verb, ctx.object_control)
        if (r := ctx.resolver.one(subj, "agent")) is not None
    }
    where = [
        t for t in where if (r := ctx.resolver.one(t, "patient")) is None or r.actor.id not in doers
    ]
    return where or whom
