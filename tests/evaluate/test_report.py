"""Text and JSON rendering of evaluation reports."""

from __future__ import annotations

import json

from rdflib import Graph

from kg.evaluate.gold import GoldArticle
from kg.evaluate.report import format_report, report_as_dict
from kg.evaluate.scoring import evaluate
from kg.vocab import KG, resource

E4 = resource("call", "2019-05-30-recep-tayyip-erdogan--vladimir-putin")


def _degraded(perfect: Graph, gold: list[GoldArticle]) -> str:
    perfect.remove(
        (resource("call", "2020-02-04-recep-tayyip-erdogan--vladimir-putin"), None, None)
    )
    perfect.set((E4, KG.initiator, resource("person", "vladimir-putin")))
    perfect.remove(
        (resource("agreement", "libya-ceasefire"), KG.covers, resource("region", "libya"))
    )
    return format_report(evaluate(perfect, gold))


def test_text_report_of_perfect_graph(perfect: Graph, gold: list[GoldArticle]) -> None:
    text = format_report(evaluate(perfect, gold))
    lines = text.splitlines()
    assert lines[0].split() == ["Metric", "Score", "Counts"]
    assert "Calls P / R / F1             1.000 / 1.000 / 1.000  TP 6  FP 0  FN 0" in lines
    assert any(
        line.startswith("PhoneCall nodes") and "6" in line and "gold events 6" in line
        for line in lines
    )
    assert "Missed calls: none" in lines and "Extra agreement-region pairs: none" in lines


def test_text_report_lists_misses(perfect: Graph, gold: list[GoldArticle]) -> None:
    text = _degraded(perfect, gold)
    assert "Missed calls (1):" in text
    assert (
        "  - E6: Recep Tayyip Erdoğan, Vladimir Putin; date 2020-02-04; "
        "articles 003_186e581e48ef242c" in text
    )
    assert "gold Recep Tayyip Erdoğan, graph Vladimir Putin" in text
    assert "  - Libya ceasefire — Libya" in text
    assert "0.833" in text  # calls recall 5/6


def test_json_report(perfect: Graph, gold: list[GoldArticle]) -> None:
    perfect.set(
        (
            E4,
            KG.date,
            perfect.value(
                resource("call", "2020-02-04-recep-tayyip-erdogan--vladimir-putin"), KG.date
            ),
        )
    )
    data = json.loads(json.dumps(report_as_dict(evaluate(perfect, gold)), ensure_ascii=False))
    metrics = data["metrics"]
    assert (
        metrics["calls"]["f1"] == 1.0
        and metrics["phone_call_nodes"] == 6
        and metrics["gold_events"] == 6
    )
    assert metrics["dates"] == {"accuracy": 6 / 7, "correct": 6, "total": 7}
    (wrong,) = data["wrong_dates"]
    assert (wrong["event"], wrong["gold"], wrong["found"]) == ("E4", "2019-05-30", "2020-02-04")
    assert {
        "event": "E1",
        "node": str(resource("call", "2019-05-13-recep-tayyip-erdogan--vladimir-putin")),
    } in data["matched"]
