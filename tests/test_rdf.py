"""The mapping to RDF: stable IRIs for any id, and the quads of one document."""

from __future__ import annotations

import io

import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from geograph.errors import DataError
from geograph.model import Actor, DocResult, Document, Mention
from geograph.rdf import (
    actor_id,
    actor_iri,
    date_literal,
    doc_id,
    doc_iri,
    document_quads,
    graph_doc_id,
    graph_iri,
    mention_ids,
    mention_iri,
    text,
    url_literal,
)
from geograph.vocab import GG, OWL, RDF, RDFS, XSD

IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
AZERBAIJAN = Actor("azerbaijan", "Azerbaijan", "State", "AZE", "Q227")
ISRAEL = Actor("israel", "Israel", "State", "ISR", "Q801")
MOSSAD = Actor("mossad", "Mossad", "Agency", "ISR", "Q158363")

HOSTILE_IDS = [
    "plain",
    "with space",
    "a>b<c",
    'quote"s',
    "back\\slash",
    "slash/and?query#frag",
    "percent%20already",
    "ünïcödé 伊朗 🚀",
    "",
    ".",
    "..",
    "person:qasem-soleimani",
    "new\nline\ttab\x00nul",
    "lone \ud800 surrogate",
]


def _mention(relation: str, source: Actor, target: Actor, **kw: object) -> Mention:
    sentence = kw.pop("sentence", f"{source.label} {relation} {target.label}.")
    assert isinstance(sentence, str)
    return Mention("doc-1", relation, source, target, sentence, 0, len(sentence), **kw)  # type: ignore[arg-type]


def _result(*mentions: Mention, document: Document | None = None) -> DocResult:
    doc = document or Document("doc-1", "text", "A title", "2024-03-01", "https://example.com/a")
    return DocResult(doc, tuple(mentions), ())


# ------------------------------------------------------------------------- IRIs


@pytest.mark.parametrize("ident", HOSTILE_IDS)
def test_iris_are_valid_stable_and_reversible_for_hostile_ids(ident: str) -> None:
    for mint, unmint in ((actor_iri, actor_id), (doc_iri, doc_id), (graph_iri, graph_doc_id)):
        iri = mint(ident)
        assert iri == mint(ident)  # stable
        assert iri.value.isascii() and " " not in iri.value
        assert unmint(iri.value) == ident
        # A strict parser accepts it too.
        rdflib.Graph().parse(data=f"{iri} <http://p> <http://o> .", format="nt")
    m = mention_iri(ident, ident + "#m")
    assert mention_ids(m.value) == (ident, ident + "#m")


@given(st.text(), st.text())
def test_iris_are_injective_and_round_trip(a: str, b: str) -> None:
    assert actor_id(actor_iri(a).value) == a
    assert (actor_iri(a) == actor_iri(b)) == (a == b)
    assert mention_ids(mention_iri(a, b).value) == (a, b)


def test_iri_layout_matches_the_contract() -> None:
    base = "https://w3id.org/geograph/id/"
    assert actor_iri("iran").value == base + "actor/iran"
    assert actor_iri("person:x").value == base + "actor/person:x"
    assert doc_iri("a b").value == base + "doc/a%20b"
    assert graph_iri("d").value == base + "graph/d"
    assert mention_iri("d", "0123abcd").value == base + "mention/d/0123abcd"
    assert actor_id(doc_iri("x").value) is None


# ------------------------------------------------------------------------ quads


def _direct(quads: list[Quad], relation: NamedNode) -> list[Quad]:
    return [q for q in quads if q.predicate == relation and q.subject != q.object]


@pytest.mark.parametrize(
    ("modality", "negated", "expected"),
    [
        ("asserted", False, True),
        ("asserted", True, False),
        ("reported", False, False),
        ("hypothetical", False, False),
        ("future", False, False),
    ],
)
def test_direct_triple_only_for_asserted_non_negated(
    modality: str, negated: bool, expected: bool
) -> None:
    m = _mention("accuses", IRAN, AZERBAIJAN, modality=modality, negated=negated)
    quads = document_quads(_result(m))
    direct = Quad(actor_iri("iran"), GG.accuses, actor_iri("azerbaijan"), graph_iri("doc-1"))
    assert (direct in quads) is expected
    # The mention node is there either way.
    node = mention_iri("doc-1", m.id)
    assert Quad(node, RDF.type, GG.RelationMention, graph_iri("doc-1")) in quads
    assert Quad(node, GG.negated, Literal(negated), graph_iri("doc-1")) in quads


def test_symmetric_relation_written_once_as_given() -> None:
    m = _mention("hasTensionWith", IRAN, AZERBAIJAN)
    quads = document_quads(_result(m))
    tension = [q for q in quads if q.predicate == GG.hasTensionWith]
    assert [(q.subject, q.object) for q in tension] == [
        (actor_iri("iran"), actor_iri("azerbaijan"))
    ]


def test_every_quad_is_in_the_document_graph_and_unique() -> None:
    quads = document_quads(
        _result(_mention("accuses", IRAN, AZERBAIJAN), _mention("accuses", IRAN, AZERBAIJAN))
    )
    assert {q.graph_name for q in quads} == {graph_iri("doc-1")}
    assert len(quads) == len(set(quads))


def test_mention_node_carries_every_field_with_datatypes() -> None:
    denied = _mention("accuses", IRAN, AZERBAIJAN)
    m = _mention(
        "denies",
        AZERBAIJAN,
        IRAN,
        confidence=0.75,
        trigger="denied",
        source_sector="government",
        target_sector="military",
        reporter=MOSSAD,
        denies=denied.id,
        cameo="016",
        plover="REJECT",
    )
    g = graph_iri("doc-1")
    quads = set(document_quads(_result(denied, m)))
    node = mention_iri("doc-1", m.id)
    expected = {
        (GG.relation, GG.denies),
        (GG.source, actor_iri("azerbaijan")),
        (GG.target, actor_iri("iran")),
        (GG.document, doc_iri("doc-1")),
        (GG.modality, Literal("asserted")),
        (GG.cameo, Literal("016")),
        (GG.plover, Literal("REJECT")),
        (GG.confidence, Literal("0.75", datatype=XSD.double)),
        (GG.sentence, Literal(m.sentence)),
        (GG.start, Literal("0", datatype=XSD.integer)),
        (GG.end, Literal(str(m.end), datatype=XSD.integer)),
        (GG.negated, Literal("false", datatype=XSD.boolean)),
        (GG.trigger, Literal("denied")),
        (GG.sourceSector, Literal("government")),
        (GG.targetSector, Literal("military")),
        (GG.reportedBy, actor_iri("mossad")),
        (GG.deniesMention, mention_iri("doc-1", denied.id)),
    }
    for predicate, obj in expected:
        assert Quad(node, predicate, obj, g) in quads, predicate
    # The reporter is described too.
    assert Quad(actor_iri("mossad"), RDF.type, GG.Agency, g) in quads


def test_codes_default_to_the_ontology() -> None:
    m = _mention("sellsArmsTo", ISRAEL, AZERBAIJAN)
    quads = document_quads(_result(m))
    node = mention_iri("doc-1", m.id)
    assert Quad(node, GG.cameo, Literal("072"), graph_iri("doc-1")) in quads
    assert Quad(node, GG.plover, Literal("AID"), graph_iri("doc-1")) in quads


def test_a_statement_carries_no_plover_code() -> None:
    # PLOVER codes no public statements (CAMEO 01): commentsOn has no PLOVER
    # category, so its mentions get a CAMEO code and no gg:plover at all.
    m = _mention("commentsOn", IRAN, AZERBAIJAN)
    quads = document_quads(_result(m))
    node = mention_iri("doc-1", m.id)
    assert Quad(node, GG.cameo, Literal("010"), graph_iri("doc-1")) in quads
    assert not [q for q in quads if q.subject == node and q.predicate == GG.plover]


def test_actor_descriptions() -> None:
    g = graph_iri("doc-1")
    quads = set(document_quads(_result(_mention("aids", MOSSAD, IRAN))))
    iran = actor_iri("iran")
    assert Quad(iran, RDF.type, GG.State, g) in quads
    assert Quad(iran, RDFS.label, Literal("Iran"), g) in quads
    assert Quad(iran, OWL.sameAs, NamedNode("http://www.wikidata.org/entity/Q794"), g) in quads
    assert Quad(iran, GG.wikidata, Literal("Q794"), g) in quads
    assert Quad(iran, GG.iso3, Literal("IRN"), g) in quads
    assert Quad(iran, GG.country, Literal("IRN"), g) in quads
    mossad = actor_iri("mossad")
    assert Quad(mossad, GG.country, Literal("ISR"), g) in quads
    assert not [q for q in quads if q.subject == mossad and q.predicate == GG.iso3]


def test_document_node() -> None:
    g = graph_iri("doc-1")
    doc = Document("doc-1", "text", "A title", "2024-03-01", "https://example.com/a", "a.txt")
    quads = set(document_quads(_result(document=doc)))
    node = doc_iri("doc-1")
    assert Quad(node, RDF.type, GG.Document, g) in quads
    assert Quad(node, GG.title, Literal("A title"), g) in quads
    assert Quad(node, GG.date, Literal("2024-03-01", datatype=XSD.date), g) in quads
    assert Quad(node, GG.url, Literal("https://example.com/a", datatype=XSD.anyURI), g) in quads
    assert Quad(node, GG.sha256, Literal(doc.sha256), g) in quads
    assert Quad(node, GG.path, Literal("a.txt"), g) in quads


@pytest.mark.parametrize(
    ("value", "datatype"),
    [
        ("2024-03-01", XSD.date),
        ("2024-03-01T10:00:00Z", XSD.dateTime),
        ("2024-03-01T10:00:00+02:00", XSD.dateTime),
        ("2024-13-45", XSD.string),
        ("2024-W01-1", XSD.string),
        ("March 2024", XSD.string),
    ],
)
def test_dates_are_typed_only_when_iso(value: str, datatype: NamedNode) -> None:
    assert date_literal(value).datatype == datatype


def test_urls_are_any_uri_only_when_absolute() -> None:
    assert url_literal("https://x.org/a?b=c").datatype == XSD.anyURI
    assert url_literal("not a url").datatype == XSD.string


def test_unknown_relation_is_a_data_error() -> None:
    with pytest.raises(DataError, match="unknown relation 'likes'"):
        document_quads(_result(_mention("likes", IRAN, AZERBAIJAN)))


HOSTILE_TEXT = (
    "He said \"no\" \\ and 'yes'\n\r\ttabs \x00\x01\x08\x0b\x0c\x1f\x7f \u2028\u2029 "
    "\"\"\" ''' \\u0022 \\U00000041 <> {} # ; 🚀 伊朗"
)


# rdflib 7.6 warns about its own Dataset internals while parsing quads.
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")
def test_literals_survive_any_text_through_serializations() -> None:
    m = _mention("accuses", IRAN, AZERBAIJAN, sentence=HOSTILE_TEXT)
    quads = document_quads(_result(m))
    for fmt, rdflib_fmt in ((RdfFormat.N_QUADS, "nquads"), (RdfFormat.TRIG, "trig")):
        data = serialize(quads, None, fmt)
        assert data is not None
        ds = rdflib.Dataset()
        ds.parse(io.BytesIO(data), format=rdflib_fmt)
        sentences = [str(o) for _, p, o, _ in ds.quads() if str(p) == GG.sentence.value]
        assert sentences == [HOSTILE_TEXT], fmt


def test_lone_surrogates_become_replacement_characters() -> None:
    assert text("a\ud800b") == "a\ufffdb"
    assert text("\ud83d\ude80") == "🚀"  # a split pair is re-joined
    assert text(HOSTILE_TEXT) == HOSTILE_TEXT
    m = _mention("accuses", IRAN, AZERBAIJAN, sentence="bad \udcff byte")
    sentences = [q.object.value for q in document_quads(_result(m)) if q.predicate == GG.sentence]
    assert sentences == ["bad \ufffd byte"]
