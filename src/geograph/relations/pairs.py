"""Relations between two actors named around a relation noun.

"Iranian-Azerbaijani relations remain strained", "tension between Israel and
Iran", "Israel's ties with Azerbaijan have grown", "the two countries' alliance".
Tension nouns state hasTensionWith by themselves and alliance nouns alliedWith;
a neutral noun ("relations", "ties") takes its sense from what is said of it:
its predicate ("remain strained", "have grown"), an adjective ("close ties"), or
the verb it is the object of ("severed ties with").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from . import syntax
from .base import Context, Found
from .refs import Ref

MODS = ("amod", "compound", "poss", "nmod")
PAST_MARKERS = {"once", "formerly", "previously", "erstwhile"}


def _members(noun: Token, ctx: Context, *, host_side: bool) -> list[Ref]:
    """Actors the noun relates: its modifiers, "with X", "between X and Y"."""
    refs: list[Ref] = []

    def add(found: list[Ref]) -> None:
        for ref in found:
            if ref.token != noun.i and all(r.actor.id != ref.actor.id for r in refs):
                refs.append(ref)

    mods = [c for c in noun.children if c.dep_ in MODS]
    # "Iranian-Azerbaijani": the first demonym hangs under the second.
    for mod in list(mods):
        mods.extend(g for g in mod.children if g.dep_ in MODS)
    for mod in sorted(mods, key=lambda t: t.i):
        add(ctx.resolver.refs(mod, "patient"))
    host = syntax.governing_clause(noun)
    for word in ("with", "between", "among", "to"):
        tokens = syntax.prep_objects(noun, word)
        if not tokens and host is not None:
            tokens = syntax.prep_objects(host, word)
        add(ctx.refs(tokens, "patient"))
    named = len(refs) == 1 and refs[0].actor.type == "IGO" and refs[0].token in {m.i for m in mods}
    if len(refs) == 1 and host is not None and host_side and not named:
        # "Israel strengthened ties with Azerbaijan": the verb's subject is one side
        # (of a relationship it acts on; whoever "addressed the conflict" is no party).
        # An organisation naming the noun is the alliance itself ("Russia warned the
        # NATO alliance"), not its other side.
        subj = ctx.refs(syntax.subjects(host, ctx.object_control), "agent")
        refs = subj[:1] + refs if subj and subj[0].actor.id != refs[0].actor.id else refs
    return refs


def _polarity(noun: Token, ctx: Context) -> int:
    """+1 for a good relation, -1 for a bad one, 0 when nothing is said."""
    positive = ctx.lexicon.words("positive")
    negative = ctx.lexicon.words("negative")

    def sense(tok: Token) -> int:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if lemma in negative or lower in negative:
            return -1
        if lemma in positive or lower in positive:
            return 1
        return 0

    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") or (
        noun.dep_ in ("dobj", "pobj") and head.pos_ == "VERB"
    ):
        if sense(head):
            return sense(head)
        for child in head.children:
            if child.dep_ in ("acomp", "oprd", "xcomp", "attr") and sense(child):
                return sense(child)
    # What happens to the relation outranks how it is described ("once-strong ties soured").
    for child in noun.children:
        if child.dep_ == "amod" and sense(child):
            # "once-strong ties", "formerly close relations": no longer so.
            if any(g.lower_ in PAST_MARKERS for g in child.children):
                return 0
            return sense(child)
    return 0


def _acts_on_ties(noun: Token, ctx: Context) -> bool:
    """A relation noun whose verb changes it ("severed ties with"), not a conflict
    someone merely talks about."""
    return noun.lemma_.lower() in ctx.lexicon.words("relation_nouns")


def find(noun: Token, ctx: Context) -> Iterator[Found]:
    """Symmetric relations named by the relation noun ``noun``."""
    lemma = noun.lemma_.lower()
    words = ctx.lexicon.words
    if lemma in words("tension_nouns") or noun.lower_ in words("tension_nouns"):
        relation = "hasTensionWith"
    elif lemma in words("alliance_nouns"):
        relation = "alliedWith"
    elif lemma in words("relation_nouns") or noun.lower_ in words("relation_nouns"):
        polarity = _polarity(noun, ctx)
        if polarity == 0:
            return
        relation = "hasTensionWith" if polarity < 0 else "cooperatesWith"
    else:
        return
    head = noun.head
    if (
        relation != "cooperatesWith"
        and noun.dep_ in ("dobj", "obj")
        and syntax.in_class(head, ctx.lexicon.classes.get("relinquishing", frozenset()))
    ):
        # "renounced its alliance with Moscow", "gave up its claim dispute with Ghana":
        # the state ends. (What a verb does to plain ties is read as their polarity.)
        return
    members = _members(
        noun, ctx, host_side=relation != "hasTensionWith" or _acts_on_ties(noun, ctx)
    )
    # The verb that says what happens to the relation carries its modality: "refused
    # to break off relations with Iran" states no tension, "will sever ties" a future one.
    anchor = (
        head
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX")
        else None
    )
    first = _hub(noun)
    hub = {m.actor.id for m in members if first is not None and m.token == first.i}
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if hub and not hub & {a.actor.id, b.actor.id}:
                continue
            yield Found(relation, a, b, noun, "pair", anchor=anchor)


def _hub(noun: Token) -> Token | None:
    """The one side of "relations between Israel and the UAE and Bahrain": with
    "and" before each of the others (no list commas), the first is related to each
    of them, not they to each other (unlike "between Egypt, Sudan and Ethiopia")."""
    for first in syntax.prep_objects(noun, "between"):
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
            continue
        if any(c.dep_ == "punct" and c.text == "," for c in first.children):
            continue
        for second in (c for c in first.children if c.dep_ == "conj"):
            if any(c.dep_ == "conj" for c in second.children) and any(
                c.dep_ == "cc" and c.lower_ == "and" for c in second.children
            ):
                return first
    return None
