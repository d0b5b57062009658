"""Who took part in a call, and who called, from the words around its trigger."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.call_lexicon import (
    HONORIFIC_WORDS, INITIATIVE_RE, LIST_COUNTERS, PLURAL_ANAPHORS, SHARED_POSSESSIVE_RE, TITLE_WORDS,
)
from kg.extract.call_lists import MAX_OFFICE_WORDS, ListReader, PartyList
from kg.extract.call_triggers import MAKE, POSSESSIVE, RECEIVE, VERB, Trigger
from kg.extract.facts import ActorMention
from kg.extract.sentence_view import SentenceView
from kg.pipeline.vocabulary import is_quote
from kg.pipeline.gazetteer_matcher import GRAMMAR_SPANS
from kg.text.lexicon import REPORTING_COMPLEMENTIZERS, SOURCE_MARKERS, STOPWORDS
from kg.text.normalize import normalize_text

CLAUSE_OPENERS = REPORTING_COMPLEMENTIZERS | frozenset({"انه", "انها", "انهما", "بانه", "بانها", "وانه", "وانها", ":", "؛"})
# words that may stand between a subject and its verb: "وكان العاهل الأردني قد تلقى"
SUBJECT_LINKS = frozenset("قد لقد كان وكان ايضا بدوره بدورها".split())
# words that may stand between a trigger and the parties it introduces
CHAIN_WORDS = frozenset(
    "مع بين كل كلا من الي و ، , هاتفيا الهاتفي الهاتفيه هاتفي هاتفيه جري جرت ايضا اليوم امس الاول ب ل "
    "تلقاه تلقته تلقياه اجراه اجرته اجرياه نظرايه "
    "مساء صباح ظهر ليله ليل الليله البارحه فجر عصر ظهر يوم الماضي الجاري الحالي".split()
)
LIST_COMMAS = frozenset("، ,".split())
# "على التوالي": the n-th receiver took the n-th call
RESPECTIVELY = frozenset("التوالي الترتيب تباعا".split())
# nouns that start a call with its own noun: "اتصال تلقاه X"، "اتصال أجراه X" (the subject after the verb)
CALL_NOUN_FIRST = ("اتصال", "مكالمه")
# a call noun in the accusative after "و": the second object of a verb told before it
COORDINATED_CALL_OBJECTS = frozenset("واتصالا واتصالين واتصالات ومكالمه ومكالمتين".split())
# "نقل عن X قوله": X spoke
SPEECH_NOUNS = frozenset("قوله قولها قولهما قولهم تاكيده تاكيدها".split())
# a mention right after these is an object, a topic or a place ("في باكو"), not a party
NOT_A_PARTY_BEFORE = frozenset("علي عن ضد حول بشان لدي عند الي في".split())
LEFT_WINDOW = 25  # words before "هاتفياً" or a call noun in which its parties are named
MAX_CHAIN = 90  # a list of four callers, each with a chain of offices, is long
ADVERBIAL_PREPOSITIONS = frozenset("خلال وخلال في وفي اثناء واثناء عبر بعد وبعد عقب وعقب اثر".split())
SUBJECT_WINDOW = 4


@dataclass(frozen=True)
class Parties:
    participants: tuple[str, ...]
    initiators: tuple[str, ...]
    plural_reference: bool  # "الرئيسان"، "بينهما": the parties are those of the call just told
    end: int  # token after the last party named after the trigger
    lists: PartyList | None = None  # the parties as lists, to tell several calls apart


def shared_possessive(trigger: Trigger) -> bool:
    """"اتصالهما"، "حديثنا الهاتفي": the possessors are the parties together."""
    return any(SHARED_POSSESSIVE_RE.search(word) for word in trigger.text.split(" "))


def unique(actors) -> tuple[str, ...]:
    return tuple(dict.fromkeys(actors))


class PartyFinder:
    def __init__(self, doc: Doc, mentions: list[ActorMention], date_tokens: set[int], country_of=lambda iri: None, is_person=lambda iri: True):
        self.doc = doc
        self.grammar_tokens = {i for s in doc.spans[GRAMMAR_SPANS] for i in range(s.start, s.end)}
        self.mentions = mentions
        self.starts = {m.start: m for m in mentions}
        self.date_tokens = date_tokens
        self.lists = ListReader(doc, country_of, is_person)
        self.initiative_tokens = self.initiative_phrases()

    def key(self, index: int) -> str:
        token = self.doc[index]
        return token.norm_ or token.text

    def initiative_phrases(self) -> set[int]:
        """Tokens of "بمبادرة من الجانب X"، "بناء على طلب X" and of the actor they name: not a party list."""
        view = SentenceView.of(self.doc[:])
        found: set[int] = set()
        for match in INITIATIVE_RE.finditer(view.keys):
            first, end = view.tokens_of(match)
            while end < len(self.doc) and (self.doc[end].is_space or is_quote(self.doc[end])):
                end += 1
            mention = self.starts.get(end)
            found.update(range(first, mention.end if mention else end))
        return found

    def clause_start(self, sentence_start: int, trigger: Trigger) -> int:
        start = sentence_start
        for index in range(sentence_start, trigger.start):
            if self.key(index) in CLAUSE_OPENERS:
                start = index + 1
        return start

    def left_window(self, start: int, trigger: Trigger) -> int:
        """Where the parties before a call noun or "هاتفياً" may start: the clause, at most a few words back."""
        if trigger.frame in (RECEIVE, MAKE, VERB):
            return start
        return max(start, trigger.start - LEFT_WINDOW)

    def left(self, start: int, end: int) -> list[ActorMention]:
        kept = []
        for mention in self.mentions:
            if start <= mention.start and mention.end <= end and not self.after_marker(mention.start, start):
                if mention.start not in self.initiative_tokens:
                    kept.append(mention)
        speakers = [m for m in kept if self.key(m.start - 1) == "عن" and self.quoted_speaker(m.start)]
        return kept[kept.index(speakers[-1]) :] if speakers else kept  # "نقل المتحدث عن ميركل قولها": not the reporter

    def after_marker(self, index: int, floor: int) -> bool:
        """A mention governed by "حسب"/"على"/"عن"…: a source or an object, not a party."""
        previous = index - 1
        while previous >= floor and (is_quote(self.doc[previous]) or self.doc[previous].is_space):
            previous -= 1
        if previous < floor:
            return False
        key = self.key(previous)
        if key in ("ل", "لـ") and previous + 1 < index:  # "قال لـ«رويترز»": told to, not a party
            return True
        if key == "عن" and self.quoted_speaker(index):  # "نقل عن ميركل قولها خلال مكالمة"
            return False
        return key in NOT_A_PARTY_BEFORE or key in SOURCE_MARKERS or any(
            self.key(i) in SOURCE_MARKERS for i in range(max(floor, index - 3), index)
        )

    def quoted_speaker(self, index: int) -> bool:
        mention = next((m for m in self.mentions if m.start == index), None)
        return mention is not None and mention.end < len(self.doc) and self.key(mention.end) in SPEECH_NOUNS

    def chain(self, index: int, limit: int) -> list[ActorMention]:
        """Mentions right after a trigger, joined by "مع"، "و"، "بين كل من", commas, dates, titles."""
        found: list[ActorMention] = []
        stop = min(limit, index + MAX_CHAIN)
        while index < stop:
            mention = self.starts.get(index)
            if mention is not None and index not in self.initiative_tokens:
                found.append(mention)
                index = mention.end
            elif self.passable(index):
                index += 1
            else:
                index = self.skip_unknown_name(index, stop)
                if index is None:
                    break
        return found

    def passable(self, index: int) -> bool:
        token = self.doc[index]
        return (
            token.is_space or is_quote(token) or self.key(index) in CHAIN_WORDS or self.key(index) in HONORIFIC_WORDS
            or self.is_counter(index)
            or index in self.date_tokens or index in self.grammar_tokens or index in self.initiative_tokens
        )

    def is_counter(self, index: int) -> bool:
        """"الأول مع"، "والآخر من": the words that count the calls of a list."""
        text = normalize_text(self.doc[index].text)
        return text in LIST_COUNTERS or (text.startswith("و") and text[1:] in LIST_COUNTERS)

    def skip_unknown_name(self, index: int, stop: int) -> int | None:
        """Up to two unknown words right before a mention (a misspelt first name, the end of a name:
        "… بن الحسين،"); a run of office words when it starts with a title ("ولي العهد نائب القائد
        الأعلى …"، "ونائب رئيس مجلس الوزراء وزير الداخلية …")."""
        first = normalize_text(self.doc[index].text)
        office = first in TITLE_WORDS or (first.startswith("و") and first[1:] in TITLE_WORDS)
        for width in range(1, (MAX_OFFICE_WORDS if office else 2) + 1):
            after = index + width
            words = [self.doc[i] for i in range(index, min(after, stop))]
            if any(w.is_punct or self.key(w.i) in STOPWORDS for w in words):
                return None
            while after < stop and (is_quote(self.doc[after]) or self.doc[after].is_space or self.key(after) in LIST_COMMAS):
                after += 1
            if after in self.starts:
                return after
        return None

    def sentence_actors(self, sentence) -> tuple[str, ...]:
        """Actors of a sentence's main clause (before "أن") that are not sources or objects."""
        end = next((i for i in range(sentence.start, sentence.end) if self.key(i) in CLAUSE_OPENERS), sentence.end)
        kept = self.left(sentence.start, end)
        return unique(a for m in kept for a in m.actors)

    def has_preposition(self, mention: ActorMention) -> bool:
        """Whether the mention is an object: "بنظيره"، "مع بوتين"، "لبوتين"."""
        first = normalize_text(self.doc[mention.start].text)
        previous = self.key(mention.start - 1) if mention.start > 0 else ""
        return first[:1] in ("ب", "ل") and first != self.key(mention.start) or previous in ("مع", "ب", "ل", "من")

    def parties(self, sentence_start: int, sentence_end: int, trigger: Trigger) -> Parties:
        left = self.left(self.left_window(self.clause_start(sentence_start, trigger), trigger), trigger.start)
        inner = [m for m in self.mentions if trigger.start <= m.start and m.end <= trigger.end and m.start not in self.initiative_tokens]
        right = self.chain(trigger.end, sentence_end)
        if len(right) >= 2 and self.key(trigger.end) == "بين":
            left, inner = [], []  # "المكالمة بين بوتين وبايدن": the parties are those after "بين"
        main = []  # "وخلال مكالمته مع ميركل، شدد بوتين": the subject of the main clause
        if right and len(left + inner + right) < 2 and self.is_adverbial(trigger):
            main = self.main_clause_subject(right[-1].end, sentence_end)
        subject, objects = self.sides(trigger, left, inner, right)
        subject = subject or main
        if trigger.frame == RECEIVE:  # the callers: the list after "من" ("من X رئيس الجمهورية اليمنية")
            objects = self.lists.leading_list(self.after_min(trigger.end, objects))
        elif trigger.frame in (MAKE, VERB) or (trigger.frame == POSSESSIVE and not shared_possessive(trigger)):
            objects = self.lists.leading_list(objects)
        lists = PartyList(
            subjects=self.lists.parties(subject),
            objects=self.lists.parties(objects),
            callers=self.lists.parties(objects) if trigger.frame == RECEIVE else (),
            each=self.says_each(trigger, objects),
            respectively=any(self.key(i) in RESPECTIVELY for i in range(trigger.end, sentence_end)),
        )
        participants = unique(a for party in lists.subjects + lists.objects for a in party)
        initiators = self.initiators(trigger, subject, objects)
        plural = any(self.key(i) in PLURAL_ANAPHORS for i in range(sentence_start, sentence_end))
        plural = plural or (trigger.frame == POSSESSIVE and shared_possessive(trigger))
        return Parties(participants, initiators, plural, right[-1].end if right else trigger.end, lists)

    def sides(self, trigger: Trigger, left, inner, right) -> tuple[list[ActorMention], list[ActorMention]]:
        """Who the wording makes the subject (caller of "أجرى"/"اتصل", receiver of "تلقى") and who the object."""
        if trigger.frame == POSSESSIVE and not shared_possessive(trigger):
            return self.lists.trailing_list(left + inner), right  # "اتصاله": the actor named last before it
        if trigger.frame not in (RECEIVE, MAKE, VERB):
            if normalize_text(self.doc[trigger.start].text) in COORDINATED_CALL_OBJECTS:
                return inner, right  # "تلقى رسالة من X، واتصالاً هاتفياً من Y": X sent the letter
            return left + inner, right
        if inner:
            return self.lists.leading_list(inner), right
        if trigger.text.split(" ")[0] in CALL_NOUN_FIRST:
            if right and not self.has_preposition(right[0]):
                subject = self.lists.leading_list(right)  # "اتصال أجراه الرئيس الإيراني مع نظيره الفرنسي"
                return subject, right[len(subject) :]
            return self.lists.trailing_list(left), right  # "وأكد بوتين في اتصال أجراه مع ماكرون"
        left = left if left and self.next_to_verb(left[-1], trigger) else []
        if not left and trigger.frame == VERB and right and not self.has_preposition(right[0]):
            return right[:1], right[1:]  # "اتصل بوتين بأردوغان"
        return self.lists.trailing_list(left), right

    def next_to_verb(self, subject: ActorMention, trigger: Trigger) -> bool:
        """A subject before its verb stands right before it ("أردوغان يتلقى"، "وكان الملك قد تلقى");
        after a comma or another clause ("…، وتلقى اتصالاً") the verb's subject is left unsaid."""
        between = [self.key(i) for i in range(subject.end, trigger.start) if not self.doc[i].is_space]
        return all(word in SUBJECT_LINKS for word in between)

    def says_each(self, trigger: Trigger, objects: list[ActorMention]) -> bool:
        """"بكل من A وB"، "تلقى كل من X وY": one call with each (but "بين كل من": one call between them)."""
        end = objects[0].start if objects else trigger.end
        keys = [self.key(i) for i in range(trigger.start, end)]
        return any(
            word in ("كل", "كلا") and after == "من" and before != "بين"
            for before, word, after in zip([""] + keys, keys, keys[1:])
        )

    def is_adverbial(self, trigger: Trigger) -> bool:
        """"خلال اتصال هاتفي مع ماكرون، أكد بوتين …": the call is a circumstance of the main clause."""
        if trigger.text.split(" ")[0] in ADVERBIAL_PREPOSITIONS:  # "خلال الاتصال مع بوتين، شدد ماكرون"
            return True
        before = [self.key(i) for i in range(max(0, trigger.start - 2), trigger.start)]
        return bool(before) and (
            before[-1] in ADVERBIAL_PREPOSITIONS or (before[-1] == "اجراء" and before[0] in ADVERBIAL_PREPOSITIONS)
        )

    def main_clause_subject(self, index: int, limit: int) -> list[ActorMention]:
        """The first actor after the adverbial phrase: ", أكد بوتين"."""
        for mention in self.mentions:
            if index <= mention.start < min(limit, index + SUBJECT_WINDOW):
                return [] if self.after_marker(mention.start, index) else [mention]  # not "العمليات ضد داعش"
        return []

    def initiators(self, trigger: Trigger, subject, objects) -> tuple[str, ...]:
        if trigger.frame == RECEIVE:
            return unique(a for party in self.lists.parties(objects) for a in party)
        if trigger.frame in (MAKE, VERB) and len(subject) >= 2 and not objects:
            return ()  # "أجرى كل من ميركل وهولاند مكالمة هاتفية": they called each other
        if trigger.frame in (MAKE, VERB) or (trigger.frame == POSSESSIVE and self.called_with_bi(trigger, subject, objects)):
            return unique(a for party in self.lists.parties(subject) for a in party)
        return ()

    def called_with_bi(self, trigger: Trigger, subject, objects) -> bool:
        """"اتصاله بأردوغان": his call to Erdoğan (not "اتصالهما", not "مكالمته مع")."""
        if not subject or not objects or shared_possessive(trigger):
            return False
        first = normalize_text(self.doc[objects[0].start].text)
        previous = self.key(objects[0].start - 1)
        return (first.startswith("ب") and first != self.key(objects[0].start)) or previous == "ب"

    def after_min(self, trigger_end: int, right: list[ActorMention]) -> list[ActorMention]:
        """The mentions from "من" on in "تلقى اتصالاً من …" (titles may come between): the callers."""
        for position, mention in enumerate(right):
            start = right[position - 1].end if position else trigger_end
            if any(self.key(i) == "من" for i in range(start, mention.start)):
                return right[position:]
        return right[:1]
