"""CSV: an edge list plus a sibling node table (``graph.csv`` -> ``graph.nodes.csv``).

Written with the ``csv`` module (RFC 4180 quoting, UTF-8), so any text, quotes,
commas, line breaks and control characters included, reads back unchanged with
``csv.DictReader``; only a lone surrogate, which UTF-8 cannot write, becomes U+FFFD.
Each file is written whole or not at all.
Cells are not defused for spreadsheets unless ``spreadsheet_safe`` is set: a cell
starting with ``=``, ``+``, ``-`` or ``@`` is a formula to Excel and LibreOffice.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ._files import output, unicode_safe

EDGE_COLUMNS = (
    "source",
    "source_label",
    "target",
    "target_label",
    "relation",
    "weight",
    "asserted",
    "cameo",
    "plover",
    "evidence",
)
NODE_COLUMNS = ("id", "label", "type", "country", "wikidata", "mentions")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def _text_output(path: str | os.PathLike[str]) -> Iterator[io.TextIOWrapper]:
    with output(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        yield text
        text.flush()
        text.detach()


def nodes_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`write_csv` puts the node table next to the edge list."""
    p = Path(path)
    stem = p.name[: -len(p.suffix)] if p.suffix else p.name
    return p.with_name(f"{stem}.nodes.csv")


def _cell(value: Any, spreadsheet_safe: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        value = unicode_safe(value)
    if spreadsheet_safe and isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(
    graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, spreadsheet_safe: bool = False
) -> None:
    """Write the edge list to ``path`` and the nodes to :func:`nodes_path`.

    Args:
        graph: a graph from :func:`geograph.view.build_graph`.
        path: the edge list file.
        spreadsheet_safe: prefix ``'`` to text cells a spreadsheet would run as a
            formula (the text then no longer round-trips exactly).
    """
    labels = {n: d.get("label", n) for n, d in graph.nodes(data=True)}
    with _text_output(path) as fh:
        writer = csv.writer(fh)
        writer.writerow(EDGE_COLUMNS)
        for src, dst, key, data in graph.edges(keys=True, data=True):
            evidence = data.get("evidence") or []
            row = (
                src,
                labels[src],
                dst,
                labels[dst],
                data.get("relation", key),
                data.get("weight", 1),
                data.get("asserted", 0),
                data.get("cameo"),
                data.get("plover"),
                evidence[0].get("sentence") if evidence else None,
            )
            writer.writerow([_cell(v, spreadsheet_safe) for v in row])
    with _text_output(nodes_path(path)) as fh:
        writer = csv.writer(fh)
        writer.writerow(NODE_COLUMNS)
        for node, data in graph.nodes(data=True):
            row = (node, *(data.get(c) for c in NODE_COLUMNS[1:]))
            writer.writerow([_cell(v, spreadsheet_safe) for v in row])
