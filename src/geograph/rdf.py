"""The one mapping from geograph records to RDF: stable IRIs and a document's quads.

IRIs live under ``https://w3id.org/geograph/id/``: ``actor/<id>``, ``doc/<id>``,
``mention/<doc-id>/<mention-id>`` and the document's named graph ``graph/<doc-id>``.
Ids are percent-encoded (UTF-8, every byte outside ``A-Z a-z 0-9 - . _ ~ :``, and a
final ``.``), so any string gives a valid, ASCII-only IRI that is the same on every
run and decodes back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from urllib.parse import quote, unquote

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from .model import ACTOR_TYPES, Actor, DocResult, Document, Mention
from .ontology import relation_spec
from .vocab import GG, ID_NS, OWL, RDF, RDFS, WD_NS, XSD

_QID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?",
)
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


# --------------------------------------------------------------------------- IRIs


def _segment(value: str) -> str:
    encoded = quote(value, safe=":", encoding="utf-8", errors="surrogatepass")
    # "." and ".." are dot-segments that IRI resolution would remove.
    if encoded in (".", ".."):
        encoded = encoded.replace(".", "%2E")
    # A final "." is legal, but Turtle writes it as a prefixed name ending in "\."
    # that some readers (rdflib) reject; encoded, the IRI reads anywhere.
    elif encoded.endswith("."):
        encoded = encoded[:-1] + "%2E"
    return encoded


def _unsegment(value: str) -> str:
    return unquote(value, encoding="utf-8", errors="surrogatepass")


def actor_iri(actor_id: str) -> NamedNode:
    """``…/id/actor/<actor-id>``."""
    return NamedNode(f"{ID_NS}actor/{_segment(actor_id)}")


def doc_iri(doc_id: str) -> NamedNode:
    """``…/id/doc/<doc-id>``: the document node."""
    return NamedNode(f"{ID_NS}doc/{_segment(doc_id)}")


def graph_iri(doc_id: str) -> NamedNode:
    """``…/id/graph/<doc-id>``: the named graph that holds everything one document says."""
    return NamedNode(f"{ID_NS}graph/{_segment(doc_id)}")


def mention_iri(doc_id: str, mention_id: str) -> NamedNode:
    """``…/id/mention/<doc-id>/<mention-id>``: one relation mention's event node."""
    return NamedNode(f"{ID_NS}mention/{_segment(doc_id)}/{_segment(mention_id)}")


def relation_iri(name: str) -> NamedNode:
    """The ontology property of a relation; :class:`~geograph.errors.DataError` if unknown."""
    return NamedNode(relation_spec(name).iri)


def _unmint(iri: str, kind: str) -> str | None:
    prefix = f"{ID_NS}{kind}/"
    if not iri.startswith(prefix) or "/" in iri[len(prefix) :]:
        return None
    return _unsegment(iri[len(prefix) :])


def actor_id(iri: str) -> str | None:
    """The actor id of an actor IRI, or None if ``iri`` is not one."""
    return _unmint(iri, "actor")


def doc_id(iri: str) -> str | None:
    """The document id of a document IRI, or None if ``iri`` is not one."""
    return _unmint(iri, "doc")


def graph_doc_id(iri: str) -> str | None:
    """The document id of a document's named-graph IRI, or None if ``iri`` is not one."""
    return _unmint(iri, "graph")


def mention_ids(iri: str) -> tuple[str, str] | None:
    """``(doc_id, mention_id)`` of a mention IRI, or None if ``iri`` is not one."""
    prefix = f"{ID_NS}mention/"
    parts = iri[len(prefix) :].split("/") if iri.startswith(prefix) else []
    if len(parts) != 2:
        return None
    return _unsegment(parts[0]), _unsegment(parts[1])


# ----------------------------------------------------------------------- literals


def text(value: str) -> str:
    """``value`` as a string RDF can hold.

    Every character of text survives (quotes, backslashes, newlines, control
    characters: the serializers escape them). Only lone UTF-16 surrogates, which
    no RDF syntax can encode, become U+FFFD; a split surrogate pair is re-joined.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def string(value: str) -> Literal:
    """An ``xsd:string`` literal of any text."""
    return Literal(text(value))


def date_literal(value: str) -> Literal:
    """``xsd:date`` / ``xsd:dateTime`` for ISO 8601 values, else the string as given."""
    value = value.strip()
    try:
        if _DATE.fullmatch(value) and date.fromisoformat(value):
            return Literal(value, datatype=XSD.date)
        if _DATETIME.fullmatch(value) and datetime.fromisoformat(value.replace("Z", "+00:00")):
            return Literal(value, datatype=XSD.dateTime)
    except ValueError:
        pass
    return string(value)


def url_literal(value: str) -> Literal:
    """``xsd:anyURI`` when ``value`` looks like an absolute URI, else a plain string."""
    if _URI.fullmatch(value):
        return Literal(value, datatype=XSD.anyURI)
    return string(value)


# -------------------------------------------------------------------------- quads


def actor_quads(actor: Actor, graph: NamedNode) -> list[Quad]:
    """The description of one actor: type, label, country codes, Wikidata links."""
    node = actor_iri(actor.id)
    cls = GG[actor.type] if actor.type in ACTOR_TYPES else GG.Actor
    quads = [
        Quad(node, RDF.type, cls, graph),
        Quad(node, RDFS.label, string(actor.label), graph),
    ]
    if actor.country:
        quads.append(Quad(node, GG.country, string(actor.country), graph))
        if actor.type == "State":
            quads.append(Quad(node, GG.iso3, string(actor.country), graph))
    if actor.wikidata:
        quads.append(Quad(node, GG.wikidata, string(actor.wikidata), graph))
        if _QID.fullmatch(actor.wikidata):
            quads.append(Quad(node, OWL.sameAs, NamedNode(WD_NS + actor.wikidata), graph))
    return quads


def document_node_quads(document: Document, graph: NamedNode) -> list[Quad]:
    """The document node: type, title, date, url, path and content hash."""
    node = doc_iri(document.id)
    quads = [
        Quad(node, RDF.type, GG.Document, graph),
        Quad(node, GG.sha256, Literal(document.sha256), graph),
    ]
    if document.title:
        quads.append(Quad(node, GG.title, string(document.title), graph))
    if document.date:
        quads.append(Quad(node, GG.date, date_literal(document.date), graph))
    if document.url:
        quads.append(Quad(node, GG.url, url_literal(document.url), graph))
    if document.path:
        quads.append(Quad(node, GG.path, string(document.path), graph))
    return quads


def mention_quads(mention: Mention, graph: NamedNode) -> list[Quad]:
    """One mention's event node, plus the direct triple if it is asserted and not negated.

    A symmetric relation's direct triple is written once, as given: OWL symmetry
    implies the other direction.
    """
    spec = relation_spec(mention.relation)
    relation = NamedNode(spec.iri)
    node = mention_iri(mention.doc, mention.id)
    source, target = actor_iri(mention.source.id), actor_iri(mention.target.id)
    quads = [
        Quad(node, RDF.type, GG.RelationMention, graph),
        Quad(node, GG.relation, relation, graph),
        Quad(node, GG.source, source, graph),
        Quad(node, GG.target, target, graph),
        Quad(node, GG.document, doc_iri(mention.doc), graph),
        Quad(node, GG.negated, Literal(mention.negated), graph),
        Quad(node, GG.event, Literal(mention.event), graph),
        Quad(node, GG.modality, string(mention.modality), graph),
        Quad(node, GG.cameo, string(mention.cameo or spec.cameo), graph),
        Quad(node, GG.confidence, Literal(float(mention.confidence)), graph),
        Quad(node, GG.sentence, string(mention.sentence), graph),
        Quad(node, GG.start, Literal(int(mention.start)), graph),
        Quad(node, GG.end, Literal(int(mention.end)), graph),
    ]
    if plover := mention.plover or spec.plover:  # PLOVER codes no statements (CAMEO 01)
        quads.append(Quad(node, GG.plover, string(plover), graph))
    if mention.trigger:
        quads.append(Quad(node, GG.trigger, string(mention.trigger), graph))
    if mention.source_sector:
        quads.append(Quad(node, GG.sourceSector, string(mention.source_sector), graph))
    if mention.target_sector:
        quads.append(Quad(node, GG.targetSector, string(mention.target_sector), graph))
    if mention.reporter is not None:
        quads.append(Quad(node, GG.reportedBy, actor_iri(mention.reporter.id), graph))
    if mention.denies:
        quads.append(Quad(node, GG.deniesMention, mention_iri(mention.doc, mention.denies), graph))
    if mention.asserted:
        quads.append(Quad(source, relation, target, graph))
    return quads


def _actors(result: DocResult) -> list[Actor]:
    seen: dict[str, Actor] = {a.id: a for a in result.actors}
    for m in result.mentions:
        for actor in (m.source, m.target, m.reporter):
            if actor is not None:
                seen.setdefault(actor.id, actor)
    return list(seen.values())


def document_quads(result: DocResult) -> list[Quad]:
    """Every quad one document contributes, all in its named graph, without duplicates."""
    graph = graph_iri(result.document.id)
    quads = document_node_quads(result.document, graph)
    for actor in _actors(result):
        quads.extend(actor_quads(actor, graph))
    for mention in result.mentions:
        quads.extend(mention_quads(mention, graph))
    return list(dict.fromkeys(quads))


def in_default_graph(quads: Iterable[Quad]) -> list[Quad]:
    """The same statements with the graph name dropped (for triple formats)."""
    return [Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads]


# ------------------------------------------------------------------- reading back

_TRUE = ("true", "1")


def _actor_from(row: Mapping[str, str | None], role: str) -> Actor | None:
    iri = row.get(role)
    if not iri:
        return None
    type_iri = row.get(f"{role}Type") or ""
    type_ = type_iri.removeprefix(GG._NS) if type_iri.startswith(GG._NS) else "Organization"
    if type_ not in ACTOR_TYPES:
        type_ = "Organization"
    ident = actor_id(iri) or iri
    return Actor(
        id=ident,
        label=ident if (label := row.get(f"{role}Label")) is None else label,
        type=type_,
        country=row.get(f"{role}Country") or None,
        wikidata=row.get(f"{role}Wikidata") or None,
    )


def mention_from_row(row: Mapping[str, str | None]) -> Mention:
    """A :class:`Mention` from one row of ``queries/mentions.rq`` (column -> value)."""

    def need(key: str) -> str:
        value = row.get(key)
        if value is None:
            raise ValueError(f"mention row lacks {key!r}: {dict(row)!r}")
        return value

    mention = need("mention")
    ids = mention_ids(mention)
    relation = need("relation")
    source, target = _actor_from(row, "source"), _actor_from(row, "target")
    if ids is None or source is None or target is None:
        raise ValueError(f"not a geograph mention row: {dict(row)!r}")
    denies = mention_ids(row.get("denies") or "")
    return Mention(
        doc=doc_id(row.get("doc") or "") or ids[0],
        relation=relation.removeprefix(GG._NS),
        source=source,
        target=target,
        sentence=row.get("sentence") or "",
        start=int(need("start")),
        end=int(need("end")),
        negated=(row.get("negated") or "false").lower() in _TRUE,
        event=(row.get("event") or "true").lower() in _TRUE,
        modality=row.get("modality") or "asserted",
        confidence=float(row.get("confidence") or 0.5),
        cameo=row.get("cameo") or "",
        plover=row.get("plover") or "",
        trigger=row.get("trigger") or "",
        source_sector=row.get("sourceSector") or None,
        target_sector=row.get("targetSector") or None,
        reporter=_actor_from(row, "reporter"),
        denies=denies[1] if denies else None,
    )
