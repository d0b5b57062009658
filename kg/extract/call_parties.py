"""Who took part in a call, and who called, from the words around its trigger."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.call_triggers import MAKE, RECEIVE, VERB, Trigger
from kg.extract.facts import ActorMention
from kg.pipeline.vocabulary import is_quote
from kg.extract.call_lexicon import PLURAL_ANAPHORS
from kg.pipeline.gazetteer_matcher import GRAMMAR_SPANS
from kg.text.lexicon import REPORTING_COMPLEMENTIZERS, SOURCE_MARKERS, STOPWORDS
from kg.text.normalize import normalize_text

CLAUSE_OPENERS = REPORTING_COMPLEMENTIZERS | frozenset({"انه", "انها", "انهما", "بانه", "بانها", ":", "؛"})
# words that may stand between a trigger and the parties it introduces
CHAIN_WORDS = frozenset(
    "مع بين كل من و ، , هاتفيا الهاتفي الهاتفيه هاتفي هاتفيه جري جرت ايضا اليوم امس الاول ب ل "
    "تلقاه تلقته تلقياه اجراه اجرته اجرياه نظرايه "
    "مساء صباح ظهر ليله يوم الماضي الجاري الحالي".split()
)
NOT_A_PARTY_BEFORE = frozenset("علي عن ضد حول بشان لدي عند الي".split())
MAX_CHAIN = 30
ADVERBIAL_PREPOSITIONS = frozenset("خلال وخلال في وفي اثناء واثناء عبر بعد وبعد عقب وعقب اثر".split())
SUBJECT_WINDOW = 4


def has_no_clitic(token) -> bool:
    """Whether the token's match key is the token itself (no proclitic was cut)."""
    return normalize_text(token.text) == token.norm_


@dataclass(frozen=True)
class Parties:
    participants: tuple[str, ...]
    initiators: tuple[str, ...]
    plural_reference: bool  # "الرئيسان"، "بينهما": the parties are those of the call just told
    end: int  # token after the last party named after the trigger


def unique(actors) -> tuple[str, ...]:
    return tuple(dict.fromkeys(actors))


class PartyFinder:
    def __init__(self, doc: Doc, mentions: list[ActorMention], date_tokens: set[int]):
        self.doc = doc
        self.grammar_tokens = {i for s in doc.spans[GRAMMAR_SPANS] for i in range(s.start, s.end)}
        self.mentions = mentions
        self.starts = {m.start: m for m in mentions}
        self.date_tokens = date_tokens

    def key(self, index: int) -> str:
        token = self.doc[index]
        return token.norm_ or token.text

    def clause_start(self, sentence_start: int, trigger: Trigger) -> int:
        start = sentence_start
        for index in range(sentence_start, trigger.start):
            if self.key(index) in CLAUSE_OPENERS:
                start = index + 1
        return start

    def left(self, start: int, end: int) -> list[ActorMention]:
        kept = []
        for mention in self.mentions:
            if start <= mention.start and mention.end <= end and not self.after_marker(mention.start, start):
                kept.append(mention)
        return kept

    def after_marker(self, index: int, floor: int) -> bool:
        """A mention governed by "حسب"/"على"/"عن"…: a source or an object, not a party."""
        previous = index - 1
        while previous >= floor and (is_quote(self.doc[previous]) or self.doc[previous].is_space):
            previous -= 1
        if previous < floor:
            return False
        key = self.key(previous)
        return key in NOT_A_PARTY_BEFORE or key in SOURCE_MARKERS or any(
            self.key(i) in SOURCE_MARKERS for i in range(max(floor, index - 3), index)
        )

    def chain(self, index: int, limit: int) -> list[ActorMention]:
        """Mentions right after a trigger, joined by "مع"، "و"، "بين كل من", commas, dates, titles."""
        found: list[ActorMention] = []
        stop = min(limit, index + MAX_CHAIN)
        while index < stop:
            mention = self.starts.get(index)
            if mention is not None:
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
            token.is_space or is_quote(token) or self.key(index) in CHAIN_WORDS
            or index in self.date_tokens or index in self.grammar_tokens
        )

    def skip_unknown_name(self, index: int, stop: int) -> int | None:
        """Up to two unknown words (a misspelt first name) right before a mention."""
        for width in (1, 2):
            after = index + width
            words = [self.doc[i] for i in range(index, min(after, stop))]
            if any(w.is_punct or self.key(w.i) in STOPWORDS for w in words):
                return None
            while after < stop and (is_quote(self.doc[after]) or self.doc[after].is_space):
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
        left = self.left(self.clause_start(sentence_start, trigger), trigger.start)
        inner = [m for m in self.mentions if trigger.start <= m.start and m.end <= trigger.end]
        right = self.chain(trigger.end, sentence_end)
        if len(right) >= 2 and self.key(trigger.end) == "بين":
            left = []  # "المكالمة بين بوتين وبايدن": the parties are those after "بين"
        if right and len(left + inner + right) < 2 and self.is_adverbial(trigger):
            right += self.main_clause_subject(right[-1].end if right else trigger.end, sentence_end)
        participants = unique(a for m in left + inner + right for a in m.actors)
        initiators = self.initiators(trigger, left, inner, right)
        plural = any(self.key(i) in PLURAL_ANAPHORS for i in range(sentence_start, sentence_end))
        return Parties(participants, initiators, plural, right[-1].end if right else trigger.end)

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
                return [mention]
        return []

    def initiators(self, trigger: Trigger, left, inner, right) -> tuple[str, ...]:
        if trigger.frame == RECEIVE:
            return unique(a for m in self.after_min(right) for a in m.actors)
        if trigger.frame == MAKE:
            subject = inner or (left[-2:] if len(left) >= 2 and self.coordinated(left[-2], left[-1]) else left[-1:])
            return unique(a for m in subject for a in m.actors)
        if trigger.frame == VERB:
            subject = left[-2:] if len(left) >= 2 and self.coordinated(left[-2], left[-1]) else left[-1:]
            if not subject and right and not self.has_preposition(right[0]):
                subject = right[:1]
            return unique(a for m in subject for a in m.actors)
        return ()

    def after_min(self, right: list[ActorMention]) -> list[ActorMention]:
        """The mentions after "من" in a "تلقى اتصالاً من" chain."""
        return [m for m in right if self.key(m.start - 1) == "من" or self.doc[m.start].text.startswith("من")] or right[:1]

    def coordinated(self, first: ActorMention, second: ActorMention) -> bool:
        between = [self.key(i) for i in range(first.end, second.start) if not is_quote(self.doc[i])]
        joined_by_wa = normalize_text(self.doc[second.start].text).startswith("و") and not has_no_clitic(self.doc[second.start])
        return between == ["و"] or (not between and joined_by_wa)

