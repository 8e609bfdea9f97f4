"""``geograph serve``: the embedded store as a read-only SPARQL endpoint.

The server is Oxigraph's own (``oxigraph serve-read-only``, from the PyPI package
``oxigraph``: ``pip install 'geograph[server]'``), started on the store directory
with the union of the document graphs as its default graph. It speaks the SPARQL
1.1 Protocol at ``http://HOST:PORT/query`` (and ``/store`` for Graph Store reads),
so any SPARQL client, YASGUI or Gephi's SPARQL plugin can query it.

A read-only RocksDB reader must not run beside a writer, so serve holds the
store's shared lock (:class:`~geograph.store.StoreLock`) for as long as the server
runs, and hands it to the server process: an ``ingest`` meanwhile is refused with
a message that says so, and ``serve`` during an ingest is refused likewise. Queries
and exports, which only read, run beside it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO

from .embedded import StoreLock, is_store_directory
from .errors import ServiceError, StoreError, StoreLockedError
from .settings import Settings

DEFAULT_BIND = "127.0.0.1:7878"
START_TIMEOUT = 30.0


def find_oxigraph() -> str | None:
    """The ``oxigraph`` server program: ``GEOGRAPH_OXIGRAPH``, next to this Python
    (a virtualenv's bin), or on ``PATH``."""
    configured = os.environ.get("GEOGRAPH_OXIGRAPH")
    if configured:
        return shutil.which(configured)
    return shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )


def split_bind(bind: str) -> tuple[str, int]:
    """``HOST:PORT`` -> ``(host, port)``; ``[::1]:PORT`` for IPv6."""
    host, sep, port = bind.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise ServiceError(f"--bind {bind!r}: expected HOST:PORT, e.g. {DEFAULT_BIND}")
    return host.strip("[]") or "127.0.0.1", int(port)


def _check_no_outside_writer(path: Path) -> None:
    # RocksDB's own lock (a POSIX lock on DIR/LOCK) is held by any writer, geograph's
    # or not (an `oxigraph serve` on the same directory); test it without opening.
    try:
        fd = os.open(path / "LOCK", os.O_RDWR)
    except FileNotFoundError:
        return
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return  # a read-only file system: nothing can write to it
        raise StoreError(f"cannot open store {path}: {exc.strerror or exc}") from exc
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        raise StoreLockedError(
            f"store {path} is held by another program (an oxigraph server?); stop it first"
        ) from exc
    finally:
        os.close(fd)  # also drops the test lock


def _check_port_free(host: str, port: int, bind: str) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ServiceError(f"cannot listen on {bind}: {exc.strerror or exc}") from exc


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    # Linux: the server gets SIGTERM if geograph is killed, instead of living on.
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _wait_until_listening(proc: subprocess.Popen[bytes], host: str, port: int) -> bool:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return True
        time.sleep(0.1)
    return False


@contextlib.contextmanager
def _terminate_on_sigterm() -> Iterator[None]:
    # SIGTERM (kill, systemd, a test) stops the server as Ctrl-C does.
    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve(
    settings: Settings,
    *,
    bind: str = DEFAULT_BIND,
    cors: bool = False,
    timeout: float | None = None,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``settings.store`` read-only until interrupted (Ctrl-C or SIGTERM).

    ``on_ready`` gets the query endpoint's URL once the server answers.

    Raises:
        StoreError: the store is not an embedded one, or there is none yet.
        StoreLockedError: an ingest (or another writer) holds the store.
        ServiceError: the oxigraph program is missing, or the server cannot start.
    """
    where = settings.store.strip()
    if where == "memory" or where.startswith(("memory:", "http://", "https://")):
        raise StoreError(
            f"serve needs an embedded store (a directory), not {where!r}; "
            "a SPARQL server already serves itself"
        )
    path = Path(where).expanduser()
    if not is_store_directory(path):
        raise StoreError(f"no store at {path}: ingest documents into it first")
    host, port = split_bind(bind)
    exe = find_oxigraph()
    if exe is None:
        raise ServiceError(
            "the oxigraph server program is not installed: pip install 'geograph[server]' "
            "(or set GEOGRAPH_OXIGRAPH)"
        )
    _check_port_free(host, port, bind)
    lock = StoreLock(path, shared=True)
    try:
        _check_no_outside_writer(path)
        command = [exe, "serve-read-only", "--location", str(path), "--bind", bind]
        command.append("--union-default-graph")
        if cors:
            command.append("--cors")
        if timeout:
            command += ["--timeout-s", str(max(1, round(timeout)))]
        with tempfile.TemporaryFile() as log, _terminate_on_sigterm():
            proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "RUST_BACKTRACE": "0"},
                pass_fds=(lock.fileno(),),
                preexec_fn=_die_with_parent,  # noqa: PLW1509 - no threads yet to fork around
            )
            try:
                if not _wait_until_listening(proc, host, port):
                    raise ServiceError(f"the SPARQL server did not start on {bind}: {_tail(log)}")
                if on_ready is not None:
                    on_ready(f"http://{bind}/query")
                code = proc.wait()
                raise ServiceError(f"the SPARQL server stopped (exit {code}): {_tail(log)}")
            except KeyboardInterrupt:
                pass
            finally:
                if proc.poll() is None:
                    proc.terminate()
                    try:
                        proc.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        proc.wait()
    finally:
        lock.release()


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    lines = [line.strip() for line in log.read().decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    errors = [line for line in lines if line.lower().startswith("error")]
    return (errors or lines or ["no message"])[0 if errors else -1]
