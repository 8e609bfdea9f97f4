"""The HTML export in real headless Chromium, with the network cut off.

The page marks the DOM once vis-network has drawn (``data-nodes``/``data-edges`` on
``#gg-network``, set from the DataSets, so they exist only if the inline scripts
ran) and records ``String(window.pwned)`` on ``<body>``: a hostile label whose
script ran would turn that into ``"1"``.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from geograph.export.browser import dump_dom, find_chromium, screenshot
from geograph.export.html import write_html
from geograph.model import Actor, Mention
from geograph.view import build_graph

IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
ISRAEL = Actor("israel", "Israel", "State", "ISR", "Q801")
AZERBAIJAN = Actor("azerbaijan", "Azerbaijan", "State", "AZE", "Q227")
ARMENIA = Actor("armenia", "Armenia", "State", "ARM", "Q399")
USA = Actor("usa", "United States", "State", "USA", "Q30")
MOSSAD = Actor("mossad", "Mossad", "Agency", "ISR", "Q192425")
IAI = Actor("israel-aerospace-industries", "Israel Aerospace Industries", "Company", "ISR")
IRGC = Actor("irgc", "IRGC", "Military", "IRN", "Q271110")
KARABAKH = Actor("nagorno-karabakh", "Nagorno-Karabakh", "Territory", None, "Q23442")
PASHINYAN = Actor("person:nikol-pashinyan", "Nikol Pashinyan", "Person", "ARM", "Q7035379")

# (source, relation, target, sentence, modality, negated)
STORY = [
    (IRAN, "accuses", ISRAEL, "Iran accused Israel of sabotage at the Natanz site.", "asserted", 0),
    (IRAN, "accuses", AZERBAIJAN, "Tehran accused Baku of hosting Israeli drones.", "asserted", 0),
    (
        IRAN,
        "accuses",
        MOSSAD,
        "Iranian officials blamed Mossad for the killing.",
        "asserted",
        0,
    ),
    (ISRAEL, "denies", IRAN, "Israel denied any role in the explosion.", "asserted", 0),
    (ISRAEL, "sellsArmsTo", AZERBAIJAN, "Israel sold Harop drones to Azerbaijan.", "asserted", 0),
    (IAI, "sellsArmsTo", AZERBAIJAN, "IAI supplied loitering munitions to Baku.", "asserted", 0),
    (ISRAEL, "sellsArmsTo", ARMENIA, "Israel has not sold weapons to Armenia.", "asserted", 1),
    (IRAN, "threatens", ISRAEL, "Iran warned it would strike Israel if attacked.", "future", 0),
    (IRGC, "threatens", AZERBAIJAN, "The IRGC threatened Baku over border drills.", "asserted", 0),
    (
        AZERBAIJAN,
        "hasTensionWith",
        ARMENIA,
        "Baku and Yerevan remain at odds.",
        "asserted",
        0,
    ),
    (AZERBAIJAN, "controls", KARABAKH, "Azerbaijan now controls Nagorno-Karabakh.", "asserted", 0),
    (
        USA,
        "cooperatesWith",
        ISRAEL,
        "Washington works with Israel on defence.",
        "asserted",
        0,
    ),
    (USA, "cooperatesWith", ARMENIA, "The US held joint exercises with Armenia.", "asserted", 0),
    (MOSSAD, "cooperatesWith", AZERBAIJAN, "Reports say Mossad operates with Baku.", "reported", 0),
    (
        PASHINYAN,
        "accuses",
        AZERBAIJAN,
        "Pashinyan accused Baku of ethnic cleansing.",
        "asserted",
        0,
    ),
    (
        IRAN,
        "hasTensionWith",
        USA,
        "Relations between Tehran and the US stay tense.",
        "asserted",
        0,
    ),
]

SCRIPT = "<script>window.pwned=1</script>"
IMG = '<img src=x onerror="window.pwned=1">'
SVG = "\"'><svg onload=window.pwned=1>"
CLOSE = "</script><script>window.pwned=1</script>"


@pytest.fixture(scope="module", autouse=True)
def _chromium() -> None:
    assert find_chromium(), (
        "Chromium is not installed: apt-get install -y chromium (or set GEOGRAPH_CHROMIUM); "
        "the HTML export is checked in a real browser"
    )


def story_graph() -> nx.MultiDiGraph:
    ms = []
    for i, (src, rel, dst, sentence, modality, negated) in enumerate(STORY):
        start = i * 100
        ms.append(
            Mention(
                f"article-{i % 4 + 1}",
                rel,
                src,
                dst,
                sentence,
                start,
                start + len(sentence),
                negated=bool(negated),
                modality=modality,
            )
        )
    # Repeated claims give heavier edges.
    ms += [ms[0], ms[4], ms[4], ms[9]]
    return build_graph(ms)


def hostile_graph() -> nx.MultiDiGraph:
    evil = Actor(SCRIPT, IMG, "Person", "javascript:alert(1)", "javascript:window.pwned=1")
    other = Actor(SVG, CLOSE, "State")
    ms = [
        Mention("d1", "accuses", evil, IRAN, IMG, 0, 10),
        Mention("javascript:window.pwned=1", SCRIPT, IRAN, evil, CLOSE, 20, 30),
        Mention(SCRIPT, "threatens", other, evil, SVG, 40, 50, negated=True),
    ]
    return build_graph(ms)


class Tags(HTMLParser):
    """Every start tag of the dumped DOM, with its attribute names."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, set[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, {k for k, _ in attrs}))


def network_attrs(dom: str) -> dict[str, str]:
    tag = re.search(r'<div id="gg-network"([^>]*)>', dom)
    assert tag, "no #gg-network in the DOM"
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag.group(1)))


def body_attrs(dom: str) -> dict[str, str]:
    tag = re.search(r"<body([^>]*)>", dom)
    assert tag
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag.group(1)))


def test_story_graph_renders(tmp_path: Path) -> None:
    g = story_graph()
    page = tmp_path / "story.html"
    write_html(g, page, title="Iran, Israel and the South Caucasus")
    run = dump_dom(page)
    attrs = network_attrs(run.stdout)
    assert attrs.get("data-nodes") == str(g.number_of_nodes()), run.stderr[-2000:]
    assert attrs.get("data-edges") == str(g.number_of_edges())
    assert attrs.get("data-stabilized") == "true"
    assert "<canvas" in run.stdout
    assert body_attrs(run.stdout).get("data-pwned") == "undefined"
    # the actor finder was filled from the data (labels as text)
    assert ">Israel Aerospace Industries</option>" in run.stdout


def test_relation_filter_hides_edges(tmp_path: Path) -> None:
    g = story_graph()
    page = tmp_path / "story.html"
    write_html(g, page)
    run = dump_dom(page, fragment="only=accuses,sellsArmsTo")
    wanted = sum(1 for _, _, k in g.edges(keys=True) if k in ("accuses", "sellsArmsTo"))
    assert network_attrs(run.stdout).get("data-visible-edges") == str(wanted)


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "escaping-alone"])
def test_hostile_text_runs_nothing_and_shows_as_text(tmp_path: Path, csp: bool) -> None:
    g = hostile_graph()
    page = tmp_path / "hostile.html"
    write_html(g, page, title=SCRIPT + IMG, csp=csp)
    run = dump_dom(page)
    dom = run.stdout
    attrs = network_attrs(dom)
    assert attrs.get("data-nodes") == "3", run.stderr[-2000:]
    assert attrs.get("data-edges") == "3"
    assert body_attrs(dom).get("data-pwned") == "undefined"
    # No element came out of the text: the payloads stay character data.
    assert not re.search(r"<img\b", dom)
    assert not re.search(r"<svg\b", dom)
    for payload in (SCRIPT, IMG, SVG, CLOSE):
        assert payload not in dom
    tags = Tags()
    tags.feed(dom)
    assert not {"img", "svg"} & {t for t, _ in tags.seen}
    assert not [(t, a) for t, a in tags.seen if any(k.startswith("on") for k in a)]
    # ... and are there to read, escaped, in the title and the actor finder.
    assert f"<h1>{html.escape(SCRIPT + IMG, quote=False)}</h1>" in dom
    assert f">{html.escape(IMG, quote=False)}</option>" in dom
    assert f">{html.escape(CLOSE, quote=False)}</option>" in dom


def test_screenshot_writes_a_png(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    write_html(story_graph(), page)
    png = tmp_path / "shot.png"
    screenshot(page, png, size=(800, 600))
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000  # a drawn graph, not a blank page


def test_a_few_thousand_nodes_render(tmp_path: Path) -> None:
    # A seeded random graph the size of a large corpus export: the page must still
    # stabilise, freeze its physics and draw within the browser run.
    import random

    rnd = random.Random(7)
    types = ("State", "Agency", "Person", "Company", "ArmedGroup")
    actors = [Actor(f"a{i}", f"Actor {i}", rnd.choice(types)) for i in range(1500)]
    relations = ("accuses", "threatens", "cooperatesWith", "sellsArmsTo", "denies")
    ms = []
    for i in range(3000):
        src, dst = rnd.sample(actors, 2)
        ms.append(Mention(f"d{i % 50}", rnd.choice(relations), src, dst, f"S{i}.", i, i + 3))
    g = build_graph(ms)
    page = tmp_path / "big.html"
    write_html(g, page)
    assert 'improvedLayout":false' in page.read_text(encoding="utf-8")
    run = dump_dom(page, timeout=180)
    attrs = network_attrs(run.stdout)
    assert attrs.get("data-nodes") == str(g.number_of_nodes()), run.stderr[-2000:]
    assert attrs.get("data-stabilized") == "true"
