"""Facts of a whole corpus, merged across articles, ready to become a graph."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.corpus import Article
from kg.extract.article import merge_by_iri
from kg.extract.call_merge import date_publication_fallback, merge_across_articles
from kg.extract.facts import AgreementFact, ArticleFacts, CallFact, DynamicRegion, NewPerson


@dataclass
class CorpusFacts:
    articles: list[Article]
    calls: list[CallFact] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)
    people: dict[str, NewPerson] = field(default_factory=dict)
    regions: dict[str, DynamicRegion] = field(default_factory=dict)
    mentions: dict[str, set[str]] = field(default_factory=dict)  # entity -> articles naming it
    roles: dict[str, dict[str, str]] = field(default_factory=dict)  # person -> {article: role}


def combine(articles: list[Article], per_article: list[ArticleFacts]) -> CorpusFacts:
    facts = CorpusFacts(articles)
    calls: list[CallFact] = []
    agreements: list[AgreementFact] = []
    for article_facts in per_article:
        for call in article_facts.calls:
            date_publication_fallback(call)
        calls.extend(article_facts.calls)
        agreements.extend(article_facts.agreements)
        for person in article_facts.people:
            facts.people.setdefault(person.iri, person)
            facts.mentions.setdefault(person.iri, set()).add(person.article_id)
        for region in article_facts.regions:
            facts.regions.setdefault(region.iri, region)
        for iri in article_facts.mentioned:
            facts.mentions.setdefault(iri, set()).add(article_facts.article_id)
        for person, role in article_facts.roles.items():
            facts.roles.setdefault(person, {})[article_facts.article_id] = role
    facts.calls = merge_across_articles(calls)
    facts.agreements = sorted(merge_by_iri(agreements), key=lambda a: a.iri)
    return facts
