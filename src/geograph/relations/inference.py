"""Relations that follow from other relations in the same text.

* A threat: an actor who says it may or will use force against a target
  threatens that target ("Israeli leaders hinted that they would be prepared
  to attack Iranian facilities"; "Iran vowed it would strike Israel").
* An implied accusation: denying someone's accusation implies they made it
  ("Iran denies all accusations by Israel": Israel accuses Iran, as Iran says).
* A charge: claiming that someone did violence accuses them ("the US claimed
  that ISIL had attacked Iraq").
* Advocacy: urging others to back someone endorses them ("Egypt urged Arab states
  to support the Palestinians": Egypt supports them).
* The link from a denial to the accusation it denies, when both are found.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from ..model import Mention
from . import slots, syntax
from .base import Context, Found
from .filters import stance_at_home
from .lexicon import Lexicon
from .slots import delayed_infinitive
from .stance import Stance


def threats(found: Found, stance: Stance, ctx: Context) -> Iterator[Found]:
    """A threat stated by announcing one's own possible violence."""
    lex = ctx.lexicon
    unruled = _unruled_threat(found, stance, ctx) or _or_face(found, stance, ctx)
    if unruled is not None:
        # "would not rule out military action against Eritrea": a threat (the noun
        # is its trigger, read on its own: the "not" is the threat's denial of a
        # rejection, no negation of it).
        yield Found("threatens", found.source, found.target, unruled, "threat")
        return
    verb = _threatening(found, ctx)
    if (
        verb is not None
        and found.relation in lex.words("threatened_relations")
        and stance.modality == "hypothetical"
        and not stance.negated
        # No one threatens themselves: a state named bare acting on its own people
        # ("Iran threatened to walk out of the talks") is a misreading.
        and not (found.source.actor.id == found.target.actor.id and found.source.sector is None)
    ):
        # The threat verb's own rule finds only syntactic targets; a target read
        # another way ("threatened to declare martial law": the source's people)
        # is threatened all the same.
        yield Found("threatens", found.source, found.target, verb, "threat")
        return
    if found.relation not in lex.words("threat_relations"):
        return
    if stance.modality not in ("hypothetical", "future") or stance.speech is None:
        return
    if stance.negated:
        # "said it would not attack Iran", "had no plans to strike": a use of force
        # disavowed threatens no one.
        return
    trig = found.trigger
    if (
        trig.pos_ == "NOUN"
        and trig.dep_ == "dobj"
        and trig.head.lemma_.lower() in lex.words("stopping_verbs") | lex.words("ending_verbs")
    ):
        # "said it would halt its air strikes", "would end its sanctions": announcing
        # the end of an act threatens no one.
        return
    if stance.speech.lemma_.lower() not in lex.words("threat_speech"):
        return
    if stance.reporter is None or stance.reporter.actor.id != found.source.actor.id:
        return
    yield Found("threatens", found.source, found.target, stance.speech, "threat")


def _unruled_threat(found: Found, stance: Stance, ctx: Context) -> Token | None:
    """The object of "rule out" naming force or a penalty (itself or after "the use
    of") that a rejection negated, "did not rule out" or "refused to rule out",
    leaves open against its target."""
    verb = found.trigger
    if not (found.relation == "rejects" and stance.negated and syntax.has_particle(verb, "out")):
        return None
    if verb.lemma_.lower() != "rule" or found.source.actor.id == found.target.actor.id:
        return None
    return _penalty(verb, ctx)


def _or_face(found: Found, stance: Stance, ctx: Context) -> Token | None:
    """The force or penalty a demand says its target faces otherwise ("said Iraq must
    comply or face military action", "told Belgrade to halt or face sanctions"): the
    demander threatens them with it."""
    if found.relation != "demands" or stance.negated:
        return None
    if found.source.actor.id == found.target.actor.id:
        return None
    for face in found.trigger.subtree:
        if (
            face.lemma_.lower() == "face"
            and face.dep_ == "conj"
            and any(c.dep_ == "cc" and c.lower_ == "or" for c in face.head.children)
        ):
            return _penalty(face, ctx)
    return None


def _penalty(verb: Token, ctx: Context) -> Token | None:
    """The object of ``verb`` naming force or a penalty, itself or after "the use of"
    (``unruled_threats``)."""
    words = ctx.lexicon.words("unruled_threats")
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj, *(g for p in obj.children if p.lower_ == "of" for g in p.children)]
        for noun in nouns:
            mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
            if noun.lemma_.lower() in words or not mods.isdisjoint(words):
                return obj
    return None


def _threatening(found: Found, ctx: Context) -> Token | None:
    """The verb (or noun) of threatening whose infinitive states ``found``
    ("threatened to impose a curfew", "the threat to invade"), if any."""
    tok = found.anchor or found.trigger
    if tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    # (or an infinitive hung as an adverbial clause: "threatened on Sunday to close")
    infinitive = tok.dep_ in ("xcomp", "acl") or delayed_infinitive(tok.head, tok)
    if infinitive and tok.head.lemma_.lower() in ctx.lexicon.words("threat_verbs"):
        return tok.head
    return armed_for(tok, ctx)


def armed_for(tok: Token, ctx: Context) -> Token | None:
    """The verb of arming whose weapons the infinitive ``tok`` says are for an act
    ("developed drones to attack Israel"; ``arming_verbs``, the ``arms`` class)."""
    arms = ctx.lexicon.classes.get("arms", frozenset())
    return syntax.armed_for(tok, arms, ctx.lexicon.words("arming_verbs"))


def armed_threats(tok: Token, ctx: Context) -> Iterator[Found]:
    """Arming oneself with weapons "to use against" someone threatens them: "a
    militant group claims to be building weapons to use against the United States"."""
    if tok.lemma_.lower() not in ctx.lexicon.words("using_verbs"):
        return
    verb = armed_for(tok, ctx)
    if verb is None:
        return
    sources = ctx.refs(syntax.subjects(verb, ctx.object_control), "agent")
    targets = ctx.refs(syntax.prep_objects(tok, "against"), "patient")
    for src in sources:
        for tgt in targets:
            if tgt.actor.id != src.actor.id:
                yield Found("threatens", src, tgt, verb, "threat")


def ultimatums(found: Found, stance: Stance, ctx: Context) -> Iterator[Found]:
    """An intent made conditional on someone else's act is a threat to them:
    "Nigeria will withdraw its force from Chad unless Oueddei arranges a ceasefire"."""
    if found.relation == "threatens" or not (stance.intent or stance.modality == "future"):
        return
    for cond in syntax.conditions(found.trigger, ("unless",)):
        targets = ctx.refs(syntax.subjects(cond, ctx.object_control), "patient") or [found.target]
        for target in targets:
            if target.actor.id != found.source.actor.id:
                yield Found("threatens", found.source, target, found.trigger, "threat")


def charges(found: Found, stance: Stance, ctx: Context) -> Iterator[Found]:
    """Claiming that someone did violence or coercion accuses them: "the US claimed
    that ISIL had attacked Iraq" (the US accuses ISIL)."""
    speech, reporter = stance.speech, stance.reporter
    if alleged(found, stance, ctx.lexicon) and speech is not None and reporter is not None:
        yield Found("accuses", reporter, found.source, speech, "implied")


def alleged(found: Found, stance: Stance, lex: Lexicon) -> bool:
    """Whether ``found`` is an act of violence or coercion that a speaker other than
    its doer claims or alleges ("the US claimed that ISIL had attacked Iraq"): a
    charge. Event coders code the accusation, not the alleged act."""
    if found.relation not in lex.words("accused_relations") or stance.modality != "reported":
        return False
    speech, reporter = stance.speech, stance.reporter
    if (
        speech is None
        or reporter is None
        or speech.lemma_.lower() not in lex.words("accusing_speech")
    ):
        return False
    return reporter.actor.id != found.source.actor.id


def advocacy(found: Found, stance: Stance, ctx: Context) -> Iterator[Found]:
    """Urging others to back someone endorses them: "Egypt called on Arab states to
    support the Palestinian Authority" (Egypt supports it). The urged act itself
    stays what was urged, hypothetical."""
    lex = ctx.lexicon
    if found.relation not in lex.words("advocated_relations"):
        return
    if stance.modality != "hypothetical" or stance.negated:
        return
    tok = found.anchor or found.trigger
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in lex.words("advocacy_verbs"):
        return
    verb = tok.head
    for src in ctx.refs(syntax.subjects(verb, ctx.object_control), "agent"):
        if src.actor.id != found.target.actor.id:
            yield Found(found.relation, src, found.target, verb, "implied")


def obligations(tok: Token, ctx: Context) -> Iterator[Found]:
    """What a speaker says another must do is a demand on them: "Russia said that
    Sudan must return the helicopter", "the forum concluded that the US should pay"."""
    if tok.lower_ not in ctx.lexicon.words("obligation_aux"):
        return
    if tok.lower_ in ("has", "have", "had") or tok.dep_ != "aux":
        # "Sudan has to return ...": "has" heads the clause, its infinitive carries
        # "to"; the "has" of a perfect ("Kenya has given asylum to ...") is no obligation.
        # So do "needs to" and, as the parser may make it, "ought to" ("Israel ought to
        # withdraw").
        if tok.dep_ == "aux" or not any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in tok.children
        ):
            return
        clause = tok
    else:
        clause = tok.head
    if clause.dep_ != "ccomp":
        return
    speech = clause.head
    lemma = speech.lemma_.lower()
    if lemma not in ctx.lexicon.words("report_verbs") and lemma not in {
        "conclude",
        "decide",
        "rule",
    }:
        return
    # A newspaper's word on what another must do is its comment, no demand ("the
    # Lebanese newspaper Al-Akhbar said Israel must withdraw"). Not a state's
    # spokesman, who speaks for it.
    media = ctx.resolver.words.media
    subjects = [
        s
        for s in syntax.subjects(speech, ctx.object_control)
        if s.lemma_.lower() not in media and s.i not in ctx.resolver.actors.things
    ]
    speakers = ctx.refs(subjects, "agent")
    # What a people "had to" or "have to" do is their plight ("the UN said thousands
    # of Syrians had to flee their homes"), not a demand on anyone.
    obliged = [
        r
        for r in ctx.refs(syntax.subjects(clause, ctx.object_control), "patient")
        if r.sector != "people"
    ]
    # "X and Y argued they should ...": speakers who oblige themselves demand
    # nothing of each other.
    selves = {s.actor.id for s in speakers}
    for src in speakers:
        for tgt in obliged:
            # A person's word on what their own country should do is a view
            # ("Blankenship argued the US should lead"; filters.stance_at_home).
            if tgt.actor.id not in selves and not stance_at_home(
                speech, tgt, [src], ctx, said=True
            ):
                yield Found("demands", src, tgt, speech, "implied")


def ruled_out(tok: Token, ctx: Context) -> Iterator[Found]:
    """Saying that an act is out of the question rejects it, towards whom the act
    concerns: "US officials said lifting the sanctions on Burma is out of the
    question" (the US rejects Burma's demand), "Talks with Kyiv are off the table,
    the Kremlin said". ``tok`` is the idiom's last word ("question", "table")."""
    doc = tok.doc
    for phrase in ctx.lexicon.words("ruling_out"):
        words = phrase.split()
        first = tok.i - len(words) + 1
        if words[-1] != tok.lower_ or first < 0:
            continue
        if [t.lower_ for t in doc[first : tok.i + 1]] != words:
            continue
        # The copula whose predicate the idiom is.
        verb = tok
        for _ in range(4):
            if verb.pos_ in ("AUX", "VERB") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.lower() not in ("be", "remain", "stay"):
            return
        negators = [c for c in verb.children if c.dep_ == "neg"]
        if words[0] not in ("not", "no") and negators:
            # "is not out of the question": the act is possible, not ruled out.
            return
        acts = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")]
        if not acts or verb.dep_ != "ccomp":
            return
        speech = verb.head
        if speech.lemma_.lower() not in ctx.lexicon.words("report_verbs"):
            return
        speakers = ctx.refs(syntax.subjects(speech, ctx.object_control), "agent")
        selves = {s.actor.id for s in speakers}
        concerned = ctx.refs([t for a in acts for t in a.subtree], "patient")
        for src in speakers:
            for tgt in concerned:
                if tgt.actor.id not in selves:
                    yield Found("rejects", src, tgt, speech, "implied")
        return


def implied_accusations(found: Found, ctx: Context) -> Iterator[Found]:
    """Denying "X's accusations" implies X accused the denier."""
    if found.relation != "denies" or found.rule != "verb":
        return
    verb = found.trigger
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in ctx.lexicon.classes["accusation"]:
            yield Found(
                "accuses",
                found.target,
                found.source,
                obj,
                "implied",
                modality="reported",
                negated=False,
                reporter=found.source,
            )
            return


def link_denials(mentions: Iterable[Mention]) -> list[Mention]:
    """Point each denial at the closest accusation it answers (same doc)."""
    items = list(mentions)
    accusations = [m for m in items if m.relation == "accuses"]
    out: list[Mention] = []
    for m in items:
        if m.relation == "denies" and m.denies is None:
            answers = [
                a
                for a in accusations
                if a.source.id == m.target.id and a.target.id == m.source.id and a.doc == m.doc
            ]
            if answers:
                # Prefer an accusation stated outright, then the closest one before.
                best = min(
                    answers,
                    key=lambda a: (
                        a.extra.get("rule") == "implied",
                        a.start > m.start,
                        abs(m.start - a.start),
                    ),
                )
                m = replace(m, denies=best.id)
        out.append(m)
    return out


# Dependencies by which a clause says what another act is for or how it is done.
PURPOSE_DEPS = ("advcl", "xcomp", "pcomp", "prep", "acl")


def protest_demands(found: Iterable[Found]) -> set[int]:
    """Token positions of demands that are what a protest asks for, not acts of
    their own: "demonstrated in Kirkuk, calling for independence", "blocked roads
    to press their demands", "joined the rally in demanding a referendum"."""
    items = list(found)
    protests = {f.trigger.i for f in items if f.relation == "protestsAgainst"}
    out: set[int] = set()
    if not protests:
        return out
    for f in items:
        if f.relation != "demands":
            continue
        tok = f.trigger
        for _ in range(4):
            if tok.dep_ not in PURPOSE_DEPS or tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.i in protests:
                out.add(f.trigger.i)
                break
    return out


def promises_of_acts(
    found: Iterable[Found], exchange_nouns: frozenset[str], promising: frozenset[str]
) -> set[tuple[int, str, str]]:
    """Agreements (trigger position, source id, target id) that only introduce the
    act agreed to: "pledged to send aid to Haiti" states one event, the intent to aid
    (CAMEO 033), not an agreement (030) beside it. ``found`` holds the findings that
    code as events; the act must be one of them, with the same two sides, or with the
    same source when the promise took its target from the act's own clause ("vowed to
    return the Golan Heights to Syria": the territory is what the act is about, not a
    party agreed with). A vow not to act ("vowed not to return the Golan Heights",
    "vowed never to renounce force over Taiwan") is a refusal of the act, coded there
    if at all: no agreement with anyone the act's clause names. A noun promised by a
    verb of ``promising`` is the act as an infinitive is ("vowed support for
    Azerbaijan", "pledged aid to Haiti": the support, the aid)."""
    items = list(found)
    acts = {
        (f.trigger.i, f.source.actor.id, f.target.actor.id)
        for f in items
        if f.relation != "agreesWith"
    }
    acts_by = {(i, source) for i, source, _ in acts}
    out: set[tuple[int, str, str]] = set()
    for f in items:
        if f.relation != "agreesWith":
            continue
        key = (f.trigger.i, f.source.actor.id, f.target.actor.id)
        if _in_exchange(f, exchange_nouns):
            # "agreed to free prisoners in exchange for aid from Japan": who gives the
            # price is a party agreed with, beside the act.
            continue
        for verb in f.trigger.children:
            # ("vowed it would not extradite him": a "would" clause promised is the act
            # as an infinitive is; see NounHosts.promised_clause.)
            would = verb.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ == "would" for c in verb.children
            )
            if verb.dep_ != "xcomp" and not would:
                continue
            inside = verb.left_edge.i <= f.target.token <= verb.right_edge.i
            if inside and any(c.dep_ == "neg" for c in verb.children):
                out.add(key)
            # The act is the verb agreed to or its noun ("agreed to resume talks").
            for act in (verb, *verb.conjuncts, *syntax.direct_objects(verb)):
                if (act.i, f.source.actor.id, f.target.actor.id) in acts or (
                    inside and (act.i, f.source.actor.id) in acts_by
                ):
                    out.add(key)
        if f.trigger.lemma_.lower() in promising and any(
            (act.i, f.source.actor.id, f.target.actor.id) in acts
            for act in syntax.direct_objects(f.trigger)
        ):
            out.add(key)
    return out


def _in_exchange(f: Found, nouns: frozenset[str]) -> bool:
    """The agreement's other side was read from its "in exchange for" phrase."""
    return any(
        p.left_edge.i <= f.target.token <= p.right_edge.i
        for p in slots.exchange_phrases(f.trigger, nouns)
    )
