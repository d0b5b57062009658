"""`kg_titles`: title phrases that point at people and countries.

- a role with nationality adjectives or a country, and optionally the name in apposition:
  "وزير الخارجية الروسي، سيرغي لافروف"، "الرئيسان التركي والروسي"، "المتحدث باسم الكرملين"
- a counterpart: "نظيره الروسي (فلاديمير بوتين)"
- a side: "الجانبين التركي والروسي"، "الطرف الروسي"
A name after a title that is not in the gazetteer is kept as `name` (a person to discover).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.gazetteer.loader import load_gazetteer
from kg.gazetteer.model import COUNTRY, ORGANIZATION, PERSON, ROLE, Gazetteer
from kg.pipeline.gazetteer_matcher import DEMONYM, ENTITY_SPANS, GRAMMAR_SPANS
from kg.pipeline.vocabulary import GRAMMAR_WORDS, is_quote
from kg.text.chars import ARABIC_LETTER_RE
from kg.text.normalize import normalize_text, strip_marks
from kg.text.lexicon import BOTH_COUNTRIES_WORDS, COUNTERPART_WORDS, SIDE_WORDS, STOPWORDS

TITLE = "title"
COUNTERPART = "counterpart"
SIDE = "side"
APPOSITION_PUNCT = frozenset({"،", ",", ":", "-", "–"})
MAX_NAME_TOKENS = 4
# name parts after which a word with the article still belongs to the name
NAME_LINKERS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "ام", "بنت", "ذو"})
# words that close an apposition: "…، شتيفن زايبرت، إن" / "سيرغي لافروف قال"
NAME_CLOSERS = frozenset({"ان", "بان", "انه", "انها", "قال", "قالت", "يقول", "تقول", "اكد", "اكدت", "اعلن", "اعلنت", "مع"})
PLURAL_ENDINGS = ("ان", "ين", "اء")

if not Doc.has_extension("kg_titles"):
    Doc.set_extension("kg_titles", default=None)


@dataclass(frozen=True)
class TitleMention:
    start: int  # token span of the whole phrase
    end: int
    kind: str  # title | counterpart | side
    role: str | None = None  # role IRI
    countries: tuple[str, ...] = ()
    both_countries: bool = False  # "البلدين": the two countries the article is about
    person: str | None = None  # gazetteer person named in apposition
    name: tuple[int, int] | None = None  # token span of a name not in the gazetteer
    plural: bool = False


class TitleFinder:
    def __init__(self, doc: Doc, singular_heads: frozenset[str]):
        self.doc = doc
        self.singular_heads = singular_heads
        self.grammar = {span.start: span for span in doc.spans[GRAMMAR_SPANS]}
        self.entities = {span.start: span for span in doc.spans[ENTITY_SPANS]}
        self.covered = {i for span in doc.spans[ENTITY_SPANS] for i in range(span.start, span.end)}

    def find(self) -> list[TitleMention]:
        mentions = []
        for token in self.doc:
            head = self.grammar.get(token.i)
            if head is not None and head.label_ == ROLE:
                mentions.append(self.title_at(head))
            elif token.norm_ in COUNTERPART_WORDS or token.norm_ in SIDE_WORDS:
                mention = self.counterpart_or_side_at(token.i)
                if mention is not None:
                    mentions.append(mention)
        return mentions

    def skip_quotes(self, index: int) -> int:
        while index < len(self.doc) and (is_quote(self.doc[index]) or self.doc[index].is_space):
            index += 1
        return index

    def demonyms_from(self, index: int) -> tuple[list[str], int]:
        """Nationality adjectives in a row ("التركي والروسي"), and the index after them."""
        countries: list[str] = []
        index = self.skip_quotes(index)
        while index < len(self.doc):
            if self.doc[index].norm_ == "و":
                index = self.skip_quotes(index + 1)
            span = self.grammar.get(index)
            if span is None or span.label_ != DEMONYM:
                break
            countries.append(span.kb_id_)
            index = self.skip_quotes(span.end)
        return countries, index

    def title_at(self, role: Span) -> TitleMention:
        countries, index = self.demonyms_from(role.end)
        both = False
        following = self.entities.get(index) or self.entity_overlapping(role)
        if not countries and following is not None and following.label_ in (COUNTRY, ORGANIZATION):
            countries, index = [following.kb_id_], following.end
        elif not countries and index < len(self.doc) and self.doc[index].norm_ in BOTH_COUNTRIES_WORDS:
            both, index = True, index + 1
        person, name, end = self.appositive(index)
        plural = len(countries) > 1 or both or role[0].norm_ not in self.singular_heads
        return TitleMention(role.start, end, TITLE, role.kb_id_, tuple(countries), both, person, name, plural)

    def entity_overlapping(self, role: Span) -> Span | None:
        """"رئيس حكومة الوفاق": an organisation whose name begins inside the title."""
        for start in range(role.start + 1, role.end):
            entity = self.entities.get(start)
            if entity is not None and entity.end > role.end:
                return entity
        return None

    def counterpart_or_side_at(self, index: int) -> TitleMention | None:
        countries, after = self.demonyms_from(index + 1)
        if self.doc[index].norm_ in SIDE_WORDS:
            return TitleMention(index, after, SIDE, countries=tuple(countries)) if countries else None
        person, name, end = self.appositive(after)
        return TitleMention(index, end, COUNTERPART, countries=tuple(countries), person=person, name=name)

    def appositive(self, index: int) -> tuple[str | None, tuple[int, int] | None, int]:
        """A gazetteer person or an unknown name right after the title (commas and quotes allowed)."""
        start = index
        index = self.skip_quotes(index)
        after_comma = index < len(self.doc) and self.doc[index].text in APPOSITION_PUNCT
        if after_comma:
            index = self.skip_quotes(index + 1)
        entity = self.entities.get(index)
        if entity is not None and entity.label_ == PERSON:
            if has_proclitic(self.doc[index]):  # "الرئيس التركي لبوتين": an object, not the name
                return None, None, start
            return entity.kb_id_, None, entity.end
        name_end = self.name_end(index, after_comma)
        if name_end - index >= 2:
            return None, (index, name_end), name_end
        return None, None, start

    def name_end(self, index: int, after_comma: bool) -> int:
        end = index
        while end < len(self.doc) and end - index < MAX_NAME_TOKENS and self.is_name_token(end, index):
            end += 1
            if end < len(self.doc) and is_quote(self.doc[end]):
                break
        return end if self.ends_name(end, after_comma) else index

    def is_name_token(self, index: int, first: int) -> bool:
        token = self.doc[index]
        if token.is_space or token.is_punct or index in self.covered or index in self.grammar:
            return False
        if not ARABIC_LETTER_RE.match(token.text) or token.norm_ in STOPWORDS or token.norm_ in GRAMMAR_WORDS:
            return False
        if has_object_pronoun(token) and self.doc[index - 1].norm_ not in NAME_LINKERS:
            return False  # "هنأه"، "أبلغها": a verb with its object, not a name
        if not has_article(token):  # "إلهام" folds to "الهام" but has no article
            return True
        # a family name with the article is a nisba ("أيمن الصفدي") or follows "عبد"/"أبو" ("أبو الفرقان")
        return index != first and (token.norm_.endswith("ي") or self.doc[index - 1].norm_ in NAME_LINKERS)

    def ends_name(self, end: int, after_comma: bool) -> bool:
        """A name ends the sentence or meets punctuation, a quote, "إن"/"قال"; without a comma, any particle."""
        if end >= len(self.doc):
            return True
        token = self.doc[end]
        if token.is_punct or token.is_space or is_quote(token) or token.norm_ in NAME_CLOSERS:
            return True
        return not after_comma and (token.norm_ in STOPWORDS or has_object_pronoun(token))


def has_article(token) -> bool:
    """The definite article, as written (plain alef): "الصفدي" has it, "إلهام" does not."""
    return strip_marks(token.text).startswith("ال")


def has_object_pronoun(token) -> bool:
    """A word of four letters or more ending in an attached pronoun (ـه، ـها، ـهم، ـهما)."""
    text = strip_marks(token.text)
    return len(text) > 3 and text.endswith(("ه", "ها", "هم", "هما"))


def has_proclitic(token) -> bool:
    """Whether the match key dropped a proclitic (و ب ل ف ك) from the token."""
    folded = normalize_text(token.text)
    return folded != token.norm_ and not folded.startswith("ال") and folded.endswith(token.norm_.removeprefix("ال"))


def singular_heads(gazetteer: Gazetteer) -> frozenset[str]:
    """First words of the roles' singular labels, with and without the article ("الرئيس", "رئيس")."""
    heads = set()
    for role in gazetteer.of_kind(ROLE):
        for label in role.labels_ar:
            first = normalize_text(label).split()[0]
            if not first.endswith(PLURAL_ENDINGS) and not first.endswith("ا"):
                heads.update({first, first.removeprefix("ال"), "ال" + first.removeprefix("ال")})
    return frozenset(heads)


class TitleComponent:
    def __init__(self, nlp: Language, name: str, gazetteer_dir: str | None):
        self.name = name
        self.gazetteer_dir = gazetteer_dir
        self.singular_heads: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        gazetteer, _ = load_gazetteer(Path(self.gazetteer_dir) if self.gazetteer_dir else None)
        self.singular_heads = singular_heads(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_titles = TitleFinder(doc, self.singular_heads).find()
        return doc


@Language.factory("kg_titles", default_config={"gazetteer_dir": None})
def make_title_component(nlp: Language, name: str, gazetteer_dir: str | None) -> TitleComponent:
    return TitleComponent(nlp, name, gazetteer_dir)
