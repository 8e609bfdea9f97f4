"""Whether a trigger applies to a verb: the word classes its object and subject
must belong to ("expel diplomats" is a sanction, "expel migrants" coercion), its
particle, an infinitive (or one of purpose) it needs, and a finite clause that states an opinion
rather than a deal. Used by the verb readers (:mod:`.verbal`) and by nouns whose
verb is read with them (:mod:`.nominal`)."""

from __future__ import annotations

from spacy.tokens import Token

from . import content, syntax
from .base import Context, excluded
from .lexicon import Trigger
from .participles import perfect, retained_objects
from .refs import PERSONAL
from .sides import TERRITORY_TYPES
from .slots import furthering, objects


def object_matches(verb: Token, trigger: Trigger, ctx: Context) -> bool:
    if trigger.object_class is None:
        return True
    if trigger.object_class == "any":
        return bool(syntax.direct_objects(verb))
    if trigger.object_class == "none":
        return not syntax.direct_objects(verb)
    if trigger.object_class == "party":
        # "received the Iranian envoy", "hosted Putin", "attended the summit": someone
        # or a meeting, not something ("received his PhD", "hosted the Olympics").
        meetings = ctx.lexicon.classes["meetings"]
        # "welcomed Saudi Arabia's decision", "welcomed Turkey's offer to mediate": a
        # party's deed is no guest (welcoming it endorses it).
        # So is a welcomed act the lexicon names ("welcomed the lifting of sanctions by
        # the United States": the act's doer, read from its "by" phrase, is no guest;
        # but "will join the Turkish naval drill" takes part).
        deeds = ctx.lexicon.classes.get("deeds", frozenset())
        if verb.lemma_.lower() in ctx.lexicon.classes.get("accepting", frozenset()):
            deeds = deeds | ctx.lexicon.nouns.keys()
        direct = syntax.direct_objects(verb)
        return not direct or any(
            o.lemma_.lower() in meetings
            or (o.lemma_.lower() not in deeds and ctx.resolver.one(o, "patient") is not None)
            for o in direct
        )
    if trigger.object_class == "person":
        # "Trump pardoned Flynn": the act is done to a named person, not a state or
        # body ("Armenia pardoned the Azerbaijani government" forgives a state);
        # "he was pardoned": a personal pronoun is a person whatever it resolves to.
        direct = syntax.direct_objects(verb)
        patients = [ctx.resolver.one(o, "patient") for o in direct]
        return any(o.lower_ in PERSONAL for o in direct) or any(
            r is not None and "Person" in (r.actor.type, r.via.type if r.via else None)
            for r in patients
        )
    if trigger.object_class == "named":
        # "released Nelson Mandela": the object itself names a person, not a thing of
        # his ("did not release his delegates" frees no one).
        return any(
            (span := ctx.resolver.actors.at(t)) is not None and span.actor.type == "Person"
            for o in syntax.direct_objects(verb)
            for t in (o, *o.conjuncts)
        )
    if trigger.object_class == "igo":
        # "expelled the World Food Programme": an international body, known by name.
        bodies = [ctx.resolver.one(o, "patient") for o in syntax.direct_objects(verb)]
        return any(r is not None and r.actor.type == "IGO" for r in bodies)
    words = ctx.lexicon.classes[trigger.object_class]
    # "applied for refuge", "backed out of the deal": a prepositional verb's object
    # follows its preposition.
    phrases = objects(verb, trigger.particle)
    if syntax.is_passive(verb):
        # "was granted political asylum by Pakistan": the object it keeps.
        phrases = phrases + retained_objects(verb)
    # "suspended part of a military aid program", "lifted the state of emergency":
    # the class may be the "of" phrase's; "supplied Syria with weapons": the "with"
    # phrase's.
    # ("supplied Iraq with 50,000 tonnes of wheat": the "with" phrase's "of" too.)
    phrases = phrases + syntax.prep_objects(verb, "with")
    phrases = phrases + [p for o in phrases for p in syntax.prep_objects(o, "of")]
    # "released $300 million in frozen assets": a sum's "in" phrase says what it is.
    phrases += [p for o in phrases if o.tag_ == "CD" for p in syntax.prep_objects(o, "in")]
    # "branded the PKK a terrorist group", "described Hamas as terrorists": what the
    # object is called names it too.
    phrases += [c for c in verb.children if c.dep_ == "oprd"] + syntax.prep_objects(verb, "as")
    if "xtarget" in trigger.target:
        # "vowed to punish South Korea": the verb's own infinitive may be the act.
        phrases += [c for c in verb.children if c.dep_ == "xcomp" and syntax.to_infinitive(c)]
    found = [t for o in phrases for t in (o, *o.conjuncts) if syntax.named_by(t, words)]
    if trigger.object_class == "settlements":
        # "sealed off Qabatiya", "cordoned off Srinagar": a town named is one, as is a
        # territory ("sealed off Gaza"); a state is not.
        for o in phrases:
            span = ctx.resolver.actors.at(o)
            if span is not None and (
                span.kind in ("place", "capital")
                or (span.kind == "name" and span.actor.type == "Territory")
            ):
                found.append(o)
    if "national" in words:
        # "released two Britons", "freed three Kuwaitis", "used Britons as human
        # shields", "forcibly repatriated 300 Cambodians": people named by their
        # nationality alone are nationals (not "released a British report", nor "the
        # Kuwaitis' property").
        found += [
            o
            for o in phrases
            if _nationals(o, ctx) and not any(c.dep_ == "case" for c in o.children)
        ]
    if trigger.object_class == "claim":
        # A word that names a claim or a proposal ("suggestion") is a claim only with
        # what it claims: "dismissed the suggestion that Russia did it" denies it,
        # "rejected Pelosi's suggestion" turns a proposal down.
        proposals = ctx.lexicon.classes.get("proposal", frozenset())
        found = [t for t in found if t.lemma_.lower() not in proposals or content.that_clause(t)]
    return bool(found)


def _nationals(tok: Token, ctx: Context) -> bool:
    """``tok`` is a nationality noun standing for people ("two Britons")."""
    span = ctx.resolver.actors.at(tok)
    return (
        span is not None
        and span.kind == "demonym"
        and tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ not in ("amod", "compound", "nmod")
    )


def subject_matches(verb: Token, trigger: Trigger, ctx: Context) -> bool:
    if trigger.subject_class is None:
        return True
    if trigger.subject_class == "igo":
        # "the OAS expelled Cuba", "Cuba was expelled from the OAS": the doer is an
        # international body, its subject, or a passive's "by" or "from" phrase.
        if syntax.is_passive(verb):
            doers = syntax.agents(verb) + syntax.prep_objects(verb, "from")
        else:
            doers = list(syntax.subjects(verb, ctx.object_control))
        bodies = [ctx.resolver.one(d, "agent") for d in doers]
        return any(r is not None and r.actor.type == "IGO" for r in bodies)
    words = ctx.lexicon.classes[trigger.subject_class]
    for subj in syntax.subjects(verb, ctx.object_control):
        # "the first deployment of NATO peacekeeping troops": anywhere in the phrase.
        for tok in list(subj.subtree)[:12]:
            if tok.lemma_.lower() in words or tok.lower_ in words:
                return True
    return False


def _has_infinitive(verb: Token) -> bool:
    """The verb takes a "to" infinitive ("told Washington to stop arming Taiwan")."""
    return any(c.dep_ in ("xcomp", "ccomp") and syntax.to_infinitive(c) for c in verb.children)


def _alleged_attribute(verb: Token, ctx: Context) -> bool:
    """ "Hamas has alleged ties to Iran": the parser reads the adjective "alleged" on
    a noun of ties after "has" as a perfect verb. The subject has the (alleged)
    ties to someone; it accuses no one. ("has alleged ties between Iran and the
    attackers" is a charge: no "to"/"with" phrase.)"""
    if verb.lemma_.lower() != "allege" or verb.tag_ != "VBN":
        return False
    if not perfect(verb):
        return False
    ties = ctx.lexicon.classes["diplomacy"]
    return any(
        o.dep_ == "dobj"
        and o.lemma_.lower() in ties
        and (syntax.prep_objects(o, "to") or syntax.prep_objects(o, "with"))
        for o in verb.children
    )


def _state_doers(verb: Token, ctx: Context) -> bool:
    """The verb's subjects are all a state or its organs (government, police, army)."""
    refs = [
        r for s in syntax.subjects(verb, ctx.object_control) for r in ctx.resolver.refs(s, "agent")
    ]
    return bool(refs) and all(
        r.sector in ("government", "police", "military", "intelligence")
        or (r.sector is None and r.actor.type in TERRITORY_TYPES)
        for r in refs
    )


def applicable(verb: Token, ctx: Context) -> list[Trigger]:
    """The verb's triggers whose particle and word classes fit; a trigger that
    names a class ("expel diplomats": sanctions) beats the plain reading
    ("expel": coerces)."""
    if _alleged_attribute(verb, ctx):
        return []
    fitting = [
        t
        for t in ctx.lexicon.verbs.get(verb.lemma_.lower(), ())
        if (not t.particle or syntax.has_particle(verb, t.particle))
        and object_matches(verb, t, ctx)
        and subject_matches(verb, t, ctx)
        and not excluded(verb, t, ctx)
        and not (t.opinion and _opinion(verb, ctx))
        and not (t.infinitive and not _has_infinitive(verb))
        and not (t.aimed and not furthering(verb, ctx, t.aimed))
    ]
    if any(t.popular for t in fitting) and _state_doers(verb, ctx):
        # A popular act's reading ("occupied the border crossing": a protest) is no
        # narrower reading of a state's forces' act: "Iraqi troops occupied the
        # Saudi border town of Khafji" (see verbal.emit, which drops it for them).
        fitting = [t for t in fitting if not t.popular]
    specific = [t for t in fitting if t.object_class or t.subject_class or t.particle]
    if any(t.particle for t in specific):
        # A phrasal verb ("rallied behind Qatar") is another verb than the bare one:
        # a bare reading that only asks for no object ("rallied in Cairo") yields.
        specific = [
            t
            for t in specific
            if t.particle or t.subject_class or t.object_class not in ("none", "any")
        ]
        # "walked out of talks" is another verb than "walked out": the longest
        # fitting particle wins.
        longest = max(len(t.particle.split()) for t in specific if t.particle)
        specific = [t for t in specific if not t.particle or len(t.particle.split()) == longest]
        # Of one phrasal verb, a reading whose word classes fit beats the bare one:
        # "handed over two suspected ETA members to France" is no release.
        classed = [t for t in specific if t.subject_class or _named_class(t.object_class)]
        if classed:
            specific = classed
    return specific or fitting


def _named_class(name: str | None) -> bool:
    """A word class proper, not "any" or "none" (which only ask for an object or none)."""
    return name is not None and name not in ("any", "none")


def _opinion(verb: Token, ctx: Context) -> bool:
    """The verb's complement is a finite clause that states a view ("agreed that
    vaccines have done more good than harm"), not what will be done ("agreed that
    the troops would leave")."""
    modals = ctx.lexicon.words("hypothetical_aux") | ctx.lexicon.words("future_aux")
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children
        ):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
            return True
    return False
