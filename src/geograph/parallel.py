"""Running the pipeline on one process, several local processes, or a Dask cluster.

Documents stream through in batches; results come back in input order, so the
output of ``--workers N`` is the output of ``--workers 1``.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult

from .model import DocResult, Document
from .settings import Settings

Report = Callable[[str], None]

_WORKER: object | None = None


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _init_worker(settings: Settings) -> None:
    global _WORKER
    from .pipeline import Pipeline

    _WORKER = Pipeline(settings)


def run_batch(batch: list[Document]) -> tuple[list[DocResult], list[str]]:
    """Extract one batch in a worker process (the pipeline is loaded once per process)."""
    from .pipeline import Pipeline

    assert isinstance(_WORKER, Pipeline)
    errors: list[str] = []
    results = list(_WORKER.process(batch, on_error=errors.append))
    return results, errors


def process(
    docs: Iterable[Document], settings: Settings, *, on_error: Report | None = None
) -> Iterator[DocResult]:
    """Extract ``docs`` with ``settings.workers`` processes (1: in this process)."""
    report = on_error or (lambda _: None)
    if settings.workers <= 1:
        from .pipeline import Pipeline

        yield from Pipeline(settings).process(docs, on_error=report)
        return
    # Small batches keep workers busy and memory flat; ordered imap keeps input order.
    batch_size = max(1, min(settings.batch_size, 8))
    ctx = mp.get_context("spawn")
    window = settings.workers * 2
    with ctx.Pool(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        # A bounded window of batches in flight: Pool.imap would read the whole
        # input ahead, and a corpus may be larger than memory.
        pending: deque[AsyncResult[tuple[list[DocResult], list[str]]]] = deque()
        for batch in _batches(docs, batch_size):
            pending.append(pool.apply_async(run_batch, (batch,)))
            if len(pending) >= window:
                yield from _collect(pending.popleft(), report)
        while pending:
            yield from _collect(pending.popleft(), report)


def _collect(
    job: AsyncResult[tuple[list[DocResult], list[str]]], report: Report
) -> Iterator[DocResult]:
    results, errors = job.get()
    for message in errors:
        report(message)
    yield from results
