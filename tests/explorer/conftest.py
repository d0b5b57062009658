"""Shared fixtures for the explorer tests: the hand-written fixture graph and its projection."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.explorer.projection import project

FIXTURE_TTL = Path(__file__).resolve().parents[1] / "data" / "explorer_fixture.ttl"


def load_fixture() -> Graph:
    graph = Graph(store="Oxigraph")
    graph.parse(FIXTURE_TTL, format="turtle")
    return graph


@pytest.fixture(scope="session")
def fixture_graph() -> Graph:
    return load_fixture()


@pytest.fixture(scope="session")
def projected(fixture_graph):
    return project(fixture_graph)
