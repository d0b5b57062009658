"""The map as a stream: articles read lazily, looked up in the cache, the rest extracted by a
runner in batches, results handed on one by one in corpus order."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.build.cache import FactCache, article_key
from kg.build.extraction import ArticleResult
from kg.build.report import READ, Problem
from kg.corpus import Article, ArticleError, ArticleInfo, CorpusListing


@dataclass
class Job:
    """A batch of articles in corpus order: cached results, the rest to extract."""

    articles: list[Article | ArticleError] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # article id -> cache key
    cached: dict[str, ArticleResult] = field(default_factory=dict)

    @property
    def misses(self) -> list[Article]:
        return [a for a in self.articles if isinstance(a, Article) and a.id not in self.cached]


def unreadable(error: ArticleError) -> ArticleResult:
    article_id = error.path.stem
    return ArticleResult(ArticleInfo(article_id), problem=Problem(article_id, READ, error.problem))


class MapStream:
    def __init__(self, listing: CorpusListing, runner, fingerprint: str, cache: FactCache | None, batch_size: int):
        self.listing = listing
        self.runner = runner
        self.fingerprint = fingerprint
        self.cache = cache
        self.batch_size = batch_size
        self.jobs: deque[Job] = deque()

    def batches(self) -> Iterator[list[Article]]:
        """Jobs are queued as the runner asks for their misses: the queue pairs runs with jobs."""
        job = Job()
        for article in self.listing.articles():
            job.articles.append(article)
            if len(job.articles) >= self.batch_size:
                yield self.queued(job)
                job = Job()
        if job.articles:
            yield self.queued(job)

    def queued(self, job: Job) -> list[Article]:
        """The job's articles looked up in the cache, the job queued; what is left to extract."""
        if self.cache is not None:
            job.keys = {a.id: article_key(a, self.fingerprint) for a in job.articles if isinstance(a, Article)}
            found = self.cache.get_many(list(job.keys.values()))
            job.cached = {article_id: found[key] for article_id, key in job.keys.items() if key in found}
        self.jobs.append(job)
        return job.misses

    def results(self) -> Iterator[ArticleResult]:
        for extracted in self.runner.run(self.batches()):
            job = self.jobs.popleft()
            fresh = iter(extracted)
            new_entries = []
            for article in job.articles:
                if isinstance(article, ArticleError):
                    yield unreadable(article)
                elif article.id in job.cached:
                    yield job.cached[article.id]
                else:
                    result = next(fresh)
                    new_entries.append((job.keys.get(article.id), result))
                    yield result
            if self.cache is not None:
                self.cache.put_many((key, result) for key, result in new_entries if key)
