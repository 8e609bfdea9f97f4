"""Checks on data/actors/people.tsv: prominent political and military people."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"
PEOPLE = DATA / "people.tsv"
SECTORS = {"government", "military", "intelligence", "legislature", "judiciary", "rebel", "igo"}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        return [dict(zip(header, row, strict=True)) for row in reader]


@pytest.fixture(scope="module")
def people() -> list[dict[str, str]]:
    return read(PEOPLE)


@pytest.fixture(scope="module")
def others() -> list[dict[str, str]]:
    return [row for p in sorted(DATA.glob("*.tsv")) if p != PEOPLE for row in read(p)]


def test_rows_are_people(people: list[dict[str, str]], others: list[dict[str, str]]) -> None:
    states = {r["iso3"] for r in others if r["type"] in ("State", "Territory") and r["iso3"]}
    ids: set[str] = set()
    assert len(people) > 500
    for row in people:
        assert re.fullmatch(r"person:[a-z0-9]+(-[a-z0-9]+)*", row["id"]), row["id"]
        assert row["id"] not in ids
        ids.add(row["id"])
        assert row["type"] == "Person" and row["label"] and not row["iso3"]
        assert not row["wikidata"] or re.fullmatch(r"Q[1-9][0-9]*", row["wikidata"]), row["id"]
        assert not row["country"] or row["country"] in states, row["id"]
        # Empty: a person of no state office (a ruler's son, a party leader), a
        # private person of their country (data/actors/roles may give a period's side).
        assert row["sector"] in SECTORS | {""}, row["id"]
        assert row["label"] in row["aliases"].split("|"), row["id"]


def test_no_alias_names_two_actors(
    people: list[dict[str, str]], others: list[dict[str, str]]
) -> None:
    taken: dict[str, str] = {}
    for row in others:
        for column in ("aliases", "demonyms", "capitals"):
            for form in filter(None, row[column].split("|")):
                taken.setdefault(form, row["id"])
    for row in people:
        for form in filter(None, row["aliases"].split("|")):
            # A name, not a word: some part capitalised ("de Villepin", "al-Assad").
            assert any(w[:1].isupper() for w in re.split(r"[ -]", form)), f"{row['id']}: {form!r}"
            assert taken.setdefault(form, row["id"]) == row["id"], (
                f"{form!r} names {taken[form]} and {row['id']}"
            )


def test_spot_facts(people: list[dict[str, str]]) -> None:
    by_id = {r["id"]: r for r in people}
    assert by_id["person:vladimir-putin"]["country"] == "RUS"
    assert by_id["person:barack-obama"]["country"] == "USA"
    assert "Putin" in by_id["person:vladimir-putin"]["aliases"].split("|")
    khamenei = [r for r in people if "Ali Khamenei" in r["aliases"].split("|")]
    assert khamenei and khamenei[0]["country"] == "IRN"


@pytest.mark.parametrize(
    ("label", "slug"),
    [
        ("Anker Jørgensen", "anker-jorgensen"),
        ("Stanisław Kania", "stanislaw-kania"),
        ("Yıldırım Akbulut", "yildirim-akbulut"),
        ("Davíð Oddsson", "david-oddsson"),
        ("Milo Đukanović", "milo-dukanovic"),
    ],
)
def test_slugs_keep_latin_letters(label: str, slug: str) -> None:
    from geograph.actors import slugify

    assert slugify(label) == slug


def test_ids_are_slugs_of_labels(people: list[dict[str, str]]) -> None:
    from geograph.actors import slugify

    # Labels with an apostrophe ("Sa'ar") were slugged by hand without it.
    wrong = [
        (p["id"], p["label"])
        for p in people
        if "'" not in p["label"] and p["id"] != "person:" + slugify(p["label"])
    ]
    assert not wrong, wrong[:10]
