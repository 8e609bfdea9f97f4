"""Documents in, DocResults out: normalize, parse, link actors, extract relations.

Long documents are cut at paragraph breaks into chunks that spaCy parses one at
a time, so memory stays bounded whatever the document's size; mention offsets
are mapped back to the original text of the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .actors import ActorLinker, load_actor_words, load_gazetteer
from .model import Actor, DocResult, Document, Mention
from .nlp import load_pipeline
from .normalize import Normalized, normalize
from .ontology import relation_specs
from .relations import Extractor, load_lexicon
from .relations.inference import link_denials
from .settings import Settings

# Characters per chunk handed to spaCy: large enough to keep paragraphs (and the
# pronouns in them) together, small enough to bound the parser's memory.
CHUNK_CHARS = 20_000
_BREAK = re.compile(r"\n\n|(?<=[.!?])\s+|\s+")


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """``(start, end)`` pieces of ``text`` of at most ``limit`` characters, cut at a
    paragraph break where possible, else a sentence end, else any space."""
    start, n = 0, len(text)
    while start < n:
        if n - start <= limit:
            yield start, n
            return
        window = text[start : start + limit]
        cut = window.rfind("\n\n")
        if cut < limit // 4:
            ends = [m.end() for m in re.finditer(r"[.!?]\s", window)]
            cut = ends[-1] if ends and ends[-1] > limit // 4 else window.rfind(" ")
        if cut <= 0:
            cut = limit
        yield start, start + cut
        start += cut


@dataclass(slots=True)
class _Pending:
    document: Document
    normalized: Normalized
    n_chunks: int
    done: int = 0
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    sentences: int = 0
    failed: str | None = None


class Pipeline:
    """The extraction pipeline, loaded once and applied to many documents."""

    def __init__(self, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        self.settings = settings
        self.nlp = load_pipeline(settings.model)
        self.gazetteer = load_gazetteer()
        self.names = self.gazetteer.names()
        self.linker = ActorLinker(self.nlp, self.gazetteer)
        specs = dict(relation_specs())
        self.extractor = Extractor(
            load_lexicon(known=frozenset(specs)), load_actor_words(), specs, self.gazetteer.state
        )

    def normalize(self, text: str) -> Normalized:
        return normalize(text, names=self.names)

    def process(
        self,
        documents: Iterable[Document],
        *,
        on_error: Callable[[str], None] | None = None,
        batch_size: int | None = None,
    ) -> Iterator[DocResult]:
        """Extract every document, in order. A document that fails is reported
        through ``on_error`` and skipped; the rest go on."""

        def pieces() -> Iterator[tuple[str, tuple[_Pending, int]]]:
            for document in documents:
                normalized = self.normalize(document.text)
                spans = list(chunks(normalized.text))
                pending = _Pending(document, normalized, len(spans))
                if not spans:
                    yield "", (pending, 0)
                    continue
                for start, end in spans:
                    yield normalized.text[start:end], (pending, start)

        size = batch_size or self.settings.batch_size
        for doc, (pending, offset) in self.nlp.pipe(pieces(), as_tuples=True, batch_size=size):
            if pending.failed is None:
                try:
                    self._extract_chunk(doc, pending, offset)
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                    pending.failed = f"{pending.document.id}: extraction failed: {exc!r}"
            pending.done += 1
            if pending.done < max(pending.n_chunks, 1):
                continue
            if pending.failed is not None:
                if on_error is not None:
                    on_error(pending.failed)
                continue
            yield DocResult(
                document=pending.document,
                mentions=tuple(link_denials(pending.mentions)),
                actors=tuple(pending.actors.values()),
                sentences=pending.sentences,
            )

    def _extract_chunk(self, doc: object, pending: _Pending, offset: int) -> None:
        from spacy.tokens import Doc

        assert isinstance(doc, Doc)
        normalized = pending.normalized
        actors = self.linker(doc)
        for actor in actors.actors():
            pending.actors.setdefault(actor.id, actor)
        pending.sentences += sum(1 for s in doc.sents if s.text.strip())

        def locate(start: int, end: int) -> tuple[int, int]:
            return normalized.span(start + offset, end + offset)

        pending.mentions.extend(
            self.extractor.mentions(
                doc,
                actors,
                doc_id=pending.document.id,
                locate=locate,
                original=normalized.original,
            )
        )

    def extract(self, document: Document) -> DocResult:
        """Extract one document (errors propagate)."""
        errors: list[str] = []
        results = list(self.process([document], on_error=errors.append))
        if errors:
            from .errors import GeographError

            raise GeographError(errors[0])
        return results[0]
