"""Call words whose surroundings show they tell of no call between two actors.

The trigger-level traps (planned, denied, institutions, media nouns) are in call_triggers; these
need the actor mentions: who stands before "يتصل", and whether what follows "مع"/"لـ" is an actor.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.extract import call_lexicon as lex
from kg.extract.call_triggers import ADVERB, NOUN, POSSESSIVE, VERB, Trigger
from kg.extract.facts import ActorMention
from kg.pipeline.vocabulary import is_quote
from kg.text.normalize import normalize_text

# the words between a call noun and the other party: "مع"، "بـ"، "لـ"، "أجرته معه"
TO_PARTY_WORDS = frozenset("مع ب ل معه معها معهم اجرته اجرتها اجراها اجراه اجرياه معي".split())
# a verb of speech this many words before an addressee ("قال الوزير الأردني لـ…")
SAID_TO_WINDOW = 5
# a verb at the start of its clause has its subject after it: "ويتصل أردوغان ببوتين"
CLAUSE_EDGE = frozenset("و ، , : ؛ ان انه انها".split())


class LookalikeCheck:
    def __init__(self, doc: Doc, mentions: list[ActorMention], is_person: Callable[[str], bool]):
        self.doc = doc
        self.is_person = is_person
        self.starts = {m.start: m for m in mentions}
        self.covered = {i for m in mentions for i in range(m.start, m.end)}
        self.ends = {m.end for m in mentions}

    def key(self, index: int) -> str:
        token = self.doc[index]
        return token.norm_ or token.text

    def not_a_call(self, trigger: Trigger, floor: int) -> bool:
        return (
            self.concerns(trigger, floor)
            or self.quoted_medium_after(trigger)
            or (trigger.frame in (ADVERB, NOUN, POSSESSIVE) and self.told_to_non_actor(trigger, floor))
        )

    def concerns(self, trigger: Trigger, floor: int) -> bool:
        """"فيما يتصل بـ"، "مسائل تتصل بأمن الحدود": present "يتصل" with no actor as its subject."""
        if trigger.frame != VERB or trigger.text.split(" ")[0].lstrip("وف") not in lex.CONCERNS_VERBS:
            return False
        previous = self.previous_word(trigger.start, floor)
        if previous is None or self.doc[previous].is_punct or self.key(previous) in CLAUSE_EDGE:
            return False
        return previous + 1 not in self.ends

    def quoted_medium_after(self, trigger: Trigger) -> bool:
        """"في اتصال هاتفي مع «الشرق الأوسط»"، "بـ«سبوتنيك»": a quoted name that is no person."""
        index = trigger.end
        while index < len(self.doc) and (self.doc[index].is_space or self.key(index) in TO_PARTY_WORDS):
            index += 1
        if index >= len(self.doc) or not is_quote(self.doc[index]):
            return False
        after = index + 1
        while after < len(self.doc) and self.doc[after].is_space:
            after += 1
        return not self.names_person(after)

    def names_person(self, index: int) -> bool:
        mention = self.starts.get(index)
        return mention is not None and any(self.is_person(actor) for actor in mention.actors)

    def told_to_non_actor(self, trigger: Trigger, floor: int) -> bool:
        """"قال لعكاظ هاتفياً"، "أكد للصحفيين عبر الهاتف": told to someone who is no actor."""
        for index in range(floor, trigger.start):
            if lex.SAID_VERB_RE.fullmatch(self.key(index)) is None:
                continue
            for after in range(index + 1, min(trigger.start + 1, index + SAID_TO_WINDOW + 1)):
                if self.key(after) in lex.REPORTED_CLAUSE_OPENERS or self.doc[after].is_punct and not is_quote(self.doc[after]):
                    break  # the addressee comes before what was said
                if self.addressee_is_no_actor(after):
                    return not self.quoted_speech_between(after, trigger.start)
        return False

    def quoted_speech_between(self, addressee: int, trigger_start: int) -> bool:
        """"قال للصحفيين: «في مكالمتنا مع أوباما …»": the call is in the words quoted, not the talk."""
        index = addressee + 1
        if self.key(addressee) in ("ل", "لـ"):  # past the quoted name: "لـ«عكاظ»"
            while index < trigger_start and (self.doc[index].is_space or is_quote(self.doc[index])):
                index += 1
            while index < trigger_start and not is_quote(self.doc[index]):
                index += 1
            index += 1
        return any(is_quote(self.doc[i]) for i in range(index, trigger_start))

    def addressee_is_no_actor(self, index: int) -> bool:
        if index >= len(self.doc) or index in self.covered:
            return False
        text = normalize_text(self.doc[index].text)
        key = self.key(index)
        if key in ("ل", "لـ"):  # "لـ«عكاظ»"، "لـ«سبوتنيك»": told to a paper or an agency
            after = index + 1
            while after < len(self.doc) and (self.doc[after].is_space or is_quote(self.doc[after])):
                after += 1
            return not self.names_person(after)
        return text.startswith("ل") and key == text and len(key) > 3 and key not in lex.NOT_AN_ADDRESSEE

    def previous_word(self, index: int, floor: int) -> int | None:
        previous = index - 1
        while previous >= floor and (self.doc[previous].is_space or is_quote(self.doc[previous])):
            previous -= 1
        return previous if previous >= floor else None
