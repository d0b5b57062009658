"""The first-level divisions of provinces.ttl: their number per country, and how the matcher
reads their names (the bare name where it is the division's own, the prefixed forms otherwise,
never a common word)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, Namespace

from kg.pipeline.gazetteer_matcher import ENTITY_SPANS

GAZETTEER = Path(__file__).resolve().parents[2] / "ontology" / "gazetteer"
KG = Namespace("https://w3id.org/arabic-news-kg/ontology#")
KGR = "https://w3id.org/arabic-news-kg/resource/"

# (country, the country's own word for its first-level divisions, how many provinces.ttl has)
FIRST_LEVEL = [
    ("saudi-arabia", "region", 13),
    ("yemen", "governorate", 22),
    ("iraq", "governorate", 19),  # Halabja the 19th since 2025
    ("egypt", "governorate", 27),
    ("algeria", "wilaya", 69),  # 58 since 2019, 69 since the end of 2025
    ("tunisia", "governorate", 24),
    ("iran", "province", 31),
    ("turkey", "province", 80),  # the 81st, Hatay, is in regions.ttl
    ("oman", "governorate", 11),
    ("jordan", "governorate", 12),
    ("united-arab-emirates", "emirate", 6),  # the 7th, Abu Dhabi, is in regions.ttl
    ("mauritania", "wilaya", 15),
    ("palestine", "governorate", 16),
    ("sudan", "state", 18),
]


@pytest.fixture(scope="module")
def provinces() -> rdflib.Graph:
    return rdflib.Graph().parse(GAZETTEER / "provinces.ttl")


@pytest.fixture(scope="module")
def full() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in GAZETTEER.glob("*.ttl"):
        graph.parse(path)
    return graph


def country_of(graph: rdflib.Graph, region) -> str | None:
    """The country at the end of a region's kg:partOf chain."""
    node, seen = region, set()
    while node is not None and node not in seen:
        seen.add(node)
        if str(node).startswith(f"{KGR}country/"):
            return str(node).rsplit("/", 1)[-1]
        node = graph.value(node, KG.partOf)
    return None


def entities(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.label_, span.kb_id_.rsplit("/", 1)[-1]) for span in doc.spans[ENTITY_SPANS]]


@pytest.mark.parametrize(("country", "kind", "count"), FIRST_LEVEL, ids=lambda v: str(v))
def test_the_first_level_divisions_of_a_country(provinces, full, country, kind, count):
    """Counted along kg:partOf: Iraq's Kurdish governorates lie in the Kurdistan Region, the
    Palestinian ones in the West Bank and Gaza; second-level areas have another kind."""
    found = Counter(
        str(provinces.value(region, KG.regionType))
        for region in provinces.subjects(RDF.type, KG.Region)
        if country_of(full, region) == country
    )
    assert found[kind] == count, found


def test_divisions_defined_elsewhere_are_not_repeated(provinces):
    """The Syrian governorates, Hatay and Abu Dhabi are in regions.ttl; al-Jufra too."""
    for slug in ("aleppo", "idlib", "hatay", "abu-dhabi", "al-jufra", "kurdistan-region"):
        assert (rdflib.URIRef(f"{KGR}region/{slug}"), RDF.type, None) not in provinces
    assert not list(provinces.subjects(KG.partOf, rdflib.URIRef(f"{KGR}country/syria")))


def test_the_second_level_areas_lie_in_their_division(provinces):
    samtah = rdflib.URIRef(f"{KGR}region/samtah-governorate")
    assert provinces.value(samtah, KG.partOf) == rdflib.URIRef(f"{KGR}region/jazan-province")
    sirwah = rdflib.URIRef(f"{KGR}region/sirwah-district")
    assert provinces.value(sirwah, KG.partOf) == rdflib.URIRef(f"{KGR}region/marib-governorate")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("استهدف التفجير مسجد قوات الطوارئ بمنطقة عسير جنوب السعودية", "asir-province"),
        ("وقع الهجوم في منطقة عسير أمس", "asir-province"),
        ("وقع الهجوم في عسير أمس", "asir-province"),
        ("سقطت قذائف على مناطق جازان ونجران وعسير", "asir-province"),
        ("سقطت قذيفة على محافظة صامطة", "samtah-governorate"),
        ("سقط صاروخ على منطقة الباحة", "al-bahah-province"),
        ("اشتباكات عنيفة في محافظة حجة", "hajjah-governorate"),
        ("تقدم الجيش في مأرب", "marib-governorate"),
        ("زار الأمير منطقة تبوك", "tabuk-province"),
        ("انفجار في المنطقة الشرقية بالسعودية", "eastern-province"),
        ("وصل الوالي إلى ولاية أدرار", "adrar-province"),
        ("اشتباكات في ولاية شمال دارفور", "north-darfur"),
        ("هجوم في محافظة سيستان وبلوشستان", "sistan-and-baluchestan-province"),
    ],
)
def test_a_division_is_named_by_its_usual_forms(nlp, text, entity):
    assert ("region", entity) in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("وصل الأمير إلى تبوك", "tabuk"),  # the city keeps the bare name
        ("قصف في محافظة حلب", "aleppo"),  # regions.ttl: the governorate of Aleppo
        ("وصل الرئيس إلى وهران", "oran"),
    ],
)
def test_a_city_keeps_its_bare_name(nlp, text, entity):
    assert ("region", entity) in entities(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "جلس الضيوف في الباحة الخلفية للمنزل",  # courtyard, not al-Bahah
        "يحتاج المصنع إلى العمال المهرة",  # the skilled, not al-Mahrah
        "رفض الطلب بحجة الدفاع عن النفس",  # pretext, not Hajjah
        "وقال إن قوات المنطقة الشرقية تقدمت نحو سرت",  # eastern Libya, not the Saudi province
        "أكد الوزير أن الحل المطروح مقبول",  # proposed, not Matrouh
        "اجتمع الوزراء في مقر الداخلية",  # the interior ministry, not Ad Dakhiliyah
        "قال إن المعسكر تعرض للقصف",  # camp, not Mascara
        "تبادلوا البيض والخبز",  # eggs, not El Bayadh
        "ارتفعت أسعار النفط في البورصة",
        "يقع المرفأ على البحر الأحمر",  # the sea, not the Egyptian or Sudanese division
    ],
)
def test_a_common_word_is_no_division(nlp, provinces, text):
    divisions = {str(s).rsplit("/", 1)[-1] for s in provinces.subjects(RDF.type, KG.Region)}
    found = entities(nlp, text)
    assert not {slug for _, slug in found} & divisions, found
