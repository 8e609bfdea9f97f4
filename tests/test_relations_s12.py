"""Twelfth-session rules, as sentence tables of our own."""

from __future__ import annotations

import pytest

from relations_util import row_ids

# (sentence, (relation, source id, target id), whether it codes an event)
PERFECT_RELATIVES = [
    # A relative clause in the present perfect tells what its noun has done so far:
    # who it is, not the sentence's news. The relation stays in the graph.
    (
        "Saudi Arabia struck the Houthis, who have fired missiles at Riyadh.",
        ("attacks", "houthis", "saudi-arabia"),
        False,
    ),
    (
        "The summit was chaired by Erdogan, who has accused Greece of harboring coup plotters.",
        ("accuses", "turkey", "greece"),
        False,
    ),
    (
        "Ukraine thanked Britain, which has sent tanks to Kyiv.",
        ("sellsArmsTo", "united-kingdom", "ukraine"),
        False,
    ),
    # The sentence's own act is still its news.
    (
        "Saudi Arabia struck the Houthis, who have fired missiles at Riyadh.",
        ("attacks", "saudi-arabia", "houthis"),
        True,
    ),
    (
        "Ukraine thanked Britain, which has sent tanks to Kyiv.",
        ("supports", "ukraine", "united-kingdom"),
        True,
    ),
    # Guards: the present perfect of a main or reported clause is news, and so is a
    # relative clause in the simple past that dates its act.
    ("Iran has armed the Houthis in Yemen.", ("sellsArmsTo", "iran", "houthis"), True),
    ("Israel said Iran has fired missiles at Tel Aviv.", ("attacks", "iran", "israel"), True),
    (
        "The Houthis, who fired missiles at Riyadh on Monday, said they would stop.",
        ("attacks", "houthis", "saudi-arabia"),
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "act", "event"), PERFECT_RELATIVES, ids=row_ids(PERFECT_RELATIVES)
)
def test_perfect_relative_clause_is_background(extract, text: str, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in extract(text) if (m.relation, m.source.id, m.target.id) == act]
    assert found, f"{act} not found in {text!r}"
    assert any(m.event for m in found) is event


# (sentence, relation, source id, target id, CAMEO root)
MATERIAL_SUPPORT = [
    # Support or backing of a material kind is aid (CAMEO 07), not an endorsement.
    ("Washington provided military support to Kyiv.", "aids", "united-states", "ukraine", "07"),
    ("Qatar's financial backing of Hamas worries Israel.", "aids", "qatar", "hamas", "07"),
    ("Japan sent logistical support to the Philippines.", "aids", "japan", "philippines", "07"),
    # Offered, it is an intent to give aid (CAMEO 033).
    ("Russia offered military support to Syria.", "aids", "russia", "syria", "03"),
    # Guards: support of no material kind stays an endorsement, and turning to
    # someone for military support still asks it of them.
    ("Germany voiced support for Ukraine.", "supports", "germany", "ukraine", "05"),
    (
        "Poland expressed strong political support for Ukraine.",
        "supports",
        "poland",
        "ukraine",
        "05",
    ),
    (
        "Ethiopia turned to the Soviet Union for military support.",
        "demands",
        "ethiopia",
        "soviet-union",
        "10",
    ),
]


@pytest.mark.parametrize(
    ("text", "relation", "source", "target", "root"),
    MATERIAL_SUPPORT,
    ids=row_ids(MATERIAL_SUPPORT),
)
def test_material_support_is_aid(  # type: ignore[no-untyped-def]
    extract, text: str, relation: str, source: str, target: str, root: str
) -> None:
    found = [(m.relation, m.source.id, m.target.id, m.cameo[:2]) for m in extract(text) if m.event]
    assert found == [(relation, source, target, root)]


# (sentence, the relations expected as (relation, source id, target id))
DENIED_BY = [
    # The parser may hang a claim's "by" phrase on the verb that denies it: the
    # phrase still names who made the claim, and so whom the denial answers.
    (
        "Venezuela rejected the charges by Colombia.",
        {("denies", "venezuela", "colombia"), ("accuses", "colombia", "venezuela")},
    ),
    (
        "Syria refuted the charges by Turkey.",
        {("denies", "syria", "turkey"), ("accuses", "turkey", "syria")},
    ),
    (
        "The Iranian government denied the charges by the United States.",
        {("denies", "iran", "united-states"), ("accuses", "united-states", "iran")},
    ),
    # Guards: a "by" phrase on the noun itself, and a passive's "by" agent.
    (
        "Pakistan denied the allegations by India.",
        {("denies", "pakistan", "india"), ("accuses", "india", "pakistan")},
    ),
    ("Iran was denied entry by Israel.", {("rejects", "israel", "iran")}),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_BY, ids=row_ids(DENIED_BY))
def test_a_claims_by_phrase_on_the_denying_verb(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert {(m.relation, m.source.id, m.target.id) for m in extract(text)} == expected


CALM = [
    # Calling for calm or restraint somewhere appeals to that place's state.
    ("Obama called for calm in Egypt.", {("appealsTo", "united-states", "egypt")}),
    ("Obama urged calm in Egypt.", {("appealsTo", "united-states", "egypt")}),
    ("France called for calm and restraint in Mali.", {("appealsTo", "france", "mali")}),
    # Guards: the place may hang on the noun; with no place, no one is asked; one
    # named is asked.
    ("The UN appealed for restraint in Kenya.", {("appealsTo", "united-nations", "kenya")}),
    ("Obama called for calm.", set()),
    ("Germany urged Russia to show restraint in Ukraine.", {("appealsTo", "germany", "russia")}),
]


@pytest.mark.parametrize(("text", "expected"), CALM, ids=row_ids(CALM))
def test_calling_for_calm_somewhere(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert {(m.relation, m.source.id, m.target.id) for m in extract(text) if m.event} == expected


UNNAMING = [
    # Rebels named by no word but a hedge or "armed" are the one country's.
    ("Iraqi police arrested 20 suspected insurgents.", {("coerces", "iraq", "iraq")}),
    ("Pakistani troops killed 12 alleged militants.", {("attacks", "pakistan", "pakistan")}),
    ("Colombian soldiers captured three armed guerrillas.", {("coerces", "colombia", "colombia")}),
    # Guards: a people's or a state's word names them.
    ("Kenyan police arrested Somali rebels.", {("coerces", "kenya", "somalia")}),
    ("Iraqi police arrested 20 insurgents.", {("coerces", "iraq", "iraq")}),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMING, ids=row_ids(UNNAMING))
def test_hedged_rebels_are_the_countrys(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert {(m.relation, m.source.id, m.target.id) for m in extract(text) if m.event} == expected


# (sentence, (relation, source id, target id), whether it codes an event)
ERAS = [
    # An act dated in an era long past is history, whatever the article's date.
    (
        "Japanese troops massacred Chinese civilians during the Second World War.",
        ("assaults", "japan", "china"),
        False,
    ),
    (
        "The Soviet Union spied on Britain in the Cold War.",
        ("spiesOn", "soviet-union", "united-kingdom"),
        False,
    ),
    (
        "Warsaw demanded that Moscow admit Soviet troops shot Poles during World War Two.",
        ("demands", "poland", "russia"),
        True,
    ),
    # Guards: a war named by no era, and an undated year, stay news.
    ("Russian troops attacked Ukraine during the war.", ("attacks", "russia", "ukraine"), True),
    ("Germany invaded Poland in 1939.", ("attacks", "germany", "poland"), True),
]


@pytest.mark.parametrize(("text", "act", "event"), ERAS, ids=row_ids(ERAS))
def test_acts_in_past_eras_are_history(extract, text: str, act, event: bool) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in extract(text) if (m.relation, m.source.id, m.target.id) == act]
    assert found, f"{act} not found in {text!r}"
    assert any(m.event for m in found) is event


JUDGED = [
    # A possessive pronoun in the "for" phrase of a verb with an object is that
    # object's: the one punished, blamed or thanked for its own act.
    ("Washington punished Moscow for its annexation of Crimea.", ("controls", "russia", "crimea")),
    ("The UN fined Iraq for its invasion of Kuwait.", ("attacks", "iraq", "kuwait")),
    ("France condemned Israel for its blockade of Gaza.", ("coerces", "israel", "gaza-strip")),
    (
        "The EU imposed sanctions on Iran for its support of Hezbollah.",
        ("supports", "iran", "hezbollah"),
    ),
    # Guards: the verb's own act stays the subject's.
    ("France condemned Israel for its blockade of Gaza.", ("criticizes", "france", "israel")),
    ("Iran asked Russia for its help.", ("appealsTo", "iran", "russia")),
]


@pytest.mark.parametrize(("text", "act"), JUDGED, ids=row_ids(JUDGED))
def test_its_in_a_for_phrase_is_the_objects(extract, text: str, act) -> None:  # type: ignore[no-untyped-def]
    found = {(m.relation, m.source.id, m.target.id) for m in extract(text)}
    assert act in found, found
