"""Terms of office: a person acts for their state in an article written while they
held the office, and as a private person otherwise, unless a title says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geograph.actors import load_gazetteer
from geograph.errors import DataError
from geograph.model import Document
from geograph.terms import in_office, load_terms, parse_day, read_terms, written_on

TERMS = Path(__file__).resolve().parents[1] / "data" / "actors" / "terms"


@pytest.mark.parametrize(
    ("text", "last", "day"),
    [
        ("2019-05-03", False, date(2019, 5, 3)),
        ("2019-05", False, date(2019, 5, 1)),
        ("2019-02", True, date(2019, 2, 28)),
        ("2020-02", True, date(2020, 2, 29)),
        ("1981", True, date(1981, 12, 31)),
        ("1981", False, date(1981, 1, 1)),
        ("2019-05-03T10:00:00Z", False, date(2019, 5, 3)),
        ("May 2019", False, None),
        ("2019-13-01", False, None),
        ("", False, None),
    ],
)
def test_parse_day(text: str, last: bool, day: date | None) -> None:
    assert parse_day(text, last=last) == day


def test_in_office_over_several_terms() -> None:
    terms = {
        "p": ((date(2009, 1, 20), date(2017, 1, 20)), (date(2021, 1, 20), None)),
    }
    assert in_office(terms, "p", date(2010, 6, 1))
    assert not in_office(terms, "p", date(2019, 6, 1))
    # A month after the term: its last acts are still news.
    assert in_office(terms, "p", date(2017, 2, 15))
    assert not in_office(terms, "p", date(2017, 3, 1))
    assert in_office(terms, "p", date(2026, 1, 1))  # open end: still in office
    assert in_office(terms, "p", None)  # undated document: we do not know better
    assert in_office(terms, "unknown", date(2019, 6, 1))  # no terms: we do not know


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("person:x\t2019\t2018\tPresident", "ends before it starts"),
        ("person:x\tsoon\t\tPresident", "YYYY"),
        ("person:x\t2019", "expected 4 fields"),
    ],
)
def test_bad_terms_files_say_where(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(f"id\tstart\tend\toffice\n{row}\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        list(read_terms(path))
    assert "t.tsv:2" in str(err.value)


def test_shipped_terms_name_known_people() -> None:
    terms = load_terms(TERMS)
    gazetteer = load_gazetteer()
    assert len(terms) > 500, len(terms)
    unknown = [p for p in terms if gazetteer.get(p) is None]
    assert not unknown, unknown[:10]


def _sides(pipeline, text: str, day: str | None) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    result = pipeline.extract(Document("t", text, date=day))
    return [(m.source.id, m.source_sector, m.target.id) for m in result.mentions]


# (sentence, date written, expected source id and sector)
DATED = [
    # In office on the day: the state.
    ("Jimmy Carter criticized the Soviet Union.", "1979-12-30", ("united-states", "government")),
    ("Joe Biden criticized Russia.", "2022-03-01", ("united-states", "government")),
    ("Donald Trump criticized China.", "2019-06-01", ("united-states", "government")),
    # Out of office: the person.
    ("Jimmy Carter criticized the Soviet Union.", "2019-06-01", ("person:jimmy-carter", None)),
    ("Joe Biden criticized Russia.", "2019-06-01", ("person:joe-biden", None)),
    ("Mr Biden criticized Russia.", "2019-06-01", ("person:joe-biden", None)),
    # A title says the act was in office, whenever the article was written.
    (
        "President Carter criticized the Soviet Union.",
        "2019-06-01",
        ("united-states", "government"),
    ),
    # "former" puts the office in the past, also when the parser hangs the name on
    # the title ("former president Obama").
    ("Former president Obama praised Kenya.", None, ("person:barack-obama", None)),
    ("The former prime minister Tony Blair praised Kenya.", None, ("person:tony-blair", None)),
    # No date: the office, as before.
    ("Joe Biden criticized Russia.", None, ("united-states", "government")),
]


@pytest.mark.parametrize(
    ("text", "day", "source"), DATED, ids=[f"{t[:30]} {d}" for t, d, _ in DATED]
)
def test_office_by_the_day_written(
    pipeline, text: str, day: str | None, source: tuple[str, str | None]
) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(pipeline, text, day)
    assert sides and all(s[:2] == source for s in sides), sides


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Friday, January 4, 2019 \n\n\nAn apartment building collapsed.", date(2019, 1, 4)),
        ("4 January 2019 - Kenya said", date(2019, 1, 4)),
        ("Sept. 3, 2020\nThe talks", date(2020, 9, 3)),
        ("2019-01-04\nKenya said", date(2019, 1, 4)),
        # A date later in the first line is an event's, not the article's.
        ("Kenya said on Monday, March 3, 2019 that", None),
        ("May 2019 was the hottest month.", None),
        ("Monday, February 30, 2019", None),
    ],
)
def test_a_date_the_text_opens_with(text: str, day: date | None) -> None:
    assert written_on(text) == day


def test_an_undated_document_takes_the_date_it_opens_with(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Saturday, June 1, 2019\n\nJoe Biden criticized Russia."
    assert _sides(pipeline, text, None) == [("person:joe-biden", None, "russia")]
    # The document's own date wins over its text.
    assert _sides(pipeline, text, "2022-03-01") == [("united-states", "government", "russia")]


# Spot facts of the shipped terms (a wrong edit to the data should fail here).
SPOT = [
    ("person:vladimir-putin", "2010-01-01", True),  # prime minister then
    ("person:benjamin-netanyahu", "2022-01-01", False),  # in opposition
    ("person:benjamin-netanyahu", "2023-06-01", True),
    ("person:shinzo-abe", "2010-01-01", False),
    ("person:shinzo-abe", "2015-01-01", True),
    ("person:angela-merkel", "2022-06-01", False),
    ("person:emmanuel-macron", "2016-12-01", False),
    ("person:donald-trump", "2022-06-01", False),
    ("person:donald-trump", "2025-06-01", True),
]


@pytest.mark.parametrize(("person", "day", "held"), SPOT)
def test_spot_facts_of_the_shipped_terms(person: str, day: str, held: bool) -> None:
    assert in_office(load_terms(TERMS), person, parse_day(day)) is held
