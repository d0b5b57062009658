"""Vocabularies as closed namespaces: the only place where IRIs are spelled out.

`KG` is the project's ontology (the public contract of DESIGN.md plus the terms the
gazetteer and extractors add); `KGR` is the resource namespace under which every
entity, call, article and evidence node gets a readable, stable IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KGR = Namespace("https://w3id.org/arabic-news-kg/resource/")
_KGR_TEXT = str(KGR)  # formatting a Namespace itself is slow
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """arabic-news-kg ontology."""

    _fail = True
    _NS = Namespace("https://w3id.org/arabic-news-kg/ontology#")

    # classes of the contract
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Region: URIRef
    Agreement: URIRef
    PhoneCall: URIRef
    Article: URIRef
    Evidence: URIRef
    # classes the gazetteer adds
    Role: URIRef  # a kind of office ("president", "minister of defence")
    Position: URIRef  # a person's tenure of a role for a country
    ZoneType: URIRef  # a kind of zone ("de-escalation zone")

    # properties of the contract
    participant: URIRef
    initiator: URIRef
    date: URIRef
    about: URIRef
    called: URIRef
    spokeWith: URIRef
    covers: URIRef
    party: URIRef
    partOf: URIRef
    role: URIRef
    country: URIRef
    evidence: URIRef
    quote: URIRef
    article: URIRef
    start: URIRef
    end: URIRef
    # gazetteer and extraction terms
    demonym: URIRef  # Country -> nationality adjective literal ("التركي"@ar, "Turkish"@en)
    capital: URIRef  # Country -> Region, its capital (a metonym for the government)
    position: URIRef  # Person -> Position
    roleType: URIRef  # Position -> Role
    organization: URIRef  # Position -> Organization in which an office is held (UN, Arab League ...)
    jurisdiction: URIRef  # Position -> Region below the state where it is held (Abu Dhabi, Kurdistan Region)
    validFrom: URIRef  # Position -> xsd:date
    validUntil: URIRef  # Position -> xsd:date
    regionType: URIRef  # Region -> literal ("governorate", "city", "zone", ...)
    zoneType: URIRef  # Region (a zone) -> ZoneType
    agreementType: URIRef  # Agreement -> literal ("agreement", "ceasefire", "truce", ...)
    namedAfter: URIRef  # Agreement -> Region it is named after (Sochi, Astana, Adana)
    confidence: URIRef  # Evidence -> xsd:decimal
    dateBasis: URIRef  # PhoneCall -> "text" (the text dates it) or "publication" (dated by the report)


class SEM(DefinedNamespace):
    """Simple Event Model."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTime: URIRef


class CAMEO(DefinedNamespace):
    """CAMEO and PLOVER event codes used in alignments."""

    _fail = True
    _NS = Namespace("https://w3id.org/arabic-news-kg/event-codes#")

    cameo041: URIRef  # CAMEO 041 "Discuss by telephone"
    ploverConsultPhone: URIRef  # PLOVER CONSULT, mode phone


def resource(kind: str, slug: str) -> URIRef:
    """IRI of a resource: `kgr:<kind>/<slug>` (as KGR[...] gives it, without Namespace's slow lookup)."""
    return URIRef(resource_iri(kind, slug))


def resource_iri(kind: str, slug: str) -> str:
    """The text of `resource(kind, slug)`, without making (and checking) a URIRef."""
    return f"{_KGR_TEXT}{kind}/{slug}"
