"""Eleventh-session rules, as sentence tables of our own.

Appeals and demands: CAMEO keeps asking without insisting (02, "urged", "called
on", "asked", "sought") apart from demanding (10, "demanded", "insisted",
"ordered", "pressed", an ultimatum). PLOVER has one category for both, so both
relations code PLOVER DEMAND.
"""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

APPEALS = [
    # Verbs of asking: the relation is an appeal, CAMEO 02.
    (
        "Norway urged Sri Lanka to resume talks with the Tamil Tigers.",
        E("appealsTo", "norway", "sri-lanka"),
    ),
    (
        "Chile asked Argentina for help in fighting the forest fires.",
        E("appealsTo", "chile", "argentina"),
    ),
    ("Vietnam called on China to withdraw the oil rig.", E("appealsTo", "vietnam", "china")),
    ("Nepal appealed to India for emergency fuel supplies.", E("appealsTo", "nepal", "india")),
    ("Jordan sought financial assistance from Kuwait.", E("appealsTo", "jordan", "kuwait")),
    ("Moldova requested Romanian help with its power grid.", E("appealsTo", "moldova", "romania")),
    (
        "Kosovo pleaded with the European Union for visa-free travel.",
        E("appealsTo", "kosovo", "european-union"),
    ),
    # Nouns of asking.
    (
        "Lebanon made an appeal to France for reconstruction aid.",
        E("appealsTo", "lebanon", "france"),
    ),
    (
        "Georgia repeated its call that Russia withdraw from South Ossetia.",
        E("appealsTo", "georgia", "russia"),
    ),
]

DEMANDS = [
    # Verbs and nouns of insisting stay demands, CAMEO 10.
    ("Ankara demanded that Stockholm extradite the suspects.", E("demands", "turkey", "sweden")),
    (
        "Beijing insisted that Manila remove the grounded ship.",
        E("demands", "china", "philippines"),
    ),
    ("Algeria ordered Morocco to close its consulate in Oran.", E("demands", "algeria", "morocco")),
    (
        "Washington pressed Seoul to pay more for the troops.",
        E("demands", "united-states", "south-korea"),
    ),
    (
        "The African Union repeated its demand that Mali hold elections.",
        E("demands", "african-union", "mali"),
    ),
]


def _ids(table: list[tuple[str, Expect]]) -> list[str]:
    return [t[:50] for t, _ in table]


@pytest.mark.parametrize(("text", "expected"), APPEALS, ids=_ids(APPEALS))
def test_asking_is_an_appeal(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,), (E("demands", expected.source, expected.target, None, None),))
    appeal = next(m for m in found if m.relation == "appealsTo")
    assert (appeal.cameo[:2], appeal.plover, appeal.event) == ("02", "DEMAND", True)


@pytest.mark.parametrize(("text", "expected"), DEMANDS, ids=_ids(DEMANDS))
def test_insisting_is_a_demand(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,), (E("appealsTo", expected.source, expected.target, None, None),))
    demand = next(m for m in found if m.relation == "demands")
    assert (demand.cameo[:2], demand.plover) == ("10", "DEMAND")


# A tensed verb coordinated with a verb that takes an auxiliary has its own tense:
# the auxiliary and its negation are not shared ("did not join ... and criticized").
# A bare verb shares them ("did not join ... or criticize").
OWN_TENSE = [
    (
        "Egypt did not join the coalition and criticized the Saudi air strikes on Yemen.",
        E("criticizes", "egypt", "saudi-arabia"),
    ),
    (
        "Peru will not recognize the new government and recalled its ambassador from Bolivia.",
        E("sanctions", "peru", "bolivia"),
    ),
    (
        "Norway did not sign the treaty and urges Russia to withdraw from Crimea.",
        E("appealsTo", "norway", "russia"),
    ),
    (
        "Kenya does not trade with Somalia and accuses it of harbouring militants.",
        E("accuses", "kenya", "somalia"),
    ),
]

SHARED_AUX = [
    (
        "Egypt did not join the coalition or criticize Saudi Arabia.",
        E("criticizes", "egypt", "saudi-arabia", negated=True),
    ),
    (
        "Peru will not recognize the government and recall its ambassador from Bolivia.",
        E("sanctions", "peru", "bolivia", modality="future", negated=True),
    ),
    (
        "Kenya does not trade with Somalia and accuses it of harbouring militants.",
        E("cooperatesWith", "kenya", "somalia", negated=True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_TENSE, ids=_ids(OWN_TENSE))
def test_tensed_verb_keeps_its_own_tense(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,))
    assert all(m.event for m in found if m.relation == expected.relation)


@pytest.mark.parametrize(("text", "expected"), SHARED_AUX, ids=_ids(SHARED_AUX))
def test_bare_verb_shares_the_auxiliary(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A light verb done again is still a light verb: its noun states the relation.
AGAIN = [
    ("Turkey reimposed sanctions on Syria.", E("sanctions", "turkey", "syria")),
    (
        "The European Union will reimpose tariffs on American steel.",
        E("sanctions", "european-union", "united-states", modality="future"),
    ),
    ("Washington reinstated the embargo on Cuba.", E("sanctions", "united-states", "cuba")),
    ("Colombia relaunched talks with the ELN rebels.", E("negotiatesWith", "colombia", "eln")),
    ("Japan reopened negotiations with Seoul.", E("negotiatesWith", "japan", "south-korea")),
    ("Kenya reissued its ultimatum to Somalia.", E("threatens", "kenya", "somalia")),
]


@pytest.mark.parametrize(("text", "expected"), AGAIN, ids=_ids(AGAIN))
def test_light_verb_done_again(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# A noun of asking keeps its "that" clause when the parser hangs the clause on the
# noun's verb ("reiterated its demand today that ..."): the noun's owner asks it of
# the clause's subject, and the act asked for is not done.
ASKED_CLAUSE = [
    (
        "The African Union reiterated its demand today that Mali ease restrictions on aid workers.",
        E("demands", "african-union", "mali"),
        E("concedesTo", "mali", "mali"),
    ),
    (
        "Norway renewed its appeal on Monday that Russia release the Greenpeace crew.",
        E("appealsTo", "norway", "russia"),
        E("retreatsFrom", "russia", "org:greenpeace"),
    ),
    (
        "Human rights groups repeated their call that Egypt lift the blockade of Gaza.",
        None,
        E("retreatsFrom", "egypt", "gaza-strip"),
    ),
]


@pytest.mark.parametrize(
    ("text", "asked", "act"), ASKED_CLAUSE, ids=[t[:50] for t, _, _ in ASKED_CLAUSE]
)
def test_clause_of_a_noun_of_asking(extract, text: str, asked: Expect | None, act: Expect) -> None:
    found = extract(text)
    if asked is not None:
        check(found, (asked,))
    check(found, (E(act.relation, act.source, act.target, "hypothetical"),))
    assert not any(m.event for m in found if m.relation == act.relation)


def test_international_labour_office_is_the_ilo(extract) -> None:
    found = extract("The International Labour Office urged Qatar to protect migrant workers.")
    check(found, (E("appealsTo", "ilo", "qatar"),))


# Voicing sympathy, concern or hope about someone is a public statement (CAMEO 01),
# which PLOVER does not code; offering condolences gives them. Praise, gratitude and
# disapproval keep their own relations, and a feeling about no actor relates no one.
COMMENTS = [
    (
        "Chancellor Scholz expressed sorrow for the victims of the earthquake in Turkey.",
        E("commentsOn", "germany", "turkey"),
    ),
    (
        "Seoul voiced concern over Chinese military drills near Taiwan.",
        E("commentsOn", "south-korea", "pla"),
    ),
    (
        "Jordan offered its condolences to Morocco after the earthquake.",
        E("commentsOn", "jordan", "morocco"),
    ),
    (
        "The African Union expressed hope for a settlement between Ethiopia and Eritrea.",
        E("commentsOn", "african-union", "ethiopia"),
    ),
]

NOT_COMMENTS = [
    ("Economists expressed concern over inflation.", "commentsOn"),
    ("Brazil expressed outrage at the Israeli raid on the flotilla.", "commentsOn"),
    ("Kenya expressed gratitude for Japan's help.", "commentsOn"),
]


@pytest.mark.parametrize(("text", "expected"), COMMENTS, ids=_ids(COMMENTS))
def test_voiced_feeling_is_a_statement(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,))
    said = next(m for m in found if m.relation == "commentsOn")
    assert (said.cameo[:2], said.plover, said.event) == ("01", "", True)


@pytest.mark.parametrize(("text", "relation"), NOT_COMMENTS, ids=[t[:50] for t, _ in NOT_COMMENTS])
def test_no_statement_read(extract, text: str, relation: str) -> None:
    assert not any(m.relation == relation for m in extract(text))


# People sent to a country to find something out investigate there (CAMEO 09); the
# same people sent to help are aid.
SENT_TO_FIND_OUT = [
    (
        "The United Nations sent a team of experts to Libya to investigate the killings.",
        E("investigates", "united-nations", "libya"),
        "aids",
    ),
    (
        "The African Union dispatched observers to Burundi to assess the violence.",
        E("investigates", "african-union", "burundi"),
        "aids",
    ),
    (
        "The EU sent a mission of inspectors to Serbia to verify the ceasefire.",
        E("investigates", "european-union", "serbia"),
        "aids",
    ),
    (
        "Britain flew a team of doctors to Sierra Leone to help the government.",
        E("aids", "united-kingdom", "sierra-leone"),
        "investigates",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "other"), SENT_TO_FIND_OUT, ids=[t[:50] for t, _, _ in SENT_TO_FIND_OUT]
)
def test_sent_to_find_out(extract, text: str, expected: Expect, other: str) -> None:
    found = extract(text)
    check(found, (expected,))
    assert not any(m.relation == other for m in found)


# A noun promised by a verb of promising is the act, as an infinitive is: one event
# (the intent to support or aid), not an agreement beside it.
PROMISED_NOUNS = [
    ("Ankara vowed support for Baku.", E("supports", "turkey", "azerbaijan")),
    ("Qatar pledged aid to Lebanon.", E("aids", "qatar", "lebanon")),
    ("Tokyo promised assistance to Manila.", E("aids", "japan", "philippines")),
]


@pytest.mark.parametrize(("text", "expected"), PROMISED_NOUNS, ids=_ids(PROMISED_NOUNS))
def test_promised_noun_is_the_act(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,), (E("agreesWith", expected.source, expected.target, None, None),))


def test_agreement_beside_a_deal_stays(extract) -> None:
    # Agreeing a ceasefire is no promise of a noun: both readings stay.
    found = extract("Armenia and Azerbaijan agreed a ceasefire.")
    check(found, (E("agreesWith", "armenia", "azerbaijan"),))


# Allowing a thing or an event to happen yields to no one: no home side is taken for
# it. Allowing someone named to act still concedes to them.
ALLOWED_THINGS = [
    "The Iranian government allowed the children to play in the streets.",
    "The Kremlin's decision to allow part of the parade in Red Square drew criticism.",
]

ALLOWED_PEOPLE = [
    ("Egypt allowed the protesters to march to Tahrir Square.", E("concedesTo", "egypt", "egypt")),
    ("Beijing permitted Hong Kong to hold the vote.", E("concedesTo", "china", "hong-kong")),
    ("Kenya allowed Somali refugees to stay.", E("concedesTo", "kenya", "somalia")),
    # A protest, a rally or a march allowed yields to one's own people.
    ("Belarus permitted the opposition rally in Minsk.", E("concedesTo", "belarus", "belarus")),
]


@pytest.mark.parametrize("text", ALLOWED_THINGS, ids=[t[:50] for t in ALLOWED_THINGS])
def test_allowing_a_thing_concedes_to_no_one(extract, text: str) -> None:
    assert not any(m.relation == "concedesTo" for m in extract(text))


@pytest.mark.parametrize(("text", "expected"), ALLOWED_PEOPLE, ids=_ids(ALLOWED_PEOPLE))
def test_allowing_someone_concedes(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))


# Careless casing after a title still names the person ("President macron"), unless
# the lower-case form is an English word ("the prime minister may resign").
def test_lower_case_surname_after_a_title(extract) -> None:
    check(
        extract("Chancellor merkel criticized Russia over the poisoning of Navalny."),
        (E("criticizes", "germany", "russia"),),
    )
    check(
        extract("President macron urged Iran to release the French hostages."),
        (E("appealsTo", "france", "iran"),),
    )
    assert not [a for m in extract("The prime minister may resign.") for a in (m.source, m.target)]


# Widening freedoms or rights concedes them to one's people (CAMEO 083); taking steps
# or measures to act is acting, not only aiming at it.
WIDENED = [
    ("Belarus expanded political freedoms.", E("concedesTo", "belarus", "belarus")),
    ("Madrid widened the autonomy of Catalonia.", E("concedesTo", "spain", "catalonia")),
    (
        "The Zambian government has taken steps to enhance press freedoms.",
        E("concedesTo", "zambia", "zambia"),
    ),
    ("Nigeria took steps to expel Ghanaian workers.", E("coerces", "nigeria", "ghana")),
    (
        "The Zambian government took measures to expand press freedoms.",
        E("concedesTo", "zambia", "zambia"),
    ),
    (
        "Following the peace deal, Kenya has taken steps to ease restrictions on Somali traders.",
        E("concedesTo", "kenya", "somalia"),
    ),
]

NOT_WIDENED = [
    "China expanded its military presence in the South China Sea.",
    "Egypt expanded the powers of the police.",
]


@pytest.mark.parametrize(("text", "expected"), WIDENED, ids=_ids(WIDENED))
def test_widened_freedoms_and_steps_taken(extract, text: str, expected: Expect) -> None:
    found = extract(text)
    check(found, (expected,))
    assert all(m.event for m in found if m.relation == expected.relation)


@pytest.mark.parametrize("text", NOT_WIDENED, ids=[t[:50] for t in NOT_WIDENED])
def test_widening_other_things_concedes_nothing(extract, text: str) -> None:
    assert not any(m.relation == "concedesTo" for m in extract(text))


# A name described by a participle phrase is the subject, when the parser made the
# participle the subject ("The Red Cross working in Syria said ...").
PARTICIPLE_SUBJECTS = [
    (
        "The Red Cross working in Syria said Russian forces must ensure safe passage.",
        E("demands", "org:icrc", "russian-armed-forces"),
    ),
    (
        "The Red Cross operating in Iraq said US forces must ensure security to allow supplies "
        "to reach the needy.",
        E("demands", "org:icrc", "united-states"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_SUBJECTS, ids=_ids(PARTICIPLE_SUBJECTS))
def test_name_before_a_participle_subject(extract, text: str, expected: Expect) -> None:
    check(extract(text), (expected,))
