"""`kg build`: corpus -> extraction -> graph.ttl (validated) and network.html."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph

from kg.corpus import Article, load_corpus
from kg.extract.article import extract_article
from kg.extract.facts import ArticleFacts
from kg.gazetteer.loader import load_gazetteer
from kg.graph.builder import build_graph
from kg.graph.corpus_facts import combine
from kg.graph.serialize import write_turtle
from kg.graph.validate import format_violations, validate_graph
from kg.paths import BUNDLED_CORPUS_DIR
from kg.pipeline.nlp import analyse, build_nlp
from kg.vocab import KG

GRAPH_FILE = "graph.ttl"
EXPLORER_FILE = "network.html"


class BuildError(RuntimeError):
    """The built graph breaks the SHACL shapes; nothing was written. `report` lists the violations."""

    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class BuildSummary:
    articles: int
    actors: int
    calls: int
    agreements: int
    triples: int
    seconds: float
    graph_path: Path
    explorer_path: Path | None


def extract_corpus(
    articles: list[Article], on_article: Callable[[Article], None] | None = None, gazetteer_dir: Path | None = None
) -> Iterator[ArticleFacts]:
    gazetteer, _ = load_gazetteer(gazetteer_dir)
    nlp = build_nlp(gazetteer_dir)
    for article in articles:
        doc = analyse(nlp, article.text, article.id, article.published)
        yield extract_article(doc, article, gazetteer)
        if on_article:
            on_article(article)


def build_corpus_graph(
    articles: list[Article], on_article: Callable[[Article], None] | None = None, gazetteer_dir: Path | None = None
) -> Graph:
    gazetteer, gazetteer_graph = load_gazetteer(gazetteer_dir)
    facts = combine(articles, list(extract_corpus(articles, on_article, gazetteer_dir)))
    return build_graph(facts, gazetteer, gazetteer_graph)


def count(graph: Graph, cls) -> int:
    return len(set(graph.subjects(RDF.type, cls)))


def build(
    corpus_dir: Path | None = None,
    out_dir: Path = Path("output"),
    on_article: Callable[[Article], None] | None = None,
    explorer: bool = True,
    gazetteer_dir: Path | None = None,
) -> BuildSummary:
    started = time.perf_counter()
    articles = load_corpus(corpus_dir or BUNDLED_CORPUS_DIR)
    graph = build_corpus_graph(articles, on_article, gazetteer_dir)
    result = validate_graph(graph)
    if not result.conforms:
        raise BuildError(
            f"the built graph breaks the ontology's shapes ({len(result.errors)} violations); nothing was written",
            format_violations(result),
        )
    graph_path = out_dir / GRAPH_FILE
    write_turtle(graph, graph_path)
    explorer_path = write_explorer_for(graph, out_dir / EXPLORER_FILE) if explorer else None
    return BuildSummary(
        articles=len(articles),
        actors=count(graph, KG.Actor),
        calls=count(graph, KG.PhoneCall),
        agreements=count(graph, KG.Agreement),
        triples=len(graph),
        seconds=time.perf_counter() - started,
        graph_path=graph_path,
        explorer_path=explorer_path,
    )


def write_explorer_for(graph: Graph, path: Path) -> Path:
    from kg.explorer.render import write_explorer

    write_explorer(graph, path)
    return path
