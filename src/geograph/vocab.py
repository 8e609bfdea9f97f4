"""Typed vocabularies: the gg namespace and the few standard terms geograph writes.

Like rdflib's ``DefinedNamespace`` with ``_fail = True``, a term that is not declared
fails loudly: ``GG.sorce`` is a mypy error and an :class:`AttributeError` at run time,
and ``GG["sorce"]`` raises :class:`KeyError` naming the valid terms. Terms are
pyoxigraph :class:`~pyoxigraph.NamedNode` values, ready for quads.
``tests/test_ontology.py`` checks that every gg term exists in ``ontology/geograph.ttl``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from pyoxigraph import NamedNode


class _DefinedNamespaceMeta(type):
    """Fills every annotated name of the class with ``NamedNode(_NS + name)``."""

    _NS: str
    _fail: bool
    _terms: dict[str, NamedNode]

    def __new__(
        mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]
    ) -> _DefinedNamespaceMeta:
        cls = super().__new__(mcs, name, bases, namespace)
        base = namespace.get("_NS")
        if base is not None:
            names = [n for n in namespace.get("__annotations__", {}) if not n.startswith("_")]
            cls._terms = {n: NamedNode(base + n) for n in names}
            for term, node in cls._terms.items():
                setattr(cls, term, node)
        return cls

    if not TYPE_CHECKING:
        # Only reached for names that are not declared (declared ones are attributes).
        def __getattr__(cls, name: str) -> NamedNode:
            if name.startswith("_") or not cls.__dict__.get("_fail", True):
                raise AttributeError(name)
            raise AttributeError(
                f"{name!r} is not a term of {cls._NS}; known terms: {', '.join(cls._terms)}"
            )

    def __getitem__(cls, name: str) -> NamedNode:
        try:
            return cls._terms[name]
        except KeyError:
            raise KeyError(
                f"{name!r} is not a term of {cls._NS}; known terms: {', '.join(cls._terms)}"
            ) from None

    def __contains__(cls, item: object) -> bool:
        if isinstance(item, NamedNode):
            return item.value.startswith(cls._NS) and item.value[len(cls._NS) :] in cls._terms
        return item in cls._terms

    def __iter__(cls) -> Iterator[NamedNode]:
        return iter(cls._terms.values())

    def names(cls) -> list[str]:
        """The declared local names, in declaration order."""
        return list(cls._terms)


class DefinedNamespace(metaclass=_DefinedNamespaceMeta):
    """Base class: subclasses set ``_NS`` and annotate each term as ``ClassVar[NamedNode]``."""

    _fail: ClassVar[bool] = True


class GG(DefinedNamespace):
    """The geograph ontology, ``https://w3id.org/geograph/ontology#``."""

    _NS = "https://w3id.org/geograph/ontology#"

    # Classes
    Actor: ClassVar[NamedNode]
    State: ClassVar[NamedNode]
    Territory: ClassVar[NamedNode]
    IGO: ClassVar[NamedNode]
    Agency: ClassVar[NamedNode]
    Military: ClassVar[NamedNode]
    Company: ClassVar[NamedNode]
    ArmedGroup: ClassVar[NamedNode]
    Person: ClassVar[NamedNode]
    Organization: ClassVar[NamedNode]
    Document: ClassVar[NamedNode]
    RelationMention: ClassVar[NamedNode]
    EventRelation: ClassVar[NamedNode]
    StateRelation: ClassVar[NamedNode]

    # Mention nodes
    source: ClassVar[NamedNode]
    target: ClassVar[NamedNode]
    relation: ClassVar[NamedNode]
    negated: ClassVar[NamedNode]
    modality: ClassVar[NamedNode]
    cameo: ClassVar[NamedNode]
    plover: ClassVar[NamedNode]
    intentCameo: ClassVar[NamedNode]
    intentPlover: ClassVar[NamedNode]
    refusalCameo: ClassVar[NamedNode]
    refusalPlover: ClassVar[NamedNode]
    event: ClassVar[NamedNode]
    confidence: ClassVar[NamedNode]
    sentence: ClassVar[NamedNode]
    start: ClassVar[NamedNode]
    end: ClassVar[NamedNode]
    document: ClassVar[NamedNode]
    trigger: ClassVar[NamedNode]
    sourceSector: ClassVar[NamedNode]
    targetSector: ClassVar[NamedNode]
    reportedBy: ClassVar[NamedNode]
    deniesMention: ClassVar[NamedNode]

    # Documents
    title: ClassVar[NamedNode]
    date: ClassVar[NamedNode]
    url: ClassVar[NamedNode]
    path: ClassVar[NamedNode]
    sha256: ClassVar[NamedNode]

    # Actors
    iso3: ClassVar[NamedNode]
    country: ClassVar[NamedNode]
    wikidata: ClassVar[NamedNode]

    # Relations (the direct triples between actors)
    sellsArmsTo: ClassVar[NamedNode]
    accuses: ClassVar[NamedNode]
    criticizes: ClassVar[NamedNode]
    denies: ClassVar[NamedNode]
    rejects: ClassVar[NamedNode]
    threatens: ClassVar[NamedNode]
    attacks: ClassVar[NamedNode]
    assaults: ClassVar[NamedNode]
    sanctions: ClassVar[NamedNode]
    demands: ClassVar[NamedNode]
    appealsTo: ClassVar[NamedNode]
    commentsOn: ClassVar[NamedNode]
    coerces: ClassVar[NamedNode]
    cooperatesWith: ClassVar[NamedNode]
    negotiatesWith: ClassVar[NamedNode]
    consults: ClassVar[NamedNode]
    supports: ClassVar[NamedNode]
    signsAgreementWith: ClassVar[NamedNode]
    aids: ClassVar[NamedNode]
    agreesWith: ClassVar[NamedNode]
    concedesTo: ClassVar[NamedNode]
    retreatsFrom: ClassVar[NamedNode]
    protestsAgainst: ClassVar[NamedNode]
    mobilizesAgainst: ClassVar[NamedNode]
    investigates: ClassVar[NamedNode]
    spiesOn: ClassVar[NamedNode]
    hasTensionWith: ClassVar[NamedNode]
    alliedWith: ClassVar[NamedNode]
    controls: ClassVar[NamedNode]


class RDF(DefinedNamespace):
    _NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    type: ClassVar[NamedNode]


class RDFS(DefinedNamespace):
    _NS = "http://www.w3.org/2000/01/rdf-schema#"

    label: ClassVar[NamedNode]
    comment: ClassVar[NamedNode]


class OWL(DefinedNamespace):
    _NS = "http://www.w3.org/2002/07/owl#"

    sameAs: ClassVar[NamedNode]
    SymmetricProperty: ClassVar[NamedNode]


class XSD(DefinedNamespace):
    _NS = "http://www.w3.org/2001/XMLSchema#"

    string: ClassVar[NamedNode]
    boolean: ClassVar[NamedNode]
    integer: ClassVar[NamedNode]
    double: ClassVar[NamedNode]
    date: ClassVar[NamedNode]
    dateTime: ClassVar[NamedNode]
    anyURI: ClassVar[NamedNode]


# Namespaces for prefixes in serializations and queries.
GG_NS = GG._NS
ID_NS = "https://w3id.org/geograph/id/"
WD_NS = "http://www.wikidata.org/entity/"
PREFIXES: dict[str, str] = {
    "gg": GG_NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
    "xsd": XSD._NS,
    "wd": WD_NS,
}
