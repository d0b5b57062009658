"""An agreement mention, and two of its kinds: ceasefires ("وقف إطلاق النار في ليبيا") and agreements
named by their parties' adjectives ("الاتفاقات الروسية التركية حول إدلب")."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract import agreement_lexicon as lex
from kg.extract.agreement_scope import clause_end, label_of, parties_name, stated_as_real
from kg.extract.facts import AgreementFact
from kg.extract.sentence_view import SentenceView
from kg.graph.iris import agreement_iri


DEMONYM_JOINTS = frozenset({"و", "-", "–", "—", "/"})


@dataclass(frozen=True)
class AgreementMention:
    start: int  # token span of the name
    end: int
    fact: AgreementFact
    scoped: bool = False  # the kind found what the agreement covers: no generic places are added


def surface(reader, start: int, end: int) -> str:
    return label_of(reader.doc, start, end)


def ceasefires(reader, view: SentenceView) -> list[AgreementMention]:
    found = []
    for match in lex.CEASEFIRE_RE.finditer(view.keys):
        if not ceasefire_in_force(view.keys[: match.start()].split()[-3:]):
            continue
        start, end = view.tokens_of(match)
        places_end = reader.place_chain_end(end, view.sentence.end)
        covers = reader.regions.regions_in(end, places_end)
        if start > 0 and reader.doc[start - 1].norm_ in lex.AGREEMENT_HEADS:  # "اتفاق لوقف إطلاق النار في مينسك"
            covers = [c for c in covers if c not in reader.gazetteer.country_by_capital]
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


def party_agreements(reader, view: SentenceView) -> list[AgreementMention]:
    """"الاتفاقات الروسية التركية حول إدلب"، "الاتفاق التركي - الأميركي": named by the parties'
    adjectives, and by the place when one follows."""
    found = []
    for index in view.token_ids:
        if reader.doc[index].norm_ not in lex.AGREEMENT_HEADS or not stated_as_real(view, index):
            continue
        countries, after = reader_demonyms(reader, index + 1, view.sentence.end)
        if len(set(countries)) < 2:
            continue
        covers, end = [], after
        if after < view.sentence.end and reader.doc[after].norm_ in lex.ABOUT_PLACE_WORDS:
            end = reader.place_chain_end(after, view.sentence.end)
            covers = reader.regions.regions_in(after, end)
        end = end if covers else after
        fact = party_fact(reader, index, countries, covers, end)
        fact.covers.update(covers or clause_places(reader, view, after, countries))
        found.append(AgreementMention(index, end, fact, scoped=True))
    return found


def clause_places(reader, view: SentenceView, index: int, parties: list[str]) -> list[str]:
    """"الاتفاق الأميركي - التركي حول استعمال قاعدة أنجرليك في جنوب تركيا": the places of the clause
    after the name (up to a comma or a word that opens another clause), with a party's country a
    place lies in; a party's capital stands for the party, not for a place."""
    end = clause_end(reader.doc, index, view.sentence.end)
    end = next((i for i in range(index, end) if reader.doc[i].norm_ in lex.CLAUSE_OPENERS), end)
    capitals = {entity.capital for p in parties if (entity := reader.gazetteer.get(p)) is not None}
    places = [p for p in reader.regions.regions_in(index, end) if p not in capitals]
    lying_in = [c for p in places if (c := reader.regions.country_of(p)) in parties and c not in places]
    return list(dict.fromkeys(places + lying_in))


def reader_demonyms(reader, index: int, limit: int) -> tuple[list[str], int]:
    """"الروسية التركية"، "التركي - الأميركي"، "الروسي والتركي": nationality adjectives in a row."""
    countries = []
    while index < limit:
        joint = index + 1 if reader.doc[index].norm_ in DEMONYM_JOINTS and countries else index
        if joint not in reader.demonyms:
            break
        countries.append(reader.demonyms[joint].kb_id_)
        index = reader.demonyms[joint].end
    return countries, index


def party_fact(reader, head: int, countries: list[str], covers: list[str], end: int) -> AgreementFact:
    """"Russian–Turkish agreements on Idlib" in the text's order; the IRI names the states in
    alphabetical order, the same for "الاتفاق التركي الأميركي" and "الاتفاق الأميركي التركي"."""
    adjectives = [reader.gazetteer.get(c).demonym_en or reader.gazetteer.get(c).label_en for c in dict.fromkeys(countries)]
    kind = "agreements" if reader.doc[head].norm_.endswith("ات") else "agreement"
    if covers:
        kind += f" on {reader.regions.label_en(covers[0]) or covers[0].rsplit('/', 1)[-1]}"
    name_en = f"{'–'.join(adjectives)} {kind}"
    fact = AgreementFact(agreement_iri(parties_name(reader, countries, kind)), surface(reader, head, end), name_en, "agreement", dynamic=True)
    fact.parties.update(countries)
    fact.covers.update(covers)
    return fact
