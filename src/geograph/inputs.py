"""Read documents from text files, directories, JSON Lines files and stdin.

Bad input never stops a batch: every problem is reported on one line, through
``on_error`` when the item is skipped or ``on_warning`` when it is read anyway.
JSON Lines input is streamed, one record at a time. With ``max_chars``, memory
stays bounded whatever the input: a text file longer than that is refused after
reading that much of it, and a JSON Lines record too long to hold a text of that
size is skipped without being held whole.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .model import Document

__all__ = ["DIRECTORY_SUFFIXES", "read_inputs"]

Report = Callable[[str], None]

DIRECTORY_SUFFIXES = (".jsonl", ".md", ".text", ".txt")
_JSONL_SUFFIXES = (".jsonl",)
_CHUNK = 1 << 16
_SNIFF = 8192
# Undecodable bytes become lone surrogates U+DC00+byte, to be counted, then replaced.
_ESCAPE_ERRORS = "geograph-escape"
_ESCAPED = re.compile("[\udc00-\udcff]")
# Characters that do not occur in text: control codes (not tab, newlines, form
# feed, escape) and undecodable bytes.
_NON_TEXT = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\udc00-\udcff]")
# JSON's \u escapes can spell a lone surrogate, which no UTF encoding can write out.
_SURROGATE = re.compile("[\ud800-\udfff]")
# A JSON string may spell a character in up to 6 (\uXXXX) or 12 (a surrogate
# pair) characters; records whose line is longer than this many times the text limit
# cannot hold a text within the limit.
_JSON_SPELLING = 12
_JSON_SLACK = 1 << 16


def _escape(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(_ESCAPE_ERRORS, _escape)


def read_inputs(
    inputs: Sequence[str],
    *,
    on_error: Report,
    on_warning: Report,
    stdin: TextIO | BinaryIO | None = None,
    max_chars: int = 0,
) -> Iterator[Document]:
    """Documents from each input in turn.

    Args:
        inputs: File paths, directories (searched recursively for
            ``DIRECTORY_SUFFIXES``, hidden files skipped) and ``-`` for stdin.
        on_error: Called with one line for each file or record that is skipped.
        on_warning: Called with one line for each file read despite a problem.
        stdin: Read for ``-`` instead of ``sys.stdin``.
        max_chars: Refuse texts longer than this many characters (0: no limit),
            reading no more of them than that.

    Yields:
        One document per text file and per JSON Lines record, in input order.
    """
    files = [Path(i) for i in inputs if i != "-" and not Path(i).is_dir()]
    shared = _shared_stems(files)
    report = _Reports(on_error, on_warning, max(max_chars, 0))
    for item in inputs:
        path = Path(item)
        if item == "-":
            yield from _read_stdin(sys.stdin if stdin is None else stdin, report)
        elif path.is_dir():
            yield from _read_dir(path, report)
        else:
            name = path.as_posix() if path.stem in shared else path.stem
            yield from _read_file(path, name, report)


def _shared_stems(paths: Iterable[Path]) -> set[str]:
    return {stem for stem, n in Counter(p.stem for p in paths).items() if n > 1}


@dataclass(frozen=True, slots=True)
class _Reports:
    """Where problems go, and the size limit (0: none)."""

    on_error: Report
    on_warning: Report
    max_chars: int


@dataclass(frozen=True, slots=True)
class _Source:
    """One file or stdin, as messages and documents name it."""

    label: str  # in messages
    name: str  # the text document's id, or the prefix of ids JSON Lines records lack
    path: str | None
    jsonl: bool | None  # None: JSON Lines when the first non-blank character is "{"
    report: _Reports

    @property
    def kind(self) -> str:
        return "input" if self.path is None else "file"

    def on_error(self, message: str) -> None:
        self.report.on_error(message)

    def on_warning(self, message: str) -> None:
        self.report.on_warning(message)


def _read_dir(root: Path, report: _Reports) -> Iterator[Document]:
    found: list[Path] = []

    def unlisted(exc: OSError) -> None:
        report.on_error(f"{exc.filename}: cannot list directory: {exc.strerror}")

    for folder, dirs, names in os.walk(root, onerror=unlisted):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(folder, n)
            for n in names
            if not n.startswith(".") and n.lower().endswith(DIRECTORY_SUFFIXES)
        )
    if not found:
        report.on_error(f"{root}: no {', '.join('*' + s for s in DIRECTORY_SUFFIXES)} files")
        return
    found.sort(key=lambda p: p.relative_to(root).as_posix())
    shared = _shared_stems(found)
    for path in found:
        # Files that share a stem are told apart by their path under the root.
        name = path.relative_to(root).as_posix() if path.stem in shared else path.stem
        yield from _read_file(path, name, report)


def _read_file(path: Path, name: str, report: _Reports) -> Iterator[Document]:
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        report.on_error(f"{path}: no such file or directory")
        return
    except (OSError, ValueError) as exc:
        report.on_error(f"{path}: cannot open: {getattr(exc, 'strerror', None) or exc}")
        return
    jsonl = path.suffix.lower() in _JSONL_SUFFIXES
    source = _Source(str(path), name, str(path), jsonl, report)
    with stream:
        try:
            yield from _read_texts(_decode(iter(partial(stream.read, _CHUNK), b"")), source)
        except OSError as exc:
            report.on_error(f"{path}: read failed: {exc.strerror or exc}")


def _read_stdin(stream: TextIO | BinaryIO, report: _Reports) -> Iterator[Document]:
    source = _Source("<stdin>", "stdin", None, None, report)
    # Bytes when possible, so that stdin is decoded by the same rules as files.
    raw = getattr(stream, "buffer", None) or stream
    chunks = iter(partial(raw.read, _CHUNK), raw.read(0))
    try:
        first = next(chunks, b"")
        texts = chain([first], chunks)
        yield from _read_texts(texts if isinstance(first, str) else _decode(texts), source)
    except OSError as exc:
        report.on_error(f"<stdin>: read failed: {exc.strerror or exc}")


def _decode(chunks: Iterator[bytes]) -> Iterator[str]:
    """Text from bytes: UTF-16 with a byte order mark, else UTF-8 (BOM dropped)."""
    head = next(chunks, b"")
    encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    decoder = codecs.getincrementaldecoder(encoding)(_ESCAPE_ERRORS)
    for chunk in chain([head], chunks):
        yield decoder.decode(chunk)
    yield decoder.decode(b"", True)


def _read_texts(texts: Iterator[str], source: _Source) -> Iterator[Document]:
    head = next(texts, "")
    sniff = head[:_SNIFF]
    if "\x00" in sniff or len(_NON_TEXT.findall(sniff)) > 0.3 * len(sniff):
        source.on_error(f"{source.label}: binary {source.kind}, skipped")
        return
    limit = source.report.max_chars
    # A JSON line may spell its text in more characters than the text has.
    line_limit = limit if source.jsonl is False else limit * _JSON_SPELLING + _JSON_SLACK
    if not limit:
        line_limit = 0
    lines = _lines(chain([head], texts), line_limit)
    blank: list[str | None] = []
    for line in lines:
        blank.append(line)
        if line is None or line.strip():
            break
    else:
        source.on_error(f"{source.label}: empty {source.kind}")
        return
    jsonl = source.jsonl
    if jsonl is None:
        first = blank[-1]
        jsonl = first is not None and first.lstrip().startswith("{")
    if jsonl:
        bad = yield from _records(chain(blank, lines), source)
    else:
        joined = _text(chain(blank, lines), limit)
        if joined is None:
            source.on_error(
                f"{source.label}: too large (more than {limit:,} characters; "
                "max_document_chars sets the limit), skipped"
            )
            return
        text, bad = _repair(joined)
    if bad:
        source.on_warning(f"{source.label}: invalid UTF-8 replaced ({bad} bytes)")
    if not jsonl:
        yield Document(source.name, text, path=source.path)


def _text(lines: Iterable[str | None], limit: int) -> str | None:
    """The lines joined with ``\n``; None once they pass ``limit`` characters (if set)."""
    parts: list[str] = []
    size = -1
    for line in lines:
        if line is None:
            return None
        size += len(line) + 1
        if limit and size > limit:
            return None
        parts.append(line)
    return "\n".join(parts)


def _lines(texts: Iterable[str], limit: int = 0) -> Iterator[str | None]:
    """Lines split at ``\n`` only (JSON strings may hold U+2028), without it.

    A line longer than ``limit`` characters (if set) is not kept: None stands for
    it, given as soon as the line passes the limit, and the rest of it is skipped.
    """
    pending: list[str] = []
    size = 0  # characters pending; -1 while skipping the rest of a line past the limit
    for text in texts:
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if size >= 0:
                size += len(piece)
                if limit and size > limit:
                    pending, size = [], -1
                    yield None
                else:
                    pending.append(piece)
            if i < len(pieces) - 1:  # a line ends here
                if size >= 0:
                    yield "".join(pending)
                pending, size = [], 0
    if size >= 0:
        yield "".join(pending)


def _repair(text: str) -> tuple[str, int]:
    bad = len(_ESCAPED.findall(text))
    return (_ESCAPED.sub("\ufffd", text) if bad else text), bad


def _records(lines: Iterable[str | None], source: _Source) -> Generator[Document, None, int]:
    """Documents from JSON Lines; returns the number of undecodable bytes."""
    bad = 0
    for number, raw in enumerate(lines, 1):
        where = f"{source.label}:{number}"
        if raw is None:
            limit = source.report.max_chars
            source.on_error(
                f"{where}: record too large for a text of at most {limit:,} characters "
                "(max_document_chars), skipped"
            )
            continue
        if not raw.strip():
            continue
        line, n = _repair(raw)
        bad += n
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            source.on_error(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            source.on_error(f"{where}: invalid JSON: nested too deeply")
            continue
        except ValueError as exc:
            source.on_error(f"{where}: invalid JSON: {exc}")
            continue
        doc = _record(record, where, f"{source.name}:{number}", source)
        if doc is not None:
            yield doc
    return bad


def _record(record: Any, where: str, default_id: str, source: _Source) -> Document | None:
    on_error = source.on_error
    if not isinstance(record, dict):
        on_error(f"{where}: record is not a JSON object")
        return None
    text = record.get("text")
    if text is None:
        on_error(f'{where}: record has no "text"')
        return None
    if not isinstance(text, str):
        on_error(f'{where}: "text" is not a string')
        return None
    if not text.strip():
        on_error(f'{where}: "text" is empty')
        return None
    limit = source.report.max_chars
    if limit and len(text) > limit:
        on_error(
            f'{where}: "text" too large ({len(text):,} characters; '
            f"max_document_chars is {limit:,}), skipped"
        )
        return None
    fields = {key: _scalar(record.get(key)) for key in ("id", "title", "date", "url")}
    fields["text"] = text
    lone = 0
    for key, value in fields.items():
        if value is not None and _SURROGATE.search(value):
            lone += len(_SURROGATE.findall(value))
            fields[key] = _SURROGATE.sub("\ufffd", value)
    if lone:
        source.on_warning(f"{where}: lone surrogate escapes replaced ({lone})")
    return Document(
        fields["id"] or default_id,
        fields["text"] or "",
        path=source.path,
        title=fields["title"],
        date=fields["date"],
        url=fields["url"],
    )


def _scalar(value: Any) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
