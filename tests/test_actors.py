"""Actor linking: gazetteer names, aliases, demonyms and capitals; institutions of a
state with their sector; people found by NER with the country the text gives."""

from __future__ import annotations

import pytest

from geograph.model import Document
from geograph.relations.arguments import Resolver
from relations_util import Expect, check


@pytest.fixture(scope="module")
def link(pipeline):  # type: ignore[no-untyped-def]
    """Text in: (doc, actors found, resolver) out."""

    def run(text: str):  # type: ignore[no-untyped-def]
        doc = pipeline.nlp(pipeline.normalize(text).text)
        actors = pipeline.linker(doc)
        return doc, actors, Resolver(doc, actors, pipeline.extractor.words)

    return run


def token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


SURFACES = [
    ("Iran tested a missile.", "Iran", "iran", "name"),
    ("The USA sent envoys.", "USA", "united-states", "name"),
    ("U.S. officials spoke.", "U.S.", "united-states", "name"),
    ("Tehran denied it.", "Tehran", "iran", "capital"),
    ("Washington said so.", "Washington", "united-states", "capital"),
    ("An Azerbaijani court ruled.", "Azerbaijani", "azerbaijan", "demonym"),
    ("The Kremlin reacted.", "Kremlin", "russia", "capital"),
    ("Mossad was blamed.", "Mossad", "mossad", "name"),
    ("The IRGC fired drones.", "IRGC", "irgc", "name"),
    ("Hezbollah fighters crossed.", "Hezbollah", "hezbollah", "name"),
    ("Clashes in Nagorno-Karabakh resumed.", "Karabakh", "nagorno-karabakh", "name"),
    ("Troops entered Artsakh.", "Artsakh", "nagorno-karabakh", "name"),
    ("Shells hit Kharkiv.", "Kharkiv", "ukraine", "place"),
]


@pytest.mark.parametrize(("text", "word", "actor", "kind"), SURFACES, ids=[s[0] for s in SURFACES])
def test_gazetteer_surface_forms(link, text: str, word: str, actor: str, kind: str) -> None:
    doc, actors, _ = link(text)
    span = actors.at(token(doc, word))
    assert span is not None, f"{word!r} not linked"
    assert (span.actor.id, span.kind) == (actor, kind)


def test_actor_records_carry_codes(link) -> None:
    doc, actors, _ = link("Iran and Mossad.")
    iran = actors.at(token(doc, "Iran")).actor
    mossad = actors.at(token(doc, "Mossad")).actor
    assert (iran.type, iran.country, iran.wikidata) == ("State", "IRN", "Q794")
    assert (mossad.type, mossad.country) == ("Agency", "ISR")


INSTITUTIONS = [
    ("Iran's foreign ministry accused Baku.", "ministry", "iran", "government"),
    ("Israeli defense officials confirmed the deal.", "officials", "israel", "military"),
    ("The Israeli spy agency Mossad operated there.", "agency", "mossad", "intelligence"),
    ("Russian troops advanced.", "troops", "russia", "military"),
    ("Turkish police detained them.", "police", "turkey", "police"),
    ("The government of Iraq protested.", "government", "iraq", "government"),
    ("Syrian rebels retreated.", "rebels", "syria", "rebel"),
]


@pytest.mark.parametrize(
    ("text", "word", "actor", "sector"), INSTITUTIONS, ids=[s[0] for s in INSTITUTIONS]
)
def test_institutions_resolve_to_their_actor_with_a_sector(
    link, text: str, word: str, actor: str, sector: str
) -> None:
    doc, _, resolver = link(text)
    ref = resolver.one(token(doc, word), "agent")
    assert ref is not None
    assert (ref.actor.id, ref.sector) == (actor, sector)


def test_ner_person_keeps_country_from_the_phrase(pipeline) -> None:
    result = pipeline.extract(Document("p", "Iranian general Qasem Soleimani visited Baghdad."))
    person = next(a for a in result.actors if a.type == "Person")
    assert (person.id, person.country) == ("person:qasem-soleimani", "IRN")


def test_titled_person_acts_for_the_state(pipeline) -> None:
    result = pipeline.extract(
        Document("p", "Malian Foreign Minister Aminata Traore condemned France.")
    )
    (m,) = [m for m in result.mentions if m.relation == "criticizes"]
    assert (m.source.id, m.source_sector, m.target.id) == ("mali", "government", "france")


def test_unknown_organisation_is_kept(pipeline) -> None:
    result = pipeline.extract(Document("o", "Amnesty International accused Egypt of torture."))
    (m,) = [m for m in result.mentions if m.relation == "accuses"]
    assert m.source.type == "Organization" and m.source.id.startswith("org:")


def test_foreign_script_lines_give_no_actor(pipeline) -> None:
    text = "Azerbaijan thanked Turkey.\n\nՀետևեք մեզ նաև Telegram-ում"
    result = pipeline.extract(Document("f", text))
    assert {a.id for a in result.actors} == {"azerbaijan", "turkey"}


def test_a_bare_institution_word_is_no_organisation(pipeline) -> None:
    result = pipeline.extract(Document("b", "Parliament condemned Russia."))
    assert not [a for a in result.actors if a.id == "org:parliament"]


# A title right before a surname names the gazetteer person of that surname when
# every such person is of one country (the phrase's own country narrows the choice);
# people of several countries give no link. (text, surname, actor, acts for)
TITLED_SURNAMES = [
    (
        "Secretary Powell arrived in Cairo on Sunday.",
        "Powell",
        "person:colin-powell",
        "united-states",
    ),
    ("Mr Cameron flew to Paris.", "Cameron", "person:david-cameron", "united-kingdom"),
    ("Vice President Cheney toured the base.", "Cheney", "person:dick-cheney", "united-states"),
    ("President Castro spoke for four hours.", "Castro", "person:castro", "cuba"),
    (
        "Australian Foreign Minister Wong met her counterpart.",
        "Wong",
        "person:penny-wong",
        "australia",
    ),
    ("Minister Wong met her counterpart.", "Wong", None, None),
    ("Mr Johnson declined to comment.", "Johnson", None, None),
]


@pytest.mark.parametrize(
    ("text", "word", "actor", "state"), TITLED_SURNAMES, ids=[s[0] for s in TITLED_SURNAMES]
)
def test_title_and_surname_name_a_known_person(
    link, text: str, word: str, actor: str | None, state: str | None
) -> None:
    doc, actors, _ = link(text)
    span = actors.at(token(doc, word))
    if actor is None:
        # Ambiguous across countries: at most an unknown person, never a state.
        assert span is None or (span.actor.country is None and span.represents is None)
        return
    assert span is not None, f"{word!r} not linked"
    assert span.actor.id == actor
    assert span.represents is not None and span.represents.id == state


def test_a_surname_without_a_title_is_no_known_person(link) -> None:
    doc, actors, _ = link("Crowds gathered in Powell Square.")
    span = actors.at(token(doc, "Powell"))
    assert span is None or span.actor.id != "person:colin-powell"


# A surname alone after the person was named in full is that person.
LATER_SURNAMES = [
    (
        "President Castro landed in Caracas. Castro then praised Venezuela.",
        "Castro",
        "person:castro",
    ),
    ("Colin Powell landed in Amman. Later Powell praised Jordan.", "Powell", "person:colin-powell"),
    (
        "David Cameron visited Kabul. Cameron then thanked Pakistan.",
        "Cameron",
        "person:david-cameron",
    ),
]


@pytest.mark.parametrize(
    ("text", "word", "actor"), LATER_SURNAMES, ids=[s[0] for s in LATER_SURNAMES]
)
def test_a_later_bare_surname_is_the_person_named_before(
    link, text: str, word: str, actor: str
) -> None:
    doc, actors, _ = link(text)
    later = [t for t in doc if t.text == word][-1]
    span = actors.at(later)
    assert span is not None and span.actor.id == actor
    assert span.represents is not None


def test_titled_surnames_act_for_their_state(extract) -> None:
    check(
        extract("President Castro condemned the United States. Mr Cameron criticized Iran."),
        (
            Expect("criticizes", "cuba", "united-states"),
            Expect("criticizes", "united-kingdom", "iran"),
        ),
    )


# Coordinated nationality words before one noun: each gives its own actor.
COORDINATED = [
    (
        "Dutch and Belgian troops attacked Serbia.",
        (Expect("attacks", "netherlands", "serbia"), Expect("attacks", "belgium", "serbia")),
    ),
    (
        "Serbia accused Croatian and Bosnian officials of lying.",
        (
            Expect("accuses", "serbia", "croatia"),
            Expect("accuses", "serbia", "bosnia-and-herzegovina"),
        ),
    ),
    (
        "Sierra Leonean and Liberian officials criticized Guinea.",
        (Expect("criticizes", "sierra-leone", "guinea"), Expect("criticizes", "liberia", "guinea")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED, ids=[s[0] for s in COORDINATED])
def test_coordinated_nationalities_each_give_an_actor(
    extract, text: str, expected: tuple[Expect, ...]
) -> None:
    check(extract(text), expected)


# A title with "of" and a state or a place of the gazetteer acts for that state.
# (text, title word, state, sector)
OFFICES = [
    ("The mayor of Hebron condemned the raid.", "mayor", "palestine", "government"),
    ("The governor of Helmand province accused Pakistan.", "governor", "afghanistan", "government"),
    ("The king of Jordan criticized the plan.", "king", "jordan", "government"),
    ("The mayor of the West Bank town of Jenin resigned.", "mayor", "palestine", "government"),
    ("The defence minister of Japan visited Manila.", "minister", "japan", "military"),
]


@pytest.mark.parametrize(("text", "word", "actor", "sector"), OFFICES, ids=[s[0] for s in OFFICES])
def test_the_office_of_a_place_acts_for_its_state(
    link, text: str, word: str, actor: str, sector: str
) -> None:
    doc, actors, resolver = link(text)
    span = actors.at(token(doc, word))
    assert span is not None and span.actor.type == "Person"
    ref = resolver.one(token(doc, word), "agent")
    assert ref is not None
    assert (ref.actor.id, ref.sector) == (actor, sector)


NOT_OFFICES = [
    ("The people of Hebron protested.", "people"),
    ("The mayor of a small town resigned.", "mayor"),
]


@pytest.mark.parametrize(("text", "word"), NOT_OFFICES, ids=[s[0] for s in NOT_OFFICES])
def test_no_office_without_a_title_and_a_place(link, text: str, word: str) -> None:
    doc, actors, _ = link(text)
    assert actors.at(token(doc, word)) is None


def test_offices_of_places_act_in_relations(extract) -> None:
    check(
        extract(
            "The mayor of Jenin accused Israel of torture. "
            "Herat governor Ismail Zaman criticized Iran."
        ),
        (Expect("accuses", "palestine", "israel"), Expect("criticizes", "afghanistan", "iran")),
    )


UNKNOWN_OFFICE_HOLDERS = [
    ("President Tomas Arandia promised reforms for Bolivia.", "Arandia", "bolivia"),
    ("Ghanaian farmers cheered President Kofi Mensah in Accra.", "Mensah", "ghana"),
    ("General Tarek Ziadi ordered troops into Tunisia's south.", "Ziadi", "tunisia"),
]


@pytest.mark.parametrize(
    ("text", "word", "state"), UNKNOWN_OFFICE_HOLDERS, ids=[s[0] for s in UNKNOWN_OFFICE_HOLDERS]
)
def test_an_unknown_office_holder_holds_the_office_of_the_one_country_named(
    link, text: str, word: str, state: str
) -> None:
    doc, actors, _ = link(text)
    span = actors.at(token(doc, word))
    assert span is not None and span.represents is not None
    assert span.represents.id == state


def test_no_office_country_when_several_or_none_are_named(link) -> None:
    for text, word in (
        ("President Tomas Arandia criticized Chile and Peru.", "Arandia"),
        ("President Tomas Arandia gave a speech.", "Arandia"),
        ("Dr Amal Hassan criticized Egypt.", "Hassan"),
    ):
        doc, actors, _ = link(text)
        span = actors.at(token(doc, word))
        assert span is None or span.represents is None, text


def test_rebels_against_their_own_president_are_a_domestic_act(extract) -> None:
    check(
        extract("Rebels in Ivory Coast dismissed an appeal from President Laurent Gbagbo."),
        (Expect("rejects", "ivory-coast", "ivory-coast"),),
    )
    (m,) = [m for m in extract("Joe Biden criticized Donald Trump.") if m.relation == "criticizes"]
    assert m.source.type == "Person" and m.target.type == "Person"


def test_an_unknown_political_body_belongs_to_the_one_country_named(link) -> None:
    for text, word, country in (
        (
            "The opposition Democratic Front said it would boycott the Kenyan election.",
            "Front",
            "KEN",
        ),
        ("The Popular Renewal Party accused the Peruvian government of fraud.", "Party", "PER"),
    ):
        doc, actors, _ = link(text)
        span = actors.at(token(doc, word))
        assert span is not None and span.actor.country == country, text
    # (A body the gazetteer does not know: the Islamic Action Front is now Jordan's.)
    doc, actors, _ = link("The Islamic Renewal Front criticized Jordan and Israel.")
    span = actors.at(token(doc, "Front"))
    assert span is not None and span.actor.country is None


def test_the_soviet_union_is_its_own_actor_coded_as_its_continuator(extract) -> None:
    for text in (
        "The Soviet Union sold tanks to Syria.",
        "Soviet troops withdrew from Afghanistan.",
    ):
        (m,) = extract(text)
        assert (m.source.id, m.source.country) == ("soviet-union", "RUS"), text


def test_leaders_of_the_1980s_act_for_their_states(extract) -> None:
    check(
        extract(
            "Kosygin accused China of aggression. "
            "Prime Minister Muldoon criticized France over the nuclear tests. "
            "Pik Botha threatened Zambia."
        ),
        (
            Expect("accuses", "russia", "china"),
            Expect("criticizes", "new-zealand", "france"),
            Expect("threatens", "south-africa", "zambia"),
        ),
    )
