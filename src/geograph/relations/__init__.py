"""Relation extraction: rule families over the dependency parse, one module each.

* :mod:`.verbal`   relations stated by verbs (active, passive, coordinated, inherited subjects)
* :mod:`.nominal`  relations stated by nouns ("accusations by", "sanctions on", "killing of")
* :mod:`.pairs`    symmetric relations around relation nouns ("Iranian-Azerbaijani relations")
* :mod:`.inference` threats, implied accusations, denial-to-accusation links
* :mod:`.modality` negation, modality and attribution
* :mod:`.arguments` tokens to actors (institutions, pronouns, relatives, appositions)
"""

from __future__ import annotations

from .extractor import Extractor
from .lexicon import Lexicon, load_lexicon

__all__ = ["Extractor", "Lexicon", "load_lexicon"]
