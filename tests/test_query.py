"""Named queries, the read-only guard, safe parameters, time limits and table formats."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from geograph.errors import ExportError, QueryError
from geograph.model import Actor, DocResult, Document, Mention
from geograph.query import format_table, is_update, named_queries, run_query
from geograph.rdf import document_quads
from geograph.settings import Settings
from geograph.store import GraphStore, LocalStore, Table, open_store

IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
AZERBAIJAN = Actor("azerbaijan", "Azerbaijan", "State", "AZE", "Q227")
ISRAEL = Actor("israel", "Israel", "State", "ISR", "Q801")
RUSSIA = Actor("russia", "Russia", "State", "RUS", "Q159")
EVIL = Actor('evil"} DROP ALL {', 'Evil "} DROP ALL { #', "Organization")

ACCUSATION = "Iran accused Azerbaijan of helping Israel spy on it."
REPORTED = "Azerbaijan reportedly accused Russia of meddling."
MAYBE = "Iran may accuse Israel of sabotage."
ARMS = "Israel sold drones to Azerbaijan."
EVIL_TEXT = "Evil criticized Iran."


def _mention(
    relation: str, source: Actor, target: Actor, text: str, start: int, **kw: object
) -> Mention:
    return Mention("news-1", relation, source, target, text, start, start + len(text), **kw)  # type: ignore[arg-type]


@pytest.fixture
def store() -> Iterator[GraphStore]:
    sentences = [ACCUSATION, REPORTED, MAYBE, ARMS, EVIL_TEXT]
    text = " ".join(sentences)
    starts = [text.index(s) for s in sentences]
    doc = Document("news-1", text, "News", "2024-03-01")
    mentions = (
        _mention("accuses", IRAN, AZERBAIJAN, ACCUSATION, starts[0]),
        _mention("spiesOn", ISRAEL, IRAN, ACCUSATION, starts[0], modality="hypothetical"),
        _mention("accuses", AZERBAIJAN, RUSSIA, REPORTED, starts[1], modality="reported"),
        _mention("accuses", IRAN, ISRAEL, MAYBE, starts[2], modality="hypothetical"),
        _mention("sellsArmsTo", ISRAEL, AZERBAIJAN, ARMS, starts[3], trigger="sold"),
        _mention("criticizes", EVIL, IRAN, EVIL_TEXT, starts[4]),
    )
    with open_store(Settings(store="memory")) as s:
        s.put_document(doc.id, doc.sha256, document_quads(DocResult(doc, mentions, ())))
        yield s


def test_who_accuses_whom(store: GraphStore) -> None:
    table = run_query(store, "who-accuses-whom")
    assert table.columns == ["source", "target", "sentence", "document", "modality", "negated"]
    assert table.rows == [
        ["Azerbaijan", "Russia", REPORTED, "news-1", "reported", "false"],
        ["Iran", "Azerbaijan", ACCUSATION, "news-1", "asserted", "false"],
    ]


def test_arms_suppliers(store: GraphStore) -> None:
    table = run_query(store, "arms-suppliers.rq")
    assert [r[:4] for r in table.rows] == [["Israel", "Azerbaijan", ARMS, "sold"]]


@pytest.mark.parametrize("actor", ["iran", "IRAN", "Iran", " iran"[1:]])
def test_relations_of_by_id_or_label(store: GraphStore, actor: str) -> None:
    table = run_query(store, "relations-of", {"ACTOR": actor})
    assert table.columns[:3] == ["source", "relation", "target"]
    assert sorted((r[0], r[1], r[2]) for r in table.rows) == [
        ('Evil "} DROP ALL { #', "criticizes", "Iran"),
        ("Iran", "accuses", "Azerbaijan"),
        ("Iran", "accuses", "Israel"),
        ("Israel", "spiesOn", "Iran"),
    ]


HOSTILE_PARAMS = [
    'x" } UNION { ?s ?p ?o } #',
    "x' } UNION { ?s ?p ?o } #",
    '"""',
    "\\",
    '\\" ) || true || ("',
    "\\u0022) || true || (\\u0022",
    "}}}{{{",
    "line\nbreak\r\n#comment",
    "\x00",
    "",
]


@pytest.mark.parametrize("value", HOSTILE_PARAMS)
def test_relations_of_hostile_parameter_neither_breaks_nor_injects(
    store: GraphStore, value: str
) -> None:
    before = store.stats()
    assert run_query(store, "relations-of", {"ACTOR": value}).rows == []
    assert store.stats() == before


def test_relations_of_finds_an_actor_with_a_hostile_label_and_id(store: GraphStore) -> None:
    for value in (EVIL.label, EVIL.id, EVIL.label.upper()):
        rows = run_query(store, "relations-of", {"ACTOR": value}).rows
        assert [(r[0], r[1], r[2]) for r in rows] == [(EVIL.label, "criticizes", "Iran")]


def test_relations_of_gives_a_mention_once_when_both_sides_match() -> None:
    # Two actors sharing the label asked for, and one actor on both sides.
    georgia = Actor("georgia", "Georgia", "State", "GEO")
    us_georgia = Actor("us:georgia", "Georgia", "Organization")
    text = "Georgia criticized Georgia. Georgia criticized itself."
    doc = Document("news-2", text, "News", "2024-03-02")
    mentions = (
        Mention("news-2", "criticizes", georgia, us_georgia, text[:27], 0, 27),
        Mention("news-2", "criticizes", georgia, georgia, text[28:], 28, len(text)),
    )
    with open_store(Settings(store="memory")) as s:
        s.put_document(doc.id, doc.sha256, document_quads(DocResult(doc, mentions, ())))
        for actor in ("GEORGIA", "georgia"):
            rows = run_query(s, "relations-of", {"ACTOR": actor}).rows
            assert [(r[0], r[2], r[3]) for r in rows] == [
                ("Georgia", "Georgia", text[:27]),
                ("Georgia", "Georgia", text[28:]),
            ]
        rows = run_query(s, "relations-of", {"ACTOR": "US:Georgia"}).rows
        assert [r[3] for r in rows] == [text[:27]]


def test_parameters_are_checked(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="needs parameter ACTOR"):
        run_query(store, "relations-of")
    with pytest.raises(QueryError, match="has no parameter WHO; its parameters: ACTOR"):
        run_query(store, "relations-of", {"ACTOR": "iran", "WHO": "x"})
    with pytest.raises(QueryError, match="its parameters: none"):
        run_query(store, "who-accuses-whom", {"ACTOR": "iran"})


def test_unknown_name_lists_the_named_queries(store: GraphStore) -> None:
    with pytest.raises(QueryError) as info:
        run_query(store, "who-accuses")
    message = str(info.value)
    for name in ("arms-suppliers", "relations-of", "who-accuses-whom"):
        assert name in message


def test_named_queries_have_descriptions_and_run_on_an_empty_store() -> None:
    queries = named_queries()
    assert {"who-accuses-whom", "arms-suppliers", "relations-of", "mentions"} <= set(queries)
    with open_store(Settings(store="memory")) as empty:
        for name, q in queries.items():
            assert q.description, name
            params = {p: "iran" for p in q.params}
            assert run_query(empty, name, params).rows == []
    assert queries["relations-of"].params.keys() == {"ACTOR"}


def test_sparql_text_runs_over_the_union_of_graphs(store: GraphStore) -> None:
    table = run_query(
        store,
        "PREFIX gg: <https://w3id.org/geograph/ontology#>\n"
        "SELECT ?s ?o WHERE { ?s gg:sellsArmsTo ?o }",
    )
    assert table.rows == [
        [
            "https://w3id.org/geograph/id/actor/israel",
            "https://w3id.org/geograph/id/actor/azerbaijan",
        ]
    ]


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE DATA { <urn:a> <urn:b> <urn:c> }",
    "LOAD <http://example.com/x.ttl>",
    "CLEAR ALL",
    "DROP ALL",
    "drop silent graph <urn:g>",
    "CREATE GRAPH <urn:g>",
    "ADD DEFAULT TO <urn:g>",
    "MOVE DEFAULT TO <urn:g>",
    "COPY DEFAULT TO <urn:g>",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "PREFIX gg: <https://w3id.org/geograph/ontology#>\n# a comment\nDELETE WHERE { ?s gg:x ?o }",
    "BASE <http://x/> PREFIX select: <http://y/> CLEAR ALL",
]


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_without_allow_update(store: GraphStore, update: str) -> None:
    before = store.stats()
    assert is_update(update)
    with pytest.raises(QueryError, match="SPARQL Update refused"):
        run_query(store, update)
    assert store.stats() == before


def test_updates_run_when_allowed(store: GraphStore) -> None:
    assert run_query(store, "DROP ALL", allow_update=True) == Table([], [])
    assert store.stats()["triples"] == 0


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ("INSERT DATA" AS ?x) WHERE {}',
        "# DROP ALL\nSELECT * WHERE { ?s ?p ?o }",
        "SELECT ?insert ?drop WHERE { ?insert ?drop ?o }",
        "PREFIX insert: <http://x/> ASK { ?s insert:p ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "DESCRIBE <urn:x>",
    ],
)
def test_queries_mentioning_update_words_are_not_updates(store: GraphStore, query: str) -> None:
    assert not is_update(query)
    run_query(store, query)


def test_syntax_errors_are_one_line_query_errors(store: GraphStore) -> None:
    for bad in ("SELECT ?x WHERE {\n ?x ?y \n", "SELEC * {}", "INSERT DATA { <a> }"):
        with pytest.raises(QueryError) as info:
            run_query(store, bad, allow_update=True)
        assert "\n" not in str(info.value)


def test_timeout_stops_a_long_query() -> None:
    with open_store(Settings(store="memory")) as s:
        assert isinstance(s, LocalStore)
        p = ox.NamedNode("urn:p")
        s.store.extend(
            ox.Quad(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(str(i)), ox.NamedNode("urn:g"))
            for i in range(3000)
        )
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d FILTER(STR(?b) < STR(?d)) }"
        started = time.monotonic()
        with pytest.raises(QueryError, match="time limit"):
            run_query(s, slow, timeout=0.1)
        assert time.monotonic() - started < 2


# ------------------------------------------------------------------------ tables

TABLE = Table(
    ["a", "b"],
    [["plain", None], ['quote " comma , tab \t', "new\nline \\ back"]],
)


def test_csv_round_trips() -> None:
    rows = list(csv.reader(io.StringIO(format_table(TABLE, "csv"))))
    assert rows == [["a", "b"], ["plain", ""], ['quote " comma , tab \t', "new\nline \\ back"]]


def test_tsv_keeps_one_row_per_line() -> None:
    lines = format_table(TABLE, "tsv").splitlines()
    assert lines == ["a\tb", "plain\t", 'quote " comma , tab \\t\tnew\\nline \\\\ back']


def test_json_keeps_columns_and_nulls() -> None:
    data = json.loads(format_table(TABLE, "json"))
    assert data["columns"] == ["a", "b"]
    assert data["rows"][0] == {"a": "plain", "b": None}
    assert data["rows"][1]["b"] == "new\nline \\ back"


def test_unknown_table_format_lists_the_valid_ones() -> None:
    with pytest.raises(ExportError, match="valid formats: csv, tsv, json"):
        format_table(TABLE, "xlsx")
