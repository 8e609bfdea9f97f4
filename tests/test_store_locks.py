"""One embedded store, several processes: two ingests at once, ingest and serve,
readers side by side. Whoever is refused gets one clear line, and the store is
never corrupted."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from geograph import commands
from geograph.embedded import LocalStore
from geograph.errors import StoreError
from test_store_crash import make_corpus, start_ingest, wait_for_written


def geograph(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geograph", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def last_line(run: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in run.stderr
    return run.stderr.strip().splitlines()[-1]


def test_a_second_ingest_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    make_corpus(corpus, 400)
    small = tmp_path / "small.jsonl"
    make_corpus(small, 3)
    store = tmp_path / "store"
    first = start_ingest(corpus, store)
    try:
        wait_for_written(first)
        second = geograph("ingest", small, "--store", store)
        assert second.returncode == StoreError.exit_code
        assert re.fullmatch(
            rf"error: store {re.escape(str(store))} is in use by another geograph process "
            rf"\(pid {first.pid}\); wait for it to finish",
            last_line(second),
        )
        # A reader is refused too, for as long as the writer runs.
        reader = geograph("query", "who-accuses-whom", "--store", store)
        assert reader.returncode == StoreError.exit_code
        assert "is being written by another geograph process" in last_line(reader)
    finally:
        assert first.stderr is not None
        first.stderr.read()
        first.wait(timeout=600)
        first.stderr.close()
    assert first.returncode == 0
    # The first ingest finished untouched: every document, whole.
    with LocalStore(store, read_only=True) as done:
        assert done.documents() == sorted(d.id for d in commands.documents([str(corpus)]))


def test_readers_share_the_store(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    make_corpus(corpus, 5)
    store = tmp_path / "store"
    assert geograph("ingest", corpus, "--store", store).returncode == 0
    with LocalStore(store, read_only=True):
        query = geograph("query", "who-accuses-whom", "--store", store, "--format", "csv")
        assert query.returncode == 0, query.stderr
        assert query.stdout.count("\n") > 1
        info = geograph("info", "--store", store)
        assert info.returncode == 0, info.stderr
        # A writer waits for the readers to go.
        writer = geograph("remove", "wire-0001", "--store", store)
        assert writer.returncode == StoreError.exit_code
        assert last_line(writer) == (
            f"error: store {store} is open read-only by another geograph process "
            "(geograph serve, a query or an export); stop it or wait for it, then retry"
        )
    assert geograph("remove", "wire-0001", "--store", store).returncode == 0


def test_reading_a_store_that_is_not_there_says_so(tmp_path: Path) -> None:
    run = geograph("query", "who-accuses-whom", "--store", tmp_path / "nothing")
    assert run.returncode == StoreError.exit_code
    assert (
        last_line(run)
        == f"error: no store at {tmp_path / 'nothing'}: ingest documents into it first"
    )
    assert not (tmp_path / "nothing").exists()
