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
from kg.gazetteer.model import COUNTRY, ORGANIZATION, PERSON, REGION, ROLE
from kg.pipeline.gazetteer_matcher import DEMONYM, ENTITY_SPANS, GRAMMAR_SPANS
from kg.pipeline.names import NameReader
from kg.pipeline.title_words import (
    DEFINITE_RE,
    has_article,
    has_proclitic,
    is_construct,
    is_coordinated,
    singular_heads,
)
from kg.pipeline.vocabulary import is_quote
from kg.text.lexicon import BOTH_COUNTRIES_WORDS, COUNTERPART_WORDS, INSTITUTION_HEADS, SIDE_WORDS
from kg.text.name_lexicon import (
    DEPENDENT_NOUNS,
    FORMER_WORDS,
    HONORIFIC_PHRASES,
    OFFICE_MODIFIERS,
    PLURAL_TITLE_HEADS,
    SEAT_PREPOSITIONS,
)
from kg.text.normalize import normalize_text, strip_marks
from kg.vocab import KGR

ROLE_NS = str(KGR) + "role/"
# nouns whose complement a title can be: the name after "نجل الرئيس" is the son's
GENITIVE_HEADS = INSTITUTION_HEADS | DEPENDENT_NOUNS

TITLE = "title"
COUNTERPART = "counterpart"
SIDE = "side"
APPOSITION_PUNCT = frozenset({"،", ",", ":", "-", "–"})
OPENING_BRACKETS = frozenset({"("})
# offices whose bare title, with no state or body after it, is an honorific or a generic job:
# "الأمير فيصل" (a prince), "المستشار هشام" (a judge), "القائد" (a team captain)
SEAT_NEEDED = frozenset(
    f"{ROLE_NS}{name}"
    for name in (
        "emir", "chancellor", "commander", "commander-in-chief", "director-general", "secretary-general",
        "spokesperson", "ambassador", "special-envoy", "un-permanent-representative", "party-leader",
        "president", "vice-president", "head-of-intelligence", "chief-of-general-staff", "parliament-speaker",
    )
)

# envoys and ambassadors: "المبعوث الأممي لليمن" is posted to Yemen, not Yemen's
POSTED_ROLES = frozenset(f"{ROLE_NS}{name}" for name in ("un-envoy", "special-envoy", "ambassador", "un-permanent-representative"))
# offices whose title is also an honorific: an office only where the gazetteer knows it
HONORIFIC_ROLES = frozenset({f"{ROLE_NS}emir"})

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


@dataclass
class Office:
    """One office of a chain with what follows it: nationality adjectives, a state or body."""

    role: Span
    seats: list[str]
    end: int
    both: bool = False
    former: bool = False
    needs_seat: bool = False  # a construct form ("رئيس"، "المتحدث باسم") with nothing after it
    own_seats: tuple[str, ...] = ()  # seats named by adjectives or right after the title


class TitleFinder:
    def __init__(self, doc: Doc, singular_heads: frozenset[str], offices: frozenset = frozenset()):
        self.doc = doc
        self.singular_heads = singular_heads
        self.offices = offices  # (role, seat) of every position in the gazetteer
        self.grammar = {span.start: span for span in doc.spans[GRAMMAR_SPANS]}
        self.entities = {span.start: span for span in doc.spans[ENTITY_SPANS]}
        self.covered = {i for span in doc.spans[ENTITY_SPANS] for i in range(span.start, span.end)}
        grammar_tokens = {i for span in doc.spans[GRAMMAR_SPANS] for i in range(span.start, span.end)}
        self.names = NameReader(doc, self.covered | grammar_tokens)

    def find(self) -> list[TitleMention]:
        mentions = []
        index = 0
        while index < len(self.doc):
            head = self.grammar.get(index)
            mention = None
            if head is not None and head.label_ == ROLE:
                mention = self.title_at(head)
            elif self.doc[index].norm_ in COUNTERPART_WORDS or self.doc[index].norm_ in SIDE_WORDS:
                mention = self.counterpart_or_side_at(index)
            if mention is not None:
                mentions.append(mention)
            named = mention is not None and (mention.name or mention.person)
            index = max(index + 1, mention.end if named else index + 1)
        return mentions

    def skip_quotes(self, index: int) -> int:
        while index < len(self.doc) and (is_quote(self.doc[index]) or self.doc[index].is_space):
            index += 1
        return index

    def demonyms_from(self, index: int, definite: bool | None = None) -> tuple[list[str], int]:
        """Nationality adjectives in a row ("التركي والروسي"), and the index after them.

        After a definite title the adjective is definite too: in "الأمير تركي بن …" the word is a name."""
        countries: list[str] = []
        index = self.skip_quotes(index)
        while index < len(self.doc):
            if self.doc[index].norm_ == "و":
                index = self.skip_quotes(index + 1)
            span = self.grammar.get(index)
            if span is None or span.label_ != DEMONYM or (definite and not DEFINITE_RE.match(strip_marks(span[0].text))):
                break
            countries.append(span.kb_id_)
            index = self.skip_quotes(span.end)
        return countries, index

    def office_at(self, role: Span) -> Office:
        """An office and its seat: "وزير الخارجية الروسي"، "أمير الكويت"، "السفير السعودي لدى الأمم المتحدة"."""
        countries, index = self.demonyms_from(role.end, has_article(role[-1]))
        office = Office(role, countries, index)
        following = self.entities.get(index) or self.entity_overlapping(role)
        posting = role.kb_id_ in POSTED_ROLES and following is not None and has_proclitic(self.doc[following.start])
        if not countries and following is not None and following.label_ in (COUNTRY, ORGANIZATION) and not posting:
            office.seats, office.end = [following.kb_id_], following.end
        elif not countries and index < len(self.doc) and self.doc[index].norm_ in BOTH_COUNTRIES_WORDS:
            office.both, office.end = True, index + 1
        elif not countries:
            office.needs_seat = is_construct(role)
        office.own_seats = tuple(office.seats)
        self.read_modifiers(office)
        return office

    def read_modifiers(self, office: Office) -> None:
        """"الحالي"، "السابق" and a posting after a preposition ("لدى الأمم المتحدة") belong to the
        office; a posting is not the seat: the ambassador to Egypt is not Egypt's."""
        index = office.end
        while index < len(self.doc):
            norm = normalize_text(self.doc[index].text)
            if norm in FORMER_WORDS or norm in OFFICE_MODIFIERS:
                office.former = office.former or norm in FORMER_WORDS
                index += 1
                continue
            seat = self.entities.get(index + 1) if norm in SEAT_PREPOSITIONS else None
            if seat is None or seat.label_ not in (COUNTRY, ORGANIZATION, REGION):
                break
            index = seat.end
        office.end = index

    def chain_from(self, role: Span) -> tuple[list[Office], int]:
        """Offices and honorifics in a row before a name: "ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير"."""
        offices = [self.office_at(role)]
        index = offices[0].end
        while index < len(self.doc):
            index = self.skip_quotes(index)
            span = self.grammar.get(index)
            if span is not None and span.label_ == ROLE and not has_proclitic(span[0]) and not is_coordinated(span[0]):
                offices.append(self.office_at(span))
                index = offices[-1].end
                continue
            after = self.honorific_end(index)
            if after == index:
                break
            index = after
        return offices, index

    def honorific_end(self, index: int) -> int:
        words = [normalize_text(t.text) for t in self.doc[index : index + 4]]
        for phrase in HONORIFIC_PHRASES:
            if tuple(words[: len(phrase)]) == phrase:
                return index + len(phrase)
        return index

    def title_at(self, role: Span) -> TitleMention:
        genitive = self.is_genitive(role)
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
            person, name, end = self.appositive(index, first.end)
        if name is not None and (plural or former or not seats or governing is None):
            name = None  # a discovered person needs an office and the state or body it belongs to
        roles = tuple(dict.fromkeys(o.role.kb_id_ for o in offices if o is governing or self.is_office(o)))
        return TitleMention(
            role.start, end, TITLE, governing.role.kb_id_ if governing else None, seats,
            first.both, person, name, plural, roles, former,
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

    def is_genitive(self, role: Span) -> bool:
        """A title that completes a noun before it ("سفير خادم الحرمين"، "ديوان رئيس الحكومة"):
        the name after it belongs to that noun, not to the office."""
        if is_possessive(role[0]):  # "رئيسه الكاميروني": its president, the office of what came before
            return True
        if role.start == 0:
            return False
        before = self.doc[role.start - 1]
        if has_lam(role[0]):  # "المساعد السياسي لوزير الداخلية X": X is the assistant
            return self.dependent_noun_before(role.start)
        previous_role = next((s for s in self.doc.spans[GRAMMAR_SPANS] if s.end == role.start and s.label_ == ROLE), None)
        if previous_role is not None:
            return is_construct(previous_role)
        return before.norm_ in GENITIVE_HEADS or normalize_text(before.text) in GENITIVE_HEADS

    def dependent_noun_before(self, index: int) -> bool:
        """Whether a noun of a person who serves an office ("المستشار الخاص"، "المساعد السياسي")
        stands right before `index`, its adjectives between."""
        for previous in range(index - 1, max(-1, index - 2 - MAX_ADJECTIVES), -1):
            word = normalize_text(self.doc[previous].text)
            if word.removeprefix("ال") in GENITIVE_HEADS:
                return True
            if not word.startswith("ال"):
                return False
        return False

    def is_office(self, office: Office) -> bool:
        """An office, not an honorific: "الأمير القطري" is the emir, "الأمير الأردني" a prince (no
        emir of Jordan in the gazetteer); "الرئيس" with no state or body is no office of ours."""
        role = office.role.kb_id_
        if role in HONORIFIC_ROLES and has_article(office.role[0]):  # "أمير الكويت" is the emir
            return any((role, seat) in self.offices for seat in office.seats)
        return bool(office.seats) or role not in SEAT_NEEDED

    def is_plural(self, role: Span) -> bool:
        head = role[0].norm_
        return head not in self.singular_heads or head in PLURAL_TITLE_HEADS

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
        person, name, end = self.appositive(after, after)
        if not countries:
            name = None  # "نظيره بول بيا": a discovered person needs the state
        return TitleMention(index, end, COUNTERPART, countries=tuple(countries), person=person, name=name)

    def appositive(self, index: int, fallback: int) -> tuple[str | None, tuple[int, int] | None, int]:
        """A gazetteer person or an unknown name right after the title (commas, quotes, brackets allowed)."""
        quoted = self.skip_quotes(index) > index
        index = self.skip_quotes(index)
        delimited = index < len(self.doc) and (self.doc[index].text in APPOSITION_PUNCT or self.doc[index].text in OPENING_BRACKETS)
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

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        gazetteer, _ = load_gazetteer(Path(self.gazetteer_dir) if self.gazetteer_dir else None)
        self.singular_heads = singular_heads(gazetteer)
        self.offices = frozenset(gazetteer.positions_by_office)

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_titles = TitleFinder(doc, self.singular_heads, self.offices).find()
        return doc


@Language.factory("kg_titles", default_config={"gazetteer_dir": None})
def make_title_component(nlp: Language, name: str, gazetteer_dir: str | None) -> TitleComponent:
    return TitleComponent(nlp, name, gazetteer_dir)


MAX_ADJECTIVES = 2  # "المستشار الخاص لـ…"، "المساعد السياسي لـ…"


def has_lam(token) -> bool:
    """The preposition لـ glued to the word ("لوزير"، "للرئيس")."""
    text = strip_marks(token.text)
    return text.startswith("ل") and normalize_text(text) != token.norm_


def is_possessive(token) -> bool:
    """A noun with an attached "his/its" (ـه), which folding makes look like a feminine title
    ("رئيسه" like "رئيسة")."""
    text = strip_marks(token.text)
    return len(text) > 3 and text.endswith("ه") and token.norm_.endswith("ه")
