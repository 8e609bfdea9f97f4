"""Where a phrase says something is or happens: place prepositions ("in Kabul",
"near Rafah"), the place phrases of an act, and a place a thing of the phrase is
in. Read off the parse, as :mod:`.syntax` is."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .syntax import prep_objects

# Nouns of a state's edge: what lies across one is the state it faces.
BORDERS = frozenset({"border", "frontier", "boundary"})

# "around" as "near": "shelled villages around Djakovica", "fighting around Grozny".
LOCUS_PREPS = ("in", "at", "outside", "near", "around", "across", "throughout", "inside", "into")
# Where the act itself happens may also be "off" a coast, at sea: "attacked an oil
# platform off the Iranian coast" (the coast's state). Only the verb's own phrase: a
# noun's ("examined reefs off the coast of Fiji") says where a thing is, not who acts.
# Or "through" a place the act goes through: "marched through Beirut", "rampaged
# through the streets of Dhaka".
ACT_PREPS = (*LOCUS_PREPS, "off", "through")

# Compass words that, with "of", say where something is: "killed 17 villagers south
# of Algiers", "20 km east of Baghdad" (wire leads place an act by the nearest city).
COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def left(verb: Token) -> list[Token]:
    """The place one is sent from: "expelled from Pakistan", "ordered out of Britain"."""
    outs = [c for c in verb.children if c.lower_ == "out"]
    return prep_objects(verb, "from") + [o for c in outs for o in prep_objects(c, "of")]


def _off_compass(tok: Token) -> bool:
    """``tok`` is the "of" object of a compass word ("south of Algiers")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in COMPASS


def in_place_phrase(tok: Token) -> bool:
    """``tok`` is named as where something is or happens ("in Kabul", "near Rafah")."""
    return (tok.dep_ == "pobj" and tok.head.lower_ in LOCUS_PREPS) or _off_compass(tok)


# Prepositions of where a thing or person is ("a wall along the border", "dissidents
# in nations including Denmark").
WHERE_PREPS = ("in", "along", "near", "across", "throughout", "inside", "outside", "around")
# ... and where a thing stands on a border ("a wall on the border").
BORDER_PLACE_PREPS = (*WHERE_PREPS, "on", "at")


def within(tok: Token, inside: set[int]) -> Iterator[Token]:
    """``tok`` and its ancestors, as long as they are in the argument phrase
    ``inside`` (token positions)."""
    for node in (tok, *tok.ancestors):
        if node.i not in inside:
            return
        yield node


def placed_where(tok: Token, inside: set[int], works: frozenset[str] = frozenset()) -> bool:
    """``tok`` is in a phrase saying where a noun of the argument phrase is ("funding
    for a wall along the border with Mexico", "plots against dissidents in nations
    including Denmark"): a place the act's real object is in, not whom it is done
    to. (Only found by ``nearby``: a noun the grammar resolves, "targets in Jericho",
    keeps its place.)"""
    for node in within(tok, inside):
        head = node.head
        if (
            node.dep_ == "pobj"
            and node.lemma_.lower() in BORDERS
            and head.lower_ in BORDER_PLACE_PREPS
            and head.head.lemma_.lower() in works
            and head.head.i in inside
        ):
            # "funded a wall on the U.S.-Mexican border", "built a fence along the
            # Serbian border": a work built on a border stands on one's own side of
            # it, even as the verb's own object; the state across it is not acted on
            # (``works``: "shelled villages along the Lebanese border" are across it).
            return True
        if (
            node.dep_ == "pobj"
            and head.lower_ in WHERE_PREPS
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i in inside
            # A verb's own object placed somewhere is put there ("deployed
            # peacekeepers in Lebanon"): that place is the act's.
            and head.head.dep_ != "dobj"
        ):
            return True
    return False


def locus(tok: Token) -> list[Token]:
    """Where an act happens: "demonstrated in Kirkuk", "a curfew in the town of Cizre"."""
    out: list[Token] = []
    for word in ACT_PREPS if tok.pos_ in ("VERB", "AUX") else LOCUS_PREPS:
        out.extend(prep_objects(tok, word))
    return out + off_compass(tok)


def off_compass(tok: Token) -> list[Token]:
    """Places a compass word of ``tok`` names: "killed ... south of Algiers"."""
    return [
        o
        for child in tok.children
        if child.lower_ in COMPASS and child.dep_ in ("advmod", "npadvmod", "prep")
        for o in prep_objects(child, "of")
    ]
