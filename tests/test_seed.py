"""The article the project started from, end to end: what extraction must find in it,
and what the store, the named queries and the exports make of it."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic

from conftest import SEED, SHARED
from geograph.cli import app
from geograph.model import Document, Mention
from relations_util import Expect, check

E = Expect


@pytest.fixture(scope="module")
def seed_mentions(pipeline) -> list[Mention]:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    return list(pipeline.extract(Document("seed", text)).mentions)


REQUIRED = (
    E("sellsArmsTo", "israel", "azerbaijan"),
    E("accuses", "iran", "azerbaijan"),
    E("denies", "azerbaijan", "iran"),
    E("denies", "iran", "israel"),
    E("threatens", "israel", "iran", None),
    E("hasTensionWith", "iran", "azerbaijan"),
    E("cooperatesWith", "israel", "azerbaijan", None),
    E("controls", "armenia", "nagorno-karabakh"),
)


def test_seed_required_relations(seed_mentions: list[Mention]) -> None:
    check(seed_mentions, REQUIRED)


def test_seed_no_asserted_israeli_attack_and_none_on_the_usa(seed_mentions: list[Mention]) -> None:
    attacks = [m for m in seed_mentions if m.relation == "attacks" and m.source.id == "israel"]
    assert attacks, "the hypothetical attack on Iran should still be recorded"
    assert all(m.target.id != "iran" or m.modality != "asserted" for m in attacks)
    assert not [m for m in attacks if m.target.id == "united-states"]


def test_seed_no_actor_from_the_foreign_line(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    result = pipeline.extract(Document("seed", text))
    labels = " ".join(a.label for a in result.actors)
    assert "Telegram" not in labels
    assert not re.search("[\u0530-\u058f]", labels)
    for m in result.mentions:
        for actor in (m.source, m.target):
            assert "Telegram" not in actor.label


def test_seed_offsets_cite_the_original_text(seed_mentions: list[Mention]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for m in seed_mentions:
        assert text[m.start : m.end] == m.sentence


def test_seed_denial_is_linked_to_the_accusation(seed_mentions: list[Mention]) -> None:
    by_id = {m.id: m for m in seed_mentions}
    denial = next(
        m for m in seed_mentions if m.relation == "denies" and m.source.id == "azerbaijan"
    )
    assert denial.denies in by_id
    accusation = by_id[denial.denies]
    assert (accusation.relation, accusation.source.id, accusation.target.id) == (
        "accuses",
        "iran",
        "azerbaijan",
    )


def test_seed_sectors(seed_mentions: list[Mention]) -> None:
    accusation = next(
        m
        for m in seed_mentions
        if m.relation == "accuses" and m.source.id == "iran" and m.extra.get("rule") == "verb"
    )
    assert accusation.source_sector == "government"  # "Iran's foreign ministry"


# -- the CLI, end to end -------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    out = tmp_path_factory.mktemp("build")
    result = CliRunner().invoke(app, ["build", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_extract_jsonl_contract(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records
    text = SEED.read_text(encoding="utf-8")
    for rec in records:
        for key in ("doc", "relation", "negated", "modality", "cameo", "plover", "sentence"):
            assert key in rec
        for side in ("source", "target"):
            assert set(rec[side]) >= {"id", "label", "type", "country", "wikidata"}
        assert rec["doc"] == SEED.stem
        assert text[rec["start"] : rec["end"]] == rec["sentence"]
        assert 0 < rec["confidence"] <= 1
        assert re.fullmatch(r"\d{3,4}", rec["cameo"])
        assert rec["plover"].isupper()
    sells = [r for r in records if r["relation"] == "sellsArmsTo"]
    assert sells and sells[0]["source"]["country"] == "ISR"
    assert sells[0]["source"]["wikidata"] == "Q801"
    assert sells[0]["cameo"] == "072" and sells[0]["plover"] == "AID"


def test_query_who_accuses_whom_answers_iran_azerbaijan(built: Path) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(
        app, ["query", "who-accuses-whom", "--store", str(built / "store"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    rows = rows["rows"] if isinstance(rows, dict) else rows
    hit = [r for r in rows if r["source"] == "Iran" and r["target"] == "Azerbaijan"]
    assert hit, rows
    assert any("accused" in r["sentence"] for r in hit)


def test_built_gexf_parses_and_validates(built: Path, tmp_path: Path) -> None:
    graph = nx.read_gexf(built / "graph.gexf")
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert {"Iran", "Israel", "Azerbaijan"} <= labels
    stripped = re.sub(
        r' xsi:schemaLocation="[^"]*"', "", (built / "graph.gexf").read_text(encoding="utf-8")
    )
    check_file = tmp_path / "check.gexf"
    check_file.write_text(stripped, encoding="utf-8")
    schema = SHARED / "schemas" / "gexf" / "1.3" / "gexf.rnc"
    proc = subprocess.run(
        ["jing", "-c", str(schema), str(check_file)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_built_turtle_round_trips_isomorphic(built: Path) -> None:
    from geograph.settings import Settings
    from geograph.store import open_store

    first = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    assert len(first) > 100
    again = rdflib.Graph().parse(data=first.serialize(format="turtle"), format="turtle")
    assert isomorphic(first, again)
    # The dump is the store: same triples as a fresh N-Triples dump of it.
    import io

    with open_store(Settings(store=str(built / "store"))) as store:
        buf = io.BytesIO()
        store.dump(buf, "nt")
    from_store = rdflib.Graph().parse(data=buf.getvalue().decode("utf-8"), format="nt")
    if not isomorphic(first, from_store):
        _, only_first, only_store = graph_diff(first, from_store)
        pytest.fail(f"only in ttl: {list(only_first)[:5]}\nonly in store: {list(only_store)[:5]}")


def test_built_html_renders_offline_in_chromium(built: Path) -> None:
    from geograph.export.browser import dump_dom, find_chromium

    assert find_chromium(), "chromium is needed: apt-get install chromium (make sysdeps)"
    page = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']https?:", page)
    dom = dump_dom(built / "graph.html").stdout
    nodes = re.search(r'data-nodes="(\d+)"', dom)
    assert nodes and int(nodes.group(1)) >= 5, dom[:500]
    assert 'data-pwned="undefined"' in dom


def test_summary_written(built: Path) -> None:
    summary = json.loads((built / "summary.json").read_text(encoding="utf-8"))
    assert summary["documents"] == 1
    assert summary["mentions"] >= len(REQUIRED)
    assert summary["triples"] > 100
