"""Clean scraped news text, keeping a map from every clean character to the original.

:func:`normalize` composes small pure steps. Each step looks at the current text and
returns edits of three shapes only: a same-length replacement, a deletion, or an
insertion of spaces. So every character of the result comes from exactly one
character of the original (an inserted space maps to the character after it), and
mentions found in the clean text can point back into the original.

1. ``_char_edits``: line breaks become ``\\n``, Unicode spaces become `` ``, curly
   quotes, apostrophes and primes become ASCII ``'`` and ``"`` (so do the paired
   typewriter quotes of newswire corpora, two backquotes or two apostrophes); zero-width
   characters, soft hyphens and control characters are deleted.
2. ``_foreign_lines``: a line whose letters are mostly not Latin script (a
   Telegram footer in Armenian, a Cyrillic caption) is deleted; a short non-Latin
   name inside an English line does not make the line foreign.
3. ``_Splitter.edits``: spaces are put back where scraping lost them:
   ``writes.UShigh`` -> ``writes. US high``, ``neighbor,Turkey`` -> ``neighbor, Turkey``,
   ``thatIrandid`` -> ``that Iran did``.
4. ``_space_edits``: runs of spaces collapse, lines are trimmed, a blank line
   between paragraphs stays as ``\\n\\n`` (sentence splitting uses it).

The result is a fixed point: normalizing clean text changes nothing.

Word lists. Whether a piece of a glued token is an English word is decided by word
lists generated from the spaCy English model (``data/lexicon/build.py``) and shipped
in ``data/lexicon/``, so this module does not need spaCy at run time:
``english_words.txt`` (vocabulary strings that the model's WordNet-based rule
lemmatizer accepts), ``function_words.txt`` (spaCy's stop words), and
``known_tokens.txt`` (mixed-case tokens the model's training corpus attests, such as
``Chinatown`` or ``PlayStation``, which are never split). Names come from the caller.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import overload

from .errors import DataError
from .paths import DATA_DIR

__all__ = ["Normalized", "OffsetMap", "normalize"]

# (start, end, replacement) in the current text; see _apply for the allowed shapes.
Edit = tuple[int, int, str]

_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SPACES = "\t\x1f\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_INVISIBLE = (
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\xad\u061c\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_APOSTROPHES = "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u00b4\u2039\u203a"
_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb"
# Typewriter quotes of newswire corpora and TeX (``quoted''), and two single quotes
# of any kind in a row, are one double quote (also with invisible characters between
# them, which are dropped: else the second pass would see the pair the first made).
_PAIR = f"[`'{_APOSTROPHES}][{_INVISIBLE}]*[`'{_APOSTROPHES}]"
_OPENING = "`\u2018\u201b"
_CHAR = re.compile(
    f"\r\n|{_PAIR}|[{_LINE_BREAKS}]|[{_SPACES}]|[{_INVISIBLE}]|[{_APOSTROPHES}]|[{_QUOTES}]"
)
_CHAR_MAP = (
    dict.fromkeys(_LINE_BREAKS, "\n")
    | dict.fromkeys(_SPACES, " ")
    | dict.fromkeys(_APOSTROPHES, "'")
    | dict.fromkeys(_QUOTES, '"')
)

# Latin-script letters: ASCII, Latin-1, Latin Extended A/B, IPA, phonetic and
# additional Latin blocks, ligatures and full-width Latin.
_LATIN_RANGES = (
    "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1d00-\u1dbf"
    "\u1e00-\u1eff\u2071\u207f\u2090-\u209c\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f"
    "\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a"
)
_LATIN = re.compile(f"[{_LATIN_RANGES}]")
_NON_LATIN = re.compile(f"[^\\W\\d_{_LATIN_RANGES}]")
_NON_LATIN_LINE = re.compile(f"^[^\\n]*?[^\\W\\d_{_LATIN_RANGES}][^\\n]*", re.M)

# Only runs of two or more need an edit.
_WHITESPACE = re.compile(r"[ \n]{2,}")

# A sentence end or a comma with the following space lost. Two lower-case letters
# before the stop keep "U.S.Army", "e.g.The" and "Mr.Smith" whole.
# (The punctuation comes first in each pattern so that the scan for it runs in C.)
_GLUED_STOP = re.compile(r"[.!?](?<=[a-z]{2}[.!?])[.!?]*[\"')\]]*(?=[A-Z])")
_GLUED_COMMA = re.compile(r"[,;](?<=[^\W\d_]{2}[,;])(?=[^\W\d_])")
# A letter run with an upper-case letter: only these can hold a lost space.
_CASED_RUN = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]{4})[^\W\d_]*[A-Z][^\W\d_]*")
_LOWER = re.compile(r"[a-z\u00df-\u00f6\u00f8-\u00ff]*")
# URLs, e-mail addresses and domain names are left exactly as written.
_PROTECTED = re.compile(r"://|@|www\.|\.(?:com|org|net|gov|edu|info|io)\b")
_CHUNK_END = re.compile(r"\S*")
# What follows a name in its demonym, plural or adjective: Israeli-s, Iran-ian, America-ns.
_NAME_SUFFIXES = frozenset(
    ("a", "e", "i", "n", "s", "an", "ans", "er", "ers", "es", "ese", "ia", "ian", "ians")
    + ("ic", "ics", "is", "ish", "ism", "ist", "ists", "ite", "ites", "ns")
)


class OffsetMap(Sequence[int]):
    """Where each character of a clean text came from, stored as runs.

    Run ``k`` covers the clean positions from ``at[k]`` up to ``at[k + 1]`` and maps
    position ``i`` to ``to[k] + i - at[k]``. A run breaks only where an edit was
    made, so the map costs 16 bytes per edit rather than 8 per character (a 50 MB
    text with few edits needs kilobytes, not 400 MB). Reading a position is a
    binary search over the runs.
    """

    __slots__ = ("_at", "_length", "_to")

    def __init__(self, at: array[int], to: array[int], length: int) -> None:
        self._at = at
        self._to = to
        self._length = length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text of ``length`` characters onto itself (plus its end)."""
        return cls(array("q", [0]), array("q", [0]), length + 1)

    @property
    def runs(self) -> int:
        """How many runs the map holds (its size in memory is 16 bytes a run)."""
        return len(self._at)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self._at_position(i) for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(f"offset {index} outside a map of length {self._length}")
        return self._at_position(index)

    def _at_position(self, i: int) -> int:
        k = bisect_right(self._at, i) - 1
        return self._to[k] + i - self._at[k]

    def __iter__(self) -> Iterator[int]:
        ends = [*self._at[1:], self._length]
        for start, end, to in zip(self._at, ends, self._to, strict=True):
            yield from range(to, to + end - start)


class _RunWriter:
    """Builds the map of an edited text from the map of the text before the edits."""

    def __init__(self, old: OffsetMap) -> None:
        self.old = old
        self.at: array[int] = array("q")
        self.to: array[int] = array("q")
        self.length = 0  # positions written so far

    def _start(self, to: int) -> None:
        # A run that only continues the previous one is not stored.
        if self.at and self.to[-1] + self.length - self.at[-1] == to:
            return
        self.at.append(self.length)
        self.to.append(to)

    def keep(self, start: int, end: int) -> None:
        """Carry the old positions ``start:end`` over, in order."""
        if end <= start:
            return
        old_at, old_to = self.old._at, self.old._to
        k = bisect_right(old_at, start) - 1
        self._start(old_to[k] + start - old_at[k])
        base = self.length - start
        k += 1
        while k < len(old_at) and old_at[k] < end:
            self.length = base + old_at[k]
            self._start(old_to[k])
            k += 1
        self.length = base + end

    def insert(self, before: int, count: int) -> None:
        """``count`` new characters, each mapped to the old position ``before``."""
        to = self.old._at_position(before)
        for _ in range(count):
            self._start(to)
            self.length += 1

    def done(self) -> OffsetMap:
        return OffsetMap(self.at, self.to, self.length)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Clean text and, for each of its characters, where it came from.

    ``offsets[i]`` is the index in ``original`` of ``text[i]``; an inserted space
    maps to the character after it. ``offsets[len(text)] == len(original)``.
    ``dropped`` holds the original spans of the foreign lines left out.
    """

    original: str
    text: str
    offsets: Sequence[int]
    dropped: tuple[tuple[int, int], ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span whose characters are those of ``text[start:end]``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        last = self.offsets[end - 1]
        # A space the normalizer put in maps to the next character and has no width.
        inserted = self.text[end - 1] == " " and not self.original[last].isspace()
        return self.offsets[start], last if inserted else last + 1


def normalize(
    text: str, *, names: Iterable[str] = (), drop_foreign_lines: bool = True
) -> Normalized:
    """Clean ``text`` and keep the map back to it.

    Args:
        text: The document text as scraped.
        names: Actor names and demonyms the gazetteer knows; a name glued to the
            next word (``Irandid``) is split only when it is one of these.
        drop_foreign_lines: Delete lines written mostly in a non-Latin script.
    """
    offsets = OffsetMap.identity(len(text))
    current, offsets = _apply(text, offsets, _char_edits(text))
    dropped: tuple[tuple[int, int], ...] = ()
    if drop_foreign_lines:
        lines = list(_foreign_lines(current))
        dropped = tuple((offsets[s], offsets[e - 1] + 1) for s, e in lines)
        current, offsets = _apply(current, offsets, ((s, e, "") for s, e in lines))
    splitter = _splitter(names if isinstance(names, frozenset) else frozenset(names))
    current, offsets = _apply(current, offsets, splitter.edits(current))
    current, offsets = _apply(current, offsets, _space_edits(current))
    return Normalized(text, current, offsets, dropped)


def _apply(text: str, offsets: OffsetMap, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    # Edits come sorted and apart. Kept text carries its runs over (shifted); an
    # inserted character starts a run of its own at the character after it.
    parts: list[str] = []
    runs = _RunWriter(offsets)
    pos = 0
    for start, end, repl in edits:
        parts.append(text[pos:start])
        runs.keep(pos, start)
        if len(repl) == end - start:
            runs.keep(start, end)
        elif start == end:
            runs.insert(start, len(repl))
        elif repl:
            raise ValueError(f"edit {start}:{end}->{repl!r} is neither 1:1, insertion nor deletion")
        parts.append(repl)
        pos = end
    if not parts:
        return text, offsets
    parts.append(text[pos:])
    runs.keep(pos, len(text) + 1)  # the rest, and the end position
    return "".join(parts), runs.done()


def _char_edits(text: str) -> Iterator[Edit]:
    for m in _CHAR.finditer(text):
        start, end = m.span()
        if m.group() == "\r\n":  # CRLF: the LF stays
            yield start, start + 1, ""
        elif end - start >= 2:
            # A pair of single quotes is one double quote, kept at the pair's outer
            # character so that a quotation's span covers both ends of it.
            if m.group()[0] in _OPENING:
                yield start, start + 1, '"'
                yield start + 1, end, ""
            else:
                yield start, end - 1, ""
                yield end - 1, end, '"'
        else:
            yield start, end, _CHAR_MAP.get(m.group(), "")


def _foreign_lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the lines whose letters are mostly not Latin script."""
    if text.isascii():
        return
    for m in _NON_LATIN_LINE.finditer(text):
        line = m.group()
        if len(_NON_LATIN.findall(line)) > len(_LATIN.findall(line)):
            yield m.span()


def _space_edits(text: str) -> Iterator[Edit]:
    """Deletions that leave one space, one line break, or one blank line."""
    lead = len(text) - len(text.lstrip(" \n"))
    tail = len(text.rstrip(" \n"))
    if lead >= tail:
        if text:
            yield 0, len(text), ""
        return
    if lead:
        yield 0, lead, ""
    for m in _WHITESPACE.finditer(text, lead, tail):
        start, end = m.span()
        run = m.group()
        if run == "\n\n":
            continue
        first = run.find("\n")
        if first < 0:
            keep = [start]
        else:
            second = run.find("\n", first + 1)
            keep = [start + first] if second < 0 else [start + first, start + second]
        pos = start
        for k in keep:
            if k > pos:
                yield pos, k, ""
            pos = k + 1
        if end > pos:
            yield pos, end, ""
    if tail < len(text):
        yield tail, len(text), ""


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """The whitespace-delimited chunks that hold a URL, e-mail address or domain."""
    spans = []
    for m in _PROTECTED.finditer(text):
        # After the first step the only whitespace left is " " and "\n".
        start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        after = _CHUNK_END.match(text, m.end())
        spans.append((start, after.end() if after else m.end()))
    return spans


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: frozenset[str]
    function_words: frozenset[str]
    known_tokens: frozenset[str]


def _read_words(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"cannot read word list {path}: {exc.strerror}") from exc
    return frozenset(w for w in lines if w and not w.startswith("#"))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    folder = DATA_DIR / "lexicon"
    return _Lexicon(
        _read_words(folder / "english_words.txt"),
        _read_words(folder / "function_words.txt"),
        _read_words(folder / "known_tokens.txt"),
    )


def english_words() -> frozenset[str]:
    """Lower-case English words (``data/lexicon/english_words.txt``)."""
    return _lexicon().words


@lru_cache(maxsize=16)
def _splitter(names: frozenset[str]) -> _Splitter:
    # Only one-word names can be glued inside a letter run.
    single = frozenset(n for n in names if len(n) >= 2 and n.isalpha() and n[0].isupper())
    # A word of a longer name is written so, not glued: "Chadli" (of Chadli Bendjedid)
    # is no "Chad li".
    parts = frozenset(w for n in names if " " in n for w in n.split() if w.isalpha())
    return _Splitter(
        _lexicon(), single, tuple(sorted({len(n) for n in single}, reverse=True)), parts
    )


@dataclass(frozen=True, slots=True)
class _Splitter:
    """Finds where scraping lost a space, from word lists and the known names."""

    lexicon: _Lexicon
    names: frozenset[str]
    name_lengths: tuple[int, ...]
    name_words: frozenset[str] = frozenset()

    def edits(self, text: str) -> Iterator[Edit]:
        """Insertions of one space, sorted."""
        points = {m.end() for m in _GLUED_STOP.finditer(text)}
        points.update(m.end() for m in _GLUED_COMMA.finditer(text))
        for m in _CASED_RUN.finditer(text):
            start = m.start()
            for cut in self.cuts(m.group()):
                points.add(start + cut)
        if not points:
            return
        protected = _protected_spans(text)
        for pos in sorted(points):
            if not any(s < pos < e for s, e in protected):
                yield pos, pos, " "

    def cuts(self, run: str) -> list[int]:
        """Positions inside a letter run where a lost space belongs."""
        found: list[int] = []
        pos = 0
        while True:
            rest = run[pos:]
            if len(rest) < 4 or self._known(rest):
                return found
            cut = self._name_cut(rest) or self._lower_cut(rest) or self._title_cut(rest)
            if not cut:
                return found
            pos += cut
            found.append(pos)

    def _known(self, token: str) -> bool:
        return (
            token in self.names
            or token in self.name_words
            or token in self.lexicon.known_tokens
            or token.lower() in self.lexicon.words
        )

    def _leading_name(self, token: str) -> int:
        for n in self.name_lengths:
            if n <= len(token) and token[:n] in self.names:
                return n
        return 0

    def _name_cut(self, token: str) -> int:
        # "Irandid" -> "Iran did", "USAmay" -> "USA may", but "Israelis", "Iranian" stay.
        for n in self.name_lengths:
            if n >= len(token) or token[:n] not in self.names:
                continue
            rest = token[n:]
            if rest in _NAME_SUFFIXES:
                return 0
            head = _LOWER.match(rest)
            word = head.group() if head else ""
            if len(word) >= 2 and word in self.lexicon.words:
                return n
            # "IsraelIran"; but never inside an acronym ("ISIS" is not "IS IS").
            if not word and rest[1:2].islower() and self._leading_name(rest):
                return n
        return 0

    def _lower_cut(self, token: str) -> int:
        # "writesIsraeli", "theUSA"; but "iPhone", "eBay", "easyJet" stay whole.
        head = _LOWER.match(token)
        n = head.end() if head else 0
        if n < 2 or n == len(token) or not token[n].isupper():
            return 0
        left = token[:n]
        if left not in self.lexicon.words:
            return 0
        if left in self.lexicon.function_words or self._leading_name(token[n:]):
            return n
        return 0

    def _title_cut(self, token: str) -> int:
        # "InIran", "TheUSA" at a sentence start. A longer capitalised word before a
        # name is more often a brand ("RepresentUS", "VisitBritain") than a glue error.
        head = _LOWER.match(token, 1)
        n = head.end() if head else 0
        if not token[0].isupper() or n == len(token) or not token[n].isupper():
            return 0
        if token[:n].lower() in self.lexicon.function_words and self._leading_name(token[n:]):
            return n
        return 0
