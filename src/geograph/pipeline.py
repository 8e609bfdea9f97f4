"""Documents in, DocResults out: normalize, parse, link actors, extract relations.

Long documents are cut at paragraph breaks into chunks, and chunks are handed to
spaCy in batches of at most ``BATCH_CHARS`` characters, so memory stays bounded
whatever the documents' sizes; mention offsets are mapped back to the original
text of the whole document. A document longer than ``settings.max_document_chars``
is refused with a one-line error, and a document that fails anywhere (normalizing,
parsing, extracting) is reported and skipped while the rest go on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from .actors import load_actor_words, load_gazetteer
from .linker import ActorLinker
from .model import Actor, DocResult, Document, Mention
from .nlp import load_pipeline
from .normalize import Normalized, normalize
from .ontology import relation_specs
from .relations import Extractor, load_lexicon
from .relations.inference import link_denials
from .settings import Settings
from .terms import parse_day, written_on

# Characters per chunk handed to spaCy: large enough to keep paragraphs (and the
# pronouns in them) together, small enough to bound the parser's memory.
CHUNK_CHARS = 20_000
# Characters per spaCy batch. The parser's memory grows with the characters in a
# batch (about 3 KB per character with en_core_web_sm: 32 full chunks took 2 GB),
# while its speed does not improve past a few thousand, so batches are cut by size
# as well as by count.
BATCH_CHARS = 50_000
_SENTENCE_END = re.compile(r"[.!?]\s")
_PARAGRAPH_END = re.compile(r"(?<=\n\n)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A wire dateline opening a paragraph: "NAIROBI, March 3 (Reuters) - ", "BEIRUT,
# Lebanon (AP) — ". It says where the story was filed, not who acts or where. The
# town in capitals must come with its country, a date or an agency: a bare "US — "
# or "NATO - " may begin a headline about them.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"  # the town, in capitals
    r"(?=[,(]|\s\()"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"  # its state or country
    rf"(?:,? {_MONTH} \d{{1,2}})?"  # the date
    r"(?: \([A-Za-z][^()\n]{0,30}\))?"  # the agency
    r" ?(?:--?|–|—) "
)


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
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends and ends[-1] > limit // 4 else window.rfind(" ")
        if cut <= 0:
            cut = limit
        yield start, start + cut
        start += cut


def _where(document: Document) -> str:
    """How messages name a document: its file, and its id when the file holds several."""
    if document.path is None:
        return document.id
    if Path(document.path).stem == document.id:
        return document.path
    return f"{document.path} [{document.id}]"


def paragraphs(text: str) -> list[str]:
    """``text`` cut after each blank line and after a paragraph's dateline; the
    pieces join back to ``text``."""
    out: list[str] = []
    for part in _PARAGRAPH_END.split(text):
        dateline = _DATELINE.match(part)
        if dateline is not None and dateline.end() < len(part):
            # Parsed apart, the dateline is a sentence of its own: its town is
            # not read as a place of the story's first sentence.
            out.append(part[: dateline.end()])
            part = part[dateline.end() :]
        if part:
            out.append(part)
    return out or [text]


def _join(docs: list[Doc]) -> Doc:
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def _batches(pieces: Iterable[_Piece], count: int, chars: int) -> Iterator[list[_Piece]]:
    """Runs of at most ``count`` pieces and (unless one piece is longer) ``chars`` characters."""
    batch: list[_Piece] = []
    size = 0
    for piece in pieces:
        if batch and (len(batch) >= count or size + len(piece[0]) > chars):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[0])
    if batch:
        yield batch


@dataclass(slots=True)
class _Pending:
    document: Document
    normalized: Normalized
    n_chunks: int
    # When the document was written: its date, else a date its text opens with.
    day: date | None = None
    done: int = 0
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    sentences: int = 0
    failed: str | None = None


# A chunk's text, and which document it belongs to and where it starts there.
_Context = tuple[_Pending, int]
_Piece = tuple[str, _Context]


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
        lexicon = load_lexicon(known=frozenset(specs))
        self.extractor = Extractor(
            lexicon, load_actor_words(), specs, self.gazetteer.state, coding=settings.coding
        )
        if "geograph_lemmas" not in self.nlp.pipe_names and "lemmatizer" in self.nlp.pipe_names:
            self.nlp.add_pipe(
                "geograph_lemmas",
                after="lemmatizer",
                config={"words": sorted(lexicon.vocabulary())},
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

        limit = self.settings.max_document_chars

        def report(message: str) -> None:
            if on_error is not None:
                on_error(message)

        def pieces() -> Iterator[_Piece]:
            for document in documents:
                if 0 < limit < len(document.text):
                    report(
                        f"{_where(document)}: too large ({len(document.text):,} characters; "
                        f"max_document_chars is {limit:,}), skipped"
                    )
                    continue
                try:
                    normalized = self.normalize(document.text)
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                    report(f"{_where(document)}: normalizing failed: {exc!r}")
                    continue
                spans = list(chunks(normalized.text))
                day = parse_day(document.date or "") or written_on(normalized.text)
                pending = _Pending(document, normalized, len(spans), day=day)
                if not spans:
                    yield "", (pending, 0)
                    continue
                for start, end in spans:
                    yield normalized.text[start:end], (pending, start)

        size = batch_size or self.settings.batch_size
        for doc, (pending, offset) in self._parse(_batches(pieces(), size, BATCH_CHARS)):
            if pending.failed is None:
                try:
                    if isinstance(doc, BaseException):
                        raise doc
                    self._extract_chunk(doc, pending, offset)
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                    pending.failed = f"{_where(pending.document)}: extraction failed: {exc!r}"
            pending.done += 1
            if pending.done < max(pending.n_chunks, 1):
                continue
            if pending.failed is not None:
                report(pending.failed)
                continue
            yield DocResult(
                document=pending.document,
                mentions=tuple(link_denials(pending.mentions)),
                actors=tuple(pending.actors.values()),
                sentences=pending.sentences,
            )

    def _parse(self, batches: Iterable[list[_Piece]]) -> Iterator[tuple[object, _Context]]:
        """Parsed chunks in order; a chunk spaCy cannot parse comes with its exception.

        Each paragraph is parsed as a document of its own and the chunk is joined
        back from them: a headline or dateline has no full stop, and the parser would
        run it into the next paragraph (presetting sentence starts instead makes it
        cut the next sentence after its first word)."""
        for batch in batches:
            flat = [(k, para) for k, (text, _) in enumerate(batch) for para in paragraphs(text)]
            try:
                docs = list(self.nlp.pipe((p for _, p in flat), batch_size=len(flat)))
            except Exception:  # noqa: BLE001 - find the piece that failed, keep the rest
                docs = []
            if docs:
                grouped: dict[int, list[Doc]] = {}
                for (k, _), doc in zip(flat, docs, strict=True):
                    grouped.setdefault(k, []).append(doc)
                for k, (_, context) in enumerate(batch):
                    yield _join(grouped[k]), context
                continue
            for text, context in batch:
                try:
                    parsed: object = _join(list(self.nlp.pipe(paragraphs(text))))
                except Exception as exc:  # noqa: BLE001
                    parsed = exc
                yield parsed, context

    def _extract_chunk(self, doc: object, pending: _Pending, offset: int) -> None:
        from spacy.tokens import Doc

        assert isinstance(doc, Doc)
        normalized = pending.normalized
        actors = self.linker(doc, day=pending.day)
        for actor in actors.actors():
            pending.actors.setdefault(actor.id, actor)
        if len(doc):
            pending.sentences += int((doc.to_array(SENT_START) == 1).sum())

        def locate(start: int, end: int) -> tuple[int, int]:
            return normalized.span(start + offset, end + offset)

        pending.mentions.extend(
            self.extractor.mentions(
                doc,
                actors,
                doc_id=pending.document.id,
                locate=locate,
                original=normalized.original,
                day=pending.day,
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
