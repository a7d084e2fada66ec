"""A partnership's inquiry types as public services in CPSV-AP 3.2, built with rdflib.

CPSV-AP (the Core Public Service Vocabulary Application Profile) is the EU
vocabulary for describing public services; Norway's catalogue profile
CPSV-AP-NO builds on it.  Each inquiry type becomes a ``cpsv:PublicService``;
each party a ``cv:PublicOrganisation`` identified by its organisation number;
thematic areas and collaboration tracks ``skos:Concept``s; requirements
``cv:Requirement``s; contacts ``cv:ContactPoint``s.

rdflib is imported only when a graph is built, so that the command line starts
fast for everything else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, assert_never

from unikom.model.duration import Duration, DurationUnit
from unikom.model.partnership import Partnership
from unikom.model.party import PartyRole
from unikom.model.text import UNDETERMINED, Text

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = ["CPSV", "CV", "NORWAY", "cpsv_graph", "serialise_jsonld", "xsd_duration"]

CPSV = "http://purl.org/vocab/cpsv#"
CV = "http://data.europa.eu/m8g/"
#: Norway in the EU's country authority table: where every party lies.
NORWAY = "http://publications.europa.eu/resource/authority/country/NOR"
_CONTEXT = {
    "cpsv": CPSV,
    "cv": CV,
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
#: The words for the channel kinds unikom describes, in the languages it writes.
_CHANNEL_WORDS = {
    "web": {"nb": "Nettskjema eller nettside", "nn": "Nettskjema eller nettside", "en": "Web"},
    "email": {"nb": "E-post", "nn": "E-post", "en": "E-mail"},
}


def xsd_duration(duration: Duration) -> str | None:
    """Return *duration* as an ``xsd:duration``, or None when it has no exact one.

    Working days depend on the calendar (holidays, closed days), so only a
    whole number of working weeks is written, as weeks; other counts of
    working days are left out rather than given a wrong length.
    """
    match duration.unit:
        case DurationUnit.DAYS:
            return f"P{duration.amount}D"
        case DurationUnit.WEEKS:
            return f"P{duration.amount * 7}D"
        case DurationUnit.MONTHS:
            return f"P{duration.amount}M"
        case DurationUnit.YEARS:
            return f"P{duration.amount}Y"
        case DurationUnit.WORKING_DAYS:
            weeks, rest = divmod(duration.amount, 5)
            return f"P{weeks * 7}D" if rest == 0 else None
    assert_never(duration.unit)


def cpsv_graph(partnership: Partnership, *, base: str | None = None) -> Graph:
    """Return the CPSV-AP 3.2 graph of *partnership*'s inquiry types and parties.

    *base* is the start of every node's IRI (default ``urn:unikom:ID:``).
    """
    from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, FOAF, SKOS

    cpsv, cv = Namespace(CPSV), Namespace(CV)
    root = base if base is not None else f"urn:unikom:{partnership.id}:"
    main_language = partnership.languages[0] if partnership.languages else "nb"
    graph = Graph()
    for prefix, namespace in _CONTEXT.items():
        graph.bind(prefix, namespace)

    def node(*parts: str) -> URIRef:
        return URIRef(root + "/".join(parts))

    def texts(subject: URIRef, predicate: URIRef, text: Text) -> None:
        for language, wording in text.translations.items():
            # A plain string is in the partnership's own language.
            tag = main_language if language == UNDETERMINED else language
            graph.add((subject, predicate, Literal(wording, lang=tag)))

    norway = URIRef(NORWAY)
    graph.add((norway, RDF.type, DCTERMS.Location))
    for party in partnership.parties:
        organisation = node("party", party.id)
        graph.add((organisation, RDF.type, cv.PublicOrganisation))
        graph.add((organisation, DCTERMS.identifier, Literal(party.org_number)))
        texts(organisation, SKOS.prefLabel, party.name)
        graph.add((organisation, DCTERMS.spatial, norway))
        if party.url:
            graph.add((organisation, FOAF.homepage, _iri(party.url)))

    areas = node("thematic-areas")
    graph.add((areas, RDF.type, SKOS.ConceptScheme))
    texts(areas, DCTERMS.title, partnership.name)
    for area in partnership.thematic_areas:
        concept = node("thematic-area", area.id)
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.notation, Literal(area.id)))
        graph.add((concept, SKOS.inScheme, areas))
        texts(concept, SKOS.prefLabel, area.name)
    for track in partnership.tracks:
        concept = node("track", track.id)
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.notation, Literal(track.id)))
        texts(concept, SKOS.prefLabel, track.name)

    contacts = []
    for contact in partnership.contacts:
        point = node("contact", contact.id)
        contacts.append(point)
        graph.add((point, RDF.type, cv.ContactPoint))
        if contact.email:
            graph.add((point, cv.email, Literal(contact.email)))
        if contact.phone:
            graph.add((point, cv.telephone, Literal(contact.phone)))

    channel_kinds = {}
    for kind, words in _CHANNEL_WORDS.items():
        concept = node("channel-type", kind)
        channel_kinds[kind] = concept
        graph.add((concept, RDF.type, SKOS.Concept))
        for language, word in words.items():
            graph.add((concept, SKOS.prefLabel, Literal(word, lang=language)))

    lead = [p.id for p in partnership.parties if p.role is PartyRole.LEAD]
    for it in partnership.inquiry_types:
        service = node("service", it.id)
        graph.add((service, RDF.type, cpsv.PublicService))
        graph.add((service, DCTERMS.identifier, Literal(it.id)))
        texts(service, DCTERMS.title, it.name)
        # CPSV-AP requires a description; a type without one is described by its name.
        texts(service, DCTERMS.description, it.description or it.name)
        graph.add((service, DCTERMS.type, node("track", it.track)))
        # An inquiry type that names no areas accepts every area of the partnership.
        area_ids = it.thematic_areas or tuple(a.id for a in partnership.thematic_areas)
        for area_id in area_ids:
            graph.add((service, cv.thematicArea, node("thematic-area", area_id)))
        for requirement in it.requirements:
            holds = node("service", it.id, "requirement", requirement.id)
            graph.add((holds, RDF.type, cv.Requirement))
            graph.add((holds, DCTERMS.identifier, Literal(requirement.id)))
            texts(holds, DCTERMS.title, requirement.title)
            if requirement.description:
                texts(holds, DCTERMS.description, requirement.description)
            graph.add((service, cv.holdsRequirement, holds))
        if it.processing_time is not None:
            duration = xsd_duration(it.processing_time)
            if duration is not None:
                graph.add((service, cv.processingTime, Literal(duration, datatype=XSD.duration)))
        channels: list[tuple[str, str | None]] = []
        if it.url:
            channels.append(("web", it.url))
        if any(c.email for c in partnership.contacts):
            channels.append(("email", None))
        for kind, address in channels:
            channel = node("service", it.id, "channel", kind)
            graph.add((channel, RDF.type, cv.Channel))
            graph.add((channel, DCTERMS.identifier, Literal(f"{it.id}-{kind}")))
            graph.add((channel, DCTERMS.type, channel_kinds[kind]))
            if address:
                graph.add((channel, FOAF.page, _iri(address)))
            graph.add((service, cv.hasChannel, channel))
        for point in contacts:
            graph.add((service, cv.contactPoint, point))
        authorities = list(it.addressees) or lead or [p.id for p in partnership.parties]
        for party_id in authorities:
            graph.add((service, cv.hasCompetentAuthority, node("party", party_id)))
    return graph


def serialise_jsonld(graph: Graph) -> str:
    """Return *graph* as compact JSON-LD with the CPSV-AP prefixes."""
    text: str = graph.serialize(format="json-ld", context=_CONTEXT, indent=2, sort_keys=True)
    return text if text.endswith("\n") else text + "\n"


#: What no IRI may hold (RFC 3987; the IRIREF of Turtle and N-Triples): a space or
#: control character, < > " { } | \ ^ `.  Letters beyond ASCII are kept: an IRI
#: holds them, and encoding them would turn a host such as bø.kommune.no into
#: b%C3%B8.kommune.no, which is not its name (an IDN host is not percent-encoded).
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')


def _iri(address: str) -> URIRef:
    """Return *address* (a validated http(s) address) as an IRI that rdflib can write.

    The standard lets an address hold characters no IRI may (``<``, ``"``,
    ``{``): rdflib warns and writes them raw, which breaks Turtle and N-Triples.
    Only those are percent-encoded; the rest stays as written.
    """
    from urllib.parse import quote

    from rdflib import URIRef

    return URIRef(_NOT_IN_IRI.sub(lambda found: quote(found.group()), address.strip()))
