"""Scoring against event-coder gold: matching, levels, halves, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geograph.cli import app
from geograph.errors import InputError
from geograph.evaluate import GoldRecord, actor_code, evaluate, match, read_gold
from geograph.model import Actor, Mention

IRAN = Actor("iran", "Iran", "State", "IRN", "Q794")
IRAQ = Actor("iraq", "Iraq", "State", "IRQ", "Q796")
UN = Actor("united-nations", "United Nations", "IGO", None, "Q1065")


def mention(source: Actor, target: Actor, plover: str, cameo: str, event: bool = True) -> Mention:
    return Mention(
        doc="0", relation="attacks", source=source, target=target, sentence="s", start=0, end=1,
        plover=plover, cameo=cameo, event=event,
    )  # fmt: skip


def test_wildcard_sides_match_anything_and_exact_sides_go_first() -> None:
    expected = [("IRN", "FIGHT", ""), ("IRN", "FIGHT", "IRQ")]
    found = [("IRN", "FIGHT", "IRQ"), ("IRN", "FIGHT", "IGO")]
    pairs = match(expected, found)
    # The exact gold triple takes the exact found one; the wildcard takes the other.
    assert sorted(pairs) == [(0, 1), (1, 0)]


def test_a_found_triple_is_used_once() -> None:
    assert len(match([("IRN", "FIGHT", ""), ("IRN", "FIGHT", "")], [("IRN", "FIGHT", "IRQ")])) == 1


def test_actor_codes() -> None:
    assert actor_code(IRAN) == "IRN"
    assert actor_code(UN) == "IGO"
    assert actor_code(Actor("person:x", "X", "Person")) == ""


def test_levels_and_halves() -> None:
    records = [
        GoldRecord("a", "Iran attacked Iraq.", (("IRN", "FIGHT", "IRQ"),), 0),
        GoldRecord("b", "Nothing happened.", (), 1),
        GoldRecord("c", "Iran attacked Iraq again.", (("IRN", "FIGHT", "IRQ"),), 2),
    ]
    found = [
        [mention(IRAN, IRAQ, "FIGHT", "190")],
        [mention(IRAQ, IRAN, "FIGHT", "190")],  # a false alarm
        [mention(IRAQ, IRAN, "FIGHT", "190"), mention(IRAN, IRAQ, "ASSAULT", "180", event=False)],
    ]
    result = evaluate(records, found, "plover")
    everything = result.reports["all"]
    assert (everything.type.tp, everything.type.fp, everything.type.fn) == (2, 1, 0)
    assert (everything.triple.tp, everything.triple.fp, everything.triple.fn) == (1, 2, 1)
    assert (everything.no_event_sentences, everything.no_event_false_alarms) == (1, 1)
    assert result.reports["even"].triple.tp == 1 and result.reports["odd"].triple.tp == 0
    assert result.reports["even"].triple.fn == 1
    assert everything.per_type["FIGHT"]["triple"].tp == 1
    assert "ASSAULT" not in everything.per_type  # a mention that codes no event is not scored
    assert result.misses()[0]["position"] in (1, 2)


def test_petrarch_scores_cameo_roots(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    expected = [{"source": "IRNGOV", "target": "---", "cameo": "0874"}]
    gold.write_text(json.dumps({"id": "x", "text": "t", "expected": expected}) + "\n")
    (record,) = read_gold(gold, "petrarch")
    assert record.expected == (("IRN", "08", ""),)


def test_bad_gold_is_one_clear_error(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "x", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="g.jsonl:1"):
        read_gold(gold, "plover")
    with pytest.raises(InputError, match="unknown gold format"):
        read_gold(gold, "cameo")


def _plover_gold(tmp_path: Path, rows: list[tuple[str, list[tuple[str, str, str]]]]) -> Path:
    """A PLOVER gold file of our own sentences: (text, [(source, type, target)])."""
    gold = tmp_path / "gold.jsonl"
    with gold.open("w", encoding="utf-8") as fh:
        for i, (text, expected) in enumerate(rows):
            exp = [{"source": s, "target": t, "plover": p} for s, p, t in expected]
            fh.write(json.dumps({"id": f"r{i}", "text": text, "expected": exp}) + "\n")
    return gold


def test_cli_evaluates_our_own_gold(tmp_path: Path) -> None:
    rows = [
        ("Egypt condemned Turkey over the raid.", [("EGY", "DISAPPROVE", "TUR")]),
        ("Norway will send food aid to Sudan.", [("NOR", "AGREE", "SDN")]),
        ("The weather was mild in Oslo.", []),
        ("Chile arrested three Bolivian smugglers.", [("CHL", "COERCE", "BOL")]),
    ]
    gold = _plover_gold(tmp_path, rows)
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app, ["evaluate", str(gold), "--format", "plover", "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "per type" in result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    everything = scores["reports"]["all"]
    assert everything["triple"]["tp"] == 3 and everything["triple"]["fn"] == 0
    assert everything["no_event"] == {"sentences": 1, "false_alarms": 0}
    assert scores["reports"]["even"]["triple"]["tp"] == 1  # records 0 and 2
    assert scores["reports"]["odd"]["triple"]["tp"] == 2


def test_why_counts_missed_types_by_kind(tmp_path: Path) -> None:
    # Our own sentences, each missing its gold type for one reason.
    rows = [
        # Read but no event: a speculation.
        ("Egypt may attack Libya.", [("EGY", "FIGHT", "LBY")]),
        # Another type read: the gold asks for one the sentence does not state.
        ("Egypt condemned Turkey over the raid.", [("EGY", "PROTEST", "TUR")]),
        # No actor at all.
        ("The weather was mild and the rain stopped.", [("", "AID", "")]),
        # A word of the type with nothing read from it (no one complained of).
        ("Peru complained.", [("PER", "DISAPPROVE", "")]),
        # No word of the type.
        ("Chile painted its ships.", [("CHL", "INVESTIGATE", "")]),
    ]
    gold = _plover_gold(tmp_path, rows)
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app, ["evaluate", str(gold), "--format", "plover", "--why", "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "missed types by kind" in result.output
    why = json.loads(out.read_text(encoding="utf-8"))["why_missed"]
    assert why["all"] == {
        "read, no event": 1,
        "other type read": 1,
        "no actor": 1,
        "word, nothing read": 1,
        "no word": 1,
    }, why
    assert why["even"]["read, no event"] == 1 and why["odd"]["other type read"] == 1
