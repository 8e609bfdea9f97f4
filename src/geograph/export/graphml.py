"""GraphML through networkx, with list and dict attributes stored as JSON strings.

GraphML columns hold scalars only, so ``evidence`` (a list of dicts) is written as
a JSON string; :func:`read_graphml` turns it back into a list. Missing values
(``None``) are left out, as GraphML has no null.
"""

from __future__ import annotations

import json
import os
from typing import IO, Any

import networkx as nx

from .gexf import xml_safe


def _scalar(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | dict | tuple):
        return xml_safe(json.dumps(value, ensure_ascii=False))
    return xml_safe(value)


def to_graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes GraphML can carry."""
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None}
        out.add_node(xml_safe(node), **attrs)
    for src, dst, key, data in graph.edges(keys=True, data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None}
        out.add_edge(xml_safe(src), xml_safe(dst), key=xml_safe(key), **attrs)
    return out


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write ``graph`` (from :func:`geograph.view.build_graph`) as GraphML."""
    nx.write_graphml(to_graphml_graph(graph), path, encoding="utf-8")


def read_graphml(path: str | os.PathLike[str] | IO[bytes]) -> nx.MultiDiGraph:
    """Read a file :func:`write_graphml` wrote, decoding ``evidence`` back to a list."""
    graph = nx.read_graphml(path, force_multigraph=True)
    for _, _, data in graph.edges(data=True):
        if isinstance(data.get("evidence"), str):
            data["evidence"] = json.loads(data["evidence"])
    result: nx.MultiDiGraph = graph
    return result
