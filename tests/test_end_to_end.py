"""The sample corpus end to end, scored against its gold annotations."""

import pytest
from rdflib import RDF

from kg.evaluate.gold import load_gold
from kg.evaluate.scoring import evaluate
from kg.vocab import KG

GOLD = "tests/data/seeds.jsonl"


@pytest.fixture(scope="module")
def report(sample_graph):
    return evaluate(sample_graph, load_gold(GOLD))


def test_every_gold_call_is_found_and_nothing_else(report):
    assert (report.calls.precision, report.calls.recall, report.calls.f1) == (1.0, 1.0, 1.0)


def test_dates_and_initiators_are_right(report):
    assert report.dates.value == 1.0
    assert report.initiators.value == 1.0


def test_one_phone_call_node_per_real_call(report, sample_graph):
    assert report.call_nodes == 6
    assert len(set(sample_graph.subjects(RDF.type, KG.PhoneCall))) == 6


def test_agreements_cover_their_regions(report):
    assert report.agreement_regions.f1 >= 0.8


def test_the_call_reported_twice_has_evidence_from_both_articles(sample_graph):
    from kg.vocab import resource

    call = resource("call", "2019-05-13-recep-tayyip-erdogan--vladimir-putin")
    articles = {str(a).rsplit("/", 1)[-1] for a in sample_graph.objects(call, KG.evidence / KG.article)}
    assert articles == {"000_c995f5e66b655fd3", "002_28a3ad09f7b51e98"}
