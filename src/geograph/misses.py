"""Why gold events were missed, counted by kind: a view of the misses that needs no
one to read the sentences (the held-out half's sentences are not to be read).

Each expected event type a sentence misses is put in the first kind that fits:

* ``read, no event``: a relation of the type was read but codes no event (negated,
  speculation, a background act);
* ``other type read``: events were read, none of this type;
* ``no actor``: the linker found no actor in the sentence;
* ``word, nothing read``: a trigger word of the type is in the sentence, and no
  rule read a relation from the sentence (a source or target not found on the
  parse, or a trigger's condition not met);
* ``no word``: no trigger word of the type (a gap in the vocabulary).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from .model import Mention

KINDS = ("read, no event", "other type read", "no actor", "word, nothing read", "no word")


def _kind_of(m: Mention, fmt: str) -> str:
    return m.plover if fmt == "plover" else m.cameo[:2]


def _word_types(pipeline: Any, fmt: str) -> dict[str, set[str]]:
    """Event types each trigger word of the lexicon may code (as act, intent or refusal)."""
    extractor = pipeline.extractor
    out: dict[str, set[str]] = {}
    for table in (extractor.lexicon.verbs, extractor.lexicon.nouns):
        for word, triggers in table.items():
            for trigger in triggers:
                spec = extractor.specs.get(trigger.relation)
                if spec is None:
                    continue
                if fmt == "plover":
                    codes = (spec.plover, spec.intent_plover, spec.refusal_plover)
                else:
                    codes = (spec.cameo, spec.intent_cameo, spec.refusal_cameo)
                out.setdefault(word, set()).update(
                    c if fmt == "plover" else c[:2] for c in codes if c
                )
    return out


def why_missed(
    pipeline: Any,
    texts: Sequence[str],
    missed: Sequence[frozenset[str]],
    mentions_of: Sequence[Sequence[Mention]],
    fmt: str,
) -> list[Counter[str]]:
    """For each sentence, its missed types counted by kind (see the module doc)."""
    words = _word_types(pipeline, fmt)
    out: list[Counter[str]] = []
    for text, types, mentions in zip(texts, missed, mentions_of, strict=True):
        kinds: Counter[str] = Counter()
        if types:
            doc = pipeline.nlp(pipeline.normalize(text).text)
            actors = pipeline.linker(doc)
            present: set[str] = set()
            for tok in doc:
                for form in (tok.lemma_.lower(), tok.lower_):
                    present |= words.get(form, set())
            for t in types:
                if any(not m.event and _kind_of(m, fmt) == t for m in mentions):
                    kinds["read, no event"] += 1
                elif any(m.event for m in mentions):
                    kinds["other type read"] += 1
                elif not actors.spans:
                    kinds["no actor"] += 1
                elif t in present:
                    kinds["word, nothing read"] += 1
                else:
                    kinds["no word"] += 1
        out.append(kinds)
    return out
