"""Session-wide fixtures: one spaCy pipeline and one gazetteer for the whole run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kg.corpus import Article
from kg.extract.article import extract_article
from kg.extract.facts import ArticleFacts
from kg.gazetteer.loader import load_gazetteer
from kg.gazetteer.model import Gazetteer
from kg.pipeline.nlp import analyse, build_nlp


@pytest.fixture(scope="session")
def nlp():
    """The pipeline with every sentence read (no prefilter): the reference the extractors are
    tested on; tests/build/test_prefilter.py checks that the prefilter finds the same."""
    return build_nlp(prefilter=False)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()[0]


@pytest.fixture(scope="session")
def extract(nlp, gazetteer) -> Callable[..., ArticleFacts]:
    """Run every extractor on a text written for a test."""

    def run(text: str, published: dt.date | None = dt.date(2020, 3, 5), article_id: str = "t") -> ArticleFacts:
        article = Article(article_id, text, published)
        return extract_article(analyse(nlp, text, article_id, published), article, gazetteer)

    return run



@pytest.fixture(scope="session")
def gazetteer_without_people(tmp_path_factory):
    """The shipped gazetteer without its people files: every person must be found in the text."""
    from kg.paths import gazetteer_dir

    folder = tmp_path_factory.mktemp("gazetteer-without-people")
    for path in gazetteer_dir().glob("*.ttl"):
        if not path.name.startswith("people_"):
            (folder / path.name).symlink_to(path)
    return folder


@pytest.fixture(scope="session")
def nlp_without_people(gazetteer_without_people):
    return build_nlp(gazetteer_without_people, prefilter=False)


@pytest.fixture(scope="session")
def discover(nlp_without_people, gazetteer_without_people) -> Callable[..., ArticleFacts]:
    """Every extractor on a text, with a gazetteer that knows no people (discovery from titles)."""
    gazetteer = load_gazetteer(gazetteer_without_people)[0]

    def run(text: str, published: dt.date | None = dt.date(2015, 8, 3), article_id: str = "t") -> ArticleFacts:
        article = Article(article_id, text, published)
        return extract_article(analyse(nlp_without_people, text, article_id, published), article, gazetteer)

    return run


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """`kg build` of the bundled corpus, once per run, into a temporary folder."""
    from kg.build import build

    out = tmp_path_factory.mktemp("sample-build")
    return build(out_dir=out)


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    from kg.graph.serialize import read_turtle

    return read_turtle(sample_build.graph_path)
