"""RDF, XML and CSV injection: hostile text in every field, every export read back.

Each export is parsed by a reader that did not write it (pyoxigraph and rdflib for
RDF, jing with the published GEXF schema, ElementTree and networkx for XML,
Python's csv) and must carry the text exactly: no statement more or less, no
character changed. Where a format cannot carry a character, what happens is the
documented rule (README, "Security"), and the test checks that rule:

* RDF (every syntax): a lone surrogate becomes U+FFFD; everything else is kept.
* XML 1.0 (GEXF, GraphML): characters XML cannot hold (C0 controls other than tab,
  LF and CR; U+FFFE, U+FFFF; lone surrogates) are dropped. GEXF labels are
  ``xsd:token``, so their whitespace runs become one space. GraphML's evidence is
  JSON inside XML, so there even control characters survive.
* CSV: a lone surrogate becomes U+FFFD.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hostile_kit import SCRIPT_PAYLOADS, TEXT_PAYLOADS

from conftest import SHARED
from geograph.export import export
from geograph.export.graphml import read_graphml
from geograph.model import Actor, DocResult, Document, Mention
from geograph.rdf import actor_id, doc_id, document_quads, graph_doc_id
from geograph.settings import Settings
from geograph.store import LocalStore, open_store
from geograph.view import build_graph

GEXF_RNC = SHARED / "schemas" / "gexf" / "1.3" / "gexf.rnc"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
GG = "https://w3id.org/geograph/ontology#"

TEXTS = TEXT_PAYLOADS + SCRIPT_PAYLOADS[:4]
HUB = Actor("hub", "Hub", "State", "IRN", "Q794")

# What XML 1.0 cannot hold (its Char production, negated), written out here.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def as_rdf(text: str) -> str:
    """The documented RDF rule: lone surrogates become U+FFFD."""
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


def as_xml(text: str) -> str:
    return NOT_XML.sub("", text)


def as_token(text: str) -> str:
    """xsd:token: runs of space, tab, LF and CR are one space, none at the ends."""
    return re.sub("[ \t\n\r]+", " ", as_xml(text)).strip(" ")


def hostile_results() -> list[DocResult]:
    results = []
    for i, text in enumerate(TEXTS):
        actor = Actor(f"{i}:{text}", text, "Organization", text, text)
        document = Document(f"{i}/{text}", f"{text} body", title=text, date=text, url=text)
        mention = Mention(
            document.id,
            "accuses",
            actor,
            HUB,
            text,
            0,
            len(text),
            trigger=text,
            source_sector=text,
            reporter=actor,
            modality="reported",
        )
        results.append(DocResult(document, (mention,), (actor, HUB)))
    return results


@pytest.fixture(scope="module")
def store() -> Iterator[LocalStore]:
    with open_store(Settings(store="memory")) as opened:
        assert isinstance(opened, LocalStore)
        for result in hostile_results():
            doc = result.document
            opened.put_document(doc.id, doc.sha256, document_quads(result))
        yield opened


def _key(term: object) -> tuple[str, str]:
    """A term as (kind, value), the same whichever library parsed it."""
    if isinstance(term, ox.NamedNode | rdflib.URIRef):
        return "iri", str(term.value if isinstance(term, ox.NamedNode) else term)
    if isinstance(term, ox.Literal):
        return term.datatype.value, term.value
    assert isinstance(term, rdflib.Literal), term
    return str(term.datatype or XSD_STRING), str(term)


QUAD_FORMATS = {"trig": ("trig", ox.RdfFormat.TRIG), "nq": ("nquads", ox.RdfFormat.N_QUADS)}
TRIPLE_FORMATS = {
    "ttl": ("turtle", ox.RdfFormat.TURTLE),
    "nt": ("nt", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
}


# rdflib's Dataset.parse trips over its own deprecated default_context.
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")
@pytest.mark.parametrize("fmt", [*TRIPLE_FORMATS, *QUAD_FORMATS])
def test_rdf_exports_read_back_exactly_with_two_readers(
    store: LocalStore, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"graph.{fmt}"
    export(fmt, store, path)
    data = path.read_bytes()
    rdflib_name, ox_format = {**TRIPLE_FORMATS, **QUAD_FORMATS}[fmt]
    keep_graphs = fmt in QUAD_FORMATS

    def key(s: object, p: object, o: object, g: object) -> tuple[object, ...]:
        base = (_key(s), _key(p), _key(o))
        return (*base, _key(g)) if keep_graphs else base

    expected = {key(q.subject, q.predicate, q.object, q.graph_name) for q in store.store}
    parsed = {
        key(q.subject, q.predicate, q.object, q.graph_name) for q in ox.parse(data, ox_format)
    }
    assert parsed == expected  # not one statement more (injected) or less (lost)

    if keep_graphs:
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=rdflib_name)
        statements = list(dataset.quads((None, None, None, None)))
    else:
        graph = rdflib.Graph()
        graph.parse(data=data, format=rdflib_name)
        statements = [(s, p, o, None) for s, p, o in graph]
    # rdflib rewrites numbers and dates its own way: compare IRIs and strings only.
    by_rdflib = {
        key(s, p, o, g)
        for s, p, o, g in statements
        if not isinstance(o, rdflib.Literal) or o.datatype in (None, rdflib.XSD.string)
    }
    strings = {k for k in expected if k[2][0] in ("iri", XSD_STRING)}
    assert by_rdflib == strings

    # Every text is there, exactly, and every id decodes back from its IRI.
    literals = {value for (_, _, (kind, value), *_) in parsed if kind == XSD_STRING}
    assert {as_rdf(t) for t in TEXTS} <= literals
    iris = {value for (s, _, _, *g) in parsed for kind, value in (s, *g) if kind == "iri"}
    assert {f"{i}:{t}" for i, t in enumerate(TEXTS)} <= {actor_id(i) for i in iris}
    assert {f"{i}/{t}" for i, t in enumerate(TEXTS)} <= {doc_id(i) for i in iris}
    if keep_graphs:
        assert {f"{i}/{t}" for i, t in enumerate(TEXTS)} <= {graph_doc_id(i) for i in iris}


def test_mentions_read_back_from_the_store_keep_their_text(store: LocalStore) -> None:
    back = {m.doc: m for m in store.iter_mentions()}
    for i, text in enumerate(TEXTS):
        m = back[f"{i}/{text}"]
        assert (m.sentence, m.trigger, m.source.label) == (as_rdf(text),) * 3
        assert m.source.id == f"{i}:{text}"
        assert m.reporter is not None and m.reporter.id == m.source.id


def _validate_gexf(path: Path, tmp_path: Path) -> None:
    # The published schema does not list xsi:schemaLocation (see the schema README).
    text = re.sub(r' xsi:schemaLocation="[^"]*"', "", path.read_text(encoding="utf-8"))
    check = tmp_path / "check.gexf"
    check.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["jing", "-c", str(GEXF_RNC), str(check)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_gexf_is_schema_valid_and_keeps_what_xml_can_hold(
    store: LocalStore, tmp_path: Path
) -> None:
    graph = build_graph(store.iter_mentions())
    path = tmp_path / "graph.gexf"
    export("gexf", store, path)
    _validate_gexf(path, tmp_path)
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(path).getroot()
    labels = {n.get("id"): n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert labels == {as_xml(n): as_token(d["label"]) for n, d in graph.nodes(data=True)}
    examples = {
        v.get("value")
        for v in root.iterfind(".//g:edge/g:attvalues/g:attvalue", ns)
        if v.get("for") == "example"
    }
    sentences = {d["evidence"][0]["sentence"] for _, _, d in graph.edges(data=True)}
    assert examples == {as_xml(s) for s in sentences} - {""}
    # A second reader agrees.
    back = nx.read_gexf(path)
    assert {d["label"] for _, d in back.nodes(data=True)} == set(labels.values())


def test_graphml_keeps_what_xml_can_hold_and_json_keeps_the_rest(
    store: LocalStore, tmp_path: Path
) -> None:
    graph = build_graph(store.iter_mentions())
    path = tmp_path / "graph.graphml"
    export("graphml", store, path)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iterfind("g:key", ns)}

    def data(element: ET.Element) -> dict[str, str]:
        return {keys[d.get("key")]: d.text or "" for d in element.iterfind("g:data", ns)}

    nodes = {n.get("id"): data(n) for n in root.iterfind(".//g:node", ns)}
    assert {i: d["label"] for i, d in nodes.items()} == {
        as_xml(n): as_xml(d["label"]) for n, d in graph.nodes(data=True)
    }
    evidence = [json.loads(data(e)["evidence"]) for e in root.iterfind(".//g:edge", ns)]
    assert sorted(ev[0]["sentence"] for ev in evidence) == sorted(
        d["evidence"][0]["sentence"] for _, _, d in graph.edges(data=True)
    )
    assert any("\r\n" in ev[0]["sentence"] for ev in evidence)  # CR survives
    assert any("\x00" in ev[0]["sentence"] for ev in evidence)  # as JSON \u0000


def test_csv_reads_back_exactly(store: LocalStore, tmp_path: Path) -> None:
    graph = build_graph(store.iter_mentions())
    path = tmp_path / "graph.csv"
    export("csv", store, path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with (tmp_path / "graph.nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = {r["id"]: r for r in csv.DictReader(fh)}
    assert len(rows) == graph.number_of_edges()
    assert {r["evidence"] for r in rows} == {
        d["evidence"][0]["sentence"] for _, _, d in graph.edges(data=True)
    }
    assert nodes.keys() == {as_rdf(n) for n in graph.nodes}
    assert {r["label"] for r in nodes.values()} == {d["label"] for _, d in graph.nodes(data=True)}


def test_html_data_reads_back_exactly(store: LocalStore, tmp_path: Path) -> None:
    graph = build_graph(store.iter_mentions())
    path = tmp_path / "graph.html"
    export("html", store, path)
    page = path.read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="gg-data">(.*?)</script>', page, re.S)
    assert found and page.count("</script>") == 3
    data = json.loads(found.group(1))
    # An actor without a name is drawn with its id.
    names = {n: d["label"] or n for n, d in graph.nodes(data=True)}
    assert {(n["id"], n["label"]) for n in data["nodes"]} == {
        (as_rdf(n), as_rdf(name)) for n, name in names.items()
    }
    assert {e["ev"][0][0] for e in data["edges"]} == {
        d["evidence"][0]["sentence"] for _, _, d in graph.edges(data=True)
    }


def test_what_xml_cannot_hold_is_dropped_and_nothing_else(tmp_path: Path) -> None:
    every = "".join(map(chr, range(0x20))) + "\x7f\x85\xa0\u2028\ufeff\ufffd\ufffe\uffff\U0010ffff"
    evil = Actor("evil", "a" + every + "z", "Person")
    graph = build_graph([Mention("d", "accuses", evil, HUB, every, 0, 1)])
    export("gexf", graph, tmp_path / "g.gexf")
    export("graphml", graph, tmp_path / "g.graphml")
    kept = "\t\n\r\x7f\x85\xa0\u2028\ufeff\ufffd\U0010ffff"
    graphml = read_graphml(tmp_path / "g.graphml")
    assert graphml.nodes["evil"]["label"] == "a" + kept + "z"
    (evidence,) = [d["evidence"] for _, _, d in graphml.edges(data=True)]
    assert evidence[0]["sentence"] == every  # JSON inside XML keeps even these
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    # A label is an xsd:token: tab, LF and CR are spaces, and runs of them one space.
    assert gexf.nodes["evil"]["label"] == "a \x7f\x85\xa0\u2028\ufeff\ufffd\U0010ffffz"
    ((_, _, edge),) = gexf.edges(data=True)
    assert edge["example"] == kept
