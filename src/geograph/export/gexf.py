"""GEXF 1.3 for Gephi, written with ElementTree.

networkx's own writer emits ``<graph name="">`` and a wrong ``xsi`` namespace in 1.3
mode, which the published schema rejects, so this module writes the XML itself.
The output validates against ``gexf.rnc`` 1.3 and reads back with
``networkx.read_gexf`` as a ``MultiDiGraph`` (parallel edges keep distinct ids).
"""

from __future__ import annotations

import math
import os
import re
import xml.etree.ElementTree as ET
from typing import IO, Any

import networkx as nx

from ..view import actor_colour, relation_colour, rgb
from ._files import output

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

# (id/title, GEXF type) of the columns Gephi shows in its data laboratory.
Columns = tuple[tuple[str, str], ...]
NODE_ATTRS: Columns = (
    ("type", "string"),
    ("country", "string"),
    ("wikidata", "string"),
    ("mentions", "integer"),
)
EDGE_ATTRS: Columns = (
    ("relation", "string"),
    ("cameo", "string"),
    ("plover", "string"),
    ("asserted", "integer"),
    ("docs", "integer"),
    ("evidence", "integer"),  # evidence sentences kept (at most view.MAX_EVIDENCE)
    ("example", "string"),  # the first evidence sentence
)

# Everything outside XML 1.0's Char production (C0 controls, lone surrogates, U+FFFE/F).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# xsd:token collapses only these four (not NBSP or other Unicode spaces).
_SPACE = re.compile("[ \t\n\r]+")


def xml_safe(text: object) -> str:
    """``text`` as a string XML 1.0 can carry: characters it forbids are dropped."""
    return _NOT_XML.sub("", str(text))


def _token(text: object) -> str:
    # Labels are xsd:token: no line breaks, no runs of spaces.
    return _SPACE.sub(" ", xml_safe(text)).strip(" ")


def _color(parent: ET.Element, colour: str) -> None:
    r, g, b = rgb(colour)
    ET.SubElement(parent, "viz:color", r=str(r), g=str(g), b=str(b))


def _attvalues(parent: ET.Element, columns: Columns, data: Any) -> None:
    values = ET.SubElement(parent, "attvalues")
    for name, _ in columns:
        value = data.get(name)
        if value is not None and value != "":
            ET.SubElement(values, "attvalue", {"for": name, "value": xml_safe(value)})


def _declare(graph_el: ET.Element, cls: str, columns: Columns) -> None:
    attrs = ET.SubElement(graph_el, "attributes", {"class": cls})
    for name, kind in columns:
        ET.SubElement(attrs, "attribute", id=name, title=name, type=kind)


def to_element(graph: nx.MultiDiGraph) -> ET.Element:
    """The ``<gexf>`` document element for a view graph."""
    # Namespaces are spelt out as plain attributes: ElementTree's own namespace
    # handling would need a global prefix registry and qualified attribute names.
    root = ET.Element(
        "gexf",
        {
            "xmlns": NS,
            "xmlns:viz": NS_VIZ,
            "xmlns:xsi": NS_XSI,
            "xsi:schemaLocation": SCHEMA_LOCATION,
            "version": "1.3",
        },
    )
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "geograph"
    ET.SubElement(meta, "description").text = "Geopolitical relations from news text"
    graph_el = ET.SubElement(root, "graph", defaultedgetype="directed")
    _declare(graph_el, "node", NODE_ATTRS)
    _declare(graph_el, "edge", EDGE_ATTRS)

    nodes = ET.SubElement(graph_el, "nodes", count=str(graph.number_of_nodes()))
    for node_id, data in graph.nodes(data=True):
        node = ET.SubElement(
            nodes, "node", id=xml_safe(node_id), label=_token(data.get("label", node_id))
        )
        _attvalues(node, NODE_ATTRS, data)
        _color(node, actor_colour(data.get("type")))
        size = 8 + 4 * math.sqrt(max(int(data.get("mentions") or 0), 0))
        ET.SubElement(node, "viz:size", value=f"{size:.1f}")

    edges = ET.SubElement(graph_el, "edges", count=str(graph.number_of_edges()))
    for i, (src, dst, key, data) in enumerate(graph.edges(keys=True, data=True)):
        relation = str(data.get("relation", key))
        evidence = data.get("evidence") or []
        columns = {
            **data,
            "relation": relation,
            "evidence": len(evidence),
            "example": evidence[0].get("sentence") if evidence else None,
        }
        edge = ET.SubElement(
            edges,
            "edge",
            id=str(i),
            source=xml_safe(src),
            target=xml_safe(dst),
            label=_token(relation),
            kind=_token(relation),
            weight=str(float(data.get("weight", 1))),
        )
        _attvalues(edge, EDGE_ATTRS, columns)
        _color(edge, relation_colour(relation))
    return root


def write_gexf(graph: nx.MultiDiGraph, path: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write ``graph`` (from :func:`geograph.view.build_graph`) as GEXF 1.3."""
    root = to_element(graph)
    ET.indent(root, space=" ")
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    with output(path) as fh:
        fh.write(data)
