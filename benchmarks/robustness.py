"""Do our rules survive the way news frames a sentence?

The gold files score sentences as the CAMEO manual and PETRARCH wrote them; real
wire copy wraps the same statements in datelines, attributions, time phrases and
neighbouring sentences. This takes our own codebook sentences (the tables of
``tests/test_codebook_*.py``, each with the relation it must give), puts each in
every framing below, and prints, per framing, how many still give that relation
(same relation, source and target; modality may change, "officials said" makes it
reported). A framing far below "plain" names a construction the rules or the
actor linking do not yet generalise over.

    python benchmarks/robustness.py [--show N]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLES = {
    "test_codebook_a": "CODEBOOK_A",
    "test_codebook_b": "CODEBOOK_B",
    "test_codebook_c": "CODEBOOK_C",
    "test_codebook_d": "CODEBOOK_D",
}


def _lower_article(text: str) -> str:
    """Lower-case a leading article, so that the sentence can follow a framing."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An") else text


def _body(text: str) -> str:
    return text.rstrip(".")


FRAMINGS: dict[str, Callable[[str], str]] = {
    "plain": lambda t: t,
    "dateline": lambda t: "NAIROBI, March 3 (Reuters) - " + t,
    "day first": lambda t: "On Tuesday, " + _lower_article(t),
    "earlier": lambda t: "Earlier this month, " + _lower_article(t),
    "in a statement": lambda t: "In a statement, " + _lower_article(t),
    "X said": lambda t: _body(t) + ", officials said on Tuesday.",
    "said that": lambda t: "A spokesman said on Tuesday that " + _lower_article(t),
    "according to": lambda t: _body(t) + ", according to state media.",
    "media reported": lambda t: _body(t) + ", state media reported.",
    "said, adding": lambda t: (
        _body(t) + " on Tuesday, officials said, adding that talks would continue."
    ),
    "as-clause": lambda t: _body(t) + " as tensions rose in the region.",
    "a move that": lambda t: _body(t) + ", a move that angered Washington.",
    "sentence before": lambda t: "Talks with Russia stalled last week. " + t,
    "sentence after": lambda t: t + " The move came after weeks of tension.",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N failures per framing")
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]
    from geograph.model import Document
    from geograph.pipeline import Pipeline

    rows = [
        (text, expected)
        for module, table in TABLES.items()
        for text, expected in getattr(importlib.import_module(module), table)
    ]
    pipeline = Pipeline()
    print(f"{len(rows)} sentences of tests/test_codebook_*.py, each in {len(FRAMINGS)} framings")
    for name, frame in FRAMINGS.items():
        texts = [frame(text) for text, _ in rows]
        results = pipeline.process(Document(str(i), t) for i, t in enumerate(texts))
        failures = [
            text
            for text, (_, e), result in zip(texts, rows, results, strict=True)
            if not any(
                m.relation == e.relation
                and m.source.id == e.source
                and m.target.id == e.target
                and (e.negated is None or m.negated == e.negated)
                for m in result.mentions
            )
        ]
        kept = len(rows) - len(failures)
        print(f"{name:16s} {kept:5d} / {len(rows)}  ({kept / len(rows):.1%})")
        for text in failures[: args.show]:
            print(f"    {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
