"""Regions of an article: gazetteer places, and zones resolved to the area they lie in.

"منطقة خفض التصعيد" names a kind of zone; the zone meant is the one of that kind in the place the
sentence names ("بإدلب"), else in the place the article is mostly about. When the gazetteer has no
such zone, one is minted: "<place> de-escalation zone", kg:partOf the place.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from spacy.tokens import Doc, Span

from kg.extract.agreement_lexicon import ABOUT_PLACE_WORDS
from kg.extract.facts import DynamicRegion
from kg.extract.sentence_view import SentenceView
from kg.gazetteer.model import COUNTRY, REGION, ZONE_TYPE, Entity, Gazetteer
from kg.graph.iris import region_iri
from kg.pipeline.gazetteer_matcher import DEMONYM, ENTITY_SPANS, GRAMMAR_SPANS
from kg.text.normalize import normalize_text

PLACE_KINDS = (REGION, COUNTRY)
# a country named after these comes from somewhere or leads something; it is not where things happen
# ("قادما من السعودية"، "التحالف بقيادة السعودية"، "الذي تقوده السعودية")
ACTOR_BEFORE = frozenset(normalize_text(w) for w in "من بقيادة تقوده تقودها يقوده بزعامة بدعم".split())
# a nationality adjective after these names a place: "للشعب اليمني"، "الأراضي السورية"، "الأزمة اليمنية"
PLACE_NOUNS = frozenset(normalize_text(w) for w in (
    "الشعب الشعبين المدن المدينة الأراضي الأرض الساحة الأزمة القضية الملف الحرب الأوضاع الحدود "
    "المحافظات المناطق الجمهورية الدولة البلاد العاصمة"
).split())
ZONE_NOUNS = r"(?:منطقه|المنطقه|مناطق|المناطق)"


def zone_cores(gazetteer: Gazetteer) -> list[tuple[re.Pattern, str]]:
    """"منطقة أخرى منزوعة السلاح": a zone type also matches by its words after "منطقة"."""
    cores = []
    for zone in gazetteer.of_kind(ZONE_TYPE):
        words = normalize_text(zone.label_ar).split()
        if len(words) >= 3:
            core = " ".join(words[1:])
            cores.append((re.compile(rf"(?<!\S){ZONE_NOUNS}(?: \S+)? {re.escape(core)}(?!\S)"), zone.iri))
    return cores


class RegionResolver:
    def __init__(self, doc: Doc, gazetteer: Gazetteer):
        self.doc = doc
        self.gazetteer = gazetteer
        self.spans = [s for s in doc.spans[ENTITY_SPANS] if s.label_ in PLACE_KINDS + (ZONE_TYPE,)]
        self.dynamic: dict[str, DynamicRegion] = {}
        self.cores = zone_cores(gazetteer)
        self.dominant = self.dominant_region()

    def dominant_region(self) -> str | None:
        """The sub-national place the article names most (ties: the first named). Not a region
        above states ("الشرق الأوسط", also a newspaper) nor a capital (it mostly stands for its
        government: "واشنطن")."""
        counts = Counter(s.kb_id_ for s in self.spans if s.label_ == REGION and self.is_local(s.kb_id_))
        if not counts:
            return None
        first = {iri: min(s.start for s in self.spans if s.kb_id_ == iri) for iri in counts}
        return min(counts, key=lambda iri: (-counts[iri], first[iri]))

    def is_local(self, iri: str) -> bool:
        entity = self.gazetteer.get(iri)
        inside_a_state = entity is not None and entity.part_of is not None
        return self.is_area(iri) and inside_a_state and iri not in self.gazetteer.country_by_capital

    def is_vague(self, iri: str) -> bool:
        entity = self.gazetteer.get(iri)
        return entity is None or entity.region_type in ("area", "country", "sea", None)

    def is_area(self, iri: str) -> bool:
        entity = self.gazetteer.get(iri)
        return entity is not None and entity.region_type not in ("zone", "country", None) or (
            entity is not None and entity.region_type is None and entity.part_of is not None
        )

    def regions_in(self, start: int, end: int) -> list[str]:
        """Region IRIs named in tokens [start, end), zones resolved, in text order."""
        sentence = self.doc[start].sent if start < len(self.doc) else None
        found: list[tuple[int, str]] = []
        for span in self.spans:
            if start <= span.start and span.end <= end:
                iri = span.kb_id_ if span.label_ in PLACE_KINDS else self.zone(span.kb_id_, span)
                if iri:
                    found.append((span.start, iri))
        if sentence is not None:
            found.extend(self.core_zones(sentence, start, end, {i for i, _ in found}))
        return list(dict.fromkeys(iri for _, iri in sorted(found)))

    def core_zones(self, sentence: Span, start: int, end: int, taken: set[int]) -> list[tuple[int, str]]:
        view = SentenceView.of(sentence)
        found = []
        for pattern, zone_type in self.cores:
            for match in pattern.finditer(view.keys):
                first, last = view.tokens_of(match)
                if start <= first and last <= end and not taken.intersection(range(first, last)):
                    iri = self.zone(zone_type, self.doc[first:last])
                    if iri:
                        found.append((first, iri))
        return found

    def zone(self, zone_type: str, mention: Span) -> str | None:
        """The zone of kind `zone_type` in the place named nearest in the sentence, else the article's place."""
        sentence = mention.sent
        places = [
            s for s in self.spans
            if s.label_ == REGION and sentence.start <= s.start < sentence.end and self.is_area(s.kb_id_)
        ]
        nearest = min(places, key=lambda s: (abs(s.start - mention.start), s.start), default=None)
        anchor = nearest.kb_id_ if nearest is not None else self.dominant
        if self.dominant and anchor != self.dominant and self.is_vague(anchor) and self.holds(anchor, self.dominant):
            anchor = self.dominant  # "منطقة خفض التصعيد شمال سوريا" in an article about Idlib
        if anchor is None:
            return None
        for entity in self.gazetteer.of_kind(REGION):
            if entity.zone_type == zone_type and anchor in (entity.part_of, *self.gazetteer.ancestors(entity.iri)):
                if entity.part_of == anchor or self.dominant in self.gazetteer.ancestors(entity.iri):
                    return entity.iri
        return self.minted_zone(zone_type, anchor)

    def holds(self, vague: str | None, area: str) -> bool:
        """Whether a vague place ("شمال سوريا", "سوريا") may stand for the area: same country."""
        return vague is None or self.country_of(vague) == self.country_of(area)

    def minted_zone(self, zone_type: str, anchor: str) -> str | None:
        kind, place = self.gazetteer.get(zone_type), self.gazetteer.get(anchor)
        if kind is None or place is None:
            return None
        name_en = f"{place.label_en or place.label_ar} {kind.label_en or ''}".strip()
        iri = region_iri(name_en)
        self.dynamic.setdefault(
            iri, DynamicRegion(iri, f"{kind.label_ar} في {place.label_ar}", name_en, anchor, zone_type)
        )
        return iri

    def places_in_words(self, start: int, end: int) -> list[str]:
        """Places a longer name is about: after "حول/بشأن/في" ("مؤتمر برلين حول ليبيا" -> Libya),
        not the place it is named after ("البروتوكول الإضافي لمذكرة سوتشي")."""
        table = self.gazetteer.single_word_places
        found = set()
        for index in range(start + 1, end):
            place = table.get(self.doc[index].norm_)
            if place and self.doc[index - 1].norm_ in ABOUT_PLACE_WORDS:
                found.add(place)
        return sorted(found)

    @cached_property
    def country_counts(self) -> Counter:
        """How often the article names each country, by name or nationality adjective."""
        named = [s.kb_id_ for s in self.spans if s.label_ == COUNTRY]
        adjectives = [s.kb_id_ for s in self.doc.spans[GRAMMAR_SPANS] if s.label_ == DEMONYM]
        return Counter(named + adjectives)

    @cached_property
    def main_country(self) -> str | None:
        """The country the article names most, when it is named twice and more than any other."""
        ranked = self.country_counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def countries_named(self, start: int, end: int) -> list[str]:
        """Countries named (not by adjective) in tokens [start, end), in text order."""
        return list(dict.fromkeys(s.kb_id_ for s in self.spans if s.label_ == COUNTRY and start <= s.start and s.end <= end))

    def countries_as_places(self, sentence: Span) -> list[str]:
        """Countries a sentence speaks of as places: named, but not as where someone comes from or
        who leads ("قادما من السعودية"، "بقيادة السعودية"), or by adjective after a noun of land or
        people ("للشعب اليمني")."""
        found = []
        for span in self.spans:
            if span.label_ == COUNTRY and sentence.start <= span.start < sentence.end:
                if span.start == 0 or self.doc[span.start - 1].norm_ not in ACTOR_BEFORE:
                    found.append((span.start, span.kb_id_))
        for span in self.doc.spans[GRAMMAR_SPANS]:
            if span.label_ == DEMONYM and sentence.start < span.start < sentence.end:
                if self.doc[span.start - 1].norm_ in PLACE_NOUNS:
                    found.append((span.start, span.kb_id_))
        return list(dict.fromkeys(iri for _, iri in sorted(found)))

    def context_place(self, sentence: Span) -> str | None:
        """Where something the sentence does not place happens: the country the sentence speaks of
        (of several, the one the article names most), else the article's own place: its main
        country, unless its main area lies outside that country and is named about as often (then
        the country is an actor abroad: "روسيا" in an article about Idlib)."""
        named = self.countries_as_places(sentence)
        if named:
            return max(named, key=lambda iri: (self.country_counts[iri], -named.index(iri)))
        area, country = self.dominant, self.main_country
        if area is None or country is None:
            return country or area
        abroad = self.country_of(area) != country
        return area if abroad and 2 * self.area_counts[area] >= self.country_counts[country] else country

    @cached_property
    def area_counts(self) -> Counter:
        return Counter(s.kb_id_ for s in self.spans if s.label_ == REGION)

    def country_of(self, iri: str) -> str | None:
        """The country a place is, or lies in (a capital: its country)."""
        entity = self.gazetteer.get(iri)
        if entity is None:
            minted = self.dynamic.get(iri)
            return self.country_of(minted.part_of) if minted and minted.part_of else None
        if entity.kind == COUNTRY:
            return iri
        for ancestor in self.gazetteer.ancestors(iri):
            if (found := self.gazetteer.get(ancestor)) is not None and found.kind == COUNTRY:
                return ancestor
        return self.gazetteer.country_by_capital.get(iri)

    def label_en(self, iri: str) -> str | None:
        entity: Entity | None = self.gazetteer.get(iri)
        if entity is not None:
            return entity.label_en
        return self.dynamic[iri].label_en if iri in self.dynamic else None
