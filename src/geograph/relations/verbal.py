"""Relations stated by a verb: active and passive voice, coordinated arguments,
inherited subjects, particles, object classes and converse verbs ("buy from")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Token

from . import content, places, syntax
from .base import ARMED_SECTORS, Context, Found, armed, retarget
from .companions import done_jointly, is_companion
from .conditions import applicable
from .filters import (
    abroad,
    evacuates_own,
    instrument_subject,
    not_listed,
    own_thing,
    seat_at_home,
    stance_at_home,
)
from .lexicon import Trigger
from .misparses import verb_held_by
from .nearby import nearby
from .refs import Ref, same_side
from .sides import (
    GROUP_SECTORS,
    PLACE_KINDS,
    STATE_ORGANS,
    TERRITORY_TYPES,
    acted_on,
    addressed_people,
    addressing,
    backs_own_rebels,
    body_sits,
    from_place,
    organ_sector,
    own_forces,
    own_in_act,
    speaker_owns,
    unnamed_doers,
    victims,
)
from .slots import pressers, slot_tokens
from .unattributed import doers, placed


def distinct(src: Ref, tgt: Ref) -> bool:
    """Two different actors, or two parts of one state (its people and its
    government: "Algerian farmers protested against the government")."""
    if src.actor.id != tgt.actor.id:
        return True
    return src.sector != tgt.sector


def _content_clause(tok: Token) -> bool:
    """A noun's clause that says what it holds: an infinitive ("the plan to sell"),
    a "that" clause ("reports that Russia had invaded") or one with its own subject
    and no "that" ("allegations his party is funded by Russia"), or a participle
    ("a resolution authorizing force against Iraq")."""
    return tok.dep_ == "acl" and (tok.tag_ == "VBG" or content.holds_content(tok, infinitive=True))


def find(verb: Token, ctx: Context) -> Iterator[Found]:
    """Relations the verb ``verb`` states. One verb that both fights and rejects the
    same side ("violated the ceasefire with Ukraine": fighting, CAMEO 196, and defying
    a norm, 128) states one act: the fighting ("violated the Egyptian truce" still
    rejects its broker)."""
    found = list(_find(verb, ctx))
    fought = {(f.source.actor.id, f.target.actor.id) for f in found if f.relation == "attacks"}
    for f in found:
        if f.relation == "rejects" and (f.source.actor.id, f.target.actor.id) in fought:
            continue
        yield f


def _sources(verb: Token, trig: Trigger, ctx: Context) -> tuple[list[Ref], list[Token]]:
    """Who does what ``verb`` states under ``trig``, and, when that was read from
    where the act happened, the place tokens it was read from."""
    sources = _fill(verb, trig.source, "agent", ctx, trig.particle)
    if (
        not sources
        and syntax.is_passive(verb)
        and verb.dep_ == "acl"
        and not trig.unattributed
        and not syntax.agents(verb)
    ):
        # "the Israeli weapon sold to Azerbaijan": the noun's owner is the agent
        # (but "Russian soldiers killed in Ukraine" are the victims; and "Soviet and
        # Afghan troops, supported by tanks," name their supporter, no actor; nor does
        # a named place: "the Golan Heights, seized from Syria"; a name left as the
        # root is a lead's subject: "Argentina, in a gesture ..., offered to").
        named = ctx.resolver.actors.at(verb.head)
        if named is None or named.kind != "name" or verb.head.dep_ == "ROOT":
            sources = ctx.refs([verb.head], "owner")
    if trig.unattributed and all(placed(s, ctx) for s in sources):
        # "wounded by a landmine in Kashmir": the place is where, not who.
        sources = doers(verb, ctx) or sources
    if not sources and trig.source:
        # Not inside a text that is the subject ("Omani law allowed ...") nor a
        # relative clause ("the rebels, who are backed by Rwanda,").
        instruments = ctx.resolver.words.instruments
        # Nor inside a clause that is the subject ("Being at the helm of a state
        # like the U.S. does not give you such a right"): it states a circumstance.
        subjects = [
            s
            for s in syntax.subjects(verb, ctx.object_control)
            if s.lemma_.lower() not in instruments
            and s.lower_ not in instruments
            and s.dep_ not in ("csubj", "csubjpass")
        ]
        # Not inside a participle that acts on someone else ("thousands of students
        # demanding the resignation of President Suharto rallied"): whom they act on.
        acting = {
            t.i
            for s in subjects
            for c in s.subtree
            if c.dep_ == "acl" and c.tag_ == "VBG" and syntax.direct_objects(c)
            for t in c.subtree
        }
        words = [t for t in syntax.phrase_tokens(subjects) if t.i not in acting]
        sources = nearby(words, ctx, "agent")
        if trig.unattributed:
            sources = [s for s in sources if not placed(s, ctx) or _allies_place(s, ctx)]
    if not sources:
        # "detained dozens of students in Algiers": the place may qualify an argument,
        # or the other side ("clashed with police in Nairobi", "set fire to
        # buildings in Bishkek"); not any phrase ("protested against the war in
        # Ukraine" was not in Ukraine).
        args = (
            syntax.subjects(verb, ctx.object_control)
            + syntax.direct_objects(verb)
            + syntax.prep_objects(verb, "with")
            + syntax.prep_objects(verb, "to")
            # "marched on the Saudi embassy in Tehran": where the crowd went.
            + syntax.prep_objects(verb, "on")
        )
        # "broke up a march by students in Seoul": the "by" phrase the parser hung
        # on the verb is the object's.
        args += [o for obj in syntax.direct_objects(verb) for o in verb_held_by(obj)]
        # Not a description in apposition ("Pell, a senior figure at the Holy See,
        # was convicted"): where one works says nothing of where the act was.
        where = places.locus(verb) + [
            t
            for t in syntax.phrase_tokens(args, skip=frozenset({"appos"}))
            if places.in_place_phrase(t)
        ]
        if trig.particle == "out" or verb.lemma_.lower() in ctx.lexicon.classes.get(
            "expelling", frozenset()
        ):
            # "refugees were expelled from Pakistan", "were ordered out of Britain".
            where += places.left(verb)
        sources = from_place(where, trig.source, ctx)
        if not sources and trig.unattributed:
            sources = _forces_at(verb, where, ctx)
    else:
        where = []
    return sources, where


def _forces_at(verb: Token, where: list[Token], ctx: Context) -> list[Ref]:
    """A state's forces named by no state act for the state where they act: "troops
    opened fire on demonstrators in Rangoon", "riot police clashed with students in
    Seoul" (the police or army of the place's state)."""
    for subj in syntax.subjects(verb, ctx.object_control):
        sector = organ_sector(subj, ctx, ("military", "police"))
        if sector is not None:
            return [
                Ref(r.actor, sector, subj.i, r.weight)
                for r in from_place(where, ("authority",), ctx)
            ]
    return []


def _allies_place(ref: Ref, ctx: Context) -> bool:
    """The place is where someone's allies are ("Iran's proxies in Yemen"): it says
    whose side they fight for there, not only where the act happened."""
    tok = ctx.resolver.doc[ref.token]
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    return tok.head.head.lemma_.lower() in ctx.resolver.words.affiliates


def _find(verb: Token, ctx: Context) -> Iterator[Found]:
    seen: set[tuple[str, str, str]] = set()
    if instrument_subject(verb, ctx):
        return
    for trig in applicable(verb, ctx):
        sources, where = _sources(verb, trig, ctx)
        if (
            not sources
            and "addressee" in trig.source
            and unnamed_doers(syntax.subjects(verb, ctx.object_control), ctx)
        ):
            aimed = addressing(trig).target
            sources = addressed_people(_fill(verb, aimed, "patient", ctx, trig.particle))
        read_home = not sources
        if (not sources and not trig.unattributed) or trig.mutual:
            # "Rebels released 12 Filipino soldiers", "government troops and rebels
            # clashed": rebels named by no word are those of the one country named
            # (violence by them alone stays that of unidentified attackers in the
            # country, see unattributed.doers).
            subjects = syntax.subjects(verb, ctx.object_control)
            for subj in [t for s in subjects for t in (s, *s.conjuncts)]:
                rebels = ctx.resolver.home_rebels(subj)
                if rebels is None and trig.mutual and sources:
                    # ("Algerian troops and Islamic militants clashed": rebels named
                    # by a creed are, as the troops' foe, read as they would be
                    # fought: "fought Islamic militants".)
                    rebels = ctx.resolver.one(subj, "patient")
                    rebels = rebels if rebels is not None and rebels.sector == "rebel" else None
                if rebels is not None and all(not same_side(rebels, s) for s in sources):
                    sources.append(rebels)
        if not sources:
            continue
        # Companions act on the same side ("Kenya, along with Uganda, fought"), not
        # with each other.
        partners = [s for s in sources if not is_companion(ctx.resolver.doc[s.token])]
        # Done "jointly", a hostile act is on a third, not on each other.
        together = trig.mutual and len(partners) > 1 and not done_jointly(verb, trig, ctx.lexicon)
        venue = together or body_sits(verb, sources, ctx)
        slots = tuple(s for s in trig.target if not (venue and s == "locus"))
        role = "owner" if "owner" in slots else "patient"
        filled = _fill(verb, slots, role, ctx, trig.particle)
        # Who pressed for a retreat ("despite calls from the opposition") is no force
        # it moves, even at home.
        pressed = {t.i for t in pressers(verb, ctx)} if "presser" in slots else set()
        targets = [
            t
            for t in filled
            if not (
                trig.relation in MOVING_OWN and t.token not in pressed and _own_forces(t, sources)
            )
        ]
        if syntax.hyphen_agents(verb):
            # "Hawkins or the Sanders-backed Biden": only the noun the participle
            # modifies (and what is listed after it), not what it is listed after.
            phrase = {t.i for t in verb.head.subtree}
            filled = targets = [t for t in targets if t.token in phrase]
        if own_in_act(verb, trig, sources, targets, ctx):
            targets = []  # another actor of the object's phrase, read below
        # Its own forces named, it acts on no one else, nor on its own people.
        own = len(targets) < len(filled)
        if not targets and not (trig.inverse or trig.territory_only or together):
            # Only inside the trigger's own argument phrases, never a bystander clause.
            phrases = [] if trig.topic else syntax.direct_objects(verb)
            phrases += [
                t for slot in trig.target for t in slot_tokens(verb, slot, ctx, trig.particle)
            ]
            words = [t for t in syntax.phrase_tokens(phrases) if not _in_topic(t, ctx)]
            if trig.mutual:
                # "signed a ceasefire agreement in Tripoli": a mutual act's partner is
                # named as such, not as where the act took place (but "opened an
                # embassy in Tehran": where a mission is names whom it is to).
                missions = ctx.lexicon.classes.get("diplomacy", frozenset())
                words = [
                    t
                    for t in words
                    if not places.in_place_phrase(t) or t.head.head.lemma_.lower() in missions
                ]
            texts = ctx.lexicon.words("proposed_texts")
            if role == "owner" or any(o.lemma_.lower() in texts for o in phrases):
                # What a rejected plan or denied report says ("the plan to sell drones
                # to Russia", "reports that Russia had invaded Georgia"), or a text one
                # backs ("would back a resolution authorizing force against Iraq"),
                # names whom it is about, not whose it is.
                content = {t.i for w in words if _content_clause(w) for t in w.subtree}
                words = [t for t in words if t.i not in content | acted_on(words, ctx)]
            if ctx.lexicon.names_relation("brokered", trig.relation):
                # Furthering the ties of two others is brokering, no act on either
                # (a mediator still negotiates with both; denouncing "the deal between
                # Turkey and Libya" still criticizes them).
                words = [t for t in words if not _brokered(t, sources, ctx)]
            targets = nearby(words, ctx, "patient", exclude=sources)
        targets = not_listed(targets, sources, where, ctx)
        owned = [t for t in targets if own_thing(t, sources, ctx)]
        targets = [t for t in targets if t not in owned] or speaker_owns(verb, owned, ctx)
        targets = abroad(trig, targets, sources, ctx)
        targets = [t for t in targets if not seat_at_home(verb, t, sources, ctx)]
        targets = [t for t in targets if not stance_at_home(verb, t, sources, ctx)]
        # "refused to take in migrants": with no one named, the home side stands in,
        # for a refusal only.
        unnamed = not targets and "refused_home" in trig.target
        targets = victims(verb, trig, sources, targets, own, ctx)
        if trig.territory_only:
            # Control is of a territory named as such, not of whatever a phrase mentions.
            # (Or a place noun a state owns: "the Saudi border town of Khafji".) A
            # territory only names a thing of its own ("seized a Taiwanese trawler":
            # the boat, no land) when it is the word itself.
            place_nouns = ctx.resolver.words.place_nouns
            targets = [
                t
                for t in targets
                if t.actor.type in TERRITORY_TYPES
                and (
                    ctx.resolver.actors.at(tok := ctx.resolver.doc[t.token])
                    or tok.lemma_.lower() in place_nouns
                )
            ]
        if not targets and len(partners) > 1 and _reciprocal(verb, trig, ctx):
            # "Armenia and Azerbaijan accused each other": each of the others.
            together = True
        # "Egypt and Israel agreed to a timetable for Israel's withdrawal": a partner
        # named in the object is no third party; each acts with the other.
        if together and {t.actor.id for t in targets} <= {s.actor.id for s in partners}:
            sources, targets = partners, []
        if read_home and not together:
            # Rebels read as the one country's act on its organs ("rebels released
            # Filipino soldiers"), not on what else that country names ("rebels
            # welcomed the US decision": whose rebels, the country does not say).
            home = {s.actor.id for s in sources}
            targets = [t for t in targets if t.actor.id in home and t.sector in STATE_ORGANS]
        for f in emit(trig, sources, targets, together, verb, "verb", ctx, seen):
            yield replace(f, refused_only=True) if unnamed else f


def _at_locus(target: Ref, trigger: Token | None) -> bool:
    """The target was read from where the trigger's own verb acts ("in Jakarta")."""
    return trigger is not None and any(t.i == target.token for t in places.locus(trigger))


def emit(
    trig: Trigger,
    sources: list[Ref],
    targets: list[Ref],
    together: bool,
    trigger: Token,
    rule: str,
    ctx: Context,
    seen: set[tuple[str, str, str]],
    anchor: Token | None = None,
    sense: int | None = None,
) -> Iterator[Found]:
    """One finding per source and target (or, for a mutual relation with no target,
    per pair of coordinated sources), once each. ``sense`` overrides the trigger's
    own (:meth:`Trigger.sense`) when its conditions were not all met."""
    if not targets and together:
        # "Government troops and Tamil rebels fought near Jaffna": a state's organ
        # and its own rebels, people or opposition are two sides of a domestic act.
        pairs = [(a, b) for a in sources for b in sources if not same_side(a, b)]
    else:
        pairs = [(s, t) for s in sources for t in targets]
    for src, tgt in pairs:
        if trig.inverse:
            src, tgt = tgt, src
        if trig.popular and (
            src.sector in STATE_ORGANS or (src.sector is None and src.actor.type in TERRITORY_TYPES)
        ):
            # "Iranian authorities blocked access to Instagram": no protest.
            continue
        if "crowd" in trig.source and src.actor.id == tgt.actor.id and src.sector in STATE_ORGANS:
            # A popular act (a protest, a rally) by a state's government, police,
            # army or a minister towards that state: "President Macron held a rally
            # in Lyon". An opposition figure's protest stays one.
            continue
        if own_forces(trig, src, tgt, trigger, ctx):
            continue
        if backs_own_rebels(trig, src, tgt, trigger, ctx):
            continue
        if evacuates_own(trig, src, tgt, trigger, ctx):
            continue
        if (
            src.actor.id == tgt.actor.id
            and (src.sector is None or src.sector in STATE_ORGANS)
            and tgt.sector == "government"
            and tgt.via is None
            and _placed_target(ctx.resolver.doc[tgt.token], ctx)
        ):
            # "Belarus allowed opposition rallies in Minsk", "Egyptian police raided
            # offices in Cairo": a capital where a state acts at home stands for the
            # people there, not for the state's own government.
            # (Before a leader is told from his state: "Fujimori lifted the curfew in
            # Lima" too.)
            tgt = Ref(tgt.actor, "people", tgt.token, tgt.weight)
        group = tgt if src.via else src
        if (
            src.actor.id == tgt.actor.id
            and (src.via or tgt.via)
            and places.in_place_phrase(ctx.resolver.doc[tgt.token])
            # (Unless the trigger's other side is where it acts: "Suharto lifted the
            # curfew in Jakarta" concedes to those there, as a government would.)
            and not ("locus" in trig.target and tgt.via is None and _at_locus(tgt, trigger))
        ):
            # "Greek Prime Minister X threatened to close US bases in Greece": where
            # a state's officer acts at home is no relation with anyone.
            continue
        if (
            src.actor.id == tgt.actor.id
            and (src.via or tgt.via)
            # "Ivorian rebels rejected President Gbagbo's appeal": a domestic act of
            # a people or rebels towards the office a person holds.
            and not (group.via is None and group.sector in GROUP_SECTORS)
        ):
            # Two people of one state ("Biden rejected Pelosi's suggestion"), or a
            # leader and his own country: the people, not the state twice.
            src = Ref(src.via, src.sector, src.token, src.weight) if src.via else src
            tgt = Ref(tgt.via, tgt.sector, tgt.token, tgt.weight) if tgt.via else tgt
        key = (trig.relation, src.actor.id, tgt.actor.id)
        if not distinct(src, tgt) or key in seen:
            continue
        seen.add(key)
        src = armed(trig.relation, src, ctx)
        relation = retarget(trig.relation, src, tgt, trigger, ctx)
        yield Found(
            relation,
            src,
            tgt,
            trigger,
            rule,
            anchor=anchor,
            sense=trig.sense() if sense is None else sense,
        )


def _placed_target(tok: Token, ctx: Context) -> bool:
    """``tok`` is a capital named as where something happens ("in Minsk") or a thing
    placed in one ("offices in Cairo"), not a government as such."""
    at = ctx.resolver.actors.at
    for place in (tok, *places.locus(tok)):
        span = at(place)
        if span is not None and span.kind in PLACE_KINDS and places.in_place_phrase(place):
            return True
    return False


def _reciprocal(verb: Token, trig: Trigger, ctx: Context) -> bool:
    """The verb's object or target phrase is "each other" or "one another"."""
    slots = [s for s in trig.target if s == "obj" or s.startswith("prep:")]
    tokens = [t for slot in slots for t in slot_tokens(verb, slot, ctx, trig.particle)]
    # The parser heads the pair on either word ("each/det other", "one another/det").
    return any(
        t.lower_ in ("other", "another", "one")
        and any(c.lower_ in ("each", "one", "another") for c in t.children)
        for t in tokens
    )


# Relations whose object may name the source's own forces, moved or stood down, not
# another party ("Russia withdrew its troops", "Mali disbanded its militia", "agreed to
# withdraw their troops": no agreement with one's own army); thanking or visiting
# one's own police or soldiers still relates to them.
MOVING_OWN = ("retreatsFrom", "agreesWith")


def _own_forces(target: Ref, sources: list[Ref]) -> bool:
    """``target`` is the armed forces of a state that acts as a whole or through its
    government ("Russia withdrew its troops", "Mali disbanded its militia"): what it
    acts with, not on."""
    return target.sector in ARMED_SECTORS and any(
        s.actor.id == target.actor.id and s.sector in (None, "government") for s in sources
    )


TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")


def _in_topic(tok: Token, ctx: Context) -> bool:
    """``tok`` is in what a meeting is about ("hosted a summit on the talks between
    Israel and Hamas"): those named there are talked about, not met."""
    meetings = ctx.lexicon.classes.get("meetings", frozenset())
    return any(
        a.dep_ == "prep" and a.lower_ in TOPIC_PREPS and a.head.lemma_.lower() in meetings
        for a in tok.ancestors
    )


# Relations a third party's act on two others' ties would wrongly state with one of
# them ("brokered a deal to normalize relations between Sudan and Israel").


def _brokered(tok: Token, doers: Sequence[Ref], ctx: Context) -> bool:
    """Whether ``tok`` is one of two sides a "between" phrase names that the doers are
    not among ("brokered a deal to normalize relations between Sudan and Israel"):
    the doer is a third party, and neither side is its target."""
    prep = syntax.enclosing_prep(tok, ("between",))
    if prep is None:
        return False
    sides = {r.actor.id for obj in syntax.pobjs(prep) for r in ctx.resolver.refs(obj, "patient")}
    return not sides & {d.actor.id for d in doers}


def _fill(
    verb: Token, slots: tuple[str, ...], role: str, ctx: Context, particle: str | None = None
) -> list[Ref]:
    for slot in slots:
        tokens = slot_tokens(verb, slot, ctx, particle)
        if not tokens:
            continue
        refs = ctx.refs(tokens, "owner" if slot == "owner" else role)
        if refs:
            return refs
    return []
