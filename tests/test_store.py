"""The graph store: replace/remove documents, read mentions back, dumps, persistence, locks."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from geograph.errors import ExportError, QueryError, StoreError, StoreLockedError
from geograph.model import Actor, DocResult, Document, Mention
from geograph.ontology import relation_spec
from geograph.rdf import document_quads, graph_iri
from geograph.settings import Settings
from geograph.store import (
    GraphStore,
    LocalStore,
    Table,
    document_graph,
    inline_bindings,
    open_store,
)

ROOT = Path(__file__).resolve().parents[1]
IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
AZERBAIJAN = Actor("azerbaijan", "Azerbaijan", "State", "AZE", "Q227")
ISRAEL = Actor("israel", "Israel", "State", "ISR", "Q801")
OFFICIAL = Actor("person:ali-x", "Ali X", "Person", "IRN")
HOSTILE = 'Quotes " and \\ back\nslash, tabs\t, nul \x00, 🚀 and """triple"""'


def mention(
    doc: str, relation: str, source: Actor, target: Actor, text: str, **kw: object
) -> Mention:
    spec = relation_spec(relation)
    kw.setdefault("cameo", spec.cameo)
    kw.setdefault("plover", spec.plover)
    start = int(kw.pop("start", 0))  # type: ignore[call-overload]
    return Mention(doc, relation, source, target, text, start, start + len(text), **kw)  # type: ignore[arg-type]


def sample(doc_id: str = "seed", date: str | None = "2024-03-01") -> DocResult:
    s1 = "Iran accused Azerbaijan of helping Israel."
    s2 = "Israel reportedly sells drones to Azerbaijan."
    s3 = HOSTILE
    text = f"{s1} {s2} {s3}"
    doc = Document(doc_id, text, "Seed", date, "https://example.com/seed")
    mentions = (
        mention(doc_id, "accuses", IRAN, AZERBAIJAN, s1, trigger="accused", confidence=0.8),
        mention(
            doc_id,
            "sellsArmsTo",
            ISRAEL,
            AZERBAIJAN,
            s2,
            start=len(s1) + 1,
            modality="reported",
            reporter=OFFICIAL,
            trigger="sells",
        ),
        mention(
            doc_id,
            "hasTensionWith",
            IRAN,
            ISRAEL,
            s3,
            start=len(s1) + len(s2) + 2,
            negated=True,
            source_sector="government",
            target_sector="military",
        ),
    )
    return DocResult(doc, mentions, (IRAN, AZERBAIJAN, ISRAEL))


def put(store: GraphStore, result: DocResult) -> None:
    store.put_document(result.document.id, result.document.sha256, document_quads(result))


@pytest.fixture
def store() -> Iterator[GraphStore]:
    with open_store(Settings(store="memory")) as s:
        yield s


def _rdflib_term(term: object) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))


def union_graph(store: LocalStore) -> rdflib.Graph:
    g = rdflib.Graph()
    for q in store.store:
        g.add((_rdflib_term(q.subject), _rdflib_term(q.predicate), _rdflib_term(q.object)))  # type: ignore[arg-type]
    return g


def assert_isomorphic(expected: rdflib.Graph, actual: rdflib.Graph) -> None:
    if isomorphic(expected, actual):
        return
    _, only_first, only_second = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = ["graphs differ", "only in store:"]
    lines += sorted(" ".join(x.n3() for x in t) for t in only_first)
    lines += ["only in dump:"]
    lines += sorted(" ".join(x.n3() for x in t) for t in only_second)
    pytest.fail("\n".join(lines))


# ------------------------------------------------------------------- documents


def test_put_replaces_instead_of_duplicating(store: GraphStore) -> None:
    result = sample()
    put(store, result)
    first = store.stats()
    put(store, result)
    assert store.stats() == first
    assert first == {"documents": 1, "mentions": 3, "actors": 4, "triples": first["triples"]}
    # A changed document loses its old mentions.
    smaller = DocResult(result.document, result.mentions[:1], result.actors)
    put(store, smaller)
    assert store.stats()["mentions"] == 1
    assert [m.relation for m in store.iter_mentions()] == ["accuses"]


def test_replacing_is_one_update_dropping_then_inserting(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    updates: list[str] = []
    original = store.update

    def spy(sparql: str) -> None:
        updates.append(sparql)
        original(sparql)

    monkeypatch.setattr(store, "update", spy)
    put(store, sample())
    assert updates == []  # a new document goes in with one transactional load
    put(store, sample())
    assert len(updates) == 1
    assert updates[0].startswith(f"DROP SILENT GRAPH {graph_iri('seed')} ;\nINSERT DATA")


def test_a_failing_update_changes_nothing(store: GraphStore) -> None:
    # The atomic replace relies on pyoxigraph running one update as one transaction.
    put(store, sample())
    before = store.stats()
    with pytest.raises((QueryError, StoreError)):
        store.update(f"DROP GRAPH {graph_iri('seed')} ; DROP GRAPH <urn:geograph:missing>")
    assert store.stats() == before


def test_document_hash_remove_and_documents(store: GraphStore) -> None:
    a, b = sample("a"), sample("b b")
    put(store, a)
    put(store, b)
    assert store.documents() == ["a", "b b"]
    assert store.document_hash("a") == a.document.sha256
    assert store.document_hash("missing") is None
    assert store.remove_document("a") is True
    assert store.remove_document("a") is False
    assert store.documents() == ["b b"]
    assert store.document_hash("a") is None


def test_hash_given_to_put_wins_over_the_one_in_the_quads(store: GraphStore) -> None:
    result = sample()
    store.put_document("seed", "f" * 64, document_quads(result))
    assert store.document_hash("seed") == "f" * 64
    table = store.select("SELECT ?h WHERE { ?d <https://w3id.org/geograph/ontology#sha256> ?h }")
    assert table.rows == [["f" * 64]]


def test_a_batch_adds_new_documents_and_replaces_known_ones(store: GraphStore) -> None:
    put(store, sample("known", "2020-01-01"))
    changed, new = sample("known", "2021-01-01"), sample("new")
    store.put_documents(
        [
            document_graph(r.document.id, r.document.sha256, document_quads(r))
            for r in (changed, new)
        ]
    )
    assert store.document_hashes(["known", "new", "none"]) == {
        "known": changed.document.sha256,
        "new": new.document.sha256,
    }
    assert {m.extra["date"] for m in store.iter_mentions() if m.doc == "known"} == {"2021-01-01"}
    assert store.stats()["mentions"] == 6


def test_the_same_document_twice_in_a_batch_keeps_the_later(store: GraphStore) -> None:
    first, later = sample("twice", "2020-01-01"), sample("twice", "2022-02-02")
    store.put_documents(
        [
            document_graph(r.document.id, r.document.sha256, document_quads(r))
            for r in (first, later)
        ]
    )
    assert store.document_hash("twice") == later.document.sha256
    assert store.stats()["mentions"] == 3


def test_a_shared_memory_store_outlives_its_opener() -> None:
    with open_store(Settings(store="memory:shared-test")) as s:
        put(s, sample("kept"))
    with open_store(Settings(store="memory:shared-test")) as again:
        assert again.documents() == ["kept"]
    with open_store(Settings(store="memory")) as fresh:
        assert fresh.documents() == []


# --------------------------------------------------------------------- reading


def test_iter_mentions_reads_back_what_was_put(store: GraphStore) -> None:
    result = sample()
    put(store, result)
    assert list(store.iter_mentions()) == list(result.mentions)


def test_iter_mentions_is_not_multiplied_by_actors_in_many_documents(store: GraphStore) -> None:
    for i in range(3):
        put(store, sample(f"d{i}"))
    assert len(list(store.iter_mentions())) == 9


def test_iter_mentions_filters(store: GraphStore) -> None:
    put(store, sample("early", "2023-05-01"))
    put(store, sample("late", "2024-03-01"))
    put(store, sample("undated", None))
    rel = list(store.iter_mentions(relations=["sellsArmsTo"]))
    assert {m.relation for m in rel} == {"sellsArmsTo"} and len(rel) == 3
    actor = list(store.iter_mentions(actors=["azerbaijan"]))
    assert {m.relation for m in actor} == {"accuses", "sellsArmsTo"}
    assert {m.doc for m in store.iter_mentions(since="2024")} == {"late"}
    assert {m.doc for m in store.iter_mentions(until="2023-12-31")} == {"early"}
    assert {m.doc for m in store.iter_mentions(since="2023-05", until="2023-05")} == {"early"}
    assert list(store.iter_mentions(actors=[])) == []
    assert list(store.iter_mentions(since='x" } DROP ALL {')) == []
    assert store.stats()["documents"] == 3


def test_select_returns_plain_strings(store: GraphStore) -> None:
    put(store, sample())
    table = store.select(
        "PREFIX gg: <https://w3id.org/geograph/ontology#> "
        "SELECT ?m ?start ?neg ?missing WHERE { ?m gg:start ?start ; gg:negated ?neg } "
        "ORDER BY ?start LIMIT 1"
    )
    assert table.columns == ["m", "start", "neg", "missing"]
    assert table.rows[0][0].startswith("https://w3id.org/geograph/id/mention/seed/")  # type: ignore[union-attr]
    assert table.rows[0][1:] == ["0", "false", None]
    assert table.records()[0]["start"] == "0"
    assert store.ask("ASK { ?s ?p ?o }") is True
    assert len(store.select("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2")) == 2


def test_bad_sparql_is_a_one_line_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError) as info:
        store.select("SELECT ?x WHERE {")
    assert "\n" not in str(info.value)


def test_timeout_stops_waiting(store: GraphStore) -> None:
    g = ox.NamedNode("urn:g")
    p = ox.NamedNode("urn:p")
    assert isinstance(store, LocalStore)
    store.store.extend(
        ox.Quad(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(str(i)), g) for i in range(3000)
    )
    # A few seconds of work that cannot stream: it runs on, abandoned, after the error.
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d FILTER(STR(?b) < STR(?d)) }"
    started = time.monotonic()
    with pytest.raises(QueryError, match="time limit"):
        store.select(slow, timeout=0.2)
    assert time.monotonic() - started < 2
    assert store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=5).rows == [["3000"]]


def test_stats_and_table_basics(store: GraphStore) -> None:
    assert store.stats() == {"documents": 0, "mentions": 0, "actors": 0, "triples": 0}
    assert len(Table(["a"], [["1"], [None]])) == 2


# ------------------------------------------------------------------------ dumps


# rdflib's JSON-LD parser warns about its own deprecated ConjunctiveGraph.
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")
@pytest.mark.parametrize(
    ("fmt", "rdflib_fmt"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]
)
def test_triple_dumps_are_isomorphic_to_the_store(
    store: GraphStore, fmt: str, rdflib_fmt: str
) -> None:
    put(store, sample("a"))
    put(store, sample("b"))  # the same actors described in two graphs
    out = io.BytesIO()
    store.dump(out, fmt)
    dumped = rdflib.Graph().parse(data=out.getvalue(), format=rdflib_fmt)
    assert isinstance(store, LocalStore)
    assert_isomorphic(union_graph(store), dumped)


@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")
@pytest.mark.parametrize(("fmt", "rdflib_fmt"), [("nq", "nquads"), ("trig", "trig")])
def test_quad_dumps_keep_named_graphs(store: GraphStore, fmt: str, rdflib_fmt: str) -> None:
    put(store, sample("a"))
    put(store, sample("b"))
    out = io.BytesIO()
    store.dump(out, fmt)
    ds = rdflib.Dataset()
    ds.parse(data=out.getvalue(), format=rdflib_fmt)
    assert isinstance(store, LocalStore)
    for doc in ("a", "b"):
        name = rdflib.URIRef(graph_iri(doc).value)
        expected = len(list(store.store.quads_for_pattern(None, None, None, graph_iri(doc))))
        assert len(ds.graph(name)) == expected


def test_unknown_dump_format_lists_the_valid_ones(store: GraphStore) -> None:
    with pytest.raises(ExportError, match="valid formats: ttl, nt, jsonld, nq, trig"):
        store.dump(io.BytesIO(), "rdfxml")


# ---------------------------------------------------------------- embedded store

_SCRIPT_ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=_SCRIPT_ENV,
        timeout=120,
        check=False,
    )


def test_embedded_store_persists_across_close_and_open(tmp_path: Path) -> None:
    where = tmp_path / "deep" / "store"
    with open_store(Settings(store=str(where))) as s:
        put(s, sample())
    with open_store(Settings(store=str(where))) as s:
        assert s.documents() == ["seed"]
        assert list(s.iter_mentions()) == list(sample().mentions)


def test_embedded_store_persists_across_processes(tmp_path: Path) -> None:
    where = tmp_path / "store"
    done = _python(
        f"""
        from geograph.model import Document, DocResult
        from geograph.rdf import document_quads
        from geograph.settings import Settings
        from geograph.store import open_store
        doc = Document("from-child", "text", "T", "2024-01-01")
        s = open_store(Settings(store={str(where)!r}))
        s.put_document(doc.id, doc.sha256, document_quads(DocResult(doc, (), ())))
        """
    )
    assert done.returncode == 0, done.stderr
    with open_store(Settings(store=str(where))) as s:
        assert s.documents() == ["from-child"]
        put(s, sample())
    read = _python(
        f"""
        from geograph.settings import Settings
        from geograph.store import open_store
        with open_store(Settings(store={str(where)!r})) as s:
            print(",".join(s.documents()), len(list(s.iter_mentions())))
        """
    )
    assert read.returncode == 0, read.stderr
    assert read.stdout.split() == ["from-child,seed", "3"]


def test_second_process_gets_store_locked_error(tmp_path: Path) -> None:
    where = tmp_path / "store"
    with open_store(Settings(store=str(where))):
        other = _python(
            f"""
            from geograph.errors import StoreLockedError
            from geograph.settings import Settings
            from geograph.store import open_store
            try:
                open_store(Settings(store={str(where)!r}))
            except StoreLockedError as exc:
                print(exc)
            """
        )
        assert other.returncode == 0, other.stderr
        assert re.fullmatch(
            rf"store {re.escape(str(where))} is in use by another geograph process "
            r"\(pid \d+\); wait for it to finish",
            other.stdout.strip(),
        )
        with pytest.raises(StoreLockedError):
            open_store(Settings(store=str(where)))
    # Released on close.
    open_store(Settings(store=str(where))).close()


def test_unopenable_store_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a store", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        open_store(Settings(store=str(blocker / "store")))
    assert not isinstance(info.value, StoreLockedError)
    assert "\n" not in str(info.value)


def test_a_read_only_store_reads_and_refuses_writes(tmp_path: Path) -> None:
    where = tmp_path / "store"
    with open_store(Settings(store=str(where))) as s:
        put(s, sample())
    with open_store(Settings(store=str(where)), read_only=True) as r:
        assert r.documents() == ["seed"]
        with open_store(Settings(store=str(where)), read_only=True) as other_reader:
            assert other_reader.stats() == r.stats()
        with pytest.raises(StoreLockedError, match="already open in this process"):
            open_store(Settings(store=str(where)))
        for write in (lambda: put(r, sample("x")), lambda: r.remove_document("seed")):
            with pytest.raises(StoreError, match="open read-only"):
                write()
    with pytest.raises(StoreError, match="no store at"):
        open_store(Settings(store=str(tmp_path / "none")), read_only=True)


def test_closed_store_refuses_work(tmp_path: Path) -> None:
    s = open_store(Settings(store=str(tmp_path / "store")))
    s.close()
    s.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        s.documents()


# ---------------------------------------------------------------------- bindings


@pytest.mark.parametrize(
    "value", ["plain", 'x" } DROP ALL { "', "back\\slash\\u0022", "new\nline", "# not a comment"]
)
def test_inline_bindings_escape_values(value: str) -> None:
    bound = inline_bindings(
        "PREFIX ex: <http://ex/> SELECT ?x WHERE { FILTER(?x = ?V) }", {"V": value}
    )
    assert bound.startswith("PREFIX ex: <http://ex/> SELECT ?x WHERE { VALUES (?V)")
    solutions = ox.Store().query(bound)
    assert isinstance(solutions, ox.QuerySolutions)
    assert solutions.variables == [ox.Variable("x")]


def test_inline_bindings_in_construct_use_the_where_group() -> None:
    bound = inline_bindings("CONSTRUCT { ?s ?p ?V } WHERE { ?s ?p ?o }", {"V": "v"})
    assert bound.startswith('CONSTRUCT { ?s ?p ?V } WHERE { VALUES (?V) { ("v") }')
    with pytest.raises(QueryError, match="invalid parameter name"):
        inline_bindings("SELECT * {}", {"V }": "v"})
