"""Nuclear agreements: "الاتفاق النووي (الإيراني)"، "اتفاق نووي مع إيران"، "اتفاق مع الدول الكبرى حول
برنامجها النووي"، "الاتفاق بشأن برنامج إيران النووي".

A nuclear agreement covers the country whose programme it settles: the nationality after "النووي",
the country after "مع" or in "برنامج X النووي", else the country the sentence names before the
agreement (its subject: "توصل إيران إلى اتفاق…"), else the one the sentence or the article is
about. When the gazetteer names the nuclear agreement of that country ("الاتفاق النووي مع إيران")
and it was concluded by the publication day, the mention is that agreement.
"""

from __future__ import annotations

from kg.extract import agreement_lexicon as lex
from kg.extract.agreement_kinds import AgreementMention, reader_demonyms
from kg.extract.agreement_named import gazetteer_fact, signed_by
from kg.extract.agreement_scope import actor_at, clause_end, label_of, party_of, skip_quotes, stated_as_real
from kg.extract.facts import AgreementFact
from kg.extract.sentence_view import SentenceView
from kg.gazetteer.model import AGREEMENT, COUNTRY, REGION
from kg.graph.iris import agreement_iri
from kg.text.normalize import normalize_text

PROGRAMME_WINDOW = 8  # "اتفاق مع الدول الكبرى حول برنامجها النووي": head to "النووي"
NUCLEAR_NAME = "الاتفاق النووي"


def nuclear_agreements(reader, view: SentenceView) -> list[AgreementMention]:
    found = []
    for head in view.token_ids:
        if reader.doc[head].norm_ not in lex.AGREEMENT_HEADS:
            continue
        if not (stated_as_real(view, head) or curated_at(reader, head)):
            continue  # a curated name needs no telling word: "رفض الكونغرس الاتفاق النووي" is still the deal
        name_end = nuclear_name_end(reader, view, head)
        if name_end is None:
            continue
        country = programme_country(reader, view, head, name_end)
        if not is_country(reader, country):
            continue  # a nuclear agreement of no known state is not identified
        name_end = max(name_end, country_end(reader, name_end, view.sentence.end))
        found.append(AgreementMention(head, name_end, nuclear_fact(reader, country, head, name_end), scoped=True))
    return found


def curated_at(reader, head: int) -> bool:
    return any(s.start == head and s.label_ == AGREEMENT for s in reader.entities)


def nuclear_name_end(reader, view: SentenceView, head: int) -> int | None:
    """End of "الاتفاق النووي" or of "اتفاق … حول برنامجها النووي"; None when no nuclear word."""
    doc, limit = reader.doc, view.sentence.end
    after = skip_quotes(doc, head + 1, limit)
    if after < limit and doc[after].norm_ in lex.NUCLEAR:
        return after + 1
    for span in reader.entities:  # a curated name with a nuclear word: "اتفاق فيينا النووي"
        if span.start == head and span.label_ == AGREEMENT and any(t.norm_ in lex.NUCLEAR for t in span):
            return span.end
    end = min(clause_end(doc, after, limit), head + PROGRAMME_WINDOW + 1)
    for index in range(after, end):
        if doc[index].norm_ in lex.ABOUT_PLACE_WORDS and index + 1 < end and doc[index + 1].norm_ in lex.PROGRAMME:
            for last in range(index + 2, min(index + 4, limit)):
                if doc[last].norm_ in lex.NUCLEAR:
                    return last + 1
    return None


def country_end(reader, index: int, limit: int) -> int:
    """"الاتفاق النووي الإيراني"، "الاتفاق النووي الأميركي - الإيراني"، "الاتفاق النووي مع إيران": the
    country words belong to the name."""
    index = skip_quotes(reader.doc, index, limit)
    if index < limit and index in reader.demonyms:
        return reader_demonyms(reader, index, limit)[1]
    named = next((s for s in reader.entities if s.start == index and s.label_ == COUNTRY), None)
    if named is not None and reader.doc[index].text.startswith("ل"):  # "البرنامج النووي لإيران"
        return named.end
    if index + 1 < limit and reader.doc[index].norm_ == lex.WITH:
        span = actor_at(reader, index + 1)
        if span is not None and span.label_ == COUNTRY:
            return span.end
    return index


def programme_country(reader, view: SentenceView, head: int, name_end: int) -> str | None:
    """The country named in the phrase (of several, the one whose curated deal it is: "الأميركي -
    الإيراني"); else the one the curated agreement's own name gives ("الاتفاق النووي" is the
    gazetteer's "الاتفاق النووي مع إيران"); else, for "برنامجها النووي", the country named before the
    agreement (the pronoun's antecedent)."""
    limit = view.sentence.end
    named = []
    for index in range(head + 1, min(country_end(reader, name_end, limit), limit)):
        span = actor_at(reader, index)
        if span is not None and span.label_ != REGION and is_country(reader, party_of(reader, span)):
            named.append(party_of(reader, span))  # not a capital: "اتفاق فيينا" is where it was made
    before = [party_of(reader, s) for i in range(view.sentence.start, head) if (s := actor_at(reader, i)) is not None]
    before = [p for p in reversed(before) if is_country(reader, p)]
    if named:  # "إبرام إيران الاتفاق النووي مع الولايات المتحدة": the state with a curated deal
        return next((c for c in named + before if curated_deal(reader, c)), named[0])
    curated = [s.kb_id_ for s in reader.entities if s.start == head and s.label_ == AGREEMENT]
    if curated and (country := country_in_name(reader, curated[0])):
        return country
    if reader.doc[name_end - 2].norm_ not in lex.PROGRAMME:
        return None
    return before[0] if before else None


def country_in_name(reader, agreement: str) -> str | None:
    """The country a curated nuclear agreement's labels name: "… مع إيران"، "… الإيراني"."""
    entity = reader.gazetteer.get(agreement)
    prefix = normalize_text(NUCLEAR_NAME) + " "
    rests = {normalize_text(label)[len(prefix):] for label in entity.labels_ar if normalize_text(label).startswith(prefix)}
    for rest in sorted(rests):
        place = reader.gazetteer.single_word_places.get(rest.removeprefix("مع "))
        if is_country(reader, place):
            return place
    for country in reader.gazetteer.of_kind(COUNTRY):
        if rests & {normalize_text(d) for d in country.demonyms_ar}:
            return country.iri
    return None


def is_country(reader, iri: str | None) -> bool:
    entity = reader.gazetteer.get(iri)
    return entity is not None and entity.kind == COUNTRY


def nuclear_fact(reader, country: str, head: int, end: int) -> AgreementFact:
    words = label_of(reader.doc, head, end)
    curated = curated_deal(reader, country)
    if curated is not None:
        fact = gazetteer_fact(reader, curated)
        fact.alt_labels_ar.add(words)
    else:
        entity = reader.gazetteer.get(country)
        name_en = f"{entity.label_en} nuclear agreement"
        fact = AgreementFact(agreement_iri(name_en), words, name_en, "agreement", dynamic=True)
    fact.covers.add(country)
    fact.parties.add(country)
    return fact


def curated_deal(reader, country: str) -> str | None:
    """The gazetteer's "الاتفاق النووي مع <country>" / "الاتفاق النووي <nationality>", when signed."""
    entity = reader.gazetteer.get(country)
    names = {normalize_text(f"{NUCLEAR_NAME} مع {label}") for label in entity.labels_ar}
    names |= {normalize_text(f"{NUCLEAR_NAME} {demonym}") for demonym in entity.demonyms_ar}
    for agreement in reader.gazetteer.of_kind(AGREEMENT):
        labels = {normalize_text(label) for label in agreement.labels_ar}
        if labels & names and signed_by(agreement, reader.doc._.published):
            return agreement.iri
    return None
