"""Malformed and extreme input through the real CLI: every bad input is one line
naming its file, the rest of the batch goes on, memory stays bounded.

Peak memory is the CLI process's own peak resident set size (``ru_maxrss``),
compared with generous bounds or with a run on less input; nothing is timed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_kit import Run, assert_no_traceback, geograph, messages

from geograph.errors import InputError

RELATION = "Iran accused Israel of sabotage at the Natanz site."


def mentions(run: Run) -> list[dict[str, object]]:
    return [json.loads(line) for line in run.stdout.splitlines()]


def check_offsets(found: list[dict[str, object]], texts: dict[str, str]) -> None:
    for m in found:
        text = texts[str(m["doc"])]
        start, end = int(m["start"]), int(m["end"])  # type: ignore[call-overload]
        assert text[start:end] == m["sentence"], m


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run, dict[str, str]]:
    """One `geograph extract` over good, bad and strange inputs, in one batch."""
    d = tmp_path_factory.mktemp("batch")
    texts: dict[str, str] = {}

    def text(name: str, value: str) -> Path:
        path = d / name
        path.write_text(value, encoding="utf-8")
        texts[path.stem] = value
        return path

    def raw(name: str, data: bytes) -> Path:
        path = d / name
        path.write_bytes(data)
        return path

    nul_late = "Officials met in Vienna. " * 400 + "\x00\x00\x00 " + RELATION
    raw("nul_late.txt", nul_late.encode())
    texts["nul_late"] = nul_late
    latin = "Caf\xe9 owners said Turkey accused Greece of provocations."
    raw("latin1.txt", latin.encode("latin-1"))
    texts["latin1"] = latin.replace("\xe9", "\ufffd")
    utf16 = "Azerbaijan accused Armenia of shelling the border villages."
    raw("utf16le.txt", b"\xff\xfe" + utf16.encode("utf-16-le"))
    raw("utf16be.txt", b"\xfe\xff" + utf16.encode("utf-16-be"))
    texts["utf16le"] = texts["utf16be"] = utf16
    mixed = (
        "إيران تتهم إسرائيل\n"  # Arabic, Cyrillic and Chinese lines: dropped as foreign
        "Иран обвинил Израиль\n"
        "伊朗指责以色列\n"
        "\u202bRTL mark\u202c, Mu\u0308nchen, \U0001f680 and "
        "\u0130ran's minister Ali Bagheri\u2019s aide said: " + RELATION + "\n"
    )
    records = [
        json.dumps({"id": "rec-good", "text": "Russia accused Ukraine of shelling the plant."}),
        '{"id": "broken", "text": ',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "x"}),
        json.dumps({"id": "number", "text": 42}),
        '{"id": "deep", "text": "x", "meta": ' + "[" * 50_000 + "]" * 50_000 + "}",
        json.dumps({"id": "huge", "text": "Iran accused Israel. " * 5_000}),
        '{"id": "lone", "text": "Turkey accused Greece \\ud800 of provocations."}',
    ]
    inputs = [
        text("good1.txt", RELATION),
        text("empty.txt", ""),
        text("blank.txt", "   \n\n \t \n"),
        raw("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        raw("nul.txt", b"Iran\x00accused\x00Israel\x00" * 50),
        raw("utf16_no_bom.txt", RELATION.encode("utf-16-le")),
        d / "nul_late.txt",
        d / "latin1.txt",
        d / "utf16le.txt",
        d / "utf16be.txt",
        text("mixed.txt", mixed),
        text("none.txt", "The weather was mild and the markets were quiet all week."),
        raw("records.jsonl", ("\n".join(records) + "\n").encode()),
        d / "missing.txt",
        d / "emptydir",
        text("good2.md", "Egypt accused Sudan of violating the agreement."),
    ]
    (d / "emptydir").mkdir()
    texts["rec-good"] = "Russia accused Ukraine of shelling the plant."
    texts["lone"] = "Turkey accused Greece \ufffd of provocations."
    run = geograph("extract", *inputs, cwd=d, env={"GEOGRAPH_MAX_DOCUMENT_CHARS": "50000"})
    return d, run, texts


def test_the_batch_exits_non_zero_without_a_traceback(
    batch: tuple[Path, Run, dict[str, str]],
) -> None:
    _, run, _ = batch
    assert_no_traceback(run)
    assert run.returncode == InputError.exit_code


def test_every_bad_input_is_one_line_naming_it(batch: tuple[Path, Run, dict[str, str]]) -> None:
    d, run, _ = batch
    assert sorted(messages(run)) == sorted(
        [
            f"{d / 'empty.txt'}: empty file",
            f"{d / 'blank.txt'}: empty file",
            f"{d / 'image.txt'}: binary file, skipped",
            f"{d / 'nul.txt'}: binary file, skipped",
            f"{d / 'utf16_no_bom.txt'}: binary file, skipped",
            f"{d / 'records.jsonl'}:2: invalid JSON: Expecting value (column 26)",
            f"{d / 'records.jsonl'}:3: record is not a JSON object",
            f'{d / "records.jsonl"}:4: record has no "text"',
            f'{d / "records.jsonl"}:5: "text" is not a string',
            f"{d / 'records.jsonl'}:6: invalid JSON: nested too deeply",
            f'{d / "records.jsonl"}:7: "text" too large (105,000 characters; '
            "max_document_chars is 50,000), skipped",
            f"{d / 'missing.txt'}: no such file or directory",
            f"{d / 'emptydir'}: no *.jsonl, *.md, *.text, *.txt files",
        ]
    )
    assert sorted(messages(run, "warning")) == [
        f"{d / 'latin1.txt'}: invalid UTF-8 replaced (1 bytes)",
        f"{d / 'records.jsonl'}:8: lone surrogate escapes replaced (1)",
    ]


def test_the_rest_of_the_batch_is_extracted(batch: tuple[Path, Run, dict[str, str]]) -> None:
    _, run, texts = batch
    found = mentions(run)
    docs = {str(m["doc"]) for m in found}
    expected = {"good1", "nul_late", "latin1", "utf16le", "utf16be", "mixed", "good2"}
    assert expected | {"rec-good", "lone"} <= docs
    assert "none" not in docs  # no actors: nothing to say, and no error either
    check_offsets(found, texts)
    for m in found:
        if m["doc"] in ("good1", "nul_late"):
            assert m["sentence"] == RELATION
        if m["doc"] == "mixed":  # the English sentence, after the foreign lines
            assert str(m["sentence"]).endswith(RELATION)


def test_a_50_mb_single_line_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    line = "Iran accused Israel of sabotage near the border. "
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        for _ in range(50_000_000 // len(line)):
            fh.write(line)
    small = tmp_path / "small.txt"
    small.write_text(RELATION, encoding="utf-8")
    alone = geograph("extract", small, cwd=tmp_path)
    run = geograph("extract", big, small, cwd=tmp_path, timeout=600)
    assert_no_traceback(run)
    assert run.returncode == InputError.exit_code
    assert messages(run) == [
        f"{big}: too large (more than 10,000,000 characters; max_document_chars sets the "
        "limit), skipped"
    ]
    assert run.stdout == alone.stdout and len(mentions(run)) == 1
    # Reading stops at the limit: the 50 MB file costs the process far less than itself.
    assert run.peak_mb - alone.peak_mb < 50, (run.peak_mb, alone.peak_mb)
    print(f"peak {run.peak_mb:.0f} MB with the 50 MB file, {alone.peak_mb:.0f} MB without")


def test_a_100000_sentence_document_works_with_bounded_memory(tmp_path: Path) -> None:
    fillers = ("Rain fell.", "Talks ended.", "Prices rose.", "Ships waited.", "Roads closed.")
    parts = []
    for i in range(100_000):
        parts.append("Iran accused Israel." if i % 10 == 0 else fillers[i % 5])
        parts.append("\n\n" if i % 40 == 39 else " ")
    text = "".join(parts)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    run = geograph("extract", path, cwd=tmp_path, timeout=900)
    assert run.returncode == 0, run.stderr
    found = mentions(run)
    accusations = [
        m
        for m in found
        if (m["relation"], m["source"]["id"], m["target"]["id"])  # type: ignore[index]
        == ("accuses", "iran", "israel")
    ]
    assert len(accusations) == 10_000
    check_offsets(found, {"long": text})
    # spaCy parses at most BATCH_CHARS at a time: 32 chunks of 20,000 characters in
    # one batch took about 2 GB; cut by size the whole run stays under a gigabyte.
    assert run.peak_mb < 1000, run.peak_mb
    print(f"peak {run.peak_mb:.0f} MB for {len(text):,} characters")
