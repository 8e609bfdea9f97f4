"""Run headless Chromium over an exported HTML page, with the network cut off.

For tests and benchmarks: dump the DOM after the page's scripts ran, or take a
screenshot. Chromium is found on ``PATH`` (or ``GEOGRAPH_CHROMIUM``); every run
uses a throwaway profile and a proxy that goes nowhere, so a page that tried to
fetch anything would fail to, visibly.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExportError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


@dataclass(frozen=True, slots=True)
class Run:
    """What one browser run printed, and how long it took (seconds)."""

    stdout: str
    stderr: str
    seconds: float


def find_chromium() -> str | None:
    """The Chromium executable to use, or ``None`` when there is none."""
    configured = os.environ.get("GEOGRAPH_CHROMIUM")
    if configured:
        return shutil.which(configured) or (configured if Path(configured).is_file() else None)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(
    html_path: str | os.PathLike[str],
    action: list[str],
    *,
    budget_ms: int,
    size: tuple[int, int],
    timeout: float,
    fragment: str = "",
) -> Run:
    exe = find_chromium()
    if exe is None:
        raise ExportError("no Chromium found: install chromium or set GEOGRAPH_CHROMIUM")
    url = Path(html_path).resolve().as_uri() + (f"#{fragment}" if fragment else "")
    with tempfile.TemporaryDirectory(prefix="geograph-chromium-") as profile:
        cmd = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-extensions",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            # Nowhere to go: every http(s) request is sent to a closed local port.
            "--proxy-server=http://127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
            f"--user-data-dir={profile}",
            f"--window-size={size[0]},{size[1]}",
            f"--virtual-time-budget={budget_ms}",
            *action,
            url,
        ]
        started = time.perf_counter()
        # A session of its own, so a hung browser and its helpers can be stopped together.
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise ExportError(f"Chromium did not finish {url} within {timeout:.0f}s") from exc
        seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise ExportError(f"Chromium failed on {url} (exit {proc.returncode}): {err[-500:]}")
    return Run(out, err, seconds)


def dump_dom(
    html_path: str | os.PathLike[str],
    *,
    budget_ms: int = 5000,
    size: tuple[int, int] = (1280, 800),
    timeout: float = 120.0,
    fragment: str = "",
) -> Run:
    """Load the page, let its scripts run for ``budget_ms`` of virtual time, dump the DOM.

    ``fragment`` is appended to the URL after ``#`` (the page reads ``only=...``).
    """
    return _run(
        html_path,
        ["--dump-dom"],
        budget_ms=budget_ms,
        size=size,
        timeout=timeout,
        fragment=fragment,
    )


def screenshot(
    html_path: str | os.PathLike[str],
    png_path: str | os.PathLike[str],
    *,
    budget_ms: int = 5000,
    size: tuple[int, int] = (1280, 800),
    timeout: float = 120.0,
) -> Run:
    """Render the page and save a PNG of the window to ``png_path``."""
    png = Path(png_path).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    run = _run(html_path, [f"--screenshot={png}"], budget_ms=budget_ms, size=size, timeout=timeout)
    if not png.is_file():
        raise ExportError(f"Chromium wrote no screenshot to {png}: {run.stderr[-500:]}")
    return run
