"""kg.explorer.projection: RDF graph → networkx MultiDiGraph for the explorer."""

from __future__ import annotations

from datetime import date

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.compare import isomorphic

from kg.explorer.projection import project, short_id
from kg.vocab import KG, resource

from .conftest import load_fixture

ERDOGAN = "person/recep-tayyip-erdogan"
PUTIN = "person/vladimir-putin"
IDLIB = "region/idlib"
C1 = "call/2019-05-13-recep-tayyip-erdogan--vladimir-putin"
C2 = "call/2019-10-02-emmanuel-macron--vladimir-putin"
C4 = "call/2020-02-28-hulusi-akar--ibrahim-kalin--sergei-shoigu"


def edge(g, relation, u, v):
    return g.edges[u, v, relation]


def test_nodes_are_actors_regions_and_agreements(projected):
    types = {n: d["type"] for n, d in projected.nodes(data=True)}
    assert projected.number_of_nodes() == 15
    assert sorted(t for t in types.values()).count("person") == 7
    assert types["organization/kremlin"] == "organization"
    assert types["country/turkey"] == "country"  # a Country is also a Region: country wins
    assert types[IDLIB] == "region"
    assert types["agreement/sochi-agreement"] == "agreement"
    assert not any(n.startswith(("call/", "evidence/", "article/")) for n in projected)


def test_node_attributes(projected):
    idlib = projected.nodes[IDLIB]
    assert (idlib["label_ar"], idlib["label_en"], idlib["calls_count"]) == ("إدلب", "Idlib", 4)
    assert idlib["part_of"] == ("country/syria",)
    erdogan = projected.nodes[ERDOGAN]
    assert erdogan["role_en"] == "President" and erdogan["role_ar"] == "الرئيس"
    assert erdogan["role"] == "President" and erdogan["country"] == "country/turkey"
    assert erdogan["calls_count"] == 3
    assert "أردوغان" in erdogan["aliases"]
    kalin = projected.nodes["person/ibrahim-kalin"]
    assert kalin["label_en"] is None and kalin["label_ar"] == "إبراهيم قالن"
    assert kalin["role"] == "المتحدث باسم الرئاسة"


def test_edge_counts_by_relation(projected):
    keys = [k for _, _, k in projected.edges(keys=True)]
    assert {r: keys.count(r) for r in set(keys)} == {
        "called": 4, "spokeWith": 3, "about": 16, "covers": 3, "party": 4,
    }


def test_called_edge_goes_from_the_initiator_and_carries_the_call(projected):
    data = edge(projected, "called", ERDOGAN, PUTIN)
    assert data["directed"] is True and data["weight"] == 1
    (call,) = data["calls"]
    assert (call.id, call.date, call.initiators) == (C1, "2019-05-13", (ERDOGAN,))
    assert call.others(ERDOGAN) == (PUTIN,)
    (evidence,) = call.evidence
    assert evidence.article == "000_c995f5e66b655fd3"
    assert (evidence.start, evidence.end, evidence.article_date) == (120, 260, "2019-05-14")
    assert evidence.quote.startswith("أجرى الرئيس التركي")
    assert not projected.has_edge(PUTIN, ERDOGAN, "called")


def test_call_without_initiator_is_an_undirected_spoke_with_pair(projected):
    macron = "person/emmanuel-macron"
    data = edge(projected, "spokeWith", macron, PUTIN)  # stored once, source < target
    assert data["directed"] is False
    assert [c.id for c in data["calls"]] == [C2]
    assert not projected.has_edge(macron, PUTIN, "called")
    assert not projected.has_edge(PUTIN, macron, "spokeWith")


def test_three_party_call_with_initiator(projected):
    akar, shoigu, kalin = "person/hulusi-akar", "person/sergei-shoigu", "person/ibrahim-kalin"
    assert [c.id for c in edge(projected, "called", akar, shoigu)["calls"]] == [C4]
    assert [c.id for c in edge(projected, "called", akar, kalin)["calls"]] == [C4]
    assert [c.id for c in edge(projected, "spokeWith", kalin, shoigu)["calls"]] == [C4]


def test_about_edges_aggregate_calls_in_date_order(projected):
    data = edge(projected, "about", PUTIN, IDLIB)
    assert [c.id for c in data["calls"]] == [C1, C2]
    assert data["weight"] == 2
    assert projected.has_edge(ERDOGAN, "agreement/sochi-agreement", "about")


def test_undated_call_and_call_reported_by_two_articles(projected):
    (undated,) = edge(projected, "spokeWith", "organization/kremlin", ERDOGAN)["calls"]
    assert undated.date is None and undated.initiators == ()
    (merkel_call,) = edge(projected, "called", "person/angela-merkel", ERDOGAN)["calls"]
    assert [e.article for e in merkel_call.evidence] == ["002_7a0c5d93e2b1f644", "003_e8f2a61b0d4c9a27"]
    assert merkel_call.topics == ("country/syria", IDLIB)


def test_agreement_edges_carry_the_agreement_evidence(projected):
    covers = edge(projected, "covers", "agreement/moscow-protocol", "region/m4-highway")
    assert covers["calls"] == () and covers["weight"] == 1
    assert covers["evidence"][0].quote.startswith("ينص بروتوكول موسكو")
    assert projected.has_edge("agreement/sochi-agreement", "country/turkey", "party")


def test_graph_level_calls_and_reference_labels(projected):
    calls = projected.graph["calls"]
    assert [c.date for c in calls] == ["2019-05-13", "2019-10-02", "2020-02-21", "2020-02-28", None]
    assert projected.graph["labels"]["country/syria"] == ("سوريا", "Syria")


def test_no_iri_leaks_into_ids(projected):
    ids = list(projected) + [c.id for c in projected.graph["calls"]]
    assert not any("://" in i for i in ids)
    assert short_id(resource("person", "x")) == "person/x"
    assert short_id(KG.Person) == "w3id.org/arabic-news-kg/ontology#Person"


def test_projection_is_pure_and_repeatable(fixture_graph):
    before = load_fixture()
    first, second = project(fixture_graph), project(fixture_graph)
    assert isomorphic(before, fixture_graph)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))


def _tiny_graph() -> Graph:
    g = Graph()
    a, b, lone = resource("person", "a"), resource("person", "b"), resource("person", "lone")
    call = resource("call", "2020-01-01-a--b")
    for person, name in ((a, "أ"), (b, "ب"), (lone, "وحيد")):
        g.add((person, RDF.type, KG.Person))
        g.add((person, RDFS.label, Literal(name, lang="ar")))
    g.add((call, RDF.type, KG.PhoneCall))
    g.add((call, KG.participant, b))
    g.add((call, KG.initiator, a))  # initiator not listed as participant
    g.add((call, KG.date, Literal(date(2020, 1, 1))))
    return g


def test_initiator_counts_as_participant_and_isolated_nodes_are_optional():
    g = _tiny_graph()
    projected = project(g)
    assert sorted(projected) == ["person/a", "person/b"]
    (call,) = projected.edges["person/a", "person/b", "called"]["calls"]
    assert call.participants == ("person/a", "person/b")
    assert "person/lone" in project(g, include_isolated=True)


def test_empty_graph():
    projected = project(Graph())
    assert projected.number_of_nodes() == 0 and projected.graph["calls"] == ()
