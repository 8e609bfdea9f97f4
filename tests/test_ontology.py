"""The ontology file, the relation specs read from it, and the typed vocabulary."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from geograph import ontology, paths
from geograph.errors import DataError
from geograph.model import ACTOR_TYPES
from geograph.ontology import relation_spec, relation_specs
from geograph.vocab import GG

ROOT = Path(__file__).resolve().parents[1]
NS = rdflib.Namespace(GG._NS)


def _architecture_table() -> dict[str, tuple[str, str, str, bool]]:
    """relation -> (kind, cameo, plover, symmetric) from docs/ARCHITECTURE.md."""
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if (
            len(cells) == 5
            and re.fullmatch(r"[a-z][A-Za-z]+", cells[0])
            and cells[1]
            in (
                "event",
                "state",
            )
        ):
            rows[cells[0]] = (cells[1], cells[2], cells[3], cells[4] == "yes")
    return rows


ARCH = _architecture_table()


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(paths.ONTOLOGY_DIR / "geograph.ttl", format="turtle")
    return g


def test_ontology_parses_with_rdflib_and_has_a_header(graph: rdflib.Graph) -> None:
    header = rdflib.URIRef("https://w3id.org/geograph/ontology")
    assert (header, RDF.type, OWL.Ontology) in graph
    assert graph.value(header, RDFS.comment) is not None


def test_architecture_table_is_read() -> None:
    assert len(ARCH) == 29


@pytest.mark.parametrize("name", sorted(ARCH))
def test_every_contract_relation_has_its_codes(name: str, graph: rdflib.Graph) -> None:
    kind, cameo, plover, symmetric = ARCH[name]
    spec = relation_specs()[name]
    # "none": PLOVER codes no public statements (CAMEO 01).
    codes = (spec.kind, spec.cameo, spec.plover or "none", spec.symmetric)
    assert codes == (kind, cameo, plover, symmetric)
    assert spec.label and spec.comment and spec.iri == GG._NS + name
    prop = NS[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in graph
    assert (prop, RDF.type, NS.EventRelation if kind == "event" else NS.StateRelation) in graph
    assert (prop, RDFS.domain, NS.Actor) in graph
    assert (prop, RDFS.range, NS.Actor) in graph
    assert ((prop, RDF.type, OWL.SymmetricProperty) in graph) is symmetric
    # Codes are plain strings with their leading zero.
    code = graph.value(prop, NS.cameo)
    assert isinstance(code, rdflib.Literal) and str(code) == cameo and len(cameo) == 3


def test_ontology_declares_no_relation_outside_the_contract() -> None:
    assert set(relation_specs()) == set(ARCH)


def test_relation_spec_lists_valid_names_when_unknown() -> None:
    assert relation_spec("sellsArmsTo").label == "sells arms to"
    with pytest.raises(DataError, match="valid relations: accuses"):
        relation_spec("sellsArms")


def test_relation_specs_are_cached_and_read_only() -> None:
    assert relation_specs() is relation_specs()
    with pytest.raises(TypeError):
        relation_specs()["x"] = relation_specs()["accuses"]  # type: ignore[index]


def test_every_vocab_term_is_declared_in_the_ontology(graph: rdflib.Graph) -> None:
    missing = [n for n in GG.names() if (NS[n], RDF.type, None) not in graph]
    assert not missing, f"in vocab.GG but not declared in geograph.ttl: {missing}"


def test_every_ontology_term_and_relation_is_in_vocab(graph: rdflib.Graph) -> None:
    declared = {
        str(s)[len(GG._NS) :]
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, rdflib.URIRef) and str(s).startswith(GG._NS)
    }
    assert declared - set(GG.names()) == set()
    assert set(relation_specs()) <= set(GG.names())


def test_every_actor_type_is_a_subclass_of_actor(graph: rdflib.Graph) -> None:
    for name in ACTOR_TYPES:
        assert (NS[name], RDFS.subClassOf, NS.Actor) in graph


def test_misspelt_vocab_terms_fail_loudly() -> None:
    with pytest.raises(AttributeError, match="known terms"):
        _ = GG.sorce  # type: ignore[attr-defined]
    with pytest.raises(KeyError, match="known terms"):
        GG["sorce"]
    assert GG["source"] == GG.source
    assert GG.accuses in GG and "accuses" in GG and "sorce" not in GG


def _with_ontology(monkeypatch: pytest.MonkeyPatch, directory: Path) -> None:
    monkeypatch.setattr(paths, "ONTOLOGY_DIR", directory)
    ontology.relation_specs.cache_clear()


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    ontology.relation_specs.cache_clear()
    yield
    ontology.relation_specs.cache_clear()


@pytest.mark.usefixtures("fresh_cache")
def test_missing_ontology_file_is_a_data_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _with_ontology(monkeypatch, tmp_path)
    with pytest.raises(DataError, match="cannot be read"):
        relation_specs()


@pytest.mark.usefixtures("fresh_cache")
def test_invalid_turtle_is_a_data_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "geograph.ttl").write_text("@prefix gg: <x#> .\ngg:a gg:b", encoding="utf-8")
    _with_ontology(monkeypatch, tmp_path)
    with pytest.raises(DataError, match="not valid Turtle"):
        relation_specs()


@pytest.mark.usefixtures("fresh_cache")
def test_relation_without_codes_is_a_data_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = (paths.ONTOLOGY_DIR / "geograph.ttl").read_text(encoding="utf-8")
    broken = text.replace('gg:cameo "072" ;', "", 1)
    (tmp_path / "geograph.ttl").write_text(broken, encoding="utf-8")
    _with_ontology(monkeypatch, tmp_path)
    with pytest.raises(DataError, match="sellsArmsTo needs exactly one non-empty gg:cameo"):
        relation_specs()
