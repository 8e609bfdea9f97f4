"""Checks on the actor gazetteer files in data/actors/*.tsv.

The linker trusts these files blindly, so the properties it relies on are pinned here:
the shape of every row, unique ids, valid codes, and above all that no surface form
(alias, demonym or capital) can resolve to two different actors.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from geograph.model import ACTOR_TYPES

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"
FILES = (
    "states.tsv",
    "territories.tsv",
    "igos.tsv",
    "agencies.tsv",
    "armed_groups.tsv",
    "organizations.tsv",
)
HEADER = [
    "id",
    "type",
    "label",
    "wikidata",
    "iso3",
    "country",
    "sector",
    "aliases",
    "demonyms",
    "capitals",
]
SECTORS = {
    "government",
    "military",
    "intelligence",
    "police",
    "judiciary",
    "legislature",
    "business",
    "rebel",
    "igo",
}
# Gazetteer types: people have their own file (people.tsv, tests/test_people_data.py).
# Organizations (parties, NGOs) are in organizations.tsv; unknown ones come from NER.
GAZETTEER_TYPES = set(ACTOR_TYPES) - {"Person"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
ISO3 = re.compile(r"^[A-Z]{3}$")

# States whose only English demonym is shared with another state ("Congolese" is
# taken by the DRC, "Dominican" by the Dominican Republic), so it is left out.
NO_DEMONYM = {"republic-of-the-congo", "dominica"}


def _split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part] if cell else []


def _read(name: str) -> tuple[list[str], list[list[str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        return header, list(reader)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    out = []
    for name in FILES:
        _, body = _read(name)
        for fields in body:
            row = dict(zip(HEADER, fields, strict=True))
            row["file"] = name
            out.append(row)
    return out


@pytest.fixture(scope="module")
def by_id(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in rows}


@pytest.fixture(scope="module")
def states(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [row for row in rows if row["type"] == "State"]


@pytest.mark.parametrize("name", FILES)
def test_header_and_row_width(name: str) -> None:
    header, body = _read(name)
    assert header == HEADER
    assert body, f"{name} is empty"
    bad = [(i + 2, len(fields)) for i, fields in enumerate(body) if len(fields) != len(HEADER)]
    assert not bad, f"{name}: lines with the wrong number of fields: {bad}"


@pytest.mark.parametrize("name", FILES)
def test_cells_are_trimmed(name: str) -> None:
    _, body = _read(name)
    for fields in body:
        for cell in fields:
            assert cell == cell.strip(), f"{name}: stray whitespace in {cell!r}"
            assert '"' not in cell, f"{name}: quote character in {cell!r}"
            for part in cell.split("|") if cell else []:
                assert part and part == part.strip(), f"{name}: empty or padded item in {cell!r}"


def test_ids_unique_and_slug_shaped(rows: list[dict[str, str]]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        # An organization keeps the id NER gives it ("org:likud"), with or without the row.
        slug = row["id"].removeprefix("org:") if row["type"] == "Organization" else row["id"]
        assert slug != row["id"] or row["type"] != "Organization", f"{row['id']}: no org: prefix"
        assert SLUG.match(slug), f"bad id {row['id']!r}"
        assert row["id"] not in seen, f"id {row['id']} in {seen.get(row['id'])} and {row['file']}"
        seen[row["id"]] = row["file"]


def test_types_codes_and_sectors(rows: list[dict[str, str]]) -> None:
    for row in rows:
        rid = row["id"]
        assert row["type"] in GAZETTEER_TYPES, f"{rid}: type {row['type']!r}"
        assert row["label"], f"{rid}: no label"
        assert not row["wikidata"] or QID.match(row["wikidata"]), f"{rid}: {row['wikidata']!r}"
        assert not row["iso3"] or ISO3.match(row["iso3"]), f"{rid}: iso3 {row['iso3']!r}"
        assert not row["country"] or ISO3.match(row["country"]), f"{rid}: {row['country']!r}"
        if row["type"] == "State":
            assert row["sector"] == "", f"{rid}: a state has no sector"
        elif row["type"] == "Territory":
            assert row["sector"] == "", f"{rid}: a territory has no sector"
        elif row["type"] == "Organization":
            # A party sits in the legislature, in government or in opposition: the
            # name does not say which, so "legislature"; an NGO has no sector.
            assert row["sector"] in {"", "legislature"}, f"{rid}: sector {row['sector']!r}"
            assert not row["capitals"], f"{rid}: an organization has no capital"
        elif row["type"] == "IGO":
            assert row["sector"] == "igo", f"{rid}: an IGO has sector igo"
            assert not row["country"] and not row["capitals"], f"{rid}: an IGO has no country"
        else:
            assert row["sector"] in SECTORS - {"igo"}, f"{rid}: sector {row['sector']!r}"


def test_file_holds_its_own_types(rows: list[dict[str, str]]) -> None:
    allowed = {
        "states.tsv": {"State"},
        "territories.tsv": {"Territory"},
        "igos.tsv": {"IGO"},
        "agencies.tsv": {"Agency", "Military", "Company", "ArmedGroup"},
        "armed_groups.tsv": {"ArmedGroup"},
        "organizations.tsv": {"Organization"},
    }
    for row in rows:
        assert row["type"] in allowed[row["file"]], f"{row['id']} ({row['type']}) in {row['file']}"
        if row["file"] == "armed_groups.tsv":
            assert row["sector"] == "rebel", f"{row['id']}: armed groups have sector rebel"


def test_country_codes_point_at_states(
    rows: list[dict[str, str]], states: list[dict[str, str]]
) -> None:
    state_codes = {row["iso3"] for row in states}
    # A party may belong to a territory with its own code (the Kuomintang, TWN).
    state_codes |= {row["iso3"] for row in rows if row["type"] == "Territory" and row["iso3"]}
    for row in rows:
        if row["country"]:
            assert row["country"] in state_codes, f"{row['id']}: unknown country {row['country']}"
    for row in rows:
        if row["type"] in {"Agency", "Military", "Company"}:
            assert row["country"], f"{row['id']}: a state body needs its country"


def test_states_are_complete(states: list[dict[str, str]]) -> None:
    # 193 UN members plus the two observer states.
    assert len(states) >= 195
    codes = [row["iso3"] for row in states]
    assert len(codes) == len(set(codes)), "iso3 repeated among states"
    for row in states:
        rid = row["id"]
        assert row["iso3"] and row["country"] == row["iso3"], rid
        assert QID.match(row["wikidata"]), f"{rid}: QID missing"
        assert _split(row["capitals"]), f"{rid}: capital missing"
        if rid not in NO_DEMONYM:
            assert _split(row["demonyms"]), f"{rid}: demonym missing"
    qids = [row["wikidata"] for row in states]
    assert len(qids) == len(set(qids)), "QID repeated among states"


def test_label_is_an_alias(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert row["label"] in _split(row["aliases"]), f"{row['id']}: label not among aliases"


def test_aliases_are_names_not_words(rows: list[dict[str, str]]) -> None:
    # Aliases match case-sensitively, so an all-lower-case alias would fire on prose.
    for row in rows:
        for column in ("aliases", "demonyms", "capitals"):
            for form in _split(row[column]):
                assert any(ch.isupper() for ch in form), f"{row['id']}: {column} {form!r}"


@pytest.mark.parametrize("column", ["aliases", "demonyms", "capitals"])
def test_no_form_names_two_actors(rows: list[dict[str, str]], column: str) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for form in _split(row[column]):
            owners[form].add(row["id"])
    clashes = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}
    assert not clashes, f"{column} shared between actors: {clashes}"


def test_no_surface_form_crosses_actors(rows: list[dict[str, str]]) -> None:
    # An alias of one actor must not be another actor's demonym or capital either.
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for column in ("aliases", "demonyms", "capitals"):
            for form in _split(row[column]):
                owners[form].add(row["id"])
    clashes = {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}
    assert not clashes, f"surface forms shared between actors: {clashes}"


def test_no_repeats_within_a_cell(rows: list[dict[str, str]]) -> None:
    for row in rows:
        for column in ("aliases", "demonyms", "capitals"):
            items = _split(row[column])
            assert len(items) == len(set(items)), f"{row['id']}: repeated item in {column}"


def _state(states: list[dict[str, str]], rid: str) -> dict[str, str]:
    found = [row for row in states if row["id"] == rid]
    assert found, f"no state {rid}"
    return found[0]


def test_spot_facts_states(states: list[dict[str, str]]) -> None:
    iran = _state(states, "iran")
    assert (iran["wikidata"], iran["iso3"]) == ("Q794", "IRN")
    assert "Tehran" in _split(iran["capitals"])
    assert "Iranian" in _split(iran["demonyms"])

    israel = _state(states, "israel")
    assert (israel["wikidata"], israel["iso3"]) == ("Q801", "ISR")
    assert "Jerusalem" in _split(israel["capitals"])

    aze = _state(states, "azerbaijan")
    assert (aze["wikidata"], aze["iso3"]) == ("Q227", "AZE")
    assert {"Azerbaijani", "Azeri"} <= set(_split(aze["demonyms"]))
    assert "Baku" in _split(aze["capitals"])

    usa = _state(states, "united-states")
    assert (usa["wikidata"], usa["iso3"]) == ("Q30", "USA")
    assert {"US", "USA", "U.S.", "United States of America"} <= set(_split(usa["aliases"]))
    assert "American" in _split(usa["demonyms"])

    assert _state(states, "armenia")["wikidata"] == "Q399"
    assert _state(states, "russia")["wikidata"] == "Q159"
    assert _state(states, "china")["wikidata"] == "Q148"
    assert "Britain" in _split(_state(states, "united-kingdom")["aliases"])
    assert {"Turkish", "Turks"} <= set(_split(_state(states, "turkey")["demonyms"]))
    assert _state(states, "palestine")["iso3"] == "PSE"
    assert _state(states, "holy-see")["iso3"] == "VAT"


def test_spot_facts_other_actors(by_id: dict[str, dict[str, str]]) -> None:
    mossad = by_id["mossad"]
    assert (mossad["country"], mossad["sector"]) == ("ISR", "intelligence")

    irgc = by_id["irgc"]
    assert (irgc["country"], irgc["sector"]) == ("IRN", "military")
    assert "Revolutionary Guards" in _split(irgc["aliases"])

    assert by_id["idf"]["country"] == "ISR"
    assert "Artsakh" in _split(by_id["nagorno-karabakh"]["aliases"])
    assert by_id["nagorno-karabakh"]["type"] == "Territory"
    assert by_id["taiwan"]["iso3"] == "TWN"

    for rid in ("hamas", "hezbollah", "houthis", "isis", "taliban", "pkk"):
        assert by_id[rid]["type"] == "ArmedGroup", rid
    assert "Ansar Allah" in _split(by_id["houthis"]["aliases"])
    assert "Daesh" in _split(by_id["isis"]["aliases"])

    for rid, alias in (
        ("united-nations", "UN"),
        ("european-union", "EU"),
        ("nato", "NATO"),
        ("african-union", "AU"),
        ("opec", "OPEC"),
    ):
        assert by_id[rid]["type"] == "IGO", rid
        assert alias in _split(by_id[rid]["aliases"]), rid
    assert by_id["united-nations"]["wikidata"] == "Q1065"
    assert by_id["european-union"]["wikidata"] == "Q458"
    assert by_id["nato"]["wikidata"] == "Q7184"

    for rid, country in (("israel-aerospace-industries", "ISR"), ("rosoboronexport", "RUS")):
        assert by_id[rid]["type"] == "Company", rid
        assert by_id[rid]["country"] == country, rid
