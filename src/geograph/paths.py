"""Where the shipped data files live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _locate(installed: str, checkout: str) -> Path:
    # A wheel carries the files inside the package (see pyproject force-include);
    # an editable install or a checkout reads them from the repository root.
    inside = _PKG / installed
    if inside.is_dir():
        return inside
    return _PKG.parents[1] / checkout


DATA_DIR = _locate("_data", "data")
ONTOLOGY_DIR = _locate("_ontology", "ontology")
QUERIES_DIR = _PKG / "queries"
