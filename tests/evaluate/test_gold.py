"""Loading the gold annotations."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.evaluate.gold import GoldArticle, actor_arabic_names, group_events, load_gold


def test_counts(gold: list[GoldArticle]) -> None:
    assert len(gold) == 5
    assert sum(len(a.calls) for a in gold) == 7
    assert len({c.event for a in gold for c in a.calls}) == 6
    assert sum(len(a.agreements) for a in gold) == 8


def test_events_group_articles(gold: list[GoldArticle]) -> None:
    events = {e.event: e for e in group_events(gold)}
    assert sorted(events) == ["E1", "E2", "E3", "E4", "E5", "E6"]
    e1 = events["E1"]
    assert e1.articles == {"000_c995f5e66b655fd3", "002_28a3ad09f7b51e98"}
    assert e1.dates == (date(2019, 5, 13), date(2019, 5, 14))
    assert e1.regions == {"Idlib", "Syria"}
    assert events["E2"].arabic_forms("Hulusi Akar") == {"وزير الدفاع التركي"}


def test_initiator_shapes(gold: list[GoldArticle]) -> None:
    calls = {(c.event, c.article_id[:3]): c for a in gold for c in a.calls}
    assert calls["E1", "000"].initiators == {"Recep Tayyip Erdoğan"}
    assert calls["E1", "002"].initiators == frozenset()
    assert calls["E5", "001"].initiators == {"Emmanuel Macron", "Angela Merkel"}
    assert calls["E5", "001"].participants_ar[1] == ("Emmanuel Macron", "ماكرون")


def test_agreement_fields(gold: list[GoldArticle]) -> None:
    sochi = next(
        a
        for art in gold
        for a in art.agreements
        if a.article_id.startswith("002") and a.name == "Sochi agreement"
    )
    assert sochi.parties == {"Turkey", "Russia"} and sochi.date == "2018-09"
    assert sochi.regions == {"Idlib", "Idlib de-escalation zone", "Idlib demilitarized zone"}


def test_actor_arabic_names(gold: list[GoldArticle]) -> None:
    assert actor_arabic_names(gold)["Sergei Shoigu"] == {"سيرغي شويغو"}


GOOD = {"id": "x", "calls": [], "agreements": []}
BAD_CALL = {
    "event": "E9",
    "participants": ["A", "B"],
    "participants_ar": ["ا"],
    "initiator": None,
    "date": None,
    "regions": [],
}


@pytest.mark.parametrize(
    ("second_line", "message"),
    [
        ("{not json", "bad JSON"),
        (json.dumps({"id": "y", "calls": []}), "agreements"),
        (json.dumps({**GOOD, "calls": [{"event": "E9"}]}), "participants"),
        (json.dumps({**GOOD, "calls": [BAD_CALL]}), "differ in length"),
        (
            json.dumps(
                {**GOOD, "calls": [{**BAD_CALL, "participants_ar": ["ا", "ب"], "date": "13 May"}]}
            ),
            "date",
        ),
        (json.dumps({**GOOD, "agreements": [{"name": "Sochi"}]}), "name_ar"),
    ],
)
def test_bad_line_names_file_and_line(tmp_path: Path, second_line: str, message: str) -> None:
    path = tmp_path / "broken_gold.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + second_line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken_gold\.jsonl, line 3") as caught:
        load_gold(path)
    assert message in str(caught.value)


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + json.dumps(GOOD) + "\n\n", encoding="utf-8")
    assert [a.article_id for a in load_gold(path)] == ["x"]
