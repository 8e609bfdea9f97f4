"""Terms of office: when a person of the gazetteer held the office that makes them
act for their state.

A person whose gazetteer sector is an office ("Jimmy Carter", government) acts
for the state in an article written while they held it; in one written after
("Carter criticized the decision", 2019) they are a private person, as a
"former president" is. Terms come from ``data/actors/terms/*.tsv`` (``id``,
``start``, ``end``, ``office``); a person with no rows there, or a document with
no date, keeps the office (we do not know better).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .errors import DataError

COLUMNS = ("id", "start", "end", "office")
# A term's end left empty: still in office.
Term = tuple[date, date | None]

_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_day(text: str, *, last: bool = False) -> date | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` at the start of ``text``; a month or
    year alone stands for its first day, or with ``last`` for its last day (a term
    known only to the year covers all of it)."""
    m = _DAY.match(text.strip())
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if last else 1)
    if m.group(3):
        day = int(m.group(3))
    elif last:
        day = 31 if month == 12 else (date(year, month + 1, 1) - date(year, month, 1)).days
    else:
        day = 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_M = r"(?P<month>[A-Za-z]{3,9})\.?"
# "Friday, January 4, 2019", "January 4, 2019", "4 January 2019", "2019-01-04".
_WRITTEN = (
    re.compile(r"(?:[A-Za-z]+,\s+)?" + _M + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b"),
    re.compile(r"(?:[A-Za-z]+,\s+)?(?P<day>\d{1,2})\s+" + _M + r",?\s+(?P<year>\d{4})\b"),
)


def written_on(text: str) -> date | None:
    """The date a text opens with, on its first line ("Friday, January 4, 2019",
    "4 January 2019", "2019-01-04"), as scraped news often does; None otherwise."""
    first = text.lstrip().split("\n", 1)[0][:60]
    iso = re.match(r"\d{4}-\d{2}-\d{2}\b", first)
    if iso:
        return parse_day(iso.group(0))
    for pattern in _WRITTEN:
        m = pattern.match(first)
        if m is None:
            continue
        month = _MONTHS.get(m.group("month").lower())
        if month is None:
            continue
        try:
            return date(int(m.group("year")), month, int(m.group("day")))
        except ValueError:
            return None
    return None


def _dated_rows(
    path: Path, columns: tuple[str, ...], what: str
) -> Iterator[tuple[list[str], date, date | None]]:
    """The rows of one tsv file of periods (``id``, ``start``, ``end``, ...) with their
    dates parsed and checked; ``what`` names a row in errors ("term", "role")."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(next(reader, ())) != columns:
            raise DataError(f"{path}: header must be {' '.join(columns)}")
        for lineno, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) != len(columns):
                raise DataError(f"{path}:{lineno}: expected {len(columns)} fields, got {len(row)}")
            start = parse_day(row[1])
            end = parse_day(row[2], last=True) if row[2].strip() else None
            if start is None or (row[2].strip() and end is None):
                raise DataError(f"{path}:{lineno}: dates must be YYYY[-MM[-DD]]")
            if end is not None and end < start:
                raise DataError(f"{path}:{lineno}: {what} ends before it starts")
            yield row, start, end


def read_terms(path: Path) -> Iterator[tuple[str, Term]]:
    """``(person id, (start, end))`` rows of one terms file."""
    for row, start, end in _dated_rows(path, COLUMNS, "term"):
        yield row[0], (start, end)


def load_terms(directory: Path) -> dict[str, tuple[Term, ...]]:
    """Every person's terms from the ``*.tsv`` files under ``directory``."""
    terms: dict[str, list[Term]] = {}
    for path in sorted(directory.glob("*.tsv")) if directory.is_dir() else ():
        for person, term in read_terms(path):
            terms.setdefault(person, []).append(term)
    return {person: tuple(rows) for person, rows in terms.items()}


# News written within weeks after a term ends reports its last acts: the strike
# that killed a commander, the deal a leader signed before the handover.
GRACE = timedelta(days=31)


def in_office(terms: Mapping[str, tuple[Term, ...]], person: str, day: date | None) -> bool:
    """Whether ``person`` held their office on ``day``, or ended it less than
    :data:`GRACE` before (yes when unknown)."""
    rows = terms.get(person)
    if day is None or not rows:
        return True
    return any(start <= day and (end is None or day <= end + GRACE) for start, end in rows)


# Roles: a person's side on a day, when it differs from their gazetteer row (a
# rebel leader who later ruled, a ruler who later took up arms). Rows of
# ``data/actors/roles/*.tsv``: ``id``, ``start``, ``end``, ``country``, ``sector``,
# ``role`` (what they held, with notes on uncertain dates).
ROLE_COLUMNS = ("id", "start", "end", "country", "sector", "role")


@dataclass(frozen=True, slots=True)
class Role:
    """One period of a person's side: the country and sector they acted for."""

    start: date
    end: date | None
    country: str | None
    sector: str | None


def read_roles(path: Path) -> Iterator[tuple[str, Role]]:
    """``(person id, role)`` rows of one roles file."""
    for row, start, end in _dated_rows(path, ROLE_COLUMNS, "role"):
        yield row[0], Role(start, end, row[3] or None, row[4] or None)


def load_roles(directory: Path) -> dict[str, tuple[Role, ...]]:
    """Every person's roles from the ``*.tsv`` files under ``directory``."""
    roles: dict[str, list[Role]] = {}
    for path in sorted(directory.glob("*.tsv")) if directory.is_dir() else ():
        for person, role in read_roles(path):
            roles.setdefault(person, []).append(role)
    return {person: tuple(rows) for person, rows in roles.items()}


def role_on(roles: Mapping[str, tuple[Role, ...]], person: str, day: date | None) -> Role | None:
    """The role ``person`` held on ``day``; None when the document is undated or no
    role covers the day (the gazetteer row and terms hold). No :data:`GRACE` here:
    a role usually ends as the next begins (a rebel leader takes power), and the
    new side is the one the news reports."""
    if day is None:
        return None
    rows = roles.get(person, ())
    held = [r for r in rows if r.start <= day and (r.end is None or day <= r.end)]
    return held[-1] if held else None


def one_in_office(
    terms: Mapping[str, tuple[Term, ...]], people: Iterable[str], day: date | None
) -> str | None:
    """Of people who share a name ("Jugnauth": Anerood and Pravind), the one whose
    term of office covers ``day``; None when the document is undated, or when none
    or several do (a person with no terms is not known to be in office here)."""
    if day is None:
        return None
    held = [p for p in people if terms.get(p) and in_office(terms, p, day)]
    return held[0] if len(held) == 1 else None
