"""Named SPARQL queries (``queries/*.rq``), the read-only guard and result tables.

A named query is a ``.rq`` file shipped in the package; its leading comment says
what it answers, and each ``# param NAME: ...`` line declares a parameter, used in
the query as the variable ``?NAME``. Parameter values are bound as string
literals by the store (pyoxigraph substitution, or an escaped ``VALUES`` block for
remote servers), never pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .errors import ExportError, QueryError
from .store import GraphStore, Table, sparql_tokens

__all__ = [
    "TABLE_FORMATS",
    "UPDATE_KEYWORDS",
    "NamedQuery",
    "format_table",
    "is_update",
    "named_queries",
    "resolve",
    "run_query",
]

# The first keyword of every SPARQL 1.1 Update operation.
UPDATE_KEYWORDS = frozenset(
    ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
)
_QUERY_FORMS = frozenset(("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"))
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_PARAM = re.compile(r"#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)")
TABLE_FORMATS = ("csv", "tsv", "json")


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A shipped query: its name, text, one-line description and parameters."""

    name: str
    path: Path
    text: str
    description: str
    params: dict[str, str]


def _read(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line)
    first = comments[0].lstrip("# ").strip() if comments else ""
    name = path.stem
    description = first.split(":", 1)[1].strip() if first.startswith(f"{name}:") else first
    params = {m.group(1): m.group(2).strip() for c in comments if (m := _PARAM.match(c))}
    return NamedQuery(name, path, text, description, params)


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query by name (file stem), sorted."""
    return {p.stem: _read(p) for p in sorted(paths.QUERIES_DIR.glob("*.rq"))}


def resolve(text_or_name: str) -> tuple[str, NamedQuery | None]:
    """The SPARQL text for a query name or for SPARQL itself (returned as is).

    Raises:
        QueryError: for a bare name that is not a shipped query (listing the names).
    """
    candidate = text_or_name.strip()
    if candidate.endswith(".rq"):
        candidate = candidate[:-3]
    if not _NAME.fullmatch(candidate):
        return text_or_name, None
    queries = named_queries()
    if candidate in queries:
        return queries[candidate].text, queries[candidate]
    if candidate.upper() in _QUERY_FORMS | UPDATE_KEYWORDS:
        return text_or_name, None  # a lone keyword: let the parser explain
    raise QueryError(
        f"unknown query {candidate!r}; named queries: {', '.join(queries)} (or pass SPARQL text)"
    )


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update (its first operation keyword), not a query."""
    for _, token in sparql_tokens(sparql):
        word = token.upper()
        if word in _QUERY_FORMS:
            return False
        if word in UPDATE_KEYWORDS:
            return True
    return False


def _check_params(query: NamedQuery | None, params: Mapping[str, str]) -> None:
    if query is None:
        return
    missing = [p for p in query.params if p not in params]
    if missing:
        hints = "; ".join(f"{p}: {query.params[p]}" for p in missing)
        raise QueryError(f"query {query.name} needs parameter {', '.join(missing)} ({hints})")
    unknown = [p for p in params if p not in query.params]
    if unknown:
        valid = ", ".join(query.params) or "none"
        raise QueryError(
            f"query {query.name} has no parameter {', '.join(unknown)}; its parameters: {valid}"
        )


def run_query(
    store: GraphStore,
    text_or_name: str,
    params: Mapping[str, str] | None = None,
    *,
    allow_update: bool = False,
    timeout: float | None = None,
) -> Table:
    """Run a named query or SPARQL text against ``store``.

    Args:
        store: the graph store (queries see the union of its graphs).
        text_or_name: a shipped query's name (``who-accuses-whom``) or SPARQL text.
        params: parameter values, bound as string literals (``{"ACTOR": "iran"}``).
        allow_update: run SPARQL Update instead of refusing it.
        timeout: seconds before the query is stopped with :class:`QueryError`
            (pass ``settings.query_timeout``); None for no limit.

    Returns:
        The result table; an update returns an empty table.

    Raises:
        QueryError: unknown name, missing or unknown parameter, refused update,
            invalid SPARQL, or the time limit.
    """
    params = dict(params or {})
    sparql, named = resolve(text_or_name)
    _check_params(named, params)
    if not sparql.strip():
        raise QueryError("empty query; pass SPARQL text or one of: " + ", ".join(named_queries()))
    if is_update(sparql):
        if not allow_update:
            raise QueryError(
                "SPARQL Update refused: queries are read-only "
                "(INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY, WITH); "
                "allow updates explicitly to change the store"
            )
        if params:
            raise QueryError("parameters are not supported for SPARQL Update")
        store.update(sparql)
        return Table([], [])
    return store.select(sparql, timeout=timeout, bindings=params or None)


def _cell(value: str | None) -> str:
    return "" if value is None else value


def _tsv_cell(value: str | None) -> str:
    # Tabs and line breaks inside a value would break the row structure.
    text = _cell(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def format_table(table: Table, fmt: str) -> str:
    """The table as ``csv`` (RFC 4180, header row), ``tsv`` (tabs and line breaks
    inside values escaped as ``\\t``/``\\n``) or ``json``
    (``{"columns": [...], "rows": [{column: value}, ...]}``, unbound as null)."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([_cell(v) for v in row] for row in table.rows)
        return out.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(_tsv_cell(c) for c in table.columns)]
        lines += ["\t".join(_tsv_cell(v) for v in row) for row in table.rows]
        return "\n".join(lines) + "\n"
    if fmt == "json":
        data = {"columns": table.columns, "rows": table.records()}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    raise ExportError(f"unknown table format {fmt!r}; valid formats: {', '.join(TABLE_FORMATS)}")
