"""A remote SPARQL store behind a faulty network: a real Oxigraph server, reached
through a TCP proxy of ours that answers 500, cuts uploads half-way, or stalls.

Requests that are safe to repeat are retried and the documents arrive whole; when
the network never recovers the CLI says so in one line, and the server still holds
the previous version of every document, never half of a new one.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile_kit import assert_no_traceback, geograph, messages
from test_hostile_store import ACTORS, graphs

from geograph.errors import QueryError, StoreError
from servers import oxigraph_server

# What the proxy does with request n (1-based): pass, 500, cut, or stall.
Fault = Callable[[str, str, int], str]


def _read_request(conn: socket.socket) -> tuple[bytes, bytes, str, str]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n", body, method, path


class FaultyProxy:
    """Forwards each connection (one request: urllib closes after each) to the
    upstream server, unless ``fault`` says otherwise; records what it did."""

    def __init__(self, upstream: str, fault: Fault) -> None:
        host, port = upstream.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.fault = fault
        self.log: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        # A client that gave up, or a server already stopped, ends the exchange.
        with contextlib.suppress(OSError, ValueError), conn:
            self._exchange(conn)

    def _exchange(self, conn: socket.socket) -> None:
        head, body, method, path = _read_request(conn)
        with self._lock:
            n = len(self.log) + 1
            action = self.fault(method, path, n)
            self.log.append((method, path.split("?")[0], action))
        if action == "500":
            conn.sendall(
                b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                b"Content-Length: 7\r\nConnection: close\r\n\r\ntrouble"
            )
            return
        if action == "stall":
            time.sleep(5)
        with socket.create_connection(self.upstream) as up:
            if action == "cut":
                # Half the upload, then the line goes dead on both sides.
                up.sendall(head + body[: len(body) // 2])
                up.shutdown(socket.SHUT_RDWR)
                conn.shutdown(socket.SHUT_RDWR)
                return
            up.sendall(head + body)
            while chunk := up.recv(65536):
                conn.sendall(chunk)

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "server") as url:
        yield url


@pytest.fixture
def proxies() -> Iterator[Callable[[str, Fault], FaultyProxy]]:
    made: list[FaultyProxy] = []

    def make(upstream: str, fault: Fault) -> FaultyProxy:
        made.append(FaultyProxy(upstream, fault))
        return made[-1]

    yield make
    for proxy in made:
        proxy.close()


def articles(path: Path, version: int) -> Path:
    """Three articles; each version says something else about the same ids."""
    lines = []
    for d in range(3):
        a, b = ACTORS[(d + version) % 8], ACTORS[(d + version + 3) % 8]
        text = " ".join(f"{a} accused {b} of attack number {k} on the border." for k in range(8))
        lines.append(f'{{"id": "wire-{d}", "text": "{text}"}}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def server_graphs(url: str, tmp: Path) -> dict[str, set[str]]:
    out = tmp / f"server-{time.monotonic_ns()}.nq"
    run = geograph("export", "nq", "-o", out, "--store", url, cwd=tmp)
    assert run.returncode == 0, run.stderr
    return graphs(out)


def reference(source: Path, tmp: Path) -> dict[str, set[str]]:
    """What the same articles give in a local store."""
    store = tmp / f"reference-{source.stem}"
    assert geograph("ingest", source, "--store", store, cwd=tmp).returncode == 0
    out = tmp / f"reference-{source.stem}.nq"
    assert geograph("export", "nq", "-o", out, "--store", store, cwd=tmp).returncode == 0
    return graphs(out)


def test_flaky_network_is_retried_and_documents_arrive_whole(
    oxigraph: str, proxies: Callable[[str, Fault], FaultyProxy], tmp_path: Path
) -> None:
    # Every other request fails: a 500, or (for uploads) a connection cut mid-body.
    def fault(method: str, path: str, n: int) -> str:
        if n % 2:
            return "cut" if method == "PUT" else "500"
        return "pass"

    proxy = proxies(oxigraph, fault)
    source = articles(tmp_path / "v1.jsonl", 1)
    run = geograph("ingest", source, "--store", proxy.url, cwd=tmp_path)
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    assert ("PUT", "/store", "cut") in proxy.log and ("PUT", "/store", "pass") in proxy.log
    assert server_graphs(oxigraph, tmp_path) == reference(source, tmp_path)


def test_a_network_that_never_recovers_leaves_the_previous_documents(
    oxigraph: str, proxies: Callable[[str, Fault], FaultyProxy], tmp_path: Path
) -> None:
    first = articles(tmp_path / "v1.jsonl", 1)
    assert geograph("ingest", first, "--store", oxigraph, cwd=tmp_path).returncode == 0
    before = server_graphs(oxigraph, tmp_path)
    assert before == reference(first, tmp_path)

    for action in ("cut", "500"):
        proxy = proxies(oxigraph, lambda m, p, n, a=action: a if m == "PUT" else "pass")
        second = articles(tmp_path / f"v2-{action}.jsonl", 2)
        run = geograph(
            "ingest", second, "--store", proxy.url, cwd=tmp_path, env={"GEOGRAPH_RETRIES": "2"}
        )
        assert_no_traceback(run)
        assert run.returncode == StoreError.exit_code, run.stderr
        (message,) = messages(run)
        assert message.startswith(f"{proxy.url}/store") or message.startswith(
            f"cannot reach {proxy.url}/store"
        ), message
        assert [a for m, _, a in proxy.log if m == "PUT"] == [action] * 3  # tried 1 + 2 times
        # Not one statement of the new versions: each document is still the old one.
        assert server_graphs(oxigraph, tmp_path) == before


def test_a_stalled_server_is_one_line_at_the_time_limit(
    oxigraph: str, proxies: Callable[[str, Fault], FaultyProxy], tmp_path: Path
) -> None:
    proxy = proxies(oxigraph, lambda m, p, n: "stall")
    run = geograph(
        "query",
        "who-accuses-whom",
        "--store",
        proxy.url,
        "--timeout",
        "1",
        cwd=tmp_path,
        env={"GEOGRAPH_RETRIES": "0"},
    )
    assert_no_traceback(run)
    assert run.returncode == QueryError.exit_code
    assert messages(run) == [f"{proxy.url}/query did not answer within 1 s (time limit)"]
