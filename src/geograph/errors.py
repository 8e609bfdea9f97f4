"""Exceptions raised by geograph.

Every error a user can cause derives from :class:`GeographError`; the CLI catches
that root in one place, prints its message on one line and exits non-zero.

    GeographError
    ├── InputError        unreadable, empty, binary or malformed input
    ├── ModelError        the spaCy pipeline cannot be loaded
    ├── DataError         a shipped data file (gazetteer, lexicon, ontology) is invalid
    ├── StoreError        the store cannot be opened, written or reached
    │   └── StoreLockedError   another process holds the embedded store
    ├── QueryError        bad SPARQL, an unknown named query, a refused update, a timeout
    ├── ExportError       unknown format or a failed write
    └── ServiceError      a Dask cluster or the server of `geograph serve` fails
"""

from __future__ import annotations


class GeographError(Exception):
    """Root of every error geograph raises on purpose."""

    exit_code = 1


class InputError(GeographError):
    """Input that cannot be read as text documents."""

    exit_code = 2


class ModelError(GeographError):
    """The configured spaCy pipeline is missing or broken."""

    exit_code = 3


class DataError(GeographError):
    """A shipped data file is invalid."""

    exit_code = 3


class StoreError(GeographError):
    """The graph store cannot be opened, written or reached."""

    exit_code = 4


class StoreLockedError(StoreError):
    """Another process holds the embedded store."""


class QueryError(GeographError):
    """A SPARQL query that cannot or may not run."""

    exit_code = 5


class ExportError(GeographError):
    """An export that cannot be written."""

    exit_code = 6


class ServiceError(GeographError):
    """An outside program geograph drives (a Dask cluster, the SPARQL server behind
    ``geograph serve``) cannot be reached, started or used."""

    exit_code = 7
