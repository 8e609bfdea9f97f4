"""read_inputs: every input kind, stable ids, and every bad input reported, never raised."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import IO, Any

from hypothesis import given, settings
from hypothesis import strategies as st

from geograph.inputs import read_inputs
from geograph.model import Document

BRIEF = "Iran accused Israel of sabotage on Tuesday."


def read(
    inputs: list[str | Path], stdin: IO[Any] | None = None
) -> tuple[list[Document], list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    docs = list(
        read_inputs(
            [str(i) for i in inputs],
            on_error=errors.append,
            on_warning=warnings.append,
            stdin=stdin,
        )
    )
    return docs, errors, warnings


def write_jsonl(path: Path, *records: Any) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# Plain text


def test_text_file_any_extension(tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>Turkey objected.</p>", encoding="utf-8")
    docs, errors, warnings = read([tmp_path / "talks.txt", tmp_path / "page.html"])
    assert docs == [
        Document("talks", BRIEF, path=str(tmp_path / "talks.txt")),
        Document("page", "<p>Turkey objected.</p>", path=str(tmp_path / "page.html")),
    ]
    assert errors == warnings == []


def test_explicit_files_sharing_a_stem(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "news.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "news.md").write_text("Two.", encoding="utf-8")
    docs, _, _ = read([tmp_path / "a" / "news.txt", tmp_path / "news.md"])
    assert [d.id for d in docs] == [
        (tmp_path / "a" / "news.txt").as_posix(),
        (tmp_path / "news.md").as_posix(),
    ]


# Directories


def test_directory_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "zeta.md").write_text("Zeta.", encoding="utf-8")
    (tmp_path / "alpha.text").write_text("Alpha.", encoding="utf-8")
    (tmp_path / "mid.txt").write_text("Mid.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"id": "r1", "text": "Rec."}\n', encoding="utf-8")
    (tmp_path / "table.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".cache" / "old.txt").write_text("Old.", encoding="utf-8")
    docs, errors, _ = read([tmp_path])
    assert [(d.id, d.text) for d in docs] == [
        ("alpha", "Alpha."),
        ("zeta", "Zeta."),
        ("r1", "Rec."),
        ("mid", "Mid."),
    ]
    assert docs[1].path == str(tmp_path / "b" / "zeta.md")
    assert errors == []


def test_directory_stems_disambiguated_stably(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"From {folder}.", encoding="utf-8")
    (tmp_path / "report.md").write_text("Top.", encoding="utf-8")
    (tmp_path / "solo.txt").write_text("Solo.", encoding="utf-8")
    first = [d.id for d in read([tmp_path])[0]]
    assert first == ["report.md", "solo", "x/report.txt", "y/report.txt"]
    assert [d.id for d in read([tmp_path])[0]] == first


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a\n", encoding="utf-8")
    docs, errors, _ = read([tmp_path])
    assert docs == []
    assert errors == [f"{tmp_path}: no *.jsonl, *.md, *.text, *.txt files"]


# JSON Lines


def test_jsonl_records_ids_and_metadata(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        {"id": "w-1", "text": BRIEF, "title": "Sabotage", "date": "2021-04-13",
         "url": "https://example.org/w-1", "lang": "en", "tags": ["x"]},
        {"text": "Azerbaijan bought drones."},
        {"id": 42, "text": "Armenia protested.", "title": None},
    )  # fmt: skip
    docs, errors, warnings = read([path])
    assert docs == [
        Document("w-1", BRIEF, "Sabotage", "2021-04-13", "https://example.org/w-1", str(path)),
        Document("wire:2", "Azerbaijan bought drones.", path=str(path)),
        Document("42", "Armenia protested.", path=str(path)),
    ]
    assert errors == warnings == []


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "ok-1", "text": "Turkey closed the strait."},
        '{"id": "broken", "text": ',
        "",
        {"id": "no-text", "title": "Nothing"},
        {"id": "num", "text": 17},
        ["not", "an", "object"],
        {"id": "blank", "text": "   "},
        {"id": "ok-2", "text": "Iran denied it."},
    )
    docs, errors, _ = read([path])
    assert [d.id for d in docs] == ["ok-1", "ok-2"]
    assert errors == [
        f"{path}:2: invalid JSON: Expecting value (column 26)",
        f'{path}:4: record has no "text"',
        f'{path}:5: "text" is not a string',
        f"{path}:6: record is not a JSON object",
        f'{path}:7: "text" is empty',
    ]


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path: Path) -> None:
    path = tmp_path / "sep.jsonl"
    path.write_text('{"id": "s", "text": "One\u2028two\u0085three"}\n', encoding="utf-8")
    docs, errors, _ = read([path])
    assert [d.text for d in docs] == ["One\u2028two\u0085three"]
    assert errors == []


def test_jsonl_is_streamed() -> None:
    record = json.dumps({"text": "Filler sentence about trade. " * 40}) + "\n"
    data = (record * 2000).encode("utf-8")
    stream = io.BytesIO(data)
    docs = read_inputs(["-"], on_error=print, on_warning=print, stdin=stream)
    assert next(docs).id == "stdin:1"
    assert stream.tell() < len(data) // 4
    assert sum(1 for _ in docs) == 1999


# stdin


def test_stdin_text() -> None:
    docs, errors, _ = read(["-"], stdin=io.StringIO(BRIEF + "\n"))
    assert docs == [Document("stdin", BRIEF + "\n")]
    assert errors == []


def test_stdin_jsonl_after_blank_lines() -> None:
    data = '\n  \n{"id": "a", "text": "Iran spoke."}\n{"text": "Israel replied."}\n'
    docs, _, _ = read(["-"], stdin=io.BytesIO(data.encode("utf-8")))
    assert [(d.id, d.text) for d in docs] == [("a", "Iran spoke."), ("stdin:4", "Israel replied.")]


def test_stdin_text_wrapper_is_read_as_bytes() -> None:
    wrapper = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfTurkey \xffspoke."), encoding="utf-8")
    docs, _, warnings = read(["-"], stdin=wrapper)
    assert [d.text for d in docs] == ["Turkey \ufffdspoke."]
    assert warnings == ["<stdin>: invalid UTF-8 replaced (1 bytes)"]


def test_stdin_empty() -> None:
    docs, errors, _ = read(["-"], stdin=io.StringIO("  \n"))
    assert docs == []
    assert errors == ["<stdin>: empty input"]


# Bad files never stop the batch


def test_missing_file_then_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BRIEF, encoding="utf-8")
    docs, errors, _ = read([tmp_path / "absent.txt", good])
    assert [d.id for d in docs] == ["good"]
    assert errors == [f"{tmp_path / 'absent.txt'}: no such file or directory"]


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "none.jsonl").write_text("\n\n", encoding="utf-8")
    docs, errors, _ = read([tmp_path])
    assert docs == []
    assert errors == [
        f"{tmp_path / 'blank.md'}: empty file",
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'none.jsonl'}: empty file",
    ]


def test_binary_files(tmp_path: Path) -> None:
    nul = tmp_path / "image.txt"
    nul.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    noise = tmp_path / "noise.jsonl"
    noise.write_bytes(bytes([0x01, 0x02, 0x03, 0x04, 0x81, 0xFE, 0x7F]) * 300)
    docs, errors, _ = read([nul, noise])
    assert docs == []
    assert errors == [f"{nul}: binary file, skipped", f"{noise}: binary file, skipped"]


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    text = tmp_path / "latin.txt"
    text.write_bytes("Caf\u00e9 talks in Baku".encode("latin-1") + b" \xff\xfe.")
    lines = tmp_path / "latin.jsonl"
    lines.write_bytes(b'{"id": "l", "text": "Gen\xe8ve"}\n{"id": "m", "text": "Bern"}\n')
    docs, errors, warnings = read([text, lines])
    assert [d.text for d in docs] == [
        "Caf\ufffd talks in Baku \ufffd\ufffd.",
        "Gen\ufffdve",
        "Bern",
    ]
    assert errors == []
    assert warnings == [
        f"{text}: invalid UTF-8 replaced (3 bytes)",
        f"{lines}: invalid UTF-8 replaced (1 bytes)",
    ]


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    text = tmp_path / "bom.txt"
    text.write_bytes(b"\xef\xbb\xbf" + BRIEF.encode("utf-8"))
    lines = tmp_path / "bom.jsonl"
    lines.write_bytes(b'\xef\xbb\xbf{"id": "b", "text": "Qatar mediated."}\n')
    docs, errors, warnings = read([text, lines])
    assert [d.text for d in docs] == [BRIEF, "Qatar mediated."]
    assert errors == warnings == []


def test_utf16_with_bom(tmp_path: Path) -> None:
    little = tmp_path / "le.txt"
    little.write_bytes(b"\xff\xfe" + "Ankara \u2014 Yerevan".encode("utf-16-le"))
    big = tmp_path / "be.jsonl"
    big.write_bytes(b"\xfe\xff" + '{"id": "be", "text": "Tbilisi"}\n'.encode("utf-16-be"))
    docs, errors, warnings = read([little, big])
    assert [(d.id, d.text) for d in docs] == [("le", "Ankara \u2014 Yerevan"), ("be", "Tbilisi")]
    assert errors == warnings == []


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.lists(
            st.sampled_from([b"{", b"}", b'"text"', b'"id"', b":", b",", b'"x"', b"1", b"null",
                             b"\n", b" ", b"\xff", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"["]),
            max_size=40,
        ).map(b"".join),
    )
)  # fmt: skip
def test_any_bytes_never_raise(data: bytes) -> None:
    docs, errors, warnings = read(["-"], stdin=io.BytesIO(data))
    assert all("\n" not in m for m in errors + warnings)
    assert all(d.text.strip() for d in docs)


# Limits: memory stays bounded whatever the input


class CountingReader(io.BytesIO):
    """A byte stream that remembers how much of it was read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


def read_limited(
    inputs: list[str | Path], max_chars: int, stdin: IO[Any] | None = None
) -> tuple[list[Document], list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    found = read_inputs(
        [str(i) for i in inputs],
        on_error=errors.append,
        on_warning=warnings.append,
        stdin=stdin,
        max_chars=max_chars,
    )
    return list(found), errors, warnings


def test_a_text_over_the_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Iran accused Israel. " * 50_000, encoding="utf-8")  # 1 MB, one line
    fits = tmp_path / "fits.txt"
    fits.write_text("Iran accused Israel.\n" * 10, encoding="utf-8")
    docs, errors, _ = read_limited([big, fits], max_chars=210)
    assert [d.id for d in docs] == ["fits"]
    assert errors == [
        f"{big}: too large (more than 210 characters; max_document_chars sets the limit), skipped"
    ]
    stream = CountingReader(("Iran accused Israel.\n" * 50_000).encode())
    docs, errors, _ = read_limited(["-"], max_chars=100_000, stdin=stream)
    assert docs == [] and "too large" in errors[0]
    assert stream.taken < 300_000  # the limit and a read-ahead chunk, not the whole megabyte


def test_a_text_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_text("ab\ncd", encoding="utf-8")
    assert read_limited([path], max_chars=5)[0][0].text == "ab\ncd"
    assert read_limited([path], max_chars=4)[0] == []


def test_a_jsonl_record_too_long_is_skipped_and_the_next_one_read(tmp_path: Path) -> None:
    huge = json.dumps({"id": "huge", "text": "Iran accused Israel. " * 20_000})
    path = write_jsonl(tmp_path / "mixed.jsonl", huge, {"id": "ok", "text": BRIEF})
    docs, errors, _ = read_limited([path], max_chars=1000)
    assert [d.id for d in docs] == ["ok"]
    assert errors == [
        f"{path}:1: record too large for a text of at most 1,000 characters "
        "(max_document_chars), skipped"
    ]


def test_a_deeply_nested_record_is_one_error(tmp_path: Path) -> None:
    deep = '{"id": "deep", "text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path = write_jsonl(tmp_path / "deep.jsonl", deep, {"id": "ok", "text": BRIEF})
    docs, errors, _ = read([path])
    assert [d.id for d in docs] == ["ok"]
    assert errors == [f"{path}:1: invalid JSON: nested too deeply"]


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "lone.jsonl",
        '{"id": "a\\ud800", "text": "Iran \\udfff accused Israel \\ud83d\\ude80.", '
        '"title": "\\udc00"}',
    )
    docs, errors, warnings = read([path])
    assert errors == []
    assert [(d.id, d.text, d.title) for d in docs] == [
        ("a\ufffd", "Iran \ufffd accused Israel \U0001f680.", "\ufffd")
    ]
    assert warnings == [f"{path}:1: lone surrogate escapes replaced (3)"]
    docs[0].text.encode("utf-8")  # writable anywhere


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([b'{"text": "', b"Iran accused Israel.", b'"}', b"\n", b" ", b"\xff"]),
        max_size=30,
    ).map(b"".join),
    st.sampled_from([1, 5, 20, 60]),
)
def test_any_input_under_a_limit_never_raises_nor_passes_it(data: bytes, limit: int) -> None:
    docs, errors, warnings = read_limited(["-"], max_chars=limit, stdin=io.BytesIO(data))
    assert all("\n" not in m for m in errors + warnings)
    assert all(len(d.text) <= limit for d in docs)


def test_a_jsonl_text_over_the_limit_is_skipped(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "long.jsonl", {"id": "long", "text": BRIEF}, {"text": "Iran."})
    docs, errors, _ = read_limited([path], max_chars=10)
    assert [d.text for d in docs] == ["Iran."]
    assert errors == [
        f'{path}:1: "text" too large (43 characters; max_document_chars is 10), skipped'
    ]
