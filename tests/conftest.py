"""Shared fixtures. The spaCy pipeline loads once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    # The project's shared material (seed article, corpus, schemas) lives beside the
    # checkout; GEOGRAPH_SHARED points elsewhere when the clone is somewhere else.
    for cand in (os.environ.get("GEOGRAPH_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if cand and (Path(cand) / "seeds").is_dir():
            return Path(cand)
    raise RuntimeError("cannot find ../shared (set GEOGRAPH_SHARED)")


SHARED = _shared()
SEED = SHARED / "seeds" / "000_b105b622e4c02704.txt"
