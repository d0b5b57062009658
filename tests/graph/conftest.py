"""Fixtures of the graph tests: the mini graph in an Oxigraph store."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

MINI_GRAPH = Path(__file__).resolve().parents[1] / "data" / "mini_graph.ttl"


@pytest.fixture(scope="session")
def mini_graph_path() -> Path:
    return MINI_GRAPH


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph(store="Oxigraph").parse(MINI_GRAPH, format="turtle")
