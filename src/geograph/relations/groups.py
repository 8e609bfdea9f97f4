"""What a phrase says of the group it names: where it is based, who backs it, its
nationality, its sector ("a Pakistan-based group", "Russian-backed separatists",
"pro-government militias", "Iranian drones"). A part of the argument
:class:`~.arguments.Resolver`, kept apart for size."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..actor_spans import ActorSpan, DocActors
from ..actors import ActorWords
from ..model import Actor
from .places import in_place_phrase
from .refs import MODIFIER_DEPS, WEIGHT_MODIFIER, Ref

# Government nouns that name a body, not its people: "the Basque government", "the
# Flemish cabinet" are regional organs of the state; "Sikh leaders" are no office.
INSTITUTIONS = frozenset(
    {
        "government", "administration", "cabinet", "ministry", "council", "authority",
        "authorities", "office", "department", "regime", "state", "presidency",
    }
)  # fmt: skip
# The state actor of an ISO code (the gazetteer's), None for none.
StateOf = Callable[[str | None], Actor | None]
# Named bodies that a state's possessive or demonym beside them only places at home:
# "Colombia's FARC guerrillas", "Israel's Mossad agents" are the body's men, not also
# the state's.
HOMED_TYPES = frozenset({"ArmedGroup", "Military", "Agency"})


class GroupNames:
    """The resolver's readers of group phrases (mixed into Resolver)."""

    doc: Doc
    actors: DocActors
    words: ActorWords
    state_of: StateOf

    def sentence(self, i: int) -> Span:
        raise NotImplementedError  # the resolver's: the sentence holding token i

    def _base(self, tok: Token) -> ActorSpan | None:
        """Where ``tok``'s phrase says it is based: "a Pakistan-based group" (the place
        hangs from "based"), "militants based in Trinidad"."""
        for child in tok.children:
            if child.dep_ not in ("amod", "compound", "acl"):
                continue
            if child.lower_ not in self.words.bases:
                continue
            places = [g for g in child.children if g.dep_ in MODIFIER_DEPS]
            places += [
                p
                for g in child.children
                if g.dep_ == "prep" and g.lower_ in ("in", "at")
                for p in g.children
                if p.dep_ == "pobj"
            ]
            for place in places:
                span = self.actors.at(place)
                if span is not None and span.actor.type in ("State", "Territory"):
                    return span
        return None

    def names_base(self, tok: Token) -> bool:
        """Whether ``tok`` names where a group is based ("London" in "London-based
        dissidents", "based in London"): a place, no party (see ``_base``)."""
        bases = self.words.bases
        if tok.dep_ in MODIFIER_DEPS and tok.head.lower_ in bases:
            return True
        return tok.dep_ == "pobj" and tok.head.head.lower_ in bases

    def _other_nationality(self, tok: Token) -> bool:
        """Whether a modifier is the word of two adjacent nationality words that does
        not name the group's state: "Bosnian Serb forces", "Kosovo Serb leaders" are
        Bosnia's and Kosovo's (the ethnicity, "Serb", is no owner), but "Greek
        Cypriot police" are Cyprus's (its nationality noun keeps its own state)."""
        span = self.actors.at(tok)
        if span is None or tok.dep_ not in ("amod", "compound"):
            return False

        def sibling(i: int) -> ActorSpan | None:
            if not 0 <= i < len(self.doc):
                return None
            other = self.doc[i]
            found = self.actors.at(other)
            if (
                found is None
                or found is span
                # (The parser may hang the first word on the second: "Kosovo" on
                # "Albanian" in "Kosovo Albanian separatists".)
                or other.head.i not in (tok.head.i, tok.i)
                or other.dep_ not in ("amod", "compound")
                or found.kind not in ("demonym", "name")
                or found.actor.type not in ("State", "Territory")
            ):
                return None
            return found

        if span.kind == "demonym" and sibling(span.start - 1) is not None:
            return tok.lower_ not in self.words.own_state_demonyms
        after = sibling(span.end)
        return after is not None and self.doc[span.end].lower_ in self.words.own_state_demonyms

    @staticmethod
    def homes_body(state: ActorSpan, mod: Token, body: Actor) -> bool:
        """Whether ``mod``, naming ``state``, only says where ``body`` (a named group or
        body modifying the same noun) is at home: a state or territory of the body's
        country, not listed with it ("Israeli and Hezbollah fighters" are two sides).
        A group of no country keeps the state ("Syria's Islamic State militants"): it
        says where they fight, whose other side a "government forces" target is."""
        home = state.represents or state.actor
        return (
            body.type in HOMED_TYPES
            and home.type in ("State", "Territory")
            and not mod.conjuncts
            and body.country is not None
            and body.country == home.country
        )

    def names_backer(self, tok: Token, words: frozenset[str] | None = None) -> bool:
        """Whether a modifier names a backer or maker, not the group or user:
        "Russian-backed separatists", "pro-Russian rebels" (the parser hangs "pro",
        "-" and "Russian" side by side on the noun), "a Russian-made missile".
        ``words``: only these backer words (default: backers and origins, and the
        owner of an ally or proxy: "Iran's proxies")."""
        if words is None:
            if tok.dep_ in MODIFIER_DEPS and self._affiliate(tok.head):
                return True
            doc, head = tok.doc, tok.head
            if (
                tok.lower_.startswith("anti-")
                or (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti")
            ) and (self.sector_noun(head) or head.lemma_.lower() in self.words.domestic_bodies):
                # "an anti-Houthi coalition fighting the Houthis", "anti-Sandinista
                # rebels": a group's enemy ("anti-American slogans" still name theirs).
                return True
            words = self.words.backers | self.words.origins
        text = tok.lower_
        if any(text.startswith(f"{w}-") for w in words):
            return True
        if tok.dep_ in MODIFIER_DEPS and tok.head.lower_ in words:
            return True
        i = tok.i
        doc = tok.doc
        return (
            i >= 2
            and doc[i - 1].text == "-"
            and doc[i - 2].lower_ in words
            and doc[i - 2].head.i == tok.head.i
        )

    def names_aircraft(self, tok: Token) -> bool:
        """Whether a maker's name stands for one aircraft, not the company: with an
        owner in its phrase ("a Malaysia Airlines Boeing", "an Iranian Airbus"), with
        an article ("the Boeing was downed") or in apposition to a noun ("the
        Malaysia Airlines Boeing 777", parsed "Airlines, Boeing"), and no noun saying
        it is the company ("planemaker Boeing")."""
        if tok.lower_ not in self.words.makers:
            return False
        mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS or c.dep_ == "appos"]
        words = [*mods, *(g for c in mods for g in c.children)]
        if any(w.lower_ in self.words.maker_nouns for w in [*words, tok.head]):
            return False
        owned = any(self.actors.at(w) is not None for w in words)
        # "the Boeing was downed", "a Boeing": an article makes the name a thing.
        article = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)
        return owned or article or (tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"))

    def _backed_group(self, tok: Token) -> Ref | None:
        """A group named by whom it is for, not whose it is: "pro-Russian
        separatists", "Iranian-backed militias", "pro-government militias". It
        belongs where it acts: the country the sentence names as a place, other
        than its backer ("pro-Iranian militias attacked a US base in Syria" are
        Syria's), or, for fighters backed from abroad, the one other state named.
        Backed by a foreign state, its fighters are rebels there, whatever they are
        called; on the side of the rulers, they fight for the government (the
        military sector). Only nouns of a sector (fighters, militias, protesters),
        not "pro-Western parties"; the noun's own sector, not its modifier's
        ("government" in "pro-government")."""
        affiliate = self._affiliate(tok)
        for child in tok.children if affiliate else ():
            span = self.actors.at(child) if child.dep_ in ("amod", "compound") else None
            if span is not None and span.kind != "place":
                # "its British allies", "Iran's Hezbollah allies": the ally named.
                return Ref(span.represents or span.actor, None, tok.i, WEIGHT_MODIFIER)
        # An ally or proxy is what its sector word calls it ("militia ally").
        heads = [c for c in tok.children if c.dep_ == "compound"] if affiliate else [tok]
        sector = next(filter(None, map(self.sector_noun, heads)), None)
        if sector is None:
            return None
        backers: set[str] = set()
        aligned = False
        modifiers = [c for c in tok.children if c.dep_ in MODIFIER_DEPS]
        # "Russian-backed": the backer may hang from "backed".
        modifiers += [g for c in modifiers for g in c.children if g.dep_ in MODIFIER_DEPS]
        for child in modifiers:
            span = self.actors.at(child)
            if span is not None and (affiliate or self.names_backer(child, self.words.backers)):
                backers.update(
                    a.country for a in (span.actor, span.represents) if a is not None and a.country
                )
            elif self._pro(child) and child.lower_.removeprefix("pro-") in self.words.rulers:
                aligned = True
        # "government troops", "government forces" that name no state: the rulers'
        # armed men where the sentence places them (wire leads: "government troops
        # shelled rebel positions near Jaffna"), as for "pro-government" ones.
        ruling = sector in ("military", "police") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.words.rulers and not self._pro(c)
            for c in tok.children
        )
        if not backers and not aligned and not ruling:
            return None
        sent = self.sentence(tok.i)
        countries = {k: v for k, v in self.actors.countries_in(sent).items() if k not in backers}
        # Where the sentence places things: a town or capital, or a place phrase.
        placed = {
            country
            for span in self.actors.spans
            if sent.start <= span.start < sent.end
            and (country := span.actor.country) is not None
            and (
                span.kind in ("place", "capital")
                or any(self._placed(self.doc[i]) for i in range(span.start, span.end))
            )
        }
        if any(k in placed for k in countries):
            countries = {k: v for k, v in countries.items() if k in placed}
        elif not (backers and sector in ("rebel", "military")):
            # Crowds, or the rulers' men, with no place named ("pro-government
            # militias stormed the British embassy"): only the place says whose.
            # Fighters backed from abroad fight the other state named ("pro-Russian
            # rebels shelled Ukrainian positions").
            return None
        else:
            # ... but not a state named only inside an organisation's name ("a
            # Malaysia Airlines jet"): a company, not where anyone fights.
            outside = {
                span.actor.country
                for span in self.actors.spans
                if sent.start <= span.start < sent.end and self.doc[span.start].ent_type_ != "ORG"
            }
            countries = {k: v for k, v in countries.items() if k in outside}
        if len(countries) != 1:
            return None
        state = next(iter(countries.values()))
        if state.type != "State":
            return None
        if ruling and not aligned and not backers:
            return Ref(state, sector, tok.i, WEIGHT_MODIFIER * 0.9)
        # "Saudi-backed government forces": a word other than the "pro-" or backer
        # one says whose organ they are.
        named = next(
            (
                self.words.sector_modifiers[c.lower_]
                for c in tok.children
                if c.dep_ in ("compound", "amod")
                and c.lower_ in self.words.sector_modifiers
                and not self._pro(c)
                and self.actors.at(c) is None
            ),
            None,
        )
        if named is not None:
            sector = named
        elif aligned and not backers:
            sector = "military" if sector == "rebel" else sector
        elif sector == "military":
            sector = "rebel"
        return Ref(state, sector, tok.i, WEIGHT_MODIFIER * 0.9)

    def community_sector(self, span: ActorSpan, tok: Token, sector: str | None) -> str | None:
        """The sector of a community's group ``tok``: "Sikh leaders", "Tamil
        spokesmen" are of their state's people, no office of its government (a
        community word names no office holder); "Tamil rebels", "Tamil lawmakers" and
        "the Basque government" (a regional organ) keep their noun's sector."""
        text = self.doc[span.start : span.end].text.lower()
        if (
            span.kind == "demonym"
            and text in self.words.communities
            and sector == "government"
            and tok.lemma_.lower() not in INSTITUTIONS
            and tok.lower_ not in INSTITUTIONS
        ):
            return "people"
        return sector

    def _affiliate(self, tok: Token) -> bool:
        """Whether ``tok`` names someone on another's side ("ally", "proxies")."""
        return tok.lower_ in self.words.affiliates or tok.lemma_.lower() in self.words.affiliates

    def sector_noun(self, tok: Token) -> str | None:
        """The sector a noun names by itself ("troops": military), by word or lemma."""
        nouns = self.words.sector_nouns
        if tok.i > 0 and tok.lower_ in nouns:
            # "the Solicitor General": a law officer, not a soldier.
            return self.words.title_sector(tok.text, self.doc[tok.i - 1].text)
        return nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())

    @staticmethod
    def _placed(tok: Token) -> bool:
        """``tok`` names where things happen: "in Syria", or "over eastern Ukraine"
        (where aircraft fly and are shot down)."""
        return in_place_phrase(tok) or (tok.dep_ == "pobj" and tok.head.lower_ == "over")

    def _pro(self, tok: Token) -> bool:
        """Whether a modifier is the object of "pro-": "pro-government" (one token,
        or "pro", "-" and the word side by side on the noun)."""
        if tok.lower_.startswith("pro-"):
            return True
        i = tok.i
        return (
            i >= 2
            and self.doc[i - 1].text == "-"
            and self.doc[i - 2].lower_ == "pro"
            and self.doc[i - 2].head.i == tok.head.i
        )

    def _sector(self, tok: Token) -> str | None:
        for child in tok.children:
            # A word of a name ("Islamic State fighters") says nothing of the sector.
            if child.dep_ in ("compound", "amod") and self.actors.at(child) is None:
                sector = self.words.sector_modifiers.get(child.lower_)
                if sector:
                    return sector
        return self.sector_noun(tok)

    def _hosted(self, tok: Token) -> bool:
        """Whether ``tok`` is in what a verb of hosting takes ("Qatar hosted a
        meeting of the opposition"): a host's guests are no sign of its own."""
        node = tok
        for _ in range(4):
            if node.head.i == node.i:
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node.lemma_.lower() in self.words.guest_verbs
        return False

    def _sole_state(self, tok: Token) -> Actor | None:
        """The state every state mention of ``tok``'s sentence is of, if just one
        (and named as a state, not only by a territory of it)."""
        countries = self.actors.countries_in(self.sentence(tok.i))
        if len(countries) != 1:
            return None
        actor = next(iter(countries.values()))
        return actor if actor.type == "State" else None

    def _home_crowd(self, tok: Token) -> Ref | None:
        """A protest crowd named by no other word ("students", "striking teachers")
        acted on, as the people of the one country the sentence names, if just one."""
        if tok.lower_ not in self.words.home_crowds or self.actors.at(tok) is not None:
            return None
        if any(
            c.dep_ in ("compound", "nmod", "poss") or (c.dep_ == "amod" and c.tag_ != "VBG")
            for c in tok.children
        ):
            return None  # ("foreign students", "Tibetan students", "their students")
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.lemma_.lower() in self.words.foreign_crowd_verbs:
            return None
        return self._of_sole_state(tok, "people")

    def home_rebels(self, tok: Token) -> Ref | None:
        """Rebels named by no word ("rebels", "the guerrillas", "50 insurgents") as
        those of the one country the sentence names, if just one."""
        if tok.lower_ not in self.words.home_rebels or self.actors.at(tok) is not None:
            return None
        if any(
            c.dep_ in ("compound", "amod", "nmod", "poss")
            and c.lower_ not in self.words.unnaming_modifiers
            for c in tok.children
        ):
            return None
        if tok.head.pos_ == "VERB" and self.backing_verb(tok.head):
            return None  # "Iran armed the rebels": a backer's, not its own rebels
        return self._of_sole_state(tok, "rebel")

    def _paragraph(self, char: int) -> int:
        raise NotImplementedError  # the resolver's: the paragraph holding a character

    def people_rebels(self, tok: Token) -> Ref | None:
        """Rebels named by a people of several states ("Kurdish rebels", "Tuareg
        separatists": the actor words' ``rebel_peoples``): those of the one of its
        states the sentence names (a state, its people, a place in it, one of its
        bodies or office holders), else its paragraph; no guess when it names none
        or two of them ("Kurdish rebels attacked a Turkish post near the Iraqi
        border")."""
        if self.sector_noun(tok) != "rebel":
            return None
        peoples = self.words.rebel_peoples
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        states = next((peoples[c.lower_] for c in mods if c.lower_ in peoples), None)
        if states is None or self._hosted(tok):
            return None
        if len(states) == 1:
            # ("Karen rebels" are Myanmar's, wherever they are said to strike.)
            only = self.state_of(next(iter(states)))
            return Ref(only, "rebel", tok.i, WEIGHT_MODIFIER * 0.9) if only else None
        sent = self.sentence(tok.i)
        para = self._paragraph(tok.idx)
        # States, their bodies and office holders name the state ("a Turkish army
        # post", "Erdogan"); a group ("the PKK") does not say whose rebels these are.
        spans = [s for s in self.actors.spans if s.actor.type not in ("ArmedGroup", "IGO")]
        found: set[str] = set()
        for scope in (
            [s for s in spans if sent.start <= s.start < sent.end],
            [s for s in spans if self._paragraph(self.doc[s.start].idx) == para],
        ):
            found = {
                a.country
                for s in scope
                for a in (s.actor, s.represents)
                if a is not None and a.country in states
            }
            if found:
                break
        state = self.state_of(found.pop()) if len(found) == 1 else None
        if state is None:
            return None
        return Ref(state, "rebel", tok.i, WEIGHT_MODIFIER * 0.9)

    def _of_sole_state(self, tok: Token, sector: str) -> Ref | None:
        """``tok`` as the group ``sector`` of the one country the sentence names, if
        just one and the group is not hosted by another."""
        state = self._sole_state(tok)
        if state is None or self._hosted(tok):
            return None
        return Ref(state, sector, tok.i, WEIGHT_MODIFIER * 0.9)

    def backing_verb(self, verb: Token) -> bool:
        """Whether ``verb`` backs someone: its participle is a backer word ("armed",
        "funded", "backed": the actor words' ``backers``)."""
        lemma = verb.lemma_.lower()
        return bool({lemma + "ed", lemma + "d"} & self.words.backers)

    def _allegiance(self, tok: Token) -> list[Token]:
        """Words of allegiance that qualify ``tok``: "forces loyal to", "gunmen linked
        to", or a relative clause saying the same ("gunmen, who belonged to al-Shabab",
        "militants who police say are linked to the group")."""
        allegiance = self.words.allegiance
        out: list[Token] = []
        for child in tok.children:
            if child.dep_ in ("amod", "acl"):
                words = [child]
            elif child.dep_ == "relcl":
                words = [child, *(g for g in child.children if g.dep_ in ("acomp", "ccomp"))]
                words += [g for w in words[1:] for g in w.children if g.dep_ == "acomp"]
            else:
                continue
            out += [w for w in words if w.lemma_.lower() in allegiance or w.lower_ in allegiance]
        return out
