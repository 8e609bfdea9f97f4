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


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The full extraction pipeline, loaded once per test session."""
    from geograph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):  # type: ignore[no-untyped-def]
    """Text in, mentions out: ``extract("Iran accused Israel.")``."""
    from geograph.model import Document

    def run(text: str, doc_id: str = "t"):  # type: ignore[no-untyped-def]
        return list(pipeline.extract(Document(doc_id, text)).mentions)

    return run
