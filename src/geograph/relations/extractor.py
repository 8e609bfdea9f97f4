"""The relation extractor: runs every rule family over a parsed doc and turns
what they find into :class:`~geograph.model.Mention` records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..actors import ActorWords
from ..linker import DocActors
from ..model import Actor, Mention
from ..ontology import RelationSpec
from . import inference, nominal, pairs, verbal
from .arguments import Resolver
from .background import BackgroundReader
from .base import Context, Found
from .dated import DatedReader
from .lexicon import Lexicon
from .modality import ModalityReader
from .petrarch import PetrarchCoding, add_other_sides
from .refs import Ref
from .stance import Stance

VERB_POS = ("VERB",)
VIOLENT = ("attacks", "assaults")
NOUN_POS = ("NOUN", "PROPN")


@dataclass(frozen=True, slots=True)
class Extractor:
    """Rule-based relation extraction over spaCy docs with linked actors."""

    lexicon: Lexicon
    words: ActorWords
    specs: dict[str, RelationSpec]
    state: Callable[[str | None], Actor | None] = lambda _: None
    # How stated plans are coded: "codebook" (CAMEO 03x intent) or "petrarch" (the act).
    coding: str = "codebook"
    # Derived once from the lexicon: nouns that name a relation between two actors,
    # and the string ids of every word a rule family may start from.
    pair_nouns: frozenset[str] = field(init=False)
    start_ids: numpy.ndarray = field(init=False)
    background: BackgroundReader = field(init=False)
    dated: DatedReader = field(init=False)
    credits: frozenset[str] = field(init=False)
    appeals: frozenset[str] = field(init=False)
    # The petrarch coding's conventions, when that coding is chosen.
    petrarch: PetrarchCoding | None = field(init=False)

    def __post_init__(self) -> None:
        lex = self.lexicon
        pair_nouns = (
            lex.words("tension_nouns") | lex.words("relation_nouns") | lex.words("alliance_nouns")
        )
        words = set(lex.verbs) | set(lex.nouns) | pair_nouns | lex.words("obligation_aux")
        # The last word of an idiom of ruling out ("out of the question").
        words |= {phrase.split()[-1] for phrase in lex.words("ruling_out")}
        forms = {w for word in words for w in (word, word.capitalize())}
        ids = numpy.array(sorted(get_string_id(w) for w in forms), dtype="uint64")
        object.__setattr__(self, "pair_nouns", pair_nouns)
        object.__setattr__(self, "start_ids", ids)
        object.__setattr__(self, "background", BackgroundReader(lex))
        object.__setattr__(self, "dated", DatedReader(lex))
        object.__setattr__(self, "credits", lex.words("caption_credits"))
        object.__setattr__(self, "appeals", lex.classes.get("appeal_words", frozenset()))
        petrarch = PetrarchCoding(lex, self.specs) if self.coding == "petrarch" else None
        object.__setattr__(self, "petrarch", petrarch)

    def found(
        self, doc: Doc, actors: DocActors, resolver: Resolver | None = None
    ) -> Iterator[tuple[Found, Stance]]:
        """Every relation the rules find in ``doc``, with its stance."""
        resolver = resolver or Resolver(doc, actors, self.words, self.state)
        ctx = Context(self.lexicon, resolver, self.lexicon.words("object_control"), self.state)
        reader = ModalityReader(self.lexicon, resolver)
        verbs, nouns, pair_nouns = self.lexicon.verbs, self.lexicon.nouns, self.pair_nouns
        if not actors.spans:
            return
        for i in self._candidates(doc):
            named = actors.by_token.get(i)
            if named is not None and named.kind == "name" and named.end - named.start > 1:
                # A word of a known actor's multi-word name ("the Democratic
                # Alliance", "the Bolivarian Alliance ...") names the actor, not a relation.
                continue
            tok = doc[i]
            lemma = tok.lemma_.lower()
            families: list[Callable[..., Iterator[Found]]] = []
            if lemma in verbs and (tok.pos_ in VERB_POS or _used_as_verb(tok)):
                families.append(verbal.find)
            elif tok.pos_ in NOUN_POS and (lemma in nouns or tok.lower_ in nouns):
                families.append(nominal.find)
            if tok.pos_ in NOUN_POS and (lemma in pair_nouns or tok.lower_ in pair_nouns):
                families.append(pairs.find)
            for family in families:
                for item in family(tok, ctx):
                    stance = reader.read(item.anchor or item.trigger)
                    if item.refused_only and not stance.refusal:
                        continue
                    if item.rule == "noun" and item.anchor is not None:
                        stance = reader.offered(stance, item.anchor, item.trigger)
                    if stance.preparing and item.relation in VIOLENT and not stance.negated:
                        # Forces getting ready to strike mobilize; the strike itself
                        # has not happened and is not yet a stated threat.
                        yield (
                            replace(item, relation="mobilizesAgainst", modality="asserted"),
                            stance,
                        )
                        stance = replace(stance, intent=False, modality="hypothetical")
                    ultimatums = list(inference.ultimatums(item, stance, ctx))
                    if ultimatums:
                        # "will withdraw unless ...": the act is a condition; the
                        # threat is what was done.
                        stance = replace(stance, intent=False, modality="hypothetical")
                    yield item, stance
                    for extra in inference.threats(item, stance, ctx):
                        yield extra, reader.read(extra.trigger)
                    for extra in inference.implied_accusations(item, ctx):
                        yield extra, stance
                    for extra in inference.advocacy(item, stance, ctx):
                        yield extra, reader.read(extra.trigger)
                    for extra in inference.charges(item, stance, ctx):
                        yield extra, reader.read(extra.trigger)
                    for extra in ultimatums:
                        yield extra, reader.read(extra.trigger)
            if tok.dep_ in ("aux", "ccomp"):
                for item in inference.obligations(tok, ctx):
                    yield item, reader.read(item.trigger)
            if tok.pos_ == "NOUN":
                for item in inference.ruled_out(tok, ctx):
                    yield item, reader.read(item.trigger)
            if tok.dep_ in ("relcl", "acl", "advcl", "xcomp"):
                for item in inference.armed_threats(tok, ctx):
                    yield item, reader.read(item.trigger)

    def _named(self, item: Found) -> str:
        """The relation ``item`` is output as: a demand worded as a request or an
        appeal ("urged", "called on", "asked") is an appeal, CAMEO 02, not a demand,
        CAMEO 10. Named here, last, so that every rule about demands (what a protest
        asks for, what is conceded to) holds for appeals as well."""
        if item.relation == "demands" and item.trigger.lemma_.lower() in self.appeals:
            return "appealsTo"
        return item.relation

    def _geopolitical(self, ref: Ref) -> bool:
        """Whether ``ref`` is a state, a state body, an armed group or an IGO, or
        acts in an office (``data/actor_words.toml``, ``[geopolitical]``)."""
        types, sectors = self.words.geopolitical_types, self.words.geopolitical_sectors
        if not types and not sectors:
            return True
        return ref.actor.type in types or ref.sector in sectors

    def _private_at_a_place(self, item: Found, actors: DocActors) -> bool:
        """Whether one side is a private person or organisation and the other is a
        state named only by a town or region: "Cengiz traveled to New York", "a
        contributor visiting Oulu" say where someone went, not a relation with the
        state (a state's own body, an armed group or an office holder still has one)."""
        src, tgt = item.source, item.target
        for private, other in ((src, tgt), (tgt, src)):
            if self._geopolitical(private) or not self._geopolitical(other):
                continue
            span = actors.at(item.trigger.doc[other.token])
            if span is not None and span.kind == "place" and other.sector in (None, "people"):
                return True
        return False

    @staticmethod
    def _own_rule(item: Found) -> bool:
        """Whether a leader or government "controls" its own state: "Mugabe ruled
        Zimbabwe for 37 years", "Putin has ruled Russia since 2000" say who governed,
        not that a territory was held by another (CAMEO 192 is occupation)."""
        src, tgt = item.source, item.target
        if item.relation != "controls" or tgt.actor.type != "State":
            return False
        if src.actor.type == "Person":
            return src.actor.country is not None and src.actor.country == tgt.actor.country
        return src.actor.id == tgt.actor.id and src.sector in (None, "government")

    def _caption(self, sent: Span) -> bool:
        """Whether ``sent`` is a picture's caption: it, or the sentence right after
        it, holds a credit line, a capitalised credit word and a colon before a
        capitalised name ("Image: The White House", "...AccordsImage: AP"), not
        "criticized the photo: Israel ..."."""
        doc = sent.doc
        end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        return any(self._credit(doc[i]) for i in range(sent.start, end - 2))

    def _credit(self, tok: Token) -> bool:
        if tok.nbor(1).text != ":" or not tok.nbor(2).text[:1].isupper():
            return False
        text = tok.text
        return any(text.endswith(w.capitalize()) or text == w.upper() for w in self.credits)

    def _candidates(self, doc: Doc) -> list[int]:
        """Positions of tokens any rule family may start from, found on the doc's
        arrays: building a Token object for every word costs more than the rules."""
        table = doc.to_array([LEMMA, LOWER])
        hit = numpy.isin(table[:, 0], self.start_ids) | numpy.isin(table[:, 1], self.start_ids)
        return [int(i) for i in numpy.flatnonzero(hit)]

    def _code(
        self, item: Found, stance: Stance, relation: str
    ) -> tuple[bool, str, str, str, bool] | None:
        """Negation, modality, CAMEO, PLOVER and whether ``item``, output as
        ``relation``, codes as an event."""
        spec = self.specs.get(relation)
        if spec is None:
            return None
        negated = stance.negated if item.negated is None else item.negated
        modality = item.modality or stance.modality
        if self.petrarch is not None:
            cameo, plover, event = self.petrarch.code(item, stance, spec, modality, negated)
        else:
            cameo, plover, event = spec.code(
                modality=modality,
                negated=negated,
                intent=stance.intent and item.modality is None,
                refusal=stance.refusal,
                coding=self.coding,
            )
        return negated, modality, cameo, plover, event

    def mentions(
        self,
        doc: Doc,
        actors: DocActors,
        *,
        doc_id: str,
        locate: Callable[[int, int], tuple[int, int]],
        original: str,
        day: date | None = None,
    ) -> list[Mention]:
        """Mentions for ``doc``; ``locate`` maps doc character offsets to the original
        text; ``day`` is when the document was written, if known (acts dated a year or
        more before it are history, no event)."""
        best: dict[tuple[str, str, str, int], Mention] = {}
        # Acts the petrarch coding codes both ways (PetrarchCoding.both_ways).
        two_way: set[tuple[str, str, str, int]] = set()
        sentence_cache: dict[int, tuple[int, int]] = {}
        captions: dict[int, bool] = {}
        resolver = Resolver(doc, actors, self.words, self.state)
        found = list(self.found(doc, actors, resolver))
        protest_demands = inference.protest_demands(item for item, _ in found)
        names = [self._named(item) for item, _ in found]
        codes = [
            self._code(item, stance, name)
            for (item, stance), name in zip(found, names, strict=True)
        ]
        promises = inference.promises_of_acts(
            (item for (item, _), code in zip(found, codes, strict=True) if code and code[4]),
            self.lexicon.words("exchange_nouns"),
            self.lexicon.classes.get("promising", frozenset()),
        )
        single = _one_event_each(found, codes)
        for n, ((item, stance), code) in enumerate(zip(found, codes, strict=True)):
            relation = names[n]
            spec = self.specs.get(relation)
            if spec is None or code is None or n not in single:
                continue
            if item.relation == "demands" and item.trigger.i in protest_demands:
                continue
            if (item.trigger.i, item.source.actor.id, item.target.actor.id) in promises:
                continue
            if not (self._geopolitical(item.source) or self._geopolitical(item.target)):
                # Two private people or organisations: not a geopolitical relation.
                continue
            if self._private_at_a_place(item, actors):
                continue
            if self._own_rule(item):
                continue
            sent = resolver.sentence(item.trigger.i)
            if sent.start not in captions:
                captions[sent.start] = self._caption(sent)
            if captions[sent.start]:
                continue
            if sent.start not in sentence_cache:
                sentence_cache[sent.start] = _locate_sentence(sent, locate)
            start, end = sentence_cache[sent.start]
            negated, modality, cameo, plover, event = code
            if event and (
                self.background.not_news(item, negated, modality)
                or self.dated.background(item.anchor or item.trigger, day)
                or inference.alleged(item, stance, self.lexicon)
            ):
                event = False
            reporter = item.reporter or stance.reporter
            confidence = round(item.confidence * (0.9 if modality == "reported" else 1.0), 3)
            src, tgt = item.source, item.target
            mention = Mention(
                doc=doc_id,
                relation=relation,
                source=src.actor,
                target=tgt.actor,
                sentence=original[start:end],
                start=start,
                end=end,
                negated=negated,
                modality=modality,
                confidence=confidence,
                event=event,
                cameo=cameo,
                plover=plover,
                trigger=item.trigger.text,
                source_sector=src.sector,
                target_sector=tgt.sector,
                reporter=reporter.actor if reporter else None,
                extra={"rule": item.rule},
            )
            ids = (src.actor.id, tgt.actor.id)
            if spec.symmetric:
                ids = (min(ids), max(ids))
            key = (relation, *ids, start)
            kept = best.get(key)
            if kept is None or _rank(mention) > _rank(kept):
                best[key] = mention
                two_way.discard(key)
                if self.petrarch is not None and self.petrarch.both_ways(
                    relation, item, stance, spec
                ):
                    two_way.add(key)
        add_other_sides(best, two_way)
        ordered = sorted(
            best.values(), key=lambda m: (m.start, m.relation, m.source.id, m.target.id)
        )
        return ordered


def _one_event_each(
    found: list[tuple[Found, Stance]], codes: list[tuple[bool, str, str, str, bool] | None]
) -> set[int]:
    """Positions in ``found`` to keep: one event per trigger word and pair of actors.

    Event coders code one event per verb: "Islamic State fighters seized parts of
    Iraq" is one act, not an attack (CAMEO 19x) and a coercion (17x) beside it.
    When one word's triggers code two events between the same source and target,
    the one kept is, in this order: the narrower reading of the word (a trigger
    whose particle or word class was met, "a strike by dockers" a protest, beats
    the plain word, "strike" an attack: :meth:`Trigger.sense`); the reading whose
    arguments the grammar stated outright (the higher confidence: a target read
    from a named slot beats one only found nearby); the trigger listed first in
    ``data/relations.toml`` (found first), so the file's order of triggers
    sharing a word is their last priority. States that are no event (control of
    territory, tension) are kept beside it.
    """
    best: dict[tuple[int, str, str], int] = {}
    keep: set[int] = set()
    for n, ((item, _), code) in enumerate(zip(found, codes, strict=True)):
        if code is None or not code[4]:
            keep.add(n)
            continue
        key = (item.trigger.i, item.source.actor.id, item.target.actor.id)
        kept = best.get(key)
        if kept is None or (item.sense, item.confidence) > (
            found[kept][0].sense,
            found[kept][0].confidence,
        ):
            best[key] = n
    return keep | set(best.values())


def _used_as_verb(tok: Token) -> bool:
    """A verb the tagger took for a noun ("declined to sanction Venezuela")."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("dobj", "nsubj", "auxpass") or (c.dep_ == "aux" and c.lower_ == "to")
        for c in tok.children
    )


def _rank(m: Mention) -> tuple[bool, bool, float]:
    # Within one sentence, an act coded as an event (done, or said to be done)
    # beats the same relation between the same actors hedged or denied by another
    # word ("arrested two activists and may detain more"): the graph keeps what
    # happened, not only its most confident wording.
    return (m.event, m.extra.get("rule") != "implied", m.confidence)


def _locate_sentence(sent: Span, locate: Callable[[int, int], tuple[int, int]]) -> tuple[int, int]:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return locate(sent.start_char + lead, sent.end_char - trail)
