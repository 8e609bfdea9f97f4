"""The embedded store on a full disk and in a read-only directory, through the CLI.

Both are real: a small tmpfs, and a read-only bind mount, each in a private mount
namespace (``unshare --user --mount``: no privileges needed, nothing outside sees
it). A document is whole in the store or not there at all.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from hostile_kit import geograph
from test_hostile_faults import in_private_mounts

from servers import free_port

ACTORS = ("Iran", "Israel", "Azerbaijan", "Armenia", "Turkey", "Russia", "Ukraine", "Georgia")
VERBS = ("accused", "threatened", "criticized", "sanctioned")


def corpus(path: Path, first: int, count: int) -> Path:
    """JSON Lines of ``count`` small articles, each with a few relations."""
    lines = []
    for d in range(first, first + count):
        sentences = []
        for s in range(6):
            a, b = ACTORS[(d + s) % 8], ACTORS[(d + 3 * s + 1) % 8]
            if a == b:
                b = ACTORS[(d + s + 2) % 8]
            sentences.append(f"{a} {VERBS[(d + s) % 4]} {b} over the incident near the border.")
        lines.append(json.dumps({"id": f"doc-{d:03d}", "text": " ".join(sentences)}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def graphs(nquads: Path) -> dict[str, set[str]]:
    """Each named graph of an N-Quads file, as its set of statements."""
    found: dict[str, set[str]] = defaultdict(set)
    for q in ox.parse(path=nquads, format=ox.RdfFormat.N_QUADS):
        found[str(q.graph_name)].add(str(ox.Triple(q.subject, q.predicate, q.object)))
    return dict(found)


def test_a_full_disk_stops_the_ingest_with_one_line_and_leaves_whole_documents(
    tmp_path: Path,
) -> None:
    first = corpus(tmp_path / "first.jsonl", 0, 10)
    second = corpus(tmp_path / "second.jsonl", 10, 150)
    # What the store holds when the disk does not fill.
    reference = tmp_path / "reference"
    ok = geograph("ingest", first, second, "--store", reference, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert geograph("export", "nq", "-o", tmp_path / "ref.nq", "--store", reference, cwd=tmp_path)
    expected = graphs(tmp_path / "ref.nq")
    assert len(expected) == 160

    disk = tmp_path / "disk"
    disk.mkdir()
    script = """
    mount -t tmpfs -o size=16m tmpfs "$DISK" || exit 99
    "$GEOGRAPH" ingest "$FIRST" --store "$DISK/store" 2>/dev/null; echo "first=$?"
    # Leave about a megabyte: the store opens, and the disk fills while it writes.
    avail=$(df --output=avail -B1 "$DISK" | tail -n 1)
    head -c $((avail - 1000000)) /dev/zero > "$DISK/filler"
    "$GEOGRAPH" ingest "$SECOND" --store "$DISK/store"; echo "second=$?"
    rm "$DISK/filler"
    "$GEOGRAPH" export nq -o "$OUT/after.nq" --store "$DISK/store" 2>/dev/null; echo "after=$?"
    """
    done = in_private_mounts(
        script, tmp_path, DISK=str(disk), FIRST=str(first), SECOND=str(second), OUT=str(tmp_path)
    )
    assert "first=0" in done.stdout, done.stdout + done.stderr
    assert "second=4" in done.stdout, done.stdout + done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "No space left on device" in errors[0], done.stderr
    assert errors[0].startswith(f"error: cannot write store {disk / 'store'}: "), errors[0]
    assert "Traceback" not in done.stderr
    assert "after=0" in done.stdout, done.stdout + done.stderr

    after = graphs(tmp_path / "after.nq")
    first_ids = {g for g in expected if any(f"doc-{d:03d}>" in g for d in range(10))}
    assert first_ids <= after.keys()  # what was there before is still there
    for graph, statements in after.items():
        assert statements == expected[graph], f"{graph} is not whole"


def test_a_read_only_store_directory_is_read_but_not_written(tmp_path: Path) -> None:
    store = tmp_path / "store"
    articles = corpus(tmp_path / "articles.jsonl", 0, 5)
    more = corpus(tmp_path / "more.jsonl", 5, 2)
    ok = geograph("ingest", articles, "--store", store, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    before = sorted(p.name for p in store.iterdir())
    script = """
    mount --bind "$STORE" "$STORE" && mount -o remount,bind,ro "$STORE" || exit 99
    "$GEOGRAPH" query who-accuses-whom --store "$STORE" --format csv > "$OUT/rows.csv"
    echo "query=$?"
    "$GEOGRAPH" export nq -o "$OUT/ro.nq" --store "$STORE"; echo "export=$?"
    "$GEOGRAPH" ingest "$MORE" --store "$STORE"; echo "ingest=$?"
    "$GEOGRAPH" remove doc-000 --store "$STORE"; echo "remove=$?"
    "$GEOGRAPH" serve --store "$STORE" --bind "127.0.0.1:$PORT" 2>/dev/null & served=$!
    for i in $(seq 60); do
        GEOGRAPH_RETRIES=0 "$GEOGRAPH" query "ASK { ?s ?p ?o }" --format csv \
            --store "http://127.0.0.1:$PORT" 2>/dev/null | grep -q true && echo "served=0" && break
        sleep 0.5
    done
    kill "$served"; wait "$served"
    """
    port = str(free_port())
    done = in_private_mounts(
        script, tmp_path, STORE=str(store), MORE=str(more), OUT=str(tmp_path), PORT=port
    )
    for expected in ("query=0", "export=0", "ingest=4", "remove=4", "served=0"):
        assert expected in done.stdout, done.stdout + done.stderr
    assert (tmp_path / "rows.csv").read_text(encoding="utf-8").count("\n") > 1
    assert len(graphs(tmp_path / "ro.nq")) == 5
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and all("Read-only file system" in e for e in errors), done.stderr
    assert "Traceback" not in done.stderr
    # Nothing changed: the same files, and the same five documents.
    assert sorted(p.name for p in store.iterdir()) == before
    check = geograph("export", "nq", "-o", tmp_path / "after.nq", "--store", store, cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert graphs(tmp_path / "after.nq") == graphs(tmp_path / "ro.nq")
