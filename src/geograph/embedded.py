"""The embedded backends: pyoxigraph in memory, or on disk (RocksDB) in a directory.

See :mod:`geograph.store` for the interface, the atomic writes and the locks: an
on-disk store is opened by one writer or by any number of readers, each holding
:class:`StoreLock` on ``DIR/geograph.lock`` first.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError, StoreError, StoreLockedError
from .model import Mention
from .rdf import doc_iri, graph_iri
from .sparql import (
    Table,
    inline_bindings,
    one_line,
    results_table,
    run_with_timeout,
    term_value,
)
from .store import GRAPH_PREFIX, DocumentGraph, GraphStore, mentions_from_rows, mentions_query
from .vocab import GG

LOCK_FILE = "geograph.lock"


# ------------------------------------------------------------------------ locks

# Lock files this process holds, so a second open here gets the right message.
# Lock file -> how this process holds it: "shared" readers (counted) or "exclusive".
_HELD: dict[str, tuple[str, int]] = {}
_HELD_GUARD = threading.Lock()


class StoreLock:
    """An advisory lock on ``DIR/geograph.lock``: exclusive for a writer, shared for
    readers. Held by the open file, so it ends with the process, however it ends."""

    def __init__(self, path: Path, *, shared: bool) -> None:
        self.path = path
        self.shared = shared
        self._fd: int | None = None
        lock_path = path / LOCK_FILE
        key = str(lock_path.resolve())
        with _HELD_GUARD:
            if key in _HELD and not (shared and _HELD[key][0] == "shared"):
                raise StoreLockedError(
                    f"store {path} is already open in this process (close it first)"
                )
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            fd = -1
            if shared and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                # A store on a read-only medium can still be read: a shared lock
                # needs no write access to the lock file, only the file.
                with contextlib.suppress(OSError):
                    fd = os.open(lock_path, os.O_RDONLY)
            if fd < 0:
                raise StoreError(f"cannot open store {path}: {one_line(exc)}") from exc
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError as exc:
            message = self._refusal(fd)
            os.close(fd)
            if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise StoreError(f"cannot lock store {path}: {one_line(exc)}") from exc
            raise StoreLockedError(message) from exc
        if not shared:
            # Who holds it, for the message another process will print.
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        self._key = key
        with _HELD_GUARD:
            mode, count = _HELD.get(key, ("shared" if shared else "exclusive", 0))
            _HELD[key] = (mode, count + 1)

    def _refusal(self, fd: int) -> str:
        try:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        except OSError:
            holder = ""
        pid = f" (pid {holder})" if holder.isdigit() else ""
        # A writer holds it exclusively: even a shared lock is refused.
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            if self.shared:
                return (
                    f"store {self.path} is being written by another geograph process{pid}; "
                    "wait for it to finish"
                )
            return (
                f"store {self.path} is in use by another geograph process{pid}; "
                "wait for it to finish"
            )
        fcntl.flock(fd, fcntl.LOCK_UN)
        return (
            f"store {self.path} is open read-only by another geograph process "
            "(geograph serve, a query or an export); stop it or wait for it, then retry"
        )

    def fileno(self) -> int:
        """The locked file descriptor (a child process given it keeps the lock)."""
        if self._fd is None:
            raise StoreError(f"the lock on {self.path} was released")
        return self._fd

    def release(self) -> None:
        """Release the lock; idempotent."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            with _HELD_GUARD:
                mode, count = _HELD.pop(self._key, ("", 1))
                if count > 1:
                    _HELD[self._key] = (mode, count - 1)


def is_store_directory(path: Path) -> bool:
    """True when ``path`` holds an Oxigraph (RocksDB) store."""
    return (path / "CURRENT").is_file()


def _open_rocksdb(path: Path, read_only: bool) -> ox.Store:
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            # Not one of ours: geograph takes its own lock first. An oxigraph server?
            raise StoreLockedError(
                f"store {path} is held by another program (an oxigraph server?); stop it first"
            ) from exc
        raise StoreError(f"cannot open store {path}: {one_line(exc)}") from exc


class LocalStore(GraphStore):
    """A pyoxigraph store in memory (``path=None``) or embedded on disk.

    ``read_only`` opens an on-disk store for reading alongside other readers; it
    must exist already.
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only and path is not None
        self.location = "memory" if path is None else str(path)
        self._store: ox.Store | None = None
        self._lock: StoreLock | None = None
        if path is None:
            self._store = ox.Store()
            return
        if self.read_only and not is_store_directory(path):
            raise StoreError(f"no store at {path}: ingest documents into it first")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot open store {path}: {one_line(exc)}") from exc
        self._lock = StoreLock(path, shared=self.read_only)
        try:
            self._store = _open_rocksdb(path, self.read_only)
        except BaseException:
            self._lock.release()
            raise

    @property
    def store(self) -> ox.Store:
        """The open pyoxigraph store; :class:`StoreError` once closed."""
        if self._store is None:
            raise StoreError(f"store {self.location} is closed")
        return self._store

    def _quads(self) -> ox.Store:
        return self.store

    def select(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        bindings: Mapping[str, str] | None = None,
    ) -> Table:
        store = self.store
        # pyoxigraph's own substitution needs the variable in the SELECT projection,
        # so both backends bind through an escaped VALUES block.
        if bindings:
            sparql = inline_bindings(sparql, bindings)

        def work(cancel: threading.Event) -> Table:
            try:
                return results_table(store.query(sparql, use_default_graph_as_union=True), cancel)
            except SyntaxError as exc:
                raise QueryError(f"invalid SPARQL query: {one_line(exc)}") from exc
            except RuntimeError as exc:  # evaluation errors (a failed SERVICE call, ...)
                raise QueryError(f"SPARQL query failed: {one_line(exc)}") from exc
            except OSError as exc:
                raise StoreError(f"cannot read store {self.location}: {one_line(exc)}") from exc

        return run_with_timeout(work, timeout)

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")
        return self.store

    def update(self, sparql: str) -> None:
        store = self._writable()
        try:
            store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL update: {one_line(exc)}") from exc
        except RuntimeError as exc:  # evaluation errors (a missing graph, ...)
            raise QueryError(f"SPARQL update failed: {one_line(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write store {self.location}: {one_line(exc)}") from exc

    def put_documents(self, documents: Sequence[DocumentGraph]) -> None:
        store = self._writable()
        fresh: list[DocumentGraph] = []
        known: list[DocumentGraph] = []
        # The same document twice in one batch: the later one wins, as one by one.
        for d in {d.doc_id: d for d in documents}.values():
            (known if store.contains_named_graph(d.graph) else fresh).append(d)
        if fresh:
            quads = [q for d in fresh for q in d.quads]
            try:
                # One bulk-loader batch (under its million-quad size) is one atomic
                # RocksDB ingestion; in memory, extend is one transaction.
                if self.path is None:
                    store.extend(quads)
                else:
                    store.bulk_extend(quads)
            except OSError as exc:
                raise StoreError(f"cannot write store {self.location}: {one_line(exc)}") from exc
        super().put_documents(known)

    def document_hashes(self, doc_ids: Iterable[str]) -> dict[str, str]:
        store = self.store
        found: dict[str, str] = {}
        for doc_id in doc_ids:
            graph = graph_iri(doc_id)
            quad = next(
                store.quads_for_pattern(doc_iri(doc_id), GG.sha256, None, graph),
                None,
            )
            if quad is not None and isinstance(quad.object, ox.Literal):
                found[doc_id] = quad.object.value
        return found

    def graphs(self) -> Iterator[str]:
        names = (g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
        return iter(sorted(g for g in names if g.startswith(GRAPH_PREFIX)))

    def has_document(self, doc_id: str) -> bool:
        graph = graph_iri(doc_id)
        return next(self.store.quads_for_pattern(None, None, None, graph), None) is not None

    def remove_document(self, doc_id: str) -> bool:
        store = self._writable()
        graph = graph_iri(doc_id)
        existed = store.contains_named_graph(graph)
        if existed:
            try:
                store.remove_graph(graph)
            except OSError as exc:
                raise StoreError(f"cannot write store {self.location}: {one_line(exc)}") from exc
        return existed

    def iter_mentions(
        self,
        *,
        relations: Iterable[str] | None = None,
        actors: Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Iterator[Mention]:
        # One query, its rows streamed: on a million quads this takes seconds where
        # a query per hundred documents takes tens of them.
        query = mentions_query(
            None,
            None if relations is None else list(relations),
            None if actors is None else list(actors),
            since,
            until,
        )
        try:
            solutions = self.store.query(query, use_default_graph_as_union=True)
            assert isinstance(solutions, ox.QuerySolutions)
            names = [v.value for v in solutions.variables]
            rows = ({n: term_value(sol[n]) for n in names} for sol in solutions)
            yield from mentions_from_rows(rows)
        except (RuntimeError, OSError) as exc:
            raise StoreError(f"cannot read store {self.location}: {one_line(exc)}") from exc

    def triple_count(self) -> int:
        return len(self.store)

    def close(self) -> None:
        if self._store is not None and self.path is not None and not self.read_only:
            # On failure the write-ahead log still holds every committed write.
            with contextlib.suppress(OSError):
                self._store.flush()
        # Dropping the last reference closes RocksDB and releases its lock.
        self._store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


class _SharedMemoryStore(LocalStore):
    """``memory:NAME``: one in-memory store per name and process; close keeps it."""

    def close(self) -> None:
        """Nothing to release: the store lives as long as the process."""


_MEMORY: dict[str, _SharedMemoryStore] = {}


def memory_store(name: str) -> LocalStore:
    """The in-memory store called ``name`` in this process, created on first use."""
    if name not in _MEMORY:
        _MEMORY[name] = _SharedMemoryStore()
        _MEMORY[name].location = name
    return _MEMORY[name]
