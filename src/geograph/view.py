"""Mentions -> an aggregated networkx graph: actors as nodes, one edge per relation.

The graph is what every graph exporter (html, gexf, graphml, csv) draws from, so the
colours live here too: HTML and GEXF agree on what ``attacks`` looks like.

Nodes are keyed by actor id and carry ``label``, ``type``, ``country``, ``wikidata``
and ``mentions``. Edges are keyed by relation name (a ``MultiDiGraph`` holds one edge
per ``(source, target, relation)``) and carry ``relation``, ``weight`` (all mentions),
``asserted`` (asserted, non-negated mentions), ``docs`` (distinct documents),
``cameo``, ``plover`` and ``evidence`` (at most :data:`MAX_EVIDENCE` sentences).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import networkx as nx

from .errors import InputError
from .model import Actor, Mention

# Evidence kept per edge; ``weight`` still counts every mention.
MAX_EVIDENCE = 20

# Relation name -> (group, colour). Groups read as CAMEO's quad classes, roughly:
# material conflict in reds, verbal conflict in oranges, cooperation in greens and
# blues, coercion short of force in purples.
RELATION_STYLE: dict[str, tuple[str, str]] = {
    "attacks": ("violent", "#d62728"),
    "assaults": ("violent", "#a50f15"),
    "coerces": ("violent", "#ef3b2c"),
    "controls": ("violent", "#67000d"),
    "mobilizesAgainst": ("violent", "#fb6a4a"),
    "sanctions": ("pressure", "#6a3d9a"),
    "protestsAgainst": ("pressure", "#9e6ebd"),
    "spiesOn": ("pressure", "#4d004b"),
    "investigates": ("pressure", "#8c96c6"),
    "accuses": ("verbal", "#ff7f00"),
    "criticizes": ("verbal", "#fdae6b"),
    "denies": ("verbal", "#e6a100"),
    "rejects": ("verbal", "#d94801"),
    "threatens": ("verbal", "#f16913"),
    "demands": ("verbal", "#c7a76c"),
    "appealsTo": ("verbal", "#dfc27d"),
    "commentsOn": ("verbal", "#bdbdbd"),
    "hasTensionWith": ("verbal", "#a63603"),
    "cooperatesWith": ("cooperative", "#31a354"),
    "negotiatesWith": ("cooperative", "#74c476"),
    "consults": ("cooperative", "#a1d99b"),
    "agreesWith": ("cooperative", "#41ab5d"),
    "supports": ("cooperative", "#006d2c"),
    "alliedWith": ("cooperative", "#08306b"),
    "aids": ("cooperative", "#2171b5"),
    "sellsArmsTo": ("cooperative", "#4292c6"),
    "concedesTo": ("cooperative", "#6baed6"),
    "retreatsFrom": ("cooperative", "#9ecae1"),
}
RELATION_GROUPS = ("violent", "pressure", "verbal", "cooperative", "other")

ACTOR_COLOURS: dict[str, str] = {
    "State": "#4e79a7",
    "Territory": "#a0cbe8",
    "IGO": "#59a14f",
    "Agency": "#b07aa1",
    "Military": "#e15759",
    "Company": "#f28e2b",
    "ArmedGroup": "#9c755f",
    "Person": "#edc948",
    "Organization": "#76b7b2",
}
UNKNOWN_ACTOR_COLOUR = "#bab0ac"

# Relations outside the ontology still get a stable colour, picked by name hash.
_SPARE = ("#17becf", "#bcbd22", "#7f7f7f", "#8c564b", "#e377c2", "#1b9e77", "#66a61e")


def relation_colour(relation: str) -> str:
    """The ``#rrggbb`` colour of a relation (stable across runs and formats)."""
    style = RELATION_STYLE.get(relation)
    if style:
        return style[1]
    digest = hashlib.sha1(relation.encode("utf-8", "replace")).digest()
    return _SPARE[digest[0] % len(_SPARE)]


def relation_group(relation: str) -> str:
    """``violent``, ``pressure``, ``verbal``, ``cooperative`` or ``other``."""
    style = RELATION_STYLE.get(relation)
    return style[0] if style else "other"


def actor_colour(actor_type: str | None) -> str:
    """The ``#rrggbb`` colour of an actor type."""
    return ACTOR_COLOURS.get(actor_type or "", UNKNOWN_ACTOR_COLOUR)


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` -> ``(r, g, b)``."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


@dataclass(slots=True)
class _Edge:
    weight: int = 0
    asserted: int = 0
    cameo: str = ""
    plover: str = ""
    docs: set[str] = field(default_factory=set)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    seen: set[tuple[str, int, int]] = field(default_factory=set)

    def add(self, m: Mention) -> None:
        self.weight += 1
        self.asserted += m.asserted
        self.cameo = self.cameo or m.cameo
        self.plover = self.plover or m.plover
        self.docs.add(m.doc)
        where = (m.doc, m.start, m.end)
        # One sentence can state the same relation twice (two triggers): show it once.
        if len(self.evidence) < MAX_EVIDENCE and where not in self.seen:
            self.seen.add(where)
            self.evidence.append(
                {
                    "sentence": m.sentence,
                    "doc": m.doc,
                    "modality": m.modality,
                    "negated": m.negated,
                    "start": m.start,
                    "end": m.end,
                }
            )


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _bound(name: str, value: str | date | None) -> date | None:
    if value is None:
        return None
    parsed = _as_date(value)
    if parsed is None:
        raise InputError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}")
    return parsed


def _merge_actor(known: dict[str, Actor], actor: Actor) -> None:
    # The first sighting names the actor; later ones only fill in what it lacked.
    old = known.get(actor.id)
    if old is None:
        known[actor.id] = actor
    elif (old.country is None and actor.country) or (old.wikidata is None and actor.wikidata):
        country, wikidata = old.country or actor.country, old.wikidata or actor.wikidata
        known[actor.id] = Actor(old.id, old.label, old.type, country, wikidata)


def build_graph(
    mentions: Iterable[Mention],
    *,
    relations: Iterable[str] | None = None,
    actors: Iterable[str] | None = None,
    min_mentions: int = 1,
    since: str | date | None = None,
    until: str | date | None = None,
    top: int | None = None,
) -> nx.MultiDiGraph:
    """Aggregate mentions into one edge per ``(source, target, relation)``.

    Args:
        mentions: relation mentions, from extraction or the store.
        relations: keep only these relation names.
        actors: keep only edges touching these actors (ids or labels, any case).
        min_mentions: drop edges stated fewer times than this.
        since: drop mentions from documents dated before this ISO date.
        until: drop mentions from documents dated after this ISO date. Mentions
            whose document has no date (``Mention.extra["date"]``) pass both.
        top: keep the ``top`` actors of highest degree and the edges among them.

    Returns:
        A ``MultiDiGraph`` whose edge keys are relation names. A node's ``mentions``
        counts the mentions it takes part in on the edges kept before ``top`` applies.

    Raises:
        InputError: ``since``/``until`` is not an ISO date, or ``top`` is negative.
    """
    start, end = _bound("since", since), _bound("until", until)
    if top is not None and top < 0:
        raise InputError(f"top must be zero or more, got {top}")
    wanted_relations = set(relations) if relations is not None else None
    wanted_actors = {a.casefold() for a in actors} if actors is not None else None

    known: dict[str, Actor] = {}
    edges: dict[tuple[str, str, str], _Edge] = {}
    for m in mentions:
        if wanted_relations is not None and m.relation not in wanted_relations:
            continue
        when = _as_date(m.extra.get("date"))
        if when is not None and ((start and when < start) or (end and when > end)):
            continue
        _merge_actor(known, m.source)
        _merge_actor(known, m.target)
        edges.setdefault((m.source.id, m.target.id, m.relation), _Edge()).add(m)

    def touches(actor_id: str) -> bool:
        assert wanted_actors is not None
        actor = known[actor_id]
        return actor.id.casefold() in wanted_actors or actor.label.casefold() in wanted_actors

    kept = {
        key: e
        for key, e in edges.items()
        if e.weight >= min_mentions
        and (wanted_actors is None or touches(key[0]) or touches(key[1]))
    }

    mention_count: dict[str, int] = {}
    for (src, dst, _), e in kept.items():
        for actor_id in {src, dst}:
            mention_count[actor_id] = mention_count.get(actor_id, 0) + e.weight

    graph = nx.MultiDiGraph(name="geograph")
    for actor_id in sorted(mention_count):
        actor = known[actor_id]
        graph.add_node(
            actor_id,
            label=actor.label,
            type=actor.type,
            country=actor.country,
            wikidata=actor.wikidata,
            mentions=mention_count[actor_id],
        )
    for (src, dst, rel), e in sorted(kept.items()):
        graph.add_edge(
            src,
            dst,
            key=rel,
            relation=rel,
            weight=e.weight,
            asserted=e.asserted,
            docs=len(e.docs),
            cameo=e.cameo,
            plover=e.plover,
            evidence=e.evidence,
        )
    if top is not None:
        graph = _top(graph, top)
    return graph


def _top(graph: nx.MultiDiGraph, n: int) -> nx.MultiDiGraph:
    # Ties fall to the busier actor (mentions), then to the id, so the cut is stable.
    ranked = sorted(
        graph.nodes,
        key=lambda a: (-graph.degree(a), -graph.nodes[a]["mentions"], a),
    )
    sub: nx.MultiDiGraph = graph.subgraph(ranked[:n]).copy()
    return sub
