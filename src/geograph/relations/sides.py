"""The sides of an act that no phrase names: the other side at home ("Sudan lifted
the curfew" acts on its people), unnamed victims (a crowd, civilians, an official
of no named state), the people a crowd stands for, and actors read from the place
where something happened."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from . import places, syntax
from .base import Context
from .lexicon import Trigger
from .misparses import verb_held_by
from .refs import Ref
from .slots import objects, slot_tokens

TERRITORY_TYPES = ("Territory", "State")


def _crowd(verb: Token, trig: Trigger, ctx: Context) -> Token | None:
    """The verb's object if it is an unnamed crowd or civilians ("fired on protesters")."""
    words = ctx.lexicon.classes["civilians"]
    phrases = objects(verb, trig.particle) + [
        t
        for slot in trig.target
        if slot.startswith("prep:") or slot == "purpose"
        for t in slot_tokens(verb, slot, ctx)
    ]
    # "hundreds of protesters"; "a march by students" (the crowd holding what is
    # acted on: its gathering, strike or meeting)
    phrases += [
        o
        for p in phrases
        for o in syntax.prep_objects(p, "of") + (syntax.prep_objects(p, "by") or verb_held_by(p))
    ]
    return next(
        (
            t
            for t in phrases
            # "killing one person and arresting 12": a bare count is of people.
            if (t.lemma_.lower() in words or (t.pos_ == "NUM" and t.dep_ in ("dobj", "obj")))
            and ctx.resolver.actors.at(t) is None
            and not any(ctx.resolver.actors.at(c) for c in t.children)
        ),
        None,
    )


def _official(verb: Token, ctx: Context) -> Token | None:
    """The verb's object if it is an office holder of no named state ("a local
    mayor", "two police officers")."""
    words = ctx.lexicon.classes.get("office_holders", frozenset())
    return next(
        (
            t
            for t in syntax.direct_objects(verb)
            if syntax.named_by(t, words)
            and ctx.resolver.actors.at(t) is None
            and not any(ctx.resolver.actors.at(c) for c in t.subtree)
        ),
        None,
    )


# Sectors of a state's organs that news names without their state ("soldiers", "an
# army patrol", "a government outpost", "two police officers").
FORCE_SECTORS = ("military", "police", "government")


def organ_sector(tok: Token, ctx: Context, kinds: tuple[str, ...] = FORCE_SECTORS) -> str | None:
    """The sector of ``kinds`` that ``tok`` names as a state's organ (or group) named
    by no state: the noun or the word naming it ("two police officers", "an army
    patrol", "troops"); ``None`` when an actor is named in its phrase."""
    if any(ctx.resolver.actors.at(t) is not None for t in tok.subtree):
        return None
    sectors = ctx.resolver.words.sector_nouns
    for word in (tok, *(c for c in tok.children if c.dep_ == "compound")):
        sector = sectors.get(word.lower_) or sectors.get(word.lemma_.lower())
        if sector in kinds:
            return sector
    return None


def _forces(
    verb: Token, ctx: Context, kinds: tuple[str, ...] = FORCE_SECTORS
) -> tuple[Token, str] | None:
    """The verb's object if a state's organ named by no state ("four soldiers", "an
    army patrol", "a government outpost"), with its sector (or, with ``kinds``,
    another group of no named state: "30 Karen rebels")."""
    for t in syntax.direct_objects(verb):
        sector = organ_sector(t, ctx, kinds)
        if sector is not None:
            return t, sector
    return None


def _place_people(verb: Token, ctx: Context) -> list[Ref]:
    """The people of the state where the clause says ``verb``'s act happened."""
    return from_place(_named_places(_places(verb, ctx), ctx), ("crowd",), ctx)


def _states_of_unidentified(sources: list[Ref], ctx: Context) -> list[Ref]:
    """The states where unidentified attackers struck."""
    out: list[Ref] = []
    for src in sources:
        state = ctx.state(src.actor.country) if src.actor.id.startswith("unidentified:") else None
        if state is not None:
            out.append(Ref(state, "government", src.token, src.weight))
    return out


def _place_country(verb: Token, ctx: Context) -> str | None:
    """The country of the first place where the clause says the act happened."""
    for tok in syntax.phrase_tokens(_places(verb, ctx)):
        span = ctx.resolver.actors.at(tok)
        # A place, not an owner: "killed in an Israeli air strike in Rafah" is not
        # at Israel's home.
        if span is not None and span.actor.type in TERRITORY_TYPES and span.kind in PLACE_KINDS:
            return span.actor.country
    return None


def _abroad(place: str | None, src: Ref) -> bool:
    """The act's place (:func:`_place_country`) is in another state or territory than
    the doer's ("Israeli police beat protesters in Hebron", "Moroccan police ... in
    Laayoune")."""
    return bool(src.actor.country) and place is not None and place != src.actor.country


def _sent_abroad(verb: Token, sources: list[Ref], ctx: Context) -> bool:
    """The act goes "to" another state ("sent police to Haiti"): it is not done at
    home, to the doers' own people."""
    homes = {s.actor.country for s in sources}
    # (A state or place itself, not one named in the phrase: "consented to a
    # referendum in Montenegro" is still at home.)
    goal = [t for t in syntax.prep_objects(verb, "to") if ctx.resolver.actors.at(t) is not None]
    refs = ctx.refs(goal, "patient")
    return any(r.actor.country and r.actor.country not in homes for r in refs)


def _places(verb: Token, ctx: Context) -> list[Token]:
    """Where the clause says the act happened: its own place phrases and those of
    its object or cause ("killed ten villagers in a market in Kano", "were killed by
    shelling in Kherson")."""
    phrases = syntax.direct_objects(verb) + [
        o for p in verb.children if p.dep_ in ("prep", "agent") for o in syntax.pobjs(p)
    ]
    # "a car bomb in Kabul killed four people": the place of the attack named as doer.
    means = ctx.lexicon.classes.get("attack_means", frozenset())
    phrases += [s for s in syntax.subjects(verb, ctx.object_control) if syntax.named_by(s, means)]
    found = places.locus(verb) + [t for o in phrases for t in places.locus(o)]
    head = verb.head
    if not found and verb.dep_ == "conj" and head.lemma_.lower() in ctx.lexicon.verbs:
        # "raided a village in Borno and abducted 40 girls": a second act of the same
        # doers, with no place of its own, happened where the first act did (one the
        # lexicon knows: "the virus has infected 200 people in Wuhan and killed three"
        # tells of no doers).
        return _places(head, ctx)
    return found


# Kinds of actor mention that name a place, not who owns or does something.
PLACE_KINDS = ("place", "capital", "name")


def _named_places(tokens: list[Token], ctx: Context) -> list[Token]:
    """The places named in ``tokens`` or one place phrase deeper ("at a mosque in
    Peshawar"), not owners ("in an Israeli air strike")."""
    out: list[Token] = []
    for place in [*tokens, *(t for tok in tokens for t in places.locus(tok))]:
        span = ctx.resolver.actors.at(place)
        if span is not None and span.kind in PLACE_KINDS:
            out.append(place)
        elif place.lemma_.lower() in PLACE_HEADS and any(
            c.dep_ in ("amod", "compound")
            and (by := ctx.resolver.actors.at(c)) is not None
            and by.kind in ("demonym", "name")
            and by.actor.type in TERRITORY_TYPES
            for c in place.children
        ):
            # "killed ten villagers in a Nigerian town", "in the U.S. border city of El
            # Paso": a settled place that a state's adjective or name names (as
            # from_place reads it).
            out.append(place)
    return out


# Parts of a state's people that act as groups, not through an office.
GROUP_SECTORS = ("people", "rebel", "opposition")


# Parts of a state that act for it towards its own people.
# A popular act (protest, rally) is never theirs towards their own state.
STATE_ORGANS = ("government", "police", "military", "intelligence")


def _is_state(ref: Ref, ctx: Context) -> bool:
    state = ctx.state(ref.actor.country)
    return state is not None and ref.actor.id == state.id


def home(sources: list[Ref], ctx: Context) -> list[Ref]:
    """The other side of a domestic act when no target is named: a state's people,
    rebels or opposition act towards its government ("Algerian farmers
    protested"), and its government towards its people ("Sudan lifted the curfew")."""
    out: list[Ref] = []
    for src in sources:
        state = ctx.state(src.actor.id) or ctx.state(src.actor.country)
        if state is None:
            continue
        governs = src.actor.id == state.id and (src.sector is None or src.sector in STATE_ORGANS)
        sector = "people" if governs else "government"
        out.append(Ref(state, sector, src.token, src.weight * 0.8))
    return out


def victims(
    verb: Token,
    trig: Trigger,
    sources: list[Ref],
    targets: list[Ref],
    own: bool,
    ctx: Context,
) -> list[Ref]:
    """The targets once unnamed victims are read: a crowd or civilians (the people
    of their place, or the doer's own people at home), an official of no named
    state (the government), or, when nothing is named, the other side at home."""
    # The unnamed crowd or civilians the verb acts on, and the country of the act's
    # place, each read once.
    crowd = _crowd(verb, trig, ctx) if "own_people" in trig.target else None
    place = _place_country(verb, ctx) if crowd is not None else None
    if targets and crowd is not None:
        # "opened fire on protesters in Hebron": the place names whose people the
        # crowd is; the crowd's phrase says they are civilians.
        targets = [
            Ref(t.actor, "people", crowd.i, t.weight)
            if t.actor.type in TERRITORY_TYPES and places.in_place_phrase(ctx.resolver.doc[t.token])
            else t
            for t in targets
        ]
    # A crowd a state's organs act on in another state's or territory's place is that
    # place's people (below), not the doers' own ("Israeli soldiers fired tear gas at
    # demonstrators in Hebron").
    abroad = (
        not targets
        and crowd is not None
        and bool(sources)
        and all(_abroad(place, s) for s in sources)
    )
    if (
        not targets
        and ("home" in trig.target or "refused_home" in trig.target)
        and not own
        and not abroad
        and not _sent_abroad(verb, sources, ctx)
    ):
        # A state named bare that withdraws or pulls back ("Russia would withdraw")
        # does so abroad, not from its own people; its rebels or government still
        # have the other side at home, and so does a state releasing someone
        # ("Belarus agreed to release political prisoners").
        withdrawing = trig.relation == "retreatsFrom" and not syntax.direct_objects(verb)
        bare = [s for s in sources if not (withdrawing and s.sector is None and _is_state(s, ctx))]
        targets = home(bare, ctx)
    if not targets and crowd is not None:
        # "Egyptian police opened fire on demonstrators": police, or forces at home
        # (the clause places the act in their own state: "in Oran", "held villagers
        # as human shields in Idlib"), acting on an unnamed crowd act on their own
        # people (troops abroad do not, nor do police the clause places abroad).
        at_home = [
            s
            for s in sources
            if (s.sector == "police" and not _abroad(place, s)) or place == s.actor.country
        ]
        targets = [t for t in home(at_home, ctx) if t.sector == "people"]
        named = all(not s.actor.id.startswith("unidentified:") for s in sources)
        # ... or an attacker or weapon is named as such ("a suicide bomber killed
        # 15 people at a mosque in Peshawar").
        named = named or bool(syntax.subjects(verb, ctx.object_control))
        if not targets and (trig.unattributed or abroad) and named:
            # "Russian airstrikes killed 20 civilians in Aleppo": unnamed victims
            # in a named place are that place's people (when the doer is named:
            # "seven people were killed in the US when a bomber crashed" is none).
            targets = [
                t
                for t in _place_people(verb, ctx)
                if all(t.actor.id != s.actor.id for s in sources)
            ]
        # The victims' phrase, not the doer's or the place's, says who they are
        # (civilians: assault, not fighting).
        targets = [Ref(t.actor, t.sector, crowd.i, t.weight) for t in targets]
    forces = _forces(verb, ctx) if not targets and "own_people" in trig.target else None
    if forces is not None and trig.unattributed and syntax.subjects(verb, ctx.object_control):
        # "Rebels killed 20 soldiers in northern Mali", "a roadside bomb killed four
        # soldiers in Helmand": a state's organs of no named state at a named place
        # are that state's (news names foreign forces' state: "four US soldiers");
        # with no place, rebels or unidentified attackers strike their own state's
        # ("Afghan rebels attacked a government outpost").
        noun, sector = forces
        states = _place_people(verb, ctx) or (
            home([s for s in sources if s.sector == "rebel"], ctx)
            + _states_of_unidentified(sources, ctx)
        )
        targets = [
            Ref(t.actor, sector, noun.i, t.weight)
            for t in states
            if all(t.actor.id != s.actor.id or s.sector != sector for s in sources)
        ]
    rebels = _forces(verb, ctx, ("rebel",)) if not targets and "own_people" in trig.target else None
    if rebels is not None and trig.unattributed:
        # "Burmese troops killed 30 Karen rebels": rebels of no named state that a
        # state's armed forces fight are that state's, or those of the place named.
        # (An army named as a body of its own, "the Turkish army", is its state's.)
        states = _place_people(verb, ctx) or [
            Ref(state, s.sector, s.token, s.weight)
            for s in sources
            if s.sector in ("military", "police")
            and (state := ctx.state(s.actor.country)) is not None
            and state.type == "State"
        ]
        targets = [Ref(t.actor, "rebel", rebels[0].i, t.weight) for t in states[:1]]
    official = _official(verb, ctx) if not targets and "own_people" in trig.target else None
    if official is not None:
        # "Mexican cartel gunmen killed a local mayor": rebels or unidentified
        # attackers acting at home on an official of no named state act on their
        # own state's government.
        targets = [
            Ref(t.actor, "government", official.i, t.weight)
            for t in home([s for s in sources if s.sector == "rebel"], ctx)
            + _states_of_unidentified(sources, ctx)
        ]
    return targets


def gripped(noun: Token, ctx: Context) -> list[Token]:
    """The place an act named by ``noun`` grips, as the object of a verb of the
    lexicon's ``gripping`` class the noun is the subject of ("a general strike
    paralysed Nepal", "protests swept Cairo"): where the act happened."""
    words = ctx.lexicon.classes.get("gripping", frozenset())
    if noun.dep_ != "nsubj" or not syntax.in_class(noun.head, words):
        return []
    return syntax.direct_objects(noun.head)


def not_theirs(targets: list[Ref], sources: Sequence[Ref], ctx: Context) -> list[Ref]:
    """``targets`` less the doers' own place or thing named by a possessive ("exercises
    off its coast in a show of force against Taiwan"): where, not whom."""
    doers = {s.actor.id for s in sources}
    doc = ctx.resolver.doc

    def theirs(tok: Token) -> bool:
        return tok.tag_ == "PRP$" or any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children
        )

    return [t for t in targets if not (t.actor.id in doers and theirs(doc[t.token]))]


def standing(clause: Token | None, word: str) -> list[Token]:
    """Where the doers of ``clause`` stand, by their own "along"/"near" phrase: "troops
    along the border with Pakistan were put on high alert" face Pakistan."""
    if clause is None or word not in ("along", "near"):
        return []
    doers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [o for d in doers for o in syntax.prep_objects(d, word)]


def addressed_people(targets: list[Ref]) -> list[Ref]:
    """The people of the state whose government an act is aimed at: the doers, when
    they are named by no state or place ("Islamist prisoners began a hunger strike to
    demand ... by the Egyptian government"). Only a government named as such: a state
    ("Turkey's refusal", "the Israeli flag") says nothing of who acts against it."""
    return [
        Ref(t.actor, "people", t.token, t.weight * PLACE_WEIGHT)
        for t in targets
        if t.sector == "government" and t.actor.type == "State"
    ][:1]


# Entities that name who or where someone is: doers with one are not unnamed.
NAMING_ENTITIES = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def unnamed_doers(subjects: list[Token], ctx: Context) -> bool:
    """Doers named as a crowd of the lexicon's ``crowds`` class ("prisoners", "a
    group of students", "Islamist inmates"), not by a pronoun, a name, a place or
    an organisation ("human rights groups" may be anyone's)."""
    words = ctx.lexicon.classes.get("crowds", frozenset())
    # "Pro-Kremlin protesters", "Iranian-backed students": backed by someone, of
    # no one known.
    backers = ctx.resolver.words.backers
    return bool(subjects) and all(
        s.pos_ == "NOUN"
        and not any(
            c.ent_type_ in NAMING_ENTITIES or c.lower_ in backers or c.lower_.startswith("pro-")
            for c in s.subtree
        )
        and any(w.lemma_.lower() in words for w in (s, *syntax.prep_objects(s, "of")))
        for s in subjects
    )


# Target slots that say whom an act is aimed at, not where it happens: only these
# name the government whose people a crowd is ("protested against the Egyptian
# government", not "rallied outside the British embassy").
ADDRESSING = ("prep:against", "purpose", "obj")


def addressing(trig: Trigger) -> Trigger:
    """``trig`` with only its target slots that name whom the act is aimed at."""
    return replace(trig, target=tuple(s for s in trig.target if s in ADDRESSING))


# Source slots filled from where the act happened when no doer is named: a crowd
# is the people of the place ("thousands marched in Cairo"), an arrest or inquiry
# with no one named is the act of the place's state ("was arrested in Lebanon").
PLACE_SOURCES = {"crowd": "people", "authority": "government"}


PLACE_WEIGHT = 0.7


# Nouns of a settled place that a state's adjective makes one of its places.
PLACE_HEADS = frozenset(
    # ("port": "in the southern Albanian port of Vlore", a wire lead's place.)
    {
        "capital",
        "city",
        "town",
        "village",
        "province",
        "region",
        "district",
        "jail",
        "prison",
        "port",
    }
)


def from_place(tokens: list[Token], slots: Sequence[str], ctx: Context) -> list[Ref]:
    """The people or government of the state where an act happened, for the first
    of ``slots`` that names one of :data:`PLACE_SOURCES`."""
    sector = next((PLACE_SOURCES[s] for s in slots if s in PLACE_SOURCES), None)
    if sector is None:
        return []
    out: list[Ref] = []
    # "outside the embassy in Baghdad": the place may hang one phrase deeper.
    tokens = [*tokens, *(t for tok in tokens for t in places.locus(tok))]
    # Each token on its own: "at a jail in Nairobi" reads Kenya off "jail" (no place
    # named as such) first, and would hide the place phrase that names it.
    refs = [r for tok in tokens for r in ctx.resolver.refs(tok, "patient")]
    for ref in refs:
        tok = ctx.resolver.doc[ref.token]
        span = ctx.resolver.actors.at(tok)
        # Only a place named as such ("in Cairo", "in the Kenyan capital", "in a
        # Sudanese town"), not an owner ("at the US embassy").
        named = span is not None or (tok.lemma_.lower() in PLACE_HEADS and tok.pos_ == "NOUN")
        if not named or ref.actor.type not in TERRITORY_TYPES:
            continue
        # A disputed territory with no country ("Kashmir") is its own place, and so
        # is one with its own code and government ("protesters in Hong Kong" are
        # Hong Kong's, acting on its government, not China's).
        state = ctx.state(ref.actor.id) or ctx.state(ref.actor.country) or ref.actor
        if all(o.actor.id != state.id for o in out):
            out.append(Ref(state, sector, ref.token, ref.weight * PLACE_WEIGHT))
    return out[:1]


def own_forces(trig: Trigger, src: Ref, tgt: Ref, trigger: Token, ctx: Context) -> bool:
    """Whether a state or government lets its own armed forces act, with a verb of
    the lexicon's ``authorizing`` class ("Turkey and Libya allowed Turkish army
    deployments in Libya"): it directs its forces, no concession to them."""
    return (
        trig.relation == "concedesTo"
        and trigger.lemma_.lower() in ctx.lexicon.classes.get("authorizing", frozenset())
        and src.sector in (None, "government")
        and tgt.sector == "military"
        and src.actor.country is not None
        and tgt.actor.country == src.actor.country
    )


# Relations by which a state helps a side: never its own rebels.
HELPING = ("aids", "sellsArmsTo", "supports")


def backs_own_rebels(trig: Trigger, src: Ref, tgt: Ref, trigger: Token, ctx: Context) -> bool:
    """Whether a state would arm, aid or back rebels named by no word that were read
    as its own ("Russia sent weapons to the rebels"): those a state helps fight
    elsewhere (a pardon, "supports" too, stays: "pardoned 300 separatists")."""
    if trig.relation not in HELPING or src.actor.id != tgt.actor.id or tgt.sector != "rebel":
        return False
    if ctx.resolver.doc[tgt.token].lower_ not in ctx.resolver.words.home_rebels:
        return False
    return trig.relation != "supports" or ctx.resolver.backing_verb(trigger)


def own_in_act(
    verb: Token, trig: Trigger, sources: list[Ref], targets: list[Ref], ctx: Context
) -> bool:
    """The targets are only the doers' own side, read inside an act the object names
    ("demanded the release of Iranian diplomats held by Lebanese militiamen"): those
    it was done to, not whom it is asked of or blamed on (``blamed_abroad``)."""
    if not targets or not ctx.lexicon.names_relation("blamed_abroad", trig.relation):
        return False
    if any(s.sector not in (None, *STATE_ORGANS) for s in sources):
        return False  # an opposition's demands on behalf of its people go home
    doers = {s.actor.id for s in sources}
    objs = slot_tokens(verb, "obj", ctx, trig.particle)
    acts = [o for o in objs if o.lemma_ in ctx.lexicon.nouns]
    return bool(acts) and all(
        t.actor.id in doers and ctx.resolver.actors.at(ctx.resolver.doc[t.token]) is None
        for t in targets
    )


def speaker_owns(verb: Token, owned: list[Ref], ctx: Context) -> list[Ref]:
    """The speaker, for a thing an "its" or "their" of a reported clause owns that
    would be the doers' own ("Nicaragua said Honduran troops had shelled its
    territory": Nicaragua's, as no one shells their own): the other side is the one
    who reports it, when that is another actor."""
    if not owned or verb.dep_ != "ccomp":
        return []
    tok = ctx.resolver.doc[owned[0].token]
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        return []
    doers = {t.actor.id for t in owned}
    if len(doers) > 1:
        # "Libya and Chad agreed to end their border war, Moroccan officials said":
        # a "their" that stands for several doers is theirs together.
        return []
    speakers = [
        r
        for s in syntax.subjects(verb.head, ctx.object_control)
        for r in ctx.resolver.refs(s, "agent")
        if r.actor.id not in doers
    ]
    return [Ref(r.actor, r.sector, tok.i, r.weight) for r in speakers]


def body_sits(trigger: Token, sources: Sequence[Ref], ctx: Context) -> bool:
    """An intergovernmental body meets its own members where it gathers ("a NATO
    meeting in Brussels", "the Arab League met in Tunis"): the city is a venue, no
    host it visits. Only the body itself or its members in the plural ("Arab League
    foreign ministers"), not one envoy of it ("a U.N. envoy met in Baghdad")."""
    sittings = ctx.lexicon.classes.get("sittings", frozenset())
    if trigger.lemma_.lower() not in sittings or not sources:
        return False
    doc = ctx.resolver.doc
    return all(
        s.actor.type == "IGO"
        and s.via is None
        and (ctx.resolver.actors.at(doc[s.token]) is not None or doc[s.token].tag_ == "NNS")
        for s in sources
    )


def acted_on(words: list[Token], ctx: Context) -> set[int]:
    """The tokens of what a rejected act of force or rule (class ``rejected_acts``)
    was done to or where: "rejected the occupation of Iraq", "the deployment of
    troops in Iraq" reject no act of Iraq's; its owner is named before it ("Israel's
    annexation") or by "by"."""
    acts = ctx.lexicon.classes.get("rejected_acts", frozenset())
    return {
        t.i
        for w in words
        if w.lemma_.lower() in acts
        for c in w.children
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "into", "on", "over")
        for t in c.subtree
    }
