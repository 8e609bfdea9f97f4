"""Progress and summaries of long commands, on stderr: a live bar on a terminal, a
line per written batch in a log or CI, and a table when the command ends."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from . import commands

# The command line's message console (see cli): soft_wrap keeps a message on one
# line, markup=False prints names as written.
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def status_line(summary: commands.Summary, *, short: bool = False) -> str:
    done = f"{summary.done}/{summary.total}" if summary.total is not None else str(summary.done)
    rate = f"{summary.docs_per_second:.1f} docs/s"
    eta = "" if summary.eta is None else f", ETA {duration(summary.eta)}"
    if short:  # beside a progress bar on one terminal line
        return f"{done} docs, {rate}{eta}"
    return (
        f"{done} documents ({summary.written} written, {summary.skipped} unchanged, "
        f"{summary.failed} failed), {rate}{eta}"
    )


class Reporter:
    """Progress on stderr: a live bar on a terminal; elsewhere (a log, CI) a line
    whenever a batch is written, and at least every :data:`QUIET` seconds."""

    QUIET = 30.0

    def __init__(self, label: str, total: int | None) -> None:
        self.label = label
        self.live = err.is_terminal
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not self.live,
        )
        self.task = self.progress.add_task(label, total=total, status="")
        self.written = 0
        self.last = time.monotonic()

    def __enter__(self) -> Reporter:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, summary: commands.Summary) -> None:
        if self.live:
            self.progress.update(
                self.task, completed=summary.done, status=status_line(summary, short=True)
            )
            return
        now = time.monotonic()
        if summary.written != self.written or now - self.last >= self.QUIET:
            self.written, self.last = summary.written, now
            err.print(f"{self.label}: {status_line(summary)}")


def print_summary(summary: commands.Summary, title: str) -> None:
    table = RichTable(title=title, show_header=False, title_justify="left")
    for key in (
        "documents",
        "written",
        "skipped",
        "failed",
        "sentences",
        "mentions",
        "actors",
        "triples",
    ):
        table.add_row(key, str(getattr(summary, key)))
    table.add_row("elapsed", f"{duration(summary.elapsed)} ({summary.docs_per_second:.2f} docs/s)")
    err.print(table)
