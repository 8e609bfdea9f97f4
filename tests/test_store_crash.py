"""A real ``geograph ingest`` killed with SIGKILL midway leaves a store that opens,
in which every document is either wholly present or absent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geograph import commands
from geograph.embedded import LocalStore
from geograph.model import Document
from geograph.rdf import document_quads, graph_iri
from geograph.store import document_graph

ROOT = Path(__file__).resolve().parents[1]

STATES = [
    "Iran",
    "Israel",
    "Azerbaijan",
    "Armenia",
    "Turkey",
    "Russia",
    "Ukraine",
    "France",
    "Niger",
    "Mali",
    "China",
    "Japan",
]
TEMPLATES = [
    "{a} accused {b} of sheltering armed groups near the border.",
    "{a} imposed new sanctions on {b} over the missile tests.",
    "{b} denied the accusations made by {a}.",
    "{a} sold twelve attack drones to {b} last year.",
    "{a} and {b} signed an agreement on border security.",
    "{a} threatened to attack {b} if the convoys continued.",
]


def make_corpus(path: Path, n: int) -> list[Document]:
    """``n`` news-like documents of our own, a few relations each, as JSON Lines."""
    docs = []
    for i in range(n):
        sentences = []
        for k in range(4):
            a = STATES[(i + k) % len(STATES)]
            b = STATES[(i * 7 + 3 * k + 1) % len(STATES)]
            if a == b:
                b = STATES[(STATES.index(a) + 1) % len(STATES)]
            sentences.append(TEMPLATES[(i + k) % len(TEMPLATES)].format(a=a, b=b))
        docs.append(
            Document(f"wire-{i:04d}", " ".join(sentences), date=f"2024-01-{i % 28 + 1:02d}")
        )
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d.id, "text": d.text, "date": d.date}) + "\n")
    return docs


def start_ingest(corpus: Path, store: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "geograph", "ingest", str(corpus), "--store", str(store), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def wait_for_written(proc: subprocess.Popen[str], timeout: float = 300) -> str:
    """The first progress line that reports documents written."""
    assert proc.stderr is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            pytest.fail(f"ingest ended (exit {proc.wait()}) before writing anything")
        if line.startswith("ingesting:") and " 0 written" not in line:
            return line
    pytest.fail("ingest wrote nothing in time")


@pytest.mark.parametrize("delay", [0.0, 0.8])
def test_sigkill_midway_leaves_whole_documents(
    tmp_path: Path,
    pipeline,
    delay: float,  # type: ignore[no-untyped-def]
) -> None:
    corpus = tmp_path / "wire.jsonl"
    make_corpus(corpus, 400)
    # The documents exactly as the CLI reads them (ids, dates, source path).
    docs = list(commands.documents([str(corpus)]))
    store_dir = tmp_path / "store"
    proc = start_ingest(corpus, store_dir)
    try:
        wait_for_written(proc)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        assert proc.stderr is not None
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    store = LocalStore(store_dir)  # opens for writing: the dead writer's locks are gone
    try:
        present = store.documents()
        assert 0 < len(present) < len(docs), "the kill did not land midway"
        by_id = {d.id: d for d in docs}
        for doc_id in present:
            doc = by_id[doc_id]
            expected = document_graph(doc.id, doc.sha256, document_quads(pipeline.extract(doc)))
            stored = set(store.store.quads_for_pattern(None, None, None, graph_iri(doc_id)))
            assert stored == set(expected.quads), f"{doc_id} is not whole"
        # Nothing outside the documents' graphs either.
        assert all(q.graph_name in {graph_iri(i) for i in present} for q in store.store)
    finally:
        store.close()

    # Ingesting again finishes the job and skips what is already there.
    rest = subprocess.run(
        [sys.executable, "-m", "geograph", "ingest", str(corpus), "--store", str(store_dir)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert rest.returncode == 0, rest.stderr
    with LocalStore(store_dir, read_only=True) as again:
        assert again.documents() == sorted(by_id)
    last = [line for line in rest.stderr.splitlines() if line.startswith("ingesting:")][-1]
    assert f"{len(present)} unchanged" in last


# A writer killed inside a write: the batch being written is all there or not at all,
# and a document being replaced is its old version or its new one.
WRITER = """
import sys
from pathlib import Path
import pyoxigraph as ox
from geograph.embedded import LocalStore
from geograph.rdf import graph_iri, mention_iri
from geograph.store import document_graph
from geograph.vocab import GG

def doc(doc_id, version, n=1000):
    quads = [
        ox.Quad(mention_iri(doc_id, str(i)), GG.sentence, ox.Literal(f"{version} {i}"),
                graph_iri(doc_id))
        for i in range(n)
    ]
    return document_graph(doc_id, version * 64, quads)

store = LocalStore(Path(sys.argv[1]))
store.put_documents([doc("before", "a")] + [doc(f"big-{i}", "a") for i in range(60)])
print("writing", flush=True)
batch = [doc(f"big-{i}", "b") for i in range(60)] + [doc(f"new-{i}", "b") for i in range(60)]
store.put_documents(batch)
print("written", flush=True)
"""


# The delays land the kill while the batch is built, bulk-loaded, or replaced.
@pytest.mark.parametrize("delay", [0.5, 1.0, 2.0, 3.0])
def test_sigkill_inside_a_write_keeps_each_document_whole(tmp_path: Path, delay: float) -> None:
    store_dir = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "writing", (
            proc.stderr.read() if proc.stderr else ""
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()
        if proc.stderr is not None:
            proc.stderr.close()
    with LocalStore(store_dir) as store:
        docs = store.documents()
        assert "before" in docs
        versions = {}
        for doc_id in docs:
            objects = {
                q.object.value
                for q in store.store.quads_for_pattern(None, None, None, graph_iri(doc_id))
            }
            tags = {o.split(" ")[0] for o in objects if " " in o}
            assert len(tags) == 1 and len(objects) == 1001, f"{doc_id} is mixed or partial"
            versions[doc_id] = tags.pop()
        new = [d for d in docs if d.startswith("new-")]
        assert len(new) in (0, 60), "a bulk-loaded batch went in partly"
        # New documents go in with one bulk ingestion, known ones are replaced by one
        # update after it: each step is all or nothing.
        replaced = {v for d, v in versions.items() if d.startswith("big-")}
        assert len(replaced) == 1, "a replacing batch went in partly"
