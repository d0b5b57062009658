"""Role-only mentions resolve to whoever held the office on the article's date, offices of
organizations included ("الأمين العام للأمم المتحدة"), and a discovered person's country enters
the graph as a kg:Country."""

import datetime as dt
import shutil

import pytest
from rdflib import RDF, URIRef

from kg.corpus import Article
from kg.extract.article import extract_article
from kg.extract.facts import NewPerson
from kg.gazetteer.loader import load_gazetteer
from kg.graph.corpus_facts import CorpusFacts
from kg.graph.entities import EntityWriter
from kg.paths import gazetteer_dir
from kg.pipeline.nlp import analyse, build_nlp
from kg.vocab import KG
from kgtest import slug

# two invented holders of one office of an organization, one after the other
HOLDERS = """
@prefix kg: <https://w3id.org/arabic-news-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix person: <https://w3id.org/arabic-news-kg/resource/person/> .
@prefix org: <https://w3id.org/arabic-news-kg/resource/organization/> .
@prefix role: <https://w3id.org/arabic-news-kg/resource/role/> .

person:test-first-secretary a kg:Person, kg:Actor ;
    rdfs:label "سالم الأول"@ar, "Test First Secretary"@en ;
    kg:position [ a kg:Position ; kg:roleType role:secretary-general ; kg:organization org:united-nations ;
        kg:validFrom "2007-01-01"^^xsd:date ; kg:validUntil "2016-12-31"^^xsd:date ] .

person:test-second-secretary a kg:Person, kg:Actor ;
    rdfs:label "سالم الثاني"@ar, "Test Second Secretary"@en ;
    kg:position [ a kg:Position ; kg:roleType role:secretary-general ; kg:organization org:united-nations ;
        kg:validFrom "2017-01-01"^^xsd:date ] .
"""


@pytest.fixture(scope="module")
def with_holders(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gazetteer")
    for path in gazetteer_dir().glob("*.ttl"):
        shutil.copy(path, folder / path.name)
    (folder / "test_holders.ttl").write_text(HOLDERS, encoding="utf-8")
    nlp = build_nlp(folder)
    gazetteer, _ = load_gazetteer(folder)

    def run(text, published):
        article = Article("t", text, published)
        return extract_article(analyse(nlp, text, "t", published), article, gazetteer)

    return run


@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        ("أجرى الأمين العام للأمم المتحدة اتصالا هاتفيا مع الرئيس التركي.", dt.date(2015, 7, 30), "test-first-secretary"),
        ("تلقى الرئيس التركي اتصالاً هاتفياً من الأمين العام للأمم المتحدة.", dt.date(2015, 7, 30), "test-first-secretary"),
        ("أجرى الأمين العام للأمم المتحدة اتصالا هاتفيا مع الرئيس التركي.", dt.date(2019, 5, 2), "test-second-secretary"),
        ("بحث أردوغان هاتفيا مع الأمين العام للأمم المتحدة الوضع في إدلب.", dt.date(2019, 5, 2), "test-second-secretary"),
    ],
)
def test_an_office_of_an_organization_resolves_to_its_holder_on_the_day(with_holders, text, published, holder):
    [call] = with_holders(text, published).calls
    assert holder in {slug(p) for p in call.participants}


def described(writer: EntityWriter, iri: str) -> list[tuple]:
    """The triples describing a person the facts point at, and what they lead to (its country)."""
    return [t for _, triples in writer.descriptions({URIRef(iri)}) for t in triples]


def test_a_discovered_persons_country_is_typed_kg_country(gazetteer):
    _, graph = load_gazetteer()
    greece = "https://w3id.org/arabic-news-kg/resource/country/greece"
    person = NewPerson("https://w3id.org/arabic-news-kg/resource/person/test", "يانيس", None, greece, "a")
    facts = CorpusFacts([], people={person.iri: person})
    triples = described(EntityWriter(facts, gazetteer, graph), person.iri)
    assert (URIRef(greece), RDF.type, KG.Country) in triples
    assert (URIRef(person.iri), KG.country, URIRef(greece)) in triples


def test_an_organization_is_never_a_persons_country(gazetteer):
    _, graph = load_gazetteer()
    nato = "https://w3id.org/arabic-news-kg/resource/organization/nato"
    person = NewPerson("https://w3id.org/arabic-news-kg/resource/person/test", "بيتر", None, nato, "a")
    facts = CorpusFacts([], people={person.iri: person})
    triples = described(EntityWriter(facts, gazetteer, graph), person.iri)
    assert not [t for t in triples if t[1] == KG.country]
