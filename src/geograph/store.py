"""The graph store: one named graph per document, queried as the union of all graphs.

:func:`open_store` picks the backend from ``settings.store``:

* ``memory``: a pyoxigraph store that lives as long as it is open; ``memory:NAME``
  is one shared by every open of that name in this process (tests, notebooks);
* a directory: an embedded on-disk pyoxigraph (RocksDB) store, created if missing;
* an ``http(s)://`` URL: a remote SPARQL 1.1 server (:mod:`geograph.remote`).

Atomic writes: :meth:`GraphStore.put_documents` writes a batch of documents, each
in its own named graph, so that a reader (or a store reopened after a crash) sees
every document whole or not at all. A document not yet in an embedded store goes
in with pyoxigraph's bulk loader, which builds sorted files aside and adds them
with one RocksDB ingestion (all or nothing); a document already there is replaced
by one SPARQL Update, ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``,
which pyoxigraph runs as one transaction. A remote store replaces each graph with
one Graph Store Protocol PUT.

Locks: an embedded store is held by one writing process at a time, or by any
number of reading ones (``query``, ``export``, ``info``, ``geograph serve``).
Both take an advisory lock on ``DIR/geograph.lock`` before RocksDB opens, so an
ingest never writes under a reader's feet; who is refused gets
:class:`StoreLockedError` saying who holds the store. The lock goes away with the
process that held it, however it ended.

Time limits: pyoxigraph cannot cancel a running query. A query with a timeout runs
in a daemon worker thread (pyoxigraph releases the GIL while it evaluates); past
the limit the caller gets :class:`QueryError` at once, the worker stops at the next
result row it would stream, and an operator that must finish before the first row
(ORDER BY, GROUP BY, a large join) keeps one core busy until it ends or the
process exits (the CLI exits right after the error). Remote stores use the HTTP
socket timeout; the server's own limits (``oxigraph serve --timeout-s``) stop its work.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import pyoxigraph as ox

from . import paths
from .errors import ExportError, QueryError, StoreError
from .model import Mention
from .rdf import actor_iri, doc_iri, graph_doc_id, graph_iri, mention_from_row, relation_iri
from .settings import Settings
from .sparql import (
    Table,
    inline_bindings,
    one_line,
    sparql_literal,
    sparql_tokens,
    term_value,
)
from .vocab import GG, ID_NS, PREFIXES

__all__ = [
    "DUMP_FORMATS",
    "DocumentGraph",
    "GraphStore",
    "Table",
    "document_graph",
    "inline_bindings",
    "open_store",
    "sparql_literal",
    "sparql_tokens",
    "term_value",
]

# Dump formats: name -> (pyoxigraph format, keeps named graphs).
DUMP_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
}
GRAPH_PREFIX = ID_NS + "graph/"
LOCK_FILE = "geograph.lock"
# Documents per listing page and per mentions query: small answers, whatever the store.
PAGE = 2000
GRAPHS_PER_QUERY = 100
# The line of queries/mentions.rq that iter_mentions replaces with its filters.
_FILTERS_LINE = re.compile(r"^[ \t]*#FILTERS[ \t]*$", re.MULTILINE)
_UNION_TRIPLES = (
    "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
    "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }"
)


@dataclass(frozen=True, slots=True)
class DocumentGraph:
    """Everything one document says, ready to write: every quad in its graph."""

    doc_id: str
    sha256: str
    quads: list[ox.Quad]

    @property
    def graph(self) -> ox.NamedNode:
        return graph_iri(self.doc_id)


def document_graph(doc_id: str, sha256: str, quads: Iterable[ox.Quad]) -> DocumentGraph:
    """Put ``quads`` in the document's graph, without duplicates, with ``sha256`` as the
    document node's ``gg:sha256`` (replacing any hash among ``quads``)."""
    graph, doc = graph_iri(doc_id), doc_iri(doc_id)
    kept: dict[ox.Quad, None] = {}
    for q in quads:
        if q.subject == doc and q.predicate == GG.sha256:
            continue
        if q.graph_name != graph:
            q = ox.Quad(q.subject, q.predicate, q.object, graph)
        kept[q] = None
    kept[ox.Quad(doc, GG.sha256, ox.Literal(sha256), graph)] = None
    return DocumentGraph(doc_id, sha256, list(kept))


def replace_graph_update(graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> str:
    """A SPARQL Update that empties ``graph`` and fills it with ``quads``."""
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    update = f"DROP SILENT GRAPH {graph}"
    if body:
        update += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
    return update


def mentions_query(
    graphs: Sequence[ox.NamedNode] | None,
    relations: Iterable[str] | None,
    actors: Iterable[str] | None,
    since: str | None,
    until: str | None,
) -> str:
    """``queries/mentions.rq`` with its filters, read from ``graphs`` only if given."""
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
    if not graphs:
        return query
    # FROM NAMED narrows the dataset itself: engines then visit only these graphs
    # (a VALUES ?g block was 50 times slower on Oxigraph with 13,000 graphs).
    tokens = list(sparql_tokens(query))
    at = next(offset for offset, t in tokens if t.upper() == "WHERE")
    dataset = "\n".join(f"FROM NAMED {g}" for g in graphs)
    return f"{query[:at]}{dataset}\n{query[at:]}"


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

    def put_documents(self, documents: Sequence[DocumentGraph]) -> None:
        """Write a batch of documents, each replacing its named graph atomically.

        The base version sends the whole batch as one SPARQL Update (one transaction
        on Oxigraph)."""
        if documents:
            self.update(" ;\n".join(replace_graph_update(d.graph, d.quads) for d in documents))

    def put_document(self, doc_id: str, sha256: str, quads: Iterable[ox.Quad]) -> None:
        """Atomically replace one document's named graph with ``quads``
        (see :func:`document_graph`)."""
        self.put_documents([document_graph(doc_id, sha256, quads)])

    def document_hashes(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """``{doc_id: stored gg:sha256}`` for those of ``doc_ids`` in the store."""
        found: dict[str, str] = {}
        ids = list(dict.fromkeys(doc_ids))
        for k in range(0, len(ids), GRAPHS_PER_QUERY):
            chunk = ids[k : k + GRAPHS_PER_QUERY]
            values = " ".join(str(graph_iri(i)) for i in chunk)
            table = self.select(
                f"SELECT ?g ?h WHERE {{ VALUES ?g {{ {values} }} "
                f"GRAPH ?g {{ ?d {GG.sha256} ?h }} }}"
            )
            for g, h in table.rows:
                doc_id = graph_doc_id(g or "")
                if doc_id is not None and h is not None:
                    found[doc_id] = h
        return found

    def document_hash(self, doc_id: str) -> str | None:
        """The stored ``gg:sha256`` of a document, or None if it is not in the store."""
        return self.document_hashes([doc_id]).get(doc_id)

    def has_document(self, doc_id: str) -> bool:
        """True when the document's graph holds anything."""
        table = self.select(f"ASK {{ GRAPH {graph_iri(doc_id)} {{ ?s ?p ?o }} }}")
        return table.rows[0][0] == "true"

    def remove_document(self, doc_id: str) -> bool:
        """Drop the document's graph; False when there was nothing to remove."""
        existed = self.has_document(doc_id)
        self.update(f"DROP SILENT GRAPH {graph_iri(doc_id)}")
        return existed

    def graphs(self) -> Iterator[str]:
        """The IRI of every document graph, in IRI order, a page at a time.

        A document graph is one holding a ``gg:sha256``; pages follow the last IRI
        seen (never OFFSET), so servers that cap answer sizes still list them all."""
        after = ""
        while True:
            table = self.select(
                f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d {GG.sha256} ?h }} "
                f"FILTER(STRSTARTS(STR(?g), {sparql_literal(GRAPH_PREFIX)}) "
                f"&& STR(?g) > {sparql_literal(after)}) }} ORDER BY ?g LIMIT {PAGE}"
            )
            page = [g for (g,) in table.rows if g]
            yield from page
            if len(page) < PAGE:
                return
            after = page[-1]

    def documents(self) -> list[str]:
        """The ids of every stored document, sorted."""
        ids = (graph_doc_id(g) for g in self.graphs())
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

        Documents are read a hundred at a time, so memory stays flat and no answer
        is large. Each mention's ``extra["date"]`` is its document's date, if any.

        Args:
            relations: keep only these relation names (ontology local names).
            actors: keep mentions whose source or target has one of these actor ids.
            since: keep documents dated on or after this ISO date prefix (inclusive).
            until: keep documents dated on or before this ISO date prefix (inclusive);
                with ``since``/``until``, undated documents are left out.
        """
        relations = None if relations is None else list(relations)
        actors = None if actors is None else list(actors)
        graphs = self.graphs()
        while batch := [ox.NamedNode(g) for g in _take(graphs, GRAPHS_PER_QUERY)]:
            table = self.select(mentions_query(batch, relations, actors, since, until))
            yield from mentions_from_rows(table.records())

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
        return {
            "documents": sum(1 for _ in self.graphs()),
            "mentions": int(mentions.rows[0][0] or 0),
            "actors": int(actors.rows[0][0] or 0),
            "triples": self.triple_count(),
        }

    def triple_count(self) -> int:
        """Quads summed over the document graphs (a shared server's other graphs and
        Virtuoso's own are not counted)."""
        ours = f"FILTER(STRSTARTS(STR(?g), {sparql_literal(GRAPH_PREFIX)}))"
        table = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {ours} }}")
        return int(table.rows[0][0] or 0)

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
            raise ExportError(f"cannot write the {fmt} dump: {one_line(exc)}") from exc

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


def mentions_from_rows(rows: Iterable[Mapping[str, str | None]]) -> Iterator[Mention]:
    """Mentions from rows of ``queries/mentions.rq``; ``extra["date"]`` is the
    document's date, if any."""
    seen: set[str] = set()
    for row in rows:
        key = row.get("mention") or ""
        if key in seen:
            continue
        seen.add(key)
        mention = mention_from_row(row)
        if row.get("date"):
            mention.extra["date"] = row["date"]
        yield mention


def _take(it: Iterator[str], n: int) -> list[str]:
    out: list[str] = []
    for item in it:
        out.append(item)
        if len(out) >= n:
            break
    return out


def open_store(settings: Settings, *, read_only: bool = False) -> GraphStore:
    """The store named by ``settings.store``: ``memory``, ``memory:NAME``, a directory,
    or an http(s) URL. ``read_only`` opens an embedded store for reading only, next
    to other readers (see the module docstring)."""
    where = settings.store.strip()
    if where.startswith(("http://", "https://")):
        from .remote import RemoteStore

        return RemoteStore(where, settings)
    from .embedded import LocalStore, memory_store

    if where == "memory":
        return LocalStore()
    if where.startswith("memory:"):
        return memory_store(where)
    return LocalStore(Path(where).expanduser(), read_only=read_only)


def __getattr__(name: str) -> object:
    # The embedded backend lives in its own module; it is still reachable from here.
    if name in ("LocalStore", "StoreLock"):
        from . import embedded

        return getattr(embedded, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
