"""What every exporter shares: a file written whole or not at all, and writable text.

A failed write (a full disk, a killed process) must not leave half a page or half
a graph where a good one was: a path is written to a temporary file beside it,
synced, and renamed over the target only once complete. Streams and special
files (``/dev/stdout``, a pipe) are written directly.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

Target = str | os.PathLike[str] | IO[bytes]


def unicode_safe(text: str) -> str:
    """``text`` as UTF-8 can write it: a lone surrogate becomes U+FFFD.

    Lone surrogates come from JSON ``\\u`` escapes and ids decoded from IRIs; a
    surrogate pair split across two code points is joined back into one.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextlib.contextmanager
def output(target: Target) -> Iterator[IO[bytes]]:
    """A binary file to write ``target`` through (see the module docstring).

    Raises:
        OSError: when the file cannot be written; the target is then unchanged.
    """
    if not isinstance(target, str | os.PathLike):
        yield target
        return
    path = Path(target)
    if path.exists() and not path.is_file():
        with path.open("wb") as direct:
            yield direct
        return
    mode = _mode(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
