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
from .people_names import PersonNames
from .terms import one_in_office

# ActorSpan and DocActors live in actor_spans; importers read them from here too.
__all__ = ["ActorLinker", "ActorSpan", "DocActors"]

_NER_KINDS = {"PERSON": ("person", "Person"), "ORG": ("org", "Organization")}
# Determiners and titles that spaCy includes in entity spans but are not the name.
_LEADING = {"the", "a", "an", "former", "late", "then"}


class ActorLinker(PersonNames):
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
        for surname, people in by_surname.items():
            self.surname_matcher.add(f"surname|{surname}", [nlp.make_doc(surname)])
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
            if self._other_states_body(span, entry, owner):
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
        self._add_titled_surnames(doc, found, taken, day)
        self._add_ner(doc, found, taken, day)
        found.things.update(thing_tokens(doc, found.by_token, self.words))
        self._add_later_surnames(doc, found)
        self._add_offices(doc, found)
        self._place_people(doc, found)
        self._place_office_holders(doc, found)
        self._place_possessed_people(doc, found)
        self._place_ethnic_groups(doc, found)
        return found

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

    def _other_states_body(self, span: Span, entry: Entry, owner: dict[int, str]) -> bool:
        """Whether a state body's name is owned, in this phrase, by another state:
        its head has a possessive or modifier that is a state of another country."""
        if entry.actor.type not in ("Agency", "Military") or not entry.actor.country:
            return False
        for child in span.root.children:
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

    def _add_offices(self, doc: Doc, found: DocActors) -> None:
        """A title with "of" and a state or place ("the mayor of Nablus", "the
        governor of Kandahar province", "the president of Ghana") is a person who
        acts for that state."""
        for tok in doc:
            if tok.lower_ not in self.words.titles or found.at(tok) is not None:
                continue
            place = self._place_of(tok, found)
            if place is None:
                continue
            mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and found.at(c) is None]
            start = min([tok.i, *(c.i for c in mods)])
            sector = next(
                (
                    self.words.sector_modifiers[c.lower_]
                    for c in mods
                    if c.lower_ in self.words.sector_modifiers
                ),
                self.words.sector_nouns.get(tok.lower_, "government"),
            )
            words = [*doc[start : tok.i + 1], doc[tok.i + 1], *doc[place.start : place.end]]
            label = " ".join(t.text for t in words)
            actor = Actor(id=f"person:{slugify(label)}", label=label, type="Person")
            found.add(ActorSpan(start, tok.i + 1, actor, "person", sector, place.actor))

    def _place_of(self, tok: Token, found: DocActors) -> ActorSpan | None:
        """The state, territory or place that an "of" phrase of ``tok`` names
        ("of Ghana", "of Nablus", "of Kandahar province")."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                place = found.at(pobj)
                if place is None and pobj.lemma_.lower() in self.words.place_nouns:
                    # "the West Bank city of Nablus": the town named last is the place.
                    mods = (found.at(c) for c in pobj.children if c.dep_ in ("compound", "nmod"))
                    place = self._place_of(pobj, found) or next(
                        (m for m in mods if m is not None), None
                    )
                if (
                    place is not None
                    and place.actor.type in ("State", "Territory")
                    and place.kind in ("name", "place", "capital")
                ):
                    return place
        return None

    def _place_people(self, doc: Doc, found: DocActors) -> None:
        """Known people whose title in this text ties them to a body
        ("NATO Secretary-General Jens Stoltenberg") act for it."""
        for i, span in enumerate(found.spans):
            if span.kind != "name" or span.actor.type != "Person" or span.represents:
                continue
            if self._former(doc[span.start : span.end]):
                continue
            _, sector, body = self._context(doc[span.start : span.end], found)
            if body is not None:
                found.replace(
                    i,
                    ActorSpan(
                        span.start, span.end, span.actor, span.kind, span.sector or sector, body
                    ),
                )

    def _place_office_holders(self, doc: Doc, found: DocActors) -> None:
        """A titled person we do not know ("President Laurent Gbagbo") holds the
        office of the one country the sentence names, if it names only one; a
        political body we do not know ("the Umma party") belongs to it."""
        for i, span in enumerate(found.spans):
            actor = span.actor
            if actor.country or span.represents or span.kind not in ("person", "org"):
                continue
            if self._former(doc[span.start : span.end]):
                continue
            office: Token | None = None
            if span.kind == "person":
                before = [t for t in doc[max(span.start - 3, 0) : span.start] if not t.is_punct]
                office = next((t for t in reversed(before) if t.lower_ in self.words.offices), None)
                if office is None:
                    continue
            else:
                near = [t for t in doc[span.end - 1 : span.end + 2] if not t.is_punct]
                if not any(t.lower_ in self.words.domestic_bodies for t in near):
                    continue
            state = self._sole_state(doc[span.start].sent, found)
            if state is None and office is not None:
                state = self._colleague_state(doc[span.end - 1], office, found)
            if state is None:
                continue
            placed = replace(actor, country=state.country)
            if office is not None:
                prior = doc[office.i - 1].text if office.i > 0 else ""
                sector = self.words.title_sector(office.text, prior) or "government"
                found.replace(i, ActorSpan(span.start, span.end, placed, span.kind, sector, state))
            else:
                found.replace(i, ActorSpan(span.start, span.end, placed, span.kind, span.sector))

    def _place_possessed_people(self, doc: Doc, found: DocActors) -> None:
        """A person we cannot place, named with a state's possessive on the noun
        that describes them ("Iraq's al-Qaeda frontman Abu Musab al-Zarqawi",
        "Yemen's al-Qaeda chief Nasser al-Wuhayshi"), is of that state. They do
        not act for it: no office is said."""
        for i, span in enumerate(found.spans):
            actor = span.actor
            if actor.type != "Person" or actor.country or span.represents:
                continue
            root = doc[span.end - 1]
            # The describing noun: the name is in apposition to it, or it is a
            # word before the name.
            nouns = [root]
            if root.dep_ == "appos":
                nouns.append(root.head)
            nouns += [c for c in root.children if c.dep_ == "compound" and c.i < span.start]
            owners = [
                owner
                for noun in nouns
                for c in noun.children
                if c.dep_ == "poss"
                and (owner := found.at(c)) is not None
                and owner.kind == "name"
                and owner.actor.type == "State"
            ]
            if len(owners) != 1:
                continue
            placed = replace(actor, country=owners[0].actor.country)
            found.replace(i, ActorSpan(span.start, span.end, placed, span.kind, span.sector))

    def _place_ethnic_groups(self, doc: Doc, found: DocActors) -> None:
        """ "Ethnic Russians in Estonia", "ethnic Albanians clashed with Macedonian
        police": an ethnic group is a people of the state it lives in, not of the state
        its name comes from. When the sentence names one other state, the group is that
        state's people; when it names several, where they live is unknown and the
        group is no actor; when it names none, the name's own state stays."""
        for span in list(found.spans):
            if span.kind != "demonym" or span.start == 0:
                continue
            if doc[span.start - 1].lower_ not in self.words.ethnic_markers:
                continue
            # Each other country named, as its state (or, for a territory that is
            # no state's, "Kosovo", the territory itself).
            others = {
                country: self.gazetteer.state(country) or actor
                for country, actor in found.countries_in(doc[span.start].sent, span).items()
                if country != span.actor.country
            }
            # A group said to live in its name's state is its people ("beat ethnic
            # Georgians in a Georgian town"); in a named other, that one's.
            lives = found.countries_lived_in(doc[span.end - 1])
            others = {} if span.actor.country in lives else others
            others = {c: a for c, a in others.items() if c in lives} or others
            if not others:
                continue
            found.remove(span)
            if len(others) == 1:
                home = next(iter(others.values()))
                found.add(ActorSpan(span.start, span.end, home, "demonym", "people"))

    def _colleague_state(self, name: Token, office: Token, found: DocActors) -> Actor | None:
        """The state of the office holder a minister is listed with: "Israeli prime
        minister Benjamin Netanyahu and energy minister Yuval Steinitz" names Israel's
        energy minister (news names a delegation's nationality once)."""
        if office.lower_ not in self.words.colleague_offices or name.dep_ != "conj":
            return None
        head = found.at(name.head)
        actor = head.represents if head is not None else None
        if actor is None or actor.type != "State":
            return None
        return actor

    def _sole_state(self, sent: Span, found: DocActors) -> Actor | None:
        """The state of every state mention in ``sent``, if there is just one."""
        countries = found.countries_in(sent)
        return self.gazetteer.state(next(iter(countries))) if len(countries) == 1 else None

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
            # An entity that is partly a gazetteer actor ("Iran's foreign ministry")
            # is that actor, not a new one; a possessive tail is not part of a name.
            if len(tokens) != len(ent) and any(t.i in taken for t in ent):
                continue
            while tokens and (tokens[-1].tag_ == "POS" or not tokens[-1].text.isalnum()):
                tokens = tokens[:-1]
            if not tokens or not any(t.is_alpha and t.text[0].isupper() for t in tokens):
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
            prefix, atype = _NER_KINDS["PERSON" if nick else ent.label_]
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

    def _context(self, name: Span, found: DocActors) -> tuple[str | None, str | None, Actor | None]:
        """Country, sector, and the actor a title makes the name act for.

        Looks at the words the name's phrase carries before it ("Iranian general",
        "Russia's foreign minister", "NATO Secretary-General") and at an apposition
        ("Lavrov, Russia's foreign minister").
        """
        root = name.root
        words: list[Token] = [t for t in root.subtree if t.i < name.start]
        head = root.head
        if root.dep_ == "appos" or (head.i != root.i and root.dep_ in ("compound",)):
            words.extend(t for t in head.subtree if t.i < name.start or t.i >= name.end)
        for appos in (c for c in root.children if c.dep_ == "appos"):
            # "Hunter Biden, the son of Joe Biden, who served as Vice President": a
            # relative clause on another noun of the apposition describes that one.
            other = {
                t.i
                for r in appos.subtree
                if r.dep_ == "relcl" and r.head.i != appos.i
                for t in r.subtree
            }
            words.extend(t for t in appos.subtree if t.i not in other)
        country: str | None = None
        sector: str | None = None
        body: Actor | None = None
        place: str | None = None
        titled = False
        for tok in words:
            lower = tok.lower_
            if lower in self.words.sector_nouns:
                before = tok.doc[tok.i - 1].text if tok.i > 0 else ""
                sector = sector or self.words.title_sector(tok.text, before)
                titled = True
            if lower in self.words.sector_modifiers:
                sector = self.words.sector_modifiers[lower]
            span = found.by_token.get(tok.i)
            if span is None:
                continue
            if span.kind == "place":
                place = place or span.actor.country
                continue
            if span.actor.type in ("State", "Territory"):
                # ("Macau Chief Executive X" acts for Macau, MAC, not China.)
                entry = self.gazetteer.get(span.actor.id)
                country = country or (entry and entry.iso3) or span.actor.country
            elif body is None and (
                span.actor.type in ("IGO", "Agency", "Military", "ArmedGroup")
                # A party or NGO of the gazetteer ("Likud lawmaker X", "Amnesty
                # International researcher X"); an organisation NER guessed is no body.
                or (span.actor.type == "Organization" and span.kind == "name")
            ):
                body = span.actor
                country = country or span.actor.country
        if any(
            tok.lower_ in self.words.served
            and tok.head.i == root.i
            and tok.dep_ in ("appos", "compound", "nmod")
            for tok in words
        ):
            # "X, an Iraq War veteran": a past service, no sector of the person's now.
            sector = None
        if not titled:
            return country, sector, None
        # "Nablus mayor Adly Yaish" holds an office of the town's state.
        country = country or (place if body is None else None)
        # "NATO Secretary-General X" acts for NATO; "Iranian general X" for Iran.
        represents = body or self.gazetteer.state(country)
        return country, sector, represents
