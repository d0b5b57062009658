"""Agreements named by the gazetteer ("اتفاق سوتشي"، "خطة العمل الشاملة المشتركة") or after a place
("اتفاق ميونخ"، "إعلان القاهرة"): the curated agreement in force on the publication day, else one
minted from the place."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract import agreement_lexicon as lex
from kg.extract.agreement_kinds import AgreementMention
from kg.extract.agreement_scope import label_of, skip_quotes
from kg.extract.facts import AgreementFact
from kg.gazetteer.model import AGREEMENT, REGION
from kg.graph.iris import agreement_iri
from kg.text.calendar import GREGORIAN_MONTHS, MAGHREBI_MONTHS, SYRIAC_MONTHS
from kg.text.normalize import normalize_text

MONTHS = frozenset(normalize_text(m).split()[0] for m in (*GREGORIAN_MONTHS, *SYRIAC_MONTHS, *MAGHREBI_MONTHS))


def gazetteer_fact(reader, iri: str) -> AgreementFact:
    entity = reader.gazetteer.get(iri)
    return AgreementFact(iri, entity.label_ar, entity.label_en, entity.agreement_type)


def named_agreements(reader, sentence: Span) -> list[AgreementMention]:
    found = []
    for span in reader.entities:
        if not sentence.start <= span.start < sentence.end:
            continue
        if span.label_ == AGREEMENT:
            found.append(AgreementMention(span.start, span.end, signed_version(reader, span)))
        elif span.label_ == REGION and span.start > sentence.start:
            head = head_before(reader, span)
            if head is not None:
                found.append(AgreementMention(head, span.end, named_after(reader, span, head)))
    return found


def head_before(reader, place: Span) -> int | None:
    """The head noun of "اتفاق سوتشي"، "إعلان القاهرة": a construct, so the head has no article and
    the place no preposition ("رفضي للاتفاقية ينبع من…"، "مؤتمر بموسكو" name no agreement); a
    declaration is named after a city, and is not "إعلان واشنطن نيتها…", an announcement."""
    previous = place.start - 1
    while previous >= 0 and (reader.doc[previous].is_space or reader.doc[previous].is_quote):
        previous -= 1
    key = reader.doc[previous].norm_ if previous >= 0 else ""
    if key.startswith("ال") or has_proclitic(reader.doc[place.start]):
        return None  # "مؤتمر بموسكو": a conference in Moscow, not the Moscow conference
    if key in lex.AGREEMENT_HEADS:
        return previous
    if key in lex.DECLARATION_HEADS and is_city(reader, place.kb_id_) and declaration_ends(reader, place.end):
        return previous
    return None


def has_proclitic(token) -> bool:
    """"بموسكو"، "لسوتشي": the word carries a preposition its key drops."""
    return normalize_text(token.text) != token.norm_


def is_city(reader, iri: str) -> bool:
    entity = reader.gazetteer.get(iri)
    return entity is not None and entity.region_type in ("city", "town")


def declaration_ends(reader, index: int) -> bool:
    doc = reader.doc
    if index < len(doc) and (doc[index].is_quote or doc[index].is_punct):
        return True
    index = skip_quotes(doc, index, len(doc))
    if index >= len(doc) or doc[index].is_punct or doc[index].like_num or doc[index].norm_ in lex.DECLARATION_AFTER:
        return True
    if doc[index].text.startswith("ل") and doc[index].norm_ != doc[index].text:  # "إعلان جدة لمكافحة الإرهاب"
        return True
    return doc[index].norm_ in MONTHS  # "إعلان الرياض مايو 2015"


def named_after(reader, place: Span, head: int, words: str | None = None) -> AgreementFact:
    """"اتفاق سوتشي"، "التفاهم الذي تم التوصل إليه في أوفا": the curated agreement named after the
    place (of the head's kind, the latest signed by the publication day), else one minted from it."""
    noun, kind = lex.HEAD_NOUNS.get(reader.doc[head].norm_, ("agreement", "agreement"))
    published = reader.doc._.published
    candidates = [
        a for a in reader.gazetteer.of_kind(AGREEMENT)
        if a.named_after == place.kb_id_ and signed_by(a, published) and family(a.agreement_type) == family(kind)
    ]
    if candidates:
        best = min(candidates, key=lambda a: (a.agreement_type != kind, -a.date.toordinal() if a.date else 0, a.iri))
        return gazetteer_fact(reader, best.iri)
    entity = reader.gazetteer.get(place.kb_id_)
    name_en = f"{entity.label_en or entity.label_ar} {noun}"
    label_ar = words or label_of(reader.doc, head, place.end)
    return AgreementFact(agreement_iri(name_en), label_ar, name_en, kind, dynamic=True)


def family(agreement_type: str | None) -> str:
    """"اتفاق سوتشي" may be a memorandum or a ceasefire, never a conference or a declaration."""
    return agreement_type if agreement_type in ("conference", "declaration", "resolution", "process") else "agreement"


def signed_by(entity, published) -> bool:
    """Whether a curated agreement existed on the publication day (undated ones always)."""
    return entity.date is None or published is None or entity.date <= published


def signed_version(reader, span: Span) -> AgreementFact:
    """The curated agreement a name stands for on the publication day: "إعلان القاهرة" in 2015 is not
    the declaration of 2020 but the one signed that year whose name starts the same; "اتفاق الرياض" of
    2015, before any curated one, is minted from its place."""
    entity, published = reader.gazetteer.get(span.kb_id_), reader.doc._.published
    if signed_by(entity, published):
        return gazetteer_fact(reader, span.kb_id_)
    words = normalize_text(label_of(reader.doc, span.start, span.end))
    signed = [
        other for other in reader.gazetteer.of_kind(AGREEMENT)
        if other.date is not None and signed_by(other, published)
        and any(normalize_text(label).startswith(words) for label in other.labels_ar)
    ]
    if signed:
        return gazetteer_fact(reader, max(signed, key=lambda a: (a.date, a.iri)).iri)
    place = reader.gazetteer.get(entity.named_after)
    if place is not None and any(normalize_text(label) in words for label in place.labels_ar):
        noun, kind = lex.HEAD_NOUNS.get(reader.doc[span.start].norm_, ("agreement", "agreement"))
        name_en = f"{place.label_en or place.label_ar} {noun}"
        return AgreementFact(agreement_iri(name_en), label_of(reader.doc, span.start, span.end), name_en, kind, dynamic=True)
    return gazetteer_fact(reader, span.kb_id_)
