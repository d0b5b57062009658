"""Offices in a title phrase: the role, its nationality adjectives or state or body (the seat), a
posting after a preposition, "السابق"-like modifiers, and chains of offices and honorifics before a
name ("ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير …")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.gazetteer.model import COUNTRY, ORGANIZATION, REGION, ROLE, ROLE_NS
from kg.pipeline.gazetteer_matcher import DEMONYM, ENTITY_SPANS, GRAMMAR_SPANS
from kg.pipeline.title_words import DEFINITE_RE, has_article, has_proclitic, is_construct, is_coordinated
from kg.pipeline.vocabulary import is_quote
from kg.text.lexicon import BOTH_COUNTRIES_WORDS
from kg.text.name_lexicon import FORMER_WORDS, HONORIFIC_PHRASES, OFFICE_MODIFIERS, SEAT_PREPOSITIONS
from kg.text.normalize import normalize_text, strip_marks

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
# "المندوب" alone is a delegate: the permanent representative is "الدائم" or posted to a body
PERMANENT_REPRESENTATIVE = f"{ROLE_NS}un-permanent-representative"
PERMANENT = normalize_text("دائم")
# proclitics that make a state after a title a place, not the office's seat: "بالأردن"، "وروسيا"
# (لـ makes it the seat: "الأمين العام للأمم المتحدة")
PLACE_PROCLITICS = frozenset("بوفك")



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
    posted: bool = False  # a posting after a preposition: "لدى الأمم المتحدة"
    body: bool = False  # the seat is a body, not a state: "رئيس الاتحاد الأوروبي"


class OfficeReader:
    """Reads the offices that start at role spans of a doc."""

    def __init__(self, doc: Doc, offices: frozenset = frozenset(), state_titles: dict[str, str] | None = None):
        self.doc = doc
        self.offices = offices  # (role, seat) of every position in the gazetteer
        self.state_titles = state_titles or {}  # folded title -> the state it names
        self.grammar = {span.start: span for span in doc.spans[GRAMMAR_SPANS]}
        self.entities = {span.start: span for span in doc.spans[ENTITY_SPANS]}

    def skip_quotes(self, index: int) -> int:
        """Quotes and spaces, not a line break: a headline ends at it."""
        while index < len(self.doc) and (is_quote(self.doc[index]) or self.is_blank(index)):
            index += 1
        return index

    def is_blank(self, index: int) -> bool:
        return self.doc[index].is_space and "\n" not in self.doc[index].text

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
        if not countries and self.names_its_state(role):  # "خادم الحرمين الشريفين"
            countries = [self.state_titles[folded(role)]]
        office = Office(role, countries, index)
        following = self.entities.get(index) or self.entity_overlapping(role)
        posting = following is not None and self.is_place_after_title(role, following)
        if not countries and following is not None and following.label_ in (COUNTRY, ORGANIZATION) and not posting:
            office.seats, office.end = [following.kb_id_], following.end
            office.body = following.label_ == ORGANIZATION
        elif not countries and index < len(self.doc) and self.doc[index].norm_ in BOTH_COUNTRIES_WORDS:
            office.both, office.end = True, index + 1
        elif not countries:
            office.needs_seat = is_construct(role)
        office.own_seats = tuple(office.seats)
        self.read_modifiers(office)
        return office

    def names_its_state(self, role: Span) -> bool:
        """A title that names its state, as STATE_TITLES lists them."""
        return folded(role) in self.state_titles

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
            office.posted = office.posted or seat.label_ == ORGANIZATION
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
                if self.names_its_state(role) and span.kb_id_ != role.kb_id_:
                    break  # "هنأ خادم الحرمين الشريفين الرئيس X": the object, not the king's next office
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

    def is_office(self, office: Office) -> bool:
        """An office, not an honorific: "الأمير القطري" is the emir, "الأمير الأردني" a prince (no
        emir of Jordan in the gazetteer); "الرئيس" with no state or body is no office of ours;
        "المندوب الفرنسي" is a delegate, "المندوب الفرنسي لدى الأمم المتحدة" the permanent one."""
        role = office.role.kb_id_
        if role in HONORIFIC_ROLES and DEFINITE_RE.match(strip_marks(office.role[0].text)):  # "أمير الكويت" is the emir
            return any((role, seat) in self.offices for seat in office.seats)
        if role == PERMANENT_REPRESENTATIVE and not office.posted:
            return PERMANENT in normalize_text(office.role.text)
        return bool(office.seats) or role not in SEAT_NEEDED

    def is_place_after_title(self, role: Span, following: Span) -> bool:
        """A state glued to a preposition or conjunction after a title is a place ("خادم الحرمين
        الشريفين بالأردن"); for envoys and ambassadors, "لـ" too: "المبعوث الأممي لليمن" is posted there."""
        token = self.doc[following.start]
        if not has_proclitic(token):
            return False
        return role.kb_id_ in POSTED_ROLES or strip_marks(token.text)[:1] in PLACE_PROCLITICS

    def entity_overlapping(self, role: Span) -> Span | None:
        """"رئيس حكومة الوفاق": an organisation whose name begins inside the title."""
        for start in range(role.start + 1, role.end):
            entity = self.entities.get(start)
            if entity is not None and entity.end > role.end:
                return entity
        return None


def folded(span: Span) -> str:
    return " ".join(token.norm_ for token in span)
