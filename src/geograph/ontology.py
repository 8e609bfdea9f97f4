"""The relation specs (CAMEO, PLOVER, symmetry, kind), read from ``ontology/geograph.ttl``.

The ontology file is the single source of the relation codes: the extractor, the
RDF mapping and the evaluator all read them through :func:`relation_specs`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal

import pyoxigraph as ox

from . import paths
from .errors import DataError

GG = "https://w3id.org/geograph/ontology#"
ONTOLOGY_IRI = "https://w3id.org/geograph/ontology"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
_OWL_SYMMETRIC = "http://www.w3.org/2002/07/owl#SymmetricProperty"

RelationKind = Literal["event", "state"]
_KINDS: dict[str, RelationKind] = {
    GG + "EventRelation": "event",
    GG + "StateRelation": "state",
}


@dataclass(frozen=True, slots=True)
class RelationSpec:
    """One relation property of the ontology.

    Attributes:
        name: Local name in the gg namespace (``sellsArmsTo``).
        iri: Full IRI of the property.
        label: English words (``sells arms to``).
        comment: What it means and typical trigger words.
        cameo: CAMEO code as a string with its leading zero (``072``).
        plover: PLOVER category, upper case (``AID``); empty for a relation PLOVER
            does not code (public statements, CAMEO 01).
        symmetric: True for ``owl:SymmetricProperty`` relations.
        kind: ``event`` or ``state``.
    """

    name: str
    iri: str
    label: str
    comment: str
    cameo: str
    plover: str
    symmetric: bool
    kind: RelationKind
    intent_cameo: str | None = None
    intent_plover: str | None = None
    refusal_cameo: str | None = None
    refusal_plover: str | None = None

    def code(
        self,
        *,
        modality: str,
        negated: bool,
        intent: bool = False,
        refusal: bool = False,
        coding: str = "codebook",
    ) -> tuple[str, str, bool]:
        """CAMEO code, PLOVER category and whether a mention codes as an event.

        CAMEO and PLOVER code what was done or said: a stated act (asserted, or
        reported by someone) is the relation's event; a stated intent to act
        ("will supply", "is willing to withdraw") is the relation's intent code
        (AGREE, or THREATEN for force); refusing it ("refused to provide aid",
        "would not support") is its refusal code (REJECT). Speculation ("may
        attack"), a plain negation ("did not attack") and lasting states
        (tension, alliances, control of territory) code no event.
        """
        if self.kind != "event":
            return self.cameo, self.plover, False
        if negated:
            if (refusal or intent) and self.refusal_cameo and self.refusal_plover:
                return self.refusal_cameo, self.refusal_plover, True
            return self.cameo, self.plover, False
        if intent or modality == "future":
            if coding == "petrarch" and not (self.intent_cameo or "").startswith("13"):
                return self.cameo, self.plover, True
            if self.intent_cameo and self.intent_plover:
                return self.intent_cameo, self.intent_plover, True
            return self.cameo, self.plover, modality == "future"
        return self.cameo, self.plover, modality in ("asserted", "reported")


def ontology_path() -> Path:
    """The shipped ``geograph.ttl``."""
    return paths.ONTOLOGY_DIR / "geograph.ttl"


def load_triples(path: Path | None = None) -> list[ox.Triple]:
    """Every triple of the ontology file; :class:`DataError` if missing or invalid."""
    path = path or ontology_path()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(
            f"ontology file {path} cannot be read ({exc.strerror or exc}); "
            "reinstall geograph or restore ontology/geograph.ttl"
        ) from exc
    try:
        quads = list(ox.parse(data, ox.RdfFormat.TURTLE, base_iri=ONTOLOGY_IRI))
    except SyntaxError as exc:
        raise DataError(f"ontology file {path} is not valid Turtle: {exc}") from exc
    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]


def _one(path: Path, name: str, values: dict[str, list[str]], pred: str, field: str) -> str:
    found = values.get(pred, [])
    if len(found) != 1 or not found[0].strip():
        raise DataError(
            f"{path}: relation gg:{name} needs exactly one non-empty {field} (found {len(found)})"
        )
    return found[0].strip()


def _read_specs(path: Path) -> dict[str, RelationSpec]:
    props: dict[str, dict[str, list[str]]] = {}
    for t in load_triples(path):
        if isinstance(t.subject, ox.NamedNode) and not isinstance(t.object, ox.Triple):
            props.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(
                t.object.value
            )
    specs: dict[str, RelationSpec] = {}
    for iri, values in props.items():
        types = values.get(_RDF_TYPE, [])
        kinds = sorted({_KINDS[t] for t in types if t in _KINDS})
        if not kinds:
            continue
        name = iri.removeprefix(GG)
        if name == iri:
            raise DataError(f"{path}: relation {iri} is not in the gg namespace {GG}")
        if len(kinds) > 1:
            raise DataError(f"{path}: relation gg:{name} is both an event and a state relation")
        specs[name] = RelationSpec(
            name=name,
            iri=iri,
            label=_one(path, name, values, _RDFS_LABEL, "rdfs:label"),
            comment=_one(path, name, values, _RDFS_COMMENT, "rdfs:comment"),
            cameo=_one(path, name, values, GG + "cameo", "gg:cameo"),
            plover=_optional(path, name, values, GG + "plover") or "",
            symmetric=_OWL_SYMMETRIC in types,
            kind=kinds[0],
            intent_cameo=_optional(path, name, values, GG + "intentCameo"),
            intent_plover=_optional(path, name, values, GG + "intentPlover"),
            refusal_cameo=_optional(path, name, values, GG + "refusalCameo"),
            refusal_plover=_optional(path, name, values, GG + "refusalPlover"),
        )
    if not specs:
        raise DataError(f"{path}: declares no gg:EventRelation or gg:StateRelation properties")
    return dict(sorted(specs.items()))


def _optional(path: Path, name: str, values: dict[str, list[str]], prop: str) -> str | None:
    found = values.get(prop, [])
    if len(found) > 1:
        raise DataError(f"{path}: relation gg:{name} has {len(found)} values for {prop}")
    return found[0] if found else None


@cache
def relation_specs() -> Mapping[str, RelationSpec]:
    """Every relation of the ontology by local name, sorted by name (read once, cached)."""
    return MappingProxyType(_read_specs(ontology_path()))


def relation_spec(name: str) -> RelationSpec:
    """The spec of one relation; :class:`DataError` listing the valid names if unknown."""
    specs = relation_specs()
    try:
        return specs[name]
    except KeyError:
        raise DataError(f"unknown relation {name!r}; valid relations: {', '.join(specs)}") from None
