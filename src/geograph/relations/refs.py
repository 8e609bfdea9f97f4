"""An actor as the argument of a relation (:class:`Ref`), and the word sets and
weights the readers of arguments share (:mod:`.arguments`, :mod:`.groups`,
:mod:`.antecedents`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actor_spans import ActorSpan
from ..model import Actor

PERSONAL = {"he", "him", "his", "she", "her", "hers"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
RELATIVE = {"which", "who", "whom", "that", "whose"}
FIRST_PLURAL = {"we", "us", "our", "ours"}
PLACE_PREPS = {
    "of", "in", "near", "around", "at", "outside", "inside", "across", "throughout", "with", "to",
    "for", "against",
}  # fmt: skip
BORDER_HEADS = {"border", "borders", "frontier", "boundary", "line"}
NON_PERSON = {
    "State", "Territory", "IGO", "Agency", "Military", "Company", "ArmedGroup", "Organization",
}  # fmt: skip
# Sectors of a state's non-government side, which acts on its own government.
DOMESTIC_SECTORS = ("rebel", "people")
MODIFIER_DEPS = {"poss", "amod", "compound", "nmod", "npadvmod"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# How much a way of finding an actor is worth, as a factor on confidence.
WEIGHT_NAME = 1.0
WEIGHT_INSTITUTION = 0.95
WEIGHT_MODIFIER = 0.8
WEIGHT_PRONOUN = 0.7

# Sectors of a state that, said of an IGO, are the IGO itself.
IGO_STAFF = ("government", "people")


# Envoys a state posts to a body: "Iraq's U.N. ambassador" speaks for Iraq, not also
# for the United Nations.
ENVOY_HEADS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation"})


@dataclass(frozen=True, slots=True)
class Ref:
    """An actor as one argument of a relation."""

    actor: Actor
    sector: str | None
    token: int
    weight: float
    # The person named, when the actor is the state or body that person acts for.
    via: Actor | None = None


# Sectors of a state's people that stand apart from its organs: "government troops
# and Tamil rebels" are two sides of one state, not one actor named twice.
PEOPLE_SECTORS = frozenset({"people", "rebel", "opposition"})


def same_side(a: Ref, b: Ref) -> bool:
    """Whether two refs name one side: the same actor, unless one is a state's organ
    (or the state) and the other a group of its people."""
    if a.actor.id != b.actor.id:
        return False
    return (a.sector in PEOPLE_SECTORS) == (b.sector in PEOPLE_SECTORS)


def possessed_topic(tok: Token, span: ActorSpan | None) -> bool:
    """``tok`` is a compound naming a place or territory on a noun that has a
    possessor: what the possessor's thing is about or where it is ("its Kashmir
    policy", "Israel's Gaza policy"), not a second owner."""
    return (
        span is not None
        and tok.dep_ == "compound"
        and (span.kind == "place" or span.actor.type == "Territory")
        and any(c.dep_ == "poss" for c in tok.head.children)
    )


# Verbs whose "by" agent wrote, put forward or brokered a text or deal ("a resolution
# drafted by Egypt", "a ceasefire brokered by Russia", "a plan put forward by Portugal").
AUTHORING = frozenset({
    "draft", "table", "sponsor", "propose", "submit", "introduce", "author", "offer",
    "broker", "mediate", "suggest", "present", "float", "unveil", "draw up", "put forward",
})  # fmt: skip


def authoring(verb: Token) -> bool:
    """``verb`` (with its particle: "drawn up", "put forward") says who authored a text."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return verb.lemma_ in AUTHORING or f"{verb.lemma_} {particle}" in AUTHORING
