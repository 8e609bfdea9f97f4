"""The actor linker: finds the gazetteer's actors in a parsed text.

It marks three kinds of gazetteer mention (a name or alias, a demonym, a capital
used as metonym) with one spaCy ``PhraseMatcher`` pass, then keeps the people and
organisations that spaCy's NER finds and the gazetteer does not know, with a
country where the phrase gives one ("Iranian general Qasem Soleimani"), and places
people, office holders and groups by what the sentence says of them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .actor_spans import ActorSpan, DocActors
from .actors import (
    ActorWords,
    Entry,
    Gazetteer,
    load_actor_words,
    slugify,
    surnames,
)
from .model import Actor
from .names import begun_name, names_thing, nicknamed, regional, shared_surname, thing_tokens
from .normalize import english_words
from .placing import Placing
from .terms import one_in_office

# ActorSpan and DocActors live in actor_spans; importers read them from here too.
__all__ = ["ActorLinker", "ActorSpan", "DocActors"]

_NER_KINDS = {"PERSON": ("person", "Person"), "ORG": ("org", "Organization")}
# Determiners and titles that spaCy includes in entity spans but are not the name.
_LEADING = {"the", "a", "an", "former", "late", "then"}


# Bodies a state's name before their name makes another state's ("the Philippine
# Congress", "the Tanzania People's Defence Force": not the US's, not Myanmar's).
BODY_TYPES = ("Agency", "Military", "ArmedGroup")
# Sectors of armed men a name before them may describe ("Druze gunmen").
ARMED = ("rebel", "military", "police")


class ActorLinker(Placing):
    """Finds gazetteer actors and NER people/organisations in parsed docs."""

    def __init__(
        self, nlp: Language, gazetteer: Gazetteer, words: ActorWords | None = None
    ) -> None:
        self.gazetteer = gazetteer
        self.words = words or load_actor_words()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[str, str]] = {}
        by_key: dict[tuple[str, str], list[str]] = {}
        for surface, key in gazetteer.surface.items():
            by_key.setdefault(key, []).append(surface)
        for (actor_id, kind), surfaces in by_key.items():
            name = f"{actor_id}|{kind}"
            self.matcher.add(name, [nlp.make_doc(s) for s in surfaces])
            self._keys[nlp.vocab.strings[name]] = (actor_id, kind)
        # Surnames of gazetteer people, for "President Bush", "Mr Putin".
        by_surname: dict[str, list[Entry]] = {}
        # The words of each gazetteer person's names ("Recep", "Tayyip", "Erdogan").
        self._name_words: dict[str, frozenset[str]] = {}
        for entry in gazetteer.entries.values():
            if entry.actor.type == "Person":
                for surname in surnames(entry.actor.label, self.words, entry.actor.country):
                    by_surname.setdefault(surname, []).append(entry)
                self._name_words[entry.actor.id] = frozenset(
                    word for alias in entry.aliases for word in alias.split()
                )
        # Surnames several gazetteer people share ("Khamenei": Ali and Mojtaba).
        self._namesakes = {s: people for s, people in by_surname.items() if len(people) > 1}
        self.surname_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._surnames: dict[int, tuple[str, list[Entry]]] = {}
        english = english_words()
        for surname, people in by_surname.items():
            # Careless casing after a title ("President obama", "Chancellor merkel"),
            # unless the lower-case form is a word of its own ("the prime minister may").
            forms = [surname] + ([surname.lower()] if surname.lower() not in english else [])
            self.surname_matcher.add(f"surname|{surname}", [nlp.make_doc(f) for f in forms])
            self._surnames[nlp.vocab.strings[f"surname|{surname}"]] = (surname, people)

    def __call__(self, doc: Doc, day: date | None = None) -> DocActors:
        """The actors named in ``doc``; ``day`` is when it was written, if known."""
        found = DocActors()
        spans: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            # Overlapping matches of one actor are one mention ("President Xi" and
            # "Xi Jinping" in "President Xi Jinping"), not a title and a stray word.
            same = [s for s in spans if s.label == match_id and s.start < end and start < s.end]
            for s in same:
                spans.remove(s)
                start, end = min(start, s.start), max(end, s.end)
            if (
                self._in_org_name(doc, start, end, match_id)
                or self._kind_of(doc, end)
                # "the South American group", "Eastern European states": a region.
                or (self._keys[match_id][1] == "demonym" and regional(doc, start, self.words))
                or self._other_given_name(doc, start, match_id)
                or self._given_name_of_other(doc, end, match_id)
            ):
                continue
            spans.append(Span(doc, start, end, label=match_id))
        # Longest match wins ("Israel Aerospace Industries" over "Israel").
        taken: set[int] = set()
        chosen: list[Span] = []
        for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if taken.intersection(range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            chosen.append(span)
        owner = {i: self._keys[s.label][0] for s in chosen for i in range(s.start, s.end)}
        for span in chosen:
            actor_id, kind = self._keys[span.label]
            entry = self.gazetteer.entries[actor_id]
            if entry.actor.type in ("Person", "Company") and names_thing(span, self.words):
                # "the Mandela bridge", "a Boeing plant": named after them, not them
                # (not a party's or movement's "branch", which is the body itself).
                continue
            if self._names_money(span):
                # "nine billion US dollars", "Hong Kong dollars": a currency, not
                # the state (nor anyone the sentence acts on).
                continue
            if self._other_states_body(span, entry, owner, kind):
                # "Peru's Congress", "the Philippine Congress": not the body the bare
                # word names (the US Congress) but the institution of the state the
                # phrase names; the resolver reads it from the head noun's sector.
                continue
            actor, represents = entry.actor, None
            sector = entry.sector if entry.actor.type != "State" else None
            if kind == "capital":
                sector = "government"
            if entry.actor.type == "Person" and span.text in self._namesakes:
                namesake = self._namesake(span, entry, day, chosen)
                if namesake is None:
                    # Left to a full name earlier in the text, or to no one.
                    taken.difference_update(range(span.start, span.end))
                    continue
                entry, sector = namesake, namesake.sector
            if entry.actor.type == "Person":
                actor, sector, represents = self._person_side(span, entry.actor, sector, day)
            found.add(ActorSpan(span.start, span.end, actor, kind, sector, represents))
        self._add_elided(doc, found, taken)
        self._add_titled_surnames(doc, found, taken, day)
        self._add_ner(doc, found, taken, day)
        self._add_group_acronyms(doc, found)
        found.things.update(thing_tokens(doc, found.by_token, self.words))
        self._add_later_surnames(doc, found)
        self._add_offices(doc, found)
        self._place_people(doc, found)
        self._place_office_holders(doc, found)
        self._place_possessed_people(doc, found)
        self._place_ethnic_groups(doc, found)
        self._place_in_territory(doc, found)
        return found

    def _add_elided(self, doc: Doc, found: DocActors, taken: set[int]) -> None:
        """The first of two names that share their last words, said once: "North and
        South Korea" names North Korea too, "East and West Germany" East Germany."""
        for span in list(found.spans):
            if span.end - span.start < 2 or span.start < 2:
                continue
            conj, first = doc[span.start - 1], doc[span.start - 2]
            if conj.lower_ != "and" or first.i in taken or not first.is_title:
                continue
            name = " ".join([first.text, *(t.text for t in doc[span.start + 1 : span.end])])
            key = self.gazetteer.surface.get(name)
            if key is None or key[1] != "name":
                continue
            entry = self.gazetteer.entries[key[0]]
            sector = entry.sector if entry.actor.type != "State" else None
            found.add(ActorSpan(first.i, first.i + 1, entry.actor, "name", sector))
            taken.add(first.i)

    def _add_group_acronyms(self, doc: Doc, found: DocActors) -> None:
        """An acronym no row knows before a rebel noun, in a phrase that names their
        state ("Djibouti's FRUD rebels", "Ivorian MPCI rebels"): an armed group of
        that state, which acts once (``groups.homes_body``), not the state's rebels
        beside a stray word. With no state in the phrase, whose group it is is
        unknown: the noun is left to read as before."""
        for tok in doc:
            head = tok.head
            if (
                found.at(tok) is not None
                or tok.dep_ != "compound"
                or head.i != tok.i + 1
                or not (len(tok.text) > 1 and tok.text.isupper() and tok.text.isalnum())
                or self.words.sector_nouns.get(head.lower_) != "rebel"
            ):
                continue
            states = [
                span.represents or span.actor
                for c in head.children
                if c.dep_ in ("poss", "amod", "compound")
                and (span := found.at(c)) is not None
                and span.kind in ("name", "demonym")
                and (span.represents or span.actor).type == "State"
            ]
            if len(states) == 1:
                label = tok.text
                group = Actor(f"org:{slugify(label)}", label, "ArmedGroup", states[0].country)
                found.add(ActorSpan(tok.i, tok.i + 1, group, "org", "rebel"))

    def _in_org_name(self, doc: Doc, start: int, end: int, match_id: int) -> bool:
        """Whether a place's name is only a word of another name: a park or street
        named after a capital ("Victoria Park"), a school or research body ("the
        University of Washington"), or, for a capital, any organisation whose named
        entity goes on past it and ends in no word of a state body ("Paris Club
        creditors", "the Washington Post"; "the Moscow City Court" is Russia's court)."""
        ent = next((e for e in doc.ents if e.start <= start and end <= e.end), None)
        if ent is None:
            return False
        actor_id, kind = self._keys[match_id]
        if kind == "capital" and ent.end > end and doc[ent.end - 1].lower_ in self.words.landmarks:
            # "Victoria Park", "Washington Square": a park or street named after the
            # city, wherever it is (spaCy tags them as places or facilities too).
            return True
        if ent.label_ != "ORG":
            return False
        actor_type = self.gazetteer.entries[actor_id].actor.type
        # The name of a place, a capital or a state or territory.
        placed = kind in ("capital", "place") or actor_type in ("State", "Territory")
        if placed and any(t.lower_ in self.words.institutions for t in ent):
            # "the University of Washington", "Tehran University": a school's name.
            return True
        rest = doc[end : ent.end]
        if (
            placed
            and any(t.lower_ in self.words.private_bodies for t in rest)
            and not any(t.lower_ in self.words.sector_nouns for t in rest)
        ):
            # "the American Civil Liberties Union", "the British Red Cross": a
            # private body's name; the body acts, not the state it names.
            return True
        if kind != "capital":
            # Only a capital stands for a government; a town's name in a building's
            # ("the Jolo Cathedral") still says where it is.
            return False
        if ent.end <= end:
            return False
        last = doc[ent.end - 1]
        return last.lower_ not in self.words.sector_nouns and last.text[:1].isupper()

    def _kind_of(self, doc: Doc, end: int) -> bool:
        """Whether the name is followed by a word of likeness ("NATO-style",
        "a NATO style alliance", "Soviet-type"): a kind of thing, not the actor."""
        nxt = end + 1 if end < len(doc) and doc[end].text == "-" else end
        return nxt < len(doc) and doc[nxt].lower_ in self.words.likeness

    def _place_of_named(self, span: Span) -> bool:
        """Whether the name is the "of" phrase of a generic place noun ("the town of
        Pandeglang", "the province of Banten"): a place, not a person or a body."""
        root = span.root
        prep = root.head
        return (
            root.dep_ == "pobj"
            and prep.lower_ == "of"
            and prep.head.lemma_.lower() in self.words.place_nouns
        )

    def _names_money(self, span: Span) -> bool:
        """Whether the name only modifies a currency word ("US dollars")."""
        root = span.root
        return root.dep_ in ("compound", "amod", "nmod") and (
            root.head.lemma_.lower() in self.words.currencies
            or root.head.lower_ in self.words.currencies
        )

    def _other_states_body(
        self, span: Span, entry: Entry, owner: dict[int, str], kind: str = ""
    ) -> bool:
        """Whether a state body's name is owned, in this phrase, by another state:
        its head has a possessive or modifier that is a state of another country.
        A state's seat-of-government name is such a body too: "a Pakistani Foreign
        Office spokesman" is Pakistan's foreign office, not the British one the bare
        name stands for."""
        seat = kind == "capital" and entry.actor.type == "State"
        if (entry.actor.type not in BODY_TYPES and not seat) or not entry.actor.country:
            return False
        # (Or a word of the name: "the Tanzania People's Defence Force".)
        for child in (c for t in span for c in t.children):
            if child.dep_ not in ("poss", "amod", "compound", "nmod") or child.i in range(
                span.start, span.end
            ):
                continue
            other = self.gazetteer.entries.get(owner.get(child.i, ""))
            if (
                other is not None
                and other.actor.type in ("State", "Territory")
                and other.actor.country
                and other.actor.country != entry.actor.country
            ):
                return True
        return False

    def _add_ner(self, doc: Doc, found: DocActors, taken: set[int], day: date | None) -> None:
        people_by_surname: dict[str, ActorSpan] = {}
        thing_names: set[str] = set()
        # Storms the doc names ("Hurricane Humberto", "Tropical Storm Humberto"): the
        # name alone later ("Humberto hovered east of Abaco") is the storm, no one.
        storms = {
            doc[i + 1].text
            for i in range(len(doc) - 1)
            if doc[i].lower_ in self.words.non_agent_heads and doc[i + 1].text.istitle()
        }
        for ent in doc.ents:
            if ent.label_ not in _NER_KINDS:
                continue
            tokens = [t for t in ent if t.i not in taken]
            while tokens and tokens[0].lower_ in _LEADING:
                tokens = tokens[1:]
            while (
                ent.label_ == "PERSON" and len(tokens) > 1 and tokens[0].lower_ in self.words.titles
            ):
                # "Emir Jaber", "Sheikh Zayed": NER may take the title into the name;
                # it is the title, which ties the person to an office.
                tokens = tokens[1:]
            # An entity that is partly a gazetteer actor ("Iran's foreign ministry")
            # is that actor, not a new one; a possessive tail is not part of a name.
            if len(tokens) != len(ent) and any(t.i in taken for t in ent):
                continue
            while tokens and (tokens[-1].tag_ == "POS" or not tokens[-1].text.isalnum()):
                tokens = tokens[:-1]
            if not tokens or not any(t.is_alpha and t.text[0].isupper() for t in tokens):
                continue
            if ent.label_ in ("PERSON", "ORG") and self._describes_group(tokens, ent.label_):
                continue
            if ent.label_ in ("PERSON", "ORG") and self.names_states(tokens[-1]):
                found.things.update(range(tokens[0].i, tokens[-1].i + 2))
                continue
            if tokens[-1].lower_ in self.words.native_peoples:
                # "Miskito Indian rebels", "Yanomami Indians": a native people, no one.
                continue
            if len(tokens) == 1 and tokens[0].is_sent_start and tokens[0].tag_ == "NNS":
                # "Kidnappers seized two aid workers", "Hijackers freed the crew": a
                # common plural noun, capitalised as the sentence's first word, that
                # NER takes for an organisation names what the doers do, no body.
                continue
            label = " ".join(t.text for t in tokens)
            if ent.label_ == "PERSON":
                # "David and Louise Turpin": David Turpin, not a "David".
                label = shared_surname(doc, tokens[0].i, tokens[-1].i + 1) or label
            # 'Matiu "Matt" Ratana', which NER cuts in two or takes for an
            # organisation: one person, named without the nickname.
            nick = nicknamed(doc, tokens[0].i)
            if nick is not None:
                label, stop = nick
                tokens = list(doc[tokens[0].i : stop])
                taken.update(t.i for t in tokens)
            if (
                label.lower() in self.words.non_agents
                or tokens[0].lower_ in self.words.non_agent_heads
                or (len(tokens) == 1 and tokens[0].text in storms)
                or self._kind_of(doc, tokens[-1].i + 1)
                or self._place_of_named(doc[tokens[0].i : tokens[-1].i + 1])
                # "Victoria Park", "Kingston Road": a park or a street, no one who acts.
                or (len(tokens) > 1 and tokens[-1].lower_ in self.words.landmarks)
            ):
                # "the Brexit deal", "said on Twitter", "Hurricane Lorenzo": spaCy's
                # person or organisation that is a process, a medium or a storm;
                # "a NATO-style pact" is a kind of pact; "the town of Pandeglang" a
                # place the gazetteer does not know.
                continue
            if label in thing_names or names_thing(doc[tokens[0].i : tokens[-1].i + 1], self.words):
                # "daily Kathimerini", "a Walmart store", "Hagia Sophia, a museum";
                # and the same name again ("the EastMed pipeline ... EastMed countries").
                found.things.update(t.i for t in tokens)
                thing_names.add(label)
                continue
            personal = ent.label_ == "ORG" and self._person_noun_before(tokens)
            prefix, atype = _NER_KINDS["PERSON" if nick or personal else ent.label_]
            if all(
                t.lower_ in self.words.sector_nouns or t.lower_ in self.words.sector_modifiers
                for t in tokens
            ):
                # "Parliament", "Congress", "the Foreign Ministry", "the Defence Ministry":
                # an institution named by its kind; whose it is, the phrase or the
                # paragraph says.
                continue
            start, end = tokens[0].i, tokens[-1].i + 1
            if len(tokens) == 1 and label.endswith("s") and len(label) > 3:
                # "Bill Clinton ... the Clintons", "David Turpin ... the Turpins": a
                # family, no one actor (nor an organisation).
                family = self._named_before(doc, found, start, label[:-1])
                if family is not None:
                    continue
            earlier = self._named_before(doc, found, start) or people_by_surname.get(label)
            # A lone surname after the full name is that person, even when spaCy
            # takes it for an organisation ("Sharif Hotak ... Hotak also alleged",
            # "Trump pardoned Milken").
            if atype in ("Person", "Organization") and len(tokens) == 1 and earlier is not None:
                found.add(
                    ActorSpan(
                        start, end, earlier.actor, "person", earlier.sector, earlier.represents
                    )
                )
                continue
            held = one_in_office(
                self.gazetteer.terms, (e.actor.id for e in self._namesakes.get(label, ())), day
            )
            if held is not None:
                # A bare surname several gazetteer people share ("Marcos"; spaCy may
                # take it for an organisation): the one in office on the day written.
                entry = self.gazetteer.entries[held]
                actor, sector, represents = self._person_side(
                    doc[start:end], entry.actor, entry.sector, day
                )
                found.add(ActorSpan(start, end, actor, "name", sector, represents))
                continue
            begun = begun_name(doc, start, found.spans) if len(tokens) == 1 else None
            if begun is not None:
                # "Osama bin Laden ... Osama was killed", "the United States House
                # of Representatives ... the House": the actor of the longer name; a
                # "person" that began a firm's or a place's name ("Mahan Air ...
                # Mahan had") is that thing, no one of its own.
                named = found.at(begun.root)
                if named is not None and named.kind in ("name", "person", "org"):
                    found.add(replace(named, start=start, end=end))
                    continue
                if atype == "Person" and begun.label_ != "PERSON":
                    continue
            country, sector, represents = self._context(doc[start:end], found)
            if country is None and atype == "Person":
                # "Bush" alone, with none of its namesakes picked (undated, or none in
                # office that day: "Gaddafi" in 2019): a surname gazetteer people of
                # one country share is of that country, whichever of them it is.
                shared = {e.actor.country for e in self._namesakes.get(label, ())}
                country = shared.pop() if len(shared) == 1 else None
            if self._former(doc[start:end]):
                # "former Nigerian minister X": a person of the country, no office.
                sector, represents = None, None
            if atype == "Organization" and country and tokens[-1].lower_ in self.words.sector_nouns:
                # "Ivory Coast's Supreme Court", "the Iraqi National Assembly": an
                # institution of a state, resolved as that state with its sector.
                continue
            actor = Actor(
                id=f"{prefix}:{slugify(label)}",
                label=label,
                type=atype,
                country=country,
            )
            span = ActorSpan(start, end, actor, prefix, sector, represents)
            found.add(span)
            if atype == "Person":
                for word in self._surname_words(doc, span):
                    people_by_surname.setdefault(word, span)

    def _person_noun_before(self, tokens: list[Token]) -> bool:
        """Whether a noun for a person modifies the name, or the first name of those
        it is listed with ("porn star Stormy Daniels", "officers Antoine Dupont and
        Louis Girard"): a person's name, whatever NER took it for."""
        if not all(t.pos_ == "PROPN" for t in tokens):
            return False
        first = tokens[-1]
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head
        if first.dep_ == "appos" and first.head.i < first.i:
            # ("police officers Antoine Dupont and ...": the name in apposition.)
            return first.head.lower_ in self.words.person_nouns
        return any(
            c.dep_ in ("compound", "amod") and c.i < first.i and c.lower_ in self.words.person_nouns
            for c in first.children
        )

    def _describes_group(self, tokens: list[Token], label: str = "PERSON") -> bool:
        """A lone word NER takes for a person that describes a group of people
        ("Tamil rebels", "Hutu militiamen", "Sikh students"): an ethnicity or creed,
        no one's name. So is one it takes for an organisation the gazetteer does
        not know, before armed men ("Druze gunmen", "Maronite militiamen"): who they
        are, not a body of their own (but "Oxfam workers" work for Oxfam)."""
        if len(tokens) != 1 or tokens[0].dep_ not in ("amod", "compound"):
            return False
        head = tokens[0].head
        group = self.words.sector_nouns.get(head.lower_)
        kinds = ("rebel", "people", "military", "police") if label == "PERSON" else ARMED
        # (A plural the tagger may take for a name or a singular: "Karen guerrillas
        # overran", "Druze militiamen overran".)
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_.endswith(("s", "men"))
        return plural and group in kinds
