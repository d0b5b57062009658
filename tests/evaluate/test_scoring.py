"""Scoring: the perfect fixture graph and exact numbers for each degradation of it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import PROV

from kg.evaluate.gold import GoldArticle
from kg.evaluate.scoring import PRF, EvaluationReport, evaluate
from kg.vocab import KG, resource

E1 = resource("call", "2019-05-13-recep-tayyip-erdogan--vladimir-putin")
E3 = resource("call", "2019-05-20-khlwsy-akar--sergey-shoigu")
E4 = resource("call", "2019-05-30-recep-tayyip-erdogan--vladimir-putin")
E6 = resource("call", "2020-02-04-recep-tayyip-erdogan--vladimir-putin")
ERDOGAN = resource("person", "recep-tayyip-erdogan")
PUTIN = resource("person", "vladimir-putin")
MERKEL = resource("person", "angela-merkel")
ART_002 = resource("article", "002_28a3ad09f7b51e98")
ART_003 = resource("article", "003_186e581e48ef242c")
LIBYA = resource("region", "libya")
SYRIA = resource("region", "syria")


def _xsd_date(text: str) -> Literal:
    return Literal(date.fromisoformat(text))  # typed xsd:date


def drop_call(graph: Graph) -> None:
    graph.remove((E6, None, None))


def add_extra_call(graph: Graph) -> None:
    extra = resource("call", "2020-02-04-angela-merkel--recep-tayyip-erdogan")
    graph.add((extra, RDF.type, KG.PhoneCall))
    graph.add((extra, KG.participant, ERDOGAN))
    graph.add((extra, KG.participant, MERKEL))
    graph.add((extra, PROV.wasDerivedFrom, ART_003))


def set_e4_date(text: str) -> Callable[[Graph], None]:
    def mutate(graph: Graph) -> None:
        graph.set((E4, KG.date, _xsd_date(text)))

    return mutate


def swap_e4_initiator(graph: Graph) -> None:
    graph.set((E4, KG.initiator, PUTIN))


def swap_e1_initiator(graph: Graph) -> None:
    graph.set((E1, KG.initiator, PUTIN))


def split_e1(graph: Graph) -> None:
    split = resource("call", "2019-05-13-recep-tayyip-erdogan--vladimir-putin-2")
    graph.remove((E1, PROV.wasDerivedFrom, ART_002))
    for triple in [
        (RDF.type, KG.PhoneCall),
        (KG.participant, ERDOGAN),
        (KG.participant, PUTIN),
        (KG.date, _xsd_date("2019-05-13")),
        (PROV.wasDerivedFrom, ART_002),
    ]:
        graph.add((split, *triple))


def drop_covers(graph: Graph) -> None:
    graph.remove((resource("agreement", "libya-ceasefire"), KG.covers, LIBYA))


def drop_about(graph: Graph) -> None:
    graph.remove((E6, KG.about, LIBYA))


def add_covers(graph: Graph) -> None:
    graph.add((resource("agreement", "sochi-agreement"), KG.covers, SYRIA))


def add_unknown_agreement(graph: Graph) -> None:
    adana = resource("agreement", "adana-agreement")
    graph.add((adana, RDF.type, KG.Agreement))
    graph.add((adana, RDFS.label, Literal("اتفاقية أضنة", lang="ar")))
    graph.add((adana, RDFS.label, Literal("Adana agreement", lang="en")))
    graph.add((adana, KG.covers, SYRIA))
    graph.add((adana, PROV.wasDerivedFrom, resource("article", "004_0b87b1ea24356d80")))


def call_from_other_article(graph: Graph) -> None:
    other = resource("call", "2019-06-01-angela-merkel--vladimir-putin")
    graph.add((other, RDF.type, KG.PhoneCall))
    graph.add((other, KG.participant, MERKEL))
    graph.add((other, KG.participant, PUTIN))
    graph.add((other, PROV.wasDerivedFrom, resource("article", "999_not_in_gold")))


def drop_e3(graph: Graph) -> None:
    graph.remove((E3, None, None))


def remove_all_labels_of_akar(graph: Graph) -> None:
    graph.remove((resource("person", "khlwsy-akar"), RDFS.label, None))


def score(report: EvaluationReport) -> dict[str, Any]:
    def counts(prf: PRF) -> tuple[int, int, int]:
        return prf.tp, prf.fp, prf.fn

    return {
        "calls": counts(report.calls),
        "dates": (report.dates.correct, report.dates.total),
        "initiators": (report.initiators.correct, report.initiators.total),
        "about": counts(report.about),
        "agreement_regions": counts(report.agreement_regions),
        "nodes": (report.call_nodes, report.gold_events),
    }


PERFECT = {
    "calls": (6, 0, 0),
    "dates": (7, 7),
    "initiators": (7, 7),
    "about": (12, 0, 0),
    "agreement_regions": (11, 0, 0),
    "nodes": (6, 6),
}


def test_perfect_graph(perfect: Graph, gold: list[GoldArticle]) -> None:
    report = evaluate(perfect, gold)
    assert score(report) == PERFECT
    assert report.calls.f1 == report.agreement_regions.f1 == report.about.f1 == 1.0
    assert report.dates.value == report.initiators.value == 1.0
    assert dict(report.matched)["E1"] == str(E1)
    assert not (
        report.missed_calls or report.extra_calls or report.wrong_dates or report.wrong_initiators
    )


DEGRADATIONS: list[tuple[str, Callable[[Graph], None], dict[str, Any]]] = [
    (
        "drop a call",
        drop_call,
        {
            "calls": (5, 0, 1),
            "dates": (6, 6),
            "initiators": (6, 6),
            "about": (9, 0, 0),
            "nodes": (5, 6),
        },
    ),
    ("add an extra call", add_extra_call, {"calls": (6, 1, 0), "nodes": (7, 6)}),
    ("date off by two days", set_e4_date("2019-06-01"), {"dates": (6, 7)}),
    ("date off by one day", set_e4_date("2019-05-31"), {}),
    ("swap E4 initiator", swap_e4_initiator, {"initiators": (6, 7)}),
    ("swap E1 initiator", swap_e1_initiator, {"initiators": (5, 7)}),
    ("split E1 into two nodes", split_e1, {"calls": (6, 1, 0), "nodes": (7, 6)}),
    ("drop a covers triple", drop_covers, {"agreement_regions": (10, 0, 1)}),
    ("add a covers triple", add_covers, {"agreement_regions": (11, 1, 0)}),
    ("add an agreement not in gold", add_unknown_agreement, {"agreement_regions": (11, 1, 0)}),
    ("drop a call region", drop_about, {"about": (11, 0, 1)}),
    ("call from a non-gold article", call_from_other_article, {}),
    (
        "drop E3 (E2 keeps its node)",
        drop_e3,
        {
            "calls": (5, 0, 1),
            "dates": (6, 6),
            "initiators": (6, 6),
            "about": (11, 0, 0),
            "nodes": (5, 6),
        },
    ),
    (
        "Akar unmatchable",
        remove_all_labels_of_akar,
        {"calls": (4, 2, 2), "dates": (5, 5), "initiators": (5, 5), "about": (10, 0, 0)},
    ),
]


@pytest.mark.parametrize(
    ("mutate", "changes"), [d[1:] for d in DEGRADATIONS], ids=[d[0] for d in DEGRADATIONS]
)
def test_degradation(
    perfect: Graph,
    gold: list[GoldArticle],
    mutate: Callable[[Graph], None],
    changes: dict[str, Any],
) -> None:
    mutate(perfect)
    assert score(evaluate(perfect, gold)) == {**PERFECT, **changes}


def test_drop_call_recall(perfect: Graph, gold: list[GoldArticle]) -> None:
    drop_call(perfect)
    report = evaluate(perfect, gold)
    assert report.calls.recall == pytest.approx(5 / 6) and report.calls.precision == 1.0
    (missed,) = report.missed_calls
    assert (missed.event, missed.dates) == ("E6", (date(2020, 2, 4),))
    assert missed.participants == ("Recep Tayyip Erdoğan", "Vladimir Putin")


def test_extra_call_precision(perfect: Graph, gold: list[GoldArticle]) -> None:
    add_extra_call(perfect)
    report = evaluate(perfect, gold)
    assert report.calls.precision == pytest.approx(6 / 7) and report.calls.recall == 1.0
    (extra,) = report.extra_calls
    assert extra.iri == str(resource("call", "2020-02-04-angela-merkel--recep-tayyip-erdogan"))
    assert extra.participants == ("Angela Merkel", "Recep Tayyip Erdoğan")


def test_wrong_date_lists_both_values(perfect: Graph, gold: list[GoldArticle]) -> None:
    set_e4_date("2019-06-01")(perfect)
    report = evaluate(perfect, gold)
    assert report.dates.value == pytest.approx(6 / 7)
    (wrong,) = report.wrong_dates
    assert (wrong.event, wrong.gold, wrong.found) == ("E4", date(2019, 5, 30), date(2019, 6, 1))


def test_wrong_initiator_lists_both_values(perfect: Graph, gold: list[GoldArticle]) -> None:
    swap_e4_initiator(perfect)
    (wrong,) = evaluate(perfect, gold).wrong_initiators
    assert (wrong.event, wrong.gold, wrong.found) == (
        "E4",
        {"Recep Tayyip Erdoğan"},
        {"Vladimir Putin"},
    )


def test_split_e1_is_one_match_and_one_extra(perfect: Graph, gold: list[GoldArticle]) -> None:
    split_e1(perfect)
    report = evaluate(perfect, gold)
    assert report.call_nodes == 7 and report.calls.precision == pytest.approx(6 / 7)
    assert dict(report.matched)["E1"] == str(E1)
    assert [e.iri for e in report.extra_calls] == [
        str(resource("call", "2019-05-13-recep-tayyip-erdogan--vladimir-putin-2"))
    ]


def test_drop_covers_recall(perfect: Graph, gold: list[GoldArticle]) -> None:
    drop_covers(perfect)
    report = evaluate(perfect, gold)
    assert report.agreement_regions.recall == pytest.approx(10 / 11)
    assert report.missed_agreement_regions == (("Libya ceasefire", "Libya"),)


def test_unknown_agreement_keeps_its_own_label(perfect: Graph, gold: list[GoldArticle]) -> None:
    add_unknown_agreement(perfect)
    assert evaluate(perfect, gold).extra_agreement_regions == (("Adana agreement", "Syria"),)


def test_drop_e3_misses_e3_not_e2(perfect: Graph, gold: list[GoldArticle]) -> None:
    drop_e3(perfect)
    assert [m.event for m in evaluate(perfect, gold).missed_calls] == ["E3"]


def test_one_node_cannot_match_two_events(perfect: Graph, gold: list[GoldArticle]) -> None:
    perfect.remove((resource("call", "2019-05-14-khlwsy-akar--sergey-shoigu"), None, None))
    report = evaluate(perfect, gold)
    assert [m.event for m in report.missed_calls] == ["E2"]  # the 20 May node is E3's
    assert dict(report.matched)["E3"] == str(E3)


def test_empty_graph(gold: list[GoldArticle]) -> None:
    report = evaluate(Graph(), gold)
    assert (report.calls.tp, report.calls.fn, report.calls.f1) == (0, 6, 0.0)
    assert report.dates.value is None and report.call_nodes == 0


def without_event_ids(gold: list[GoldArticle]) -> list[GoldArticle]:
    """The seeds gold as a gold file without "event" keys: each article's call stands alone."""
    from kg.evaluate.gold import parse_article

    return [
        parse_article(
            {
                "id": a.article_id,
                "calls": [
                    {"participants": sorted(c.participants), "participants_ar": [ar for _, ar in sorted(c.participants_ar)],
                     "initiator": sorted(c.initiators) or None, "date": c.date and c.date.isoformat(),
                     "regions": sorted(c.regions)}
                    for c in a.calls
                ],
                "agreements": [],
                "actors": [{"name": x.name, "name_ar": x.name_ar} for x in a.actors],
            }
        )
        for a in gold
    ]


def test_without_event_ids_each_article_call_is_scored(perfect: Graph, gold: list[GoldArticle]) -> None:
    articles = without_event_ids(gold)
    report = evaluate(perfect, articles)
    # E1 is told by two articles: one node, two article-level calls, both found
    assert (report.calls.tp, report.calls.fp, report.calls.fn) == (7, 0, 0)
    assert report.gold_events == 7


def test_without_event_ids_an_unmatched_node_is_an_extra_per_article(perfect: Graph, gold: list[GoldArticle]) -> None:
    split_e1(perfect)
    swap = without_event_ids(gold)
    report = evaluate(perfect, swap)
    # the split node takes article 002's call; E1's node, still derived from 000, takes 000's
    assert (report.calls.tp, report.calls.fp, report.calls.fn) == (7, 0, 0)
    add_extra_call(perfect)
    report = evaluate(perfect, swap)
    assert (report.calls.tp, report.calls.fp) == (7, 1)
    assert [e.articles for e in report.extra_calls] == [("003_186e581e48ef242c",)]
