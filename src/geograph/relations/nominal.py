"""Relations stated by a noun: "accusations by Israel", "Israel's killing of nine
Turks", "sanctions on Iran", "the sale of drones to Azerbaijan", and nouns that
are the object of a light verb ("Washington imposed sanctions on Tehran")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from . import places, syntax
from .base import Context, Found, noun_triggers
from .conditions import applicable
from .filters import abroad, not_listed
from .lexicon import Trigger
from .misparses import verb_held_by
from .nearby import nearby
from .nounslots import named_objects, noun_slot_tokens, ready_for, receiving, verb_under
from .nounverbs import name_given, rushing_to, taking_part, thing_named
from .refs import PERSONAL, Ref, same_side
from .sides import (
    PLACE_SOURCES,
    TERRITORY_TYPES,
    addressed_people,
    addressing,
    body_sits,
    from_place,
    gripped,
    home,
    not_theirs,
    unnamed_doers,
)
from .slots import carries, doers_looked_into, lifted, what_is_looked_into
from .verbal import emit

# Entity types whose words are names, not acts ("the Democratic Rally").
NAME_ENTITIES = ("ORG", "FAC", "WORK_OF_ART", "PRODUCT", "PERSON")
# Entity types whose words are never acts: "were on March 8" is a date, not a march.
TIME_ENTITIES = ("DATE", "TIME")
# Where a noun stands when the sentence reports its act as happening.
REPORTED_DEPS = ("nsubj", "nsubjpass", "dobj", "ROOT")


def owners(noun: Token, ctx: Context, source_from: bool = True) -> list[Ref]:
    """Who the noun's act belongs to: "Israel's", "Israeli", "by Israel" (and "from
    Paris" unless ``source_from`` is false: "a withdrawal from Cambodia" is where)."""
    tokens = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    refs = [r for r in ctx.refs(tokens, "agent") if r.token != noun.i]
    if not refs:
        looked_into = {t.i for t in doers_looked_into(noun, ctx)}
        by = [b for b in syntax.prep_objects(noun, "by") if b.i not in looked_into]
        froms = syntax.prep_objects(noun, "from") if source_from else []
        refs = ctx.refs(by + froms, "agent")
    if not refs:
        # "the torture of scores of refugees by Guinean soldiers", "the arrest of two
        # French journalists by Iranian authorities": the parser may hang the act's
        # "by" phrase on its "of" object, which takes none of its own.
        # (Not an act or deed of its own, whose "by" phrase is its doer's: "criticism of
        # the arrest by Peruvian police" is not the police's.)
        deeds, acts = ctx.lexicon.classes.get("deeds", frozenset()), ctx.lexicon.nouns
        refs = ctx.refs(
            [
                b
                for o in syntax.prep_objects(noun, "of")
                if o.lemma_.lower() not in deeds and o.lemma_.lower() not in acts
                for b in syntax.prep_objects(o, "by")
            ],
            "agent",
        )
    if not refs and noun.dep_ == "pobj":
        # "voiced criticism of the visit to Cyprus by the Turkish president": hung on
        # the verb whose object's "of" phrase the noun is.
        refs = ctx.refs(verb_held_by(noun), "agent")
    return refs


def find(noun: Token, ctx: Context) -> Iterator[Found]:
    """Relations the noun ``noun`` states."""
    if ctx.resolver.actors.at(noun) is not None:
        return
    if noun.pos_ == "PROPN" and noun.ent_type_ in NAME_ENTITIES:
        # A word of a name ("the Democratic Rally", "the Rally for Culture and
        # Democracy") is not the act it would otherwise name.
        return
    if noun.ent_type_ in TIME_ENTITIES:
        return
    classes = ctx.lexicon.classes
    fields = classes.get("field_bodies", frozenset()) | classes.get("field_topics", frozenset())
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in fields:
        # "the European and North American trade blocs", "Indian trade unions": a
        # body or office named by its field, no act of it; so is a dispute
        # ("a trade war", "a trade dispute").
        return
    # "a mediation effort between ...", "aid deliveries to ...": the trigger modifies
    # the head noun, whose phrase carries the arguments.
    anchor = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    if noun.dep_ == "pobj" and any(" of " in t.word for t in noun_triggers(noun, ctx)):
        # "a state of emergency in Bangkok", "a show of force near Taiwan": a trigger
        # written with "of" is anchored on its first noun, whose phrase carries the
        # arguments.
        anchor = noun.head.head
    host = syntax.governing_clause(anchor) or rushing_to(anchor, ctx)
    # ("ready for talks with Seoul": the word of will's subject takes the act on.)
    ready = None if host is not None else ready_for(anchor, ctx)
    host = host or ready
    if host is not None and name_given(anchor, host, ctx):
        # "calling it an aggression on Iraq": a name given to something, no act of
        # whoever gives it.
        return
    if host is not None and thing_named(anchor, host, ctx):
        host = None
    # "was put under investigation", "came under attack": who undergoes the act is
    # the clause's subject.
    under = verb_under(anchor)
    light = ctx.lexicon.classes.get("light", frozenset())
    # Verbs whose subject takes on the act of a noun after "to" stand as its host
    # ("came to the aid of Haiti", "consented to talks", "remains committed to talks").
    rushing = ctx.lexicon.classes.get("rushing", frozenset()) | ctx.lexicon.classes.get(
        "assenting", frozenset()
    )
    seen: set[tuple[str, str, str]] = set()
    # A trigger's host class may also be met by the verb the noun is the subject of
    # ("a ceasefire between Israel and Hamas took effect", "a truce was declared").
    predicate = host
    if predicate is None and anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ == "VERB":
        predicate = anchor.head
    triggers = [
        t
        for t in noun_triggers(noun, ctx)
        if t.host_class is None
        or (predicate is not None and predicate.lemma_.lower() in ctx.lexicon.classes[t.host_class])
    ]
    if host is None and predicate is not None and any(t.host_class for t in triggers):
        # The noun's own verb stands as its host ("aid from Turkey reached Syria").
        host = predicate
    triggers = _by_object(anchor, triggers, ctx)
    if (
        host is not None
        and anchor.dep_ in ("dobj", "obj")
        and host.lemma_.lower() in ctx.lexicon.classes.get("addressing", frozenset())
    ):
        # "Mugabe, addressing a rally in Harare, accused ...", "told a rally": the
        # gathering is the speaker's audience; no crowd there is read as acting.
        triggers = [t for t in triggers if "crowd" not in t.source]
    giving_up = ctx.lexicon.classes.get("relinquishing", frozenset())
    clause = syntax.governing_clause(anchor)
    # (The parser may hang the verb on the noun: "The British relinquished control".)
    verbs = [clause] if clause is not None else []
    verbs += [c for c in anchor.children if c.dep_ == "amod" and c.pos_ == "VERB"]
    if any(syntax.in_class(v, giving_up) for v in verbs):
        # "relinquished control of Hong Kong", "renounced its alliance with Moscow":
        # what the noun names ends (the giving up itself is read from the verb).
        return
    if lifted(anchor, ctx.lexicon.words("lifting_nouns")):
        return
    # A reading kept though its object class was not met ("the expulsion of Human
    # Rights Watch" is no expulsion of envoys) yields to any other.
    unfit = [t for t in triggers if not _object_fits(anchor, t, ctx)]
    # Nouns of moving goods say nothing of the goods: only named ones count.
    triggers = [t for t in triggers if t.goods_class is None or carries(noun, anchor, t, ctx)]
    if any(t.host_class for t in triggers):
        triggers = [t for t in triggers if t.host_class]
    elif (receiver := receiving(anchor, host, ctx)) is not None:
        # "Armenia received assurances from Russia": the act comes to the host's subject.
        yield from _converse(noun, anchor, receiver, triggers, ctx)
        return
    elif host is not None and host.lemma_.lower() not in light | rushing and host is not ready:
        host = None
    # "called off talks with Cuba", "called off the strike": a light verb whose particle
    # makes it one of stopping does not do the act; the noun's own stance (stopped) is
    # read, not the verb's.
    stance_at = host
    if host is not None and syntax.in_class(host, ctx.lexicon.words("stopping_verbs")):
        stance_at = None
    if host is None and not any(t.host_class for t in triggers):
        host = taking_part(anchor, ctx)
    for trig in triggers:
        if trig.subject_class is not None and not _doers_match(anchor, host, trig, ctx):
            continue
        sources, where = _noun_sources(trig, noun, anchor, host, under, ctx)
        if not sources and trig.mutual and "prep:between" in trig.target:
            # "Talks between Ethiopia and Egypt resumed", "a meeting between Putin and
            # Xi took place": with no one else named as doing it, the parties between
            # whom a shared act goes on do it with each other: only as the subject
            # ("worked to arrange a meeting between Zelensky and Trump" is no meeting).
            if anchor.dep_ in ("nsubj", "nsubjpass", "ROOT"):
                between = syntax.prep_objects(anchor, "between")
                if not between and anchor.dep_ == "nsubj":
                    # "fighting broke out between X and Y": the parser may hang the
                    # phrase on the verb the noun is the subject of.
                    between = syntax.prep_objects(anchor.head, "between")
                parties = ctx.refs(between, "agent")
                # ("between government troops and rebels": bare rebels as a side.)
                for tok in (t for b in between for t in (b, *b.conjuncts)):
                    rebels = ctx.resolver.home_rebels(tok)
                    if rebels is not None and all(not same_side(rebels, p) for p in parties):
                        parties.append(rebels)
                if any(not same_side(a, b) for a in parties for b in parties):
                    # (The verb it is the subject of carries its modality: "did not hold".)
                    yield from emit(
                        trig, parties, [], True, noun, "noun", ctx, seen, anchor=predicate
                    )
            continue
        if not sources:
            continue
        if (
            trig.mutual
            and "prep:between" in trig.target
            and host is not None
            and host.lemma_.lower() in ctx.lexicon.words("report_verbs")
        ):
            # "the Trump administration announced deals between Israel and Bahrain":
            # the parties between whom a shared act goes on are named; whoever
            # announces it is none of them (who hosts or brokers it mediates).
            parties = ctx.refs(syntax.prep_objects(anchor, "between"), "agent")
            ids = {p.actor.id for p in parties}
            if len(ids) > 1 and not any(s.actor.id in ids for s in sources):
                yield from emit(trig, parties, [], True, noun, "noun", ctx, seen, anchor=stance_at)
                continue
        targets = _noun_targets(trig, noun, anchor, host, under, sources, ctx)
        targets = abroad(trig, not_listed(targets, sources, where, ctx), sources, ctx)
        if targets and _struck_named(anchor, trig, ctx):
            # "X was killed in an Israeli airstrike in Syria", "airstrikes in Syria
            # killed two officers": the verb names whom the act struck; where it
            # happened is no second target.
            where_at = {t.i for p in places.locus(anchor) for t in p.subtree}
            targets = [t for t in targets if t.token not in where_at]
        if "home" in trig.target and all(
            (t.actor.id, t.sector) == (s.actor.id, s.sector) for t in targets for s in sources
        ):
            # No target, or only the source itself ("a curfew in Addis Ababa", the
            # capital standing for the government that imposed it): the other side
            # at home.
            targets = home(sources, ctx)
        if trig.territory_only:
            targets = [t for t in targets if t.actor.type in TERRITORY_TYPES]
        # Who join a shared act together are no partners ("Italy and Germany joined the drill").
        joining = ctx.lexicon.classes.get("joining", frozenset())
        joined = host is not None and syntax.in_class(host, joining)
        together = trig.mutual and len(sources) > 1 and not joined
        sense = -1 if trig in unfit else None
        yield from emit(
            trig, sources, targets, together, noun, "noun", ctx, seen, anchor=stance_at, sense=sense
        )


HARM = {"attacks", "assaults"}


def _struck_named(anchor: Token, trig: Trigger, ctx: Context) -> bool:
    """The noun is the means or occasion of a verb of the same relation that names
    whom it struck: its subject ("airstrikes killed two officers") or in its "in"
    phrase ("was killed in an airstrike")."""
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ in ("in", "during", "by"):
        verb = verb.head
    elif anchor.dep_ != "nsubj":
        return False
    # (Fighting and assault are one family: the doer's forces decide which it is.)
    kin = {trig.relation} | (HARM if trig.relation in HARM else set())
    if verb.pos_ != "VERB" or not any(t.relation in kin for t in applicable(verb, ctx)):
        return False
    return bool(ctx.refs(syntax.direct_objects(verb), "patient"))


def _noun_sources(
    trig: Trigger,
    noun: Token,
    anchor: Token,
    host: Token | None,
    under: Token | None,
    ctx: Context,
) -> tuple[list[Ref], list[Token]]:
    """Who does the act a noun names, by the first of the trigger's source slots
    that gives someone, and the place tokens a doer was read from."""
    sources: list[Ref] = []
    # The place a doer was read from ("arrests were made in Spain, Italy and
    # Greece"): that list says where, never whom.
    where: list[Token] = []
    for slot in trig.source:
        if slot == "owner":
            # (A trigger whose target is "from" someone is done by someone else.)
            own = "prep:from" not in trig.target
            sources = owners(anchor, ctx, own) or (
                owners(noun, ctx, own) if anchor is not noun else []
            )
        elif slot == "host" and host is not None:
            brokering = ctx.lexicon.classes.get("brokering", frozenset())
            if host.lemma_.lower() in brokering and trig.relation != "negotiatesWith":
                # "Algeria brokered the release of the hostages": who brokers an act
                # mediates it ("brokered talks between": negotiates); the act is the
                # parties'.
                continue
            sources = ctx.refs(syntax.subjects(host, ctx.object_control), "agent")
            if not sources and syntax.is_passive(host):
                # "Indian troops were put on alert": who was put into the act;
                # "Colombia is committed to talks with the FARC": who is committed
                # takes the act on.
                takers = (taking_part(anchor, ctx), rushing_to(anchor, ctx))
                if any(verb is not None and verb.i == host.i for verb in takers):
                    sources = ctx.refs(syntax.direct_objects(host), "agent")
        elif slot == "host" and host is None and under is not None:
            # "Iran was put under investigation by the IAEA", "the IAEA put Iran
            # under investigation": who puts someone under the act does it.
            if syntax.is_passive(under):
                sources = ctx.refs(syntax.agents(under), "agent")
            elif named_objects(under):
                sources = ctx.refs(syntax.subjects(under, ctx.object_control), "agent")
        elif slot.startswith("prep:"):
            # An intransitive act's "of" phrase names its doer: "the withdrawal
            # of Russian troops", "the surrender of the Iraqi army".
            sources = ctx.refs(syntax.prep_objects(anchor, slot[5:]), "agent")
        elif slot in PLACE_SOURCES and (
            host is not None or under is not None or anchor.dep_ in REPORTED_DEPS
        ):
            # Only an act the sentence reports ("a protest in Cairo turned
            # violent"), not one it names as a topic ("a summit on the unrest in Iran").
            clauses = [c for c in (host, under) if c is not None]
            # "nurses in Ghana went on strike": the place may qualify the subject.
            args = [a for c in clauses for a in syntax.subjects(c, ctx.object_control)]
            where = places.locus(anchor) or [
                *(t for c in clauses for t in places.locus(c)),
                *(t for a in args for t in places.locus(a)),
            ]
            sources = from_place(where or gripped(anchor, ctx), (slot,), ctx)
            if not sources:
                where = []
        elif slot == "addressee" and host is not None:
            # "Islamist prisoners continued their hunger strike to demand ... by the
            # Egyptian government": doers of no named state are the people of the
            # government the act is aimed at.
            doers = syntax.subjects(host, ctx.object_control)
            if unnamed_doers(doers, ctx):
                aimed = _noun_targets(addressing(trig), noun, anchor, host, under, [], ctx)
                sources = addressed_people(aimed)
        if sources:
            break
    return sources, where


def _noun_targets(
    trig: Trigger,
    noun: Token,
    anchor: Token,
    host: Token | None,
    under: Token | None,
    sources: list[Ref],
    ctx: Context,
) -> list[Ref]:
    """Whom the act a noun names is done to: who undergoes it, else the first of
    the trigger's target slots that names someone, else the first actor inside
    its target phrases."""
    targets: list[Ref] = []
    purposes = ctx.lexicon.classes.get("purposes", frozenset())
    forces = ctx.lexicon.classes.get("forces", frozenset())
    slots = trig.target
    if "prep:in" in slots and _harms_someone(noun, ctx):
        # "He was killed by a US airstrike in Iraq": the attack's victim is named by
        # the verb it caused; the place is where it struck, not whom.
        slots = tuple(s for s in slots if s != "prep:in")
    if (trig.mutual and len({s.actor.id for s in sources}) > 1) or body_sits(noun, sources, ctx):
        # "officials of Manila and the MNLF held consultations in Jakarta": parties
        # that meet each other meet at a venue, no host (as verbal._find reads it).
        slots = tuple(s for s in slots if s != "locus")
    if under is not None and not trig.mutual:
        # ("put Iran under investigation": a transitive verb's object undergoes it.
        # A deal acted "under" is undergone by no one: "withdrew its troops under an
        # accord" names no party of the accord.)
        # (Pressure is put on the clause's doer: "freed the hostages under pressure".)
        pressed = noun.lemma_.lower() in ctx.lexicon.classes.get("pressing", ())
        undergoers = (
            syntax.direct_objects(under)
            if syntax.is_passive(under)
            else (not pressed and named_objects(under))
            or syntax.subjects(under, ctx.object_control)
        )
        targets = ctx.refs(undergoers, "patient")
    for slot in () if targets else slots:
        tokens = noun_slot_tokens(anchor, host, slot, purposes, forces)
        if not tokens and anchor is not noun and slot.startswith("prep:"):
            # "a note of protest with China": the phrase may hang on the noun.
            tokens = syntax.prep_objects(noun, slot[5:])
        targets = [t for t in ctx.refs(tokens, "patient") if t.token not in (noun.i, anchor.i)]
        targets = not_theirs(targets, sources, ctx)
        if slot == "prep:with":
            # "providing airstrikes with the Egyptian Air Force": the doer's own
            # forces are its means, not whom it fights (a government's clashes with
            # its army still count).
            own = {s.actor.id for s in sources if s.sector in (None, "military")}
            targets = [t for t in targets if not (t.actor.id in own and t.sector == "military")]
        if targets:
            break
    if not targets and not (trig.inverse or trig.territory_only or trig.mutual):
        # "an investigation into crimes committed by Croat forces": the first actor
        # inside the trigger's own target phrases.
        phrases = [t for slot in slots for t in noun_slot_tokens(anchor, host, slot, purposes)]
        # Not inside a gerund ("an appeal for deploying troops along its border
        # with Israel" is not addressed to Israel).
        nouns = [t for t in phrases if t.dep_ != "pcomp"]
        inner = syntax.phrase_tokens(nouns, skip=frozenset({"pcomp"}))
        inner += what_is_looked_into(nouns, noun, host, ctx)
        targets = nearby(inner, ctx, "patient", exclude=sources)
    return targets


def _harms_someone(noun: Token, ctx: Context) -> bool:
    """The act a noun names is the cause of a verb of harm whose victim is a named
    actor or a person spoken of ("Soleimani was killed by a US airstrike", "an Israeli
    strike killed him", "he died in an air raid"); unnamed victims ("killed five
    villagers") may still be the people of the place."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "in"):
        verb = noun.head.head
    elif noun.dep_ == "nsubj":
        verb = noun.head
    else:
        return False
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in ctx.lexicon.classes.get("dying", frozenset()):
        victims = [c for c in verb.children if c.dep_ == "nsubj"]
    elif any(t.relation in ("attacks", "assaults") for t in ctx.lexicon.verbs.get(lemma, ())):
        victims = syntax.direct_objects(verb)
    else:
        return False
    return any(v.lower_ in PERSONAL for v in victims) or bool(ctx.refs(victims, "patient"))


def _by_object(anchor: Token, triggers: list[Trigger], ctx: Context) -> list[Trigger]:
    """As for verbs, a reading whose object class the noun's "of" phrase fits beats
    a plain one: "the expulsion of two diplomats" is a sanction, "the expulsion of
    migrants" coercion. A class the phrase does not fit drops no reading."""
    fits = [
        t
        for t in triggers
        if t.object_class in ctx.lexicon.classes and _object_fits(anchor, t, ctx)
    ]
    if not fits:
        return triggers
    return [t for t in triggers if t in fits or t.object_class is not None]


def _object_fits(anchor: Token, trig: Trigger, ctx: Context) -> bool:
    """The noun's "of" phrase is of the trigger's object class (true when the
    trigger names no lexical class)."""
    words = ctx.lexicon.classes.get(trig.object_class or "")
    if words is None:
        return True
    return any(syntax.named_by(o, words) for o in syntax.prep_objects(anchor, "of"))


def _doers_match(anchor: Token, host: Token | None, trig: Trigger, ctx: Context) -> bool:
    """Whoever the noun's act belongs to is of the trigger's subject class: "a strike
    by dockers", "the teachers' strike", "nurses went on strike" (but "the Israeli
    strike" is no stoppage)."""
    assert trig.subject_class is not None
    words = ctx.lexicon.classes[trig.subject_class]
    heads = [c for c in anchor.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    heads += syntax.prep_objects(anchor, "by") + syntax.prep_objects(anchor, "of")
    if host is not None:
        heads += syntax.subjects(host, ctx.object_control)
        if not syntax.is_passive(host):
            # "ordered patrols by police": the parser may hang the noun's "by" phrase
            # on its (active) light verb.
            heads += syntax.prep_objects(host, "by")
        if syntax.is_passive(host) or anchor.dep_ == "pobj":
            # "Pakistani police were put on high alert", "put the police on high
            # alert": who was put into the act.
            heads += syntax.direct_objects(host)
    return any(
        tok.lemma_.lower() in words or tok.lower_ in words
        for head in heads
        for tok in list(head.subtree)[:12]
    )


def _converse(
    noun: Token, anchor: Token, host: Token, triggers: list[Trigger], ctx: Context
) -> Iterator[Found]:
    """A noun taken by a verb of receiving or undergoing ("received aid from Japan",
    "faces pressure from Congress", "drew criticism from Paris"): whoever the act
    comes from is its source, the subject of the light verb its target."""
    if anchor is not noun and anchor.lemma_.lower() in ctx.lexicon.classes.get("warrants", ()):
        return  # "received arrest warrants from Iran": the receiver is to make the arrest
    sources = ctx.refs(
        syntax.prep_objects(anchor, "from") or syntax.prep_objects(host, "from"), "agent"
    )
    sources = sources or owners(anchor, ctx)
    targets = [
        t
        for t in ctx.refs(syntax.subjects(host, ctx.object_control), "patient")
        if t.token not in (noun.i, anchor.i)
    ]
    seen: set[tuple[str, str, str]] = set()
    for trig in triggers:
        if trig.inverse or trig.territory_only:
            continue
        yield from emit(trig, sources, targets, False, noun, "noun", ctx, seen, anchor=host)
