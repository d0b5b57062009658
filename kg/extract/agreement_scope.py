"""What every kind of agreement mention needs around its name: whether the text tells of a real
agreement (not one wished for, proposed or refused), where its clause ends, its parties, an
honest label from the text's own words."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract import agreement_lexicon as lex
from kg.extract.sentence_view import SentenceView
from kg.gazetteer.model import COUNTRY, ORGANIZATION, REGION
from kg.pipeline.gazetteer_matcher import DEMONYM
from kg.text.normalize import normalize_text, strip_marks

TELLING_WINDOW = 4  # words looked at before a name, linking words not counted
PARTY_WINDOW = 8  # "بين X و Y": tokens after "بين" in which the parties are named
ACTOR_KINDS = (COUNTRY, ORGANIZATION, REGION)  # a capital stands for its state ("بين أنقرة وواشنطن")
QUOTE_CHARS = frozenset("\"'«»“”„‘’()")


def stated_as_real(view: SentenceView, index: int) -> bool:
    """Whether the words around the name tell of an agreement that exists: not one supposed
    ("اتفاق محتمل"); before it, the nearest telling word decides ("نأمل التوصل إلى اتفاق" no, "بعد
    التوصل إلى اتفاق" yes); none at all: yes."""
    if any(word in lex.SUPPOSED_AFTER for word in view.keys_list(index + 1, index + 3)):
        return False
    before = view.keys_list(view.sentence.start, index)
    counted = 0
    for word in reversed(before):
        if word in lex.NOT_IN_FORCE_BEFORE:
            return False
        if word in lex.IN_FORCE_BEFORE or word in lex.CLAUSE_END:
            return True
        if word not in lex.LINKING_WORDS:
            counted += 1
            if counted >= TELLING_WINDOW:
                return True
    return True


def clause_end(doc: Doc, index: int, limit: int) -> int:
    """The first clause boundary (comma, full stop…) at or after `index`, else `limit`."""
    while index < limit and doc[index].norm_ not in lex.CLAUSE_END:
        index += 1
    return index


def skip_quotes(doc: Doc, index: int, limit: int) -> int:
    while index < limit and (doc[index].is_quote or doc[index].is_space):
        index += 1
    return index


def decliticised(token: Token) -> str:
    """The token's written form without the proclitics its key drops ("للاتفاقية" -> "الاتفاقية")."""
    bare = strip_marks(token.text)
    folded, key = normalize_text(bare), token.norm_
    if folded == key or len(folded) != len(bare):
        return bare
    if folded.endswith(key):
        return bare[len(bare) - len(key):]
    if key.startswith("ال") and folded.endswith(key[1:]):  # "لل" + stem: the article's alif was dropped
        return "ا" + bare[len(bare) - len(key) + 1:]
    return bare


def label_of(doc: Doc, start: int, end: int) -> str:
    """The text's own words for tokens [start, end): the first without its proclitic; no quote marks,
    diacritics or tatweel."""
    first = doc[start]
    text = decliticised(first) + (first.whitespace_ + doc[start + 1 : end].text if end > start + 1 else "")
    return " ".join("".join(ch for ch in strip_marks(text) if ch not in QUOTE_CHARS).split())


def actor_at(reader, index: int) -> Span | None:
    """The country, organisation or capital named at token `index`; a people ("الإسرائيليين") or a
    state's institution ("الحكومة التركية") stands for its state (the span of its adjective)."""
    for span in reader.entities:
        if span.start == index and span.label_ in ACTOR_KINDS:
            return span
    if index < len(reader.doc) and reader.doc[index].norm_ in lex.STATE_INSTITUTIONS:
        return reader.demonyms.get(index + 1)
    return reader.demonyms.get(index)


def party_of(reader, span: Span) -> str | None:
    """The actor a span stands for: a country or organisation itself, a capital's state, a people's state."""
    if span.label_ in (COUNTRY, ORGANIZATION, DEMONYM):
        return span.kb_id_
    return reader.gazetteer.country_by_capital.get(span.kb_id_)


def parties_between(reader, index: int, limit: int) -> tuple[list[str], int]:
    """"بين أنقرة وواشنطن"، "بين الإسرائيليين والفلسطينيين"، "مع حزب العمال": the actors named from
    `index` (the word after "بين"/"مع"), joined by "و", and where their list ends."""
    parties: list[str] = []
    end, joined = index, True
    while end < limit:
        end = skip_quotes(reader.doc, end, limit)
        if end < limit and reader.doc[end].norm_ in (lex.AND, "،") and parties:
            end, joined = end + 1, True
            continue
        span = actor_at(reader, end) if end < limit else None
        party = party_of(reader, span) if span is not None else None
        if party is None or not (joined or reader.doc[end].text.startswith(lex.AND)):
            break  # "اتفاق فيينا لإيران": no "و", no second party
        parties.append(party)
        end, joined = span.end, False
    return list(dict.fromkeys(parties)), end


def parties_name(reader, parties: list[str], kind: str) -> str:
    """"Turkey–United States agreement": the parties' states (an organisation by its own name), in
    alphabetical order, so that "الاتفاق التركي الأميركي" and "اتفاق واشنطن وأنقرة" are one agreement."""
    names = []
    for party in dict.fromkeys(parties):
        entity = reader.gazetteer.get(party)
        names.append((entity.label_en or entity.label_ar) if entity else party.rsplit("/", 1)[-1])
    return f"{'–'.join(sorted(names))} {kind}"
