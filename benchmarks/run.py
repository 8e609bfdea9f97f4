"""geograph benchmarks: figures and ratios, all measured in one run.

    python benchmarks/run.py [CORPUS] [--quick] [--json FILE]

CORPUS is a JSON Lines news corpus (default ``../shared/corpus/news.jsonl`` beside
the repository). Each figure comes from a separate process, so times include what
a user waits for and peak memory is the process's own (or its process tree's):

1. extraction: ``geograph extract CORPUS --workers 1`` and ``--workers 2``, twice
   each, alternating, best of two: documents/s, words/s and their ratio;
2. ingestion: ``geograph ingest CORPUS`` into a fresh embedded store with 1 and 2
   workers: time and peak memory of the whole process tree;
3. bulk load of about 1 million statements, made from that real ingest: each
   document's graph copied under fresh document ids until there are enough.
   Loaded by geograph's write path into the embedded store (and into memory),
   by Oxigraph's own bulk loader, and by rdflib (``Graph`` from N-Triples,
   ``Dataset`` from N-Quads): time and peak memory, each in its own process;
4. ``who-accuses-whom`` and ``relations-of Iran`` on that embedded store;
5. HTML export of a 2,000-actor, 10,000-edge graph, and its rendering in headless
   Chromium until the layout is frozen.

``--quick`` runs the same steps at toy sizes (the test suite uses it).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
GEOGRAPH = [sys.executable, "-m", "geograph"]

TARGETS = {
    "workers_ratio": 1.6,
    "bulk_load_ratio": 5.0,
    "who_accuses_whom_s": 1.0,
    "ingest_peak_mb": 1500.0,
}


# ------------------------------------------------------------------ measuring


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its children, in bytes."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total


def run_measured(cmd: list[str], **kwargs: Any) -> dict[str, Any]:
    """Run ``cmd``; wall time and the peak resident memory of its process tree."""
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time of the whole tree (workers are waited for by their parent): divided
    # by the wall time, how many cores the run got; less than asked means others ran.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "peak_mb": peak / 2**20, "cpu_s": cpu, "cores_used": cpu / seconds}


def child_json(*args: str) -> dict[str, Any]:
    """Run this script's child mode in a fresh process; its JSON report."""
    run = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "_child", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(f"benchmark child {args[0]} failed: {run.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return report


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ----------------------------------------------------------------- 1. extract


def corpus_size(corpus: Path) -> tuple[int, int]:
    from geograph import commands

    docs = list(commands.documents([str(corpus)]))
    return len(docs), sum(len(d.text.split()) for d in docs)


def bench_extract(corpus: Path, docs: int, words: int, rounds: int) -> dict[str, Any]:
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for _ in range(rounds):
        for workers in (1, 2):
            cmd = [*GEOGRAPH, "extract", str(corpus), "--workers", str(workers)]
            runs[workers].append(run_measured(cmd))
    out: dict[str, Any] = {"documents": docs, "words": words}
    for workers, measured in runs.items():
        best = min(measured, key=lambda m: float(m["seconds"]))
        out[f"workers_{workers}"] = {
            "seconds": best["seconds"],
            "all_seconds": [m["seconds"] for m in measured],
            "cores_used": best["cores_used"],
            "cpu_s": best["cpu_s"],
            "docs_per_s": docs / best["seconds"],
            "words_per_s": words / best["seconds"],
        }
    out["ratio"] = out["workers_2"]["docs_per_s"] / out["workers_1"]["docs_per_s"]
    return out


# ------------------------------------------------------------------ 2. ingest


def bench_ingest(corpus: Path, work: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for workers in (1, 2):
        store = work / f"ingest-w{workers}"
        cmd = [*GEOGRAPH, "ingest", str(corpus), "--store", str(store), "--workers", str(workers)]
        out[f"workers_{workers}"] = run_measured(cmd)
    return out


# --------------------------------------------------------------- 3. bulk load


def make_statements(store_dir: Path, target: int, nq: Path, nt: Path) -> dict[str, Any]:
    """Copy each real document graph of ``store_dir`` under fresh ids until there are
    ``target`` quads: N-Quads (for geograph, Oxigraph and rdflib's Dataset) and the
    same statements as N-Triples (for rdflib's Graph)."""
    import pyoxigraph as ox

    from geograph.embedded import LocalStore
    from geograph.rdf import graph_doc_id
    from geograph.vocab import ID_NS

    graphs: list[tuple[str, str]] = []
    with LocalStore(store_dir, read_only=True) as store:
        for graph in store.graphs():
            doc_id = graph_doc_id(graph)
            assert doc_id is not None
            quads = store.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            text = ox.serialize(list(quads), None, ox.RdfFormat.N_QUADS) or b""
            graphs.append((graph.removeprefix(ID_NS + "graph/"), text.decode("utf-8")))
    if not graphs:
        raise SystemExit(f"no documents in {store_dir}")
    count, copies = 0, 0
    with nq.open("w", encoding="utf-8") as quads_out, nt.open("w", encoding="utf-8") as triples_out:
        while count < target:
            for segment, text in graphs:
                fresh = f"{segment}~{copies}"
                for kind in ("graph", "doc"):
                    text = text.replace(f"/id/{kind}/{segment}>", f"/id/{kind}/{fresh}>")
                text = text.replace(f"/id/mention/{segment}/", f"/id/mention/{fresh}/")
                lines = text.splitlines()
                quads_out.write(text if text.endswith("\n") else text + "\n")
                for line in lines:
                    # Drop the graph name: the last IRI before the final " .".
                    body = line.rstrip()[:-1].rstrip()
                    triples_out.write(body[: body.rfind(" <")] + " .\n")
                count += len(lines)
            copies += 1
    return {"quads": count, "copies": copies, "documents": copies * len(graphs)}


def child_load(mode: str, source: str, target: str) -> dict[str, Any]:
    """One load, in this (fresh) process: seconds and peak memory."""
    baseline = peak_mb()
    if mode in ("geograph-embedded", "geograph-memory"):
        import pyoxigraph as ox

        from geograph.commands import WRITE_DOCS, WRITE_QUADS
        from geograph.embedded import LocalStore
        from geograph.rdf import graph_doc_id
        from geograph.store import DocumentGraph
        from geograph.vocab import GG

        baseline = peak_mb()
        started = time.perf_counter()
        store = LocalStore(Path(target) if mode == "geograph-embedded" else None)
        batch: list[DocumentGraph] = []
        pending = 0
        current: list[ox.Quad] = []
        statements = 0

        def close_document() -> None:
            nonlocal pending, current, statements
            if not current:
                return
            statements += len(current)
            graph = current[0].graph_name
            assert isinstance(graph, ox.NamedNode)
            doc_id = graph_doc_id(graph.value) or graph.value
            sha = next(q.object.value for q in current if q.predicate == GG.sha256)  # type: ignore[union-attr]
            batch.append(DocumentGraph(doc_id, sha, current))
            pending += len(current)
            current = []
            if len(batch) >= WRITE_DOCS or pending >= WRITE_QUADS:
                store.put_documents(batch)
                batch.clear()
                pending = 0

        for quad in ox.parse(path=source, format=ox.RdfFormat.N_QUADS):
            if current and quad.graph_name != current[0].graph_name:
                close_document()
            current.append(quad)
        close_document()
        store.put_documents(batch)
        if mode == "geograph-embedded":
            store.close()
        seconds = time.perf_counter() - started
    elif mode == "oxigraph-bulk-load":
        import pyoxigraph as ox

        baseline = peak_mb()
        started = time.perf_counter()
        raw = ox.Store(target)
        raw.bulk_load(path=source, format=ox.RdfFormat.N_QUADS)
        raw.flush()
        statements = len(raw)
        seconds = time.perf_counter() - started
    elif mode in ("rdflib-graph", "rdflib-dataset"):
        import rdflib

        baseline = peak_mb()
        started = time.perf_counter()
        if mode == "rdflib-graph":
            graph = rdflib.Graph()
            graph.parse(source, format="nt")
            statements = len(graph)
        else:
            dataset = rdflib.Dataset()
            dataset.parse(source, format="nquads")
            statements = sum(1 for _ in dataset.quads((None, None, None, None)))
        seconds = time.perf_counter() - started
    else:
        raise SystemExit(f"unknown load mode {mode}")
    return {
        "mode": mode,
        "seconds": seconds,
        "statements": statements,
        "peak_mb": peak_mb(),
        "before_mb": baseline,
    }


def bench_load(store_dir: Path, work: Path, target: int) -> dict[str, Any]:
    nq, nt = work / "statements.nq", work / "statements.nt"
    made = make_statements(store_dir, target, nq, nt)
    loads: dict[str, Any] = {}
    for mode, source in (
        ("geograph-embedded", nq),
        ("geograph-memory", nq),
        ("oxigraph-bulk-load", nq),
        ("rdflib-graph", nt),
        ("rdflib-dataset", nq),
    ):
        loads[mode] = child_json("load", mode, str(source), str(work / f"load-{mode}"))
    embedded = loads["geograph-embedded"]["seconds"]
    return {
        **made,
        "loads": loads,
        "store": str(work / "load-geograph-embedded"),
        "ratio_vs_rdflib_graph": loads["rdflib-graph"]["seconds"] / embedded,
        "ratio_vs_rdflib_dataset": loads["rdflib-dataset"]["seconds"] / embedded,
    }


# ---------------------------------------------------------------- 4. queries


def bench_queries(store_dir: Path) -> dict[str, Any]:
    from geograph.embedded import LocalStore
    from geograph.query import run_query

    out: dict[str, Any] = {}
    with LocalStore(store_dir, read_only=True) as store:
        for name, params in (("who-accuses-whom", {}), ("relations-of", {"ACTOR": "Iran"})):
            times, rows = [], 0
            for _ in range(4):
                started = time.perf_counter()
                rows = len(run_query(store, name, params))
                times.append(time.perf_counter() - started)
            out[name] = {"first_s": times[0], "warm_s": statistics.median(times[1:]), "rows": rows}
    return out


# ------------------------------------------------------------------- 5. HTML


def bench_html(work: Path, nodes: int, edges: int) -> dict[str, Any]:
    from geograph.export.browser import dump_dom
    from geograph.export.html import write_html
    from geograph.model import Actor, Mention
    from geograph.ontology import relation_specs
    from geograph.view import build_graph

    rnd = random.Random(4)
    types = ("State", "Agency", "Military", "Person", "Company", "ArmedGroup", "IGO")
    actors = [Actor(f"a{i}", f"Actor {i}", rnd.choice(types)) for i in range(nodes)]
    relations = sorted(relation_specs())
    seen: set[tuple[int, int, str]] = set()
    mentions = []
    # Every actor on at least one edge, then random edges up to the count.
    while len(seen) < edges:
        k = len(seen)
        a = k % nodes if k < nodes else rnd.randrange(nodes)
        b = rnd.randrange(nodes)
        rel = rnd.choice(relations)
        if a == b or (a, b, rel) in seen:
            continue
        seen.add((a, b, rel))
        text = f"Actor {a} and actor {b}, sentence {k}."
        mentions.append(Mention(f"d{k % 500}", rel, actors[a], actors[b], text, 0, len(text)))
    graph = build_graph(mentions)
    page = work / "big.html"
    started = time.perf_counter()
    write_html(graph, page)
    export_s = time.perf_counter() - started
    run = dump_dom(page, budget_ms=60_000, timeout=900)
    stabilized = 'data-stabilized="true"' in run.stdout
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "export_s": export_s,
        "page_mb": page.stat().st_size / 2**20,
        "render_s": run.seconds,
        "stabilized": stabilized,
    }


# ------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    import geograph

    return {
        "date": dt.date.today().isoformat(),
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "geograph": geograph.__version__,
    }


def verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def report(r: dict[str, Any], show: Callable[[str], None] = print) -> None:
    m = r["machine"]
    show(
        f"geograph benchmarks, {m['date']}, {m['cores']} cores; load average "
        f"{m['load_average']} at the start, {m.get('load_average_end')} at the end"
    )
    e = r["extract"]
    show(f"\n1. extraction of {e['documents']} documents, {e['words']:,} words (best of runs)")
    for w in (1, 2):
        x = e[f"workers_{w}"]
        runs = ", ".join(f"{s:.1f}" for s in x["all_seconds"])
        show(
            f"   --workers {w}: {x['seconds']:.1f} s, {x['docs_per_s']:.2f} docs/s, "
            f"{x['words_per_s']:,.0f} words/s, {x['cores_used']:.2f} cores busy "
            f"(runs: {runs} s)"
        )
    ok = e["ratio"] >= TARGETS["workers_ratio"]
    show(f"   ratio 2/1: {e['ratio']:.2f}x  [target >= 1.6x: {verdict(ok)}]")
    i = r["ingest"]
    show("\n2. ingest into a fresh embedded store (whole process tree)")
    for w in (1, 2):
        x = i[f"workers_{w}"]
        ok = x["peak_mb"] < TARGETS["ingest_peak_mb"]
        show(
            f"   --workers {w}: {x['seconds']:.1f} s, {x['cores_used']:.2f} cores busy, "
            f"peak {x['peak_mb']:.0f} MB  [target < 1500 MB: {verdict(ok)}]"
        )
    b = r["load"]
    show(f"\n3. bulk load of {b['quads']:,} statements ({b['documents']:,} documents, fresh ids)")
    for mode, x in b["loads"].items():
        show(
            f"   {mode:20s} {x['seconds']:7.1f} s  peak {x['peak_mb']:6.0f} MB "
            f"(before {x['before_mb']:.0f} MB)  {x['statements']:,} statements stored"
        )
    ok = b["ratio_vs_rdflib_graph"] >= TARGETS["bulk_load_ratio"]
    show(
        f"   embedded vs rdflib Graph: {b['ratio_vs_rdflib_graph']:.1f}x faster, "
        f"vs rdflib Dataset: {b['ratio_vs_rdflib_dataset']:.1f}x  [target >= 5x: {verdict(ok)}]"
    )
    q = r["queries"]
    show("\n4. queries on that embedded store")
    for name, x in q.items():
        show(
            f"   {name:18s} first {x['first_s']:.3f} s, warm {x['warm_s']:.3f} s, {x['rows']} rows"
        )
    ok = q["who-accuses-whom"]["first_s"] < TARGETS["who_accuses_whom_s"]
    show(f"   who-accuses-whom under 1 s: {verdict(ok)}")
    h = r["html"]
    show(f"\n5. HTML view of {h['nodes']:,} actors, {h['edges']:,} edges")
    show(
        f"   export {h['export_s']:.1f} s ({h['page_mb']:.1f} MB); headless Chromium "
        f"{h['render_s']:.1f} s, layout frozen: {h['stabilized']}"
    )


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["_child"]:
        _, kind, *rest = args
        assert kind == "load"
        print(json.dumps(child_load(*rest)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--quick", action="store_true", help="toy sizes, for the tests")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    opts = parser.parse_args(args)
    if not opts.corpus.is_file():
        raise SystemExit(f"no corpus at {opts.corpus}: give the path of news.jsonl")
    statements, nodes, edges, rounds = (
        (20_000, 60, 200, 1) if opts.quick else (1_000_000, 2_000, 10_000, 2)
    )
    work = Path(tempfile.mkdtemp(prefix="geograph-bench-"))
    try:
        results: dict[str, Any] = {"machine": machine()}
        docs, words = corpus_size(opts.corpus)
        results["extract"] = bench_extract(opts.corpus, docs, words, rounds)
        results["ingest"] = bench_ingest(opts.corpus, work)
        results["load"] = bench_load(work / "ingest-w1", work, statements)
        results["queries"] = bench_queries(Path(results["load"]["store"]))
        results["html"] = bench_html(work, nodes, edges)
        results["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
        report(results)
        if opts.json:
            opts.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
