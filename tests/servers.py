"""Real SPARQL servers for the tests, started on 127.0.0.1 free ports and stopped after.

* Oxigraph server: ``oxigraph serve`` from the PyPI package ``oxigraph`` (the
  ``server`` extra, installed by ``make install``).
* Virtuoso 7: ``virtuoso-t`` from Debian's ``virtuoso-opensource-7-bin`` (installed
  by ``make sysdeps``). It runs on a throwaway database with a minimal
  ``virtuoso.ini``; anonymous clients may update it once ``isql-vt`` has run
  ``GRANT SPARQL_UPDATE TO "SPARQL"`` as ``dba``: that role opens both the SPARQL
  Update endpoint (``/sparql``) and the Graph Store endpoint (``/sparql-graph-crud``).

A missing program fails the test with what to install; nothing is skipped.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_http(url: str, proc: subprocess.Popen[bytes], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{what} exited with {proc.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"{what} did not answer {url} within {timeout:.0f} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def oxigraph_program() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if found is None:
        pytest.fail("the oxigraph server is not installed: pip install oxigraph (make install)")
    return found


@contextlib.contextmanager
def oxigraph_server(where: Path) -> Iterator[str]:
    """An Oxigraph server on a fresh store in ``where``; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph_program(), "serve", "--location", str(where), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_http(f"{url}/query?query=ASK%7B%7D", proc, "oxigraph serve")
        yield url
    finally:
        stop(proc)


@dataclass(frozen=True)
class Virtuoso:
    """A running Virtuoso: its SPARQL endpoint and Graph Store endpoint."""

    sparql: str
    graph_store: str


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableTcpSocket = 0
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {d}
MaxQueryMem = 200M

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 60
"""


@contextlib.contextmanager
def virtuoso_server(where: Path) -> Iterator[Virtuoso]:
    """Virtuoso 7 on a fresh database in ``where``, open to anonymous SPARQL Update."""
    program, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if program is None or isql is None:
        pytest.fail(
            "Virtuoso is not installed: apt-get install virtuoso-opensource-7-bin (make sysdeps)"
        )
    where.mkdir(parents=True, exist_ok=True)
    sql, http = free_port(), free_port()
    ini = where / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=where, sql=sql, http=http), encoding="utf-8")
    proc = subprocess.Popen(
        [program, "+foreground", "+configfile", str(ini)],
        cwd=where,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{http}"
        wait_for_http(f"{base}/sparql?query=ASK%7B%7D", proc, "virtuoso-t")
        grant = subprocess.run(
            [isql, f"127.0.0.1:{sql}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if grant.returncode != 0 or "Error" in grant.stdout + grant.stderr:
            pytest.fail(f"isql-vt could not grant SPARQL_UPDATE: {grant.stdout}{grant.stderr}")
        yield Virtuoso(f"{base}/sparql", f"{base}/sparql-graph-crud")
    finally:
        stop(proc)
