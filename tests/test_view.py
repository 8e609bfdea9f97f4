"""view.build_graph: aggregation of mentions into edges, and each filter."""

from __future__ import annotations

from typing import Any

import pytest

from geograph.errors import InputError
from geograph.model import Actor, Mention
from geograph.view import (
    MAX_EVIDENCE,
    RELATION_STYLE,
    actor_colour,
    build_graph,
    relation_colour,
    relation_group,
)

IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
ISRAEL = Actor("israel", "Israel", "State", "ISR", "Q801")
MOSSAD = Actor("mossad", "Mossad", "Agency", "ISR", None)
AZERBAIJAN = Actor("azerbaijan", "Azerbaijan", "State", "AZE", "Q227")
ARMENIA = Actor("armenia", "Armenia", "State", "ARM", "Q399")


def mention(
    source: Actor,
    relation: str,
    target: Actor,
    *,
    doc: str = "d1",
    start: int = 0,
    sentence: str | None = None,
    date: str | None = None,
    **kw: Any,
) -> Mention:
    text = sentence or f"{source.label} {relation} {target.label}."
    extra = {"date": date} if date else {}
    return Mention(doc, relation, source, target, text, start, start + len(text), extra=extra, **kw)


def test_aggregates_one_edge_per_source_target_relation() -> None:
    ms = [
        mention(IRAN, "accuses", ISRAEL, start=0),
        mention(IRAN, "accuses", ISRAEL, start=50, doc="d2"),
        mention(IRAN, "accuses", ISRAEL, start=90, negated=True),
        mention(IRAN, "accuses", ISRAEL, start=120, modality="reported"),
        mention(IRAN, "threatens", ISRAEL, start=150),
        mention(ISRAEL, "accuses", IRAN, start=200),
    ]
    g = build_graph(ms)
    assert g.number_of_nodes() == 2
    assert g.number_of_edges() == 3
    e = g.edges["iran", "israel", "accuses"]
    assert e["relation"] == "accuses"
    assert e["weight"] == 4
    assert e["asserted"] == 2
    assert e["docs"] == 2
    assert [ev["start"] for ev in e["evidence"]] == [0, 50, 90, 120]
    assert e["evidence"][2]["negated"] is True
    assert e["evidence"][3]["modality"] == "reported"
    assert set(e["evidence"][0]) == {"sentence", "doc", "modality", "negated", "start", "end"}
    assert g.edges["iran", "israel", "threatens"]["weight"] == 1
    assert g.edges["israel", "iran", "accuses"]["weight"] == 1


def test_node_attributes_and_mention_counts() -> None:
    ms = [
        mention(IRAN, "accuses", ISRAEL),
        mention(IRAN, "threatens", ISRAEL, start=40),
        mention(MOSSAD, "spiesOn", IRAN, start=80),
        mention(MOSSAD, "controls", MOSSAD, start=120),  # a self-loop counts once
    ]
    g = build_graph(ms)
    assert g.nodes["iran"] == {
        "label": "Iran",
        "type": "State",
        "country": "IRN",
        "wikidata": "Q794",
        "mentions": 3,
    }
    assert g.nodes["israel"]["mentions"] == 2
    assert g.nodes["mossad"]["mentions"] == 2
    assert g.nodes["mossad"]["wikidata"] is None


def test_later_sightings_fill_missing_actor_fields() -> None:
    bare = Actor("mossad", "Mossad", "Agency")
    ms = [mention(bare, "spiesOn", IRAN), mention(MOSSAD, "spiesOn", IRAN, start=40)]
    assert build_graph(ms).nodes["mossad"]["country"] == "ISR"


def test_evidence_is_capped_but_weight_counts_all() -> None:
    ms = [mention(IRAN, "accuses", ISRAEL, start=i * 100) for i in range(MAX_EVIDENCE + 15)]
    e = build_graph(ms).edges["iran", "israel", "accuses"]
    assert e["weight"] == MAX_EVIDENCE + 15
    assert len(e["evidence"]) == MAX_EVIDENCE


def test_same_sentence_twice_is_one_evidence_item() -> None:
    ms = [mention(IRAN, "accuses", ISRAEL, trigger=t) for t in ("accused", "blamed")]
    e = build_graph(ms).edges["iran", "israel", "accuses"]
    assert e["weight"] == 2
    assert len(e["evidence"]) == 1


def test_cameo_and_plover_come_from_the_mentions() -> None:
    ms = [mention(IRAN, "sellsArmsTo", ARMENIA, cameo="072", plover="AID")]
    e = build_graph(ms).edges["iran", "armenia", "sellsArmsTo"]
    assert (e["cameo"], e["plover"]) == ("072", "AID")


def _sample() -> list[Mention]:
    return [
        mention(IRAN, "accuses", ISRAEL, date="2023-01-10"),
        mention(IRAN, "accuses", ISRAEL, start=40, date="2023-02-10T08:00:00Z"),
        mention(ISRAEL, "sellsArmsTo", AZERBAIJAN, start=80, date="2023-03-01"),
        mention(AZERBAIJAN, "hasTensionWith", ARMENIA, start=120),
        mention(MOSSAD, "spiesOn", IRAN, start=160, date="2024-05-05"),
    ]


def test_filter_relations() -> None:
    g = build_graph(_sample(), relations={"accuses", "spiesOn"})
    assert {k for _, _, k in g.edges(keys=True)} == {"accuses", "spiesOn"}
    assert set(g.nodes) == {"iran", "israel", "mossad"}


def test_filter_actors_by_id_or_label_any_case() -> None:
    g = build_graph(_sample(), actors=["AZERBAIJAN"])
    assert set(g.edges(keys=True)) == {
        ("israel", "azerbaijan", "sellsArmsTo"),
        ("azerbaijan", "armenia", "hasTensionWith"),
    }
    g = build_graph(_sample(), actors=["mossad", "Armenia"])
    assert len(g.edges) == 2


def test_filter_min_mentions() -> None:
    g = build_graph(_sample(), min_mentions=2)
    assert list(g.edges(keys=True)) == [("iran", "israel", "accuses")]
    assert set(g.nodes) == {"iran", "israel"}


def test_filter_dates_undated_mentions_pass() -> None:
    g = build_graph(_sample(), since="2023-02-01", until="2023-12-31")
    assert set(g.edges(keys=True)) == {
        ("iran", "israel", "accuses"),
        ("israel", "azerbaijan", "sellsArmsTo"),
        ("azerbaijan", "armenia", "hasTensionWith"),
    }
    assert g.edges["iran", "israel", "accuses"]["weight"] == 1
    g = build_graph(_sample(), until="2023-01-10")
    assert g.edges["iran", "israel", "accuses"]["weight"] == 1
    assert not g.has_edge("mossad", "iran")


@pytest.mark.parametrize("bad", ["yesterday", "2023-13-01", "23-1-1"])
def test_bad_dates_are_input_errors(bad: str) -> None:
    with pytest.raises(InputError, match="ISO date"):
        build_graph(_sample(), since=bad)


def test_filter_top_keeps_busiest_actors_and_edges_among_them() -> None:
    g = build_graph(_sample(), top=3)
    # degrees: iran 2, israel 2, azerbaijan 2, armenia 1, mossad 1; mentions break ties
    assert set(g.nodes) == {"iran", "israel", "azerbaijan"}
    assert set(g.edges(keys=True)) == {
        ("iran", "israel", "accuses"),
        ("israel", "azerbaijan", "sellsArmsTo"),
    }
    assert build_graph(_sample(), top=0).number_of_nodes() == 0
    with pytest.raises(InputError):
        build_graph(_sample(), top=-1)


def test_empty_input_gives_empty_graph() -> None:
    g = build_graph([])
    assert g.is_multigraph() and g.is_directed()
    assert g.number_of_nodes() == 0


def test_colours_are_fixed_and_grouped() -> None:
    assert relation_colour("attacks") == RELATION_STYLE["attacks"][1]
    assert relation_group("attacks") == "violent"
    assert relation_group("accuses") == "verbal"
    assert relation_group("cooperatesWith") == "cooperative"
    assert relation_group("madeUp") == "other"
    assert relation_colour("madeUp") == relation_colour("madeUp")
    assert actor_colour("State") != actor_colour("Agency")
    assert actor_colour(None) == actor_colour("Nonsense")
    assert len({c for _, c in RELATION_STYLE.values()}) == len(RELATION_STYLE)
