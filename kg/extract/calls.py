"""Call extractor: Doc in, one CallMention per sentence that states a call."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract import call_lexicon as lex
from kg.extract.call_lexicon import CONTINUATION_SENTENCES, INITIATIVE_RE, OTHER_EVENT_BEFORE_DATE
from kg.extract.call_lists import Pairing, paired_calls
from kg.extract.call_lookalikes import LookalikeCheck
from kg.extract.call_parties import Parties, PartyFinder, unique
from kg.extract.call_triggers import ADVERB, ANAPHOR, MAKE, NOUN, POSSESSIVE, RECEIVE, VERB, Trigger, find_triggers
from kg.extract.facts import ActorMention, CallMention, Evidence
from kg.extract.sentence_view import SentenceView
from kg.pipeline.focus import in_focus
from kg.text.boilerplate import in_ranges
from kg.pipeline.sentences import sentence_spans, span_text

# "تلتها بعد يوم واحد"، "في اليوم التالي": a date counted from the call told before
AFTER_PREVIOUS_RE = re.compile(r"(?<!\S)(?:بعد (?:يوم واحد|يوم|يومين)|في اليوم التالي|غداه|اليوم التالي)(?!\S)")
DAYS_AFTER = {"يومين": 2}


# the parties of the call just told, as the subject of a following sentence
CONTINUATION_SUBJECT_RE = re.compile(r"(?<!\S)(?:الرييسان|الرييسين|الزعيمان|الزعيمين|زعماء|الزعماء|الوزيران|الوزيرين|الجانبان)(?!\S)")
# a sentence about a meeting is not about the call
MEETING_RE = re.compile(r"(?<!\S)(?:التقي|التقيا|لقاء|اللقاء|اجتماع|الاجتماع|اجتمع|قمه|القمه|زياره|الزياره)(?!\S)")
REFERS_BACK_RE = re.compile(r"(?<!\S)(?:بينهما|بينهم|ذلك|الجانبين|الطرفين)(?!\S)")


def refers_back(view: SentenceView) -> bool:
    """"جاء ذلك في اتصال هاتفي جرى بينهما": the parties are named in the sentence before."""
    return bool(REFERS_BACK_RE.search(view.keys))


def evidence_of(sentence: Span, article_id: str) -> Evidence:
    text = sentence.text
    stripped = text.strip()
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return Evidence(article_id, start, start + len(stripped), stripped)


def main_triggers(triggers: list[Trigger]) -> list[Trigger]:
    """"هاتفياً" or "خلال الاتصال" only qualify a call verb or noun when there is one."""
    strong = [t for t in triggers if t.frame not in (ADVERB, ANAPHOR)]
    return sorted(strong or triggers, key=lambda t: t.start)


class CallReader:
    def __init__(self, doc: Doc, mentions: list[ActorMention], article_id: str, published: dt.date | None, country_of=None, is_person=None):
        self.doc = doc
        self.country_of = country_of or (lambda iri: None)
        self.article_id = article_id
        self.published = published
        self.dates = [d for d in (doc._.kg_dates or [])]
        date_tokens = {t.i for d in self.dates for t in doc.char_span(d.start, d.end, alignment_mode="expand") or []}
        is_person = is_person or (lambda iri: self.country_of(iri) != iri)
        self.parties = PartyFinder(doc, mentions, date_tokens, self.country_of, is_person)
        self.lookalikes = LookalikeCheck(doc, mentions, is_person)

    def read(self, content: list[tuple[int, int]], regions_of) -> list[CallMention]:
        mentions: list[CallMention] = []
        previous: Span | None = None
        sentences = [s for s in sentence_spans(self.doc) if in_ranges(s.start_char, content) and span_text(s).strip()]
        for index, sentence in enumerate(sentences):
            if not in_focus(self.doc, sentence):  # no trigger near it (kg.extract.prefilter)
                previous = sentence
                continue
            found = self.read_sentence(sentence, index, regions_of, previous, mentions)
            mentions.extend(found or self.continuation(sentence, index, regions_of, mentions))
            previous = sentence
        return mentions

    def read_sentence(self, sentence: Span, index: int, regions_of, previous, told) -> list[CallMention]:
        """One mention per call the sentence tells: triggers with other parties are other calls."""
        view = SentenceView.of(sentence)
        triggers = main_triggers(find_triggers(view))
        found: list[CallMention] = []
        floor = sentence.start
        for position, trigger in enumerate(triggers):
            ceiling = triggers[position + 1].start if position + 1 < len(triggers) else sentence.end
            segment, chain_end = self.read_segment(view, trigger, (floor, ceiling), index, regions_of, previous, told + found)
            new = [m for m in segment if not any(set(m.participants) <= set(f.participants) for f in found)]
            if new:
                found.extend(new)
                floor = chain_end
        return found

    def read_segment(self, view, trigger, bounds, index, regions_of, previous, told) -> tuple[list[CallMention], int]:
        """The calls one trigger states: one, or one per caller or callee of a list."""
        sentence = view.sentence
        found = self.parties.parties(bounds[0], bounds[1], trigger)
        if self.lookalikes.not_a_call(trigger, self.parties.clause_start(bounds[0], trigger)):
            return [], found.end
        if not told and self.bare_contact(view, trigger):
            return [], found.end  # "على الاتصال بإسرائيل"، "تأمينات الاتصال": contact, no call told before
        participants = found.participants
        if lex.FIRST_PERSON_RE.search(trigger.text):  # "حديثنا الهاتفي": the speaker is a party
            participants = unique(participants + self.parties.sentence_actors(sentence))
        if len(participants) < 2 and previous is not None and not told and (refers_back(view) or found.plural_reference):
            participants = unique(participants + self.parties.sentence_actors(previous))
        initiators = self.initiators(view, trigger, found)
        mention = CallMention(
            participants=self.without_represented_countries(participants),
            initiators=initiators,
            date=self.date_after_previous(bounds, told) or self.call_date(bounds, trigger, told),
            elsewhen=self.dated_to_another_month(bounds, trigger),
            about=(),
            evidence=evidence_of(sentence, self.article_id),
            sentence_index=index,
            anaphoric=trigger.frame == ANAPHOR or found.plural_reference or self.definite_without_parties(trigger, found),
        )
        calls = [replace(mention, participants=p, initiators=i) for p, i in self.listed_calls(view, trigger, found)] or [mention]
        calls = [replace(c, participants=self.without_represented_countries(c.participants)) for c in calls]
        return [
            replace(c, about=regions_of(sentence, unique(c.participants + found.participants)), anaphoric=c.anaphoric or len(c.participants) < 2)
            for c in calls
        ], found.end

    def initiators(self, view: SentenceView, trigger: Trigger, found: Parties) -> tuple[str, ...]:
        """Who called: the verb's cue, or "بمبادرة من X"، which outranks "أجرى" (the weakest cue)."""
        initiative = self.initiative(view)
        if initiative and trigger.frame not in (RECEIVE, VERB):
            return initiative
        return found.initiators or initiative

    def listed_calls(self, view, trigger: Trigger, found: Parties) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """"تلقى X اتصالات من A وB"، "أجرى X اتصالين بكل من A وB": one call per pair the wording makes."""
        if found.lists is None:
            return []
        object_words = trigger.text.split(" ")[-2:]
        pairing = Pairing(
            several=any(lex.DUAL_CALLS_RE.search(w) or lex.PLURAL_CALLS_RE.search(w) for w in object_words),
            received=trigger.frame == RECEIVE,
            callers_known=trigger.frame in (MAKE, VERB) or (trigger.frame == POSSESSIVE and bool(found.initiators)),
        )
        initiative = self.initiative(view)
        return [(p, initiative or i) for p, i in paired_calls(found.lists, pairing)]

    def bare_contact(self, view: SentenceView, trigger: Trigger) -> bool:
        """"الاتصال" alone, neither a circumstance ("خلال الاتصال") nor followed by its parties, may be "contact"."""
        after = view.keys_list(trigger.end, trigger.end + 1)
        return (
            trigger.frame == ANAPHOR and trigger.text.endswith("الاتصال")
            and not lex.CIRCUMSTANCE_RE.match(trigger.text) and after[:1] not in (["بين"], ["مع"])
        )

    def definite_without_parties(self, trigger: Trigger, found: Parties) -> bool:
        """"خلال الاتصال الهاتفي" (no "بين"/"مع" after it) tells of the call already told."""
        first = trigger.text.split(" ")[0]
        return trigger.frame == NOUN and first.lstrip("وف").startswith("ال") and found.end == trigger.end

    def continuation(self, sentence: Span, index: int, regions_of, told: list[CallMention]) -> list[CallMention]:
        """A sentence right after a call whose subject is the call's parties ("الرئيسان"، "أردوغان
        وبوتين") tells what was discussed: it adds evidence and topics to that call."""
        last = next((m for m in reversed(told) if len(m.participants) >= 2), None)
        if last is None or index - told[-1].sentence_index > CONTINUATION_SENTENCES:
            return []
        keys = SentenceView.of(sentence).keys
        if MEETING_RE.search(keys):
            return []
        named = set(self.parties.sentence_actors(sentence))
        if not (set(last.participants) <= named or CONTINUATION_SUBJECT_RE.search(keys)):
            return []
        about = regions_of(sentence, last.participants)
        return [CallMention((), (), None, about, evidence_of(sentence, self.article_id), index, anaphoric=True)]

    def date_after_previous(self, bounds: tuple[int, int], told: list[CallMention]) -> dt.date | None:
        days = self.days_after_previous(self.doc[bounds[0] : bounds[1]])
        dated = [m.date for m in told if m.date is not None]
        return dated[-1] + dt.timedelta(days=days) if days and dated else None

    def without_represented_countries(self, participants: tuple[str, ...]) -> tuple[str, ...]:
        """"وزيرا دفاع البلدين تركيا وروسيا": a country is not a party beside its own minister."""
        people_countries = {self.country_of(p) for p in participants if self.country_of(p) not in (None, p)}
        return tuple(p for p in participants if p not in people_countries)

    def initiative(self, view: SentenceView) -> tuple[str, ...]:
        """"بمبادرة من الجانب التركي": the actors right after the phrase."""
        match = INITIATIVE_RE.search(view.keys)
        if match is None:
            return ()
        _, end = view.tokens_of(match)
        named = [m for m in self.parties.mentions if end <= m.start < view.sentence.end and m.start in self.parties.initiative_tokens]
        return tuple(a for m in named[:1] for a in m.actors)

    def call_date(self, bounds: tuple[int, int], trigger: Trigger, told: list[CallMention]) -> dt.date | None:
        """The day-precise date nearest the trigger that is not another event's nor an earlier call's
        (a date inside the trigger, "الاتصال الذي جرى مساء الثلاثاء بين"، is the call's own)."""
        candidates = []
        segment = self.doc[bounds[0] : bounds[1]]
        sentence = segment.sent
        taken = {m.date for m in told if m.evidence.start == evidence_of(sentence, self.article_id).start}
        for mention in self.dates:
            if not (segment.start_char <= mention.start < segment.end_char) or mention.value in taken:
                continue
            token = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            first = token.start if token is not None else 0
            inside = trigger.frame == NOUN and trigger.start <= first < trigger.end
            if mention.value is None or mention.precision != "day" or (not inside and self.is_other_event(mention.start)):
                continue
            if self.published and mention.value > self.published:
                continue
            candidates.append((abs(first - trigger.start), mention.value))
        return min(candidates)[1] if candidates else None

    def dated_to_another_month(self, bounds: tuple[int, int], trigger: Trigger) -> bool:
        """"اتصل به في أبريل الماضي": the text puts the call in a month (or year) other than the
        report's, without its day; the report's date is then not the call's."""
        segment = self.doc[bounds[0] : bounds[1]]
        for mention in self.dates:
            if not (segment.start_char <= mention.start < segment.end_char) or mention.precision == "day":
                continue
            if self.is_other_event(mention.start) or mention.year is None:
                continue
            if self.published is None or (mention.year, mention.month or self.published.month) != (self.published.year, self.published.month):
                return True
        return False

    def is_other_event(self, char: int) -> bool:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        before = [self.doc[i].norm_ for i in range(max(span.start - 3, span.sent.start), span.start)]
        return any(word in OTHER_EVENT_BEFORE_DATE for word in before)

    def days_after_previous(self, segment: Span) -> int | None:
        match = AFTER_PREVIOUS_RE.search(" ".join(t.norm_ for t in segment if not t.is_space))
        if match is None:
            return None
        return DAYS_AFTER.get(match.group(0).split()[-1], 1)
