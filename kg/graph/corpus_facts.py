"""The reduce of a build: the facts of every article, merged into the facts of the corpus.

Articles are added one at a time in corpus order (`CorpusFactsBuilder.add`); only what the graph
needs is kept (article descriptions, not texts), so memory grows with the facts, not the corpus.
`finish` merges calls across articles and agreements by IRI, deterministically.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.corpus import ArticleInfo
from kg.extract.article import merge_by_iri
from kg.extract.call_merge import date_publication_fallback, merge_across_articles
from kg.extract.facts import AgreementFact, ArticleFacts, CallFact, DynamicRegion, NewPerson


@dataclass
class CorpusFacts:
    articles: list[ArticleInfo]
    calls: list[CallFact] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)
    people: dict[str, NewPerson] = field(default_factory=dict)
    regions: dict[str, DynamicRegion] = field(default_factory=dict)
    roles: dict[str, dict[str, str]] = field(default_factory=dict)  # person -> {article: role}


class CorpusFactsBuilder:
    def __init__(self) -> None:
        self.facts = CorpusFacts([])
        self.calls: list[CallFact] = []
        self.agreements: list[AgreementFact] = []

    def add(self, info: ArticleInfo, article_facts: ArticleFacts | None) -> None:
        self.facts.articles.append(info)
        if article_facts is None:
            return
        for call in article_facts.calls:
            date_publication_fallback(call)
        self.calls.extend(article_facts.calls)
        self.agreements.extend(article_facts.agreements)
        for person in article_facts.people:
            self.facts.people.setdefault(person.iri, person)
        for region in article_facts.regions:
            self.facts.regions.setdefault(region.iri, region)
        for person, role in article_facts.roles.items():
            self.facts.roles.setdefault(person, {})[article_facts.article_id] = role

    def finish(self) -> CorpusFacts:
        self.facts.articles.sort(key=lambda info: info.id)
        self.facts.calls = merge_across_articles(self.calls)
        self.facts.agreements = sorted(merge_by_iri(self.agreements), key=lambda a: a.iri)
        return self.facts


def combine(infos: list[ArticleInfo], per_article: list[ArticleFacts]) -> CorpusFacts:
    """The corpus facts of articles already extracted (in order)."""
    builder = CorpusFactsBuilder()
    for info, article_facts in zip(infos, per_article, strict=True):
        builder.add(info, article_facts)
    return builder.finish()
