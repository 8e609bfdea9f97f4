"""Acts a sentence dates well before its news: history and standing arrangements.

"In 1905, Roosevelt mediated a peace between Japan and Russia", "U.S. troops left
Iraq in 2011", "Last year Trump withdrew the US from the treaty" in an article of
2019 or 2020 tell history as background; "Since then, Beijing has allowed Hong Kong
its own courts", "Moscow has long backed the rebels", "has armed them for decades"
tell a standing arrangement. Event coders code the news of the day, so such a
relation stays in the graph but codes no event. A date of the document's own year
("on Tuesday", "in March", "in January 2020" in a 2020 article), or a few months
before it ("in November 2019" in January 2020), is the news and stays an event.
Absolute years need the document's date; relative ones ("last year", "ten years
ago") and standing marks ("since then", "for decades") do not.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from .lexicon import Lexicon
from .participles import perfect

# How far to climb from the trigger towards the root of its sentence.
MAX_CLIMB = 12
# A date this many months or more before the document's is history, not news.
BACKGROUND_MONTHS = 4
# Auxiliaries of a past tense.
PAST_AUX = ("was", "were", "had", "did")
# Prepositions whose date phrase tells when the clause's act happened.
DATE_PREPS = ("in", "during", "on", "of", "by", "at")
# Prepositions whose phrase may name the era an act happened in.
ERA_PREPS = ("in", "during", "throughout", "before", "after")
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})(s?)\b")
_MONTHS = {
    m: n
    for n, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip


def _month(words: list[str]) -> int | None:
    """The month a date's words name ("October", "Sept."), if any."""
    return next((_MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in _MONTHS), None)


class DatedReader:
    """Whether a trigger's clause is dated well before the news, or standing."""

    def __init__(self, lexicon: Lexicon) -> None:
        # Words of a date phrase that put it a year or more back ("last year",
        # "ten years ago", "decades ago").
        self.past_words = lexicon.words("past_date_words")
        self.past_units = lexicon.words("past_date_units")
        # Adverbs that put the act before the news ("Nigeria previously announced").
        self.earlier = lexicon.words("earlier_adverbs")
        # Spans of a lasting state with the perfect ("has backed them for decades").
        self.spans = lexicon.words("lasting_spans")
        self.lasting = lexicon.words("lasting_adverbs")
        self.eras = lexicon.words("past_eras")
        # Verbs whose simple present tells a lasting arrangement ("are backed by Iran").
        self.standing_present = lexicon.words("standing_present_verbs")

    def background(self, trigger: Token, day: date | None) -> bool:
        """Whether the act of ``trigger`` is dated history or a standing state."""
        if self._present_state(trigger):
            return True
        chain = _chain(trigger)
        if any(self._standing(tok, day) for tok in chain):
            return True
        for tok in chain:
            verdict = self._own_date(tok, day)
            if verdict is not None:
                return verdict
        return self._fronted(trigger, day)

    def _standing(self, tok: Token, day: date | None) -> bool:
        """ "previously announced", "has long backed", "since then", "since 2014",
        "has armed them for decades"."""
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in self.earlier:
                return True
            if c.dep_ == "advmod" and c.lower_ in self.lasting and perfect(tok):
                return True
            if c.dep_ == "prep" and c.lower_ == "since" and self._since_earlier(c, day):
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "for"
                and perfect(tok)
                and any(self._lasting(o) for o in c.children if o.dep_ == "pobj")
            ):
                return True
        return False

    def _present_state(self, verb: Token) -> bool:
        """A verb of a lasting arrangement in the simple present, active or passive,
        in the writer's own clause: "the Houthis are backed by Iran", "the YPG, which
        supports the PKK", "Armenia currently occupies the district". Not a clause
        someone says ("Turkey said it supports Azerbaijan"), nor the speaker's own
        "we support" (a stated stance)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.standing_present:
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBZ", "VBP"):
            if auxes:
                return False  # "does not back", "will support"
        elif verb.tag_ != "VBN" or [(a.dep_, a.tag_ in ("VBZ", "VBP")) for a in auxes] != [
            ("auxpass", True)
        ]:
            return False  # "was backed", "has been backed", "is being backed"
        if verb.dep_ in ("xcomp", "csubj"):
            return False
        # A pronoun as the one who backs is the speaker telling their own stance:
        # "we support Ukraine", "Turkey said it supports Azerbaijan" ("the minister
        # said Iran funds Hamas" tells a state).
        pronouns = ("we", "i") if verb.dep_ != "ccomp" else ("we", "i", "it", "they")
        return not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in pronouns for c in verb.children
        )

    def _lasting(self, span: Token) -> bool:
        """ "for years", "for decades", "for the past ten years": how long a state has
        held; not how long a measure is to last ("extended the sanctions for another
        year", "banned him for five years")."""
        if span.lemma_.lower() not in self.spans:
            return False
        words = {t.lower_ for t in span.subtree}
        if words & {"another", "more", "next", "further", "additional", "extra"}:
            return False
        numbered = any(c.dep_ == "nummod" for c in span.children)
        return not numbered or bool(words & {"past", "last"})

    def _own_date(self, tok: Token, day: date | None) -> bool | None:
        """True: ``tok`` is dated a year or more back; False: dated in the news' own
        year; None: no year of its own."""
        verdict: bool | None = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "since":
                continue
            if c.dep_ == "prep" and c.lower_ in ERA_PREPS and self._era(c):
                return True
            when = self._date_of(c)
            if (
                when is None
                and c.dep_ == "prep"
                and c.lower_ in ("until", "till")
                and any(n.dep_ == "neg" for n in tok.children)
            ):
                # "did not recognize Israel until 1994": done then.
                when = [t for o in c.children if o.dep_ == "pobj" for t in o.subtree]
            if when is not None:
                old = self._old(when, day)
                if old is False and day is not None and _past(tok):
                    old = self._past_month(when, day)
                if old:
                    return True
                if old is False and _YEAR.search(" ".join(t.text for t in when)):
                    # A year of the news' own: the act is news. A month or a day
                    # alone ("in July", "on Tuesday") may sit in a year named above.
                    verdict = False
        return verdict

    def _era(self, prep: Token) -> bool:
        """ "during World War Two", "in the Cold War": a phrase naming an era long past."""
        words = " ".join(t.lower_ for t in prep.subtree if t.i > prep.i)
        return any(f" {era} " in f" {words} " for era in self.eras)

    def _date_of(self, c: Token) -> list[Token] | None:
        """The date tokens of a child that dates its head: "in 2011", "last year",
        "three years ago", "Tuesday", or a year before a noun ("the 2014 annexation")."""
        if c.dep_ == "prep" and c.lower_ in DATE_PREPS:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            dates = [o for o in objs if o.ent_type_ == "DATE"]
            if dates:
                return list(dates[0].subtree)
            if c.lower_ in ("in", "during"):
                # "in the 2016 election", "during the 1991 Gulf war": a dated occasion.
                years = [
                    t
                    for o in objs
                    for t in o.children
                    if t.ent_type_ == "DATE"
                    and t.dep_ in ("nummod", "compound", "amod")
                    and _YEAR.fullmatch(t.text)
                ]
                return years or None
            return None
        if c.dep_ in ("npadvmod", "advmod", "nummod", "compound", "amod") and c.ent_type_ == "DATE":
            return list(c.subtree)
        return None

    def _old(self, tokens: list[Token], day: date | None) -> bool | None:
        """Whether a date is a year or more back: True, False (the news' own time), or
        None (cannot tell)."""
        words = [t.lower_ for t in tokens]
        month = _month(words)
        if any(w in self.past_words for w in words):
            if month is not None and not _YEAR.search(" ".join(words)):
                # "last October": the latest October before the article.
                if day is None:
                    return None
                return (day.month - month) % 12 >= BACKGROUND_MONTHS or day.month == month
            # "last year", "ten years ago"; not "last month", "two weeks ago".
            return any(w in self.past_units for w in words)
        text = " ".join(words)
        year = _YEAR.search(text)
        if year is None:
            return False  # "on Tuesday", "in March": the news' own time
        if day is None:
            return None
        then = int(year.group(1))
        if year.group(2):
            return then + 9 < day.year  # "in the 1990s"; not "in the 2020s" in 2021
        if then >= day.year:
            return False
        if month is None:
            return True  # "in 2015"
        return (day.year * 12 + day.month) - (then * 12 + month) >= BACKGROUND_MONTHS

    @staticmethod
    def _past_month(tokens: list[Token], day: date) -> bool:
        """A month alone, of a past act, later in the year than the article: the
        previous year's ("in December, the prince accepted responsibility" in a
        September article), history when months back."""
        month = _month([t.lower_ for t in tokens])
        return (
            month is not None and month > day.month and day.month + 12 - month >= BACKGROUND_MONTHS
        )

    def _since_earlier(self, prep: Token, day: date | None) -> bool:
        """ "since then", "since 2014" (before the document's year): a standing state
        from then on; not "since June" of the news' own year."""
        objs = [o for o in prep.children if o.dep_ in ("pobj", "pcomp", "advmod")]
        if any(o.lower_ == "then" for o in objs):
            return True
        dated = [o for o in objs if o.ent_type_ == "DATE"]
        return bool(dated) and bool(self._old(list(dated[0].subtree), day))

    def _fronted(self, trigger: Token, day: date | None) -> bool:
        """A date that opens the sentence ("In 2007, the US labeled Soleimani a
        terrorist and levied sanctions"), wherever the parser hangs it, dates its
        main clause and the verbs joined to it."""
        root = trigger.sent.root
        tok = trigger
        for _ in range(MAX_CLIMB):
            if tok.i == root.i:
                break
            if tok.dep_ not in ("conj", "xcomp", "dobj", "pobj", "prep", "pcomp", "nsubj"):
                return False
            tok = tok.head
        else:
            return False
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        end = subject.left_edge.i if subject is not None else root.i
        for t in trigger.sent:
            if t.i >= end:
                break
            if t.dep_ == "prep" and t.lower_ in DATE_PREPS and t.i == t.left_edge.i:
                when = self._date_of(t)
                if when is not None:
                    return bool(self._old(when, day))
        return False


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it whose time is its own: not past a relative
    clause or participle (its own time, not its noun's; a noun's "that" clause, what
    it says, is of the noun's time), a clause joined with its own
    subject ("annexed Crimea in 2014 and it now threatens Kyiv"), or a clause the
    parser hangs on a later one ("extended the curfew; previously it was ...")."""
    chain = [trigger]
    tok = trigger
    for _ in range(MAX_CLIMB):
        head = tok.head
        if head.i == tok.i or (
            tok.dep_ in ("relcl", "acl") and tok.pos_ == "VERB" and not _content_clause(tok)
        ):
            break
        if tok.dep_ in ("ccomp", "parataxis") and tok.i < head.i:
            break
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break
        chain.append(head)
        tok = head
    return chain


def _content_clause(verb: Token) -> bool:
    """ "assurances that it would not allow", "the claim that Iran attacked": what
    the noun says, told when the noun was given, unlike a relative clause."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children
    )


def _past(verb: Token) -> bool:
    """A verb in a past tense: "signed", "was signed", "had signed", "did not sign"."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in verb.children)


def done_later(verb: Token) -> bool:
    """A past verb negated until a time or an event ("did not recognize Israel until
    1994", "had not signed until the troops left"): the act was done then. (Not the
    future: "will not withdraw until Kyiv disarms" is a condition.)"""
    past = any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in verb.children)
    return past and any(
        (c.dep_ == "prep" and c.lower_ in ("until", "till"))
        or (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children)
        )
        for c in verb.children
    )
