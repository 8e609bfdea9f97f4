"""Exporters: the registry, and each format read back with its real reader."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from geograph.errors import ExportError
from geograph.export import EXPORTERS, RDF_FORMATS, export, formats
from geograph.export.csv_export import nodes_path, write_csv
from geograph.export.gexf import write_gexf, xml_safe
from geograph.export.graphml import read_graphml, write_graphml
from geograph.export.html import render_html, script_json, write_html
from geograph.model import Actor, Mention
from geograph.view import build_graph

ROOT = Path(__file__).resolve().parents[1]
GEXF_RNC = Path("/work/shared/schemas/gexf/1.3/gexf.rnc")
if not GEXF_RNC.is_file():
    from conftest import SHARED

    GEXF_RNC = SHARED / "schemas" / "gexf" / "1.3" / "gexf.rnc"

IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
ISRAEL = Actor("israel", "Israel", "State", "ISR", "Q801")
MOSSAD = Actor("mossad", "Mossad", "Agency", "ISR")

SCRIPT = "<script>window.pwned=1</script>"
IMG = '<img src=x onerror="window.pwned=1">'
HOSTILE_TEXTS = [
    SCRIPT,
    IMG,
    "\"'><svg onload=window.pwned=1>",
    "');window.pwned=1;('",
    "javascript:window.pwned=1",
    "</script><script>window.pwned=1</script>",
    'line\nbreak, "quoted", comma\r\nand CRLF',
    '=HYPERLINK("http://evil.example")',
    "ctrl \x00\x01\x0b\x1f chars and \ufffe, a lone \ud800 surrogate",
    "sep \u2028 \u2029 <!-- --> ]]> &amp;",
]
EVIL = Actor(SCRIPT, IMG, "Person", "javascript:alert(1)", "javascript:window.pwned=1")


def m(source: Actor, relation: str, target: Actor, start: int = 0, **kw: Any) -> Mention:
    sentence = kw.pop("sentence", f"{source.label} {relation} {target.label}.")
    doc = kw.pop("doc", "d1")
    return Mention(doc, relation, source, target, sentence, start, start + 10, **kw)


def small_graph() -> nx.MultiDiGraph:
    return build_graph(
        [
            m(IRAN, "accuses", ISRAEL, 0, cameo="112", plover="DISAPPROVE"),
            m(IRAN, "accuses", ISRAEL, 20, negated=True, cameo="112", plover="DISAPPROVE"),
            m(IRAN, "threatens", ISRAEL, 40, cameo="130", plover="THREATEN"),
            m(ISRAEL, "accuses", IRAN, 60, modality="reported"),
            m(MOSSAD, "spiesOn", IRAN, 80),
        ]
    )


def hostile_graph() -> nx.MultiDiGraph:
    ms = [m(EVIL, "accuses", IRAN, i * 20, sentence=t) for i, t in enumerate(HOSTILE_TEXTS)]
    ms.append(m(IRAN, SCRIPT, EVIL, 500, sentence=IMG, doc="javascript:alert(1)"))
    ms.append(m(IRAN, "threatens", EVIL, 520, sentence=HOSTILE_TEXTS[5], doc=SCRIPT))
    return build_graph(ms)


def edge_set(g: nx.MultiDiGraph) -> set[tuple[str, str, str, float]]:
    return {(u, v, d["relation"], float(d["weight"])) for u, v, d in g.edges(data=True)}


# -- registry ---------------------------------------------------------------------------


def test_formats_lists_graph_and_rdf_formats() -> None:
    assert set(formats()) == {"html", "gexf", "graphml", "csv", "ttl", "nt", "jsonld", "trig", "nq"}
    assert formats() == tuple(sorted(formats()))


def test_unknown_format_lists_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as info:
        export("pdf", small_graph(), tmp_path / "x.pdf")
    for name in formats():
        assert name in str(info.value)


def test_registry_entries_resolve() -> None:
    from geograph.export import exporter

    for name in EXPORTERS:
        assert callable(exporter(name))


def test_pyvis_is_imported_only_for_html(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from geograph.export import export\n"
        "from geograph.view import build_graph\n"
        f"export('gexf', build_graph([]), {str(tmp_path / 'g.gexf')!r})\n"
        "assert 'pyvis' not in sys.modules, 'gexf pulled in pyvis'\n"
        f"export('html', build_graph([]), {str(tmp_path / 'g.html')!r})\n"
        "assert 'pyvis' in sys.modules\n"
    )
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


class FakeStore:
    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.dumped: list[str] = []

    def dump(self, out: Any, fmt: str) -> None:
        self.dumped.append(fmt)
        out.write(f"dumped as {fmt}".encode())

    def iter_mentions(self) -> Any:
        return iter(self.mentions)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_formats_are_routed_to_the_store(tmp_path: Path, fmt: str) -> None:
    store = FakeStore([])
    export(fmt, store, tmp_path / f"out.{fmt}")
    assert store.dumped == [fmt]
    assert (tmp_path / f"out.{fmt}").read_bytes() == f"dumped as {fmt}".encode()


def test_rdf_format_of_a_graph_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="store"):
        export("ttl", small_graph(), tmp_path / "g.ttl")


def test_graph_format_of_a_store_aggregates_its_mentions(tmp_path: Path) -> None:
    store = FakeStore([m(IRAN, "accuses", ISRAEL)])
    export("gexf", store, tmp_path / "g.gexf")
    g = nx.read_gexf(tmp_path / "g.gexf")
    assert edge_set(g) == {("iran", "israel", "accuses", 1.0)}


def test_failed_write_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        export("gexf", small_graph(), tmp_path / "missing" / "g.gexf")
    with (tmp_path / "x.csv").open("wb") as fh, pytest.raises(ExportError, match="path"):
        export("csv", small_graph(), fh)


# -- GEXF -------------------------------------------------------------------------------


def validate_gexf(path: Path, tmp_path: Path) -> None:
    jing = shutil.which("jing")
    assert jing, "jing is not installed: apt-get install -y jing (needed to validate GEXF)"
    assert GEXF_RNC.is_file(), f"GEXF schema not found at {GEXF_RNC}"
    # The .rnc does not list xsi:schemaLocation (Gephi writes it anyway): strip it.
    text = re.sub(r' xsi:schemaLocation="[^"]*"', "", path.read_text(encoding="utf-8"))
    check = tmp_path / "check.gexf"
    check.write_text(text, encoding="utf-8")
    done = subprocess.run([jing, "-c", str(GEXF_RNC), str(check)], capture_output=True, text=True)
    assert done.returncode == 0, f"GEXF does not validate:\n{done.stdout}{done.stderr}"


def test_jing_rejects_what_networkx_writes(tmp_path: Path) -> None:
    # Guards the validator itself: networkx's <graph name=""> must fail.
    path = tmp_path / "nx.gexf"
    nx.write_gexf(nx.DiGraph([("a", "b")]), path, version="1.3")
    with pytest.raises(AssertionError, match="does not validate"):
        validate_gexf(path, tmp_path)


def test_gexf_validates_and_reads_back(tmp_path: Path) -> None:
    g = small_graph()
    path = tmp_path / "g.gexf"
    write_gexf(g, path)
    validate_gexf(path, tmp_path)
    back = nx.read_gexf(path)
    assert back.is_multigraph() and back.is_directed()
    assert set(back.nodes) == set(g.nodes)
    assert edge_set(back) == edge_set(g)
    # two relations between one pair survive as parallel edges
    assert back.number_of_edges("iran", "israel") == 2
    for node, data in g.nodes(data=True):
        assert back.nodes[node]["label"] == data["label"]
        assert back.nodes[node]["type"] == data["type"]
        assert back.nodes[node]["mentions"] == data["mentions"]
        assert back.nodes[node]["viz"]["color"]["r"] >= 0
    accuses = next(
        d for u, v, d in back.edges(data=True) if (u, d["relation"]) == ("iran", "accuses")
    )
    assert accuses["weight"] == 2.0
    assert accuses["asserted"] == 1
    assert (accuses["cameo"], accuses["plover"]) == ("112", "DISAPPROVE")
    assert accuses["evidence"] == 2
    assert "wikidata" not in back.nodes["mossad"]  # None is left out, not written as "None"


def test_gexf_with_hostile_text_is_valid_xml(tmp_path: Path) -> None:
    g = hostile_graph()
    path = tmp_path / "h.gexf"
    write_gexf(g, path)
    validate_gexf(path, tmp_path)
    back = nx.read_gexf(path)
    assert back.nodes[xml_safe(SCRIPT)]["label"] == IMG
    assert back.number_of_edges() == g.number_of_edges()
    examples = {d.get("example") for _, _, d in back.edges(data=True)}
    assert IMG in examples


def test_gexf_to_an_open_file(tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    with path.open("wb") as fh:
        write_gexf(small_graph(), fh)
    assert nx.read_gexf(path).number_of_nodes() == 3


def test_xml_safe_drops_only_illegal_characters() -> None:
    assert xml_safe("a\x00b\x0bc\td\ne\rf\ud800g\ufffeh\U0001f600") == "abc\td\ne\rfgh\U0001f600"


# -- GraphML ----------------------------------------------------------------------------


def test_graphml_round_trip(tmp_path: Path) -> None:
    g = small_graph()
    path = tmp_path / "g.graphml"
    write_graphml(g, path)
    plain = nx.read_graphml(path)
    assert set(plain.nodes) == set(g.nodes)
    back = read_graphml(path)
    assert set(back.edges(keys=True)) == set(g.edges(keys=True))
    for u, v, k, data in g.edges(keys=True, data=True):
        assert back.edges[u, v, k] == data
    for node, data in g.nodes(data=True):
        assert back.nodes[node] == {k: v for k, v in data.items() if v is not None}


def test_graphml_with_hostile_text(tmp_path: Path) -> None:
    path = tmp_path / "h.graphml"
    write_graphml(hostile_graph(), path)
    back = read_graphml(path)
    assert back.nodes[SCRIPT]["label"] == IMG
    sentences = {e["sentence"] for _, _, d in back.edges(data=True) for e in d["evidence"]}
    assert HOSTILE_TEXTS[6] in sentences


# -- CSV --------------------------------------------------------------------------------


def test_csv_round_trips_any_text(tmp_path: Path) -> None:
    g = hostile_graph()
    path = tmp_path / "edges.csv"
    write_csv(g, path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == g.number_of_edges()
    for row in rows:
        data = g.edges[row["source"], row["target"], row["relation"]]
        assert row["source_label"] == g.nodes[row["source"]]["label"]
        assert row["target_label"] == g.nodes[row["target"]]["label"]
        assert int(row["weight"]) == data["weight"]
        assert int(row["asserted"]) == data["asserted"]
        assert row["evidence"] == data["evidence"][0]["sentence"]
    assert nodes_path(path) == tmp_path / "edges.nodes.csv"
    with nodes_path(path).open(encoding="utf-8", newline="") as fh:
        nodes = {r["id"]: r for r in csv.DictReader(fh)}
    assert nodes[SCRIPT]["label"] == IMG
    assert nodes[SCRIPT]["wikidata"] == "javascript:window.pwned=1"
    assert nodes["iran"]["mentions"] == str(g.nodes["iran"]["mentions"])


def test_csv_spreadsheet_safe_defuses_formulas(tmp_path: Path) -> None:
    g = build_graph([m(IRAN, "accuses", ISRAEL, sentence=HOSTILE_TEXTS[7])])
    write_csv(g, tmp_path / "e.csv", spreadsheet_safe=True)
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["evidence"] == "'" + HOSTILE_TEXTS[7]


def test_nodes_path_without_suffix(tmp_path: Path) -> None:
    assert nodes_path(tmp_path / "out") == tmp_path / "out.nodes.csv"


# -- HTML -------------------------------------------------------------------------------


class Scripts(HTMLParser):
    """Collects each <script> element's attributes and text as a browser would split them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None


def parse(page: str) -> Scripts:
    parser = Scripts()
    parser.feed(page)
    parser.close()
    return parser


def test_script_json_cannot_close_a_script() -> None:
    value = {"s": "</script><!-- & \u2028\u2029 >"}
    text = script_json(value)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == value


def test_html_loads_nothing_from_the_network(tmp_path: Path) -> None:
    path = tmp_path / "g.html"
    write_html(small_graph(), path)
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    parsed = parse(page)
    assert [t for t, _ in parsed.tags if t in ("iframe", "object", "embed", "img")] == []


def test_html_escapes_hostile_text(tmp_path: Path) -> None:
    path = tmp_path / "h.html"
    write_html(hostile_graph(), path, title=SCRIPT)
    page = path.read_text(encoding="utf-8")
    for raw in (SCRIPT, IMG, "<svg", "</script><script>"):
        assert raw not in page
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page  # title and legend
    assert "\\u003cscript\\u003ewindow.pwned=1\\u003c/script\\u003e" in page  # JSON
    assert 'href="javascript' not in page.lower()
    parsed = parse(page)
    # Exactly the page's three scripts: the data, vis-network and the page's own.
    assert len(parsed.scripts) == 3
    attrs, data = parsed.scripts[0]
    assert attrs == {"type": "application/json", "id": "gg-data"}
    payload = json.loads(data)
    assert {n["label"] for n in payload["nodes"]} == {"Iran", IMG}
    assert {e["relation"] for e in payload["edges"]} == {"accuses", "threatens", SCRIPT}
    shown = {x[0] for e in payload["edges"] for x in e["ev"]}
    assert IMG in shown and HOSTILE_TEXTS[5] in shown
    # Every tag in the page is one the page itself wrote.
    assert {t for t, _ in parsed.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "h1", "span", "main",
        "div", "aside", "select", "option", "h2", "p", "button", "label", "input", "h3",
        "ul", "li", "small", "script", "section",
    }  # fmt: skip
    assert not any(k.startswith("on") for _, a in parsed.tags for k in a)


def test_html_csp_hashes_match_the_inline_scripts() -> None:
    import base64
    import hashlib

    page = render_html(small_graph())
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', page)
    assert policy
    allowed = set(re.findall(r"'sha256-([^']+)'", policy.group(1)))
    run = [text for attrs, text in parse(page).scripts if "type" not in attrs]
    assert len(run) == 2
    for text in run:
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert digest in allowed
    assert "Content-Security-Policy" not in render_html(small_graph(), csp=False)


def test_html_legend_lists_relations_and_actor_types() -> None:
    page = render_html(small_graph())
    for name in ("accuses", "threatens", "spiesOn", "State", "Agency"):
        assert name in page
    assert 'data-relation="accuses"' in page
    assert "3 actors" in page and "4 relations" in page and "5 mentions" in page


def test_html_empty_graph(tmp_path: Path) -> None:
    export("html", build_graph([]), tmp_path / "empty.html")
    assert "0 actors" in (tmp_path / "empty.html").read_text(encoding="utf-8")
