"""Script injection into the HTML view, rendered in real headless Chromium.

Two ways in: the exporter given a graph whose every text field is a payload, and
``geograph build`` on a hostile article, where actor names come from spaCy's NER
on the text. A payload that ran would set ``window.pwned``, which the page writes
to ``<body data-pwned>``; an element or attribute it smuggled in would show in the
DOM. The texts must still be there to read, as text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
import pytest
from hostile_kit import SCRIPT_PAYLOADS, assert_no_traceback, geograph

from geograph.export.browser import dump_dom, find_chromium
from geograph.export.html import write_html
from geograph.model import Actor, Mention
from geograph.rdf import doc_id
from geograph.view import build_graph


@pytest.fixture(scope="module", autouse=True)
def _chromium() -> None:
    assert find_chromium(), "Chromium is not installed: apt-get install -y chromium"


class Dom(HTMLParser):
    """The dumped DOM: its elements, the actor finder's options, the detail panel's text."""

    def __init__(self, dom: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: Counter[tuple[str, frozenset[str]]] = Counter()
        self.options: list[str] = []
        self.detail: list[str] = []
        self.body: dict[str, str | None] = {}
        self.network: dict[str, str | None] = {}
        self._option: list[str] | None = None
        self._detail_depth = 0
        self.feed(dom)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        self.elements[(tag, frozenset(names))] += 1
        if tag == "body":
            self.body = names
        if names.get("id") == "gg-network":
            self.network = names
        if tag == "option":
            self._option = []
        if self._detail_depth:
            self._detail_depth += 1
        elif names.get("id") == "gg-detail":
            self._detail_depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self._option is not None:
            self.options.append("".join(self._option))
            self._option = None
        if self._detail_depth:
            self._detail_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._option is not None:
            self._option.append(data)
        if self._detail_depth:
            self.detail.append(data)

    @property
    def detail_text(self) -> str:
        return "".join(self.detail)


def graph_of(words: Sequence[str]) -> tuple[nx.MultiDiGraph, str]:
    """A graph whose every text field (ids, labels, codes, relation names, sentences,
    document ids) is one of ``words``, all linked to one hub; and the hub's id.

    The same call with plain words gives a twin of the same shape."""
    n = len(words)
    hub = Actor(words[0], words[1], "Person", words[2], words[3])
    iran = Actor("iran", "Iran", "State", "IRN", "Q794")
    mentions = []
    for i, word in enumerate(words):
        actor = Actor(f"{word}#{i}", words[(i + 1) % n], "Organization", words[(i + 2) % n])
        relation = "accuses" if i % 3 else "threatens"
        mentions.append(Mention(words[(i + 3) % n], relation, actor, hub, word, i * 10, i * 10 + 5))
    mentions.append(Mention(words[4], words[5], hub, iran, words[6], 900, 905))
    mentions.append(Mention(words[7], "denies", iran, hub, words[8], 910, 915, negated=True))
    return build_graph(mentions), hub.id


def render(graph: nx.MultiDiGraph, path: Path, fragment: str, csp: bool = True) -> Dom:
    write_html(graph, path, title=SCRIPT_PAYLOADS[0] + SCRIPT_PAYLOADS[1], csp=csp)
    run = dump_dom(path, fragment=fragment)
    dom = Dom(run.stdout)
    assert dom.network.get("data-nodes"), "the page's scripts did not run:\n" + run.stderr[-2000:]
    return dom


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_payloads_in_every_field_run_nothing_and_read_as_text(tmp_path: Path, csp: bool) -> None:
    hostile, hub = graph_of(SCRIPT_PAYLOADS)
    plain, plain_hub = graph_of([f"word{i}" for i in range(len(SCRIPT_PAYLOADS))])
    dom = render(hostile, tmp_path / "hostile.html", "actor=" + quote(hub, safe=""), csp)
    twin = render(plain, tmp_path / "plain.html", "actor=" + quote(plain_hub, safe=""), csp)

    assert dom.body.get("data-pwned") == "undefined"
    assert dom.network.get("data-nodes") == str(hostile.number_of_nodes())
    assert dom.network.get("data-edges") == str(hostile.number_of_edges())
    # Not one element or attribute more than the same page with plain words has.
    assert dom.elements == twin.elements
    # Every label is listed as text in the actor finder ...
    labels = {str(d["label"]) for _, d in hostile.nodes(data=True)}
    assert labels <= set(dom.options)
    # ... and the hub's panel shows each sentence and document id, as text.
    shown = dom.detail_text
    for _, _, data in hostile.edges(data=True):
        for ev in data["evidence"]:
            assert f"\u201c{ev['sentence']}\u201d" in shown
            assert str(ev["doc"]) in shown
    assert hostile.nodes[hub]["label"] in shown


def test_hostile_fragments_write_nothing_into_the_page(tmp_path: Path) -> None:
    graph, _ = graph_of([f"word{i}" for i in range(len(SCRIPT_PAYLOADS))])
    path = tmp_path / "page.html"
    for payload in ("<img src=x onerror=window.pwned=1>", "javascript:window.pwned=1"):
        fragment = "&".join(f"{k}={quote(payload, safe='')}" for k in ("only", "actor", "edge"))
        dom = render(graph, path, fragment)
        assert dom.body.get("data-pwned") == "undefined"
        assert dom.detail_text == ""
        assert not any(tag in ("img", "a") for tag, _ in dom.elements)


# -- end to end: NER on a hostile article, through `geograph build` ------------------

ARTICLE = """\
The <script>window.pwned=1</script> Brigade accused Israel of shelling the border town.

General Ahmad<img src=x onerror=window.pwned=1>Khan accused Iran of sabotage on Monday.

The group O'Brien');window.pwned=1;(' Holdings accused Iran of hacking its servers.

Officials in "><svg onload=window.pwned=1> Tehran threatened Azerbaijan over the drills.

Iran accused Israel of sabotage: </script><script>window.pwned=1</script> said the statement.

Azerbaijan bought drones from Israel, the <a href="javascript:window.pwned=1">site</a> said.
"""
RECORD = {
    "id": '"><img src=x onerror=window.pwned=1>',
    "title": "<script>window.pwned=1</script>",
    "url": "javascript:window.pwned=1",
    "date": "2024-03-01",
    "text": "Russia accused Ukraine of shelling the plant. </script><script>window.pwned=1",
}


def test_build_on_a_hostile_article_gives_a_page_that_runs_nothing(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run = geograph("build", article, records, "-o", out, cwd=tmp_path)
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr

    page = out / "graph.html"
    text = page.read_text(encoding="utf-8")
    found = re.search(r'id="gg-data">(.*?)</script>', text, re.S)
    assert found
    data = json.loads(found.group(1))
    nodes, edges = data["nodes"], data["edges"]
    assert edges, "the hostile article gave no relations"
    # NER carried payload characters into actor names.
    assert any(set(n["label"]) & set("<>'\"();=") for n in nodes), [n["label"] for n in nodes]
    # Show the actor with the most relations in the detail panel.
    degree = Counter(x for e in edges for x in (e["from"], e["to"]))
    busiest = degree.most_common(1)[0][0]
    run_dom = dump_dom(page, fragment="actor=" + quote(busiest, safe=""))
    dom = Dom(run_dom.stdout)
    assert dom.network.get("data-nodes") == str(len(nodes)), run_dom.stderr[-2000:]
    assert dom.body.get("data-pwned") == "undefined"
    assert not {tag for tag, _ in dom.elements} & {"img", "svg", "a", "iframe", "base"}
    assert not [attrs for _, attrs in dom.elements if any(a.startswith("on") for a in attrs)]
    assert sorted(dom.options[1:]) == sorted(n["label"] for n in nodes)  # after "Find an actor"
    for edge in edges:
        if busiest in (edge["from"], edge["to"]):
            for sentence, *_ in edge["ev"]:
                assert f"\u201c{sentence}\u201d" in dom.detail_text

    # The Turtle export reads back, and every evidence sentence is the original text.
    sources = {"article": ARTICLE, RECORD["id"]: RECORD["text"]}
    quads = list(ox.parse(path=out / "graph.ttl", format=ox.RdfFormat.TURTLE))
    values: dict[str, dict[str, str]] = {}
    for q in quads:
        name = q.predicate.value.rsplit("#", 1)[-1]
        values.setdefault(q.subject.value, {})[name] = q.object.value
    mentions = [v for v in values.values() if "sentence" in v]
    assert len(mentions) == sum(e["weight"] for e in edges)
    for m in mentions:
        original = sources[str(doc_id(m["document"]))]
        assert original[int(m["start"]) : int(m["end"])] == m["sentence"]
    titles = [v["title"] for v in values.values() if "title" in v]
    assert titles == [RECORD["title"]]
