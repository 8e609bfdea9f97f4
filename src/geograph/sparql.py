"""SPARQL text and results, shared by every store backend.

Result tables (:class:`Table`), string literals that are safe to paste into a
query, a tokenizer good enough to find keywords (:func:`sparql_tokens`), variable
binding by a ``VALUES`` block (:func:`inline_bindings`), and a time limit for
work that cannot be cancelled (:func:`run_with_timeout`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox

from .errors import QueryError
from .rdf import string

T = TypeVar("T")


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


_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
# Virtuoso writes booleans as 1 and 0, valid but not canonical.
_CANONICAL_BOOLEAN = {"1": "true", "0": "false"}


def term_value(term: object) -> str | None:
    """A result term as a plain string (see :class:`Table`); booleans are spelt
    ``true``/``false`` whatever the server wrote."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype == _BOOLEAN:
            return _CANONICAL_BOOLEAN.get(term.value, term.value)
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def sparql_literal(value: str) -> str:
    """``value`` as a SPARQL string literal, escaped: safe to paste into a query."""
    return str(string(value))


def one_line(exc: BaseException) -> str:
    """An exception's message on one line (its type name when it has none)."""
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def results_table(result: Results, cancel: threading.Event | None = None) -> Table:
    """A pyoxigraph result as a :class:`Table`; stops early once ``cancel`` is set."""
    stop = cancel or threading.Event()
    if isinstance(result, ox.QueryBoolean):
        return Table(["boolean"], [["true" if bool(result) else "false"]])
    if isinstance(result, ox.QueryTriples):
        rows: list[list[str | None]] = []
        for t in result:
            if stop.is_set():
                break
            rows.append([term_value(t.subject), term_value(t.predicate), term_value(t.object)])
        return Table(["subject", "predicate", "object"], rows)
    names = [v.value for v in result.variables]
    out: list[list[str | None]] = []
    for solution in result:
        if stop.is_set():
            break
        out.append([term_value(solution[n]) for n in names])
    return Table(names, out)


def run_with_timeout(work: Callable[[threading.Event], T], timeout: float | None) -> T:
    """``work(cancel)`` in a daemon thread; :class:`QueryError` once ``timeout`` passes.

    ``cancel`` is set on timeout so ``work`` can stop between rows; see
    :mod:`geograph.store` for what this can and cannot stop.
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


_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# A prefixed name (gg:source, :x, insert:p) is one token, never a keyword.
_PNAME = re.compile(r"(?:[A-Za-z][\w.-]*)?:[^\s{}()\[\]<>\"',;]*")
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


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


def query_form(sparql: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the query's form, if any."""
    return next((t.upper() for _, t in sparql_tokens(sparql) if t.upper() in QUERY_FORMS), None)


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
    # A CONSTRUCT's first group is its template: bind in the group after WHERE.
    after_where = query_form(sparql) == "CONSTRUCT"
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
