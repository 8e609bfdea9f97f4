"""A remote SPARQL 1.1 server as a graph store: SPARQL 1.1 Protocol (query, update)
and the Graph Store Protocol, over the standard library's HTTP client.

URLs: ``--store http://HOST:PORT`` assumes Oxigraph server's layout (``/query``,
``/update``, ``/store``); a URL ending in ``/sparql`` serves query and update
itself, with the graph store at ``<url>-graph-crud`` (Virtuoso). Any other server
(Fuseki, GraphDB, ...) is reached through ``query_url``, ``update_url`` and
``graph_store_url``. Queries must see the union of the named graphs as their
default graph: Oxigraph server is asked for it per query, Virtuoso does it anyway;
configure other servers so (Fuseki: ``tdb2:unionDefaultGraph true``).

Failures: a refused connection, a reset, HTTP 5xx or a timeout is retried
(``settings.retries`` times, waiting 0.5 s, 1 s, 2 s, ...) for requests that are
safe to repeat: queries, Graph Store GET and PUT (a PUT replaces the whole graph,
so sending it twice writes the same graph) and DELETE. A SPARQL Update is never
repeated. Every failure ends as one :class:`StoreError` or :class:`QueryError`.

Atomicity: each document goes in one Graph Store PUT, one request the server
applies on its own (one transaction on Oxigraph server); the body is complete
before it is sent, so a dropped connection leaves the old graph in place.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode

import pyoxigraph as ox

from .errors import QueryError, StoreError
from .rdf import graph_iri
from .settings import Settings
from .sparql import (
    Table,
    inline_bindings,
    one_line,
    query_form,
    results_table,
    sparql_tokens,
    term_value,
)
from .store import DocumentGraph, GraphStore

# How Oxigraph server ends a streamed answer its time limit cut short.
_CANCELLED = b"The SPARQL operation has been cancelled"
# Virtuoso answers a syntax error with HTTP 500 and an SQL state of class 37000.
_VIRTUOSO_QUERY_ERRORS = ("Virtuoso 37000", "Virtuoso 22023", "Virtuoso 42000 Error SP")
# Virtuoso sends this header when it cut an answer at ResultSetMaxRows.
_MAX_ROWS_HEADER = "X-SPARQL-MaxRows"
# Seconds before the first repeat of a failed request; doubled each time.
BACKOFF = 0.5


@dataclass(frozen=True, slots=True)
class _Answer:
    media: str
    body: bytes
    headers: Mapping[str, str]


class _Retry(Exception):
    """A failure worth another attempt; carries the error to raise at the end."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class RemoteStore(GraphStore):
    """A remote server over SPARQL 1.1 Protocol + Graph Store Protocol (see module doc)."""

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
        self.retries = max(0, settings.retries)

    # ------------------------------------------------------------------ HTTP

    def _request(
        self,
        url: str,
        *,
        method: str = "POST",
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float | None = None,
        missing_ok: bool = False,
        repeatable: bool = True,
    ) -> _Answer | None:
        attempts = 1 + (self.retries if repeatable else 0)
        for attempt in range(attempts):
            try:
                return self._once(url, method, data, headers or {}, timeout, missing_ok)
            except _Retry as retry:
                if attempt + 1 >= attempts:
                    raise retry.error from None
                time.sleep(BACKOFF * 2**attempt)
        raise AssertionError("unreachable")

    def _once(
        self,
        url: str,
        method: str,
        data: bytes | None,
        headers: dict[str, str],
        timeout: float | None,
        missing_ok: bool,
    ) -> _Answer | None:
        limit = timeout or self.timeout
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=limit) as response:
                media = response.headers.get("Content-Type", "").split(";")[0].strip()
                return _Answer(media, response.read(), dict(response.headers.items()))
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return None
            detail = " ".join(exc.read(500).decode("utf-8", "replace").split())
            detail = detail or str(exc.reason)
            if exc.code == 400 or any(code in detail for code in _VIRTUOSO_QUERY_ERRORS):
                raise QueryError(f"{url} refused the request: {detail}") from exc
            error = StoreError(f"{url} answered HTTP {exc.code}: {detail}")
            if exc.code >= 500:
                raise _Retry(error) from exc
            if exc.code in (401, 403):
                error = StoreError(
                    f"{url} answered HTTP {exc.code} (not allowed): {detail}; "
                    "give the server's update and graph-store permissions to this client"
                )
            raise error from exc
        except (TimeoutError, urllib.error.URLError, OSError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            if isinstance(reason, TimeoutError):
                raise _Retry(
                    QueryError(f"{url} did not answer within {limit:g} s (time limit)")
                ) from exc
            text = reason if isinstance(reason, str) else one_line(reason)
            raise _Retry(StoreError(f"cannot reach {url}: {text}")) from exc

    def _post_query(self, sparql: str, accept: str, timeout: float | None) -> _Answer:
        form = {"query": sparql}
        # A query with FROM / FROM NAMED chooses its own dataset.
        if self._union_param and not any(t.upper() == "FROM" for _, t in sparql_tokens(sparql)):
            form["union-default-graph"] = ""
        answer = self._request(
            self.query_url,
            data=urlencode(form).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
            timeout=timeout,
        )
        assert answer is not None  # only missing_ok requests answer None
        if _MAX_ROWS_HEADER.lower() in {k.lower() for k in answer.headers}:
            raise StoreError(
                f"{self.query_url} cut its answer short (result size limit, "
                "Virtuoso's ResultSetMaxRows); raise the server's limit"
            )
        return answer

    # ----------------------------------------------------------------- SPARQL

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
        answer = self._post_query(sparql, accept, timeout)
        table = self._parse(answer)
        if query_form(sparql) == "ASK" and table.columns != ["boolean"]:
            # Virtuoso 7 answers ASK as a one-column result set (1 row: true).
            value = table.rows[0][0] if table.rows else None
            table = Table(["boolean"], [["true" if value in ("1", "true") else "false"]])
        return table

    def _parse(self, answer: _Answer) -> Table:
        try:
            results_format = ox.QueryResultsFormat.from_media_type(answer.media)
            if results_format is not None:
                return results_table(ox.parse_query_results(answer.body, results_format))
            rdf_format = ox.RdfFormat.from_media_type(answer.media)
            if rdf_format is not None:
                quads = ox.parse(answer.body, rdf_format, without_named_graphs=True)
                rows: list[list[str | None]] = [
                    [term_value(q.subject), term_value(q.predicate), term_value(q.object)]
                    for q in quads
                ]
                return Table(["subject", "predicate", "object"], rows)
        except SyntaxError as exc:
            if _CANCELLED in answer.body[-200:]:
                # Oxigraph server streams results, so its own time limit (serve
                # --timeout) ends an answer already begun with this sentence.
                raise QueryError(
                    f"{self.query_url} stopped the query at its time limit; narrow it "
                    "(LIMIT, filters) or raise the server's timeout"
                ) from exc
            raise StoreError(f"{self.query_url} sent unreadable results: {one_line(exc)}") from exc
        raise StoreError(f"{self.query_url} answered with unsupported media type {answer.media!r}")

    def update(self, sparql: str) -> None:
        self._request(
            self.update_url,
            data=urlencode({"update": sparql}).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            repeatable=False,
        )

    # ------------------------------------------------------------ documents

    def _graph_url(self, graph: ox.NamedNode) -> str:
        sep = "&" if "?" in self.graph_store_url else "?"
        return f"{self.graph_store_url}{sep}graph={quote(graph.value, safe='')}"

    def put_documents(self, documents: Sequence[DocumentGraph]) -> None:
        # One Graph Store PUT per document replaces its graph in one request, and
        # N-Triples avoids every SPARQL escaping question.
        for doc in documents:
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in doc.quads]
            body = ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES) or b""
            self._request(
                self._graph_url(doc.graph),
                method="PUT",
                data=body,
                headers={"Content-Type": "application/n-triples"},
            )

    def remove_document(self, doc_id: str) -> bool:
        answer = self._request(self._graph_url(graph_iri(doc_id)), method="DELETE", missing_ok=True)
        return answer is not None

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""

    def _graph_quads(self, graph: ox.NamedNode) -> Iterable[ox.Quad]:
        answer = self._request(
            self._graph_url(graph),
            method="GET",
            headers={"Accept": "application/n-triples"},
            missing_ok=True,
        )
        if answer is None:
            return []
        try:
            triples = ox.parse(answer.body, ox.RdfFormat.N_TRIPLES)
            return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
        except SyntaxError as exc:
            url = self.graph_store_url
            raise StoreError(f"{url} sent an unreadable graph: {one_line(exc)}") from exc

    def _quads(self) -> ox.Store:
        # Only geograph's document graphs (a shared server may hold other data),
        # one Graph Store GET each: no answer-size limit applies.
        store = ox.Store()
        for graph in self.graphs():
            store.extend(self._graph_quads(ox.NamedNode(graph)))
        return store
