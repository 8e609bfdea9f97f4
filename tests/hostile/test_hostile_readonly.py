"""Read-only by default: ``geograph query`` refuses every SPARQL Update form, however
it is spelt, unless ``--allow-update``; a query past its time limit is stopped.

Each case runs the real CLI on an on-disk store and then checks that the store
holds exactly what it held before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_kit import assert_no_traceback, geograph, messages

from geograph.errors import QueryError
from geograph.model import Actor, DocResult, Document, Mention
from geograph.rdf import document_quads, graph_iri
from geograph.store import LocalStore

GRAPH = f"<{graph_iri('doc-1').value}>"

# <G> stands for the graph of the stored document.
_UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "insert data { <urn:a> <urn:b> <urn:c> }",
    "iNsErT dAtA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
    "DELETE DATA { GRAPH <G> { <urn:a> <urn:b> <urn:c> } }",
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH ?g { ?s ?p 1 } }\n"
    "WHERE { GRAPH ?g { ?s ?p ?o } }",
    "WITH <G> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/evil.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:g>",
    "CLEAR ALL",
    "clear default",
    "CLEAR NAMED",
    "CLEAR SILENT GRAPH <G>",
    "DROP ALL",
    "drop silent all",
    "DROP GRAPH <G>",
    "CREATE GRAPH <urn:new>",
    "ADD <G> TO <urn:copy>",
    "MOVE <G> TO <urn:elsewhere>",
    "COPY <G> TO GRAPH <urn:copy>",
    "DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    # A prologue, comments and white space before the keyword.
    "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }",
    "BASE <http://example.org/> PREFIX : <#> DROP ALL",
    "# SELECT * WHERE { ?s ?p ?o }\nDROP ALL",
    "#\n\n\t   \n  DROP\tALL",
    "CLEAR ALL # SELECT",
    "\ufeffDROP ALL",
    # Prefixes named like query forms are not query forms.
    "PREFIX select: <http://example.org/select#> DROP ALL",
    "PREFIX ask: <urn:x#> INSERT DATA { ask:a ask:b ask:c }",
    "PREFIX construct: <urn:x#>\nDELETE WHERE { GRAPH ?g { ?s construct:p ?o } }",
]

UPDATES = [u.replace("<G>", GRAPH) for u in _UPDATES]

# Not refused by name, but still never run: SPARQL's \u escapes spell the keyword,
# and a query followed by an update is not a query.
DISGUISED = [
    "\\u0044ROP ALL",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "ASK {} DROP ALL",
]

QUERIES_WITH_UPDATE_WORDS = [
    "SELECT ?insert WHERE { GRAPH ?g { ?insert ?p ?o } FILTER(?o != 'DROP ALL') } LIMIT 1",
    "PREFIX drop: <urn:x#> ASK { GRAPH ?g { ?s drop:clear ?o } }",
    "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1 # DROP ALL",
]


def _result(n: int) -> DocResult:
    iran = Actor("iran", "Iran", "State", "IRN", "Q794")
    mentions = tuple(
        Mention("doc-1", "accuses", Actor(f"a{i}", f"Actor {i}", "Person"), iran, "S.", i, i + 2)
        for i in range(n)
    )
    return DocResult(Document("doc-1", "S. " * n), mentions, ())


def _snapshot(path: Path) -> set[str]:
    store = LocalStore(path)
    try:
        return {str(q) for q in store.store}
    finally:
        store.close()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readonly") / "store"
    store = LocalStore(path)
    result = _result(20)
    store.put_document("doc-1", result.document.sha256, document_quads(result))
    store.close()
    return path


@pytest.fixture(scope="module")
def before(store_dir: Path) -> set[str]:
    return _snapshot(store_dir)


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_and_change_nothing(
    store_dir: Path, before: set[str], update: str
) -> None:
    run = geograph("query", update, "--store", store_dir, cwd=store_dir.parent)
    assert_no_traceback(run)
    assert run.returncode == QueryError.exit_code
    (message,) = messages(run)
    assert message.startswith("SPARQL Update refused: queries are read-only")
    assert run.stdout == ""
    assert _snapshot(store_dir) == before


@pytest.mark.parametrize("update", DISGUISED)
def test_disguised_updates_never_run(store_dir: Path, before: set[str], update: str) -> None:
    run = geograph("query", update, "--store", store_dir, cwd=store_dir.parent)
    assert_no_traceback(run)
    assert run.returncode == QueryError.exit_code
    (message,) = messages(run)
    assert message.startswith(("invalid SPARQL query", "SPARQL Update refused"))
    assert _snapshot(store_dir) == before


@pytest.mark.parametrize("query", QUERIES_WITH_UPDATE_WORDS)
def test_queries_that_mention_update_words_run(
    store_dir: Path, before: set[str], query: str
) -> None:
    run = geograph("query", query, "--store", store_dir, "--format", "csv", cwd=store_dir.parent)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("\n") >= 2  # header and a row
    assert _snapshot(store_dir) == before


def test_allow_update_is_the_one_way_to_change_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = LocalStore(path)
    store.close()
    update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    refused = geograph("query", update, "--store", path, cwd=tmp_path)
    assert refused.returncode == QueryError.exit_code and _snapshot(path) == set()
    run = geograph("query", update, "--store", path, "--allow-update", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert _snapshot(path) == {"<urn:a> <urn:b> <urn:c> <urn:g>"}


def test_a_query_past_its_time_limit_stops_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = LocalStore(path)
    result = _result(60)  # about 600 quads: a four-way cross join is ~1e11 rows
    store.put_document("doc-1", result.document.sha256, document_quads(result))
    store.close()
    heavy = (
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m } }"
    )
    run = geograph("query", heavy, "--store", path, "--timeout", "1", cwd=tmp_path, timeout=120)
    assert_no_traceback(run)
    assert run.returncode == QueryError.exit_code
    assert messages(run) == [
        "query stopped after 1 s (time limit); narrow it (LIMIT, filters) or raise query_timeout"
    ]
    assert run.stdout == ""
    # The store is still there and answers.
    again = geograph("query", "ASK { GRAPH ?g { ?s ?p ?o } }", "--store", path, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
