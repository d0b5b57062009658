"""Agreement extractor: Doc in, AgreementFacts out (with covered regions, parties, date)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract import agreement_lexicon as lex
from kg.extract.agreement_between import between_agreements
from kg.extract.agreement_kinds import AgreementMention, ceasefires, party_agreements
from kg.extract.agreement_named import named_agreements
from kg.extract.agreement_nuclear import nuclear_agreements
from kg.extract.agreement_resolutions import resolutions
from kg.extract.agreement_truces import truces
from kg.extract.agreement_scope import clause_end
from kg.extract.calls import evidence_of
from kg.extract.facts import AgreementFact
from kg.extract.regions import RegionResolver

ZONE_NOUNS = frozenset({"منطقه", "المنطقه", "مناطق", "المناطق"})  # "منطقة أخرى منزوعة السلاح"
from kg.extract.sentence_view import SentenceView
from kg.gazetteer.model import AGREEMENT, COUNTRY, REGION, Gazetteer
from kg.pipeline.gazetteer_matcher import DEMONYM, ENTITY_SPANS, GRAMMAR_SPANS
from kg.pipeline.focus import in_focus
from kg.text.boilerplate import in_ranges
from kg.pipeline.sentences import sentence_spans


RELATIVE_WINDOW = 12  # "واتفاقية سوتشي الأخيرة بين كل من تركيا وروسيا، والتي نصت على…"
ADJACENT_WORDS = 3  # "«إعلان القاهرة» الشامل الذي…": a relative pronoun this close needs no comma before it
MONTH_WINDOW = 8  # "اتفاق أضنة الموقع بين تركيا وسوريا في تشرين الأول 1998"
# kinds of gazetteer entry that are negotiation tracks, not agreements ("مسار أستانا")
NOT_AGREEMENT_TYPES = frozenset({"process", "track", "talks"})


def specific(mentions: list[AgreementMention]) -> list[AgreementMention]:
    """Where a kind that reads the whole phrase (a nuclear deal, a truce…) starts at the same word as
    a gazetteer name or a place-named agreement, the phrase's reading wins."""
    scoped = {m.start for m in mentions if m.scoped}
    return [m for m in mentions if m.scoped or m.start not in scoped]


def outermost(mentions: list[AgreementMention]) -> list[AgreementMention]:
    """Drop mentions lying inside a longer one ("وقف إطلاق النار" inside "اتفاق وقف إطلاق النار في …")."""

    def inside(inner: AgreementMention, outer: AgreementMention) -> bool:
        longer = (outer.end - outer.start) > (inner.end - inner.start)
        return outer is not inner and outer.start <= inner.start and inner.end <= outer.end and longer

    return [m for m in mentions if not any(inside(m, other) for other in mentions)]


class AgreementReader:
    def __init__(self, doc: Doc, gazetteer: Gazetteer, regions: RegionResolver, article_id: str):
        self.doc = doc
        self.gazetteer = gazetteer
        self.regions = regions
        self.article_id = article_id
        self.entities = list(doc.spans[ENTITY_SPANS])
        self.demonyms = {s.start: s for s in doc.spans[GRAMMAR_SPANS] if s.label_ == DEMONYM}

    def read(self, content: list[tuple[int, int]]) -> list[AgreementMention]:
        mentions: list[AgreementMention] = []
        for sentence in sentence_spans(self.doc):
            if in_ranges(sentence.start_char, content) and in_focus(self.doc, sentence):
                mentions.extend(self.read_sentence(sentence))
        return mentions

    def read_sentence(self, sentence: Span) -> list[AgreementMention]:
        view = SentenceView.of(sentence)
        found = named_agreements(self, sentence) + ceasefires(self, view) + truces(self, view)
        found += party_agreements(self, view) + resolutions(self, view) + nuclear_agreements(self, view)
        found += between_agreements(self, view)
        found = outermost(specific([m for m in found if m.fact.agreement_type not in NOT_AGREEMENT_TYPES]))
        for mention in found:
            self.add_context(mention, view)
        return sorted(found, key=lambda m: m.start)

    def match_stated_date(self, fact: AgreementFact) -> None:
        """"مؤتمر سوتشي في أيلول 2018" is not the Sochi congress of January 2018 but the agreement
        named after Sochi that was signed that month, when the gazetteer has one."""
        entity = self.gazetteer.get(fact.iri)
        if entity is None or entity.date is None or entity.date.isoformat().startswith(fact.date):
            return
        for other in self.gazetteer.of_kind(AGREEMENT):
            same_place = other.named_after is not None and other.named_after == entity.named_after
            if same_place and other.date is not None and other.date.isoformat().startswith(fact.date):
                fact.iri, fact.label_ar, fact.label_en = other.iri, other.label_ar, other.label_en
                fact.agreement_type = other.agreement_type
                return

    def after_quotes(self, index: int, limit: int) -> int:
        while index < limit and (self.doc[index].is_quote or self.doc[index].is_space):
            index += 1
        return index

    def add_context(self, mention: AgreementMention, view: SentenceView) -> None:
        fact, sentence = mention.fact, view.sentence
        end = self.after_quotes(mention.end, sentence.end)
        fact.evidence.append(evidence_of(sentence, self.article_id))
        fact.articles.add(self.article_id)
        if not mention.scoped:
            fact.covers.update(self.covered_after(end, view))
        if not fact.dynamic and not mention.scoped:  # "مؤتمر برلين حول ليبيا": the place the name is about, not the one it is named after
            named_after = self.gazetteer.get(fact.iri).named_after
            fact.covers.update(p for p in self.regions.places_in_words(mention.start, mention.end) if p != named_after)
        fact.parties.update(self.parties_after(end, view))
        fact.date = fact.date or self.month_after(end, sentence)
        if fact.date and not fact.dynamic:
            self.match_stated_date(fact)

    def covered_after(self, index: int, view: SentenceView, relative: bool = True) -> list[str]:
        """Regions in "حول/في/بـ X و Y" right after the name, or in a relative clause that says what
        the agreement does ("التي جعلت إدلب منطقة خفض تصعيد")."""
        sentence = view.sentence
        keys = view.keys_list(index, sentence.end)
        found: list[str] = []
        if keys and (keys[0] in lex.ABOUT_PLACE_WORDS or self.starts_with_place(index)):
            found += self.regions.regions_in(index, self.place_chain_end(index, sentence.end))
        clause = self.relative_clause(index, view) if relative else None
        return found + (self.clause_places(*clause) if clause else [])

    def starts_with_place(self, index: int) -> bool:
        return any(s.start == index and s.label_ in (REGION, COUNTRY) for s in self.entities)

    def place_chain_end(self, index: int, limit: int) -> int:
        """End of "في مناطق خفض التصعيد والمنطقة منزوعة السلاح": places joined by "و"."""
        end = index
        while end < limit:
            key = self.doc[end].norm_
            if key in lex.ABOUT_PLACE_WORDS or key in ("و", "،", "محافظه", "منطقه", "مدينه") or self.doc[end].is_punct:
                end += 1
                continue
            place = [s for s in self.entities if s.start == end]
            zone_words = key in ZONE_NOUNS and self.regions.regions_in(end, min(limit, end + 5))
            if place:
                end = place[0].end
            elif zone_words:
                end = min(limit, end + 5)
            else:
                break
        return end

    def relative_clause(self, index: int, view: SentenceView) -> tuple[int, int] | None:
        """"والتي نصت على جعل إدلب منطقة خفض تصعيد": a relative clause right after the name, or after a
        comma a few words on, up to the clause's end (or the next agreement's name)."""
        sentence = view.sentence
        keys = view.keys_list(index, sentence.end)[:RELATIVE_WINDOW]
        offset = next((i for i, w in enumerate(keys) if lex.RELATIVE_CLAUSE_RE.fullmatch(w)), None)
        if offset is None or (offset >= ADJACENT_WORDS and keys[offset - 1] != "،"):
            return None  # "… عبر تقديم أفكار بعد جولته التي شملت القاهرة": the clause is the tour's
        start = view.token_ids[view.token_ids.index(index) + offset] if index in view.token_ids else index
        next_agreement = [s.start for s in self.entities if s.label_ == AGREEMENT and s.start > start]
        end = min([clause_end(self.doc, start, sentence.end)] + [i for i in next_agreement if i < sentence.end])
        return start, end

    def clause_places(self, start: int, end: int) -> list[str]:
        """The places of a relative clause, but not where the agreement was made ("الذي أبرم في فيينا")."""
        made = any(self.doc[i].norm_ in lex.MADE_VERBS for i in range(start, end))
        return [p for p in self.regions.regions_in(start, end) if not (made and self.is_venue(p, start, end))]

    def is_venue(self, place: str, start: int, end: int) -> bool:
        spans = [s for s in self.entities if s.kb_id_ == place and start <= s.start < end]
        return bool(spans) and all(
            s.start > 0 and self.doc[s.start - 1].norm_ == "في" and self.gazetteer.get(place) is not None
            and self.gazetteer.get(place).region_type in ("city", "town") for s in spans
        )

    def parties_after(self, index: int, view: SentenceView) -> list[str]:
        """"بين كل من تركيا وروسيا"."""
        keys = view.keys_list(index, view.sentence.end)
        if "بين" not in keys[:4]:
            return []
        parties = []
        for span in self.entities:
            if span.start >= index and span.label_ == COUNTRY and span.start < index + 10:
                parties.append(span.kb_id_)
        return parties

    def month_after(self, index: int, sentence: Span) -> str | None:
        for mention in self.doc._.kg_dates or []:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and index <= span.start <= index + MONTH_WINDOW and span.end <= sentence.end:
                if mention.year and mention.month and mention.precision in ("month", "day"):
                    return f"{mention.year:04d}-{mention.month:02d}"
        return None
