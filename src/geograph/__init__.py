"""geograph: news text in, a queryable knowledge graph of geopolitical relations out."""

from __future__ import annotations

from .errors import GeographError
from .model import Actor, DocResult, Document, Mention
from .settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "DocResult",
    "Document",
    "GeographError",
    "Mention",
    "Settings",
    "__version__",
    "load_settings",
]
