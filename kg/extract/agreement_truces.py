"""Truces: "هدنة لمدة 72 ساعة في الغوطة"، "الهدنة الإنسانية في اليمن"، "هدنة إنسانية لمدة خمسة
أيام"، "الهدنة مع حزب العمال الكردستاني".

A truce is named when the head noun is qualified: by an adjective, a length, its parties ("مع X"،
"بين X و Y") or the place it holds in. A bare "الهدنة" or "أي هدنة" names none. The truce covers
the place stated after it, else its armed party's country, else the place the sentence or the
article is about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract import agreement_lexicon as lex
from kg.extract.agreement_kinds import AgreementMention
from kg.extract.agreement_scope import clause_end, label_of, parties_between, parties_name, skip_quotes, stated_as_real
from kg.extract.facts import AgreementFact
from kg.extract.sentence_view import SentenceView
from kg.graph.iris import agreement_iri

PLACE_IN_CLAUSE_WINDOW = 10  # "الهدنة الإنسانية التي بدأ سريانها أمس في اليمن"
OTHER_SIDE_WINDOW = 3  # "الهدنة بين الحكومة والمعارضة في حمص": words of a side the gazetteer does not know


@dataclass
class TrucePhrase:
    head: int
    end: int  # end of the naming words: head, adjectives, length, parties
    adjectives: list[str] = field(default_factory=list)  # English words ("humanitarian")
    qualified: bool = False
    length: tuple[int, str] | None = None  # (5, "day")
    parties: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # "هدنة اليمن": the place the head is construct with


def truces(reader, view: SentenceView) -> list[AgreementMention]:
    found = []
    for index in view.token_ids:
        if reader.doc[index].norm_ not in lex.TRUCE_HEADS or not stated_as_real(view, index):
            continue
        phrase = read_phrase(reader, view, index)
        phrase.end = after_other_side(reader.doc, skip_quotes(reader.doc, phrase.end, view.sentence.end), view.sentence.end)
        covers, places_end = stated_places(reader, view, phrase.end)
        if not (phrase.qualified or covers):
            continue
        covers = phrase.places or covers or party_countries(reader, phrase.parties) or context(reader, view)
        found.append(AgreementMention(index, max(phrase.end, places_end), truce_fact(reader, phrase, covers), scoped=True))
    return found


def read_phrase(reader, view: SentenceView, head: int) -> TrucePhrase:
    doc, limit = reader.doc, view.sentence.end
    phrase = TrucePhrase(head, head + 1)
    index = skip_quotes(doc, head + 1, limit)
    place = next((s for s in reader.regions.spans if s.start == index), None)
    if place is not None and not doc[head].norm_.startswith("ال"):
        phrase.places = reader.regions.regions_in(place.start, place.end)
        phrase.qualified, index = bool(phrase.places), skip_quotes(doc, place.end, limit)
        phrase.end = index
    while index < limit and doc[index].norm_ in lex.TRUCE_ADJECTIVES:
        word = lex.TRUCE_ADJECTIVES[doc[index].norm_]
        phrase.adjectives += [word] if word else []
        phrase.qualified = phrase.qualified or bool(word)  # "الهدنة الإنسانية" names a truce, "الهدنة الهشة" does not
        index = skip_quotes(doc, index + 1, limit)
        phrase.end = index
    length, index = read_length(doc, index, limit)
    if length:
        phrase.length, phrase.qualified, phrase.end = length, True, index
    if index < limit and doc[index].norm_ in (lex.WITH, lex.BETWEEN):
        parties, after = parties_between(reader, index + 1, limit)
        if parties:
            phrase.parties, phrase.qualified, phrase.end = parties, True, after
    return phrase


def read_length(doc, index: int, limit: int) -> tuple[tuple[int, str] | None, int]:
    """"لمدة 72 ساعة"، "لمدة خمسة أيام"، "72" (hours, as news counts a bare number)."""
    start = index
    if index < limit and doc[index].norm_ in lex.DURATION_WORDS:
        index += 1
    if index >= limit:
        return None, start
    key = doc[index].norm_
    number = int(key) if key.isdigit() and len(key) <= 3 else lex.NUMBER_WORDS.get(key)
    if number is None:
        return None, start
    unit = lex.DURATION_UNITS.get(doc[index + 1].norm_) if index + 1 < limit else None
    if unit is None and not key.isdigit():
        return None, start
    return (number, unit or lex.DEFAULT_TRUCE_UNIT), index + (2 if unit else 1)


def stated_places(reader, view: SentenceView, index: int) -> tuple[list[str], int]:
    """"… في اليمن"، "… التي بدأت أمس في اليمن": the places the truce holds in, and where they end."""
    limit = view.sentence.end
    index = skip_quotes(reader.doc, index, limit)
    if index < limit and reader.doc[index].norm_ in ("في", "ب"):
        end = reader.place_chain_end(index, limit)
        return reader.regions.regions_in(index, end), end
    if index < limit and lex.RELATIVE_CLAUSE_RE.fullmatch(reader.doc[index].norm_):
        end = min(clause_end(reader.doc, index, limit), index + PLACE_IN_CLAUSE_WINDOW)
        for place_at in range(index + 1, end):
            if reader.doc[place_at].norm_ == "في":
                chain_end = reader.place_chain_end(place_at, limit)
                if (places := reader.regions.regions_in(place_at, chain_end)):
                    return places, index
    return [], index


def after_other_side(doc, index: int, limit: int) -> int:
    """"… والمعارضة في حمص"، "مع الحوثيين في تعز": a side the gazetteer does not know is skipped to
    reach the place."""
    if index >= limit or not (doc[index].norm_ in (lex.WITH, lex.BETWEEN) or doc[index].text.startswith(lex.AND)):
        return index
    for ahead in range(index + 1, min(limit, index + OTHER_SIDE_WINDOW + 1)):
        if doc[ahead].norm_ == "في":
            return ahead
        if doc[ahead].is_punct:
            break
    return index


def party_countries(reader, parties: list[str]) -> list[str]:
    """A truce with an armed group holds in the group's country ("الهدنة مع حزب العمال الكردستاني")."""
    countries = [reader.regions.country_of(party) or country_of_org(reader, party) for party in parties]
    return list(dict.fromkeys(c for c in countries if c))


def context(reader, view: SentenceView) -> list[str]:
    place = reader.regions.context_place(view.sentence)
    return [place] if place else []


def truce_fact(reader, phrase: TrucePhrase, covers: list[str]) -> AgreementFact:
    place_en = (reader.regions.label_en(covers[0]) if covers else None) or reader.article_id
    kind = " ".join(phrase.adjectives + ["truce"])
    if phrase.length:
        number, unit = phrase.length
        name_en, iri_name = f"{number}-{unit} {kind}", f"{place_en} {number}-{unit} {kind}"
    elif phrase.parties:
        name_en = iri_name = truce_parties_name(reader, phrase.parties, kind, covers, place_en)
    else:
        name_en = iri_name = f"{place_en} {kind}"
    fact = AgreementFact(agreement_iri(iri_name), label_of(reader.doc, phrase.head, phrase.end), name_en, "truce", dynamic=True)
    fact.covers.update(covers)
    fact.parties.update(phrase.parties)
    return fact


def truce_parties_name(reader, parties: list[str], kind: str, covers: list[str], place_en: str) -> str:
    """"Kurdistan Workers' Party–Turkey truce"; one party named: "truce with the Kurdistan Workers'
    Party" (in the place it holds in, when that is not the party's own country)."""
    if len(parties) > 1:
        return parties_name(reader, parties, kind)
    names = [(reader.gazetteer.get(p).label_en if reader.gazetteer.get(p) else None) or p.rsplit("/", 1)[-1] for p in parties]
    at_home = covers and covers[0] in (parties[0], country_of_org(reader, parties[0]))
    return f"{kind} with {names[0]}" if at_home else f"{place_en} {kind} with {names[0]}"


def country_of_org(reader, iri: str) -> str | None:
    entity = reader.gazetteer.get(iri)
    return entity.country if entity else None
