"""How the linker (:mod:`geograph.linker`) places people and bodies by what the
sentence says of them: a title and the state it names ("the mayor of Nablus",
"Iranian general X", "Foreign Minister X of Portugal"), an unknown office holder
in a sentence that names one state, a possessive on the noun that describes a
person, and an ethnic group living in another state."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .actor_spans import ActorSpan, DocActors
from .actors import slugify
from .model import Actor
from .people_names import PersonNames

# Titles of someone sent to another state or body ("ambassador to the UN").
ENVOYS = frozenset({"ambassador", "envoy", "representative", "delegate", "observer"})


class Placing(PersonNames):
    """The placing half of :class:`geograph.linker.ActorLinker`."""

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
            # The holder is of the place's country also where they do not act for
            # its state ("the mayor of Lyon thanked the French police").
            country = place.actor.country
            actor = Actor(
                id=f"person:{slugify(label)}", label=label, type="Person", country=country
            )
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

    def _place_in_territory(self, doc: Doc, found: DocActors) -> None:
        """A town of ``data/places.tsv`` stands for its state; when the phrase names
        a territory of that state it lies in by the territory's adjective ("the
        Northern Irish town of Newry", "the Chechen town of Gudermes"), it stands
        for the territory, as the territory's capital does. (Not by a name: "the West
        Bank town of Jenin" stays Palestine's.)"""
        for i, span in enumerate(found.spans):
            if span.kind != "place" or span.actor.type != "State":
                continue
            tok = doc[span.start : span.end].root
            if tok.dep_ != "pobj" or tok.head.lower_ != "of":
                continue
            noun = tok.head.head
            if noun.lemma_.lower() not in self.words.place_nouns:
                continue
            for mod in noun.children:
                other = found.at(mod) if mod.dep_ in ("amod", "compound") else None
                if (
                    other is not None
                    and other.kind == "demonym"
                    and other.actor.type == "Territory"
                    and other.actor.country == span.actor.country
                ):
                    found.replace(i, replace(span, actor=other.actor))
                    break

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
                # Or in apposition after the name ("Elaine Chao, the Secretary of
                # Transportation", "X, the minister of education").
                office = office or next(
                    (
                        c
                        for c in doc[span.start : span.end].root.children
                        if c.dep_ == "appos" and c.i >= span.end and c.lower_ in self.words.offices
                    ),
                    None,
                )
                if office is None:
                    continue
            else:
                near = [t for t in doc[span.end - 1 : span.end + 2] if not t.is_punct]
                if not any(t.lower_ in self.words.domestic_bodies for t in near):
                    continue
            state = self._sole_state(doc[span.start].sent, found)
            # An office holder acting on the one state named is not of it; a party's
            # target is at home ("the Popular Renewal Party accused the Peruvian
            # government" is Peru's opposition).
            if office is not None and state is not None and self._acted_on(doc, span, state, found):
                state = None
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
            if span.kind != "demonym":
                continue
            community = doc[span.start : span.end].text.lower() in self.words.communities
            marked = span.start > 0 and doc[span.start - 1].lower_ in self.words.ethnic_markers
            if not (marked or community):
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
            group = doc[span.end - 1]
            if group.dep_ in ("amod", "compound"):
                # "ethnic Albanian villagers in Kosovo": where the noun's people live.
                group = group.head
            lives = found.countries_lived_in(group)
            others = {} if span.actor.country in lives else others
            # A community ("Tamil rebels") is its own state's unless said to live in
            # another ("Sikhs in Canada"): the other side of its act is no home.
            others = {c: a for c, a in others.items() if c in lives} or (
                {} if community and not marked else others
            )
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

    @staticmethod
    def _acted_on(doc: Doc, span: ActorSpan, state: Actor, found: DocActors) -> bool:
        """Whether every mention of ``state`` is in the direct object of the verb
        the person is the subject of: "President X accused Libya", "Minister X met
        the Chinese ambassador" name the counterpart, not the person's own state
        (a phrase of place or purpose still may: "promised reforms for Bolivia")."""
        head = doc[span.end - 1]
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        objects = [o for o in head.head.children if o.dep_ in ("dobj", "dative")]
        objects += [c for o in objects for c in o.conjuncts]
        # The object or a word naming whose it is ("the Chinese ambassador", "Libya's
        # envoy"); not a phrase inside it ("reforms for Bolivia").
        inside = {o.i for o in objects} | {
            t.i
            for o in objects
            for c in o.children
            if c.dep_ in ("amod", "compound", "poss", "nmod")
            for t in c.subtree
        }
        sent = doc[span.start].sent
        starts = [
            s.start
            for s in found.spans
            if sent.start <= s.start < sent.end
            and any(a is not None and a.country == state.country for a in (s.actor, s.represents))
            and s is not span
        ]
        return bool(starts) and all(i in inside for i in starts)

    def _sole_state(self, sent: Span, found: DocActors) -> Actor | None:
        """The state of every state mention in ``sent``, if there is just one."""
        countries = found.countries_in(sent)
        return self.gazetteer.state(next(iter(countries))) if len(countries) == 1 else None

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
            # "Mark Smith, a lawyer who represented US President Donald Trump": the
            # title and state of another person named in the apposition are that
            # person's, not the name's.
            other |= {
                t.i
                for r in appos.subtree
                if r.ent_type_ == "PERSON"
                and r.dep_ not in ("compound", "flat")
                and not name.start <= r.i < name.end
                and r.i != appos.i
                for t in r.subtree
            }
            words.extend(t for t in appos.subtree if t.i not in other)
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < name.end:
                continue
            # "Foreign Minister Ana Lopes of Portugal", "King Hassan of Morocco": the
            # "of" phrase after the name says whose office it is.
            words.extend(prep.subtree)
        country: str | None = None
        sector: str | None = None
        body: Actor | None = None
        place: str | None = None
        titled = False
        # "Kenya's envoy to the United Nations, X": the body an envoy is sent to
        # is not the one they act for.
        accredited = {
            t.i
            for tok in words
            if tok.lower_ in ENVOYS
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in ("to", "at")
            for t in prep.subtree
        }
        for tok in words:
            if tok.i in accredited:
                continue
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
