"""The library functions behind the CLI commands: extract, ingest, build, info.

Each takes plain arguments and :class:`~geograph.settings.Settings`, reports
problems through callbacks (so a bad document never stops a batch), and returns
a :class:`Summary`. The CLI only parses options, prints, and maps errors to exit codes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .inputs import read_inputs
from .model import DocResult, Document
from .settings import Settings

if TYPE_CHECKING:
    from .store import GraphStore

Report = Callable[[str], None]
Tick = Callable[[DocResult], None]


def _ignore(_: str) -> None:
    pass


@dataclass(slots=True)
class Summary:
    """Counts of one run, for the user and for ``summary.json``."""

    documents: int = 0
    skipped: int = 0
    failed: int = 0
    sentences: int = 0
    mentions: int = 0
    actors: int = 0
    triples: int = 0
    elapsed: float = 0.0
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
    def docs_per_second(self) -> float:
        return self.documents / self.elapsed if self.elapsed > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["actor_ids"]
        data["elapsed"] = round(self.elapsed, 3)
        data["docs_per_second"] = round(self.docs_per_second, 2)
        return data


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


def extract(
    docs: Iterable[Document],
    settings: Settings,
    *,
    on_error: Report = _ignore,
) -> Iterator[DocResult]:
    """Relation mentions of each document, in input order."""
    from .parallel import process

    return process(docs, settings, on_error=on_error)


def ingest(
    docs: Iterable[Document],
    settings: Settings,
    *,
    on_error: Report = _ignore,
    tick: Tick | None = None,
    force: bool = False,
    store: GraphStore | None = None,
) -> Summary:
    """Extract documents into the store (``store``, else the configured one), one
    named graph each. A document whose content hash is already stored is skipped
    unless ``force``; a changed one replaces its earlier statements."""
    if store is None:
        from .store import open_store

        with open_store(settings) as opened:
            return ingest(docs, settings, on_error=on_error, tick=tick, force=force, store=opened)
    from .rdf import document_quads

    summary = Summary()
    started = time.perf_counter()

    def fresh() -> Iterator[Document]:
        for doc in docs:
            if not force and store.document_hash(doc.id) == doc.sha256:
                summary.skipped += 1
                continue
            yield doc

    def failed(message: str) -> None:
        summary.failed += 1
        on_error(message)

    for result in extract(fresh(), settings, on_error=failed):
        store.put_document(result.document.id, result.document.sha256, document_quads(result))
        summary.add(result)
        summary.elapsed = time.perf_counter() - started
        if tick is not None:
            tick(result)
    summary.triples = store.stats().get("triples", 0)
    summary.elapsed = time.perf_counter() - started
    return summary


BUILD_OUTPUTS = ("graph.html", "graph.gexf", "graph.ttl")


def build(
    docs: Iterable[Document],
    settings: Settings,
    outdir: Path,
    *,
    on_error: Report = _ignore,
    tick: Tick | None = None,
) -> Summary:
    """Ingest, then write graph.html, graph.gexf, graph.ttl and summary.json to ``outdir``."""
    from .export import export
    from .store import open_store

    outdir.mkdir(parents=True, exist_ok=True)
    # One store for both steps: a memory store lives only as long as it is open.
    with open_store(settings) as store:
        summary = ingest(docs, settings, on_error=on_error, tick=tick, store=store)
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
    with open_store(settings) as store:
        stats = store.stats()
    return {
        "store": settings.store,
        "model": settings.model,
        "gazetteer_actors": len(gazetteer),
        "relations": sorted(relation_specs()),
        **stats,
    }
