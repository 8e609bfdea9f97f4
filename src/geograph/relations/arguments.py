"""From a token in the parse to the actor(s) it stands for.

An argument of a relation is rarely a bare name. It can be a phrase headed by an
institution noun ("Iran's foreign ministry", "Israeli defense officials"), a
pronoun ("its", "they"), a definite description ("the country"), a relative
pronoun ("Armenia, which controls ..."), an apposition ("the spy agency Mossad"),
a generic noun with "of" ("the territory of Nagorno Karabakh"), or a coordination
of several of these ("Egypt, Greece and Cyprus").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors import ActorWords
from ..linker import ActorSpan, DocActors
from ..model import Actor
from .syntax import hyphen_agents, in_place_phrase, prep_objects, sentence_starts, subjects

PERSONAL = {"he", "him", "his", "she", "her", "hers"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
RELATIVE = {"which", "who", "whom", "that", "whose"}
FIRST_PLURAL = {"we", "us", "our", "ours"}
PLACE_PREPS = {
    "of", "in", "near", "at", "outside", "inside", "across", "throughout", "with", "to", "for",
    "against",
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


@dataclass(frozen=True, slots=True)
class Ref:
    """An actor as one argument of a relation."""

    actor: Actor
    sector: str | None
    token: int
    weight: float
    # The person named, when the actor is the state or body that person acts for.
    via: Actor | None = None


class Resolver:
    """Resolves argument tokens of one doc to actors."""

    def __init__(self, doc: Doc, actors: DocActors, words: ActorWords) -> None:
        self.doc = doc
        self.actors = actors
        self.words = words
        text = doc.text
        self._para_starts = [0]
        pos = text.find("\n\n")
        while pos != -1:
            self._para_starts.append(pos)
            pos = text.find("\n\n", pos + 2)
        # Sentence starts, once: Token.sent walks the doc on every call, and
        # Doc.sents builds a Python object per token (a quarter of extraction time).
        self.sent_starts = sentence_starts(doc)
        self._spans = sorted(actors.spans, key=lambda s: s.start)
        self._span_starts = [s.start for s in self._spans]
        self._memo: dict[tuple[int, str], Ref | None] = {}

    # -- public ------------------------------------------------------------------

    def refs(self, tok: Token, role: str) -> list[Ref]:
        """Actors that ``tok`` and its conjuncts stand for, in ``role``
        (``agent``, ``patient`` or ``owner``)."""
        out: list[Ref] = []
        if tok.lower_ in PLURAL:
            speakers = self._speakers(tok)
            if speakers:
                # "Obama and Putin said they will ...": "they" is both of them.
                return [
                    Ref(r.actor, r.sector, tok.i, WEIGHT_PRONOUN)
                    for r in self.refs(speakers[0], "agent")
                ]
        members = [tok, *tok.conjuncts]
        if tok.lemma_.lower() in ("nation", "country"):
            # "the nations of Vietnam and Laos": each state of the "of" list.
            members.extend(c for o in prep_objects(tok, "of") for c in o.conjuncts)
        span = self.actors.at(tok)
        if span is not None:
            # A name the parser split ("Barack" -> "Obama" -> and "Putin"): the
            # coordination may hang from any of its words.
            for i in range(span.start, span.end):
                if i != tok.i:
                    members.extend(self.doc[i].conjuncts)
        # "The US, Russia, and Switzerland met": the parser may take a list for an
        # apposition followed by a coordination.
        # "US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke":
        # it may also take two titled names for one, the first (with the
        # coordination) hung on a title compounded with the last name.
        titles = [g for c in tok.children if c.dep_ == "compound" for g in c.children]
        for child in [*tok.children, *titles]:
            if child.dep_ == "appos" and child.conjuncts and self.actors.at(child) is not None:
                members.extend((child, *child.conjuncts))
        for t in members:
            ref = self.one(t, role)
            if ref is None:
                continue
            found = [ref]
            head = self.doc[ref.token]
            head_span = self.actors.at(head)
            # "Turkish and Greek officials": one noun, two coordinated owners. Not a
            # people named by two nationality words ("Bosnian Serbs", "Greek
            # Cypriots"): that is one group, whose state ``one`` chose.
            demonym = head_span is not None and head_span.kind == "demonym"
            for child in () if demonym else head.children:
                if self._other_nationality(child) or self.names_backer(child):
                    # ("pro-Russian separatists": the backer is no second owner.)
                    continue
                if child.dep_ in ("amod", "compound", "nmod") and self.actors.at(child) is not None:
                    # "French, British and American jets": the parser may hang each
                    # list item from the noun, so the modifier itself counts too.
                    for conj in (child, *child.conjuncts):
                        span = self.actors.at(conj)
                        if span is not None and span.kind != "place" and span.actor != ref.actor:
                            # (Not the owner the noun already stands for: "the Biden
                            # campaign" is the candidate, not also his state.)
                            actor = span.represents or span.actor
                            found.append(Ref(actor, ref.sector, ref.token, ref.weight))
            for r in found:
                if all(o.actor.id != r.actor.id for o in out):
                    out.append(r)
        return out

    @staticmethod
    def _speakers(tok: Token) -> list[Token]:
        """The subject of the verb of saying whose complement ``tok`` is the subject of."""
        clause = tok.head
        if tok.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("ccomp", "xcomp"):
            return []
        return [c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.i != tok.i]

    def one(self, tok: Token, role: str) -> Ref | None:
        key = (tok.i, role)
        if key not in self._memo:
            ref = self._resolve(tok, role, depth=0)
            if ref is not None and ref.actor.type == "IGO" and ref.sector in IGO_STAFF:
                # "UN inspectors", "officials from the UN nuclear agency": an IGO has
                # no government or people of its own; its staff and agencies are it.
                ref = Ref(ref.actor, "igo", ref.token, ref.weight, ref.via)
            self._memo[key] = ref
        return self._memo[key]

    # -- resolution ----------------------------------------------------------------

    def _from_span(self, span: ActorSpan, tok: Token, weight: float) -> Ref:
        actor = span.represents or span.actor
        sector = span.sector
        if (
            span.kind == "demonym"
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ != "amod"
            # "Russian-backed rebels": an adjective the parser took for a noun.
            and tok not in hyphen_agents(tok.head)
        ):
            sector = sector or "people"
        via = span.actor if span.represents is not None else None
        return Ref(actor, sector, tok.i, weight, via)

    def _resolve(self, tok: Token, role: str, depth: int) -> Ref | None:
        if depth > 4:
            return None
        span = self.actors.at(tok)
        if span is not None:
            return self._named(tok, span, role, depth)
        if tok.i in self.actors.things:
            # A newspaper, a building or a shop ("Greek daily Kathimerini said"): no
            # side of a relation, nor is the state of its modifier.
            return None
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$", "WDT", "WP", "WP$"):
            return self._pronoun(tok, role, depth)
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
            return None
        linked = self._linked(tok, role, depth)
        if linked is not None:
            return linked
        if self._affiliate(tok):
            # "Israel's militia ally", "Iran's proxies": the owner is their patron,
            # not them; only a sector word and a place say who they are.
            return self._backed_group(tok)
        lower = tok.lower_
        institution = lower in self.words.sector_nouns or tok.lemma_ in self.words.sector_nouns
        owner = self._modifier_actor(tok, depth)
        if owner is None or owner[0] is None:
            # A named phrase beats a pronoun owner ("its ambassador from Israel"),
            # a named owner beats the phrase ("the Turkish side of Cyprus").
            named = self._named_in_phrase(tok, role, depth, institution)
            if named is not None:
                return named
        if owner is not None:
            return self._by_owner(tok, owner, role, depth, institution)
        return self._unowned(tok, role, depth, institution)

    def _named(self, tok: Token, span: ActorSpan, role: str, depth: int) -> Ref | None:
        """A word of an actor's name, demonym or place."""
        if role != "agent" and self.names_aircraft(tok):
            # "a Malaysia Airlines Boeing": the plane, whose owner its phrase names.
            owner = self._modifier_actor(tok, depth)
            if owner is None or owner[0] is None or owner[0] is span:
                return None
            base = owner[0].represents or owner[0].actor
            return Ref(base, self._sector(tok) or owner[0].sector, tok.i, WEIGHT_MODIFIER)
        if span.kind == "place" and role == "agent":
            return None  # a town does not act; its country may be acted upon
        if span.kind == "demonym" and tok.dep_ not in ("amod", "compound", "nmod"):
            # "Bosnian Serbs", "Iraqi Kurds": people of one nation living in another.
            # A territory that is no state's ("Kosovo Serbs") is the home too. Some
            # peoples are named by the ethnicity of a community of their own state
            # ("Greek Cypriots" are Cyprus's): their noun keeps its state.
            keeps_own = tok.lower_ in self.words.own_state_demonyms
            for child in tok.children:
                home = self.actors.at(child) if child.dep_ in ("amod", "compound") else None
                if (
                    home is not None
                    and home.actor.type in ("State", "Territory")
                    and home is not span
                    and not keeps_own
                ):
                    return Ref(home.actor, "people", tok.i, WEIGHT_MODIFIER)
        return self._from_span(span, tok, WEIGHT_NAME)

    def _pronoun(self, tok: Token, role: str, depth: int) -> Ref | None:
        """A relative, personal or first-person plural pronoun."""
        lower = tok.lower_
        if lower in RELATIVE:
            if tok.head.dep_ == "relcl":
                return self._resolve(tok.head.head, role, depth + 1)
            # The parser may miss the relative clause; the pronoun still
            # refers to the noun phrase right before it ("Armenia, which ...").
            prev = tok.i - 1
            while prev >= 0 and self.doc[prev].is_punct:
                prev -= 1
            if prev >= 0 and self.doc[prev].pos_ in ("NOUN", "PROPN") and prev < tok.i - 1:
                return self._resolve(self.doc[prev], role, depth + 1)
            return None
        if lower in NEUTER | PLURAL | PERSONAL:
            return self.antecedent(tok)
        if lower in FIRST_PLURAL:
            return self._quoted_speaker(tok, depth)
        return None

    def _linked(self, tok: Token, role: str, depth: int) -> Ref | None:
        """An actor the phrase names by apposition, allegiance or an "of" phrase."""
        # "the Israeli spy agency Mossad", "another Iranian neighbor, Turkey"
        for child in tok.children:
            if child.dep_ == "appos":
                ref = self._resolve(child, role, depth + 1)
                if ref is not None:
                    return ref
        # "forces loyal to the government", "gunmen affiliated with Hamas"
        for word in self._allegiance(tok):
            for pobj in (*prep_objects(word, "to"), *prep_objects(word, "with")):
                ref = self._resolve(pobj, role, depth + 1)
                if ref is not None:
                    actor = ref.actor
                    if actor.type == "Person" and actor.country and ref.via is None:
                        # "militants loyal to Iraq's al-Qaeda frontman": followers of
                        # a man of no office act in his state (as its rebels, by
                        # their noun), not as him.
                        state = self.actors.countries_in(self.sentence(pobj.i)).get(actor.country)
                        if state is not None and state.type == "State":
                            actor = state
                    return Ref(actor, self._sector(tok) or ref.sector, tok.i, ref.weight)
        # "the territory of Nagorno Karabakh", "the government of Iran"
        of_heads = self.words.of_heads
        if tok.lemma_.lower() in of_heads or tok.lower_ in of_heads:
            for child in tok.children:
                if child.dep_ != "prep" or child.lower_ != "of":
                    continue
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    # "the government of Sindh province", "the governor of Kandahar":
                    # the "of" phrase of an office names its seat, a place that may
                    # not act itself.
                    office = self._sector(tok) not in (None, *DOMESTIC_SECTORS)
                    ref = self._resolve(pobj, "patient" if office else role, depth + 1)
                    if ref is not None:
                        # "the government of Iraq" is Iraq's government.
                        sector = self._sector(tok) or ref.sector
                        return Ref(ref.actor, sector, ref.token, ref.weight)
        return None

    def _by_owner(
        self,
        tok: Token,
        owner: tuple[ActorSpan | None, Token],
        role: str,
        depth: int,
        institution: bool,
    ) -> Ref | None:
        """A phrase whose modifier names its owner ("Israeli tanks", "its army")."""
        actor_span, mod = owner
        if tok.lower_ in self.words.kin and (
            (actor_span is not None and actor_span.actor.type == "Person") or mod.lower_ in PERSONAL
        ):
            return self._kin(tok, actor_span, mod)
        sector = self._sector(tok)
        weight = WEIGHT_INSTITUTION if institution else WEIGHT_MODIFIER
        if role == "agent" and not institution:
            # "Israeli tanks", "French farmers", "Iraqi Kurds": a people or a
            # state's hardware acts for it; "its programme" does not act, nor
            # does a text ("Omani law allowed ...").
            if (
                actor_span is None
                or actor_span.kind == "place"
                or tok.lower_ in self.words.instruments
            ):
                return None
            weight = WEIGHT_MODIFIER * 0.9
            # An armed group or body acts through its things in its own sector
            # ("Hezbollah rocket fire" is the group's, not its people's); a
            # state's things and people are its people, a politician's campaign
            # is no office.
            own = (
                actor_span.sector
                if actor_span.actor.type in ("ArmedGroup", "Military", "IGO", "Agency")
                else None
            )
            sector = sector or own or "people"
        if actor_span is None:
            ref = (
                self._quoted_speaker(mod, depth)
                if mod.lower_ in FIRST_PLURAL
                else self.antecedent(mod)
            )
            if ref is None:
                return None
            return Ref(ref.actor, sector or ref.sector, tok.i, weight * WEIGHT_PRONOUN)
        base = actor_span.represents or actor_span.actor
        if actor_span.actor.type == "Person" and tok.lower_ in self.words.campaigns:
            # "the Trump campaign", "Biden's camp": the candidate, in no office.
            return Ref(actor_span.actor, None, tok.i, weight)
        if actor_span.kind == "place":
            # "West Darfur State", "the Kirkuk area": a place, not an institution.
            return Ref(base, None, tok.i, weight)
        return Ref(base, sector or actor_span.sector, tok.i, weight)

    def _kin(self, tok: Token, span: ActorSpan | None, mod: Token) -> Ref | None:
        """A person's relative ("Biden's son", "his brother") is not that person but
        one of the people of the person's state, if the text names it."""
        if span is None:
            ref = self.antecedent(mod)
            state = ref.actor if ref is not None and ref.actor.type == "State" else None
        else:
            person = span.actor
            state = span.represents
            if state is None and person.country:
                state = self.actors.countries_in(self.sentence(tok.i)).get(person.country)
        if state is None or state.type != "State":
            return None
        return Ref(state, "people", tok.i, WEIGHT_MODIFIER * WEIGHT_PRONOUN)

    def _unowned(self, tok: Token, role: str, depth: int, institution: bool) -> Ref | None:
        """A phrase no modifier owns: read from where it is based or placed, whom
        it is backed by, the sentence's one state, or an earlier actor."""
        lower = tok.lower_
        sector = self._sector(tok)
        based = self._base(tok)
        if based is not None:
            if lower in self.words.exiles or tok.lemma_.lower() in self.words.exiles:
                return None  # "London-based dissidents": whose, the base does not say
            # "a Pakistan-based militant group", "militants based in Trinidad".
            return Ref(based.actor, sector or "people", tok.i, WEIGHT_MODIFIER * 0.9)
        backed = self._backed_group(tok)
        if backed is not None:
            return backed
        if role == "agent" and tok.tag_ == "NNS" and not institution:
            # "nurses in Ghana", "students from Kenya": people named by where they
            # live act as its people (the place's token, so that violence by
            # "gunmen in Kabul" stays unattributed).
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "from"):
                    for pobj in child.children:
                        span = self.actors.at(pobj) if pobj.dep_ == "pobj" else None
                        if span is not None and (
                            span.kind == "place" or span.actor.type in ("State", "Territory")
                        ):
                            return Ref(span.actor, "people", pobj.i, WEIGHT_MODIFIER * 0.9)
        if role == "patient" and tok.pos_ == "NOUN":
            # "condemned the annexation of Crimea by Russia": the act's doer, not its
            # object, is whom the act on the noun concerns.
            for pobj in prep_objects(tok, "by"):
                ref = self._resolve(pobj, "agent", depth + 1)
                if ref is not None:
                    return Ref(ref.actor, ref.sector, tok.i, ref.weight * 0.7)
            # "targets in Jericho", "the right of Russian troops", "positions near Rafah"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            ref = self._resolve(pobj, role, depth + 1)
                            if ref is not None:
                                return Ref(ref.actor, ref.sector, tok.i, ref.weight * 0.7)
        if role == "owner":
            for child in tok.children:
                if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            ref = self._resolve(pobj, "agent", depth + 1)
                            if ref is not None:
                                return ref
        if lower in self.words.home_groups or any(
            c.dep_ in ("compound", "amod") and c.lower_ in self.words.home_groups
            for c in tok.children
        ):
            # "talks with the opposition", "arrested opposition leaders": with no
            # state named in the phrase, the opposition is that of the one country
            # the sentence names; with two countries, whose it is is unknown.
            state = self._sole_state(tok)
            if state is not None and not self._hosted(tok):
                return Ref(state, sector or "rebel", tok.i, WEIGHT_MODIFIER * 0.9)
        # "the country", "the ministry": a definite description of an earlier actor.
        # "The state of" something that names no one is a condition ("the state of
        # emergency", "the state of the economy"), not a polity.
        condition = tok.lemma_.lower() == "state" and bool(prep_objects(tok, "of"))
        if not condition and any(
            c.lower_ in ("the", "this", "that") for c in tok.children if c.dep_ == "det"
        ):
            for atype, nouns in self.words.anaphors.items():
                if lower in nouns or tok.lemma_ in nouns:
                    ref = self.antecedent(tok, types={atype})
                    if ref is not None:
                        return Ref(ref.actor, sector or ref.sector, tok.i, ref.weight)
        return None

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

    def _quoted_speaker(self, tok: Token, depth: int) -> Ref | None:
        """ "We" in what someone says is the speaker's side ("'We will not allow
        Ethiopia to fill the dam,' the Egyptian foreign minister said")."""
        node = tok
        for _ in range(8):
            head = node.head
            if head.i == node.i:
                return None
            if (
                node.dep_ in ("ccomp", "parataxis")
                and head.lemma_.lower() in self.words.quote_verbs
            ):
                for subj in head.children:
                    if subj.dep_ == "nsubj" and subj.i != tok.i:
                        ref = self._resolve(subj, "agent", depth + 1)
                        if ref is not None:
                            return Ref(ref.actor, ref.sector, tok.i, WEIGHT_PRONOUN, ref.via)
                return None
            node = head
        return None

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

    def _named_in_phrase(self, tok: Token, role: str, depth: int, institution: bool) -> Ref | None:
        """The actor a preposition phrase of ``tok`` names: "gunmen from Hamas",
        "soldiers of the Syrian army", "the border with Ukraine"."""
        children = list(tok.children)
        after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if (
            tok.lemma_.lower() in BORDER_HEADS
            and after is not None
            and after.lower_ == "with"
            and after.dep_ == "prep"
            and after.head.i != tok.i
        ):
            # "on high alert along the border with Pakistan": the parser may hang the
            # "with" phrase right after the border on the verb.
            children.append(after)
        for child in children:
            if child.dep_ != "prep":
                continue
            word = child.lower_
            if (
                institution
                and word in ("from", "of", "for", "in", "throughout", "across", "inside")
            ) or (word == "with" and tok.lemma_.lower() in BORDER_HEADS):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        ref = self._resolve(pobj, role, depth + 1)
                        if ref is not None:
                            sector = self._sector(tok) or ref.sector
                            return Ref(ref.actor, sector, tok.i, ref.weight * WEIGHT_INSTITUTION)
        return None

    def _modifier_actor(self, tok: Token, depth: int) -> tuple[ActorSpan | None, Token] | None:
        """The actor named by a modifier of ``tok`` ("Iran's", "Israeli", "its");
        an organisation beats a person ("bin Laden's al-Qaeda network")."""
        named = [
            (span, child)
            for child in tok.children
            if child.dep_ in MODIFIER_DEPS
            and (span := self.actors.at(child)) is not None
            and not self.names_backer(child)
            and not self._other_nationality(child)
        ]
        if named:
            named.sort(
                key=lambda pair: pair[0].actor.type == "Person" and pair[0].represents is None
            )
            return named[0]
        for child in tok.children:
            if child.dep_ not in MODIFIER_DEPS:
                continue
            if child.dep_ == "poss" and child.lower_ in NEUTER | PLURAL | PERSONAL | FIRST_PLURAL:
                return None, child
            if child.lower_ in self.words.backers | self.words.origins | self.words.bases:
                # "Russian-backed separatists", "Russian-made missiles"; a base is
                # read by ``_base`` ("London-based dissidents" are not Britain's).
                continue
            # "Iranian-Azerbaijani", "the breakaway Azerbaijani territory": look one level down.
            for grand in child.children:
                if grand.dep_ in MODIFIER_DEPS:
                    span = self.actors.at(grand)
                    if span is not None:
                        return span, grand
        return None

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
                or other.head.i != tok.head.i
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

    def names_backer(self, tok: Token, words: frozenset[str] | None = None) -> bool:
        """Whether a modifier names a backer or maker, not the group or user:
        "Russian-backed separatists", "pro-Russian rebels" (the parser hangs "pro",
        "-" and "Russian" side by side on the noun), "a Russian-made missile".
        ``words``: only these backer words (default: backers and origins, and the
        owner of an ally or proxy: "Iran's proxies")."""
        if words is None:
            if tok.dep_ in MODIFIER_DEPS and self._affiliate(tok.head):
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
        if not backers and not aligned:
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

    # -- anaphora ------------------------------------------------------------------

    def sentence(self, i: int) -> Span:
        """The sentence that holds token ``i``."""
        k = bisect.bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.doc[self.sent_starts[k] : end]

    def _paragraph(self, char: int) -> int:
        return bisect.bisect_right(self._para_starts, char) - 1

    def _domestic(self, tok: Token) -> bool:
        """Whether ``tok`` names a state's people or rebels (who act on their own state)."""
        ref = self.one(tok, "agent")
        return ref is not None and ref.sector in DOMESTIC_SECTORS

    def antecedent(self, tok: Token, types: set[str] | None = None) -> Ref | None:
        """The actor a pronoun or definite description points back to.

        A pronoun subject inside what someone says refers to the speaker ("Israeli
        leaders hinted that they would ..."); otherwise the most recent compatible
        actor in the paragraph, preferring subjects, wins.
        """
        lower = tok.lower_
        if types is None:
            types = {"Person"} if lower in PERSONAL else NON_PERSON
        if tok.head.head.pos_ in ("VERB", "AUX"):
            for subj in self._speakers(tok):
                ref = self.one(subj, "agent")
                if ref is not None and self._compatible(ref, types):
                    return Ref(ref.actor, ref.sector, tok.i, WEIGHT_PRONOUN)
        chained = self._previous_subject(tok)
        if chained is not None:
            ref = self.one(chained, "agent")
            if ref is not None:
                return Ref(ref.actor, ref.sector, tok.i, WEIGHT_PRONOUN, ref.via)
        # "Kenyan opposition leaders accused the government": a state's opposition
        # or people speak of their own state's government, their clause-mate.
        own_state = tok.pos_ == "NOUN" and "State" in types
        bound = self._bound(tok, own_state)
        para = self._paragraph(tok.idx)
        # A pronoun in a paragraph's first sentence may point into the paragraph before.
        sent = self.sentence(tok.i)
        first_sentence = not self.doc.text[self._para_starts[para] : sent.start_char].strip()
        sent_start = sent.start
        best: tuple[float, ActorSpan] | None = None
        idx = bisect.bisect_left(self._span_starts, tok.i)
        for span in reversed(self._spans[:idx]):
            first = self.doc[span.start]
            span_para = self._paragraph(first.idx)
            if span_para != para and not (first_sentence and span_para == para - 1):
                break
            actor = span.represents or span.actor
            if actor.type not in types and span.actor.type not in types:
                continue
            if actor.id in bound or span.actor.id in bound:
                continue
            if self.names_backer(self.doc[span.start], self.words.backers):
                # "the Armenian-backed separatists occupy it": a backer named only
                # as a modifier is not what "it" or "they" points back to.
                continue
            if lower in NEUTER and span.actor.type == "Person":
                # "it"/"its" is never a named person, even one who acts for a
                # state ("Pompeo cited the Cuban government's ... its support").
                continue
            # ("South Korean doctors": the phrase's last word hangs on the noun.)
            last = self.doc[span.end - 1]
            if (
                span.kind == "demonym"
                and last.dep_ == "amod"
                and last.head.lower_ not in self.words.sector_nouns
                # "three Somali men ... them": a group of a nation's people.
                and not (lower in PLURAL and last.head.tag_ in ("NNS", "NNPS"))
                # "Greek unions struck against the government": a nation's people
                # speak of their own government.
                and not (own_state and self._domestic(last.head))
            ):
                continue
            distance = tok.i - span.end
            head = first.head if first.dep_ in MODIFIER_DEPS else first
            if (
                span.start >= sent_start
                and head.head.i == tok.head.i
                and not (own_state and self._domestic(head))
            ):
                continue  # the pronoun's own clause-mate is rarely its antecedent
            score = -distance / 40.0 + (1.0 if head.dep_ in SUBJECT_DEPS else 0.0)
            if own_state and tok.dep_ == "pobj" and span.start >= sent_start:
                # "recognized Israel and opened relations with the nation": a
                # description in a phrase goes back to a state of its own sentence
                # before the subject of an earlier one.
                score += 1.0
            if best is None or score > best[0]:
                best = (score, span)
            if distance > 120:
                break
        if best is None:
            return None
        span = best[1]
        first = self.doc[span.start]
        if span.kind == "demonym" and first.dep_ in MODIFIER_DEPS:
            # "Algerian students ... their protests": the students, with their sector
            # (people), not the state the adjective names.
            phrase = self.one(first.head, "agent")
            # ("Bosnian Serb leaders ... their": the phrase's state, not the ethnicity's.)
            if phrase is not None and (
                phrase.actor.id == (span.represents or span.actor).id
                or self._other_nationality(first)
            ):
                return Ref(phrase.actor, phrase.sector, tok.i, WEIGHT_PRONOUN)
        if span.kind == "demonym" and first.dep_ not in MODIFIER_DEPS:
            # "Bosnian Serbs said their forces ...": the pronoun stands for the phrase
            # as it resolves (Bosnia's people), not for the bare nationality noun.
            phrase = self.one(self.doc[span.end - 1], "agent")
            if phrase is not None and self._compatible(phrase, types):
                return Ref(phrase.actor, phrase.sector, tok.i, WEIGHT_PRONOUN)
        return Ref(span.represents or span.actor, span.sector, tok.i, WEIGHT_PRONOUN)

    def _previous_subject(self, tok: Token) -> Token | None:
        """The same pronoun as the subject of the sentence before, in one paragraph:
        "They said the deal between Turkey and Libya was void. They called on
        Ankara to ...": the second "they" goes on with the first, not with a
        party named in between."""
        group = PLURAL if tok.lower_ in PLURAL else NEUTER if tok.lower_ in NEUTER else None
        if group is None or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT":
            return None
        sent = self.sentence(tok.i)
        if sent.start == 0:
            return None
        prev = self.sentence(sent.start - 1)
        if self._paragraph(prev.start_char) != self._paragraph(sent.start_char):
            return None
        for t in prev:
            if t.dep_ == "ROOT":
                for c in t.children:
                    if c.dep_ in SUBJECT_DEPS and c.lower_ in group:
                        return c
        return None

    def _bound(self, tok: Token, own_state: bool = False) -> set[str]:
        """Actors a pronoun object cannot stand for: its own clause's subject
        ("They accused them": not the accusers; "itself" may be). A state's
        opposition or people do not bind their state for "the government"."""
        if tok.dep_ not in ("dobj", "dative", "iobj", "pobj") or tok.lower_.endswith(
            ("self", "selves")
        ):
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        out: set[str] = set()
        # "detained four Syrians and handed them over": an inherited subject too.
        for subj in subjects(verb, ()):
            if subj.i != tok.i:
                ref = self.one(subj, "agent")
                if ref is not None and not (own_state and ref.sector in DOMESTIC_SECTORS):
                    out.add(ref.actor.id)
                    if ref.via is not None:
                        out.add(ref.via.id)
        return out

    def _compatible(self, ref: Ref, types: set[str]) -> bool:
        # "he" is a minister who acts for his state: compare the named person.
        span = self.actors.at(self.doc[ref.token])
        return ref.actor.type in types or (span is not None and span.actor.type in types)
