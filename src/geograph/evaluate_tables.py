"""The tables `geograph evaluate` prints: scores per part and level, per event type,
the worst misses, and (with ``--why``) the missed types by kind."""

from __future__ import annotations

from rich.table import Table as RichTable

from .evaluate import Evaluation


def _triples(triples: list[tuple[str, str, str]]) -> str:
    return " ".join(">".join((s or "*", t, o or "*")) for s, t, o in triples) or "-"


def evaluation_tables(result: Evaluation, gold_name: str, misses: int) -> list[RichTable]:
    """The evaluation of the gold file ``gold_name`` as tables, with the ``misses``
    worst misses."""
    levels = RichTable("part", "level", "P", "R", "F1", "tp", "fp", "fn", title=gold_name)
    for part, report in result.reports.items():
        if not report.type.tp + report.type.fn + report.type.fp:
            continue
        for level, score in (("type", report.type), ("triple", report.triple)):
            levels.add_row(
                part,
                level,
                f"{score.precision:.3f}",
                f"{score.recall:.3f}",
                f"{score.f1:.3f}",
                str(score.tp),
                str(score.fp),
                str(score.fn),
            )
        if report.no_event_sentences:
            alarms = f"{report.no_event_false_alarms}/{report.no_event_sentences}"
            levels.add_row(part, "no-event", "", "", "", "", alarms, "")
    per_type = RichTable("type", "type F1", "triple F1", "triple tp", "fp", "fn", title="per type")
    for kind, row in sorted(result.reports["all"].per_type.items()):
        t, tr = row["type"], row["triple"]
        per_type.add_row(kind, f"{t.f1:.2f}", f"{tr.f1:.2f}", str(tr.tp), str(tr.fp), str(tr.fn))
    worst = RichTable("#", "sentence", "expected", "found", title="worst misses")
    for miss in result.misses(misses):
        worst.add_row(
            str(miss["position"]),
            " ".join(miss["text"].split())[:140],
            _triples(miss["expected"]),
            _triples(miss["found"]),
        )
    tables = [levels, per_type, worst]
    if result.why is not None:
        kinds = RichTable("part", *next(iter(result.why.values())), title="missed types by kind")
        for part, counts in result.why.items():
            kinds.add_row(part, *(str(n) for n in counts.values()))
        tables.append(kinds)
    return tables
