"""The graph store: one named graph per document, queried as the union of all graphs.

:func:`open_store` picks the backend from ``settings.store``:

* ``memory``: a pyoxigraph store that lives as long as the process;
* a directory: an embedded on-disk pyoxigraph (RocksDB) store, created if missing,
  held by one process at a time (a second gets :class:`StoreLockedError`);
* an ``http(s)://`` URL: a remote SPARQL 1.1 server (:class:`RemoteStore`).

Atomic replace: :meth:`GraphStore.put_document` sends ONE SPARQL Update,
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``. pyoxigraph (and
Oxigraph server) apply an update request as a single transaction, so readers see
the old graph or the new one, never a half-written one; pyoxigraph's ``extend`` is
transactional too but cannot remove in the same transaction. A remote store
replaces the graph with one Graph Store Protocol PUT (N-Triples body) instead.

Time limits: pyoxigraph cannot cancel a running query. A query with a timeout runs
in a daemon worker thread (pyoxigraph releases the GIL while it evaluates); past
the limit the caller gets :class:`QueryError` at once, the worker stops at the next
result row it would stream, and an operator that must finish before the first row
(ORDER BY, GROUP BY, a large join) keeps one core busy until it ends or the
process exits (the CLI exits right after the error). A separate process would
stop the work for real, but cannot share a memory store nor open a locked on-disk
one. Remote stores use the HTTP socket timeout (per read, not in total); the
server's own limits (``oxigraph serve --timeout-s``) stop its work.
"""

from __future__ import annotations

import contextlib
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, TypeVar

import pyoxigraph as ox

from . import paths
from .errors import ExportError, QueryError, StoreError, StoreLockedError
from .model import Mention
from .rdf import actor_iri, doc_iri, graph_doc_id, graph_iri, mention_from_row, relation_iri, string
from .settings import Settings
from .vocab import GG, ID_NS, PREFIXES

T = TypeVar("T")

# Dump formats: name -> (pyoxigraph format, keeps named graphs).
DUMP_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
}
_GRAPH_PREFIX = ID_NS + "graph/"
# The line of queries/mentions.rq that iter_mentions replaces with its filters.
_FILTERS_LINE = re.compile(r"^[ \t]*#FILTERS[ \t]*$", re.MULTILINE)
_UNION_TRIPLES = (
    "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
    "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }"
)


@dataclass(frozen=True, slots=True)
class Table:
    """A query result: column names and rows of plain strings (None when unbound).

    IRIs become their IRI string, literals their lexical value, blank nodes ``_:id``.
    An ASK query gives one column ``boolean``; CONSTRUCT/DESCRIBE give
    ``subject``/``predicate``/``object``.
    """

    columns: list[str]
    rows: list[list[str | None]] = field(default_factory=list)

    def records(self) -> list[dict[str, str | None]]:
        """The rows as ``{column: value}`` dicts."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


def term_value(term: object) -> str | None:
    """A result term as a plain string (see :class:`Table`)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def sparql_literal(value: str) -> str:
    """``value`` as a SPARQL string literal, escaped: safe to paste into a query."""
    return str(string(value))


_Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def _table(result: _Results, cancel: threading.Event) -> Table:
    if isinstance(result, ox.QueryBoolean):
        return Table(["boolean"], [["true" if bool(result) else "false"]])
    if isinstance(result, ox.QueryTriples):
        columns = ["subject", "predicate", "object"]
        rows = []
        for t in result:
            if cancel.is_set():
                break
            rows.append([term_value(t.subject), term_value(t.predicate), term_value(t.object)])
        return Table(columns, rows)
    names = [v.value for v in result.variables]
    out: list[list[str | None]] = []
    for solution in result:
        if cancel.is_set():
            break
        out.append([term_value(solution[n]) for n in names])
    return Table(names, out)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


def run_with_timeout(work: Callable[[threading.Event], T], timeout: float | None) -> T:
    """``work(cancel)`` in a daemon thread; :class:`QueryError` once ``timeout`` passes.

    ``cancel`` is set on timeout so ``work`` can stop between rows; see the module
    docstring for what this can and cannot stop.
    """
    cancel = threading.Event()
    if timeout is None or timeout <= 0:
        return work(cancel)
    done = threading.Event()
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work(cancel)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="geograph-query", daemon=True).start()
    if not done.wait(timeout):
        cancel.set()
        raise QueryError(
            f"query stopped after {timeout:g} s (time limit); narrow it (LIMIT, filters) "
            "or raise query_timeout"
        )
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _mentions_query(
    relations: Iterable[str] | None,
    actors: Iterable[str] | None,
    since: str | None,
    until: str | None,
) -> str:
    clauses: list[str] = []
    if relations is not None:
        iris = " ".join(str(relation_iri(r)) for r in relations)
        clauses.append(f"VALUES ?relation {{ {iris} }}")
    if actors is not None:
        iris = ", ".join(str(actor_iri(a)) for a in actors) or "<urn:geograph:none>"
        clauses.append(f"FILTER(?source IN ({iris}) || ?target IN ({iris}))")
    if since is not None or until is not None:
        clauses.append("?doc gg:date ?filterDate .")
        for bound, op in ((since, ">="), (until, "<=")):
            if bound is not None:
                lit = sparql_literal(bound)
                clauses.append(f"FILTER(SUBSTR(STR(?filterDate), 1, STRLEN({lit})) {op} {lit})")
    text = (paths.QUERIES_DIR / "mentions.rq").read_text(encoding="utf-8")
    query, found = _FILTERS_LINE.subn(lambda _: "\n".join(clauses), text, count=1)
    if not found:
        raise StoreError("queries/mentions.rq lacks its #FILTERS line; reinstall geograph")
    return query


def _replace_graph_update(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    update = f"DROP SILENT GRAPH {graph}"
    if body:
        update += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
    return update


_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# A prefixed name (gg:source, :x, insert:p) is one token, never a keyword.
_PNAME = re.compile(r"(?:[A-Za-z][\w.-]*)?:[^\s{}()\[\]<>\"',;]*")
_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def sparql_tokens(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, token)`` for every bare word and brace of a SPARQL text.

    Comments, string literals, IRIs and variables are skipped, so a keyword inside
    them (``"DROP"``, ``?where``, ``# insert``) is never reported; a prefixed name
    (``insert:p``) is one token. Enough to find keywords; not a parser.
    """
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
        elif c == "<" and (m := _IRIREF.match(text, i)):
            i = m.end()
        elif c in "?$":
            m = _WORD.match(text, i + 1)
            i = m.end() if m else i + 1
        elif c in "{}":
            yield i, c
            i += 1
        elif (m := _PNAME.match(text, i)) or (m := _WORD.match(text, i)):
            yield i, m.group()
            i = m.end()
        else:
            i += 1


def inline_bindings(sparql: str, bindings: Mapping[str, str]) -> str:
    """Bind variables by a ``VALUES`` block opening the query's WHERE group.

    For servers without SEP-0007 substitution. Values are escaped string literals;
    variable names must be plain SPARQL names.
    """
    names = list(bindings)
    for name in names:
        if not _WORD.fullmatch(name):
            raise QueryError(f"invalid parameter name {name!r}: use letters, digits and _")
    tokens = list(sparql_tokens(sparql))
    forms = (t.upper() for _, t in tokens if t.upper() in _QUERY_FORMS)
    # A CONSTRUCT's first group is its template: bind in the group after WHERE.
    after_where = next(forms, "") == "CONSTRUCT"
    position = None
    for k, (offset, token) in enumerate(tokens):
        if token == "{" and (not after_where or (k and tokens[k - 1][1].upper() == "WHERE")):
            position = offset + 1
            break
    if position is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    variables = " ".join(f"?{name}" for name in names)
    values = " ".join(sparql_literal(bindings[name]) for name in names)
    block = f" VALUES ({variables}) {{ ({values}) }} "
    return sparql[:position] + block + sparql[position:]


class GraphStore(ABC):
    """A quad store with one named graph per document (see the module docstring)."""

    location: str

    # ------------------------------------------------------------- backend API

    @abstractmethod
    def select(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        bindings: Mapping[str, str] | None = None,
    ) -> Table:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union of graphs.

        Args:
            sparql: the query text.
            timeout: seconds before :class:`QueryError`; None for no limit.
            bindings: variable name (without ``?``) -> string value, bound as an
                escaped ``xsd:string`` literal by a ``VALUES`` block that opens the
                WHERE group (:func:`inline_bindings`), never pasted in as raw text.

        Raises:
            QueryError: on a syntax error or when ``timeout`` (seconds) passes.
            StoreError: when the store cannot be read.
        """

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL Update as one transaction (no read-only guard here)."""

    @abstractmethod
    def _quads(self) -> ox.Store:
        """A pyoxigraph store holding every quad (the store itself, or a copy)."""

    @abstractmethod
    def close(self) -> None:
        """Release the store (the on-disk lock, connections); idempotent."""

    # ------------------------------------------------------------ documents

    def put_document(self, doc_id: str, sha256: str, quads: Iterable[ox.Quad]) -> None:
        """Atomically replace the document's named graph with ``quads``.

        Every quad goes into the document's graph; ``sha256`` is stored as the
        document node's ``gg:sha256`` (replacing any hash among ``quads``).
        """
        graph, doc = graph_iri(doc_id), doc_iri(doc_id)
        kept = [
            ox.Quad(q.subject, q.predicate, q.object, graph)
            for q in quads
            if not (q.subject == doc and q.predicate == GG.sha256)
        ]
        kept.append(ox.Quad(doc, GG.sha256, ox.Literal(sha256), graph))
        self.update(_replace_graph_update(graph, dict.fromkeys(kept)))

    def document_hash(self, doc_id: str) -> str | None:
        """The stored ``gg:sha256`` of a document, or None if it is not in the store."""
        pattern = f"{doc_iri(doc_id)} {GG.sha256} ?h"
        table = self.select(
            f"SELECT ?h WHERE {{ GRAPH {graph_iri(doc_id)} {{ {pattern} }} }} LIMIT 1"
        )
        return table.rows[0][0] if table.rows else None

    def has_document(self, doc_id: str) -> bool:
        """True when the document's graph holds anything."""
        table = self.select(f"ASK {{ GRAPH {graph_iri(doc_id)} {{ ?s ?p ?o }} }}")
        return table.rows[0][0] == "true"

    def remove_document(self, doc_id: str) -> bool:
        """Drop the document's graph; False when there was nothing to remove."""
        existed = self.has_document(doc_id)
        self.update(f"DROP SILENT GRAPH {graph_iri(doc_id)}")
        return existed

    def documents(self) -> list[str]:
        """The ids of every stored document, sorted."""
        table = self.select(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {sparql_literal(_GRAPH_PREFIX)})) }}"
        )
        ids = (graph_doc_id(row[0] or "") for row in table.rows)
        return sorted(i for i in ids if i is not None)

    # ------------------------------------------------------------- reading

    def ask(self, sparql: str, *, timeout: float | None = None) -> bool:
        """Run an ASK query."""
        table = self.select(sparql, timeout=timeout)
        if table.columns != ["boolean"]:
            raise QueryError("not an ASK query")
        return table.rows[0][0] == "true"

    def iter_mentions(
        self,
        *,
        relations: Iterable[str] | None = None,
        actors: Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Iterator[Mention]:
        """Every stored mention as a :class:`Mention`, ordered by document and offset.

        Args:
            relations: keep only these relation names (ontology local names).
            actors: keep mentions whose source or target has one of these actor ids.
            since: keep documents dated on or after this ISO date prefix (inclusive).
            until: keep documents dated on or before this ISO date prefix (inclusive);
                with ``since``/``until``, undated documents are left out.
        """
        table = self.select(_mentions_query(relations, actors, since, until))
        seen: set[str] = set()
        for row in table.records():
            key = row.get("mention") or ""
            if key in seen:
                continue
            seen.add(key)
            yield mention_from_row(row)

    def stats(self) -> dict[str, int]:
        """Counts: documents, mentions, actors, and triples (quads summed over graphs)."""
        q = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH ?g {{ {} }} {} }}"
        mentions = self.select(q.format(f"?m a {GG.RelationMention}", ""))
        actors = self.select(
            q.format(
                "?m <http://www.w3.org/2000/01/rdf-schema#label> ?l",
                f"FILTER(STRSTARTS(STR(?m), {sparql_literal(ID_NS + 'actor/')}))",
            )
        )
        triples = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return {
            "documents": len(self.documents()),
            "mentions": int(mentions.rows[0][0] or 0),
            "actors": int(actors.rows[0][0] or 0),
            "triples": int(triples.rows[0][0] or 0),
        }

    def dump(self, out: BinaryIO, fmt: str) -> None:
        """Write the store as ``fmt``: ttl, nt, jsonld (the union of all graphs as one
        graph) or nq, trig (named graphs kept)."""
        try:
            rdf_format, datasets = DUMP_FORMATS[fmt]
        except KeyError:
            raise ExportError(
                f"unknown RDF format {fmt!r}; valid formats: {', '.join(DUMP_FORMATS)}"
            ) from None
        store = self._quads()
        prefixes = {**PREFIXES, "actor": ID_NS + "actor/"}
        try:
            if datasets:
                store.dump(out, rdf_format, prefixes=prefixes)
            else:
                triples = store.query(_UNION_TRIPLES)
                ox.serialize(triples, out, rdf_format, prefixes=prefixes)  # type: ignore[arg-type]
        except OSError as exc:
            raise ExportError(f"cannot write the {fmt} dump: {_one_line(exc)}") from exc

    # ---------------------------------------------------------- context manager

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class LocalStore(GraphStore):
    """A pyoxigraph store in memory (``path=None``) or embedded on disk."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.location = "memory" if path is None else str(path)
        self._store: ox.Store | None = None
        if path is None:
            self._store = ox.Store()
            return
        try:
            path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                where = "this process" if "current process" in message else "another"
                raise StoreLockedError(
                    f"store {path} is in use by "
                    + (
                        "another geograph process; wait for it to finish"
                        if where == "another"
                        else "this process already (close it first)"
                    )
                ) from exc
            raise StoreError(f"cannot open store {path}: {_one_line(exc)}") from exc

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
                return _table(store.query(sparql, use_default_graph_as_union=True), cancel)
            except SyntaxError as exc:
                raise QueryError(f"invalid SPARQL query: {_one_line(exc)}") from exc
            except RuntimeError as exc:  # evaluation errors (a failed SERVICE call, ...)
                raise QueryError(f"SPARQL query failed: {_one_line(exc)}") from exc
            except OSError as exc:
                raise StoreError(f"cannot read store {self.location}: {_one_line(exc)}") from exc

        return run_with_timeout(work, timeout)

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL update: {_one_line(exc)}") from exc
        except RuntimeError as exc:  # evaluation errors (a missing graph, ...)
            raise QueryError(f"SPARQL update failed: {_one_line(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write store {self.location}: {_one_line(exc)}") from exc

    def documents(self) -> list[str]:
        ids = (graph_doc_id(g.value) for g in self.store.named_graphs())
        return sorted(i for i in ids if i is not None)

    def has_document(self, doc_id: str) -> bool:
        graph = graph_iri(doc_id)
        return next(self.store.quads_for_pattern(None, None, None, graph), None) is not None

    def remove_document(self, doc_id: str) -> bool:
        graph = graph_iri(doc_id)
        existed = self.store.contains_named_graph(graph)
        if existed:
            try:
                self.store.remove_graph(graph)
            except OSError as exc:
                raise StoreError(f"cannot write store {self.location}: {_one_line(exc)}") from exc
        return existed

    def stats(self) -> dict[str, int]:
        counts = super().stats()
        counts["triples"] = len(self.store)
        return counts

    def close(self) -> None:
        if self._store is not None and self.path is not None:
            # On failure the write-ahead log still holds every committed write.
            with contextlib.suppress(OSError):
                self._store.flush()
        # Dropping the last reference closes RocksDB and releases its lock.
        self._store = None


class RemoteStore(GraphStore):
    """A remote server over SPARQL 1.1 Protocol + Graph Store Protocol (stdlib urllib).

    Default layout is Oxigraph server's: ``<url>/query``, ``<url>/update`` and
    ``<url>/store``; a URL ending in ``/sparql`` (Virtuoso, Fuseki-style) serves
    query and update itself, with the graph store at ``<url>-graph-crud``
    (Virtuoso). ``settings.query_url``/``update_url``/``graph_store_url`` override.
    """

    def __init__(self, url: str, settings: Settings) -> None:
        base = url.rstrip("/")
        single = base.endswith("/sparql")
        self.location = base
        self.query_url = settings.query_url or (base if single else base + "/query")
        self.update_url = settings.update_url or (base if single else base + "/update")
        self.graph_store_url = settings.graph_store_url or (
            base + "-graph-crud" if single else base + "/store"
        )
        # Oxigraph server keeps the union behind an option; Virtuoso's default graph
        # already is the union of its graphs.
        self._union_param = settings.query_url is None and not single
        self.timeout = settings.query_timeout

    def _request(
        self,
        url: str,
        *,
        method: str = "POST",
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float | None = None,
        missing_ok: bool = False,
    ) -> tuple[str, bytes] | None:
        import urllib.error
        import urllib.request

        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return None
            detail = " ".join(exc.read(500).decode("utf-8", "replace").split())
            if exc.code == 400:
                raise QueryError(f"{url} refused the request: {detail or exc.reason}") from exc
            raise StoreError(f"{url} answered HTTP {exc.code}: {detail or exc.reason}") from exc
        except TimeoutError as exc:
            raise QueryError(
                f"{url} did not answer within {timeout or self.timeout:g} s (time limit)"
            ) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise QueryError(
                    f"{url} did not answer within {timeout or self.timeout:g} s (time limit)"
                ) from exc
            reason = exc.reason if isinstance(exc.reason, str) else _one_line(exc.reason)
            raise StoreError(f"cannot reach {url}: {reason}") from exc
        except OSError as exc:
            raise StoreError(f"cannot reach {url}: {_one_line(exc)}") from exc

    def _post_query(self, sparql: str, accept: str, timeout: float | None) -> tuple[str, bytes]:
        from urllib.parse import urlencode

        form = {"query": sparql}
        if self._union_param:
            form["union-default-graph"] = ""
        answer = self._request(
            self.query_url,
            data=urlencode(form).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
            timeout=timeout,
        )
        assert answer is not None  # only missing_ok requests answer None
        return answer[0].split(";")[0].strip(), answer[1]

    def select(
        self,
        sparql: str,
        *,
        timeout: float | None = None,
        bindings: Mapping[str, str] | None = None,
    ) -> Table:
        if bindings:
            sparql = inline_bindings(sparql, bindings)
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        media, body = self._post_query(sparql, accept, timeout)
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media)
            if results_format is not None:
                parsed = ox.parse_query_results(body, results_format)
                return _table(parsed, threading.Event())
            rdf_format = ox.RdfFormat.from_media_type(media)
            if rdf_format is not None:
                triples = (
                    ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(body, rdf_format, without_named_graphs=True)
                )
                return Table(
                    ["subject", "predicate", "object"],
                    [
                        [term_value(t.subject), term_value(t.predicate), term_value(t.object)]
                        for t in triples
                    ],
                )
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url} sent unreadable results: {_one_line(exc)}") from exc
        raise StoreError(f"{self.query_url} answered with unsupported media type {media!r}")

    def update(self, sparql: str) -> None:
        from urllib.parse import urlencode

        self._request(
            self.update_url,
            data=urlencode({"update": sparql}).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    def _graph_url(self, graph: ox.NamedNode) -> str:
        from urllib.parse import quote

        sep = "&" if "?" in self.graph_store_url else "?"
        return f"{self.graph_store_url}{sep}graph={quote(graph.value, safe='')}"

    def put_document(self, doc_id: str, sha256: str, quads: Iterable[ox.Quad]) -> None:
        # One Graph Store Protocol PUT replaces the graph in one request (atomic on
        # Oxigraph server), and N-Triples avoids every SPARQL escaping question.
        graph, doc = graph_iri(doc_id), doc_iri(doc_id)
        triples = {
            ox.Triple(q.subject, q.predicate, q.object): None
            for q in quads
            if not (q.subject == doc and q.predicate == GG.sha256)
        }
        triples[ox.Triple(doc, GG.sha256, ox.Literal(sha256))] = None
        body = ox.serialize(list(triples), None, ox.RdfFormat.N_TRIPLES) or b""
        self._request(
            self._graph_url(graph),
            method="PUT",
            data=body,
            headers={"Content-Type": "application/n-triples"},
        )

    def remove_document(self, doc_id: str) -> bool:
        answer = self._request(self._graph_url(graph_iri(doc_id)), method="DELETE", missing_ok=True)
        return answer is not None

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""

    def _quads(self) -> ox.Store:
        # Only geograph's document graphs: a shared server may hold other data.
        query = (
            "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {sparql_literal(_GRAPH_PREFIX)})) }}"
        )
        _, body = self._post_query(query, "application/sparql-results+json", None)
        store = ox.Store()
        try:
            solutions = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url} sent unreadable results: {_one_line(exc)}") from exc
        if isinstance(solutions, ox.QuerySolutions):
            store.extend(ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"]) for sol in solutions)
        return store


def open_store(settings: Settings) -> GraphStore:
    """The store named by ``settings.store``: ``memory``, a directory, or an http(s) URL."""
    where = settings.store.strip()
    if where == "memory":
        return LocalStore()
    if where.startswith(("http://", "https://")):
        return RemoteStore(where, settings)
    return LocalStore(Path(where).expanduser())
