"""Running the pipeline on one process, several local processes, or a Dask cluster.

Documents stream through in small tasks with a bounded number in flight, so a
corpus larger than memory is fine; results come back in input order, so the output
of ``--workers N`` or ``--cluster`` is the output of ``--workers 1``.

Local workers are spawned processes that load the pipeline once each. Each is
limited to one BLAS/OpenMP thread: with N workers on N cores, more threads per
worker only fight over the same cores.

On a Dask cluster the workers import geograph and load the spaCy pipeline (once per
worker process) themselves: install geograph and the model on every worker.
"""

from __future__ import annotations

import importlib
import itertools
import multiprocessing as mp
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import ServiceError
from .model import DocResult, Document
from .settings import Settings

if TYPE_CHECKING:
    from .pipeline import Pipeline

Report = Callable[[str], None]
Batch = tuple[list[DocResult], list[str]]

# Documents per task: small, so one long article does not leave a worker idle at the
# end, and tasks in flight per worker: enough that none waits for the next.
TASK_DOCS = 2
IN_FLIGHT_PER_WORKER = 4
# Seconds to wait for a Dask scheduler to answer.
CONNECT_TIMEOUT = 10
# Thread pools of numerical libraries, pinned to one thread in each worker.
THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)

_PIPELINES: dict[Settings, Pipeline] = {}
_PIPELINE_LOCK = threading.Lock()


def _tasks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _pipeline(settings: Settings) -> Pipeline:
    # Once per worker process (and per settings); run_batch holds a lock, as a Dask
    # worker may run tasks on several threads.
    from .pipeline import Pipeline

    pipeline = _PIPELINES.get(settings)
    if pipeline is None:
        pipeline = _PIPELINES[settings] = Pipeline(settings)
    return pipeline


def _init_worker(settings: Settings) -> None:
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    _pipeline(settings)


def run_batch(batch: list[Document], settings: Settings) -> Batch:
    """Extract one task's documents in a worker process (local or Dask)."""
    errors: list[str] = []
    with _PIPELINE_LOCK:
        results = list(_pipeline(settings).process(batch, on_error=errors.append))
    return results, errors


def process(
    docs: Iterable[Document], settings: Settings, *, on_error: Report | None = None
) -> Iterator[DocResult]:
    """Extract ``docs`` on ``settings.cluster`` if set, else with ``settings.workers``
    local processes (1: in this process)."""
    report = on_error or (lambda _: None)
    if settings.cluster:
        yield from _on_cluster(docs, settings, settings.cluster, report)
        return
    if settings.workers <= 1:
        from .pipeline import Pipeline

        yield from Pipeline(settings).process(docs, on_error=report)
        return
    ctx = mp.get_context("spawn")
    window = settings.workers * IN_FLIGHT_PER_WORKER
    with ctx.Pool(settings.workers, initializer=_init_worker, initargs=(settings,)) as pool:
        # A bounded window of tasks in flight: Pool.imap would read the whole input
        # ahead, and a corpus may be larger than memory.
        pending: deque[Any] = deque()
        for batch in _tasks(docs, TASK_DOCS):
            pending.append(pool.apply_async(run_batch, (batch, settings)))
            if len(pending) >= window:
                yield from _collect(pending.popleft().get(), report)
        while pending:
            yield from _collect(pending.popleft().get(), report)


def _collect(batch: Batch, report: Report) -> Iterator[DocResult]:
    results, errors = batch
    for message in errors:
        report(message)
    yield from results


def _on_cluster(
    docs: Iterable[Document], settings: Settings, address: str, report: Report
) -> Iterator[DocResult]:
    try:
        # Untyped; imported as a module so mypy treats it as Any.
        distributed = importlib.import_module("distributed")
    except ImportError as exc:
        raise ServiceError(
            "--cluster needs Dask distributed: pip install 'geograph[cluster]'"
        ) from exc
    try:
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ServiceError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        threads = sum(client.nthreads().values())
        if threads == 0:
            raise ServiceError(f"the Dask cluster at {address} has no workers")
        window = threads * IN_FLIGHT_PER_WORKER
        pending: deque[Any] = deque()
        for batch in _tasks(docs, TASK_DOCS):
            pending.append(client.submit(run_batch, batch, settings, pure=False))
            if len(pending) >= window:
                yield from _collect(_result(pending.popleft(), address), report)
        while pending:
            yield from _collect(_result(pending.popleft(), address), report)
    finally:
        client.close()


def _result(future: Any, address: str) -> Batch:
    try:
        batch: Batch = future.result()
    except (OSError, TimeoutError) as exc:
        raise ServiceError(f"lost the Dask cluster at {address}: {exc}") from exc
    except Exception as exc:
        # The task itself failed on the worker (geograph or the model missing there).
        raise ServiceError(f"a task failed on the Dask cluster at {address}: {exc!r}") from exc
    return batch
