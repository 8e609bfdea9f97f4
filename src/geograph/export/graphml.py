"""GraphML through networkx, with list and dict attributes stored as JSON strings.

GraphML columns hold scalars only, so ``evidence`` (a list of dicts) is written as
a JSON string; :func:`read_graphml` turns it back into a list. Missing values
(``None``) are left out, as GraphML has no null.

Text round-trips exactly except for what XML 1.0 cannot carry at all (C0 control
characters other than tab, line feed and carriage return, U+FFFE, U+FFFF and lone
surrogates), which is dropped; inside the JSON of ``evidence`` even those are kept,
as JSON escapes. A carriage return is written as ``&#13;``: a raw one inside
element text would reach readers as a line feed.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from typing import IO, Any

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from ._files import output
from .gexf import xml_safe

# What XML 1.0 cannot hold and json.dumps leaves as it is (it escapes C0 itself).
_NOT_XML_IN_JSON = re.compile("[\ufffe\uffff\ud800-\udfff]")


def _json(value: Any) -> str:
    # Inside JSON strings a \u escape means the same character, so JSON carries
    # even what XML cannot.
    text = json.dumps(value, ensure_ascii=False)
    return _NOT_XML_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _scalar(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | dict | tuple):
        return _json(value)
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


def to_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The GraphML document of ``graph``, UTF-8."""
    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(to_graphml_graph(graph))
    writer.indent(writer.xml)
    # ElementTree escapes CR in attributes but not in text; markup and indentation
    # never hold one, so every CR left is text and is written as a reference.
    text = ET.tostring(writer.xml, encoding="unicode").replace("\r", "&#13;")
    return ("<?xml version='1.0' encoding='utf-8'?>\n" + text + "\n").encode("utf-8")


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write ``graph`` (from :func:`geograph.view.build_graph`) as GraphML."""
    data = to_bytes(graph)
    with output(path) as fh:
        fh.write(data)


def read_graphml(path: str | os.PathLike[str] | IO[bytes]) -> nx.MultiDiGraph:
    """Read a file :func:`write_graphml` wrote, decoding ``evidence`` back to a list."""
    graph = nx.read_graphml(path, force_multigraph=True)
    for _, _, data in graph.edges(data=True):
        if isinstance(data.get("evidence"), str):
            data["evidence"] = json.loads(data["evidence"])
    result: nx.MultiDiGraph = graph
    return result
