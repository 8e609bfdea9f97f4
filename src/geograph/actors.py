"""Actors: the gazetteer shipped in ``data/actors/*.tsv`` (states, territories,
IGOs, agencies, militaries, armed groups, organisations and people, with their
aliases, demonyms and capitals), the word lists of ``data/actor_words.toml``, and
terms of office (:mod:`geograph.terms`). The linker that finds them in a parsed
text is :mod:`geograph.linker`.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError
from .model import ACTOR_TYPES, Actor
from .paths import DATA_DIR
from .terms import Role, Term, load_roles, load_terms

COLUMNS = (
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
)
KINDS = ("name", "demonym", "capital", "place")
# Sectors in which a person holds an office of a state.
OFFICE_SECTORS = ("government", "military", "legislature", "judiciary", "intelligence")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    actor: Actor
    sector: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    # A territory's own ISO code ("HKG" for Hong Kong, whose country is CHN).
    iso3: str | None = None


@dataclass(frozen=True, slots=True)
class ActorWords:
    """Word lists from ``data/actor_words.toml``."""

    sector_nouns: dict[str, str]
    sector_modifiers: dict[str, str]
    anaphors: dict[str, frozenset[str]]
    titles: frozenset[str] = frozenset()
    # Two-word titles whose last word alone names another sector ("Attorney General":
    # a law officer, not a soldier), by their two words.
    civil_titles: dict[str, str] = field(default_factory=dict)
    # Titles of an office, without forms of address ("President", not "Mr").
    office_titles: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()
    domestic_bodies: frozenset[str] = frozenset()
    ethnic_markers: frozenset[str] = frozenset()
    # Communities the news places in one state ("Tamil", "Sikh"), unless said to
    # live elsewhere.
    communities: frozenset[str] = frozenset()
    # Peoples whose rebels may be of several states ("Kurdish rebels"): the ISO codes.
    rebel_peoples: dict[str, frozenset[str]] = field(default_factory=dict)
    place_nouns: frozenset[str] = frozenset()
    name_suffixes: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    name_prefixes: tuple[str, ...] = ()
    # Countries whose people's names put the family name first ("Xi Jinping").
    family_first: frozenset[str] = frozenset()
    # Actor types and sectors that make a relation geopolitical (empty: keep all).
    geopolitical_types: frozenset[str] = frozenset()
    geopolitical_sectors: frozenset[str] = frozenset()
    # Heads of phrases that name a law or text, never an agent ("Omani law allowed").
    instruments: frozenset[str] = frozenset()
    # Generic heads whose "of" phrase names the actor ("the territory of X").
    of_heads: frozenset[str] = frozenset()
    # Words of allegiance whose "to"/"with" phrase names whom a group acts for.
    allegiance: frozenset[str] = frozenset()
    # Words that make a modifier name a group's backer ("Russian-backed", "pro-Russian").
    backers: frozenset[str] = frozenset()
    # Events a backer holds or texts it puts forward ("the U.N.-sponsored elections").
    sponsored_events: frozenset[str] = frozenset()
    # Heads naming someone on an actor's side, not the actor ("Iran's proxies").
    affiliates: frozenset[str] = frozenset()
    # A candidate's election team, which acts as the person ("the Trump campaign").
    campaigns: frozenset[str] = frozenset()
    # A person's relatives, who are not that person ("Biden's son").
    kin: frozenset[str] = frozenset()
    # Words that make a modifier name a weapon's maker or supplier ("Russian-made").
    origins: frozenset[str] = frozenset()
    # Words for a state's rulers that make a group aligned with them ("pro-government").
    rulers: frozenset[str] = frozenset()
    # Aircraft makers whose name may stand for one aircraft ("a Malaysia Airlines
    # Boeing"), and the nouns that say it names the company ("planemaker Boeing").
    makers: frozenset[str] = frozenset()
    maker_nouns: frozenset[str] = frozenset()
    # Verbs that frame a quotation: "we" inside it is the speaker's side.
    quote_verbs: frozenset[str] = frozenset()
    # Nationality nouns that keep their own state after another nationality word
    # ("Greek Cypriots" are Cyprus's people, "Bosnian Serbs" Bosnia's).
    own_state_demonyms: frozenset[str] = frozenset()
    # Group words that, with no state named, are the sentence's one country's.
    home_groups: frozenset[str] = frozenset()
    # Rebel nouns that, bare, are the one country's rebels ("offered talks to the rebels").
    home_rebels: frozenset[str] = frozenset()
    # Modifiers that do not say whose such rebels are ("suspected insurgents").
    unnaming_modifiers: frozenset[str] = frozenset()
    # Protest crowds that, bare and acted on, are the one country's people, and the
    # verbs whose object crowd is most often foreign ("deported students").
    home_crowds: frozenset[str] = frozenset()
    foreign_crowd_verbs: frozenset[str] = frozenset()
    # Creeds that, like a region word, make rebels the one country's ("leftist
    # guerrillas").
    rebel_creeds: frozenset[str] = frozenset()
    # Verbs whose object is a guest, no group of the host ("hosted the opposition").
    guest_verbs: frozenset[str] = frozenset()
    # Words that tie a group to where it is based ("Pakistan-based", "based in
    # Trinidad"), and nouns of people living away from their country, whose base is
    # not theirs ("London-based dissidents").
    bases: frozenset[str] = frozenset()
    exiles: frozenset[str] = frozenset()
    # Works built on one's own side of a border ("a wall on the Mexican border").
    border_works: frozenset[str] = frozenset()
    # Names spaCy tags as people or organisations that name no one who acts: a
    # process ("Brexit"), a medium ("on Twitter"); and first words of storms'
    # names ("Hurricane Lorenzo hit the Azores").
    non_agents: frozenset[str] = frozenset()
    # Words of a school's or research body's name: a place inside one ("the
    # University of Washington", "Tehran University") says where it is, not who acts.
    institutions: frozenset[str] = frozenset()
    # Words of a private body's name (a union, fund, charity, church, club): a
    # state's name or demonym before one names the body ("the American Civil
    # Liberties Union", "the British Red Cross"), not the state or its people.
    private_bodies: frozenset[str] = frozenset()
    # Last words of a park's, street's or square's name ("Victoria Park").
    landmarks: frozenset[str] = frozenset()
    # Nouns that make a name a thing, not an actor: a medium, a building, a shop
    # ("daily Kathimerini", "Hagia Sophia, now a museum", "a Walmart store").
    things: frozenset[str] = frozenset()
    # Of those, the media ("daily", "newspaper"): no side of what they report.
    media: frozenset[str] = frozenset()
    # Compass and region words that make a demonym after them a region's ("South
    # American", "Eastern European").
    regions: frozenset[str] = frozenset()
    # Demonyms a people's own name before makes a native people of the Americas
    # ("Miskito Indians"), not the state's.
    native_peoples: frozenset[str] = frozenset()
    # Plural nouns after which an unknown name is a grouping of states ("EastMed countries").
    state_groups: frozenset[str] = frozenset()
    # Words after a name that make it a kind, not the actor ("a NATO-style pact").
    likeness: frozenset[str] = frozenset()
    non_agent_heads: frozenset[str] = frozenset()
    # Offices of a delegation's members, who share its leader's state when listed
    # with it ("Israeli prime minister X and energy minister Y").
    colleague_offices: frozenset[str] = frozenset()
    # Nouns for a person that, before a name, say it names one ("porn star X").
    person_nouns: frozenset[str] = frozenset()
    # Currency words a country's name may modify ("US dollars"): money, no actor.
    currencies: frozenset[str] = frozenset()
    # Words that put an office in the past ("former president Barack Obama").
    former: frozenset[str] = frozenset()
    # Nouns of past service that name a person ("X, an Iraq War veteran"): the
    # service's sector is no longer the person's.
    served: frozenset[str] = frozenset()

    def title_sector(self, word: str, before: str = "") -> str | None:
        """The sector a title word names, read with the word before it: "Attorney
        General" is a law officer, "General" alone a soldier."""
        civil = self.civil_titles.get(f"{before.lower()} {word.lower()}")
        return civil or self.sector_nouns.get(word.lower())


class Gazetteer:
    """Actors by id, and every surface form (alias, demonym, capital) to its actor."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: dict[str, Entry] = {}
        self.surface: dict[str, tuple[str, str]] = {}
        # ISO alpha-3 (or a self-governing territory's id) -> actor id of the state
        self.states: dict[str, str] = {}
        # Terms of office by person id (``data/actors/terms``; see :mod:`geograph.terms`).
        self.terms: dict[str, tuple[Term, ...]] = {}
        # A person's side by period where it differs from their row (``data/actors/roles``).
        self.roles: dict[str, tuple[Role, ...]] = {}
        for entry in entries:
            actor = entry.actor
            if actor.id in self.entries:
                raise DataError(f"gazetteer: duplicate actor id {actor.id!r}")
            self.entries[actor.id] = entry
            if actor.type == "State" and actor.country:
                self.states[actor.country] = actor.id
            elif actor.type == "Territory" and entry.iso3:
                # A territory with its own code and government ("Hong Kong Chief
                # Executive Carrie Lam", HKG) acts for itself, not its sovereign; by
                # its id too, its own home side ("Lam did not accede to protesters'
                # demands": Hong Kong's people, not China's).
                self.states.setdefault(entry.iso3, actor.id)
                self.states.setdefault(actor.id, actor.id)
            forms = (
                (entry.aliases, "name"),
                (entry.demonyms, "demonym"),
                (entry.capitals, "capital"),
            )
            for names, kind in forms:
                for name in names:
                    # First claim wins; the data test guarantees there is none twice.
                    self.surface.setdefault(name, (actor.id, kind))
                    if name.startswith("the ") and name[4:] not in names:
                        # A name said only with its article ("the EC") opens
                        # sentences too.
                        self.surface.setdefault("The" + name[3:], (actor.id, kind))

    def add_places(self, places: Iterable[tuple[str, str]]) -> None:
        """Places (towns, regions) that stand for the state they are in, when acted upon."""
        for name, iso3 in places:
            state = self.states.get(iso3)
            first, _, last = name.rpartition(" ")
            # Wire copy writes the kind of a region in lower case ("Karen state",
            # "Borno state"): both spellings name it.
            kind = last.lower() if last[:1].isupper() else last.capitalize()
            other = f"{first} {kind}" if last.lower() in _REGION_KINDS else None
            for surface in (name, other):
                if state is not None and surface and surface not in self.surface:
                    self.surface[surface] = (state, "place")

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, actor_id: str) -> Entry | None:
        return self.entries.get(actor_id)

    def state(self, iso3: str | None) -> Actor | None:
        """The state actor for an ISO alpha-3 code."""
        if not iso3 or iso3 not in self.states:
            return None
        return self.entries[self.states[iso3]].actor

    def names(self) -> frozenset[str]:
        """Every surface form, for the normalizer's glued-word splitting."""
        return frozenset(self.surface)


# The last words of region names ("Shan State", "Blue Nile state") that wire copy
# capitalizes or not.
_REGION_KINDS = frozenset({"state", "province", "region", "district", "county"})


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def read_entries(path: Path) -> Iterator[Entry]:
    """Rows of one gazetteer TSV file."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = tuple(next(reader, ()))
        if header != COLUMNS:
            raise DataError(f"{path}: header must be {' '.join(COLUMNS)}")
        for lineno, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            if len(row) != len(COLUMNS):
                raise DataError(f"{path}:{lineno}: expected {len(COLUMNS)} fields, got {len(row)}")
            rec = dict(zip(COLUMNS, row, strict=True))
            if rec["type"] not in ACTOR_TYPES:
                raise DataError(
                    f"{path}:{lineno}: type {rec['type']!r} is not one of {', '.join(ACTOR_TYPES)}"
                )
            country = rec["country"] or rec["iso3"] or None
            actor = Actor(
                id=rec["id"],
                label=rec["label"],
                type=rec["type"],
                country=country,
                wikidata=rec["wikidata"] or None,
            )
            aliases = _split(rec["aliases"])
            if rec["label"] not in aliases:
                aliases = (rec["label"], *aliases)
            yield Entry(
                actor=actor,
                sector=rec["sector"] or None,
                aliases=aliases,
                demonyms=_split(rec["demonyms"]),
                capitals=_split(rec["capitals"]),
                iso3=rec["iso3"] or None,
            )


@functools.lru_cache(maxsize=4)
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """The gazetteer from every ``*.tsv`` under ``data_dir/actors``."""
    files = sorted((data_dir / "actors").glob("*.tsv"))
    if not files:
        raise DataError(f"no gazetteer files in {data_dir / 'actors'}")
    gazetteer = Gazetteer(entry for path in files for entry in read_entries(path))
    gazetteer.terms = load_terms(data_dir / "actors" / "terms")
    gazetteer.roles = load_roles(data_dir / "actors" / "roles")
    places = data_dir / "places.tsv"
    if places.is_file():
        gazetteer.add_places(read_places(places))
    return gazetteer


def read_places(path: Path) -> Iterator[tuple[str, str]]:
    """``(name, ISO alpha-3)`` rows of ``data/places.tsv``."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, [])
        if header[:2] != ["name", "country"]:
            raise DataError(f"{path}: header must start with name, country")
        for row in reader:
            if len(row) >= 2 and row[0].strip():
                yield row[0].strip(), row[1].strip()


@functools.lru_cache(maxsize=4)
def load_actor_words(data_dir: Path = DATA_DIR) -> ActorWords:
    """Sector nouns, sector modifiers and anaphors from ``data/actor_words.toml``."""
    path = data_dir / "actor_words.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path}: {exc}") from exc

    def invert(table: dict[str, list[str]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for sector, words in table.items():
            for word in words:
                out.setdefault(word.lower(), sector)
        return out

    names: dict[str, list[str]] = data.get("names", {})
    resolver: dict[str, list[str]] = data.get("resolver", {})
    return ActorWords(
        sector_nouns=invert(data.get("sector_nouns", {})),
        sector_modifiers=invert(data.get("sector_modifiers", {})),
        civil_titles=invert(data.get("civil_titles", {})),
        anaphors={k: frozenset(w.lower() for w in v) for k, v in data["anaphors"].items()},
        titles=frozenset(
            w.lower() for key in ("words", "address") for w in data.get("titles", {}).get(key, [])
        ),
        office_titles=frozenset(w.lower() for w in data.get("titles", {}).get("words", [])),
        offices=frozenset(w.lower() for w in data.get("titles", {}).get("offices", [])),
        communities=frozenset(w.lower() for w in data.get("titles", {}).get("communities", [])),
        rebel_peoples={k.lower(): frozenset(v) for k, v in data.get("rebel_peoples", {}).items()},
        ethnic_markers=frozenset(
            w.lower() for w in data.get("titles", {}).get("ethnic_markers", [])
        ),
        former=frozenset(w.lower() for w in data.get("titles", {}).get("former", [])),
        served=frozenset(w.lower() for w in data.get("titles", {}).get("served", [])),
        currencies=frozenset(w.lower() for w in data.get("currencies", {}).get("words", [])),
        person_nouns=frozenset(w.lower() for w in data.get("titles", {}).get("person_nouns", [])),
        colleague_offices=frozenset(
            w.lower() for w in data.get("titles", {}).get("colleague_offices", [])
        ),
        domestic_bodies=frozenset(
            w.lower() for w in data.get("titles", {}).get("domestic_bodies", [])
        ),
        place_nouns=frozenset(w.lower() for w in data.get("places", {}).get("nouns", [])),
        name_suffixes=frozenset(names.get("suffixes", [])),
        name_particles=frozenset(names.get("particles", [])),
        name_prefixes=tuple(names.get("prefixes", [])),
        family_first=frozenset(names.get("family_first", [])),
        geopolitical_types=frozenset(data.get("geopolitical", {}).get("types", [])),
        geopolitical_sectors=frozenset(data.get("geopolitical", {}).get("sectors", [])),
        instruments=frozenset(w.lower() for w in data.get("instruments", {}).get("words", [])),
        of_heads=frozenset(w.lower() for w in resolver.get("of_heads", [])),
        allegiance=frozenset(w.lower() for w in resolver.get("allegiance", [])),
        backers=frozenset(w.lower() for w in resolver.get("backers", [])),
        sponsored_events=frozenset(w.lower() for w in resolver.get("sponsored_events", [])),
        rulers=frozenset(w.lower() for w in resolver.get("rulers", [])),
        affiliates=frozenset(w.lower() for w in resolver.get("affiliates", [])),
        campaigns=frozenset(w.lower() for w in resolver.get("campaigns", [])),
        kin=frozenset(w.lower() for w in resolver.get("kin", [])),
        origins=frozenset(w.lower() for w in resolver.get("origins", [])),
        makers=frozenset(w.lower() for w in resolver.get("makers", [])),
        maker_nouns=frozenset(w.lower() for w in resolver.get("maker_nouns", [])),
        quote_verbs=frozenset(w.lower() for w in resolver.get("quote_verbs", [])),
        own_state_demonyms=frozenset(w.lower() for w in resolver.get("own_state_demonyms", [])),
        home_groups=frozenset(w.lower() for w in resolver.get("home_groups", [])),
        home_rebels=frozenset(w.lower() for w in resolver.get("home_rebels", [])),
        unnaming_modifiers=frozenset(w.lower() for w in resolver.get("unnaming_modifiers", [])),
        home_crowds=frozenset(w.lower() for w in resolver.get("home_crowds", [])),
        foreign_crowd_verbs=frozenset(w.lower() for w in resolver.get("foreign_crowd_verbs", [])),
        rebel_creeds=frozenset(w.lower() for w in resolver.get("rebel_creeds", [])),
        guest_verbs=frozenset(w.lower() for w in resolver.get("guest_verbs", [])),
        bases=frozenset(w.lower() for w in resolver.get("bases", [])),
        exiles=frozenset(w.lower() for w in resolver.get("exiles", [])),
        border_works=frozenset(w.lower() for w in resolver.get("border_works", [])),
        non_agents=frozenset(w.lower() for w in data.get("non_agents", {}).get("names", [])),
        institutions=frozenset(w.lower() for w in data.get("institutions", {}).get("words", [])),
        private_bodies=frozenset(
            w.lower() for w in data.get("private_bodies", {}).get("words", [])
        ),
        landmarks=frozenset(w.lower() for w in data.get("landmarks", {}).get("words", [])),
        likeness=frozenset(w.lower() for w in data.get("likeness", {}).get("words", [])),
        things=frozenset(
            w.lower() for key in ("words", "media") for w in data.get("things", {}).get(key, [])
        ),
        media=frozenset(w.lower() for w in data.get("things", {}).get("media", [])),
        regions=frozenset(w.lower() for w in data.get("regions", {}).get("words", [])),
        native_peoples=frozenset(
            w.lower() for w in data.get("regions", {}).get("native_peoples", [])
        ),
        state_groups=frozenset(w.lower() for w in data.get("regions", {}).get("state_groups", [])),
        non_agent_heads=frozenset(
            w.lower() for w in data.get("non_agents", {}).get("first_words", [])
        ),
    )


def surnames(label: str, words: ActorWords, country: str | None = None) -> set[str]:
    """The forms of a person's surname that can follow a title: "George W. Bush" ->
    Bush, "Osama bin Laden" -> bin Laden, "Bashar al-Assad" -> al-Assad and Assad;
    "Xi Jinping" -> Xi (Chinese, Korean and Vietnamese names put it first)."""
    parts = label.split()
    if country in words.family_first and len(parts) >= 2:
        return {parts[0]}
    while len(parts) > 2 and parts[-1] in words.name_suffixes:
        parts.pop()
    if len(parts) < 2:
        return set()
    last = parts[-1]
    out = {last}
    if len(parts) > 2 and parts[-2] in words.name_particles:
        out.add(f"{parts[-2]} {last}")
    for prefix in words.name_prefixes:
        if last.startswith(prefix) and len(last) > len(prefix):
            out.add(last[len(prefix) :])
    return out


# Latin letters that Unicode does not decompose into a base letter and a mark:
# without them "Jørgensen" would lose its "ø" ("jrgensen").
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ß": "ss",
    }
)


def slugify(text: str) -> str:
    """A stable ASCII slug; non-Latin names fall back to a short hash."""
    latin = text.translate(_LETTERS)
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if not slug:
        slug = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return slug[:80]
