"""News precision, second round: names that are not the actor they contain, and
candidates' acts. Our own sentences."""

from __future__ import annotations

import pytest

from relations_util import Expect, check

E = Expect

# (sentence, relations it must state, relations it must not state)
Row = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]

ROWS: list[Row] = [
    # A place in the name of a school or research body says where it is, not who acts.
    (
        "Scientists from the University of Washington examined reports of Chinese hacking.",
        (),
        (E("investigates", "united-states", "china"),),
    ),
    (
        "Researchers at Tehran University criticized the Saudi government.",
        (),
        (E("criticizes", "iran", "saudi-arabia"),),
    ),
    (
        "Economists at the National University of Singapore criticized Malaysia.",
        (),
        (E("criticizes", "singapore", "malaysia"),),
    ),
    # A name before a word of likeness is a kind of thing, not the actor.
    (
        "Japan may enter a NATO-style pact with India.",
        (E("cooperatesWith", "japan", "india", modality=None),),
        (E("cooperatesWith", "nato", "india", modality=None),),
    ),
    (
        "India may join a NATO style alliance with Japan.",
        (),
        (E("alliedWith", "nato", "japan", modality=None),),
    ),
    (
        "Critics called the inquiry into Pelosi a Soviet-style investigation of Russia.",
        (),
        (E("investigates", "soviet-union", "russia", modality=None),),
    ),
    # An organisation naming an alliance noun is the alliance, not its other side.
    (
        "Russia warned the NATO alliance.",
        (E("threatens", "russia", "nato"),),
        (E("alliedWith", "russia", "nato", modality=None),),
    ),
    (
        "Moscow condemned the NATO alliance.",
        (E("criticizes", "russia", "nato"),),
        (E("alliedWith", "russia", "nato", modality=None),),
    ),
    # A candidate's campaign is the candidate as a person, not the state.
    (
        "The Macron campaign accused Russia of hacking its e-mails.",
        (E("accuses", "person:emmanuel-macron", "russia"),),
        (E("accuses", "france", "russia"),),
    ),
    (
        "Erdogan's campaign criticized Greece.",
        (E("criticizes", "person:recep-tayyip-erdogan", "greece"),),
        (E("criticizes", "turkey", "greece"),),
    ),
    # Accepting a nomination is no concession nor agreement with anyone.
    (
        "Lula accepted the Workers' Party nomination in Brazil.",
        (),
        (
            E("concedesTo", "brazil", "brazil", modality=None),
            E("agreesWith", "person:luiz-inacio-lula-da-silva", "brazil", modality=None),
        ),
    ),
    (
        "Macron accepted the party's nomination in France.",
        (),
        (
            E("concedesTo", "france", "france", modality=None),
            E("agreesWith", "france", "france", modality=None),
        ),
    ),
    # Accepting demands still concedes.
    (
        "Bolivia accepted demands from striking miners.",
        (E("concedesTo", "bolivia", "bolivia"),),
        (),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_news_precision(
    extract, text: str, expected: tuple[Expect, ...], absent: tuple[Expect, ...]
) -> None:
    check(extract(text), expected, absent)


# A known person's family name after another given name is someone else: "Hunter
# Biden", "Jill Biden" are not Joe Biden; a title or the person's own given name
# ("President Biden", "Tayyip Erdogan") still names them.
FAMILY: list[tuple[str, str, str]] = [
    ("Hunter Biden criticized Russia.", "person:hunter-biden", "criticizes"),
    ("Jill Biden praised Kenya.", "person:jill-biden", "supports"),
    ("Laura Bush praised Afghanistan.", "person:laura-bush", "supports"),
    ("President Biden criticized Russia.", "united-states", "criticizes"),
    ("Tayyip Erdogan criticized Greece.", "turkey", "criticizes"),
]


@pytest.mark.parametrize(("text", "source", "relation"), FAMILY, ids=[t[:30] for t, _, _ in FAMILY])
def test_another_given_name_is_another_person(
    extract, text: str, source: str, relation: str
) -> None:
    mentions = [m for m in extract(text) if m.relation == relation]
    assert mentions and all(m.source.id == source for m in mentions), [
        (m.relation, m.source.id, m.target.id) for m in mentions
    ]


# A picture's caption (a sentence with a credit line, or right before one) shows who
# stood where; it reports no act. A lower-case "photo:" in a sentence is no credit.
CAPTIONS: list[tuple[str, int]] = [
    ("The Kenyan president stands with Somali troops in Mogadishu. Photo: Reuters", 0),
    ("Macron meets Merkel in Berlin on Monday.Image: Elysee Palace.", 0),
    ("Egyptian police confront protesters in Cairo. Picture: AP", 0),
    ("Iran criticized the photo: Israel attacked Syria.", 2),
    ("Egypt criticized Israel. The statement was issued in Cairo.", 1),
]


@pytest.mark.parametrize(("text", "count"), CAPTIONS, ids=[t[:30] for t, _ in CAPTIONS])
def test_captions_code_nothing(extract, text: str, count: int) -> None:
    mentions = extract(text)
    assert len(mentions) == count, [(m.relation, m.source.id, m.target.id) for m in mentions]


# A private person's trip to a town says where they went; it is no visit to the
# state. A state's officer, or an armed group, going there is still one.
TRIPS: list[tuple[str, tuple[str, str] | None]] = [
    ("Singer Adele visited Osaka last week.", None),
    ("The actor Tom Hanks traveled to Haifa in May.", None),
    ("Bill Gates visited Kano on Monday.", None),
    ("The Chinese ambassador visited Mombasa.", ("china", "kenya")),
    ("Hezbollah fighters traveled to Aleppo.", ("hezbollah", "syria")),
]


@pytest.mark.parametrize(("text", "visit"), TRIPS, ids=[t[:30] for t, _ in TRIPS])
def test_a_private_trip_is_no_visit(extract, text: str, visit: tuple[str, str] | None) -> None:
    found = [(m.source.id, m.target.id) for m in extract(text) if m.relation == "consults"]
    assert found == ([visit] if visit else []), found
