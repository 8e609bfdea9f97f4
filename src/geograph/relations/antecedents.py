"""Anaphora: the actor a pronoun or definite description ("it", "they", "the
country", "the ministry") points back to, within its paragraph. A part of the
argument :class:`~.arguments.Resolver`, kept apart for size."""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from ..actor_spans import ActorSpan
from .groups import GroupNames
from .refs import (
    DOMESTIC_SECTORS,
    MODIFIER_DEPS,
    NEUTER,
    NON_PERSON,
    PERSONAL,
    PLURAL,
    SUBJECT_DEPS,
    WEIGHT_PRONOUN,
    Ref,
)
from .syntax import subjects

# Verbs of demanding, whose complement's subject is another than the demander.
DEMANDING = frozenset({"demand", "urge", "request", "order", "require"})


class Antecedents(GroupNames):
    """The resolver's anaphora (mixed into Resolver)."""

    sent_starts: list[int]
    _para_starts: list[int]
    _spans: list[ActorSpan]
    _span_starts: list[int]

    def one(self, tok: Token, role: str) -> Ref | None:
        raise NotImplementedError  # the resolver's: one actor for a token

    def _resolve(self, tok: Token, role: str, depth: int) -> Ref | None:
        raise NotImplementedError  # the resolver's: one token's actor, by its kind

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

    @staticmethod
    def _speakers(tok: Token) -> list[Token]:
        """The subject of the verb of saying whose complement ``tok`` is the subject of."""
        clause = tok.head
        if tok.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("ccomp", "xcomp"):
            return []
        if tok.dep_ == "nsubj" and clause.head.lemma_ in DEMANDING:
            return []  # "Britain demanded that it free the sailors": another than Britain
        return [c for c in clause.head.children if c.dep_ in SUBJECT_DEPS and c.i != tok.i]

    @staticmethod
    def _coordinated_owners(tok: Token) -> list[Token]:
        """The coordinated subject ("X and Y") of the verb whose object (or its
        phrase) a possessive "their" modifies: "X and Y announced their support".
        Only a coordination: a single plural subject is left to the antecedent scan."""
        if tok.dep_ != "poss":
            return []
        noun = tok.head
        while noun.dep_ in ("pobj", "prep") and noun.head.pos_ != "VERB":
            noun = noun.head
        if noun.dep_ == "pobj":
            noun = noun.head
        verb = noun.head
        if noun.dep_ not in ("dobj", "prep") or verb.pos_ != "VERB":
            return []
        while (
            verb.dep_ == "xcomp"
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            # "Ethiopia and Somalia agreed to withdraw their troops": the infinitive's
            # subject is its governor's.
            verb = verb.head
        # ("The novelist X and the singer Y": the list may hang on an apposition;
        # "American and Thai troops held their drills": on the subject's modifier.)
        return [
            c
            for c in verb.children
            if c.dep_ == "nsubj"
            and (
                c.conjuncts
                or any(a.dep_ in ("appos", "amod", "compound") and a.conjuncts for a in c.children)
            )
        ]

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
        if types == {"Place"}:
            return self._place_before(tok)
        if types is None:
            types = {"Person"} if lower in PERSONAL else NON_PERSON
        if tok.head.head.pos_ in ("VERB", "AUX"):
            # The officer of a territory with a government of its own speaks of that
            # government ("'The government will withdraw the bill,' Lam said").
            spoken = types | {"Territory"} if "State" in types else types
            for subj in self._speakers(tok):
                ref = self.one(subj, "agent")
                if ref is not None and self._compatible(ref, spoken):
                    return Ref(ref.actor, ref.sector, tok.i, WEIGHT_PRONOUN)
        judged = self._judged(tok)
        if judged is not None and self._compatible(judged, types):
            return Ref(judged.actor, judged.sector, tok.i, WEIGHT_PRONOUN, judged.via)
        parallel = self._parallel_owner(tok)
        if parallel is not None and self._compatible(parallel, types):
            return Ref(parallel.actor, parallel.sector, tok.i, WEIGHT_PRONOUN, parallel.via)
        chained = self._previous_subject(tok)
        if chained is not None:
            ref = self.one(chained, "agent")
            if ref is not None:
                return Ref(ref.actor, ref.sector, tok.i, WEIGHT_PRONOUN, ref.via)
        # "Kenyan opposition leaders accused the government": a state's opposition
        # or people speak of their own state's government, their clause-mate.
        own_state = tok.pos_ == "NOUN" and "State" in types
        bound = self._bound(tok, own_state)
        title = tok.pos_ == "NOUN" and types == {"Person"}
        para = self._paragraph(tok.idx)
        # A pronoun in a paragraph's first sentence may point into the paragraph before.
        sent = self.sentence(tok.i)
        first_sentence = not self.doc.text[self._para_starts[para] : sent.start_char].strip()
        sent_start = sent.start
        best: tuple[float, ActorSpan, Token | None] | None = None
        idx = bisect.bisect_left(self._span_starts, tok.i)
        for span in reversed(self._spans[:idx]):
            first = self.doc[span.start]
            span_para = self._paragraph(first.idx)
            if span_para != para and not (first_sentence and span_para == para - 1):
                break
            actor = span.represents or span.actor
            titled = None
            if actor.type not in types and span.actor.type not in types:
                # (Only from a sentence before: in its own, a pronoun goes back to
                # whom it speaks of, "the Greek minister, who questioned his ...".)
                if lower in PERSONAL and span.start < sent_start:
                    titled = self._office_of(span)
                if titled is None:
                    continue
            if span.actor.id in bound or (actor.id in bound and not title):
                # ("Schumer criticized the president": a title goes back to a
                # person, bound only as themselves, not by the state both act for.)
                continue
            if title and span.sector != "government":
                continue  # "the president" is someone in office, not any person
            if self.names_backer(self.doc[span.start], self.words.backers):
                # "the Armenian-backed separatists occupy it": a backer named only
                # as a modifier is not what "it" or "they" points back to.
                continue
            if lower in PLURAL and self._one_person(span):
                # "The Italian foreign minister joined the talks. They concluded":
                # "they" is never one named or titled person, only one of several.
                continue
            if lower in NEUTER and span.actor.type == "Person":
                # "it"/"its" is never a named person, even one who acts for a
                # state ("Pompeo cited the Cuban government's ... its support").
                continue

            # ("South Korean doctors": the phrase's last word hangs on the noun.)
            last = self.doc[span.end - 1]
            if (
                span.kind == "demonym"
                and titled is None
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
            # The name's own head word ("Africa" of "South Africa"), then the
            # phrase it modifies ("South Africa's government").
            root = first
            while span.start <= root.head.i < span.end and root.head.i != root.i:
                root = root.head
            head = root.head if root.dep_ in MODIFIER_DEPS else root
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
                best = (score, span, titled)
            if distance > 120:
                break
        if best is None:
            return None
        span = best[1]
        if best[2] is not None:
            # "Iran's president met ... He urged": the office's holder, unnamed.
            holder = self.one(best[2], "agent")
            if holder is not None:
                return Ref(holder.actor, holder.sector, tok.i, WEIGHT_PRONOUN)
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

    def _office_of(self, span: ActorSpan) -> Token | None:
        """The office title a state's name or adjective qualifies ("Iran's president",
        "the Polish prime minister"): its unnamed holder is who "he" or "she" may
        point back to."""
        last = self.doc[span.end - 1]
        if span.actor.type not in ("State", "Territory") or last.dep_ not in MODIFIER_DEPS:
            return None
        title = last.head
        return title if title.lower_ in self.words.office_titles else None

    def _one_person(self, span: ActorSpan) -> bool:
        """Whether the span names one person, not coordinated with others: a named
        person ("Luigi Di Maio") or a nationality before one office title ("the
        Italian foreign minister")."""
        last = self.doc[span.end - 1]
        if span.actor.type == "Person":
            word = last
        elif span.kind == "demonym" and last.dep_ in MODIFIER_DEPS and last.head.tag_ == "NN":
            word = last.head
            if word.lower_ not in self.words.office_titles:
                return False
        else:
            return False
        while word.dep_ in ("compound", "appos") and word.head.i > word.i:
            word = word.head
        return word.dep_ != "conj" and not any(c.dep_ == "conj" for c in word.children)

    def _judged(self, tok: Token) -> Ref | None:
        """Whom a possessive pronoun in a "for" phrase of a verb with an object points
        to: that object, the one thanked, blamed or punished for its own act ("Egypt
        thanked Japan for its support", "the UN fined Iraq for its invasion of
        Kuwait", "imposed sanctions on Moscow for its annexation of Crimea"), not the
        subject."""
        noun = tok.head
        if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        head = noun.head.head
        if head.pos_ == "VERB":
            objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            if objects and objects[0].pos_ == "NOUN" and not self.actors.at(objects[0]):
                # "imposed sanctions on Moscow for ...": the measure's target.
                head = objects[0]
            else:
                return self.one(objects[0], "patient") if objects else None
        if head.pos_ != "NOUN":
            return None
        targets = [
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return self.one(targets[0], "patient") if targets else None

    def _parallel_owner(self, tok: Token) -> Ref | None:
        """The owner of the first of two coordinated nouns, for a possessive pronoun
        on the second: "the Cuban government's repression of dissidents and its
        support for Maduro" (the parser may hang the second noun on the "of" phrase
        of the first, as here, or on the first itself)."""
        if tok.dep_ != "poss" or tok.head.dep_ != "conj":
            return None
        first = tok.head.head
        if first.dep_ == "pobj" and first.head.dep_ == "prep":
            owned = [first, first.head.head]
        else:
            owned = [first]
        for noun in owned:
            for child in noun.children:
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return self.one(child, "agent")
        return None

    def _place_before(self, tok: Token) -> Ref | None:
        """The town a definite "the town", "the city" points back to: the last place
        named before it in its sentence ("refugees fled Mitrovica as Serbian forces
        shelled the town"), which stands for its state or territory as the name does.
        Only a place (a row of data/places.tsv or a capital), not a state's name; and
        not when the noun names its own town ("the town of Dura", "the village,
        Likoshan"), even one we do not know."""
        if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
            return None
        start = self.sentence(tok.i).start
        idx = bisect.bisect_left(self._span_starts, tok.i)
        for span in reversed(self._spans[:idx]):
            if span.start < start:
                break
            if span.kind in ("place", "capital") and span.actor.type in ("State", "Territory"):
                return Ref(span.actor, None, tok.i, WEIGHT_PRONOUN)
        return None

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
        ("They accused them": not the accusers; "itself" may be), nor may the
        subject of a clause demanded stand for the demander. A state's
        opposition or people do not bind their state for "the government"."""
        if tok.lower_.endswith(("self", "selves")):
            return set()
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.lemma_ in DEMANDING:
            # "Rwanda accused Zaire and demanded it hand over the killers": who is
            # to act is not who demands it (a passive "demanded that it be paid" may be).
            verb = tok.head.head
        elif tok.dep_ not in ("dobj", "dative", "iobj", "pobj"):
            return set()
        else:
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
