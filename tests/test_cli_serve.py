"""``geograph serve``: an embedded store as a read-only SPARQL endpoint, through
Oxigraph's own server, and how it gets along with ingests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from geograph.embedded import LocalStore
from geograph.errors import ServiceError, StoreError
from geograph.settings import Settings
from geograph.store import open_store
from servers import free_port
from test_store_crash import make_corpus
from test_store_locks import geograph, last_line


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("serve")
    corpus = where / "wire.jsonl"
    make_corpus(corpus, 6)
    run = geograph("ingest", corpus, "--store", where / "store")
    assert run.returncode == 0, run.stderr
    return where / "store"


def start_serve(store: Path, port: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "geograph",
            "serve",
            "--store",
            str(store),
            "--bind",
            f"127.0.0.1:{port}",
        ],
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


def listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


def wait_closed(port: int, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not listening(port):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def served(store: Path) -> Iterator[tuple[subprocess.Popen[str], str, int]]:
    port = free_port()
    proc = start_serve(store, port)
    try:
        yield proc, f"http://127.0.0.1:{port}", port
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        assert proc.stderr is not None
        proc.stderr.close()
        assert wait_closed(port)


def test_serve_answers_sparql_and_refuses_updates(
    served: tuple[subprocess.Popen[str], str, int], store: Path
) -> None:
    proc, url, _ = served
    with open_store(Settings(store=url)) as remote:
        with LocalStore(store, read_only=True) as local:
            assert remote.documents() == local.documents()
            assert remote.stats() == local.stats()
            assert list(remote.iter_mentions()) == list(local.iter_mentions())
        # Queries without GRAPH see the union of the documents' graphs.
        plain = remote.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert int(plain.rows[0][0] or 0) > 0
        with pytest.raises(StoreError, match="403"):
            remote.update("DROP ALL")
    cli = geograph("query", "who-accuses-whom", "--store", url, "--format", "csv")
    assert cli.returncode == 0, cli.stderr
    assert "Iran,Israel" in cli.stdout


def test_ingest_waits_for_serve_and_readers_do_not(
    served: tuple[subprocess.Popen[str], str, int], store: Path, tmp_path: Path
) -> None:
    proc, _, port = served
    more = tmp_path / "more.jsonl"
    make_corpus(more, 2)
    refused = geograph("ingest", more, "--store", store)
    assert refused.returncode == StoreError.exit_code
    assert last_line(refused) == (
        f"error: store {store} is open read-only by another geograph process "
        "(geograph serve, a query or an export); stop it or wait for it, then retry"
    )
    reader = geograph("info", "--store", store)
    assert reader.returncode == 0, reader.stderr
    # SIGTERM stops serve and its server; then the store takes writes again.
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    assert proc.stderr is not None
    assert proc.stderr.read().strip() == "stopped"
    assert wait_closed(port)
    again = geograph("remove", "wire-0005", "--store", store)
    assert again.returncode == 0, again.stderr
    assert geograph("ingest", more, "--store", store).returncode == 0


def test_the_server_dies_with_serve(store: Path) -> None:
    port = free_port()
    proc = start_serve(store, port)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.stderr is not None
    proc.stderr.close()
    assert wait_closed(port), "the oxigraph server outlived a killed geograph serve"
    with LocalStore(store):  # no lock left behind
        pass


def test_serve_is_refused_while_an_ingest_writes(store: Path) -> None:
    with LocalStore(store):  # a writer, as an ingest holds it
        run = geograph("serve", "--store", store, "--bind", f"127.0.0.1:{free_port()}")
    assert run.returncode == StoreError.exit_code
    assert last_line(run).startswith(
        f"error: store {store} is being written by another geograph process"
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--store", "memory"], StoreError.exit_code, "error: serve needs an embedded store"),
        (["--store", "{tmp}/none"], StoreError.exit_code, "error: no store at {tmp}/none"),
        (["--bind", "localhost"], ServiceError.exit_code, "error: --bind 'localhost': expected"),
    ],
)
def test_serve_refuses_what_it_cannot_serve(
    args: list[str], code: int, message: str, store: Path, tmp_path: Path
) -> None:
    argv = [a.format(tmp=tmp_path) for a in args]
    if "--store" not in argv:
        argv += ["--store", str(store)]
    run = geograph("serve", *argv)
    assert run.returncode == code
    assert last_line(run).startswith(message.format(tmp=tmp_path))


def test_a_busy_port_is_one_clear_error(store: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        run = geograph("serve", "--store", store, "--bind", f"127.0.0.1:{port}")
    assert run.returncode == ServiceError.exit_code
    assert last_line(run) == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"
