"""The map of a build: one article in, its facts out (pure, cacheable, run anywhere).

`ArticleMapper` holds what extraction needs (the spaCy pipeline, the gazetteer) and turns an
article into an `ArticleResult`: its facts, or the problem that kept it out. Nothing here depends
on how the map is run (one process, a pool, a Dask cluster) or on the other articles.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from kg.build.report import EXTRACT, Problem
from kg.corpus import Article, ArticleInfo
from kg.extract.article import extract_article
from kg.extract.facts import ArticleFacts
from kg.gazetteer.loader import load_gazetteer
from kg.pipeline.nlp import analyse, build_nlp

# a rough sentence count for articles the pipeline never sees: final punctuation or a line break
SENTENCE_END_RE = re.compile(r"[.!؟?…]+|\n+")


@dataclass
class ArticleResult:
    """What the map returns for one article: facts, or the problem that kept it out."""

    info: ArticleInfo
    facts: ArticleFacts | None = None
    problem: Problem | None = None
    sentences: int = 0  # sentences in the article
    kept: int = 0  # sentences the extractors read (the prefilter's choice)
    analysed: bool = False  # whether the article went through the spaCy pipeline
    cached: bool = field(default=False, compare=False)


def count_sentences(text: str) -> int:
    return sum(1 for piece in SENTENCE_END_RE.split(text) if piece.strip())


class ArticleMapper:
    def __init__(self, gazetteer_dir: Path | None = None, prefilter: bool = True):
        self.gazetteer, _ = load_gazetteer(gazetteer_dir)
        self.nlp = build_nlp(gazetteer_dir, prefilter)
        self.prefilter = prefilter
        self.scan = self.nlp.get_pipe("kg_focus").scan

    def run(self, article: Article) -> ArticleResult:
        """The article's facts; an extractor's failure is the article's problem, not the corpus's."""
        sentences = count_sentences(article.text)
        try:
            if self.prefilter and not self.scan.mentions_trigger(article.text):
                return ArticleResult(article.info, ArticleFacts(article.id), sentences=sentences)
            doc = analyse(self.nlp, article.text, article.id, article.published)
            facts = extract_article(doc, article, self.gazetteer)
        except Exception as error:  # noqa: BLE001 - any failure of one article is reported, not raised
            where = traceback.extract_tb(error.__traceback__)[-1]
            problem = f"{type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})"
            return ArticleResult(article.info, problem=Problem(article.id, EXTRACT, problem), sentences=sentences)
        kept = sentences if doc._.focus is None else len(doc._.focus)
        return ArticleResult(article.info, facts, sentences=sentences, kept=min(kept, sentences), analysed=True)

    def run_batch(self, articles: list[Article]) -> list[ArticleResult]:
        return [self.run(article) for article in articles]
