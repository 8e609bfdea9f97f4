"""Background, plans and reasons told as news (helper bg, eleventh session).

A relation a sentence dates a year or more before the article ("In 1905, Roosevelt
mediated", "troops left Iraq in 2011", "last year"), a standing arrangement ("since
then", "has long backed", "for decades"), an act told as before the news
("previously"), a plan only worked on ("was developing plans to attack"), or the
reason someone cites or is punished for stays in the graph but codes no event. The
same acts dated as the news ("on Tuesday", a date of the article's own year or a few
months before it) stay events. Our own sentences, not gold records."""

from __future__ import annotations

import pytest

from geograph.model import Document
from relations_util import row_ids

# (sentence, the date the article was written or None, (relation, source, target),
# whether it codes an event)
Row = tuple[str, str | None, tuple[str, str, str], bool]

DATED: list[Row] = [
    # An explicit year before the article's: history.
    (
        "In 2003, Libya agreed with Britain to give up its weapons programme.",
        "2021-06-10",
        ("agreesWith", "libya", "united-kingdom"),
        False,
    ),
    (
        "Chile and Argentina signed a border treaty in 1984.",
        "2021-06-10",
        ("signsAgreementWith", "chile", "argentina"),
        False,
    ),
    (
        "Egypt expelled the Soviet military advisers in July 1972.",
        "2021-06-10",
        ("coerces", "egypt", "soviet-union"),
        False,
    ),
    (
        "Russia's 2008 invasion of Georgia left thousands homeless.",
        "2022-02-25",
        ("attacks", "russia", "georgia"),
        False,
    ),
    # A decade before the article's.
    (
        "In the 1990s, Russia sold tanks to Iran.",
        "2021-06-10",
        ("sellsArmsTo", "russia", "iran"),
        False,
    ),
    # A year or more back, counted from the article ("last year", "ago").
    (
        "Ten years ago Ethiopia invaded Somalia.",
        "2021-06-10",
        ("attacks", "ethiopia", "somalia"),
        False,
    ),
    (
        "Last year Morocco recalled its ambassador to Germany.",
        "2021-06-10",
        ("sanctions", "morocco", "germany"),
        False,
    ),
    # A span of years up to now ("in recent years", "in the past decade"): a summary,
    # undated text too.
    (
        "In recent years, Russia sold fighter jets to Egypt.",
        None,
        ("sellsArmsTo", "russia", "egypt"),
        False,
    ),
    (
        "In the past decade, China sold drones to Pakistan.",
        None,
        ("sellsArmsTo", "china", "pakistan"),
        False,
    ),
    # Months before, in the year before: history too.
    (
        "In December 2020, Morocco recalled its ambassador to Germany.",
        "2021-06-10",
        ("sanctions", "morocco", "germany"),
        False,
    ),
    # "last" and a month: the latest such month before the article, here months back.
    (
        "Last April, the United States designated the IRGC as a terrorist organization.",
        "2020-01-10",
        ("sanctions", "united-states", "irgc"),
        False,
    ),
    (
        "Kenya recalled its ambassador from Somalia last March.",
        "2020-01-10",
        ("sanctions", "kenya", "somalia"),
        False,
    ),
    # A dated occasion: "in the 2019 election", "during the 2014 crisis".
    (
        "In the 2019 election, Ukraine's president criticized Russia.",
        "2020-04-10",
        ("criticizes", "ukraine", "russia"),
        False,
    ),
    (
        "During the 2014 crisis, Ukraine accused Russia of invading Crimea.",
        "2020-04-10",
        ("accuses", "ukraine", "russia"),
        False,
    ),
    # Not done until a year before the article: done then, and history (no event
    # before either, as a negation).
    (
        "Jordan did not recognize Israel until 1994.",
        "2020-04-10",
        ("supports", "jordan", "israel"),
        False,
    ),
    # A month alone, of a past act, later in the year than the article: last year's.
    (
        "In December, Saudi Arabia expelled two Canadian diplomats.",
        "2019-09-29",
        ("sanctions", "saudi-arabia", "canada"),
        False,
    ),
    (
        "Saudi Arabia expelled two Canadian diplomats in October.",
        "2019-09-29",
        ("sanctions", "saudi-arabia", "canada"),
        False,
    ),
    # The date opens the sentence and dates the verbs joined to its own.
    (
        "In 2011, the European Union condemned Syria and imposed sanctions on Damascus.",
        "2019-03-01",
        ("sanctions", "european-union", "syria"),
        False,
    ),
    # Guards. The news' own time: a weekday, last week, last month by name, a date of
    # its own year, a date a few weeks before the turn of the year.
    (
        "Last December, Kenya recalled its ambassador from Somalia.",
        "2020-01-10",
        ("sanctions", "kenya", "somalia"),
        True,
    ),
    ("In recent weeks, Russia shelled Kharkiv.", None, ("attacks", "russia", "ukraine"), True),
    (
        "Last week Morocco recalled its ambassador to Germany.",
        "2021-06-10",
        ("sanctions", "morocco", "germany"),
        True,
    ),
    (
        "In August, Saudi Arabia expelled two Canadian diplomats.",
        "2019-09-29",
        ("sanctions", "saudi-arabia", "canada"),
        True,
    ),
    (
        "On November 27, Turkey and Libya signed a maritime border agreement.",
        "2020-01-10",
        ("signsAgreementWith", "turkey", "libya"),
        True,
    ),
    (
        "In January 2021, Morocco recalled its ambassador to Germany.",
        "2021-06-10",
        ("sanctions", "morocco", "germany"),
        True,
    ),
    (
        "Morocco recalled its ambassador to Germany on Tuesday.",
        "2021-06-10",
        ("sanctions", "morocco", "germany"),
        True,
    ),
    (
        "In November 2020, Ethiopia accused Sudan of arming the rebels.",
        "2021-01-15",
        ("accuses", "ethiopia", "sudan"),
        True,
    ),
    (
        "In the 2020 election campaign, Ukraine's president criticized Russia.",
        "2020-04-10",
        ("criticizes", "ukraine", "russia"),
        True,
    ),
    # A year in the phrase of another word ("the first time since 1979") does not date
    # the act.
    (
        "For the first time since 1979, Egypt and Iran held talks.",
        "2021-06-10",
        ("negotiatesWith", "egypt", "iran"),
        True,
    ),
    # The year of a relative clause, or of a clause with its own subject, dates that
    # clause alone.
    (
        "Russia, which annexed Crimea in 2014, invaded Ukraine on Thursday.",
        "2022-02-25",
        ("attacks", "russia", "ukraine"),
        True,
    ),
    (
        "Russia annexed Crimea in 2014 and it invaded Ukraine.",
        "2022-02-25",
        ("attacks", "russia", "ukraine"),
        True,
    ),
    # Undated text (as the gold files are): a year alone cannot tell.
    (
        "In 1984, Chile and Argentina signed a border treaty.",
        None,
        ("signsAgreementWith", "chile", "argentina"),
        True,
    ),
]

STANDING: list[Row] = [
    # "since then" / "since" an earlier year: a state from then on.
    (
        "Since then, Russia has armed the separatists in Donbas.",
        "2021-06-10",
        ("sellsArmsTo", "russia", "donbas"),
        False,
    ),
    (
        "Since 2014, Moscow has supplied weapons to the separatists in Donbas.",
        "2021-06-10",
        ("sellsArmsTo", "russia", "donbas"),
        False,
    ),
    # With the perfect: "for years", "long".
    (
        "Iran has armed the Houthis for years.",
        "2021-06-10",
        ("sellsArmsTo", "iran", "houthis"),
        False,
    ),
    (
        "Tehran has long backed Hezbollah.",
        "2021-06-10",
        ("supports", "iran", "hezbollah"),
        False,
    ),
    (
        "Iran has armed the Houthis for the past ten years.",
        "2021-06-10",
        ("sellsArmsTo", "iran", "houthis"),
        False,
    ),
    # Told as before the news.
    (
        "Cuba previously accused the United States of sabotage.",
        "2021-06-10",
        ("accuses", "cuba", "united-states"),
        False,
    ),
    (
        "Peru previously expelled two Chilean diplomats.",
        "2021-06-10",
        ("sanctions", "peru", "chile"),
        False,
    ),
    # What a promise given earlier says is of its time.
    (
        "Moscow previously made promises that it would pull its troops out of Georgia.",
        "2021-03-01",
        ("retreatsFrom", "russia", "georgia"),
        False,
    ),
    (
        "In 2019, Turkey made a promise that it would withdraw its troops from Syria.",
        "2021-03-01",
        ("retreatsFrom", "turkey", "syria"),
        False,
    ),
    (
        "On Tuesday, Moscow made promises that it would pull its troops out of Georgia.",
        "2021-03-01",
        ("retreatsFrom", "russia", "georgia"),
        True,
    ),
    # Guards: since a month of the news' own year is the news going on; "for the
    # first time" is no span.
    (
        "Since May, Russia has armed the separatists in Donbas.",
        "2021-06-10",
        ("sellsArmsTo", "russia", "donbas"),
        True,
    ),
    # How long a measure is to last is no standing state.
    (
        "The EU has extended its sanctions on Russia for another year.",
        "2021-06-10",
        ("sanctions", "european-union", "russia"),
        True,
    ),
    (
        "Russia has banned the Ukrainian journalist for five years.",
        "2021-06-10",
        ("coerces", "russia", "ukraine"),
        True,
    ),
    (
        "Iran has armed the Houthis with drones for the first time.",
        "2021-06-10",
        ("sellsArmsTo", "iran", "houthis"),
        True,
    ),
    (
        "Peru expelled two Chilean diplomats; previously, relations had been cordial.",
        "2021-06-10",
        ("sanctions", "peru", "chile"),
        True,
    ),
]


def _event(pipeline, text: str, day: str | None, act: tuple[str, str, str]) -> bool:  # type: ignore[no-untyped-def]
    mentions = pipeline.extract(Document("t", text, date=day)).mentions
    found = [m for m in mentions if (m.relation, m.source.id, m.target.id) == act]
    shown = [(m.relation, m.source.id, m.target.id, m.event) for m in mentions]
    assert found, f"{act} not stated: {shown}"
    return any(m.event for m in found)


@pytest.mark.parametrize(("text", "day", "act", "event"), DATED, ids=row_ids(DATED))
def test_dated_acts(pipeline, text: str, day: str | None, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    assert _event(pipeline, text, day, act) is event


@pytest.mark.parametrize(("text", "day", "act", "event"), STANDING, ids=row_ids(STANDING))
def test_standing_acts(pipeline, text: str, day: str | None, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    assert _event(pipeline, text, day, act) is event


REASONS: list[Row] = [
    # A plan someone is working on: prepared, not done nor a stated intent.
    (
        "The Iranian general was developing plans to attack American diplomats.",
        None,
        ("attacks", "iran", "united-states"),
        False,
    ),
    (
        "The Serbian army devised a scheme to expel Albanians from Kosovo.",
        None,
        ("coerces", "serbia", "albania"),
        False,
    ),
    # A conspiracy is not the act.
    (
        "The rebels plotted to kill the Ugandan president.",
        None,
        ("assaults", "unidentified:uga", "uganda"),
        False,
    ),
    (
        "The Ugandan government said the rebels had plotted to kill President Museveni.",
        None,
        ("assaults", "unidentified:uga", "uganda"),
        False,
    ),
    # The reason someone cites for the news.
    (
        "Israel cited Iran's support for Hezbollah as its reason.",
        None,
        ("supports", "iran", "hezbollah"),
        False,
    ),
    (
        "Germany banned the airline, citing Iranian support for the Syrian government.",
        None,
        ("supports", "iran", "syria"),
        False,
    ),
    # A refusal someone is punished or condemned for.
    (
        "The United States punished Turkey for refusing to support Greece.",
        None,
        ("supports", "turkey", "greece"),
        False,
    ),
    (
        "China condemned Lithuania for refusing to recognize Beijing.",
        None,
        ("supports", "lithuania", "china"),
        False,
    ),
    # The past perfect of the sentence's verb reaches the act in its phrase, and a
    # joined clause's own past perfect is background too.
    (
        "The US had fought alongside Kurdish militias in attacking ISIS.",
        None,
        ("attacks", "united-states", "isis"),
        False,
    ),
    (
        "No group claimed the attack, but Iraqi militias had threatened the United States.",
        None,
        ("threatens", "iraq", "united-states"),
        False,
    ),
    (
        "Nobody claimed the bombing, but Syria had warned Israel of reprisals.",
        None,
        ("threatens", "syria", "israel"),
        False,
    ),
    # What the news follows is its occasion.
    (
        "The expulsion follows Russia's seizure of a Ukrainian trawler.",
        None,
        ("coerces", "russia", "ukraine"),
        False,
    ),
    (
        "Israel's raid followed the Syrian shelling of the Golan Heights.",
        None,
        ("attacks", "syria", "golan-heights"),
        False,
    ),
    # The cause "because of" or "due to" names is given as known.
    (
        "Turkey expelled the Libyan envoy because of Libya's support for Hezbollah.",
        None,
        ("supports", "libya", "hezbollah"),
        False,
    ),
    (
        "The talks collapsed due to Russia's shelling of Kharkiv.",
        None,
        ("attacks", "russia", "ukraine"),
        False,
    ),
    # What a text a reaction is about says its parties did.
    (
        "Egypt denounced the memorandum in which Turkey and Libya agreed on a maritime border.",
        None,
        ("agreesWith", "turkey", "libya"),
        False,
    ),
    (
        "India condemned the pact under which China agreed to build a port for Pakistan.",
        None,
        ("agreesWith", "china", "pakistan"),
        False,
    ),
    # A measure one is under: a lasting state.
    (
        "Turkey is already under EU sanctions.",
        None,
        ("sanctions", "european-union", "turkey"),
        False,
    ),
    ("Iran remains under UN sanctions.", None, ("sanctions", "united-nations", "iran"), False),
    ("Gaza is under an Israeli blockade.", None, ("coerces", "israel", "gaza-strip"), False),
    (
        "Turkey expelled the Libyan envoy because of Libya's support for Hezbollah.",
        None,
        ("sanctions", "turkey", "libya"),
        True,
    ),
    # Guards: coming under a measure is news; so is signing a text, and what it says
    # its signers will do is their stated intent.
    (
        "Turkey came under EU sanctions on Monday.",
        None,
        ("sanctions", "european-union", "turkey"),
        True,
    ),
    # ... and an attack one is under is going on now.
    (
        "Kharkiv is under attack by Russian forces.",
        None,
        ("attacks", "russian-armed-forces", "ukraine"),
        True,
    ),
    (
        "Egypt and Sudan signed a memorandum in which Egypt agreed to supply Sudan with "
        "electricity.",
        None,
        ("aids", "egypt", "sudan"),
        True,
    ),
    # Guards: a stated plan is an intent (an event); the punishment or condemnation
    # is the news; a joined clause with its own subject and tense is news.
    (
        "Russia announced plans to invade Georgia.",
        None,
        ("attacks", "russia", "georgia"),
        True,
    ),
    (
        "China condemned Lithuania for refusing to recognize Beijing.",
        None,
        ("criticizes", "china", "lithuania"),
        True,
    ),
    (
        "Greece had expelled two Turkish diplomats, and on Monday Turkey expelled three "
        "Greek diplomats.",
        None,
        ("sanctions", "turkey", "greece"),
        True,
    ),
]


@pytest.mark.parametrize(("text", "day", "act", "event"), REASONS, ids=row_ids(REASONS))
def test_plans_and_reasons(pipeline, text: str, day: str | None, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    assert _event(pipeline, text, day, act) is event


# "did not X until T": X was done, at T. (Sentence, (relation, source, target), negated)
UNTIL = [
    ("Jordan did not recognize Israel until 1994.", ("supports", "jordan", "israel"), False),
    (
        "Turkey didn't approve Sweden's NATO membership until January.",
        ("agreesWith", "turkey", "sweden"),
        False,
    ),
    # Guards: a plain negation; a future "until" is a condition, still refused.
    ("Egypt did not recognize Israel.", ("supports", "egypt", "israel"), True),
    (
        "Russia will not withdraw from Belarus until NATO leaves Poland.",
        ("retreatsFrom", "russia", "belarus"),
        True,
    ),
]


@pytest.mark.parametrize(("text", "act", "negated"), UNTIL, ids=row_ids(UNTIL))
def test_not_until(pipeline, text: str, act, negated: bool) -> None:  # type: ignore[no-untyped-def]
    mentions = pipeline.extract(Document("t", text)).mentions
    found = [m for m in mentions if (m.relation, m.source.id, m.target.id) == act]
    assert found, [(m.relation, m.source.id, m.target.id) for m in mentions]
    assert all(m.negated is negated for m in found)
