"""The records that flow between the stages: documents in, actors and relation mentions out.

These are plain frozen dataclasses with no dependency on spaCy or rdflib, so that
every stage (and every outside tool reading the JSONL contract) shares one shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

# Actor types, as they appear in the ontology (gg:State, gg:Agency, ...).
ACTOR_TYPES = (
    "State",
    "Territory",
    "IGO",
    "Agency",
    "Military",
    "Company",
    "ArmedGroup",
    "Person",
    "Organization",
)

# How sure the text is that a relation holds.
MODALITIES = ("asserted", "hypothetical", "future", "reported")


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with its metadata. ``id`` is stable: file stem or record id."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None

    @property
    def sha256(self) -> str:
        """Content hash over the text and metadata, to skip unchanged re-ingests."""
        h = hashlib.sha256()
        for part in (self.text, self.title, self.date, self.url):
            h.update((part or "").encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Actor:
    """A geopolitical actor. ``id`` is a stable slug (``iran``, ``mossad``,
    ``person:qasem-soleimani``); ``country`` is an ISO 3166-1 alpha-3 code."""

    id: str
    label: str
    type: str
    country: str | None = None
    wikidata: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "country": self.country,
            "wikidata": self.wikidata,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One relation stated (or denied, or imagined) by one sentence of one document.

    ``start``/``end`` are character offsets of the evidence sentence in the
    *original* document text, and ``sentence == document.text[start:end]``.
    """

    doc: str
    relation: str
    source: Actor
    target: Actor
    sentence: str
    start: int
    end: int
    negated: bool = False
    modality: str = "asserted"
    # Whether the mention codes as an event under CAMEO/PLOVER (see RelationSpec.code).
    event: bool = True
    confidence: float = 0.5
    cameo: str = ""
    plover: str = ""
    trigger: str = ""
    source_sector: str | None = None
    target_sector: str | None = None
    # Who makes the claim, for modality == "reported".
    reporter: Actor | None = None
    # For a denial: the id of the mention (accusation) it denies, when found.
    denies: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        """Stable id: the same statement in the same place gets the same id every run."""
        key = "\x1f".join(
            (
                self.doc,
                self.relation,
                self.source.id,
                self.target.id,
                str(self.start),
                str(self.end),
                self.trigger,
            )
        )
        return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @property
    def asserted(self) -> bool:
        """True when the direct ``source relation target`` triple may be stated."""
        return self.modality == "asserted" and not self.negated

    def to_json(self) -> dict[str, Any]:
        """The extraction contract: one JSON object per mention (keep stable)."""
        source = self.source.to_json()
        source["sector"] = self.source_sector
        target = self.target.to_json()
        target["sector"] = self.target_sector
        return {
            "id": self.id,
            "doc": self.doc,
            "relation": self.relation,
            "source": source,
            "target": target,
            "negated": self.negated,
            "modality": self.modality,
            "event": self.event,
            "reported_by": self.reporter.to_json() if self.reporter else None,
            "cameo": self.cameo,
            "plover": self.plover,
            "trigger": self.trigger,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "denies": self.denies,
        }


@dataclass(frozen=True, slots=True)
class DocResult:
    """What extraction produced for one document."""

    document: Document
    mentions: tuple[Mention, ...]
    actors: tuple[Actor, ...]
    sentences: int = 0
    warnings: tuple[str, ...] = ()
