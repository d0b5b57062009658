"""Regions of an article: gazetteer places, and zones resolved to the area they lie in.

"منطقة خفض التصعيد" names a kind of zone; the zone meant is the one of that kind in the place the
sentence names ("بإدلب"), else in the place the article is mostly about. When the gazetteer has no
such zone, one is minted: "<place> de-escalation zone", kg:partOf the place.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from kg.extract.agreement_lexicon import ABOUT_PLACE_WORDS
from kg.extract.facts import DynamicRegion
from kg.extract.sentence_view import SentenceView
from kg.gazetteer.model import COUNTRY, REGION, ZONE_TYPE, Entity, Gazetteer
from kg.graph.iris import region_iri
from kg.pipeline.gazetteer_matcher import ENTITY_SPANS
from kg.text.normalize import normalize_text

PLACE_KINDS = (REGION, COUNTRY)
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
        """The sub-national place the article names most (ties: the first named)."""
        counts = Counter(s.kb_id_ for s in self.spans if s.label_ == REGION and self.is_area(s.kb_id_))
        if not counts:
            return None
        first = {iri: min(s.start for s in self.spans if s.kb_id_ == iri) for iri in counts}
        return min(counts, key=lambda iri: (-counts[iri], first[iri]))

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
        if self.dominant and anchor != self.dominant and self.is_vague(anchor):
            anchor = self.dominant  # "منطقة خفض التصعيد شمال سوريا" in an article about Idlib
        if anchor is None:
            return None
        for entity in self.gazetteer.of_kind(REGION):
            if entity.zone_type == zone_type and anchor in (entity.part_of, *self.gazetteer.ancestors(entity.iri)):
                if entity.part_of == anchor or self.dominant in self.gazetteer.ancestors(entity.iri):
                    return entity.iri
        return self.minted_zone(zone_type, anchor)

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

    def label_en(self, iri: str) -> str | None:
        entity: Entity | None = self.gazetteer.get(iri)
        if entity is not None:
            return entity.label_en
        return self.dynamic[iri].label_en if iri in self.dynamic else None
