"""What the words around a name spaCy's NER found say it names.

Kept apart from :mod:`geograph.linker` (already long): small readings of a name's
phrase that tell a thing from an actor, or complete a name the text shortens.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from .actors import ActorWords

if TYPE_CHECKING:
    from .linker import ActorSpan

# Dependencies by which a noun describes the name it hangs on, or the name the noun.
_MODIFIERS = ("amod", "compound", "nmod", "appos")


def names_thing(name: Span, words: ActorWords) -> bool:
    """Whether a noun of the name's phrase says it names a thing, not someone who
    acts: a medium ("Greek daily Kathimerini said", "the newspaper Hurriyet"), a
    building ("Hagia Sophia, formerly a church"), a shop or plant ("a Walmart
    store"), or a text ("the AfCFTA agreement"). Only nouns the name's own phrase
    gives count; a verb's object ("sued the newspaper") is another phrase."""
    things = words.things
    root = name.root
    head = root.head

    def thing(word: str) -> bool:
        return word in things or word in words.instruments

    # "a Walmart store", "the AfCFTA agreement": the name modifies the noun; "the
    # newspaper Hurriyet": the name stands in apposition to it.
    if head.i != root.i and root.dep_ in _MODIFIERS and thing(head.lemma_.lower()):
        return True
    for child in root.children:
        if child.i in range(name.start, name.end):
            continue
        # "daily Kathimerini" (before the name), "Hagia Sophia, a church and now a
        # museum" (in apposition, with what it is coordinated with).
        if (
            child.dep_ in ("amod", "compound", "nmod")
            and child.i < name.start
            and child.lower_ in things
        ):
            return True
        if child.dep_ == "appos":
            nouns = [child, *(c for c in child.children if c.dep_ == "conj")]
            if any(n.lemma_.lower() in things for n in nouns):
                return True
    return False


def begun_name(doc: Doc, i: int, spans: Iterable[ActorSpan] = ()) -> Span | None:
    """The one longer name earlier in the doc that the lone name at ``i`` shortens:
    news names a person or a thing in full once, then may shorten it to its first
    word ("Osama bin Laden ... Osama was killed", "Iranian airline Mahan Air ...
    Mahan had contributed"), a body (an organisation NER found, or a gazetteer
    body among ``spans``) to its head noun ("the House of Representatives ... the
    House"). None when no such name, or when several different ones do (whom it
    names, the word alone does not say)."""
    word = doc[i].text
    bodies = (
        doc[s.start : s.end]
        for s in spans
        if s.kind == "name" and s.actor.type not in ("State", "Territory", "Person")
    )
    found: dict[str, Span] = {}
    for span, body in (*((e, e.label_ == "ORG") for e in doc.ents), *((b, True) for b in bodies)):
        if (
            span.end <= i
            and len(span) > 1
            and (span[0].text == word or (body and span.root.text == word))
        ):
            # (One name met as NER's "The European Commission" and as the
            # gazetteer's "European Commission" is one name.)
            found[" ".join(t.text for t in span if t.pos_ != "DET")] = span
    return next(iter(found.values())) if len(found) == 1 else None


def shared_surname(doc: Doc, start: int, end: int) -> str | None:
    """The full name of a lone given name listed before a two-word name ("David and
    Louise Turpin", "Barack and Michelle Obama"): the two share the surname.
    None for any other name."""
    if end != start + 1 or end + 2 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return None
    other = next((e for e in doc.ents if e.start == end + 1), None)
    if other is None or other.label_ != "PERSON" or len(other) != 2:
        return None
    return f"{doc[start].text} {other[-1].text}"


def thing_tokens(doc: Doc, actors: Container[int], words: ActorWords) -> set[int]:
    """Tokens of no actor (not in ``actors``) that name a thing: a proper noun a
    medium, building or shop noun describes ("Greek daily Kathimerini", "the Saint
    Sophia, a cathedral"), whatever NER made of it. (A medium's noun itself, "the
    Iranian newspaper", may stand for its state's media, as CAMEO codes them.)"""
    return {
        t.i
        for t in doc
        if t.i not in actors and t.pos_ == "PROPN" and names_thing(doc[t.i : t.i + 1], words)
    }


# Quotation marks around a nickname inside a name.
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def nicknamed(doc: Doc, start: int) -> tuple[str, int] | None:
    """A name with a nickname in quotes ('Matiu "Matt" Ratana', 'Karim "Kiki"
    Hassan'), which NER often cuts in two or takes for an organisation: the name
    without the nickname ("Matiu Ratana") and where its surname ends. None for any
    other words."""

    def capital(i: int) -> bool:
        return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()

    i = start
    while capital(i):
        i += 1
    if i == start or i >= len(doc) or doc[i].text not in _QUOTES:
        return None
    j = i + 1
    while j < len(doc) and j - i <= 4 and doc[j].text not in _QUOTES:
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].text not in _QUOTES:
        return None
    k = j + 1
    while capital(k) and doc[k].pos_ == "PROPN":
        k += 1
    if k == j + 1:
        return None
    return " ".join(t.text for t in (*doc[start:i], *doc[j + 1 : k])), k


def regional(doc: Doc, start: int, words: ActorWords) -> bool:
    """Whether the demonym at ``start`` follows a region word and so names a region
    ("the South American group", "Eastern European states"), not a state; or is
    "Indian" after a people's own name ("Miskito Indian rebels", "Mayan Indians"),
    a native people of the Americas, not India's."""
    if start == 0 or not doc[start - 1].text[:1].isupper():
        return False
    before = doc[start - 1]
    if before.lower_ in words.regions:
        return True
    return doc[start].lower_ in words.native_peoples and before.pos_ == "PROPN"
