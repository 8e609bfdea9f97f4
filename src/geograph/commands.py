"""The library functions behind the CLI commands: extract, ingest, build, info.

Each takes plain arguments and :class:`~geograph.settings.Settings`, reports
problems through callbacks (so a bad document never stops a batch), and returns
a :class:`Summary`. The CLI only parses options, prints, and maps errors to exit codes.

Ingestion streams: documents are read, checked against the store's content hashes
a page at a time, extracted (here, on local workers or on a cluster) and written in
batches, so memory holds one batch whatever the corpus size. A batch is written
every :data:`WRITE_DOCS` documents, :data:`WRITE_QUADS` quads or
:data:`WRITE_SECONDS` seconds, whichever comes first: a crash loses at most that
much work, and never half a document (see :mod:`geograph.store`).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .inputs import DIRECTORY_SUFFIXES, read_inputs
from .model import DocResult, Document
from .settings import Settings

if TYPE_CHECKING:
    from .store import DocumentGraph, GraphStore

Report = Callable[[str], None]

# When a batch of extracted documents is written (whichever comes first).
WRITE_DOCS = 256
WRITE_QUADS = 100_000
WRITE_SECONDS = 5.0
# Documents whose stored hashes are asked for at once.
HASH_PAGE = 64


def _ignore(_: str) -> None:
    pass


@dataclass(slots=True)
class Summary:
    """Counts of one run, for the user and for ``summary.json``.

    ``documents`` were extracted, ``written`` of them are in the store so far,
    ``skipped`` were already there unchanged, ``failed`` could not be read or
    extracted; ``triples`` counts the statements written by this run; ``total``
    is the number of documents expected, when known.
    """

    documents: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    sentences: int = 0
    mentions: int = 0
    actors: int = 0
    triples: int = 0
    elapsed: float = 0.0
    total: int | None = None
    actor_ids: set[str] = field(default_factory=set, repr=False)
    relations: dict[str, int] = field(default_factory=dict)

    def add(self, result: DocResult) -> None:
        self.documents += 1
        self.sentences += result.sentences
        self.mentions += len(result.mentions)
        for m in result.mentions:
            self.actor_ids.update((m.source.id, m.target.id))
            self.relations[m.relation] = self.relations.get(m.relation, 0) + 1
        self.actors = len(self.actor_ids)

    @property
    def done(self) -> int:
        """Documents dealt with: extracted, skipped or failed."""
        return self.documents + self.skipped + self.failed

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far, when the total is known."""
        if self.total is None or self.done == 0 or self.elapsed <= 0:
            return None
        return max(self.total - self.done, 0) * self.elapsed / self.done

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["actor_ids"]
        data["elapsed"] = round(self.elapsed, 3)
        data["docs_per_second"] = round(self.docs_per_second, 2)
        return data


Progress = Callable[[Summary], None]


def documents(
    inputs: Sequence[str],
    *,
    on_error: Report = _ignore,
    on_warning: Report = _ignore,
    max_chars: int = 0,
) -> Iterator[Document]:
    """Documents from files, directories, JSONL and ``-`` (stdin), streamed; a text
    longer than ``max_chars`` (if set) is refused after reading that much of it."""
    return read_inputs(inputs, on_error=on_error, on_warning=on_warning, max_chars=max_chars)


def count_documents(inputs: Sequence[str]) -> int | None:
    """About how many documents ``inputs`` hold (JSON Lines: their non-blank lines),
    without parsing them; None when one is stdin. For progress and ETA only."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        total += sum(_count_file(file) for file in _input_files(Path(item)))
    return total


def _input_files(path: Path) -> Iterator[Path]:
    # The files read_inputs reads: a directory's visible *.txt, *.md, ... files.
    if not path.is_dir():
        yield path
        return
    for folder, dirs, names in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith(".") and name.lower().endswith(DIRECTORY_SUFFIXES):
                yield Path(folder, name)


def _count_file(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096).lstrip()
            if not (path.suffix.lower() == ".jsonl" or head.startswith(b"{")):
                return 1
            fh.seek(0)
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 0


def extract(
    docs: Iterable[Document],
    settings: Settings,
    *,
    on_error: Report = _ignore,
) -> Iterator[DocResult]:
    """Relation mentions of each document, in input order (on ``settings.workers``
    local processes, or on the Dask cluster ``settings.cluster``)."""
    from .parallel import process

    return process(docs, settings, on_error=on_error)


class _Writer:
    """Buffers extracted documents and writes them a batch at a time."""

    def __init__(self, store: GraphStore, summary: Summary, progress: Progress | None) -> None:
        self.store = store
        self.summary = summary
        self.progress = progress
        self.pending: dict[str, DocumentGraph] = {}
        self.quads = 0
        self.since = time.monotonic()

    def add(self, result: DocResult) -> None:
        from .rdf import document_quads
        from .store import document_graph

        doc = result.document
        if not self.pending:
            self.since = time.monotonic()
        # The same id twice in one batch: the later text wins, as it would one by one.
        earlier = self.pending.pop(doc.id, None)
        if earlier is not None:
            self.quads -= len(earlier.quads)
        graph = document_graph(doc.id, doc.sha256, document_quads(result))
        self.pending[doc.id] = graph
        self.quads += len(graph.quads)
        if (
            len(self.pending) >= WRITE_DOCS
            or self.quads >= WRITE_QUADS
            or time.monotonic() - self.since >= WRITE_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.store.put_documents(list(self.pending.values()))
        self.summary.written += len(self.pending)
        self.summary.triples += self.quads
        self.pending.clear()
        self.quads = 0
        if self.progress is not None:
            self.progress(self.summary)


def ingest(
    docs: Iterable[Document],
    settings: Settings,
    *,
    on_error: Report = _ignore,
    progress: Progress | None = None,
    force: bool = False,
    store: GraphStore | None = None,
    total: int | None = None,
) -> Summary:
    """Extract documents into the store (``store``, else the configured one), one
    named graph each. A document whose content hash is already stored is skipped
    unless ``force``; a changed one replaces its earlier statements.

    ``progress`` gets the running :class:`Summary` after every document and every
    batch written; ``total`` (documents expected) lets it estimate the time left.
    """
    if store is None:
        from .store import open_store

        with open_store(settings) as opened:
            return ingest(
                docs,
                settings,
                on_error=on_error,
                progress=progress,
                force=force,
                store=opened,
                total=total,
            )
    summary = Summary(total=total)
    started = time.perf_counter()
    writer = _Writer(store, summary, progress)

    def tick() -> None:
        summary.elapsed = time.perf_counter() - started
        if progress is not None:
            progress(summary)

    def fresh() -> Iterator[Document]:
        it = iter(docs)
        while page := list(itertools.islice(it, HASH_PAGE)):
            stored = {} if force else store.document_hashes(d.id for d in page)
            for doc in page:
                if stored.get(doc.id) == doc.sha256 and doc.id not in writer.pending:
                    summary.skipped += 1
                    tick()
                    continue
                yield doc

    def failed(message: str) -> None:
        summary.failed += 1
        on_error(message)
        tick()

    try:
        for result in extract(fresh(), settings, on_error=failed):
            summary.add(result)
            writer.add(result)
            tick()
    except KeyboardInterrupt:
        # Keep what is done: every buffered document is whole.
        writer.flush()
        raise
    writer.flush()
    summary.elapsed = time.perf_counter() - started
    return summary


BUILD_OUTPUTS = ("graph.html", "graph.gexf", "graph.ttl")


def build(
    docs: Iterable[Document],
    settings: Settings,
    outdir: Path,
    *,
    on_error: Report = _ignore,
    progress: Progress | None = None,
    total: int | None = None,
) -> Summary:
    """Ingest, then write graph.html, graph.gexf, graph.ttl and summary.json to ``outdir``."""
    from .export import export
    from .store import open_store

    outdir.mkdir(parents=True, exist_ok=True)
    # One store for both steps: a memory store lives only as long as it is open.
    with open_store(settings) as store:
        summary = ingest(
            docs, settings, on_error=on_error, progress=progress, store=store, total=total
        )
        for name in BUILD_OUTPUTS:
            export(name.rsplit(".", 1)[1], store, outdir / name)
    (outdir / "summary.json").write_text(
        json.dumps(summary.to_json(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return summary


def info(settings: Settings) -> dict[str, Any]:
    """What this installation knows and what the configured store holds."""
    from .actors import load_gazetteer
    from .ontology import relation_specs
    from .store import open_store

    gazetteer = load_gazetteer()
    with open_store(settings, read_only=True) as store:
        stats = store.stats()
    return {
        "store": settings.store,
        "model": settings.model,
        "gazetteer_actors": len(gazetteer),
        "relations": sorted(relation_specs()),
        **stats,
    }
