"""Shared fixtures for the evaluation tests: the gold file and the perfect graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.evaluate.gold import GoldArticle, load_gold

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = DATA / "seeds.jsonl"
PERFECT = DATA / "eval_perfect.ttl"


@pytest.fixture(scope="session")
def gold() -> list[GoldArticle]:
    return load_gold(SEEDS)


@pytest.fixture(scope="session")
def _perfect_source() -> Graph:
    return Graph().parse(PERFECT, format="turtle")


@pytest.fixture
def perfect(_perfect_source: Graph) -> Graph:
    """A fresh copy of the perfect graph, free to mutate."""
    graph = Graph()
    for triple in _perfect_source:
        graph.add(triple)
    return graph
