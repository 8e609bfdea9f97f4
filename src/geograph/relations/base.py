"""What a rule family finds, before modality and codes are attached."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Actor
from . import syntax
from .arguments import Resolver
from .lexicon import Lexicon, Trigger
from .refs import Ref, same_side

# Base confidence of each rule family, before argument weights.
CONFIDENCE = {"verb": 0.9, "noun": 0.75, "pair": 0.7, "threat": 0.7, "implied": 0.6}


@dataclass(frozen=True, slots=True)
class Found:
    """A relation a rule found: who, to whom, and the word that says it."""

    relation: str
    source: Ref
    target: Ref
    trigger: Token
    rule: str
    # Read modality at this token instead of the trigger (nouns inside a light verb).
    anchor: Token | None = None
    # An explicit stance, for relations inferred from another one.
    modality: str | None = None
    negated: bool | None = None
    reporter: Ref | None = None
    # How narrowly the trigger's conditions picked this reading of its word
    # (:meth:`Trigger.sense`); -1 for a noun whose object class its phrase did not
    # fit. Of two events one word codes between the same actors, the narrower wins.
    sense: int = 0
    # The target stands in for no one named (the source's home side): the finding is
    # a relation only when the act is refused ("refused to take in migrants").
    refused_only: bool = False

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.rule] * min(self.source.weight, 1.0) * min(self.target.weight, 1.0)


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule family needs for one doc."""

    lexicon: Lexicon
    resolver: Resolver
    object_control: frozenset[str]
    state: Callable[[str | None], Actor | None]

    def refs(self, tokens: list[Token], role: str) -> list[Ref]:
        out: list[Ref] = []
        for tok in tokens:
            for ref in self.resolver.refs(tok, role):
                if all(not same_side(r, ref) for r in out):
                    out.append(ref)
        return out


def civilian(ref: Ref, ctx: Context) -> bool:
    """Whether the phrase a target was found in names civilians ("Congolese refugees",
    "a camp", "a market"): violence against them is assault, not fighting."""
    classes = ctx.lexicon.classes
    tok = ctx.resolver.doc[ref.token]
    if not syntax.named_by(tok, classes.get("civilians", frozenset())):
        return False
    # "guerrilla camps", "an army camp": the camps of armed men are a military
    # target, not a refugee camp.
    armed = classes.get("armed_camps", frozenset())
    return not (
        tok.lemma_.lower() == "camp"
        and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in armed for c in tok.children)
    )


def _refuge(target: Ref, trigger: Token, ctx: Context) -> bool:
    """Opening a border or a way "to" refugees gives them refuge (CAMEO 075, grant
    asylum: aid): "Thailand opened its border to Cambodian refugees"."""
    words = ctx.lexicon.words
    if trigger.lemma_.lower() not in words("refuge_openings"):
        return False
    tok = ctx.resolver.doc[target.token]
    phrase = [tok]
    if tok.dep_ in ("amod", "compound", "poss"):
        phrase.append(tok.head)  # "Afghan refugees"
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of"):
        phrase.append(tok.head.head)  # "refugees from Kosovo"
    refugees = ctx.lexicon.classes.get("refugees", frozenset())
    return any(
        t.dep_ == "pobj" and t.head.lower_ in ("to", "for") and syntax.named_by(t, refugees)
        for t in phrase
    )


def retarget(relation: str, source: Ref, target: Ref, trigger: Token, ctx: Context) -> str:
    """The relation a finding states once its ends are known: violence against
    civilians is assault; soldiers killing soldiers in combat is fighting; one
    politician "attacking" another is criticism."""
    if relation == "attacks" and _war_of_words(source, target, trigger, ctx):
        return "criticizes"
    if relation == "retreatsFrom" and _refuge(target, trigger, ctx):
        return "aids"
    if relation == "attacks" and _unconventional(source, trigger, ctx):
        return "assaults"
    means = ctx.lexicon.classes.get("military_strikes", frozenset())
    if (
        relation == "attacks"
        and civilian(target, ctx)
        # "Russian forces shelled a market": shelling and air strikes are military
        # force (CAMEO 194/195) whoever they hit; so are the military means a
        # state's forces are named by or use ("a passenger jet was shot down by an
        # Iranian missile", "Russian missiles hit a school").
        and not (
            source.sector == "military"
            and (
                trigger.lemma_.lower() in means
                or _military_action(source, ctx)
                or _bombed(trigger, ctx, "military_means")
            )
        )
    ):
        return "assaults"
    casualties = ctx.lexicon.classes.get("casualties", frozenset())
    if (
        relation == "assaults"
        and trigger.lemma_.lower() in ctx.lexicon.classes.get("soldier_casualties", frozenset())
        and source.sector == "military"
        and target.sector == "military"
        and not civilian(target, ctx)
    ):
        # "Ugandan troops shot dead five Sudanese soldiers": fighting.
        return "attacks"
    if relation != "assaults" or trigger.lemma_.lower() not in casualties:
        return relation
    # Shelling, artillery, air strikes are conventional military force (CAMEO 19x)
    # even when civilians die ("Israeli shelling killed four civilians").
    if source.sector == "military" and _military_action(source, ctx):
        return "attacks"
    if not civilian(target, ctx) and (source.sector == "military" or _military_action(source, ctx)):
        return "attacks"
    # A state named bare that kills soldiers fights them ("Azerbaijan killed 300
    # Armenian soldiers"): only its forces do that.
    if (
        source.actor.type == "State"
        and source.sector is None
        and source.via is None
        and target.sector == "military"
        and not civilian(target, ctx)
    ):
        return "attacks"
    # Soldiers killed with no doer named at all, not by a bomb, fell in combat ("two
    # Syrian soldiers were killed in Idlib"): fighting, as when soldiers kill
    # soldiers. Gunmen who shoot an officer still assault him.
    if (
        source.actor.id.startswith("unidentified:")
        and (
            not syntax.subjects(trigger, ctx.object_control)
            # "died in fighting": the subject is the victim.
            or trigger.lemma_.lower() in ctx.lexicon.classes.get("dying", frozenset())
        )
        and target.sector == "military"
        and not civilian(target, ctx)
        and not _bombed(trigger, ctx)
    ):
        return "attacks"
    return relation


def _bombed(trigger: Token, ctx: Context, means: str = "unconventional_means") -> bool:
    """The harm was done by a bomb, mine or suicide attack (or another class of
    ``means``) named as the trigger's subject or cause ("a roadside bomb killed",
    "wounded by a landmine", "shot down with a missile")."""
    words = ctx.lexicon.classes.get(means, frozenset())
    phrases = syntax.subjects(trigger, ctx.object_control) + [
        o for p in trigger.children if p.dep_ in ("prep", "agent") for o in syntax.pobjs(p)
    ]
    return any(syntax.named_by(t, words) for t in phrases)


def _unconventional(source: Ref, trigger: Token, ctx: Context) -> bool:
    """A bombing by an armed group, not a state's forces ("Al-Shabaab carried out a
    bombing in Mogadishu", "attacked the base with a car bomb"): unconventional
    violence (CAMEO 183)."""
    words = ctx.lexicon.classes.get("unconventional_means", frozenset())
    if source.actor.id.startswith("unidentified:"):
        return False  # "Baghdad was bombed": by whom is not known
    armed_group = source.sector == "rebel" or (
        source.actor.type == "ArmedGroup" and source.sector in (None, "rebel")
    )
    # "blew up a helicopter with a bomb": the means named with the act count too.
    return armed_group and (
        trigger.lemma_.lower() in words or trigger.lower_ in words or _bombed(trigger, ctx)
    )


def noun_triggers(noun: Token, ctx: Context) -> list[Trigger]:
    """Triggers for ``noun``; a multi-word trigger ("air strike") beats its head alone."""
    lemma = noun.lemma_.lower()
    triggers = ctx.lexicon.nouns.get(lemma, ()) or ctx.lexicon.nouns.get(noun.lower_, ())
    if not triggers:
        return []
    head = noun.head
    if noun.dep_ == "compound" and any(
        t.word == f"{noun.lower_} {head.lower_}"
        for t in ctx.lexicon.nouns.get(head.lower_, ()) or ctx.lexicon.nouns.get(head.lemma_, ())
    ):
        return []  # "war games": the first word of its head's trigger, no act of its own
    left = " ".join(
        c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
    )
    # "a state of emergency", "a show of force": the noun is the "of" object of the
    # trigger's first word.
    of_left = ""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        of_left = f"{noun.head.head.lemma_.lower()} of"
    multi = [
        t
        for t in triggers
        if " " in t.word
        and (
            left.endswith(t.word.rsplit(" ", 1)[0])
            or (of_left and t.word.rsplit(" ", 1)[0] == of_left)
        )
    ]
    if multi:
        return [t for t in multi if not excluded(noun, t, ctx)]
    return [t for t in triggers if " " not in t.word and not excluded(noun, t, ctx)]


# Acts one claims by naming them as the object of "claim".
CLAIMABLE = ("attacks", "assaults", "coerces")


def claiming_verb(noun: Token, ctx: Context) -> Token | None:
    """The verb by which someone claims the act ``noun`` names: "ISIS claimed
    responsibility for a bombing", "took responsibility for the attack". CAMEO coders
    code the claimant as the act's doer."""
    if (
        noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() == "claim"
        and any(t.relation in CLAIMABLE for t in noun_triggers(noun, ctx))
    ):
        # "Al-Shabaab claimed the attack on a Kenyan base": only acts of violence
        # ("claimed the island" is no act claimed).
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    owed = noun.head.head
    if owed.pos_ == "VERB":
        # "claimed responsibility on Tuesday for the bombing": the parser may hang
        # the "for" phrase on the verb.
        owed = next((o for o in owed.children if o.dep_ == "dobj"), owed)
    verb = owed.head
    if (
        owed.dep_ == "dobj"
        and owed.lemma_.lower() in ctx.lexicon.classes.get("liability", frozenset())
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in ctx.lexicon.classes.get("claiming", frozenset())
    ):
        return verb
    return None


# Prepositions of time or concession (see excluded); "under" the terms an act is done
# by ("withdrew from Gaza under a deal with Egypt" is still a withdrawal).
CIRCUMSTANCES = ("after", "despite", "following", "amid", "amidst", "under")


def excluded(word: Token, trigger: Trigger, ctx: Context) -> bool:
    """Whether a word of the trigger's ``unless`` class modifies ``word`` or is in
    its object or prepositional phrases ("an election rally", "withdrew from the
    race", "withdrew before the primaries", "withdrew his candidacy")."""
    if not trigger.unless_classes:
        return False
    words = frozenset().union(*(ctx.lexicon.classes[c] for c in trigger.unless_classes))
    # An infinitive too: "vowed to retaliate" is no promise made to anyone; and an
    # adjective complement: "pleaded not guilty" is no appeal.
    near = [
        c
        for c in word.children
        if c.dep_ in ("amod", "compound", "dobj", "nmod", "xcomp", "acomp", "oprd")
    ]
    # ("dative": the parser's label for some "to" phrases, "sent tanks to its border")
    # A phrase of time or concession tells what the act came after or despite, not
    # what it is: "withdrew its troops after a U.S. warning", "pulled out despite
    # its claim" (no "withdrew its warning").
    near += [
        g
        for c in word.children
        if c.dep_ in ("prep", "dative") and c.lower_ not in CIRCUMSTANCES
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # A preposition's own preposition after "out" or "away": "walked out of the peace
    # conference", "stayed away from the talks" (the parser hangs "of" on "out").
    near += [
        g
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in ("out", "away")
        for p in c.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # A role the object is taken in ("joined Harris, Warren and Duckworth as
    # candidates"): the parser may hang the "as" phrase on the object's last item.
    near += [
        g
        for o in word.children
        if o.dep_ == "dobj"
        for p in o.subtree
        if p.dep_ == "prep" and p.lower_ == "as" and p.head.dep_ in ("dobj", "conj", "appos")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # A gerund after the preposition: its object and role ("withdrew from contesting
    # the election", "withdrew from fielding her as its candidate").
    gerunds = [
        g
        for c in word.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]
    near += [c for g in gerunds for c in g.children if c.dep_ == "dobj"]
    near += [o for g in gerunds for p in g.children if p.dep_ == "prep" for o in syntax.pobjs(p)]
    # (An apposition says what the thing is: "the Furnal Equinox, an annual event".)
    near += [c for n in near for c in n.children if c.dep_ in ("amod", "compound", "appos")]
    # The word that opens a clause after it ("asked why ...", "asked whether ...").
    near += [
        g
        for c in word.children
        if c.dep_ == "ccomp"
        for g in c.children
        if g.dep_ in ("mark", "advmod") and g.i < c.i and g.i == c.left_edge.i
    ]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near)


# Sectors whose people fight with more than words.
ARMED_SECTORS = ("military", "rebel", "police", "intelligence")


def _war_of_words(source: Ref, target: Ref, trigger: Token, ctx: Context) -> bool:
    """A person, armed with no force, "attacking" another person ("Biden attacked
    Trump over his taxes", "Johnson attacked Corbyn"): the attack is spoken. Forces
    attack countries and forces; a named person attacked by gunmen is not this."""
    words = ctx.lexicon.classes.get("verbal_attacks", frozenset())

    def person(ref: Ref) -> bool:
        return ref.actor.type == "Person" or ref.via is not None

    if trigger.lemma_.lower() in words and _speech_frame(trigger, ctx):
        return True
    return (
        trigger.lemma_.lower() in words
        and person(source)
        and person(target)
        and source.sector not in ARMED_SECTORS
        and target.sector not in ARMED_SECTORS
    )


def _speech_frame(noun: Token, ctx: Context) -> bool:
    """A noun of attack in an "in" phrase of a verb of speech ("Gandhi, in her
    strongest attack yet on Washington, accused ...", "in a scathing attack on
    Israel, the minister said ..."): the attack is what is said."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    verb = noun.head.head
    lemma = verb.lemma_.lower()
    if lemma in ctx.lexicon.words("report_verbs"):
        return True
    return any(
        ctx.lexicon.names_relation("spoken", t.relation) for t in ctx.lexicon.verbs.get(lemma, ())
    )


def armed(relation: str, source: Ref, ctx: Context) -> Ref:
    """A state named as the doer of a military action ("Israeli artillery shelling",
    "Russian air strikes") acts through its military, not its people. Only for
    violence: "their strike" of miners is a labour strike."""
    if (
        relation in ("attacks", "assaults")
        and source.actor.type == "State"
        and source.sector in (None, "people")
        and source.via is None
        and _military_action(source, ctx)
    ):
        return Ref(source.actor, "military", source.token, source.weight)
    return source


def _military_action(source: Ref, ctx: Context) -> bool:
    """The source was found in a phrase naming a military action ("US air strikes
    killed ...", "Israeli shelling wounded ...")."""
    tok = ctx.resolver.doc[source.token]
    means = ctx.lexicon.classes.get("military_means", frozenset())
    # "the Israeli shelling of Lebanon": the state may be the owner of the action noun.
    heads = [tok, tok.head] if tok.dep_ in ("amod", "compound", "poss", "nmod") else [tok]
    # "Israeli artillery fire", "Russian missiles": the means of regular forces;
    # "a roadside bombing" is an assault, "a bombing" an attack.
    return any(
        syntax.named_by(t, means) or any(tr.relation == "attacks" for tr in noun_triggers(t, ctx))
        for t in heads
    )
