"""How the linker (:mod:`geograph.linker`) names people: the side a person acts
for (their office, their terms of office and their roles over time,
:mod:`geograph.terms`), a title and a surname ("President Bush"), a surname alone
after the full name, a surname several people share, and a known name that is
someone else's given name here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .actor_spans import ActorSpan, DocActors, _before_name
from .actors import OFFICE_SECTORS, ActorWords, Entry, Gazetteer, slugify
from .model import Actor
from .terms import in_office, one_in_office, role_on


class PersonNames:
    """The people-naming half of :class:`geograph.linker.ActorLinker`."""

    gazetteer: Gazetteer
    words: ActorWords
    surname_matcher: PhraseMatcher
    # Matcher ids to (actor id, kind); surname matcher ids to (surname, people).
    _keys: dict[int, tuple[str, str]]
    _surnames: dict[int, tuple[str, list[Entry]]]
    # The words of each gazetteer person's names; surnames several people share.
    _name_words: dict[str, frozenset[str]]
    _namesakes: dict[str, list[Entry]]

    def _context(self, name: Span, found: DocActors) -> tuple[str | None, str | None, Actor | None]:
        raise NotImplementedError  # the linker's: a phrase's country, sector, state

    def _other_given_name(self, doc: Doc, start: int, match_id: int) -> bool:
        """Whether a known person's name is the family name of someone else: a
        given name of one person's name runs into it ("Hunter Biden", "Jill
        Biden" are not Joe Biden; "President Biden" and "Joe Biden" are)."""
        own = self._name_words.get(self._keys[match_id][0])
        if start == 0 or own is None:
            return False
        before, first = doc[start - 1], doc[start]
        return (
            first.ent_iob_ == "I"
            and before.ent_type_ == "PERSON"
            and before.is_title
            and before.lower_ not in self.words.titles
            # A word of one of the person's own names is theirs ("Tayyip Erdogan").
            and before.text not in own
        )

    def _given_name_of_other(self, doc: Doc, end: int, match_id: int) -> bool:
        """Whether a known person's name is the given name of someone else: a word
        not of the person's own names follows it in one name ("Petro Poroshenko" is
        not Gustavo Petro, "Tito Okello" not Tito)."""
        own = self._name_words.get(self._keys[match_id][0])
        if end >= len(doc):
            return False
        after, last = doc[end], doc[end - 1]
        if own is None:
            # A body's one-word name NER reads as a person's given name ("Amal
            # Clooney" is not the Amal movement). Not a state's: NER often runs a
            # state's name into the name after it ("Jordan King Hussein").
            atype = self.gazetteer.entries[self._keys[match_id][0]].actor.type
            return (
                atype not in ("State", "Territory")
                and last.ent_iob_ == "B"
                and last.ent_type_ == "PERSON"
                and after.ent_iob_ == "I"
                and after.ent_type_ == "PERSON"
                and after.is_title
            )
        if not after.is_title or after.text in own:
            return False
        if after.ent_iob_ == "I" and after.ent_type_ == "PERSON":
            return True
        # The parser, not NER, joins the words into one name (a compound chain of
        # proper nouns ending in a noun of no body: not "the Biden Administration").
        head = last.head
        return (
            last.dep_ == "compound"
            and head.i >= end
            and all(t.pos_ == "PROPN" and t.is_title for t in doc[end : head.i + 1])
            and head.lower_ not in self.words.sector_nouns
            and head.lower_ not in self.words.campaigns
        )

    def _namesake(
        self, span: Span, owner: Entry, day: date | None, chosen: list[Span]
    ) -> Entry | None:
        """The person a bare surname several gazetteer people share names: None when
        one of them is named in full in the text (the later surnames are theirs,
        :meth:`_add_later_surnames`); else the one in office on the day written; the
        name's owner in the gazetteer when the text is undated or none of them has
        terms of office (the usual referent: "Khamenei" is Ali Khamenei, "bin Laden"
        Osama); None when the date leaves it open."""
        people = self._namesakes[span.text]
        ids = {e.actor.id for e in people}
        if any(
            self._keys[s.label][0] in ids and s.end - s.start > span.end - span.start
            for s in chosen
        ):
            return None
        if day is None or not any(self.gazetteer.terms.get(e.actor.id) for e in people):
            return owner
        held = one_in_office(self.gazetteer.terms, (e.actor.id for e in people), day)
        return self.gazetteer.entries[held] if held else None

    def _person_side(
        self,
        name: Span,
        person: Actor,
        sector: str | None,
        day: date | None,
        titled: bool | None = None,
    ) -> tuple[Actor, str | None, Actor | None]:
        """The person ``name`` names, their sector, and the state they act for: a
        head of state or minister acts for the state ("Putin offered ..."), while in
        office (:meth:`_holds_office`). In a dated text a role of
        ``data/actors/roles`` (:func:`geograph.terms.role_on`) gives the side held on
        that day instead of the row's (Salva Kiir, an SPLA rebel of Sudan in 1995,
        South Sudan's president in 2015)."""
        role = role_on(self.gazetteer.roles, person.id, day)
        if role is not None:
            person, sector = replace(person, country=role.country), role.sector
            if self._former(name):
                return person, None, None
            state = self.gazetteer.state(role.country) if sector in OFFICE_SECTORS else None
            return person, sector, state
        if sector not in OFFICE_SECTORS:
            return person, sector, None
        if not self._holds_office(name, person.id, day, titled):
            return person, None, None
        if not in_office(self.gazetteer.terms, person.id, day):
            # In office here only by the title before the name, which says which
            # office: "Senator Kamala Harris" in 2020 sits in the Senate, not yet in
            # the vice-presidency of her row.
            sector = self._title_sector(name) or sector
        return person, sector, self._title_state(name) or self.gazetteer.state(person.country)

    def _title_sector(self, name: Span) -> str | None:
        """The sector of the office title nearest before the name ("Senator" the
        legislature, "Attorney General" the judiciary), if any."""
        before = _before_name(name)
        for k in range(len(before) - 1, -1, -1):
            tok = before[k]
            if tok.lower_ in self.words.office_titles:
                prev = before[k - 1].text if k else ""
                return self.words.title_sector(tok.text, prev)
        return None

    def _title_state(self, name: Span) -> Actor | None:
        """The state an office title before the name names, whatever the person's own
        row says ("Soviet Foreign Minister Shevardnadze" acts for the Soviet Union,
        not for the Georgia he later led). Not a birthplace ("Greek-born Cypriot
        President") nor a post's place ("Ambassador to Russia"); of two, the one
        next to the title ("Turkish Cypriot leader": Cyprus)."""
        state = None
        for tok in _before_name(name):
            after = tok.nbor() if tok.i + 1 < len(tok.doc) else tok
            if tok.dep_ == "pobj" or after.text == "-":
                continue
            key = self.gazetteer.surface.get(tok.text)
            if key is not None and key[1] in ("demonym", "name"):
                actor = self.gazetteer.entries[key[0]].actor
                if actor.type in ("State", "Territory"):
                    # (A former union stands for its successor: "Soviet", Russia.)
                    state = self.gazetteer.state(actor.country) or state
        return state

    def _holds_office(
        self, name: Span, person: str, day: date | None, titled: bool | None = None
    ) -> bool:
        """Whether the person ``name`` names acts in their office here. "former
        president Barack Obama" does not: the person, not the state (CAMEO's elites).
        Nor does "Carter" in an article written after his term (:mod:`geograph.terms`),
        unless a title says he acts in office ("President Carter signed the
        accords"); ``titled`` says so when known, else the name's phrase is read."""
        if self._former(name):
            return False
        if in_office(self.gazetteer.terms, person, day):
            return True
        return titled if titled is not None else self._titled(name)

    def _titled(self, span: Span) -> bool:
        """Whether the name's phrase gives an office title before it ("President
        Carter", "US Secretary of State Mike Pompeo"; not "Mr Carter")."""
        return any(t.lower_ in self.words.office_titles for t in _before_name(span))

    def _former(self, span: Span) -> bool:
        """Whether the name's phrase says its office is past ("former president
        Barack Obama", "ex-minister X"), before the name or in an apposition to it
        ("Michael Bloomberg, formerly the mayor of New York")."""
        described = [
            t
            for a in span.root.children
            if a.dep_ in ("appos", "advmod") and a.i >= span.end
            for t in a.subtree
        ]
        return any(t.lower_ in self.words.former for t in (*_before_name(span), *described))

    def _add_titled_surnames(
        self, doc: Doc, found: DocActors, taken: set[int], day: date | None
    ) -> None:
        """A title and a surname ("President Bush", "Mr Putin", "Prime Minister
        Netanyahu") name the gazetteer person of that surname when all of them
        belong to one country; the phrase's own country ("British Prime Minister
        Johnson") narrows the choice."""
        for match_id, start, end in self.surname_matcher(doc):
            if taken.intersection(range(start, end)) or start == 0:
                continue
            if doc[start - 1].lower_ not in self.words.titles:
                continue
            if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                continue  # the name goes on ("President Lee Hsien Loong")
            surname, people = self._surnames[match_id]
            country, _, _ = self._context(doc[start:end], found)
            if country is not None:
                people = [e for e in people if e.actor.country == country]
            held = one_in_office(self.gazetteer.terms, (e.actor.id for e in people), day)
            if held is not None:
                # "President Marcos" in 2023: the one of them in office then.
                people = [self.gazetteer.entries[held]]
            countries = {e.actor.country for e in people}
            if len(countries) != 1:
                continue
            iso3 = countries.pop()
            if len(people) == 1:
                actor, kind, sector = people[0].actor, "name", people[0].sector
            elif iso3 is not None:
                # "President Bush": one of two, but the state is certain.
                actor = Actor(
                    id=f"person:{slugify(surname)}", label=surname, type="Person", country=iso3
                )
                sectors = {e.sector for e in people}
                title = self.words.title_sector(
                    doc[start - 1].text, doc[start - 2].text if start >= 2 else ""
                )
                kind, sector = "person", title or (sectors.pop() if len(sectors) == 1 else None)
            else:
                continue
            titled = doc[start - 1].lower_ in self.words.office_titles  # not "Mr Carter"
            actor, sector, represents = self._person_side(
                doc[start:end], actor, sector, day, titled
            )
            taken.update(range(start, end))
            found.add(ActorSpan(start, end, actor, kind, sector, represents))

    def _named_before(
        self, doc: Doc, found: DocActors, i: int, word: str | None = None
    ) -> ActorSpan | None:
        """The person named earlier whose name ends in the word at ``i``
        ("George W. Bush ... Bush said", "President Castro ... Castro said"), or
        begins with it for a family-name-first country ("Li Qiang ... Li said");
        ``word`` in place of the word at ``i`` ("the Clintons": Clinton)."""
        spans = [
            s
            for s in found.spans
            if s.actor.type == "Person"
            and s.end <= i
            and (word or doc[i].text) in self._surname_words(doc, s)
        ]
        # Of two people of one surname ("Elijah Cummings ... his parents, Robert Cummings
        # Sr. and Ruth Elma Cummings"), the first named: news names the others in full.
        return min(spans, key=lambda s: s.start, default=None)

    def _surname_words(self, doc: Doc, span: ActorSpan) -> tuple[str, ...]:
        """The words of a person's mention that can name them again alone."""
        name = [t for t in doc[span.start : span.end] if t.lower_ not in self.words.titles]
        if not name:
            return ()
        if span.actor.country in self.words.family_first and len(name) >= 2:
            return (name[0].text,)
        return (name[-1].text,)

    def names_states(self, last: Token) -> bool:
        """Whether a name ending in ``last`` is a grouping of states the gazetteer
        does not know, before a noun of the actor words' ``state_groups`` ("the
        EastMed countries", "the Sahel states"): no person or body that acts, nor
        the person an earlier "EastMed" was taken for; the phrase names no one (the
        linker makes its words things, not "the countries" of an earlier state)."""
        return (
            last.dep_ == "compound"
            and last.head.i == last.i + 1
            and last.head.lower_ in self.words.state_groups
        )

    def _add_later_surnames(self, doc: Doc, found: DocActors) -> None:
        """A surname alone that spaCy's NER missed, after the full name."""
        for tok in doc:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or found.at(tok) is not None:
                continue
            if any(
                doc[j].pos_ == "PROPN" and found.at(doc[j]) is None
                for j in (tok.i - 1, tok.i + 1)
                if 0 <= j < len(doc)
            ):
                continue  # part of another name ("Cameron Diaz")
            if self.names_states(tok):
                found.things.update((tok.i, tok.i + 1))
                continue
            earlier = self._named_before(doc, found, tok.i)
            if earlier is not None:
                found.add(
                    ActorSpan(
                        tok.i,
                        tok.i + 1,
                        earlier.actor,
                        "person",
                        earlier.sector,
                        earlier.represents,
                    )
                )
