"""Remote stores: real Oxigraph server and Virtuoso, and every way a server can fail
(down, slow, HTTP 500, cut answers), against a small local HTTP stub."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import rdflib

from geograph import remote
from geograph.errors import QueryError, StoreError
from geograph.settings import Settings
from geograph.store import GraphStore, LocalStore, open_store
from servers import Virtuoso, free_port, oxigraph_server, virtuoso_server
from test_store import HOSTILE, assert_isomorphic, put, sample, union_graph

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def _empty(store: GraphStore) -> GraphStore:
    for doc_id in store.documents():
        store.remove_document(doc_id)
    return store


@pytest.fixture(params=["oxigraph", "virtuoso"])
def remote_store(
    request: pytest.FixtureRequest, oxigraph_url: str, virtuoso: Virtuoso
) -> Iterator[GraphStore]:
    if request.param == "oxigraph":
        settings = Settings(store=oxigraph_url)
    else:
        # Virtuoso through explicit endpoint URLs, as any non-Oxigraph server.
        settings = Settings(
            store="http://unused.invalid",
            query_url=virtuoso.sparql,
            update_url=virtuoso.sparql,
            graph_store_url=virtuoso.graph_store,
        )
    with open_store(settings) as store:
        yield _empty(store)


def test_round_trip(remote_store: GraphStore) -> None:
    result = sample("a b")
    put(remote_store, result)
    put(remote_store, result)
    assert remote_store.documents() == ["a b"]
    assert remote_store.document_hash("a b") == result.document.sha256
    assert remote_store.document_hashes(["a b", "nope"]) == {"a b": result.document.sha256}
    assert list(remote_store.iter_mentions()) == list(result.mentions)
    assert [m.extra["date"] for m in remote_store.iter_mentions()] == ["2024-03-01"] * 3
    local = LocalStore()
    put(local, result)
    assert remote_store.stats() == local.stats()
    assert remote_store.stats()["mentions"] == 3
    out = io.BytesIO()
    remote_store.dump(out, "ttl")
    assert_isomorphic(
        union_graph(local), rdflib.Graph().parse(data=out.getvalue(), format="turtle")
    )
    assert remote_store.has_document("a b") and not remote_store.has_document("c")
    with pytest.raises(QueryError):
        remote_store.select("SELECT WHERE {")
    assert remote_store.remove_document("a b") is True
    assert remote_store.remove_document("a b") is False
    assert remote_store.documents() == []


def test_replace_keeps_only_the_new_text(remote_store: GraphStore) -> None:
    put(remote_store, sample("d", date="2024-01-01"))
    changed = sample("d", date="2025-05-05")
    put(remote_store, changed)
    assert remote_store.document_hash("d") == changed.document.sha256
    dates = remote_store.select(
        "SELECT ?date WHERE { GRAPH ?g { ?doc <https://w3id.org/geograph/ontology#date> ?date } }"
    )
    assert dates.rows == [["2025-05-05"]]


def test_hostile_text_survives(remote_store: GraphStore) -> None:
    put(remote_store, sample("h"))
    sentences = {m.sentence for m in remote_store.iter_mentions()}
    assert HOSTILE in sentences


def test_ask_is_a_boolean_on_every_server(remote_store: GraphStore) -> None:
    put(remote_store, sample("x"))
    assert remote_store.ask("ASK { GRAPH ?g { ?s ?p ?o } }") is True
    assert remote_store.ask("ASK { GRAPH ?g { ?s <urn:geograph:no> ?o } }") is False


def test_many_documents_are_listed_a_page_at_a_time(
    remote_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geograph.store as store_module

    monkeypatch.setattr(store_module, "PAGE", 3)
    monkeypatch.setattr(store_module, "GRAPHS_PER_QUERY", 2)
    ids = [f"doc-{i}" for i in range(7)]
    for doc_id in ids:
        put(remote_store, sample(doc_id))
    assert remote_store.documents() == ids
    assert [m.doc for m in remote_store.iter_mentions()] == [i for i in ids for _ in range(3)]


# ------------------------------------------------------------------- failures


class Stub:
    """A local HTTP server answering with whatever ``answer`` says, and counting."""

    def __init__(self, answer: Callable[[BaseHTTPRequestHandler, int], None]) -> None:
        self.requests: list[tuple[str, str]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                stub.requests.append((self.command, self.path))
                answer(self, len(stub.requests))

            do_GET = do_POST = do_PUT = do_DELETE = _any

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remote, "BACKOFF", 0.01)


def _send(handler: BaseHTTPRequestHandler, code: int, body: bytes, media: str) -> None:
    handler.send_response(code)
    handler.send_header("Content-Type", media)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


ASK_TRUE = json.dumps({"head": {}, "boolean": True}).encode()
JSON = "application/sparql-results+json"


@pytest.fixture
def stub_factory() -> Iterator[Callable[..., Stub]]:
    stubs: list[Stub] = []

    def make(answer: Callable[[BaseHTTPRequestHandler, int], None]) -> Stub:
        stubs.append(Stub(answer))
        return stubs[-1]

    yield make
    for s in stubs:
        s.close()


def test_http_500_on_a_read_is_retried_then_succeeds(stub_factory: Callable[..., Stub]) -> None:
    def answer(h: BaseHTTPRequestHandler, n: int) -> None:
        if n <= 2:
            _send(h, 500, b"internal trouble", "text/plain")
        else:
            _send(h, 200, ASK_TRUE, JSON)

    stub = stub_factory(answer)
    with open_store(Settings(store=stub.url)) as store:
        assert store.ask("ASK {}") is True
    assert len(stub.requests) == 3


def test_http_500_for_good_is_one_clear_error(stub_factory: Callable[..., Stub]) -> None:
    stub = stub_factory(lambda h, n: _send(h, 500, b"disk\nfull", "text/plain"))
    with (
        open_store(Settings(store=stub.url, retries=2)) as store,
        pytest.raises(StoreError) as info,
    ):
        store.documents()
    assert str(info.value) == f"{stub.url}/query answered HTTP 500: disk full"
    assert len(stub.requests) == 3


def test_an_update_is_never_repeated(stub_factory: Callable[..., Stub]) -> None:
    stub = stub_factory(lambda h, n: _send(h, 503, b"busy", "text/plain"))
    with open_store(Settings(store=stub.url)) as store, pytest.raises(StoreError, match="503"):
        store.update("DROP SILENT GRAPH <urn:g>")
    assert stub.requests == [("POST", "/update")]


def test_a_graph_store_put_is_repeated_until_it_is_taken(stub_factory: Callable[..., Stub]) -> None:
    def answer(h: BaseHTTPRequestHandler, n: int) -> None:
        if h.command == "POST":  # the hash lookup before the write: nothing stored
            _send(h, 200, b'{"head":{"vars":["g","h"]},"results":{"bindings":[]}}', JSON)
        elif n < 3:
            _send(h, 502, b"bad gateway", "text/plain")
        else:
            h.send_response(204)
            h.end_headers()

    stub = stub_factory(answer)
    with open_store(Settings(store=stub.url)) as store:
        put(store, sample("p"))
    assert [r[0] for r in stub.requests] == ["PUT", "PUT", "PUT"]


def test_a_slow_server_hits_the_time_limit(stub_factory: Callable[..., Stub]) -> None:
    def answer(h: BaseHTTPRequestHandler, n: int) -> None:
        time.sleep(2)
        _send(h, 200, ASK_TRUE, JSON)

    stub = stub_factory(answer)
    settings = Settings(store=stub.url, query_timeout=0.3, retries=0)
    with open_store(settings) as store, pytest.raises(QueryError) as info:
        store.ask("ASK {}")
    assert str(info.value) == f"{stub.url}/query did not answer within 0.3 s (time limit)"


def test_a_cut_answer_is_an_error_not_a_short_list(stub_factory: Callable[..., Stub]) -> None:
    def answer(h: BaseHTTPRequestHandler, n: int) -> None:
        body = b'{"head":{"vars":["g"]},"results":{"bindings":[]}}'
        h.send_response(200)
        h.send_header("Content-Type", JSON)
        h.send_header("X-SPARQL-MaxRows", "10000")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    stub = stub_factory(answer)
    with open_store(Settings(store=stub.url)) as store, pytest.raises(StoreError, match="cut"):
        store.documents()


def test_unreachable_remote_store_is_a_store_error() -> None:
    store = open_store(Settings(store=f"http://127.0.0.1:{free_port()}", retries=1))
    with pytest.raises(StoreError, match="cannot reach"):
        store.documents()


@pytest.mark.parametrize(
    "args",
    [
        ["query", "who-accuses-whom"],
        ["info"],
        ["export", "ttl", "-o", "{tmp}/out.ttl"],
        ["remove", "doc"],
        ["ingest", str(ROOT / "examples")],
    ],
)
def test_every_command_reports_a_dead_server_in_one_line(args: list[str], tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    argv = [a.format(tmp=tmp_path) for a in args]
    run = subprocess.run(
        [sys.executable, "-m", "geograph", *argv, "--store", url],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "GEOGRAPH_RETRIES": "0"},
        check=False,
    )
    assert run.returncode == StoreError.exit_code, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith(f"error: cannot reach {url}/")
