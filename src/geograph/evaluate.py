"""Scoring extraction against event-coder gold standards (PLOVER and PETRARCH).

Each gold record is a sentence with the events a human (or a checked coder)
expects: a source and target actor code and an event type. geograph extracts the
sentence with the normal pipeline and keeps the mentions that code as events
(``Mention.event``); each becomes ``(source code, type, target code)`` where the
type is the mention's PLOVER category, or its CAMEO root for PETRARCH gold. The
codes come from the ontology through the pipeline, not from a table here.

Three levels are scored, with precision, recall and F1 each:

* **type**: per sentence, the set of event types found against the set expected;
* **triple**: per sentence, each expected ``(source, type, target)`` matched to
  at most one found triple of the same type whose actors agree, where an empty
  gold side matches anything;
* **no-event**: how many sentences that expect no event produce one (false alarms).

Records are also scored by the parity of their position in the file (counting
from 0), because rules are tuned on the even half only: a large gap between the
halves means a rule fits sentences rather than the language.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Actor, Document, Mention

FORMATS = ("plover", "petrarch")
# Actor codes of the CAMEO/Phoenix dictionaries that differ from ISO 3166-1 alpha-3.
CAMEO_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UK": "GBR", "GZA": "PSE"}
# Codes for actors that belong to no state.
TYPE_CODES = {"IGO": "IGO", "ArmedGroup": "IMG", "Organization": "NGO"}
UNKNOWN = {"", "---"}

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    expected: tuple[Triple, ...]
    position: int


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Outcome:
    """What was expected and found for one sentence."""

    record: GoldRecord
    found: tuple[Triple, ...]
    matched: int
    types_expected: frozenset[str]
    types_found: frozenset[str]


@dataclass(slots=True)
class Report:
    """Scores of one part of the gold (all, even or odd records)."""

    name: str
    type: Score = field(default_factory=Score)
    triple: Score = field(default_factory=Score)
    no_event_sentences: int = 0
    no_event_false_alarms: int = 0
    per_type: dict[str, dict[str, Score]] = field(default_factory=dict)

    def add(self, o: Outcome) -> None:
        te, tf = o.types_expected, o.types_found
        self.type.add(len(te & tf), len(tf - te), len(te - tf))
        expected = len(o.record.expected)
        self.triple.add(o.matched, len(o.found) - o.matched, expected - o.matched)
        if not o.record.expected:
            self.no_event_sentences += 1
            self.no_event_false_alarms += 1 if o.found else 0
        for t in te | tf:
            row = self.per_type.setdefault(t, {"type": Score(), "triple": Score()})
            row["type"].add(
                int(t in te and t in tf), int(t in tf and t not in te), int(t in te and t not in tf)
            )
        found_by_type = Counter(f[1] for f in o.found)
        exp_by_type = Counter(e[1] for e in o.record.expected)
        matched_by_type = _matched_by_type(o.record.expected, o.found)
        for t in set(found_by_type) | set(exp_by_type):
            row = self.per_type.setdefault(t, {"type": Score(), "triple": Score()})
            m = matched_by_type.get(t, 0)
            row["triple"].add(m, found_by_type[t] - m, exp_by_type[t] - m)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type.to_json(),
            "triple": self.triple.to_json(),
            "no_event": {
                "sentences": self.no_event_sentences,
                "false_alarms": self.no_event_false_alarms,
            },
            "per_type": {
                t: {k: v.to_json() for k, v in row.items()}
                for t, row in sorted(self.per_type.items())
            },
        }


def read_gold(path: Path, fmt: str) -> list[GoldRecord]:
    """Gold records from a PLOVER or PETRARCH JSONL file."""
    if fmt not in FORMATS:
        raise InputError(f"unknown gold format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from exc
    records: list[GoldRecord] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            expected = tuple(_gold_triple(e, fmt) for e in rec["expected"])
            records.append(GoldRecord(str(rec["id"]), str(rec["text"]), expected, len(records)))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{lineno}: not a {fmt} gold record ({exc})") from exc
    if not records:
        raise InputError(f"{path}: no gold records")
    return records


def _country(code: str) -> str:
    code = code.strip().upper()[:3]
    if code in UNKNOWN:
        return ""
    return CAMEO_COUNTRY.get(code, code)


def _gold_triple(e: dict[str, Any], fmt: str) -> Triple:
    if fmt == "plover":
        return (_country(e["source"]), str(e["plover"]).upper(), _country(e["target"]))
    return (_country(e["source"]), str(e["cameo"])[:2], _country(e["target"]))


def actor_code(actor: Actor) -> str:
    """The code an event coder would give an actor: its country, else its kind."""
    if actor.country:
        return actor.country
    return TYPE_CODES.get(actor.type, "")


def found_triples(mentions: Iterable[Mention], fmt: str) -> tuple[Triple, ...]:
    """Distinct coded events of a sentence as (source, type, target)."""
    out: dict[Triple, None] = {}
    for m in mentions:
        if not m.event:
            continue
        kind = m.plover if fmt == "plover" else m.cameo[:2]
        if not kind:
            continue
        out[(actor_code(m.source), kind, actor_code(m.target))] = None
    return tuple(out)


def _agrees(gold: str, found: str) -> bool:
    return gold == "" or gold == found


def match(expected: Sequence[Triple], found: Sequence[Triple]) -> list[tuple[int, int]]:
    """Pairs (expected index, found index), each used once, exact sides first."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    # Match the most specific gold triples first so that a wildcard does not take
    # the found triple an exact one needs.
    order = sorted(
        range(len(expected)), key=lambda i: (expected[i][0] == "") + (expected[i][2] == "")
    )
    for i in order:
        es, et, eo = expected[i]
        for j, (fs, ft, fo) in enumerate(found):
            if j in used or ft != et:
                continue
            if _agrees(es, fs) and _agrees(eo, fo):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _matched_by_type(expected: Sequence[Triple], found: Sequence[Triple]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for i, _ in match(expected, found):
        counts[expected[i][1]] = counts.get(expected[i][1], 0) + 1
    return counts


def outcomes(
    records: Sequence[GoldRecord], mentions_of: Iterable[Sequence[Mention]], fmt: str
) -> Iterator[Outcome]:
    for record, mentions in zip(records, mentions_of, strict=True):
        found = found_triples(mentions, fmt)
        yield Outcome(
            record=record,
            found=found,
            matched=len(match(record.expected, found)),
            types_expected=frozenset(e[1] for e in record.expected),
            types_found=frozenset(f[1] for f in found),
        )


@dataclass(slots=True)
class Evaluation:
    fmt: str
    reports: dict[str, Report]
    outcomes: list[Outcome]
    # Missed event types by kind (:mod:`geograph.misses`), per part, when asked for.
    why: dict[str, dict[str, int]] | None = None

    def misses(self, limit: int = 15) -> list[dict[str, Any]]:
        """The worst sentences: most expected triples missed, then most false ones."""
        rows = []
        for o in self.outcomes:
            missed = len(o.record.expected) - o.matched
            false = len(o.found) - o.matched
            if missed or false:
                rows.append((missed, false, o))
        rows.sort(key=lambda r: (-r[0], -r[1], r[2].record.position))
        return [
            {
                "id": o.record.id,
                "position": o.record.position,
                "text": o.record.text,
                "expected": [list(t) for t in o.record.expected],
                "found": [list(t) for t in o.found],
            }
            for _, _, o in rows[:limit]
        ]

    def to_json(self) -> dict[str, Any]:
        out = {
            "format": self.fmt,
            "reports": {k: v.to_json() for k, v in self.reports.items()},
            "misses": self.misses(50),
        }
        if self.why is not None:
            out["why_missed"] = self.why
        return out


def evaluate(
    records: Sequence[GoldRecord], mentions_of: Iterable[Sequence[Mention]], fmt: str
) -> Evaluation:
    """Score found mentions (one sequence per record, in order) against the gold."""
    reports = {name: Report(name) for name in ("all", "even", "odd")}
    kept: list[Outcome] = []
    for o in outcomes(records, mentions_of, fmt):
        kept.append(o)
        reports["all"].add(o)
        reports["even" if o.record.position % 2 == 0 else "odd"].add(o)
    return Evaluation(fmt, reports, kept)


def run(path: Path, fmt: str, pipeline: Any, *, half: str = "all", why: bool = False) -> Evaluation:
    """Read the gold at ``path`` and score ``pipeline`` (a :class:`~geograph.pipeline.Pipeline`);
    with ``why``, also count the missed event types by kind (:mod:`geograph.misses`)."""
    records = read_gold(path, fmt)
    if half in ("even", "odd"):
        records = [r for r in records if r.position % 2 == (0 if half == "even" else 1)]
    # Positions, not gold ids, name the documents: gold files repeat ids.
    docs = (Document(str(r.position), r.text) for r in records)
    found: dict[str, list[Mention]] = {}
    for result in pipeline.process(docs, on_error=lambda _: None):
        found[result.document.id] = list(result.mentions)
    mentions = [found.get(str(r.position), []) for r in records]
    evaluation = evaluate(records, mentions, fmt)
    if why:
        from .misses import KINDS, why_missed

        kinds = why_missed(
            pipeline,
            [r.text for r in records],
            [o.types_expected - o.types_found for o in evaluation.outcomes],
            mentions,
            fmt,
        )
        parts: dict[str, Counter[str]] = {"all": Counter(), "even": Counter(), "odd": Counter()}
        for record, counts in zip(records, kinds, strict=True):
            parts["all"].update(counts)
            parts["even" if record.position % 2 == 0 else "odd"].update(counts)
        evaluation.why = {
            part: {k: counts[k] for k in KINDS} for part, counts in parts.items() if counts
        }
    return evaluation
