"""CPSV-AP linked data (src/unikom/services/linked_data.py): the graph, its shapes, its IRIs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

import unikom
from unikom.model.duration import Duration
from unikom.services.export import export_text
from unikom.services.linked_data import CPSV, CV, cpsv_graph, xsd_duration

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if (p / "partnership.yaml").exists())
SHAPES = ROOT / "tests" / "data" / "cpsv" / "unikom-cpsv-shapes.ttl"
#: The official CPSV-AP shapes: beside the repository in CI (../shared/vocab).
OFFICIAL = (
    Path(os.environ.get("UNIKOM_SHARED_VOCAB", ROOT.parent / "shared" / "vocab"))
    / "cpsv-ap-3.2.0-shacl.ttl"
)


def _graph(example: Path) -> Graph:
    return Graph().parse(data=export_text(example, "jsonld"), format="json-ld")


def _conforms(graph: Graph, shapes: Path) -> tuple[bool, str]:
    conforms, _report, text = pyshacl.validate(
        graph, shacl_graph=Graph().parse(shapes), inference="none"
    )
    return bool(conforms), str(text)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_jsonld_conforms_to_our_shapes(example: Path) -> None:
    conforms, report = _conforms(_graph(example), SHAPES)
    assert conforms, report


@pytest.mark.skipif(not OFFICIAL.is_file(), reason="the official shapes are not beside the repo")
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_jsonld_conforms_to_the_official_cpsv_ap_shapes(example: Path) -> None:
    conforms, report = _conforms(_graph(example), OFFICIAL)
    assert conforms, report


def test_our_shapes_catch_what_they_promise() -> None:
    graph = _graph(ROOT / "examples" / "trondheim")
    ntnu = next(graph.subjects(DCTERMS.identifier, Literal("974767880")))
    graph.set((ntnu, DCTERMS.identifier, Literal("12345")))
    assert not _conforms(graph, SHAPES)[0]


def test_jsonld_parses_back_to_the_graph_built() -> None:
    example = ROOT / "examples" / "trondheim"
    built = cpsv_graph(unikom.load(example))
    assert isomorphic(built, _graph(example))


def test_each_inquiry_type_is_a_public_service_with_its_parts() -> None:
    example = ROOT / "examples" / "trondheim"
    partnership = unikom.load(example)
    graph = _graph(example)
    services = set(graph.subjects(RDF.type, URIRef(CPSV + "PublicService")))
    assert len(services) == len(partnership.inquiry_types)
    for it in partnership.inquiry_types:
        [service] = graph.subjects(DCTERMS.identifier, Literal(it.id))
        titles = {
            t.language: str(t)
            for t in graph.objects(service, DCTERMS.title)
            if isinstance(t, Literal)
        }
        for language, text in it.name.translations.items():
            assert titles[language if language != "und" else partnership.languages[0]] == text
        areas = set(graph.objects(service, URIRef(CV + "thematicArea")))
        assert areas
        assert all((a, RDF.type, SKOS.Concept) in graph for a in areas)
        requirements = set(graph.objects(service, URIRef(CV + "holdsRequirement")))
        assert len(requirements) == len(it.requirements)
        assert set(graph.objects(service, URIRef(CV + "hasCompetentAuthority")))
        if it.processing_time is not None and xsd_duration(it.processing_time) is not None:
            [time] = graph.objects(service, URIRef(CV + "processingTime"))
            assert isinstance(time, Literal)
            assert time.datatype == XSD.duration
    for party in partnership.parties:
        [organisation] = graph.subjects(DCTERMS.identifier, Literal(party.org_number))
        assert (organisation, RDF.type, URIRef(CV + "PublicOrganisation")) in graph


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P15D", "P15D"),
        ("P4W", "P28D"),
        ("P1M", "P1M"),
        ("P1Y", "P1Y"),
        ("10 working days", "P14D"),
        ("7 working days", None),
    ],
)
def test_processing_time_as_xsd_duration(text: str, expected: str | None) -> None:
    assert xsd_duration(Duration.parse(text)) == expected


def test_rdflib_is_imported_only_when_a_graph_is_built() -> None:
    import subprocess
    import sys

    code = (
        "import sys, unikom.services.export, unikom.services.linked_data, unikom.cli.export\n"
        "print('rdflib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "address", ['https://x.example/?a=<2>&b="c"', "https://x.example/a{b}|c^d`e"]
)
def test_a_web_address_the_standard_takes_is_written_as_a_valid_iri(address: str) -> None:
    # The standard takes '<', '"', '{' and the like in an address; rdflib warned
    # "does not look like a valid URI" and wrote them raw, which breaks Turtle.
    import attrs

    from unikom.model.types import Url

    trondheim = unikom.load(ROOT / "examples" / "trondheim")
    party = attrs.evolve(trondheim.parties[0], url=Url(address))
    changed = attrs.evolve(trondheim, parties=(party, *trondheim.parties[1:]))
    graph = cpsv_graph(changed)
    pages = {str(o) for o in graph.objects(None, URIRef("http://xmlns.com/foaf/0.1/homepage"))}
    assert all(not set(page) & set('<>"{}|\\^` ') for page in pages)
    assert len(Graph().parse(data=graph.serialize(format="nt"), format="nt")) == len(graph)


def test_a_web_address_keeps_its_letters_beyond_ascii() -> None:
    # An IRI holds them; percent-encoding the host would change its name.
    import attrs

    from unikom.model.types import Url

    address = "https://bø.kommune.no/tjenester/søknad"
    trondheim = unikom.load(ROOT / "examples" / "trondheim")
    party = attrs.evolve(trondheim.parties[0], url=Url(address))
    graph = cpsv_graph(attrs.evolve(trondheim, parties=(party, *trondheim.parties[1:])))
    pages = {str(o) for o in graph.objects(None, URIRef("http://xmlns.com/foaf/0.1/homepage"))}
    assert address in pages
    assert len(Graph().parse(data=graph.serialize(format="nt"), format="nt")) == len(graph)
