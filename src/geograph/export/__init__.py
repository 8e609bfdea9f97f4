"""Exporters, found through a small lazy registry.

A format name maps to ``"module:function"``; the module is imported only when that
format is asked for, so pyvis loads for ``html`` alone. Graph formats take the
aggregated graph of :func:`geograph.view.build_graph`; RDF formats are written by
the store itself (``GraphStore.dump``).

    >>> export("gexf", graph, "out/graph.gexf")          # doctest: +SKIP
    >>> export("ttl", store, "out/graph.ttl")            # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import IO, Any

from ..errors import ExportError
from ._files import output

# Graph formats: name -> "module:function(graph, path)".
EXPORTERS: dict[str, str] = {
    "csv": "geograph.export.csv_export:write_csv",
    "gexf": "geograph.export.gexf:write_gexf",
    "graphml": "geograph.export.graphml:write_graphml",
    "html": "geograph.export.html:write_html",
}
# RDF formats, serialised by ``GraphStore.dump(out, fmt)``.
RDF_FORMATS = ("jsonld", "nq", "nt", "trig", "ttl")

Target = str | os.PathLike[str] | IO[bytes]


def formats() -> tuple[str, ...]:
    """Every format name :func:`export` accepts, sorted."""
    return tuple(sorted((*EXPORTERS, *RDF_FORMATS)))


def exporter(fmt: str) -> Callable[..., Any]:
    """The writer function of a graph format, imported on first use.

    Raises:
        ExportError: ``fmt`` is not a graph format.
    """
    spec = EXPORTERS.get(fmt)
    if spec is None:
        raise ExportError(f"unknown graph format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    module, _, name = spec.partition(":")
    func: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return func


def export(fmt: str, source: Any, out: Target) -> None:
    """Write ``source`` (a view graph, or a ``GraphStore``) as ``fmt`` to ``out``.

    A store given for a graph format is first aggregated with
    :func:`geograph.view.build_graph` over all its mentions.

    Args:
        fmt: one of :func:`formats`.
        source: a ``networkx.MultiDiGraph`` from ``build_graph``, or a store.
        out: a path, or a binary file (not for ``csv``, which writes two files).

    A path is written whole or not at all: a failed write leaves the old file.

    Raises:
        ExportError: unknown format, a graph given for an RDF format, or a failed write.
    """
    fmt = fmt.lower()
    if fmt not in EXPORTERS and fmt not in RDF_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(formats())}")
    is_store = hasattr(source, "dump") and hasattr(source, "iter_mentions")
    try:
        if fmt in RDF_FORMATS:
            if not is_store:
                raise ExportError(f"{fmt} is an RDF format: export it from the store, not a graph")
            with output(out) as fh:
                source.dump(fh, fmt)
            return
        if is_store:
            from ..view import build_graph

            source = build_graph(source.iter_mentions())
        if fmt == "csv" and not isinstance(out, str | os.PathLike):
            raise ExportError("csv writes an edge file and a node file: give a path, not a stream")
        exporter(fmt)(source, out)
    except OSError as exc:
        raise ExportError(f"cannot write {fmt} to {_name(out)}: {exc.strerror or exc}") from exc
    except ExportError as exc:
        # The store's dump reports a failed write without the file's name.
        cause = exc.__cause__
        if isinstance(cause, OSError):
            reason = cause.strerror or str(cause)
            raise ExportError(f"cannot write {fmt} to {_name(out)}: {reason}") from cause
        raise


def _name(out: Target) -> str:
    if isinstance(out, str | os.PathLike):
        return os.fspath(out)
    return str(getattr(out, "name", "<stream>"))


__all__ = ["EXPORTERS", "RDF_FORMATS", "export", "exporter", "formats"]
