"""One article through every extractor: calls, agreements, people, regions."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.corpus import Article
from kg.extract.agreements import AgreementReader
from kg.extract.call_lexicon import TOPIC_NOUNS
from kg.extract.call_merge import merge_article_mentions
from kg.extract.calls import CallReader
from kg.extract.facts import AgreementFact, ArticleFacts
from kg.extract.regions import RegionResolver
from kg.extract.resolution import Resolution, resolve_mentions
from kg.pipeline.focus import may_tell_of_a_call
from kg.gazetteer.model import AGREEMENT, PERSON, Gazetteer
from kg.pipeline.gazetteer_matcher import DEMONYM, ENTITY_SPANS, GRAMMAR_SPANS
from kg.text.boilerplate import content_ranges


class ArticleExtractor:
    def __init__(self, doc: Doc, article: Article, gazetteer: Gazetteer):
        self.doc = doc
        self.article = article
        self.gazetteer = gazetteer
        self.content = content_ranges(article.text)
        self.calls = may_tell_of_a_call(doc)
        self.resolution = resolve_mentions(doc, gazetteer, article.id, article.published) if self.calls else Resolution()
        self.regions = RegionResolver(doc, gazetteer)
        self.new_people = {p.iri: p for p in self.resolution.people}

    def extract(self) -> ArticleFacts:
        facts = ArticleFacts(self.article.id, people=self.resolution.people, roles=self.resolution.roles)
        if self.calls:
            reader = CallReader(self.doc, self.resolution.mentions, self.article.id, self.article.published, self.country_of, self.is_person)
            mentions = reader.read(self.content, self.about)
            facts.calls = merge_article_mentions(mentions, self.article.published, self.is_person, self.country_of)
        agreement_mentions = AgreementReader(self.doc, self.gazetteer, self.regions, self.article.id).read(self.content)
        facts.agreements = merge_by_iri([m.fact for m in agreement_mentions])
        self.link_agreements_to_calls(facts)
        facts.regions = list(self.regions.dynamic.values())
        return facts

    def is_person(self, iri: str) -> bool:
        entity = self.gazetteer.get(iri)
        return iri in self.new_people or (entity is not None and entity.kind == PERSON)

    def country_of(self, iri: str) -> str | None:
        if self.gazetteer.get(iri) is not None:
            return self.gazetteer.country_of(iri)
        person = self.new_people.get(iri)
        return person.country if person else None

    def about(self, sentence: Span, participants: tuple[str, ...]) -> tuple[str, ...]:
        """Regions and agreements a call sentence names, except the parties' own countries."""
        own = {self.country_of(p) for p in participants} | set(participants)
        capitals = {self.gazetteer.get(c).capital for c in own if c and self.gazetteer.get(c)}
        found = [r for r in self.regions.regions_in(sentence.start, sentence.end) if r not in own | capitals]
        found += self.topic_countries(sentence, own)
        for region in list(found):
            parent = self.regions.dynamic.get(region)
            entity = self.gazetteer.get(region)
            if (entity and entity.region_type == "zone") or parent is not None:
                found.append(parent.part_of if parent else entity.part_of)
        for span in self.doc.spans[ENTITY_SPANS]:  # the agreements themselves: link_agreements_to_calls
            if span.label_ == AGREEMENT and sentence.start <= span.start < sentence.end:
                found += self.regions.places_in_words(span.start, span.end)
        return tuple(dict.fromkeys(f for f in found if f))

    def topic_countries(self, sentence: Span, own: set) -> list[str]:
        """"المسألة السورية": a nationality adjective after a topic noun names the topic country."""
        found = []
        for span in self.doc.spans[GRAMMAR_SPANS]:
            if span.label_ == DEMONYM and sentence.start <= span.start < sentence.end and span.start > 0:
                if self.doc[span.start - 1].norm_ in TOPIC_NOUNS and span.kb_id_ not in own:
                    found.append(span.kb_id_)
        return found

    def link_agreements_to_calls(self, facts: ArticleFacts) -> None:
        for call in facts.calls:
            sentences = {(e.start, e.end) for e in call.evidence}
            for agreement in facts.agreements:
                if any((e.start, e.end) in sentences for e in agreement.evidence):
                    call.about.add(agreement.iri)



def merge_by_iri(facts: list[AgreementFact]) -> list[AgreementFact]:
    merged: dict[str, AgreementFact] = {}
    for fact in facts:
        if fact.iri not in merged:
            merged[fact.iri] = fact
            continue
        target = merged[fact.iri]
        target.covers.update(fact.covers)
        target.parties.update(fact.parties)
        target.alt_labels_ar.update(fact.alt_labels_ar | ({fact.label_ar} - {target.label_ar}))
        target.date = target.date or fact.date
        target.evidence.extend(e for e in fact.evidence if e not in target.evidence)
        target.articles.update(fact.articles)
    return list(merged.values())


def extract_article(doc: Doc, article: Article, gazetteer: Gazetteer) -> ArticleFacts:
    return ArticleExtractor(doc, article, gazetteer).extract()
