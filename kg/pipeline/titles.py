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
from kg.gazetteer.model import PERSON, ROLE
from kg.pipeline.gazetteer_matcher import ENTITY_SPANS, GRAMMAR_SPANS
from kg.pipeline.names import NameReader
from kg.pipeline.offices import Office, OfficeReader
from kg.pipeline.title_context import in_sports_context, is_genitive, is_possessive, is_quoted
from kg.pipeline.title_words import has_proclitic, is_coordinated, singular_heads, state_titles
from kg.text.lexicon import COUNTERPART_WORDS, SIDE_WORDS
from kg.text.name_lexicon import PLURAL_TITLE_HEADS
from kg.pipeline.focus import may_tell_of_a_call

TITLE = "title"
COUNTERPART = "counterpart"
SIDE = "side"
# a colon after a title opens what the office holder said ("رئيس وزراء ماليزيا: سنرسل …")
APPOSITION_PUNCT = frozenset({"،", ",", "-", "–"})
OPENING_BRACKETS = frozenset({"("})

if not Doc.has_extension("kg_titles"):
    Doc.set_extension("kg_titles", default=None)


@dataclass(frozen=True)
class TitleMention:
    start: int  # token span of the whole phrase
    end: int
    kind: str  # title | counterpart | side
    role: str | None = None  # role IRI: the office that governs the name
    countries: tuple[str, ...] = ()  # seats: states, or bodies ("الأمين العام للأمم المتحدة")
    both_countries: bool = False  # "البلدين": the two countries the article is about
    person: str | None = None  # gazetteer person named in apposition
    name: tuple[int, int] | None = None  # token span of a name not in the gazetteer
    plural: bool = False
    roles: tuple[str, ...] = ()  # every office of a chain, the governing one first
    former: bool = False  # "الرئيس الأسبق": not the office holder of the article's day
    # the title completes a noun before it ("سفير خادم الحرمين"، "مستشار الرئيس الأمريكي"): the
    # person who acts is that noun's, not this office's holder
    possessor: bool = False


class TitleFinder(OfficeReader):
    def __init__(self, doc: Doc, singular_heads: frozenset[str], offices: frozenset = frozenset(),
                 state_titles: dict[str, str] | None = None):
        super().__init__(doc, offices, state_titles)
        self.singular_heads = singular_heads
        self.role_ends = {span.end: span for span in doc.spans[GRAMMAR_SPANS] if span.label_ == ROLE}
        # where a person's name ends: a title right after it is that person's ("السيسي رئيس مصر،")
        self.name_ends = {span.end for span in doc.spans[ENTITY_SPANS] if span.label_ == PERSON}
        self.covered = {i for span in doc.spans[ENTITY_SPANS] for i in range(span.start, span.end)}
        grammar_tokens = {i for span in doc.spans[GRAMMAR_SPANS] for i in range(span.start, span.end)}
        self.names = NameReader(doc, self.covered | grammar_tokens)

    def find(self) -> list[TitleMention]:
        mentions = []
        index = 0
        while index < len(self.doc):
            head = self.grammar.get(index)
            mention = None
            if head is not None and head.label_ == ROLE and not is_quoted(self.doc, head):
                mention = self.title_at(head)
            elif self.doc[index].norm_ in COUNTERPART_WORDS or self.doc[index].norm_ in SIDE_WORDS:
                mention = self.counterpart_or_side_at(index)
            if mention is not None:
                mentions.append(mention)
                if mention.name:
                    self.name_ends.add(mention.name[1])
            named = mention is not None and (mention.name or mention.person)
            index = max(index + 1, mention.end if named else index + 1)
        return mentions

    def title_at(self, role: Span) -> TitleMention:
        genitive = is_genitive(self.doc, role, self.role_ends)
        offices, index = self.chain_from(role)
        first = offices[0]
        if first.needs_seat or genitive:
            # "مستشار الرئيس الأمريكي X"، "نجل الرئيس X"، "سفير خادم الحرمين لدى الأردن X": the name
            # and the seat belong to the noun before, not to the office
            offices, index = [first], first.end
        seats = tuple(dict.fromkeys(seat for office in offices for seat in office.seats))
        if genitive:
            seats = tuple(seat for seat in seats if seat in first.own_seats)
        governing = next((o for o in offices if self.is_office(o)), None)
        plural = len(first.seats) > 1 or first.both or self.is_plural(role)
        former = any(office.former for office in offices)
        person, name, end = None, None, first.end
        if not first.needs_seat and not genitive:
            person, name, end = self.appositive(index, first.end, self.follows_name(role.start))
        if name is not None and (plural or former or not seats or governing is None or self.sports_body(role, first)
                                 or self.names_its_state(role)):
            # a discovered person needs an office and the state or body it belongs to; the holders
            # of a title that names its state ("خادم الحرمين الشريفين") are all in the gazetteer
            name = None
        roles = tuple(dict.fromkeys(o.role.kb_id_ for o in offices if o is governing or self.is_office(o)))
        return TitleMention(
            role.start, end, TITLE, governing.role.kb_id_ if governing else None, seats,
            first.both, person, name, plural, roles, former, genitive and not is_possessive(role[0]),
        )

    def person_after_given_names(self, index: int) -> Span | None:
        """"رجب طيب أردوغان": the gazetteer knows the family name, the given names come before it."""
        for start in range(index + 1, min(index + 4, len(self.doc))):
            entity = self.entities.get(start)
            if entity is not None and entity.label_ == PERSON and not has_proclitic(self.doc[start]):
                # "(الرئيس التركي رجب طيب) إردوغان": an editor's bracket may close before the family name
                if all(self.doc[i].text == ")" or not self.names.is_stop(i, i == index) for i in range(index, start)):
                    return entity
        return None

    def follows_name(self, index: int) -> bool:
        """A title right after a person's name, or after a comma after it, describes that person:
        "عبد الفتاح السيسي رئيس جمهورية مصر العربية، شهد …"; after "و" it opens the next item of a
        list: "جون كيري، وسفيرة الولايات المتحدة لدى الأمم المتحدة، سامانثا باور"."""
        if is_coordinated(self.doc[index]):
            return False
        if index > 0 and self.doc[index - 1].text in APPOSITION_PUNCT:
            index -= 1
        return index in self.name_ends

    def sports_body(self, role: Span, office: Office) -> bool:
        """An office of a body (no state) in a report on football: a sports federation's."""
        return office.body and in_sports_context(self.doc, role.start)

    def is_plural(self, role: Span) -> bool:
        head = role[0].norm_
        return head not in self.singular_heads or head in PLURAL_TITLE_HEADS

    def counterpart_or_side_at(self, index: int) -> TitleMention | None:
        countries, after = self.demonyms_from(index + 1)
        if self.doc[index].norm_ in SIDE_WORDS:
            return TitleMention(index, after, SIDE, countries=tuple(countries)) if countries else None
        person, name, end = self.appositive(after, after)
        if not countries:
            name = None  # "نظيره بول بيا": a discovered person needs the state
        return TitleMention(index, end, COUNTERPART, countries=tuple(countries), person=person, name=name)

    def appositive(self, index: int, fallback: int, described: bool = False) -> tuple[str | None, tuple[int, int] | None, int]:
        """A gazetteer person or an unknown name right after the title (commas, quotes, brackets
        allowed). `described`: the title describes a name before it, so a comma closes it."""
        quoted = self.skip_quotes(index) > index
        index = self.skip_quotes(index)
        delimited = index < len(self.doc) and (self.doc[index].text in APPOSITION_PUNCT or self.doc[index].text in OPENING_BRACKETS)
        if delimited and described:
            return None, None, fallback
        if delimited:
            index = self.skip_quotes(index + 1)
        entity = self.entities.get(index)
        if entity is not None and entity.label_ == PERSON:
            if has_proclitic(self.doc[index]):  # "الرئيس التركي لبوتين": an object, not the name
                return None, None, fallback
            return entity.kb_id_, None, entity.end
        person = self.person_after_given_names(index)
        if person is not None:
            return person.kb_id_, None, person.end
        name_end = self.names.read(index, delimited or quoted) if index < len(self.doc) else None
        if name_end is not None:
            return None, (index, name_end), name_end
        return None, None, fallback


class TitleComponent:
    def __init__(self, nlp: Language, name: str, gazetteer_dir: str | None):
        self.name = name
        self.gazetteer_dir = gazetteer_dir
        self.singular_heads: frozenset[str] = frozenset()
        self.offices: frozenset = frozenset()
        self.state_titles: dict[str, str] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        gazetteer, _ = load_gazetteer(Path(self.gazetteer_dir) if self.gazetteer_dir else None)
        self.singular_heads = singular_heads(gazetteer)
        self.offices = frozenset(gazetteer.positions_by_office)
        self.state_titles = state_titles(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_titles = TitleFinder(doc, self.singular_heads, self.offices, self.state_titles).find() if may_tell_of_a_call(doc) else []
        return doc


@Language.factory("kg_titles", default_config={"gazetteer_dir": None})
def make_title_component(nlp: Language, name: str, gazetteer_dir: str | None) -> TitleComponent:
    return TitleComponent(nlp, name, gazetteer_dir)
