"""Lists of parties and how many calls they make.

Arabic news names the parties of several calls in one list: "تلقى X اتصالات هاتفية من A، وB، وC"
is three calls (X–A, X–B, X–C), each made by its caller; "أجرى X اتصالين هاتفيين بكل من A وB" two
calls made by X. A list item is a conjunct ("و"); mentions with only punctuation between them are
one party in apposition ("الرئيس التركي، رجب طيب أردوغان"), of which the most specific mention counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import product

from spacy.tokens import Doc

from kg.extract.call_lexicon import LIST_COUNTERS, TITLE_WORDS
from kg.extract.facts import ActorMention
from kg.pipeline.vocabulary import is_quote
from kg.text.lexicon import STOPWORDS
from kg.text.normalize import normalize_text

# how specific a mention is: a person's name beats a title, a title beats a counterpart (a person beats
# an organisation or a country in any case)
SPECIFICITY = {"name": 0, "title": 1, "counterpart": 2, "side": 3, "plural": 4, "metonym": 5}
APPOSITION_MARKS = frozenset(", ، - – — ( ) [ ]".split())
MAX_OFFICE_WORDS = 8  # "نائب القائد الأعلى للقوات المسلحة"، "ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع"
MAX_TITLE_WORDS = 4
LINKS = frozenset("مع من ب".split())  # "والثاني مع ميركل"، "والآخر من ميركل"  # "والرئيس"، "ووزير خارجيته"، "ووزير الداخلية البحريني": "و" and a title before a name


@dataclass(frozen=True)
class PartyList:
    """The parties on each side of a call trigger, one tuple of actor IRIs per party."""

    subjects: tuple[tuple[str, ...], ...]
    objects: tuple[tuple[str, ...], ...]
    callers: tuple[tuple[str, ...], ...]  # the objects after "من" of a received call
    each: bool  # "بكل من": one call with each of the objects
    respectively: bool  # "على التوالي": the n-th subject with the n-th object


@dataclass(frozen=True)
class Pairing:
    """How the wording pairs the parties: who is on which side, how many calls the noun says."""

    several: bool  # a dual or plural call noun: "اتصالين"، "اتصالات"
    received: bool  # "تلقى … من": the objects called the subjects
    callers_known: bool  # the subjects called ("أجرى"، "اتصل"): each call is initiated by its subject


class ListReader:
    def __init__(self, doc: Doc, country_of: Callable[[str], str | None], is_person: Callable[[str], bool]):
        self.doc = doc
        self.country_of = country_of
        self.is_person = is_person

    def key(self, index: int) -> str:
        token = self.doc[index]
        return token.norm_ or token.text

    def conjoined(self, first: ActorMention, second: ActorMention) -> bool:
        """Whether "و" joins the second mention to the first: "وماكرون"، "، ووزير خارجيته سامح شكري"
        (a few title words may stand between "و" and the name)."""
        between = [i for i in range(first.end, second.start) if self.is_word(i)]
        if not between or self.has_and(second.start):  # "وماكرون"; "… الثاني بن الحسين، وملك البحرين"
            return self.has_and(second.start) and self.few_plain_words(between)
        rest = [i for i in between[1:] if self.key(i) not in LINKS]
        office = normalize_text(self.doc[between[0]].text)[1:] in TITLE_WORDS  # "، ونائب رئيس مجلس الوزراء …"
        return self.has_and(between[0]) and self.few_plain_words(rest, MAX_OFFICE_WORDS if office else MAX_TITLE_WORDS)

    def few_plain_words(self, indices: list[int], most: int = MAX_TITLE_WORDS) -> bool:
        """The end of a name or a title: a few words, none a function word."""
        return len(indices) < most and not any(self.key(i) in STOPWORDS for i in indices)

    def has_and(self, index: int) -> bool:
        text = normalize_text(self.doc[index].text)
        if text.startswith("و") and text[1:] in TITLE_WORDS | LIST_COUNTERS:  # "وصاحب السمو"، "والثاني مع"
            return True
        return self.key(index) == "و" or (text.startswith("و") and len(text) > len(self.key(index)))

    def is_word(self, index: int) -> bool:
        token = self.doc[index]
        return not (token.is_space or is_quote(token) or token.text in APPOSITION_MARKS)

    def in_apposition(self, first: ActorMention, second: ActorMention) -> bool:
        """One party named twice: "الرئيس الروسي، فلاديمير بوتين"، "ولي عهد أبوظبي الشيخ محمد بن زايد".

        Punctuation alone between the mentions, and no proclitic on the second; with nothing at all
        between them, a name and an office, a country and a name (the seat of an office: "ولي العهد
        … بمملكة البحرين الأمير سلمان"), a place standing for its ruler or the same actor twice
        ("أبلغ أردوغان نظيره الروسي" is a subject and its object)."""
        between = [t for t in self.doc[first.end : second.start] if not t.is_space and not is_quote(t)]
        no_clitic = normalize_text(self.doc[second.start].text) == self.key(second.start)
        if no_clitic and self.is_office_run([t for t in between if t.text not in APPOSITION_MARKS]):
            return True  # "ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الشيخ محمد بن زايد"
        if not no_clitic or not all(t.text in APPOSITION_MARKS for t in between):
            return False
        if between:
            return True
        named_with_office = {first.via, second.via} == {"name", "title"} and not self.names_country(first, second)
        seat_of_office = self.names_country(first) != self.names_country(second)  # "… بمملكة البحرين الأمير سلمان"
        return (
            named_with_office or seat_of_office or self.same_country_offices(first, second) or "metonym" in (first.via, second.via)
            or bool(set(first.actors) & set(second.actors))
        )

    def is_office_run(self, words) -> bool:
        """A title and its office words: "نائب رئيس مجلس الوزراء وزير الداخلية"."""
        return (
            bool(words) and len(words) <= MAX_OFFICE_WORDS and normalize_text(words[0].text) in TITLE_WORDS
            and not any(t.is_punct or self.key(t.i) in STOPWORDS for t in words)
        )

    def names_person(self, mention: ActorMention) -> bool:
        return any(self.is_person(a) for a in mention.actors)

    def names_country(self, *mentions: ActorMention) -> bool:
        """"وزيري دفاع البلدين تركيا وروسيا": a country named after an office is no apposition of it."""
        return any(all(self.country_of(a) == a for a in m.actors) for m in mentions)

    def same_country_offices(self, first: ActorMention, second: ActorMention) -> bool:
        """"نائب رئيس مجلس الوزراء وزير الداخلية الإماراتي": two offices of one person, one country."""
        countries = {self.country_of(a) for a in first.actors + second.actors}
        return first.via == second.via == "title" and len(countries) == 1 and None not in countries

    def groups(self, mentions: list[ActorMention]) -> list[list[ActorMention]]:
        grouped: list[list[ActorMention]] = []
        for mention in mentions:
            if grouped and (self.in_apposition(grouped[-1][-1], mention) or self.in_office_title(grouped[-1], mention)):
                grouped[-1].append(mention)
            else:
                grouped.append([mention])
        return grouped

    def in_office_title(self, group: list[ActorMention], mention: ActorMention) -> bool:
        """"مساهل، وزير الشؤون المغاربية والاتحاد الأفريقي والجامعة العربية": bodies named in a person's
        office after his name are no parties of their own."""
        if self.names_person(mention) or not self.names_person(group[0]):
            return False
        if len(group) >= 2 and not self.names_person(group[-1]):
            return self.conjoined(group[-1], mention)
        between = [t for t in self.doc[group[-1].end : mention.start] if not t.is_space and t.text not in APPOSITION_MARKS]
        return self.is_office_run(between)

    def parties(self, mentions: list[ActorMention]) -> tuple[tuple[str, ...], ...]:
        """One party per list item; a plural mention ("الرئيسان التركي والروسي") is one per actor."""
        found: list[tuple[str, ...]] = []
        for group in self.groups(mentions):
            best = min(group, key=lambda m: (not self.names_person(m), SPECIFICITY.get(m.via, 9), group.index(m)))
            found.extend((actor,) for actor in best.actors)
        return tuple(dict.fromkeys(found))

    def leading_list(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """The first list item and the items conjoined to it: the subject between a verb and its object."""
        if not mentions:
            return []
        kept = [mentions[0]]
        for mention in mentions[1:]:
            if not (self.in_apposition(kept[-1], mention) or self.conjoined(kept[-1], mention)):
                break
            kept.append(mention)
        return kept

    def trailing_list(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """The last list item and the items conjoined before it: the subject right before a verb."""
        if not mentions:
            return []
        kept = [mentions[-1]]
        for mention in reversed(mentions[:-1]):
            if not (self.in_apposition(mention, kept[0]) or self.conjoined(mention, kept[0])):
                break
            kept.insert(0, mention)
        return kept


def paired_calls(parties: PartyList, pairing: Pairing) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(participants, initiators) of every call a list states; [] when the wording states one call."""
    if pairing.received:
        callers, called = parties.callers, parties.subjects
        split_callers = len(callers) >= 2
        split_called = (pairing.several or parties.each) and len(called) >= 2
    else:
        callers, called = parties.subjects, parties.objects
        split_called = (pairing.several or parties.each) and len(called) >= 2
        split_callers = pairing.several and len(callers) >= 2
    if pairing.callers_known and not callers and len(called) >= 2:
        return [(party, ()) for party in called]  # "وأجرى اتصالاً بالرئيس الصيني، وبالرئيس الأميركي": caller unsaid
    if not (split_callers or split_called):
        return []
    # a side the text leaves unnamed ("وتلقى اتصالات من A وB"): A and B did not call each other
    caller_groups = [(c,) for c in callers] if split_callers else [tuple(callers)]
    called_groups = [(c,) for c in called] if split_called else [tuple(called)]
    if parties.respectively and split_callers and split_called and len(callers) == len(called):
        pairs = list(zip(caller_groups, called_groups))
    else:
        pairs = list(product(caller_groups, called_groups))
    initiating = pairing.received or pairing.callers_known
    calls = []
    for caller_group, called_group in pairs:
        caller_actors = tuple(a for party in caller_group for a in party)
        participants = tuple(dict.fromkeys(caller_actors + tuple(a for party in called_group for a in party)))
        calls.append((participants, caller_actors if initiating else ()))
    return calls
