"""The relation lexicon (``data/relations.toml``) as lookup tables for the rules."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..paths import DATA_DIR

VERB_SLOTS = (
    "subj", "obj", "iobj", "xtarget", "xsubj", "owner", "locus", "home", "condition", "crowd",
    "authority", "own_people", "presser", "refused_home", "infsubj", "purpose", "addressee",
    "border", "stationed", "site", "aim", "exchange", "xdoer",
)  # fmt: skip
NOUN_SLOTS = (
    "owner", "host", "xsubj", "locus", "home", "crowd", "authority", "iobj", "obj", "purpose",
    "addressee", "border", "condition",
)  # fmt: skip

# Object classes that are no word list: an object must exist, must not, must be an
# actor, must be a person, must be an intergovernmental organisation.
GENERIC_CLASSES = ("any", "none", "party", "person", "named", "igo")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One way of stating a relation: a word and where its arguments are."""

    relation: str
    word: str  # lemma; for a phrasal verb, "lemma particle"
    pos: str  # "VERB" or "NOUN"
    source: tuple[str, ...]
    target: tuple[str, ...]
    object_class: str | None = None
    # A word class the light verb of a noun must belong to ("lodge a protest").
    host_class: str | None = None
    # A word class the subject must belong to ("peacekeepers arrived in Bosnia").
    subject_class: str | None = None
    inverse: bool = False
    mutual: bool = False
    territory_only: bool = False
    # Violence reported without its doer ("were killed in a bombing in Baghdad").
    unattributed: bool = False
    # The direct object is a topic, never a party ("discussed the war in Syria").
    topic: bool = False
    # A word class that, modifying the trigger or in its object, makes it no act
    # of this relation ("withdrew from the race", "an election rally").
    # Word classes any of which, near the trigger, make it no act of the relation.
    unless_classes: tuple[str, ...] = ()
    # A finite clause after the verb states an opinion, not a deal ("agreed that
    # vaccines work"); a clause of what will be done ("would leave") still counts.
    opinion: bool = False
    # (nouns) A word class naming the goods a noun of moving goods must carry, in
    # its modifiers or its "of" phrase ("arms deliveries", "the supply of tanks"):
    # "aid deliveries" or "the transfer of prisoners" is no arms sale.
    goods_class: str | None = None
    # (verbs) The verb states the relation only with an infinitive complement:
    # "told Washington to stop" demands, "told reporters" does not.
    infinitive: bool = False
    # A popular act, which no state, government, police or army does: "farmers
    # blocked the roads" protest, "authorities blocked access to Instagram" do not.
    popular: bool = False
    # (verbs) The verb states the relation only with an infinitive of purpose whose
    # verb is in this word class: helping or letting (`furthering`, "sent troops to
    # Chad to protect"), or finding out (`investigating`, "sent experts to Libya to
    # investigate").
    aimed: str | None = None

    def sense(self) -> int:
        """How narrowly this trigger picks one reading of its word: the conditions
        it must meet, a particle counting 1 and a word class of its object, subject,
        light verb or goods 2 ("commit to" + a truce, 3, is narrower than "commit
        to", 1); an object that need only exist, be absent or be an actor counts 1."""
        generic = GENERIC_CLASSES
        score = 1 if self.particle else 0
        score += sum(2 for c in (self.subject_class, self.host_class, self.goods_class) if c)
        # ("sent experts to Libya to investigate": the purpose makes an inquiry of
        # what would else be aid.)
        score += 2 if self.aimed == "investigating" else 0
        if self.object_class is not None:
            score += 1 if self.object_class in generic else 2
        return score

    @property
    def lemma(self) -> str:
        return self.word.split(" ", 1)[0]

    @property
    def particle(self) -> str | None:
        parts = self.word.split(" ", 1)
        return parts[1] if len(parts) == 2 else None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Triggers by lemma, word classes, and the modality and pair word lists."""

    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    classes: dict[str, frozenset[str]]
    modality: dict[str, frozenset[str]]
    pairs: dict[str, frozenset[str]]

    def vocabulary(self) -> frozenset[str]:
        """Every single word the lexicon looks for, as lemmas."""
        words: set[str] = set(self.verbs) | set(self.nouns)
        for group in (self.classes, self.modality, self.pairs):
            for values in group.values():
                words.update(w for w in values if " " not in w)
        return frozenset(words)

    def names_relation(self, name: str, relation: str) -> bool:
        """Whether word class ``name`` lists ``relation`` (class words are lower case,
        relation names camel case: "cooperatesWith")."""
        return relation.lower() in self.classes.get(name, frozenset())

    def words(self, name: str) -> frozenset[str]:
        """A modality or pair word list by name (empty when absent)."""
        return self.modality.get(name) or self.pairs.get(name) or frozenset()


def _check_slots(path: Path, relation: str, slots: list[str], allowed: tuple[str, ...]) -> None:
    for slot in slots:
        if slot not in allowed and not slot.startswith("prep:"):
            raise DataError(
                f"{path}: trigger for {relation}: unknown slot {slot!r}; "
                f"valid: {', '.join(allowed)}, prep:<word>"
            )


def parse_lexicon(data: dict[str, Any], path: Path, known: frozenset[str] | None = None) -> Lexicon:
    """Build a :class:`Lexicon` from the parsed TOML ``data``."""
    classes = {k: frozenset(w.lower() for w in v) for k, v in data.get("classes", {}).items()}
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for spec in data.get("trigger", []):
        relation = spec["relation"]
        if known is not None and relation not in known:
            valid = ", ".join(sorted(known))
            raise DataError(f"{path}: relation {relation!r} is not in the ontology; valid: {valid}")
        obj = spec.get("object")
        host = spec.get("host")
        subject = spec.get("subject")
        # One class or a list of them: "unless = ["courtesies", "reprisals"]".
        unless = spec.get("unless", [])
        unless = (unless,) if isinstance(unless, str) else tuple(unless)
        goods = spec.get("goods")
        # `aimed = true` is the `furthering` class; a string names another.
        aimed = spec.get("aimed") or None
        aimed = "furthering" if aimed is True else aimed
        for cls in (obj, host, subject, goods, aimed, *unless):
            if cls is not None and cls not in GENERIC_CLASSES and cls not in classes:
                raise DataError(f"{path}: trigger for {relation}: unknown word class {cls!r}")
        common = {
            "object_class": obj,
            "host_class": host,
            "subject_class": subject,
            "inverse": bool(spec.get("inverse", False)),
            "mutual": bool(spec.get("mutual", False)),
            "territory_only": bool(spec.get("territory_only", False)),
            "unattributed": bool(spec.get("unattributed", False)),
            "topic": bool(spec.get("topic", False)),
            "unless_classes": unless,
            "opinion": bool(spec.get("opinion", False)),
            "goods_class": goods,
            "infinitive": bool(spec.get("infinitive", False)),
            "popular": bool(spec.get("popular", False)),
            "aimed": aimed,
        }
        vsource = spec.get("source", ["subj"])
        vtarget = spec.get("target", ["obj"])
        _check_slots(path, relation, vsource + vtarget, VERB_SLOTS)
        for word in spec.get("verbs", []):
            trig = Trigger(relation, word, "VERB", tuple(vsource), tuple(vtarget), **common)
            verbs.setdefault(trig.lemma, []).append(trig)
        nsource = spec.get("noun_source", ["owner", "host"])
        ntarget = spec.get("noun_target", ["prep:against"])
        _check_slots(path, relation, nsource + ntarget, NOUN_SLOTS)
        # A noun keeps the class of its verbs' object, which its "of" phrase may fit
        # ("the expulsion of two diplomats"): see nominal._by_object.
        ncommon = common
        for word in spec.get("nouns", []):
            # A multi-word noun is keyed by its head (last word): "air strike" -> "strike".
            trig = Trigger(relation, word, "NOUN", tuple(nsource), tuple(ntarget), **ncommon)
            nouns.setdefault(word.split()[-1], []).append(trig)
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        classes=classes,
        modality={
            k: frozenset(v)
            for section in ("modality", "syntax")
            for k, v in data.get(section, {}).items()
        },
        pairs={k: frozenset(v) for k, v in data.get("pairs", {}).items()},
    )


@functools.lru_cache(maxsize=4)
def load_lexicon(data_dir: Path = DATA_DIR, known: frozenset[str] | None = None) -> Lexicon:
    """The lexicon shipped in ``data/relations.toml``."""
    path = data_dir / "relations.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path}: {exc}") from exc
    return parse_lexicon(data, path, known)
