"""Checks on data/places.tsv, the places that stand for the state they are in.

``read_places`` feeds every row to the gazetteer, where a place named as the target or
location of an act resolves to its country ("shelled Kharkiv" -> Ukraine), or to a
territory the gazetteer codes as its own actor, with its own ISO code ("Prizren" ->
Kosovo, XKX; "Laayoune" -> Western Sahara, ESH). A row the gazetteer cannot use
(unknown code) is silently dropped and a row whose name is already
an alias, demonym or capital would shadow nothing, so the file is held to these rules.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
PLACES = DATA / "places.tsv"
HEADER = ["name", "country", "kind"]
KINDS = {"city", "region", "province", "landmark"}
MIN_ROWS = 1000
SPOT_FACTS = {
    "Kharkiv": "UKR",
    "Aleppo": "SYR",
    "Jericho": "PSE",
    "Kirkuk": "IRQ",
    "Mosul": "IRQ",
    "Karachi": "PAK",
    "Benghazi": "LBY",
    "Rafah": "PSE",
    "Sevastopol": "UKR",
    "Srinagar": "IND",
    "Alexandria": "EGY",
    "Ciudad Juárez": "MEX",
    # Towns of territories with a code of their own are the territory's; towns of
    # territories coded as their sovereign's (Abkhazia, Chechnya) are the sovereign's.
    "Prizren": "XKX",
    "Mitrovica": "XKX",
    "Laayoune": "ESH",
    "Smara": "ESH",
    "Tindouf": "DZA",
    "Kaohsiung": "TWN",
    "Kowloon": "HKG",
    "Gali district": "GEO",
    "Argun": "RUS",
    "Kyrenia": "CYP",
}
# Names shared by places in different countries, or with common words, that would
# send an act to the wrong state: they are left out on purpose.
AMBIGUOUS = {
    "Tripoli",
    "Punjab",
    "Hyderabad",
    "Valencia",
    "Cordoba",
    "Córdoba",
    "Birmingham",
    "Victoria",
    "Santiago",
    "Kurdistan",
    "Macedonia",
    "Papua",
    "Reading",
    "Nice",
    "Split",
    "Mobile",
    "Georgia",
}


def _read_tsv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, [])
        return header, list(reader)


@pytest.fixture(scope="module")
def places() -> tuple[list[str], list[list[str]]]:
    return _read_tsv(PLACES)


@pytest.fixture(scope="module")
def rows(places: tuple[list[str], list[list[str]]]) -> list[list[str]]:
    return places[1]


@pytest.fixture(scope="module")
def state_codes() -> set[str]:
    """The codes a place may stand for: every state's, and every territory's that has
    an ISO code of its own (the gazetteer's ``states`` map, which acts for it)."""
    codes: set[str] = set()
    for name, kind in (("states.tsv", "State"), ("territories.tsv", "Territory")):
        header, body = _read_tsv(DATA / "actors" / name)
        col = {name: i for i, name in enumerate(header)}
        codes.update(row[col["iso3"]] for row in body if row[col["type"]] == kind)
    codes.discard("")
    return codes


def test_codes_known_to_the_gazetteer(state_codes: set[str]) -> None:
    """Territory codes are accepted, codes of no row are not (Kosovo is XKX, not the
    KSV some coders use; a territory coded as its sovereign, as Abkhazia, has none)."""
    assert {"XKX", "ESH", "TWN", "HKG", "PSE", "UKR"} <= state_codes
    assert not {"KSV", "ABK", "", "kosovo"} & state_codes


def test_places_resolve_to_their_code(rows: list[list[str]]) -> None:
    """Every row reaches the gazetteer: its name resolves to the actor its code names."""
    from geograph.actors import load_gazetteer

    gazetteer = load_gazetteer()
    lost = []
    for name, code, _ in rows:
        actor_id = gazetteer.surface.get(name, ("", ""))[0]
        entry = gazetteer.get(actor_id)
        if entry is None or code not in (entry.actor.country, entry.iso3):
            lost.append((name, code, actor_id))
    assert not lost, lost[:10]


@pytest.fixture(scope="module")
def gazetteer_names() -> set[str]:
    """Every alias, demonym and capital in data/actors/*.tsv."""
    names: set[str] = set()
    for path in sorted((DATA / "actors").glob("*.tsv")):
        header, body = _read_tsv(path)
        cols = [header.index(c) for c in ("aliases", "demonyms", "capitals")]
        for row in body:
            for i in cols:
                if i < len(row):
                    names.update(p.strip() for p in row[i].split("|") if p.strip())
    return names


def test_header(places: tuple[list[str], list[list[str]]]) -> None:
    assert places[0] == HEADER


def test_every_row_has_three_fields(rows: list[list[str]]) -> None:
    bad = [(n, row) for n, row in enumerate(rows, start=2) if len(row) != 3]
    assert not bad, bad[:10]


def test_no_stray_whitespace_or_empty_cells(rows: list[list[str]]) -> None:
    bad = [row for row in rows if any(not cell or cell != cell.strip() for cell in row)]
    assert not bad, bad[:10]


def test_kinds_are_valid(rows: list[list[str]]) -> None:
    bad = [row for row in rows if row[2] not in KINDS]
    assert not bad, bad[:10]


def test_countries_are_states(rows: list[list[str]], state_codes: set[str]) -> None:
    bad = [row for row in rows if row[1] not in state_codes]
    assert not bad, bad[:10]


def test_names_are_unique(rows: list[list[str]]) -> None:
    seen: dict[str, str] = {}
    dups = []
    for name, *_ in rows:
        key = name.casefold()
        if key in seen:
            dups.append((seen[key], name))
        seen[key] = name
    assert not dups, dups[:10]


def test_names_do_not_shadow_the_gazetteer(
    rows: list[list[str]], gazetteer_names: set[str]
) -> None:
    clash = sorted(row[0] for row in rows if row[0] in gazetteer_names)
    assert not clash, clash[:20]


def test_names_are_capitalised(rows: list[list[str]]) -> None:
    bad = [row[0] for row in rows if not any(w[:1].isupper() for w in row[0].split())]
    assert not bad, bad[:10]


def test_enough_rows(rows: list[list[str]]) -> None:
    assert len(rows) >= MIN_ROWS


def test_ambiguous_names_left_out(rows: list[list[str]]) -> None:
    present = sorted(AMBIGUOUS & {row[0] for row in rows})
    assert not present, present


@pytest.mark.parametrize(("name", "country"), sorted(SPOT_FACTS.items()))
def test_spot_facts(rows: list[list[str]], name: str, country: str) -> None:
    found = {row[0]: row[1] for row in rows}
    assert found.get(name) == country
