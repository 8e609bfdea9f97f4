"""Extraction on local worker processes and on a real Dask cluster (a LocalCluster on
127.0.0.1) gives the same results, in the same order, as extraction in-process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geograph import cli, commands, parallel
from geograph.cli import app
from geograph.errors import ServiceError
from geograph.model import DocResult, Document
from geograph.settings import Settings
from geograph.store import open_store
from servers import free_port
from test_store_crash import make_corpus

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "wire.jsonl"
    make_corpus(path, 24)
    return path


@pytest.fixture(scope="module")
def docs(corpus: Path) -> list[Document]:
    examples = list(commands.documents([str(ROOT / "examples")]))
    return examples + list(commands.documents([str(corpus)]))


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local.scheduler_address


def contract(results: list[DocResult]) -> list[tuple[str, list[dict[str, object]]]]:
    return [(r.document.id, [m.to_json() for m in r.mentions]) for r in results]


@pytest.fixture(scope="module")
def local(docs: list[Document]) -> list[DocResult]:
    return list(commands.extract(docs, Settings()))


def test_two_workers_give_what_one_gives(docs: list[Document], local: list[DocResult]) -> None:
    assert sum(len(r.mentions) for r in local) > len(docs)
    two = list(commands.extract(docs, Settings(workers=2)))
    assert contract(two) == contract(local)
    assert [r.sentences for r in two] == [r.sentences for r in local]


def test_the_cluster_gives_what_the_local_path_gives(
    docs: list[Document], local: list[DocResult], cluster: str
) -> None:
    remote = list(commands.extract(docs, Settings(cluster=cluster)))
    assert contract(remote) == contract(local)


def test_cluster_and_local_ingests_store_the_same_triples(
    docs: list[Document], cluster: str
) -> None:
    on_cluster = Settings(store="memory:cluster", cluster=cluster)
    here = Settings(store="memory:here")
    a = commands.ingest(docs, on_cluster)
    b = commands.ingest(docs, here)
    assert a.documents == b.documents == len(docs)
    with open_store(on_cluster) as x, open_store(here) as y:
        quads = set(x._quads())
        assert quads and quads == set(y._quads())


def test_cli_extract_and_ingest_on_the_cluster(corpus: Path, cluster: str, tmp_path: Path) -> None:
    runner = CliRunner()
    plain = runner.invoke(app, ["extract", str(corpus)])
    spread = runner.invoke(app, ["extract", str(corpus), "--cluster", cluster])
    assert plain.exit_code == spread.exit_code == 0, spread.stderr
    assert [json.loads(x) for x in spread.stdout.splitlines()] == [
        json.loads(x) for x in plain.stdout.splitlines()
    ]
    store = tmp_path / "store"
    ingested = runner.invoke(
        app, ["ingest", str(corpus), "--cluster", cluster, "--store", str(store)]
    )
    assert ingested.exit_code == 0, ingested.stderr
    with open_store(Settings(store=str(store)), read_only=True) as s:
        assert len(s.documents()) == 24


def test_an_unreachable_cluster_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", str(corpus), "--cluster", address])
    assert exit_info.value.code == ServiceError.exit_code
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: cannot reach the Dask scheduler at {address}: ")
