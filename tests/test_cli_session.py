"""The same CLI session (ingest, re-ingest, change, query, export, info, remove) on
every kind of store: memory, embedded, Oxigraph server and Virtuoso. Each must give
the answers the in-memory store gives, and those answers are checked too."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import rdflib
from rdflib.compare import to_isomorphic
from typer.testing import CliRunner

from geograph.cli import app
from servers import oxigraph_server, virtuoso_server

ROOT = Path(__file__).resolve().parents[1]
CHANGED = (
    "The Kremlin accused the European Union of an illegal blockade.",
    "The Kremlin criticized Lithuania for an illegal blockade.",
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The examples, and the same with one article changed."""
    base = tmp_path_factory.mktemp("inputs")
    first, second = base / "first", base / "second"
    shutil.copytree(ROOT / "examples", first)
    shutil.copytree(ROOT / "examples", second)
    article = second / "baltic_tension.txt"
    text = article.read_text(encoding="utf-8")
    assert CHANGED[0] in text
    article.write_text(text.replace(*CHANGED), encoding="utf-8")
    return first, second


def cli(*args: str | Path, code: int = 0) -> Any:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (args, result.stdout, result.stderr, result.exception)
    return result


def count(text: str, key: str) -> int:
    # The summary table, after the progress lines: "│ written   │ 4 │".
    text = text.rsplit("ingested into", 1)[-1]
    match = re.search(rf"^\W*{key}\W+(\d+)", text, re.MULTILINE)
    assert match, f"no {key} in {text}"
    return int(match.group(1))


def session(store: list[str], inputs: tuple[Path, Path], out: Path) -> dict[str, Any]:
    """Run the session against ``store`` (CLI store flags); what it observed."""
    first, second = inputs
    seen: dict[str, Any] = {}
    ingested = cli("ingest", first, *store)
    seen["ingest"] = [count(ingested.stderr, k) for k in ("written", "skipped", "mentions")]
    again = cli("ingest", first, *store)
    seen["again"] = [count(again.stderr, k) for k in ("written", "skipped")]
    changed = cli("ingest", second, *store)
    seen["changed"] = [count(changed.stderr, k) for k in ("written", "skipped")]

    who = cli("query", "who-accuses-whom", "--format", "csv", *store)
    seen["who"] = sorted(who.stdout.splitlines()[1:])
    rel = cli("query", "relations-of", "Niger", "--format", "csv", *store)
    seen["relations-of"] = sorted(rel.stdout.splitlines()[1:])
    # An ISO alpha-3 code names the state's actor.
    by_code = cli("query", "relations-of", "NER", "--format", "csv", *store)
    seen["relations-of NER"] = sorted(by_code.stdout.splitlines()[1:])

    cli("export", "ttl", "-o", out / "graph.ttl", *store)
    seen["ttl"] = to_isomorphic(rdflib.Graph().parse(out / "graph.ttl", format="turtle"))
    cli("export", "gexf", "-o", out / "accuses.gexf", "--relation", "accuses", *store)
    accuses = nx.read_gexf(out / "accuses.gexf")
    seen["accuses"] = sorted(
        (accuses.nodes[a]["label"], accuses.nodes[b]["label"]) for a, b in accuses.edges()
    )
    cli("export", "gexf", "-o", out / "march.gexf", "--since", "2026-03-05", *store)
    march = nx.read_gexf(out / "march.gexf")
    seen["since"] = sorted(march.nodes[n]["label"] for n in march.nodes)
    cli("export", "html", "-o", out / "graph.html", "--top", "5", *store)
    seen["html"] = (out / "graph.html").stat().st_size > 10_000

    info = cli("info", *store)
    seen["info"] = [count(info.stdout, k) for k in ("documents", "mentions", "triples")]
    removed = cli("remove", "sahel-02", *store)
    seen["removed"] = removed.stderr.strip()
    missing = cli("remove", "sahel-02", *store, code=1)
    seen["missing"] = missing.stderr.strip()
    after = cli("info", *store)
    seen["after"] = [count(after.stdout, k) for k in ("documents", "mentions")]
    who_after = cli("query", "who-accuses-whom", "--format", "csv", *store)
    seen["who-after"] = sorted(who_after.stdout.splitlines()[1:])
    return seen


@pytest.fixture(scope="module")
def reference(
    inputs: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    return session(["--store", "memory:reference"], inputs, tmp_path_factory.mktemp("ref"))


def test_the_reference_session_is_right(reference: dict[str, Any]) -> None:
    assert reference["ingest"][:2] == [4, 0] and reference["ingest"][2] > 10
    assert reference["again"] == [0, 4]
    assert reference["changed"] == [1, 3]
    who = "\n".join(reference["who"])
    assert "Niger,France" in who
    assert "Russia,European Union" not in who  # the changed article no longer says it
    assert any(row.startswith("Iran,Azerbaijan") for row in reference["who"])
    assert ("Niger", "France") in reference["accuses"]
    assert reference["relations-of NER"] == reference["relations-of"] != []
    # Only sahel-02 is dated on or after 5 March 2026; the undated articles are out.
    assert {"Niger", "France", "Algeria"} <= set(reference["since"])
    assert not {"Iran", "Lithuania", "Russia"} & set(reference["since"])
    assert reference["html"]
    assert reference["info"][0] == 4
    assert reference["removed"] == "removed sahel-02"
    assert reference["missing"] == "warning: no document sahel-02"
    assert reference["after"][0] == 3 and reference["after"][1] < reference["info"][1]
    assert not any("Niger,France" in row for row in reference["who-after"])


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(scope="module")
def virtuoso_flags(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield [
            "--store",
            "http://virtuoso.invalid",
            "--query-url",
            server.sparql,
            "--update-url",
            server.sparql,
            "--graph-store-url",
            server.graph_store,
        ]


@pytest.mark.parametrize("backend", ["memory", "embedded", "oxigraph", "virtuoso"])
def test_same_session_on_every_store(
    backend: str,
    reference: dict[str, Any],
    inputs: tuple[Path, Path],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    if backend == "memory":
        flags = ["--store", "memory:session"]
    elif backend == "embedded":
        flags = ["--store", str(tmp_path / "store")]
    elif backend == "oxigraph":
        flags = ["--store", request.getfixturevalue("oxigraph_url")]
    else:
        flags = request.getfixturevalue("virtuoso_flags")
    seen = session(flags, inputs, tmp_path)
    for key, expected in reference.items():
        assert seen[key] == expected, f"{backend}: {key} differs"
