"""From a token in the parse to the actor(s) it stands for.

An argument of a relation is rarely a bare name. It can be a phrase headed by an
institution noun ("Iran's foreign ministry", "Israeli defense officials"), a
pronoun ("its", "they"), a definite description ("the country"), a relative
pronoun ("Armenia, which controls ..."), an apposition ("the spy agency Mossad"),
a generic noun with "of" ("the territory of Nagorno Karabakh"), or a coordination
of several of these ("Egypt, Greece and Cyprus").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors import ActorWords
from ..linker import ActorSpan, DocActors
from .antecedents import Antecedents
from .groups import StateOf
from .misparses import (
    as_phrase_by,
    displaced_appos,
    opens_next_clause,
    relative_antecedent,
    verb_held_by,
)
from .refs import (
    BORDER_HEADS,
    DOMESTIC_SECTORS,
    ENVOY_HEADS,
    FIRST_PLURAL,
    IGO_STAFF,
    MODIFIER_DEPS,
    NEUTER,
    PERSONAL,
    PLACE_PREPS,
    PLURAL,
    RELATIVE,
    WEIGHT_INSTITUTION,
    WEIGHT_MODIFIER,
    WEIGHT_NAME,
    WEIGHT_PRONOUN,
    Ref,
    authoring,
    possessed_topic,
    same_side,
)
from .syntax import agents, hyphen_agents, prep_objects, sentence_starts


class Resolver(Antecedents):
    """Resolves argument tokens of one doc to actors."""

    def __init__(
        self, doc: Doc, actors: DocActors, words: ActorWords, state: StateOf = lambda _: None
    ) -> None:
        self.doc = doc
        self.state_of = state
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
            owners = self._coordinated_owners(tok)
            if owners:
                # "Sanders and Obama announced their support": "their" is both of
                # them, not an actor named earlier (a person is no "it"-like
                # antecedent, so the scan would skip them for a state).
                return [
                    Ref(r.actor, r.sector, tok.i, WEIGHT_PRONOUN)
                    for r in self.refs(owners[0], "agent")
                ]
        plural_owner = next(
            (c for c in tok.children if c.dep_ == "poss" and c.lower_ in PLURAL), None
        )
        owners = self._coordinated_owners(plural_owner) if plural_owner is not None else []
        first = self.one(tok, role) if owners and self.actors.at(tok) is None else None
        if first is not None:
            # "Ethiopia and Somalia agreed to withdraw their troops": each one's troops.
            return [
                Ref(r.actor, first.sector, tok.i, first.weight)
                for r in self.refs(owners[0], "agent")
            ]
        members = [tok, *(c for c in tok.conjuncts if not opens_next_clause(c))]
        if tok.lemma_.lower() in ("nation", "country"):
            # "the nations of Vietnam and Laos": each state of the "of" list.
            members.extend(c for o in prep_objects(tok, "of") for c in o.conjuncts)
        elif self.actors.at(tok) is None:
            # "the foreign ministers of Greece and Turkey", "negotiators from North
            # Korea and the United States": people or bodies that stand for the
            # first of a listed "of"/"from" phrase stand for each of the list.
            first = self.one(tok, role)
            for o in (*prep_objects(tok, "of"), *prep_objects(tok, "from")):
                lead = self.one(o, role) if o.conjuncts else None
                if lead is not None and first is not None and lead.actor.id == first.actor.id:
                    members.extend(o.conjuncts)
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
            # ("a joint force of Ugandan and Rwandan troops": the owners of the "of"
            # phrase the noun stands for; not the words of a name there: "the
            # occupation of the West Bank" is Israel's, not also the West Bank's.)
            inner = prep_objects(head, "of") if head_span is None else []
            inner = [o for o in inner if self.actors.at(o) is None]
            for child in () if demonym else [c for h in (head, *inner) for c in h.children]:
                if self._other_nationality(child) or self.names_backer(child):
                    # ("pro-Russian separatists": the backer is no second owner.)
                    continue
                if possessed_topic(child, self.actors.at(child)):
                    continue  # ("Israel's Gaza policy": no second owner either.)
                if child.dep_ in ("amod", "compound", "nmod") and self.actors.at(child) is not None:
                    # "French, British and American jets": the parser may hang each
                    # list item from the noun, so the modifier itself counts too.
                    for conj in (child, *child.conjuncts):
                        span = self.actors.at(conj)
                        # (A lone capital, like a place, says where: "the Havana offices
                        # of an American company"; in a list it names governments.)
                        lone = span is not None and span.kind == "capital" and not child.conjuncts
                        posted = (
                            span is not None
                            and span.actor.type == "IGO"
                            and (head.lemma_.lower() in ENVOY_HEADS and ref.actor.type != "IGO")
                        )  # ("Iraq's U.N. ambassador": where Iraq's envoy is posted.)
                        if (
                            span is not None
                            and span.kind != "place"
                            and not lone
                            and not posted
                            and span.actor != ref.actor
                            and not self.homes_body(span, conj, ref.actor)
                        ):
                            # (Not the owner the noun already stands for: "the Biden
                            # campaign" is the candidate, not also his state.)
                            actor = span.represents or span.actor
                            found.append(Ref(actor, ref.sector, ref.token, ref.weight))
            for r in found:
                # ("government troops and Tamil rebels": two sides of one state.)
                if all(not same_side(o, r) for o in out):
                    out.append(r)
        return out

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
        if role == "owner":
            # "a Security Council resolution drafted by Egypt": a text is its
            # author's, not the body's it is put to.
            for verb in (c for c in tok.children if c.dep_ == "acl" and authoring(c)):
                for agent in agents(verb):
                    ref = self._resolve(agent, "agent", depth + 1)
                    if ref is not None:
                        return ref
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
            # ("Tuareg rebels in Algiers": a people's rebels, where they are met.)
            named = self.people_rebels(tok) or self._named_in_phrase(tok, role, depth, institution)
            if named is not None:
                return named
        if (
            owner is not None
            and owner[0] is not None
            and owner[0].kind in ("place", "capital")
            and role != "agent"
        ):
            # "the Havana offices of an American company": the place says where the
            # thing is, the "of" phrase (of another state) whose it is.
            place = owner[0].represents or owner[0].actor
            for pobj in prep_objects(tok, "of"):
                ref = self._resolve(pobj, role, depth + 1)
                if ref is not None and ref.actor.id != place.id:
                    return Ref(ref.actor, ref.sector, tok.i, ref.weight)
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
                return self._resolve(relative_antecedent(tok.head), role, depth + 1)
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
            if child.dep_ == "appos" and not displaced_appos(child):
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
            # "West Darfur State", "the Kirkuk area": a place, not an institution;
            # but "Casamance rebels", "Kandahar residents" are the state's rebels, people.
            return Ref(base, sector if sector in DOMESTIC_SECTORS else None, tok.i, weight)
        sector = self.community_sector(actor_span, tok, sector)
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
            for pobj in prep_objects(tok, "by") or verb_held_by(tok) or as_phrase_by(tok):
                # ("banned a rally by striking teachers": the crowd holding it.)
                ref = (
                    self._resolve(pobj, "agent", depth + 1)
                    or self.home_rebels(pobj)
                    or self._home_crowd(pobj)
                )
                if ref is not None:
                    return Ref(ref.actor, ref.sector, tok.i, ref.weight * 0.7)
            # "targets in Jericho", "the right of Russian troops", "positions near Rafah"
            # (not "a wall at the Hungarian border": on one's own side of it).
            edges = BORDER_HEADS if tok.lemma_.lower() in self.words.border_works else set()
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() not in edges:
                            ref = self._resolve(pobj, role, depth + 1)
                            if ref is not None:
                                return Ref(ref.actor, ref.sector, tok.i, ref.weight * 0.7)
        if role == "owner":
            # (A "by" hung on the verb, "denied the charges by Israel", or on an "as"
            # phrase: "the proclamation of X as Israeli land by Trump".)
            doers = prep_objects(tok, "by") or verb_held_by(tok)
            doers = [*doers, *prep_objects(tok, "from"), *as_phrase_by(tok)]
            for pobj in doers:
                ref = self._resolve(pobj, "agent", depth + 1)
                if ref is not None:
                    return ref
        # ("accused southern rebels": rebels of a part of the one country named.)
        # ("blamed leftist guerrillas": rebels named by their creed, likewise, as
        # the side acted on; as doers they stay unidentified attackers in the
        # country, the coders' convention for "Islamist militants stormed ...".)
        creeds = self.words.rebel_creeds if role != "agent" else set()
        rebels = self.words.regions | creeds
        homes = self.words.home_groups | (rebels if sector == "rebel" else set())
        if lower in self.words.home_groups or any(
            c.dep_ in ("compound", "amod") and c.lower_ in homes for c in tok.children
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
                if atype == "Person" and role == "agent":
                    # "the president" is read back only as whom an act concerns
                    # ("a plea to the president"): as a doer it is too often
                    # another body's head or a campaign's candidate.
                    continue
                if lower in nouns or tok.lemma_ in nouns:
                    ref = self.antecedent(tok, types={atype})
                    if ref is not None:
                        return Ref(ref.actor, sector or ref.sector, tok.i, ref.weight)
        # "offered talks to the rebels", "accused guerrillas of ...": rebels named by
        # no word at all (nor read back to a group named before) are acted on as
        # those of the one country the sentence names. (As doers, see home_rebels.)
        if role == "agent":
            return None
        return self.home_rebels(tok) or self._home_crowd(tok)

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
        # ("Colombia's FARC guerrillas": the state only says where the group is at home.)
        named = [n for n in named if not any(self.homes_body(*n, o.actor) for o, _ in named)]
        pronoun = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if pronoun is not None and named and all(possessed_topic(c, sp) for sp, c in named):
            return None, pronoun  # "defended its Xinjiang policy": its own
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
            if child.lower_ in self.words.backers | self.words.origins | self.words.bases and not (
                # ... but "the U.N.-sponsored elections", "U.S.-backed talks": an event's
                # backer holds it, the one side it names.
                child.lower_ in self.words.backers and tok.lower_ in self.words.sponsored_events
            ):
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
