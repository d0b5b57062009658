"""Agreements named by their parties or by where they were made: "اتفاقية السلام بين الإسرائيليين
والفلسطينيين"، "الاتفاق الذي تم بين أنقرة وواشنطن على …"، "اتفاق بين تركيا والولايات المتحدة حول
…"، "التفاهم الذي تم التوصل إليه في أوفا".

Parties are states (by name, capital or people), or organisations of the gazetteer; two at least,
so that "اتفاق بين البلدين"، a ministry's contract with a company or a club's deal names none. An
agreement between parties covers the places of its clause ("على استخدام قاعدة … في سورية"), with
the party's country a base or town of the clause lies in; with no place in the clause, it covers
the parties' own countries (a peace agreement between two peoples).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract import agreement_lexicon as lex
from kg.extract.agreement_kinds import AgreementMention, clause_places
from kg.extract.agreement_named import named_after
from kg.extract.agreement_scope import actor_at, label_of, parties_between, parties_name, skip_quotes, stated_as_real
from kg.extract.facts import AgreementFact
from kg.extract.sentence_view import SentenceView
from kg.gazetteer.model import AGREEMENT, REGION
from kg.graph.iris import agreement_iri
from kg.pipeline.gazetteer_matcher import DEMONYM
from kg.text.lexicon import STOPWORDS

MADE_CLAUSE_WINDOW = 6  # "الذي تم التوصل إليه في أوفا"، "الذي أبرم يوم الثلاثاء بين"
COMPLEMENT_WINDOW = 4  # "اتفاق التجارة الحرة بين"، "اتفاق وقف إطلاق النار بين"


@dataclass
class PartyPhrase:
    head: int
    end: int
    qualifiers: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    venue: object = None  # the place span after "في" in a clause that says the agreement was made


def between_agreements(reader, view: SentenceView) -> list[AgreementMention]:
    found = []
    for head in view.token_ids:
        key = reader.doc[head].norm_
        if key not in lex.AGREEMENT_HEADS or lex.HEAD_NOUNS.get(key, ("",))[0] == "conference":
            continue
        if head > view.sentence.start and reader.doc[head - 1].norm_ in lex.IMPERSONAL_BEFORE:
            continue
        phrase = construct_parties(reader, view, head)
        if phrase is None and not named_at(reader, head):
            phrase = read_phrase(reader, view, head)
        if phrase is None or not stated_as_real(view, head):
            continue
        if len(phrase.parties) >= 2:
            fact = parties_fact(reader, view, phrase)
            found.append(AgreementMention(head, phrase.end, fact, scoped=True))
        else:  # where it was made names it; the places after the venue are the venue's, not its scope
            words = label_of(reader.doc, head, phrase.end)
            found.append(AgreementMention(head, phrase.end, named_after(reader, phrase.venue, head, words), scoped=True))
    return found


def named_at(reader, head: int) -> bool:
    """"اتفاقية كامب ديفيد بين مصر وإسرائيل"، "اتفاق أضنة بين…": a curated or place name starts at the
    head; its reader adds the parties."""
    after = skip_quotes(reader.doc, head + 1, len(reader.doc))
    return any(
        (s.start == head and s.label_ == AGREEMENT) or (s.start == after and s.label_ == REGION) for s in reader.entities
    )


def construct_parties(reader, view: SentenceView, head: int) -> PartyPhrase | None:
    """"اتفاق واشنطن وطهران"، "اتفاق تركيا والولايات المتحدة": the parties right after the head."""
    after = skip_quotes(reader.doc, head + 1, view.sentence.end)
    first = actor_at(reader, after)
    if reader.doc[head].norm_.startswith("ال") or first is None or first.label_ == DEMONYM:
        return None  # "اتفاق أميركي تركي": adjectives, read by party_agreements
    parties, end = parties_between(reader, after, view.sentence.end)
    return PartyPhrase(head, end, parties=parties) if len(parties) >= 2 else None


def read_phrase(reader, view: SentenceView, head: int) -> PartyPhrase | None:
    doc, limit = reader.doc, view.sentence.end
    phrase = PartyPhrase(head, head + 1)
    index = skip_quotes(doc, head + 1, limit)
    while index < limit and doc[index].norm_ in lex.AGREEMENT_QUALIFIERS:
        phrase.qualifiers += [lex.AGREEMENT_QUALIFIERS[doc[index].norm_]]
        index = skip_quotes(doc, index + 1, limit)
    index = complement_end(reader, index, limit, phrase)
    if index < limit and doc[index].norm_ in lex.MADE_PARTICIPLES:
        index, phrase.venue = made_clause(reader, index + 1, limit)
    if index < limit and doc[index].norm_ == lex.BETWEEN:
        phrase.parties, phrase.end = parties_between(reader, index + 1, limit)
    if len(phrase.parties) >= 2:
        return phrase
    if phrase.venue is not None:
        phrase.end = phrase.venue.end
        return phrase
    return None


def complement_end(reader, index: int, limit: int, phrase: PartyPhrase) -> int:
    """"اتفاق التجارة الحرة بين…"، "اتفاق وقف إطلاق النار بين…": up to a few words of what the
    agreement is about before "بين"; without "بين" after them, they are not read."""
    end = index
    while end < min(limit, index + COMPLEMENT_WINDOW) and reader.doc[end].norm_ != lex.BETWEEN:
        key = reader.doc[end].norm_
        if key in STOPWORDS or key in lex.CLAUSE_END or key in lex.MADE_PARTICIPLES or reader.doc[end].is_punct:
            return index
        end += 1
    if end < limit and reader.doc[end].norm_ == lex.BETWEEN:
        phrase.qualifiers += [lex.AGREEMENT_QUALIFIERS.get(reader.doc[i].norm_, "") for i in range(index, end)]
        return end
    return index


def made_clause(reader, index: int, limit: int):
    """Read "تم التوصل إليه في X"، "أبرم في X": where the clause stops and the place it names."""
    venue, stop = None, min(limit, index + MADE_CLAUSE_WINDOW)
    made = False
    while index < stop:
        key = reader.doc[index].norm_
        place = place_at(reader, index + 1) if key == "في" else None
        if place is not None and made:
            venue, index = place, place.end
        elif key in lex.MADE_VERBS and key != lex.BETWEEN:
            made, index = True, index + 1
        else:
            break
    return index, venue


def place_at(reader, index: int):
    for span in reader.entities:
        if span.start == index and span.label_ == REGION:
            return span
    return None


def parties_fact(reader, view: SentenceView, phrase: PartyPhrase) -> AgreementFact:
    noun = lex.HEAD_NOUNS.get(reader.doc[phrase.head].norm_, ("agreement", "agreement"))
    name_en = parties_name(reader, phrase.parties, " ".join([q for q in phrase.qualifiers if q] + [noun[0]]))
    fact = AgreementFact(agreement_iri(name_en), label_of(reader.doc, phrase.head, phrase.end), name_en, noun[1], dynamic=True)
    fact.parties.update(phrase.parties)
    fact.covers.update(scope(reader, view, phrase))
    return fact


def scope(reader, view: SentenceView, phrase: PartyPhrase) -> list[str]:
    """The places of the agreement's clause and the parties' countries they lie in; else, for a peace,
    a truce or a border agreement, the parties' countries."""
    own = [country for party in phrase.parties if (country := reader.gazetteer.country_of(party))]
    places = clause_places(reader, view, phrase.end, own)
    if not places:
        return list(dict.fromkeys(own)) if lex.TERRITORIAL_QUALIFIERS.intersection(phrase.qualifiers) else []
    return places

