"""Name normalisation and matching rules."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.evaluate.gold import GoldAgreement
from kg.evaluate.graph_view import EntityLabels, GraphAgreement
from kg.evaluate.matching import (
    agreement_matches,
    contains_either_way,
    labels_match,
    normalize_ar,
    normalize_en,
    one_to_one,
    region_name,
)
from kg.vocab import resource

ERDOGAN = resource("person", "recep-tayyip-erdogan")


def test_normalize_en() -> None:
    assert normalize_en("Recep Tayyip Erdoğan") == normalize_en("recep tayyip ERDOGAN")
    assert normalize_en("Russian–Turkish  agreements") == "russian-turkish agreements"


def test_normalize_ar() -> None:
    assert normalize_ar("إِدْلِب") == "ادلب"
    assert normalize_ar("اتفاقيـــة أستانة") == "اتفاقيه استانه"
    assert normalize_ar("مصطفى") == "مصطفي"
    assert normalize_ar("«آخر»") == "اخر"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("فلاديمير بوتين", "بوتين", True),
        ("بوتين", "فلاديمير بوتين", True),
        ("رجب طيب أردوغان", "اردوغان", True),
        ("بوتينا", "بوتين", False),  # whole words only
        ("", "بوتين", False),
    ],
)
def test_contains_either_way(first: str, second: str, expected: bool) -> None:
    assert contains_either_way(first, second) is expected


def test_labels_match_english_then_arabic() -> None:
    labels = EntityLabels(
        ERDOGAN, frozenset({"Recep Tayyip Erdoğan"}), frozenset({"رجب طيب أردوغان"})
    )
    assert labels_match(labels, "Recep Tayyip Erdogan", ())
    arabic_only = EntityLabels(ERDOGAN, frozenset(), frozenset({"رجب طيب أردوغان"}))
    assert labels_match(arabic_only, "Recep Tayyip Erdoğan", ["أردوغان"])
    assert not labels_match(arabic_only, "Recep Tayyip Erdoğan", ["بوتين"])


def test_one_to_one_needs_a_perfect_pairing() -> None:
    a, b = URIRef("urn:a"), URIRef("urn:b")
    both = {(a, "A"), (a, "B"), (b, "A")}
    assert one_to_one([a, b], ["A", "B"], lambda n, m: (n, m) in both)
    assert not one_to_one([a, b], ["A", "B"], lambda n, m: m == "A")  # both only match A
    assert not one_to_one([a], ["A", "B"], lambda n, m: True)


def test_agreement_matching() -> None:
    gold = GoldAgreement("x", "Sochi agreement", "اتفاقية سوتشي", frozenset(), frozenset(), None)
    node = resource("agreement", "sochi")
    by_alt = GraphAgreement(
        node,
        EntityLabels(node, ar=frozenset({"اتفاق سوتشي", "اتفاقية سوتشي"})),
        frozenset(),
        frozenset(),
        frozenset(),
    )
    by_en = GraphAgreement(
        node,
        EntityLabels(node, en=frozenset({"SOCHI agreement"})),
        frozenset(),
        frozenset(),
        frozenset(),
    )
    other = GraphAgreement(
        node,
        EntityLabels(node, ar=frozenset({"اتفاق سوتشي"})),
        frozenset(),
        frozenset(),
        frozenset(),
    )
    assert agreement_matches(by_alt, gold) and agreement_matches(by_en, gold)
    assert not agreement_matches(other, gold)


def test_region_name_prefers_gold_spelling() -> None:
    node = resource("region", "idlib")
    assert region_name(EntityLabels(node, en=frozenset({"idlib"})), ["Idlib"]) == "Idlib"
    assert region_name(EntityLabels(node, ar=frozenset({"إدلب"})), ["Idlib"]) == "إدلب"
