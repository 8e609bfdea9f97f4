"""People over time: a person's side on the day a text was written
(``data/actors/roles``: a rebel leader who later ruled, a ruler who later took up
arms), sectors of people who held no office, and bare names several people share."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from geograph.actors import load_gazetteer
from geograph.errors import DataError
from geograph.model import Document
from geograph.terms import load_roles, parse_day, read_roles, role_on

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"
ROLES = DATA / "roles"
SECTORS = {"government", "military", "intelligence", "legislature", "judiciary", "rebel", "igo"}


def _sides(pipeline, text: str, day: str | None) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    result = pipeline.extract(Document("t", text, date=day))
    return [(m.source.id, m.source.country, m.source_sector) for m in result.mentions]


# (sentence, date written, expected source: id, country, sector)
ROLE_SIDES = [
    # Sudan's rebels before South Sudan's independence, its rulers after.
    (
        "Salva Kiir accused Uganda of arming militias.",
        "1996-03-01",
        ("person:salva-kiir", "SDN", "rebel"),
    ),
    ("Salva Kiir thanked Kenya for its mediation.", "2008-05-01", ("sudan", "SDN", "government")),
    (
        "Salva Kiir thanked Kenya for its mediation.",
        "2015-05-01",
        ("south-sudan", "SSD", "government"),
    ),
    (
        "Riek Machar accused Uganda of sending troops.",
        "2014-06-01",
        ("person:riek-machar", "SSD", "rebel"),
    ),
    ("Riek Machar praised Ethiopia.", "2018-09-01", ("person:riek-machar", "SSD", "rebel")),
    ("Riek Machar praised Ethiopia.", "1999-02-01", ("sudan", "SDN", "government")),
    ("Riek Machar praised Ethiopia.", "2021-02-01", ("south-sudan", "SSD", "government")),
    ("John Garang thanked Kenya.", "1990-04-01", ("person:john-garang", "SDN", "rebel")),
    # Hayat Tahrir al-Sham's leader, then Syria's.
    (
        "Abu Mohammad al-Julani threatened Turkey.",
        "2020-05-01",
        ("person:ahmed-al-sharaa", "SYR", "rebel"),
    ),
    ("Ahmed al-Sharaa thanked Qatar.", "2025-05-01", ("syria", "SYR", "government")),
    # Taliban leaders before they ruled Afghanistan.
    (
        "Mullah Baradar met Qatar's foreign minister.",
        "2020-02-01",
        ("person:abdul-ghani-baradar", "AFG", "rebel"),
    ),
    (
        "Sirajuddin Haqqani threatened Pakistan.",
        "2012-06-01",
        ("person:sirajuddin-haqqani", "AFG", "rebel"),
    ),
    (
        "Hibatullah Akhundzada warned Iran.",
        "2018-06-01",
        ("person:hibatullah-akhundzada", "AFG", "rebel"),
    ),
    # Rebels who took power.
    (
        "Yoweri Museveni accused Tanzania of betrayal.",
        "1984-02-01",
        ("person:yoweri-museveni", "UGA", "rebel"),
    ),
    ("Paul Kagame accused France.", "1993-02-01", ("person:paul-kagame", "RWA", "rebel")),
    (
        "Laurent Kabila thanked Angola.",
        "1997-02-01",
        ("person:laurent-desire-kabila", "COD", "rebel"),
    ),
    ("Charles Taylor accused Nigeria.", "1992-02-01", ("person:charles-taylor", "LBR", "rebel")),
    ("Isaias Afwerki praised Sudan.", "1988-02-01", ("person:isaias-afwerki", "ETH", "rebel")),
    (
        "Fidel Castro denounced the United States.",
        "1958-02-01",
        ("person:fidel-castro", "CUB", "rebel"),
    ),
    ("Daniel Ortega thanked Cuba.", "1978-02-01", ("person:daniel-ortega", "NIC", "rebel")),
    (
        "Pushpa Kamal Dahal threatened India.",
        "2003-02-01",
        ("person:pushpa-kamal-dahal", "NPL", "rebel"),
    ),
    (
        "Jean-Pierre Bemba accused Rwanda.",
        "2000-02-01",
        ("person:jean-pierre-bemba", "COD", "rebel"),
    ),
    # Rulers who took up arms, and rebels who once ruled.
    (
        "Ali Abdullah Saleh accused Saudi Arabia.",
        "2016-02-01",
        ("person:ali-abdullah-saleh", "YEM", "rebel"),
    ),
    ("Pol Pot accused Vietnam.", "1977-06-01", ("cambodia", "KHM", "government")),
    ("Pol Pot accused Vietnam.", "1985-06-01", ("person:pol-pot", "KHM", "rebel")),
    ("Ismail Haniyeh thanked Iran.", "2006-06-01", ("palestine", "PSE", "government")),
    # Rebels in office for a while: a paramilitary chief in a ruling council before
    # his war, a warlord governor and minister, a movement's leaders in office.
    (
        "Mohamed Hamdan Dagalo accused Egypt.",
        "2024-03-01",
        ("person:mohamed-hamdan-dagalo", "SDN", "rebel"),
    ),
    (
        "Mohamed Hamdan Dagalo thanked the United Arab Emirates.",
        "2021-03-01",
        ("sudan", "SDN", "government"),
    ),
    (
        "Ismail Khan thanked Iran for the power line.",
        "2008-03-01",
        ("afghanistan", "AFG", "government"),
    ),
    (
        "Mullah Omar refused to hand over bin Laden to the United States.",
        "1999-03-01",
        ("afghanistan", "AFG", "government"),
    ),
    ("Murad Ebrahim thanked Japan.", "2020-03-01", ("philippines", "PHL", "government")),
    ("Aidarous al-Zubaidi thanked Saudi Arabia.", "2023-03-01", ("yemen", "YEM", "government")),
    ("Ta Mok threatened Thailand.", "1977-03-01", ("cambodia", "KHM", "military")),
    ("Fred Rwigyema praised Tanzania.", "1987-03-01", ("uganda", "UGA", "military")),
    # Communist leaders before the revolutions they won.
    (
        "Mao Zedong denounced the United States.",
        "1947-03-01",
        ("person:mao-zedong", "CHN", "rebel"),
    ),
    ("Zhou Enlai thanked the Soviet Union.", "1938-03-01", ("person:zhou-enlai", "CHN", "rebel")),
    ("Vo Nguyen Giap threatened France.", "1950-03-01", ("vietnam", "VNM", "military")),
    # No role on the day, or no date: the row and the terms of office, as before.
    ("Salva Kiir thanked Kenya for its mediation.", None, ("south-sudan", "SSD", "government")),
    ("Paul Kagame thanked Kenya.", "2010-02-01", ("rwanda", "RWA", "government")),
    ("John Garang thanked Kenya.", None, ("person:john-garang", "SDN", "rebel")),
]


@pytest.mark.parametrize(
    ("text", "day", "source"), ROLE_SIDES, ids=[f"{t[:28]} {d}" for t, d, _ in ROLE_SIDES]
)
def test_a_person_acts_with_the_side_held_that_day(
    pipeline, text: str, day: str | None, source: tuple[str, str | None, str | None]
) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(pipeline, text, day)
    assert sides and all(s == source for s in sides), sides


def test_former_puts_the_role_in_the_past(pipeline) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(pipeline, "Former rebel leader Salva Kiir praised Kenya.", "1998-01-01")
    assert sides and all(s[0] == "person:salva-kiir" and s[2] is None for s in sides), sides


def test_role_on_picks_the_covering_row() -> None:
    roles = load_roles(ROLES)
    assert role_on(roles, "person:salva-kiir", None) is None  # undated: the row holds
    assert role_on(roles, "person:salva-kiir", date(2012, 1, 1)) is None
    role = role_on(roles, "person:salva-kiir", date(2000, 1, 1))
    assert role is not None and (role.country, role.sector) == ("SDN", "rebel")
    # No grace after a role: the day after the rebel leader took power he rules.
    assert role_on(roles, "person:ahmed-al-sharaa", date(2024, 12, 8)) is None
    assert role_on(roles, "person:unknown", date(2000, 1, 1)) is None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("person:x\t2019\t2018\tSYR\trebel\tx", "ends before it starts"),
        ("person:x\tsoon\t\tSYR\trebel\tx", "YYYY"),
        ("person:x\t2019\t\tSYR", "expected 6 fields"),
    ],
)
def test_bad_roles_files_say_where(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "r.tsv"
    path.write_text(f"id\tstart\tend\tcountry\tsector\trole\n{row}\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        list(read_roles(path))
    assert "r.tsv:2" in str(err.value)


def test_shipped_roles_are_well_formed() -> None:
    gazetteer = load_gazetteer()
    roles = load_roles(ROLES)
    assert len(roles) > 40, len(roles)
    for person, rows in roles.items():
        entry = gazetteer.get(person)
        assert entry is not None and entry.actor.type == "Person", person
        for role in rows:
            assert role.country and gazetteer.state(role.country) is not None, person
            assert role.sector in SECTORS, person
        ordered = sorted(rows, key=lambda r: r.start)
        for a, b in zip(ordered, ordered[1:], strict=False):
            assert a.end is not None and a.end < b.start, f"{person}: rows overlap"
    # Every row has its note.
    with (ROLES / "roles.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                assert len(row) == 6 and row[5].strip(), row


# Spot facts of the shipped roles (a wrong edit to the data should fail here):
# (person, day, country, sector), None for no role that day.
SPOT = [
    ("person:ahmed-al-sharaa", "2019-01-01", "SYR", "rebel"),
    ("person:ahmed-al-sharaa", "2025-01-01", None, None),
    ("person:john-garang", "2005-07-20", "SDN", "government"),
    ("person:riek-machar", "2013-09-01", None, None),  # sacked, not yet in arms
    ("person:riek-machar", "2016-05-15", None, None),  # back as First Vice President
    ("person:riek-machar", "1993-01-01", "SDN", "rebel"),
    ("person:paul-kagame", "1988-01-01", "UGA", "military"),
    ("person:joseph-kabila", "1997-01-01", "COD", "rebel"),
    ("person:meles-zenawi", "1990-01-01", "ETH", "rebel"),
    ("person:idriss-deby", "1990-06-01", "TCD", "rebel"),
    ("person:nelson-mandela", "1962-03-01", "ZAF", "rebel"),
    ("person:sam-nujoma", "1975-01-01", "NAM", "rebel"),
    ("person:robert-mugabe", "1978-01-01", "ZWE", "rebel"),
    ("person:jalal-talabani", "1988-01-01", "IRQ", "rebel"),
    ("person:hashim-thaci", "1998-06-01", "SRB", "rebel"),
    ("person:xanana-gusmao", "1985-01-01", "TLS", "rebel"),
    ("person:ahmad-shah-massoud", "1994-01-01", "AFG", "military"),
    ("person:francois-bozize", "2021-06-01", "CAF", "rebel"),
    ("person:abdul-ghani-baradar", "2021-08-20", "AFG", "government"),
    ("person:gulbuddin-hekmatyar", "1996-08-01", "AFG", "government"),
    ("person:nuon-chea", "1990-01-01", "KHM", "rebel"),
    ("person:son-sann", "1967-08-01", "KHM", "government"),
    ("person:nur-misuari", "1999-01-01", "PHL", "government"),
    ("person:minni-minnawi", "2022-01-01", "SDN", "government"),
    ("person:debretsion-gebremichael", "2021-06-01", "ETH", "rebel"),
    ("person:azarias-ruberwa", "2005-01-01", "COD", "government"),
    ("person:agathon-rwasa", "2017-01-01", "BDI", "legislature"),
    ("person:schafik-handal", "2000-01-01", "SLV", "legislature"),
    ("person:said-abdullo-nuri", "1998-06-01", "TJK", "government"),
]


@pytest.mark.parametrize(("person", "day", "country", "sector"), SPOT)
def test_spot_facts_of_the_shipped_roles(
    person: str, day: str, country: str | None, sector: str | None
) -> None:
    role = role_on(load_roles(ROLES), person, parse_day(day))
    assert ((role.country, role.sector) if role else (None, None)) == (country, sector)


# People of no state office are private people of their country (sector empty),
# except for a period a role gives; the terms of office of a militia chief and of
# a regime's security chief bound when they act for their state.
NO_OFFICE = [
    # A ruler's sons: no state office, but a regime role in a war, a seat in a
    # rubber-stamp parliament.
    (
        "Saif al-Islam Gaddafi criticized Italy.",
        None,
        ("person:saif-al-islam-gaddafi", "LBY", None),
    ),
    (
        "Saif al-Islam Gaddafi criticized the United Nations.",
        "2021-11-15",
        ("person:saif-al-islam-gaddafi", "LBY", None),
    ),
    ("Saif al-Islam Gaddafi warned France.", "2011-03-01", ("libya", "LBY", "government")),
    ("Uday Hussein threatened Kuwait.", None, ("person:uday-hussein", "IRQ", None)),
    ("Uday Hussein threatened Kuwait.", "2001-05-01", ("iraq", "IRQ", "legislature")),
    ("Mojtaba Khamenei criticized Saudi Arabia.", None, ("person:mojtaba-khamenei", "IRN", None)),
    ("Mojtaba Khamenei praised Iraq.", "2019-05-01", ("person:mojtaba-khamenei", "IRN", None)),
    # A party leader who is no member of parliament; a militia commander in the war.
    ("Samir Geagea accused Syria of meddling.", None, ("person:samir-geagea", "LBN", None)),
    (
        "Samir Geagea accused Syria of meddling.",
        "1988-05-01",
        ("person:samir-geagea", "LBN", "rebel"),
    ),
    ("Walid Jumblatt criticized Syria.", "2019-05-01", ("person:walid-jumblatt", "LBN", None)),
    ("Walid Jumblatt criticized Syria.", "1983-05-01", ("person:walid-jumblatt", "LBN", "rebel")),
    # Saddam's security chief was a soldier of the state, his deputy a rebel after 2003.
    ("Qusay Hussein threatened Kuwait.", None, ("iraq", "IRQ", "military")),
    ("Qusay Hussein threatened Kuwait.", "2012-05-01", ("person:qusay-hussein", "IRQ", None)),
    (
        "Izzat Ibrahim al-Douri threatened Iran.",
        "2016-05-01",
        ("person:izzat-ibrahim-al-douri", "IRQ", "rebel"),
    ),
    # Wagner's chief: Russia's military while Wagner fought for it, a rebel in the
    # mutiny, a caterer before.
    ("Yevgeny Prigozhin criticized Ukraine.", "2022-06-24", ("russia", "RUS", "military")),
    (
        "Yevgeny Prigozhin threatened the Russian army.",
        "2023-06-24",
        ("person:yevgeny-prigozhin", "RUS", "rebel"),
    ),
    (
        "Yevgeny Prigozhin praised Vladimir Putin.",
        "2010-06-24",
        ("person:yevgeny-prigozhin", "RUS", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "day", "source"), NO_OFFICE, ids=[f"{t[:28]} {d}" for t, d, _ in NO_OFFICE]
)
def test_people_of_no_office(
    pipeline, text: str, day: str | None, source: tuple[str, str | None, str | None]
) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(pipeline, text, day)
    assert sides and all(s == source for s in sides), sides


# Names several people answer to. (sentence, date written, expected source of
# every relation: id, country, sector)
NAMESAKES = [
    # A surname two gazetteer people share, after one of them is named in full.
    (
        "Mojtaba Khamenei met Iraqi officials. Khamenei criticized Saudi Arabia.",
        "2019-06-01",
        ("person:mojtaba-khamenei", "IRN", None),
    ),
    (
        "Saif al-Islam Gaddafi returned to Tripoli. Gaddafi accused Italy of meddling.",
        "2019-06-01",
        ("person:saif-al-islam-gaddafi", "LBY", None),
    ),
    # A bare shared surname in a dated text: the one in office then (Pravind
    # Jugnauth, prime minister 2017-2024, not his father; Ferdinand Marcos Jr. in 2023,
    # Ilham Aliyev in 2019), through the alias, a form of address or NER alone.
    ("Mr Jugnauth praised India.", "2019-06-01", ("mauritius", "MUS", "government")),
    ("Jugnauth thanked China for the loan.", "2019-06-01", ("mauritius", "MUS", "government")),
    ("Marcos accused China of aggression.", "2023-06-01", ("philippines", "PHL", "government")),
    ("Aliyev praised Turkey.", "2019-06-01", ("azerbaijan", "AZE", "government")),
    # Neither in office that day: no one of the gazetteer, but a person of the one
    # country all the namesakes are of (both Gaddafis are Libyan).
    ("Gaddafi criticized Italy.", "2019-06-01", ("person:gaddafi", "LBY", None)),
    # Undated, or none of them with terms of office: the name's owner, as before.
    (
        "In the video, bin Laden threatened the United States.",
        "2019-06-01",
        ("person:osama-bin-laden", None, "rebel"),
    ),
    ("Khamenei criticized Saudi Arabia.", None, ("iran", "IRN", "government")),
    # A known name that is another person's given name here.
    ("Petro Oleksiyovych Poroshenko criticized Russia.", None, ("ukraine", "UKR", "government")),
    ("Tito Lutwa Okello accused Kenya.", None, ("person:tito-lutwa-okello", None, None)),
    ("Ghani Baradar criticized Pakistan.", None, ("person:ghani-baradar", None, None)),
    # ... but alone it is the owner's ("Tito", Gustavo Petro), and a body's name
    # after it is no given name ("the Biden Administration").
    ("Petro criticized Venezuela.", None, ("colombia", "COL", "government")),
    ("Tito praised Egypt.", None, ("person:josip-broz-tito", None, "government")),
    ("The Biden Administration sanctioned Russia.", None, ("united-states", "USA", "government")),
]


@pytest.mark.parametrize(
    ("text", "day", "source"), NAMESAKES, ids=[f"{t[:28]} {d}" for t, d, _ in NAMESAKES]
)
def test_names_several_people_share(
    pipeline, text: str, day: str | None, source: tuple[str, str | None, str | None]
) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(pipeline, text, day)
    assert sides and all(s == source for s in sides), sides


def test_one_in_office_of_namesakes() -> None:
    from geograph.terms import load_terms, one_in_office

    terms = load_terms(DATA / "terms")
    pair = ("person:anerood-jugnauth", "person:pravind-jugnauth")
    assert one_in_office(terms, pair, date(2019, 6, 1)) == "person:pravind-jugnauth"
    assert one_in_office(terms, pair, date(1990, 6, 1)) == "person:anerood-jugnauth"
    assert one_in_office(terms, pair, None) is None
    # A month's grace after Anerood handed over: both, so neither.
    assert one_in_office(terms, pair, date(2017, 2, 1)) is None
    # Saif al-Islam Gaddafi has no terms: not known to be in office.
    assert one_in_office(terms, ("person:saif-al-islam-gaddafi",), date(2019, 1, 1)) is None


def _people() -> list[dict[str, str]]:
    with (DATA / "people.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_aliases_other_people_share_are_known() -> None:
    """An alias that is also another gazetteer person's surname is resolved by the
    text and its date; one that is another's given name yields to a following name.
    A new row that makes a new one should be looked at (and added here)."""
    from geograph.actors import load_actor_words, surnames

    words = load_actor_words()
    people = _people()
    by_surname: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    for row in people:
        for surname in surnames(row["label"], words, row["country"] or None):
            by_surname.setdefault(surname, set()).add(row["id"])
        for alias in row["aliases"].split("|"):
            for word in alias.split()[:-1]:
                given.setdefault(word, set()).add(row["id"])
    shared, given_of_other = set(), set()
    for row in people:
        for alias in filter(None, row["aliases"].split("|")):
            if by_surname.get(alias, set()) - {row["id"]}:
                shared.add(alias)
            if " " not in alias and given.get(alias, set()) - {row["id"]}:
                given_of_other.add(alias)
    assert shared == {"Gaddafi", "Khamenei", "Zardari", "Portillo", "bin Laden", "Jugnauth"}
    assert given_of_other == {"Petro", "Ghani", "Tito"}
