"""Finds the words that state a phone call in a sentence, and drops the look-alikes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import call_lexicon as lex
from kg.extract.sentence_view import SentenceView

RECEIVE = "receive"  # X تلقى اتصالاً من Y: Y called
MAKE = "make"  # X أجرى اتصالاً مع Y: X called
VERB = "verb"  # X اتصل بـ Y / X يهاتف Y: X called
RECIPROCAL = "reciprocal"  # تهاتف X و Y / تباحثا هاتفياً: nobody is said to have called
NOUN = "noun"  # اتصال هاتفي بين X و Y
ADVERB = "adverb"  # بحث X مع Y هاتفياً
ANAPHOR = "anaphor"  # خلال الاتصال: the call already told
POSSESSIVE = "possessive"  # خلال اتصاله بـ Y / في مكالمتهما / حديثنا الهاتفي: the possessor is a party

TRIGGER_PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (lex.RECEIVED_NOUN_RE, RECEIVE),
    (lex.MADE_NOUN_RE, MAKE),
    (lex.RECEIVE_RE, RECEIVE),
    (lex.MAKE_RE, MAKE),
    (lex.RECIPROCAL_RE, RECIPROCAL),
    (lex.VERB_CALL_RE, VERB),
    (lex.VERB_PHONE_RE, VERB),
    (lex.POSSESSIVE_RE, POSSESSIVE),
    (lex.NOUN_BETWEEN_RE, NOUN),
    (lex.NOUN_RE, NOUN),
    (lex.NOUN_WITH_PARTY_RE, NOUN),
    (lex.ANAPHOR_RE, ANAPHOR),
    (lex.ADVERB_RE, ADVERB),
)
TRAP_WINDOW = 6  # words before a trigger in which planning or negation words count


@dataclass(frozen=True)
class Trigger:
    start: int  # doc token span
    end: int
    frame: str
    text: str  # the matched keys


def find_triggers(view: SentenceView) -> list[Trigger]:
    """Call triggers of a sentence, most explicit frame first, without overlaps or traps."""
    found: list[Trigger] = []
    for pattern, frame in TRIGGER_PATTERNS:
        for match in pattern.finditer(view.keys):
            start, end = view.tokens_of(match)
            if not any(t.start < end and start < t.end for t in found):
                found.append(Trigger(start, end, frame, match.group(0).strip()))
    return [trigger for trigger in found if not is_trap(view, trigger)]


def is_trap(view: SentenceView, trigger: Trigger) -> bool:
    before = view.keys_list(view.sentence.start, trigger.start)
    window = " ".join(before[-TRAP_WINDOW:])
    sentence = view.keys
    first = trigger.text.split(" ")[0]
    return (
        any(lex.FUTURE_VERB_RE.match(word) for word in [first, *before[-2:]])
        or bool(lex.PLANNED_RE.search(window))
        or bool(lex.REQUESTED_RE.search(window))
        or bool(lex.ATTEMPT_RE.search(" ".join(before[-3:])))
        or bool(lex.NEGATION_RE.search(" ".join(before[-3:])))
        or bool(lex.DENIAL_RE.search(" ".join(before)))
        or bool(lex.NOT_DIPLOMATIC_RE.search(sentence))
        or (bool(before) and bool(lex.INSTITUTION_BEFORE_RE.search(before[-1])) and trigger.frame in (ANAPHOR, NOUN, ADVERB))
        or any(lex.PRESS_TALK_BEFORE_RE.search(word) for word in before[-2:])
        or is_phone_noun(view, trigger, before)
        or not_yet_made(before)
        or is_interview(view, trigger)
        or is_bare_noun(view, trigger)
    )


def not_yet_made(before: list[str]) -> bool:
    """"لإجراء اتصال" (to make a call) or "إجراء اتصال" that nothing says was done ("تم/بعد إجراء")."""
    if not before:
        return False
    if before[-1] == "لاجراء":
        return True
    return before[-1] == "اجراء" and (len(before) < 2 or before[-2] not in lex.DONE_BEFORE_VERBAL_NOUN)


def is_interview(view: SentenceView, trigger: Trigger) -> bool:
    """"قال لـ«الشرق الأوسط» عبر الهاتف"، "في اتصال هاتفي مع وكالة الصحافة الفرنسية"."""
    after = " ".join(view.keys_list(trigger.end, trigger.end + 4))
    if lex.MEDIA_RE.search(after):
        return True
    before = view.keys_list(view.sentence.start, trigger.start)
    opener = max((i for i, word in enumerate(before) if word in lex.REPORTED_CLAUSE_OPENERS), default=-1)
    clause = " ".join(before[opener + 1 :])  # "قالت مصادر لـ«الشرق الأوسط» إن اتصالاً جرى": the call is what was said
    return trigger.frame in (ADVERB, NOUN, POSSESSIVE) and bool(lex.SAID_TO_RE.search(clause))


def is_bare_noun(view: SentenceView, trigger: Trigger) -> bool:
    """"هاتفي" alone is an adjective of something else unless it follows a call noun."""
    return trigger.frame == ADVERB and trigger.text == "هاتفي"


def is_phone_noun(view: SentenceView, trigger: Trigger, before: list[str]) -> bool:
    """"على هاتف ميركل"، "هاتفه الذكي": the noun "phone", not the verb "هاتف" (he phoned)."""
    if trigger.frame != VERB or "هاتف" not in trigger.text:
        return False
    after = view.keys_list(trigger.end, trigger.end + 1)
    return bool(before) and before[-1] in lex.PHONE_NOUN_AFTER or bool(after) and after[0] in lex.PHONE_NOUN_BEFORE
