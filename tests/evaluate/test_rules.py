"""The scoring rules on their own: dates, initiators with nulls, PRF edge cases."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import PROV

from kg.evaluate.gold import GoldArticle
from kg.evaluate.scoring import PRF, date_correct, evaluate
from kg.vocab import KG, resource

E1 = resource("call", "2019-05-13-recep-tayyip-erdogan--vladimir-putin")
ART_003 = resource("article", "003_186e581e48ef242c")


@pytest.mark.parametrize(
    ("gold_date", "found", "others", "expected"),
    [
        (date(2019, 5, 13), date(2019, 5, 14), (), True),
        (date(2019, 5, 13), date(2019, 5, 15), (), False),
        (date(2019, 5, 13), None, (), False),
        (None, None, (), True),  # the article gives no date, the node has none
        (None, date(2019, 5, 13), (), False),  # a date nothing in the gold supports
        (None, date(2019, 5, 13), (date(2019, 5, 14),), True),  # another article dates the call
        (None, date(2019, 5, 13), (date(2019, 5, 20),), False),
    ],
)
def test_date_rule(
    gold_date: date | None, found: date | None, others: tuple[date, ...], expected: bool
) -> None:
    assert date_correct(gold_date, found, others) is expected


def test_prf_edge_cases() -> None:
    assert (PRF(0, 0, 0).precision, PRF(0, 0, 0).recall, PRF(0, 0, 0).f1) == (1.0, 1.0, 1.0)
    assert (PRF(0, 0, 3).precision, PRF(0, 2, 0).recall) == (0.0, 0.0)
    assert PRF(6, 1, 0).f1 == pytest.approx(2 * (6 / 7) / (6 / 7 + 1))


def test_untagged_arabic_label_is_read_as_arabic(gold: list[GoldArticle]) -> None:
    graph = Graph()
    node, person = resource("call", "x"), resource("person", "plain")
    graph.add((node, RDF.type, KG.PhoneCall))
    graph.add((node, KG.participant, person))
    graph.add((person, RDFS.label, Literal("فلاديمير بوتين")))  # untagged Arabic: by script
    graph.add((node, PROV.wasDerivedFrom, ART_003))
    report = evaluate(graph, gold)
    assert report.call_nodes == 1 and report.extra_calls[0].participants == ("فلاديمير بوتين",)


def test_null_initiator_rule(perfect: Graph, gold: list[GoldArticle]) -> None:
    """E1: 000 says Erdoğan called, 002 does not say. A node without initiator is right
    for 002 only; with Erdoğan it is right for both (see test_perfect_graph)."""
    perfect.remove((E1, KG.initiator, None))
    report = evaluate(perfect, gold)
    assert (report.initiators.correct, report.initiators.total) == (6, 7)
    (wrong,) = report.wrong_initiators
    assert (wrong.event, wrong.article_id) == ("E1", "000_c995f5e66b655fd3")
    assert (wrong.gold, wrong.found) == ({"Recep Tayyip Erdoğan"}, frozenset())


def test_calls_from_a_gold_article_without_calls_are_extras(
    perfect: Graph, gold: list[GoldArticle]
) -> None:
    quiet = GoldArticle("005_no_calls", None, (), (), ())
    node = resource("call", "2020-01-01-angela-merkel--vladimir-putin")
    perfect.add((node, RDF.type, KG.PhoneCall))
    perfect.add((node, PROV.wasDerivedFrom, resource("article", "005_no_calls")))
    report = evaluate(perfect, [*gold, quiet])
    assert (report.calls.tp, report.calls.fp, report.call_nodes) == (6, 1, 7)
    assert evaluate(perfect, gold).calls.fp == 0  # not a gold article: ignored
