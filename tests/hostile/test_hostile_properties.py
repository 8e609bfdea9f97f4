"""Properties for any input: the normalizer and the extractor never break, and every
offset they give points back into the original text.

The extractor runs the real spaCy pipeline (loaded once per session).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geograph.model import Document
from geograph.normalize import normalize
from geograph.pipeline import Pipeline, _batches, chunks

ANY_CHAR = st.characters(codec=None, categories=None)  # every code point, surrogates too
NAMES = ("Iran", "Israel", "USA", "US", "Azerbaijan", "Turkey")

# Pieces that give the extractor something to find, and the normalizer work to do.
PIECES = st.sampled_from(
    [
        "Iran", "Israel", "Azerbaijan", "Russia", "Ukraine", "accused", "attacked", "denied",
        "sold drones to", "will sanction", "did not threaten", "said", "Tehran", "Mossad",
        "President Ali Khan", "the", "of", ".", ",", "\n", "\n\n", " ", "  ", "\u00a0", "\u200b",
        "\u201c", "\u201d", "\u2019s", "Irandid", "theUSA", "U.S.", "<script>", '"', "'",
        "\x00", "\x1b", "\u2028", "\ufeff", "\u202e", "\U0001f680", "إيران", "Иран", "伊朗",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(ANY_CHAR.filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF), max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=60).map(" ".join),
    st.lists(PIECES, max_size=60).map("".join),
)


# -- normalizer -------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(ANY_CHAR, max_size=300))
@example("a\ud800b\udfff")
@example("\r\n\r\n\x85\u2028 \u200b\ufeff")
def test_normalizer_maps_every_character_back_for_any_code_points(raw: str) -> None:
    result = normalize(raw, names=NAMES)
    offsets = list(result.offsets)
    assert len(offsets) == len(result.text) + 1 and offsets[-1] == len(raw)
    assert offsets == sorted(offsets)
    for i, char in enumerate(result.text):
        source = raw[offsets[i]]
        # Kept as is, or one of the normalizer's own replacements (space, LF, quotes).
        assert char == source or char in " \n'\""
        start, end = result.span(i, i + 1)
        assert 0 <= start <= end <= len(raw)
    assert normalize(result.text, names=NAMES).text == result.text


# -- chunks and batches -------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab. \n!?"), max_size=400), st.integers(4, 60))
def test_chunks_cover_the_text_in_order_within_the_limit(text: str, limit: int) -> None:
    pieces = list(chunks(text, limit))
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(0 < e - s <= limit for s, e in pieces)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=40), st.integers(1, 8), st.integers(1, 60))
def test_batches_keep_order_and_bounds(texts: list[str], count: int, chars: int) -> None:
    pieces = [(t, (None, i)) for i, t in enumerate(texts)]
    batches = list(_batches(pieces, count, chars))  # type: ignore[arg-type]
    assert [p for b in batches for p in b] == pieces
    for batch in batches:
        assert 0 < len(batch) <= count
        assert len(batch) == 1 or sum(len(t) for t, _ in batch) <= chars


# -- extractor ----------------------------------------------------------------------------


def _check(document: Document, pipeline: Pipeline) -> None:
    result = pipeline.extract(document)
    assert result.document is document
    for m in result.mentions:
        assert 0 <= m.start <= m.end <= len(document.text)
        assert document.text[m.start : m.end] == m.sentence
        assert m.source.label and m.target.label
        line = json.dumps(m.to_json(), ensure_ascii=False)
        assert json.loads(line) == m.to_json()
        line.encode("utf-8")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(TEXTS)
@example("Iran accused Israel of sabotage.\x00\u202e<script>")
@example("\u201cIrandid not attack,\u201d the USA said.\n\ntheUSA will sanction Russia.")
def test_extractor_never_raises_and_offsets_cite_the_original(
    pipeline: Pipeline, text: str
) -> None:
    _check(Document("p", text), pipeline)


SENTENCE = "Azerbaijan accused Armenia of shelling the border villages."


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(TEXTS, TEXTS)
def test_a_relation_between_hostile_paragraphs_is_found_in_place(
    pipeline: Pipeline, before: str, after: str
) -> None:
    # A plain paragraph sits between the noise and the sentence: spaCy's parser may
    # cut the first word off a paragraph that follows a short odd one
    # ("TEHRAN\n\nAzerbaijan | accused ..."), which is a parsing matter, not this test's.
    lead = f"{before}\n\nOfficials met in Vienna on Monday.\n\n"
    text = f"{lead}{SENTENCE}\n\n{after}"
    result = pipeline.extract(Document("p", text))
    start = len(lead)
    found = [
        m
        for m in result.mentions
        if (m.relation, m.source.id, m.target.id) == ("accuses", "azerbaijan", "armenia")
        and (m.start, m.end) == (start, start + len(SENTENCE))
    ]
    assert found, [(m.relation, m.sentence) for m in result.mentions]
    assert text[found[0].start : found[0].end] == SENTENCE


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_a_batch_gives_one_result_per_document_in_order(
    pipeline: Pipeline, texts: list[str]
) -> None:
    documents = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    errors: list[str] = []
    results = list(pipeline.process(documents, on_error=errors.append))
    assert errors == []
    assert [r.document.id for r in results] == [d.id for d in documents]
