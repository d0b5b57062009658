"""The kinds of agreement mention: gazetteer names, "<head> <place>", ceasefires, truces, party agreements."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract import agreement_lexicon as lex
from kg.extract.facts import AgreementFact
from kg.extract.sentence_view import SentenceView
from kg.gazetteer.model import AGREEMENT, REGION
from kg.graph.iris import agreement_iri


@dataclass(frozen=True)
class AgreementMention:
    start: int  # token span of the name
    end: int
    fact: AgreementFact


def gazetteer_fact(reader, iri: str) -> AgreementFact:
    entity = reader.gazetteer.get(iri)
    return AgreementFact(iri, entity.label_ar, entity.label_en, entity.agreement_type)


def named_agreements(reader, sentence: Span) -> list[AgreementMention]:
    found = []
    for span in reader.entities:
        if not sentence.start <= span.start < sentence.end:
            continue
        if span.label_ == AGREEMENT:
            found.append(AgreementMention(span.start, span.end, gazetteer_fact(reader, span.kb_id_)))
        elif span.label_ == REGION and span.start > sentence.start:
            head = head_before(reader, span.start)
            if head is not None:
                found.append(AgreementMention(head, span.end, named_after(reader, span, head)))
    return found


def head_before(reader, index: int) -> int | None:
    previous = index - 1
    while previous >= 0 and (reader.doc[previous].is_space or reader.doc[previous].is_quote):
        previous -= 1
    return previous if previous >= 0 and reader.doc[previous].norm_ in lex.AGREEMENT_HEADS else None


def named_after(reader, place: Span, head: int) -> AgreementFact:
    """"اتفاق سوتشي": the gazetteer agreement named after the place, else one minted from it."""
    kind = lex.HEAD_TYPES.get(reader.doc[head].norm_, "agreement")
    candidates = [a for a in reader.gazetteer.of_kind(AGREEMENT) if a.named_after == place.kb_id_]
    if candidates:
        best = min(candidates, key=lambda a: (a.agreement_type != kind, a.iri))
        return gazetteer_fact(reader, best.iri)
    entity = reader.gazetteer.get(place.kb_id_)
    name_en = f"{entity.label_en or entity.label_ar} {kind}"
    label_ar = f"{reader.doc[head].text} {entity.label_ar}"
    return AgreementFact(agreement_iri(name_en), label_ar, name_en, kind, dynamic=True)


def surface(reader, start: int, end: int) -> str:
    return reader.doc[start:end].text.replace("”", "").replace("“", "").strip()


def ceasefires(reader, view: SentenceView) -> list[AgreementMention]:
    found = []
    for match in lex.CEASEFIRE_RE.finditer(view.keys):
        if not ceasefire_in_force(view.keys[: match.start()].split()[-3:]):
            continue
        start, end = view.tokens_of(match)
        places_end = reader.place_chain_end(end, view.sentence.end)
        covers = reader.regions.regions_in(end, places_end)
        if covers:
            found.append(AgreementMention(start, places_end, ceasefire_fact(reader, covers, start, places_end)))
    return found


def ceasefire_in_force(before: list[str]) -> bool:
    """The nearest telling word before "وقف إطلاق النار": agreed ("الالتزام بـ") or wished ("تحقيق")."""
    for word in reversed(before):
        if word in lex.CEASEFIRE_WISHED_BEFORE:
            return False
        if word in lex.CEASEFIRE_IN_FORCE_BEFORE:
            return True
    return False


def ceasefire_fact(reader, covers: list[str], start: int, end: int) -> AgreementFact:
    place = common_place(reader, covers)
    entity = reader.gazetteer.get(place)
    name_en = f"{reader.regions.label_en(place) or place.rsplit('/', 1)[-1]} ceasefire"
    label_ar = f"وقف إطلاق النار في {entity.label_ar}" if entity else surface(reader, start, end)
    head = start - 1 if start > 0 and reader.doc[start - 1].norm_ in lex.AGREEMENT_HEADS else start
    fact = AgreementFact(agreement_iri(name_en), label_ar, name_en, "ceasefire", dynamic=True)
    fact.alt_labels_ar.add(surface(reader, head, end))
    fact.covers.update(covers)
    return fact


def common_place(reader, covers: list[str]) -> str:
    """The nearest place that every covered region is or lies in."""
    chains = [[iri, *(reader.gazetteer.ancestors(iri) or ancestors_of_minted(reader, iri))] for iri in covers]
    for candidate in chains[0]:
        if all(candidate in chain for chain in chains[1:]) and reader.gazetteer.get(candidate):
            if reader.gazetteer.get(candidate).region_type != "zone":
                return candidate
    return covers[0]


def ancestors_of_minted(reader, iri: str) -> list[str]:
    minted = reader.regions.dynamic.get(iri)
    if minted is None or minted.part_of is None:
        return []
    return [minted.part_of, *reader.gazetteer.ancestors(minted.part_of)]


def truces(reader, view: SentenceView) -> list[AgreementMention]:
    found = []
    for match in lex.TRUCE_RE.finditer(view.keys):
        start, end = view.tokens_of(match)
        places_end = reader.place_chain_end(end, view.sentence.end)
        covers = reader.regions.regions_in(end, places_end) or [r for r in [reader.regions.dominant] if r]
        unit = lex.TRUCE_UNITS.get(match.group(2) or "", lex.DEFAULT_TRUCE_UNIT)
        name_en = f"{match.group(1)}-{unit} truce"
        place_en = reader.regions.label_en(covers[0]) if covers else reader.article_id
        fact = AgreementFact(agreement_iri(f"{place_en} {name_en}"), surface(reader, start, end), name_en, "truce", dynamic=True)
        fact.covers.update(covers)
        found.append(AgreementMention(start, places_end, fact))
    return found


def party_agreements(reader, view: SentenceView) -> list[AgreementMention]:
    """"الاتفاقات الروسية التركية حول إدلب": named by the parties' adjectives and the place."""
    found = []
    for index in view.token_ids:
        if reader.doc[index].norm_ not in lex.AGREEMENT_HEADS:
            continue
        countries, after = reader_demonyms(reader, index + 1)
        if len(countries) < 2 or reader.doc[after].norm_ not in lex.ABOUT_PLACE_WORDS:
            continue
        places_end = reader.place_chain_end(after, view.sentence.end)
        covers = reader.regions.regions_in(after, places_end)
        if covers:
            found.append(AgreementMention(index, places_end, party_fact(reader, index, countries, covers, places_end)))
    return found


def reader_demonyms(reader, index: int) -> tuple[list[str], int]:
    countries = []
    while index in reader.demonyms or (reader.doc[index].norm_ == "و" and index + 1 in reader.demonyms):
        if reader.doc[index].norm_ == "و":
            index += 1
        countries.append(reader.demonyms[index].kb_id_)
        index = reader.demonyms[index].end
    return countries, index


def party_fact(reader, head: int, countries: list[str], covers: list[str], end: int) -> AgreementFact:
    adjectives = [reader.gazetteer.get(c).demonym_en or reader.gazetteer.get(c).label_en for c in countries]
    plural = reader.doc[head].norm_.endswith("ات")
    place = reader.regions.label_en(covers[0]) or covers[0].rsplit("/", 1)[-1]
    name_en = f"{'–'.join(adjectives)} agreement{'s' if plural else ''} on {place}"
    fact = AgreementFact(agreement_iri(name_en), surface(reader, head, end), name_en, "agreement", dynamic=True)
    fact.parties.update(countries)
    fact.covers.update(covers)
    return fact
