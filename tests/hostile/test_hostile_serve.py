"""``geograph serve``: reachable from this machine only unless told otherwise,
read-only whatever a client sends, and a query past the time limit is stopped."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from hostile_kit import assert_no_traceback, geograph, messages
from test_hostile_store import corpus, graphs

from geograph.errors import QueryError, StoreError

DEFAULT_PORT = 7878


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("serve")
    run = geograph(
        "ingest", corpus(where / "a.jsonl", 0, 12), "--store", where / "store", cwd=where
    )
    assert run.returncode == 0, run.stderr
    return where / "store"


def snapshot(store: Path, tmp: Path) -> dict[str, set[str]]:
    out = tmp / f"snapshot-{len(list(tmp.glob('snapshot-*')))}.nq"
    run = geograph("export", "nq", "-o", out, "--store", store, cwd=tmp)
    assert run.returncode == 0, run.stderr
    return graphs(out)


def start(store: Path, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "geograph", "serve", "--store", str(store), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stderr is not None
    line = proc.stderr.readline()
    if not line.startswith("serving"):
        proc.kill()
        pytest.fail(f"serve did not start: {line}{proc.stderr.read()}")
    return proc


def stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    return err


@pytest.fixture
def served(store: Path) -> Iterator[str]:
    port = free_port()
    proc = start(store, "--bind", f"127.0.0.1:{port}")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


def listeners(port: int) -> list[str]:
    """Local addresses of the sockets listening on ``port`` (from /proc/net/tcp*)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as fh:
            next(fh)
            for line in fh:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.rsplit(":", 1)
                if state == "0A" and int(hex_port, 16) == port:
                    found.append(address)
    return found


def outward_address() -> str | None:
    """This machine's address on its default route, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: nothing is sent
        except OSError:
            return None
        address = str(s.getsockname()[0])
    return None if address.startswith("127.") else address


def test_serve_listens_on_loopback_only_by_default(store: Path) -> None:
    assert not listeners(DEFAULT_PORT), f"port {DEFAULT_PORT} is taken by something else"
    proc = start(store)
    try:
        addresses = listeners(DEFAULT_PORT)
        assert addresses == ["0100007F"], addresses  # 127.0.0.1, and nothing else
        with urllib.request.urlopen(
            f"http://127.0.0.1:{DEFAULT_PORT}/query?query=ASK%7B%7D", timeout=10
        ) as answer:
            assert json.load(answer)["boolean"] is True
        outward = outward_address()
        if outward is not None:
            with pytest.raises(OSError):
                socket.create_connection((outward, DEFAULT_PORT), timeout=2).close()
    finally:
        assert "stopped" in stop(proc)


def _status(url: str, method: str, body: bytes | None = None, media: str | None = None) -> int:
    headers = {"Content-Type": media} if media else {}
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_nothing_a_client_sends_changes_the_store(served: str, store: Path, tmp_path: Path) -> None:
    before = snapshot(store, tmp_path)
    graph = quote(next(iter(before)).strip("<>"), safe="")
    insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    nt, form, update = "application/n-triples", "application/x-www-form-urlencoded", None
    attempts = [
        ("POST", "/update", urlencode({"update": insert}).encode(), form),
        ("POST", "/update", b"DROP ALL", "application/sparql-update"),
        ("GET", "/update?" + urlencode({"update": "DROP ALL"}), None, update),
        ("POST", "/query", urlencode({"query": "DROP ALL"}).encode(), form),
        ("GET", "/query?" + urlencode({"query": insert}), None, update),
        ("POST", "/query", b"CLEAR ALL", "application/sparql-update"),
        ("PUT", "/store?default", b"<urn:a> <urn:b> <urn:c> .\n", nt),
        ("POST", "/store?graph=urn%3Ag", b"<urn:a> <urn:b> <urn:c> .\n", nt),
        ("PUT", f"/store?graph={graph}", b"<urn:a> <urn:b> <urn:c> .\n", nt),
        ("DELETE", f"/store?graph={graph}", None, update),
        ("DELETE", "/store?default", None, update),
    ]
    for method, path, body, media in attempts:
        status = _status(served + path, method, body, media)
        assert 400 <= status < 500, (method, path, status)
    env = {"GEOGRAPH_RETRIES": "0"}
    more = corpus(tmp_path / "more.jsonl", 50, 2)
    for args in (["ingest", more], ["remove", "doc-000"], ["query", insert, "--allow-update"]):
        run = geograph(*args, "--store", served, cwd=tmp_path, env=env)
        assert_no_traceback(run)
        assert run.returncode == StoreError.exit_code, (args, run.stderr)
        (message,) = messages(run)
        assert "403 (not allowed)" in message
    assert snapshot(store, tmp_path) == before


def test_serve_stops_a_query_past_its_time_limit(store: Path, tmp_path: Path) -> None:
    port = free_port()
    proc = start(store, "--bind", f"127.0.0.1:{port}", "--timeout", "1")
    url = f"http://127.0.0.1:{port}"
    env = {"GEOGRAPH_RETRIES": "0"}
    try:
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j }"
        run = geograph("query", heavy, "--store", url, cwd=tmp_path, env=env, timeout=120)
        assert_no_traceback(run)
        assert run.returncode == QueryError.exit_code
        assert messages(run) == [
            f"{url}/query stopped the query at its time limit; narrow it (LIMIT, filters) "
            "or raise the server's timeout"
        ]
        # Oxigraph does not stop every plan in time (a four-way join runs on); the
        # client's own limit still ends the wait with one line.
        heavier = heavy.replace("?h ?i ?j", "?h ?i ?j . ?k ?l ?m")
        run = geograph(
            "query", heavier, "--store", url, "--timeout", "2", cwd=tmp_path, env=env, timeout=120
        )
        assert run.returncode == QueryError.exit_code
        assert messages(run) == [f"{url}/query did not answer within 2 s (time limit)"]
        # The server is still there, and answers the next query.
        ask = geograph("query", "ASK { ?s ?p ?o }", "--store", url, "--format", "csv", cwd=tmp_path)
        assert ask.returncode == 0 and "true" in ask.stdout, ask.stderr
    finally:
        stop(proc)
