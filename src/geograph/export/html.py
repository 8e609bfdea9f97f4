"""A self-contained interactive HTML page of the graph (pyvis / vis-network).

The page needs no network: vis-network (the copy pyvis ships) is inlined, and
nothing is loaded from elsewhere. pyvis builds the node and edge records; the page
around them is geograph's own, because pyvis's template links Bootstrap from a CDN
and writes its heading unescaped.

Article text is hostile, so:

* text reaches the page only as JSON inside ``<script type="application/json">``,
  with ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\u`` escapes, so no
  string can close the script element;
* tooltips, the detail panel and the actor list are built with ``textContent``:
  no text is ever parsed as HTML. Legend and title strings written into the HTML
  are escaped; the URL fragment (``#only=...&actor=...``) is only compared with
  the data, never written into the page;
* a Content-Security-Policy allows only the page's own two scripts (by hash), no
  fetches and no event-handler attributes, so an escaping slip still runs nothing;
* no link is made from text (a ``javascript:`` URL stays text).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import os
from collections import Counter
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..errors import ExportError
from ..view import RELATION_GROUPS, actor_colour, relation_colour, relation_group
from ._files import output, unicode_safe

# Evidence sentences per edge tooltip, and their length; the rest is summarised.
TIP_EVIDENCE = 5
TIP_CHARS = 300
# Above these sizes the page drops edge labels and the slow initial layout pass.
LABEL_EDGES_MAX = 250
IMPROVED_LAYOUT_MAX = 150
STABILIZATION_ITERATIONS = 200

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
_JSON_ESCAPES |= {"\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_TABLE = str.maketrans(_JSON_ESCAPES)


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element (it cannot close it)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # These characters only occur inside JSON strings, where \\u escapes mean the same.
    return text.translate(_JSON_TABLE)


@functools.cache
def _vis_js() -> str:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    try:
        js = lib.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"vis-network is missing from pyvis ({lib}): reinstall pyvis") from exc
    if "</script" in js.lower():
        raise ExportError(f"{lib} cannot be inlined: it contains '</script'")
    return js


def _short(text: str) -> str:
    return text if len(text) <= TIP_CHARS else text[: TIP_CHARS - 1].rstrip() + "\u2026"


def _records(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Node and edge records for vis-network, assembled with pyvis."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        facts = [(k, data.get(k)) for k in ("type", "country", "wikidata", "mentions")]
        colour = actor_colour(data.get("type"))
        net.add_node(
            str(node),
            label=str(data.get("label") or node),
            color={"background": colour, "border": "#3b3b3b", "highlight": colour},
            value=int(data.get("mentions") or 1),
            facts=[[k, str(v)] for k, v in facts if v not in (None, "")],
        )
    # Parallel edges (either direction) between one pair get increasingly curved arcs.
    lane: Counter[frozenset[str]] = Counter()
    pairs = Counter(frozenset((str(u), str(v))) for u, v in graph.edges())
    labels = graph.number_of_edges() <= LABEL_EDGES_MAX
    for i, (src, dst, key, data) in enumerate(graph.edges(keys=True, data=True)):
        pair = frozenset((str(src), str(dst)))
        relation = str(data.get("relation", key))
        weight = int(data.get("weight", 1))
        evidence = data.get("evidence") or []
        options: dict[str, Any] = {
            "id": f"e{i}",
            "relation": relation,
            "weight": weight,
            "asserted": int(data.get("asserted", 0)),
            "cameo": str(data.get("cameo") or ""),
            "plover": str(data.get("plover") or ""),
            "ev": [
                [_short(str(e.get("sentence", ""))), str(e.get("doc", "")), str(e.get("modality"))]
                + [bool(e.get("negated"))]
                for e in evidence[:TIP_EVIDENCE]
            ],
            "more": weight - min(len(evidence), TIP_EVIDENCE),
            "color": {"color": relation_colour(relation), "highlight": relation_colour(relation)},
            "width": round(1 + 1.5 * math.log2(weight), 2) if weight > 1 else 1,
            "dashes": int(data.get("asserted", 0)) == 0,
        }
        if labels:
            options["label"] = relation
        if pairs[pair] > 1 or src == dst:
            options["smooth"] = {"enabled": True, "type": "curvedCW"}
            options["smooth"]["roundness"] = 0.15 + 0.2 * lane[pair]
            lane[pair] += 1
        net.add_edge(str(src), str(dst), **options)
    return net.nodes, net.edges


def _options(graph: nx.MultiDiGraph) -> dict[str, Any]:
    big = graph.number_of_nodes() > IMPROVED_LAYOUT_MAX
    font = {"face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"}
    return {
        "layout": {"randomSeed": 7, "improvedLayout": not big},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {**font, "size": 14},
            "scaling": {"min": 10, "max": 36, "label": {"enabled": False}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False,
            "font": {**font, "size": 10, "color": "#444444", "align": "middle"},
            "selectionWidth": 2,
        },
        "physics": {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140},
            "stabilization": {"iterations": STABILIZATION_ITERATIONS, "updateInterval": 25},
            "minVelocity": 1,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
    }


def _legend(graph: nx.MultiDiGraph) -> str:
    e = html.escape
    edges = graph.edges(keys=True, data=True)
    relations = Counter(str(d.get("relation", k)) for _, _, k, d in edges)
    rows: list[str] = []
    for group in RELATION_GROUPS:
        names = sorted(r for r in relations if relation_group(r) == group)
        if names:
            rows.append(f'<h3>{e(group)}</h3><ul class="gg-rel">')
            for name in names:
                rows.append(
                    f'<li><label><input type="checkbox" checked data-relation="{e(name)}">'
                    f'<span class="gg-line" style="background:{relation_colour(name)}"></span>'
                    f"{e(name)} <small>{relations[name]}</small></label></li>"
                )
            rows.append("</ul>")
    types = Counter(str(d.get("type")) for _, d in graph.nodes(data=True))
    rows.append('<h2>Actors</h2><ul class="gg-types">')
    for name in sorted(types):
        rows.append(
            f'<li><span class="gg-dot" style="background:{actor_colour(name)}"></span>'
            f"{e(name)} <small>{types[name]}</small></li>"
        )
    rows.append("</ul>")
    return "\n".join(rows)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def render_html(graph: nx.MultiDiGraph, *, title: str = "geograph", csp: bool = True) -> str:
    """The page as a string; see :func:`write_html`."""
    nodes, edges = _records(graph)
    payload = script_json({"nodes": nodes, "edges": edges, "options": _options(graph)})
    vis_js, page_js = _vis_js(), _PAGE_JS
    policy = (
        f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">' if csp else ""
    mentions = sum(int(d.get("weight", 1)) for _, _, d in graph.edges(data=True))
    stats = (
        f"{graph.number_of_nodes()} actors \u00b7 {graph.number_of_edges()} relations "
        f"\u00b7 {mentions} mentions"
    )
    return _PAGE.format(
        csp=meta,
        title=html.escape(title),
        stats=stats,
        legend=_legend(graph),
        css=_PAGE_CSS,
        data=payload,
        vis_js=vis_js,
        page_js=page_js,
    )


def write_html(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike[str] | IO[bytes],
    *,
    title: str = "geograph",
    csp: bool = True,
) -> None:
    """Write ``graph`` (from :func:`geograph.view.build_graph`) as one offline HTML page.

    Args:
        graph: the aggregated actor graph.
        path: where to write (a path or a binary file).
        title: the page heading (plain text; it is escaped).
        csp: add the Content-Security-Policy (turn off only to test the escaping alone).
    """
    data = unicode_safe(render_html(graph, title=title, csp=csp)).encode("utf-8")
    with output(path) as fh:
        fh.write(data)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{csp}
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>{title}</h1><span class="gg-stats">{stats}</span></header>
<main>
<div id="gg-network"></div>
<aside>
<select id="gg-find" aria-label="Find an actor">
<option value="">Find an actor\u2026</option></select>
<section id="gg-detail" aria-live="polite"></section>
<h2>Relations</h2>
<p class="gg-buttons"><button type="button" id="gg-all">all</button>
<button type="button" id="gg-none">none</button>
<label><input type="checkbox" id="gg-asserted"> asserted only</label></p>
{legend}
<p class="gg-note">Solid line: stated as fact at least once. Dashed: only denied, reported
or hypothetical. Width grows with the number of mentions. Hover an edge for its evidence;
click an actor or an edge to keep it here.</p>
</aside>
</main>
<script type="application/json" id="gg-data">{data}</script>
<script>{vis_js}</script>
<script>{page_js}</script>
</body>
</html>
"""

_PAGE_CSS = """
html, body { margin: 0; height: 100%; font: 14px system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; align-items: baseline; gap: 1em; padding: 6px 14px;
  border-bottom: 1px solid #ddd; background: #fafafa; }
h1 { font-size: 18px; margin: 0; }
h2 { font-size: 14px; margin: 12px 0 4px; }
h3 { font-size: 12px; margin: 8px 0 2px; color: #666; text-transform: uppercase; }
.gg-stats, small { color: #777; }
main { flex: 1; display: flex; min-height: 0; }
#gg-network { flex: 1; min-width: 0; position: relative; }
aside { width: 270px; overflow-y: auto; padding: 8px 12px; border-left: 1px solid #ddd; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { margin: 2px 0; }
#gg-find { width: 100%; }
.gg-line { display: inline-block; width: 22px; height: 4px; margin: 0 6px 3px 4px;
  vertical-align: middle; }
.gg-dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  margin-right: 6px; vertical-align: middle; border: 1px solid #3b3b3b; }
.gg-note { color: #666; font-size: 12px; }
#gg-detail:not(:empty) { margin: 8px 0; padding: 6px 8px; background: #fffef5;
  border: 1px solid #ddd; border-radius: 4px; font-size: 13px; }
#gg-detail > div + div { margin-top: 8px; padding-top: 6px; border-top: 1px solid #eee; }
.vis-tooltip { position: absolute; visibility: hidden; max-width: 460px; padding: 6px 8px;
  background: #fffef5; border: 1px solid #aaa; border-radius: 4px; font-size: 13px;
  box-shadow: 2px 2px 8px rgba(0,0,0,.2); pointer-events: none; z-index: 5;
  white-space: normal; }
.gg-evidence { margin: 4px 0 0; padding-left: 18px; }
.gg-src, .gg-more, .gg-fact { color: #666; font-size: 12px; }
"""

_PAGE_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gg-data").textContent);
  var container = document.getElementById("gg-network");
  // The self-check the browser test reads: a script injected through article text
  // would set window.pwned; with none, this stays "undefined".
  function probe() { document.body.dataset.pwned = String(window.pwned); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  var byId = new Map();
  data.nodes.forEach(function (n) {
    byId.set(n.id, n);
    var tip = el("div");
    tip.appendChild(el("strong", null, n.label));
    n.facts.forEach(function (f) { tip.appendChild(el("div", "gg-fact", f[0] + ": " + f[1])); });
    n.title = tip;
    n.tips = [];
  });
  data.edges.forEach(function (e) {
    var tip = el("div");
    var name = function (id) { return byId.has(id) ? byId.get(id).label : id; };
    var head = name(e.from) + " \\u2192 " + e.relation + " \\u2192 " + name(e.to);
    tip.appendChild(el("strong", null, head));
    var codes = e.weight + " mention(s), " + e.asserted + " asserted";
    if (e.cameo) codes += ", CAMEO " + e.cameo;
    if (e.plover) codes += ", PLOVER " + e.plover;
    tip.appendChild(el("div", "gg-fact", codes));
    var list = el("ol", "gg-evidence");
    e.ev.forEach(function (x) {
      var item = el("li");
      item.appendChild(el("span", null, "\\u201c" + x[0] + "\\u201d"));
      var where = [x[1], x[2]];
      if (x[3]) where.push("negated");
      item.appendChild(el("span", "gg-src", " \\u2014 " + where.join(", ")));
      list.appendChild(item);
    });
    tip.appendChild(list);
    if (e.more > 0) tip.appendChild(el("div", "gg-more", "and " + e.more + " more mention(s)"));
    e.title = tip;
    [e.from, e.to].forEach(function (id) { if (byId.has(id)) byId.get(id).tips.push(tip); });
  });
  var edgeById = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  // The detail panel: the same elements as the tooltips (text only), kept in view.
  var detail = document.getElementById("gg-detail");
  function show(tips) {
    detail.replaceChildren.apply(detail, tips.map(function (t) { return t.cloneNode(true); }));
  }
  function showNode(id) {
    var n = byId.get(id);
    if (n) show([n.title].concat(n.tips));
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (e) show([e.title]);
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var frozen = false;
  function freeze() {
    if (frozen) return;
    frozen = true;
    network.setOptions({ physics: false });
    container.dataset.stabilized = "true";
    // Draw now rather than on the next animation frame, which a hidden tab may never get.
    network.redraw();
  }
  network.once("stabilizationIterationsDone", freeze);
  network.once("stabilized", freeze);
  network.once("afterDrawing", function () {
    container.dataset.nodes = String(nodes.length);
    container.dataset.edges = String(edges.length);
    probe();
  });

  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-relation]"));
  var assertedOnly = document.getElementById("gg-asserted");
  function applyFilter() {
    var on = new Map();
    boxes.forEach(function (b) { on.set(b.dataset.relation, b.checked); });
    var linked = new Set(), shown = new Set(), changes = [];
    data.edges.forEach(function (e) {
      var show = on.get(e.relation) !== false && (!assertedOnly.checked || e.asserted > 0);
      linked.add(e.from); linked.add(e.to);
      if (show) { shown.add(e.from); shown.add(e.to); }
      changes.push({ id: e.id, hidden: !show });
    });
    edges.update(changes);
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: linked.has(n.id) && !shown.has(n.id) };
    }));
    var visible = changes.filter(function (c) { return !c.hidden; });
    container.dataset.visibleEdges = String(visible.length);
  }
  boxes.forEach(function (b) { b.addEventListener("change", applyFilter); });
  // A link can open the page filtered and showing an actor or an edge:
  // page.html#only=accuses,threatens&actor=iran (or &edge=e3). Values are only
  // compared with the data, never written into the page.
  var hash = new URLSearchParams(window.location.hash.slice(1));
  if (hash.has("only")) {
    var wanted = new Set(hash.get("only").split(","));
    boxes.forEach(function (b) { b.checked = wanted.has(b.dataset.relation); });
    applyFilter();
  }
  if (hash.has("actor")) showNode(hash.get("actor"));
  if (hash.has("edge")) showEdge(hash.get("edge"));
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  assertedOnly.addEventListener("change", applyFilter);
  function setAll(value) { boxes.forEach(function (b) { b.checked = value; }); applyFilter(); }
  document.getElementById("gg-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("gg-none").addEventListener("click", function () { setAll(false); });

  var find = document.getElementById("gg-find");
  data.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); })
    .forEach(function (n) {
      var option = el("option", null, n.label);
      option.value = n.id;
      find.appendChild(option);
    });
  find.addEventListener("change", function () {
    if (!find.value) return;
    network.selectNodes([find.value]);
    network.focus(find.value, { scale: 1.4, animation: { duration: 400 } });
    showNode(find.value);
  });
  probe();
  setTimeout(probe, 1500);
})();
"""
