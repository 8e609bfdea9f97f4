"""Actor linking: gazetteer names, aliases, demonyms and capitals; institutions of a
state with their sector; people found by NER with the country the text gives."""

from __future__ import annotations

import pytest

from geograph.model import Document
from geograph.relations.arguments import Resolver


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
