"""Resolution of calls: the mentions of one article into calls, then one PhoneCall per real call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from kg.extract.facts import DATE_FROM_PUBLICATION, DATE_FROM_TEXT, CallFact, CallMention

SAME_CALL_DAYS = 1  # reports of one call may be dated a day apart (call at night, statement next day)
REPORT_DELAY_DAYS = 2  # a report the text does not date appears within two days of the call


def compatible(first: dt.date | None, second: dt.date | None) -> bool:
    return first is None or second is None or abs((first - second).days) <= SAME_CALL_DAYS


def new_call(mention: CallMention, published: dt.date | None, country_of=None) -> CallFact:
    call = CallFact(participants=frozenset(mention.participants), published=published)
    add_mention(call, mention, country_of)
    return call


def initiating_parties(call: CallFact, initiators, country_of) -> set[str]:
    """Initiators among the parties; "بمبادرة من الجانب التركي" names the Turkish party."""
    found = {i for i in initiators if i in call.participants}
    for initiator in initiators:
        if initiator not in call.participants and country_of is not None:
            found |= {p for p in call.participants if country_of(p) == initiator}
    return found


def add_mention(call: CallFact, mention: CallMention, country_of=None) -> None:
    if not mention.anaphoric and len(mention.participants) >= 2 and call.participants < frozenset(mention.participants):
        call.participants = frozenset(mention.participants)
    call.initiators.update(initiating_parties(call, mention.initiators, country_of))
    if mention.date is not None:
        call.dates.append(mention.date)
        call.date_basis = DATE_FROM_TEXT
    call.elsewhen = call.elsewhen or mention.elsewhen
    own = set(call.participants) | {country_of(p) for p in call.participants} if country_of else set(call.participants)
    call.about.update(a for a in mention.about if a not in own)
    if mention.evidence not in call.evidence:
        call.evidence.append(mention.evidence)
    call.articles.add(mention.evidence.article_id)


def merge_article_mentions(
    mentions: list[CallMention], published: dt.date | None, is_person: Callable[[str], bool], country_of: Callable[[str], str | None]
) -> list[CallFact]:
    """Calls of one article: the same parties and compatible dates make one call."""
    calls: list[CallFact] = []
    for mention in mentions:
        target = find_target(calls, mention, is_person, country_of)
        if target is not None:
            add_mention(target, mention, country_of)
        elif len(mention.participants) >= 2 and (not mention.anaphoric or not calls):
            calls.append(new_call(mention, published, country_of))
    return [call for call in calls if not subsumed(call, calls, is_person, country_of)]


def find_target(calls, mention, is_person, country_of) -> CallFact | None:
    if not calls:
        return None
    parties = frozenset(mention.participants)
    for call in reversed(calls):
        if call.participants == parties and compatible(call.date, mention.date):
            return call
    for call in reversed(calls):  # "اتصال مع ماكرون وميركل" in the headline, all three parties in the body
        nested = parties <= call.participants or call.participants <= parties
        if len(parties) >= 2 and nested and compatible(call.date, mention.date) and any(is_person(p) for p in parties):
            return call
    if mention.anaphoric:
        for call in reversed(calls):
            if parties <= call.participants or represented(parties, call, is_person, country_of):
                return call
    return None


def represented(parties: frozenset[str], call: CallFact, is_person, country_of) -> bool:
    """"الجانبين التركي والروسي" stands for a call between Turkish and Russian people."""
    if not parties or any(is_person(p) for p in parties):
        return False
    return named_in_detail(parties, call.participants, is_person, country_of)


def named_in_detail(parties: frozenset[str], participants: frozenset[str], is_person, country_of) -> bool:
    """Whether `participants` are `parties` with people for their countries or bodies: the same
    people, and a person of (or the state itself for) each country or body."""
    people = {p for p in parties if is_person(p)}
    countries = {country_of(p) or p for p in participants}
    return people <= participants and all((country_of(b) or b) in countries for b in parties - people)


def subsumed(call: CallFact, calls: list[CallFact], is_person, country_of) -> bool:
    """A call that names a country or institution for a party, told in more detail as a call
    between people: "اتصال بين الجانبين" or a headline's "بوتين يتلقى اتصالاً من الأردن" beside the
    body's call from the Jordanian king.

    Which of the people's calls a call between countries summarises is not said ("للمرة الثالثة
    خلال أسبوع جرى اتصال بين الجانبين"), so it is dropped rather than attached to one of them."""
    if all(is_person(p) for p in call.participants):
        return False
    return any(other is not call and detailed_by(call, other, is_person, country_of) for other in calls)


def detailed_by(call: CallFact, other: CallFact, is_person, country_of) -> bool:
    """Whether `other` names the same parties, people for the countries or bodies of `call`."""
    if not compatible(call.date, other.date) or call.participants == other.participants:
        return False
    return named_in_detail(call.participants, other.participants, is_person, country_of)


def date_publication_fallback(call: CallFact) -> None:
    """A call told without a date happened by the time of the report: date it to the publication
    (unless the text puts it in another month: "في أبريل الماضي")."""
    if not call.dates and call.published is not None and not call.elsewhen:
        call.dates.append(call.published)
        call.date_basis = DATE_FROM_PUBLICATION


def same_real_call(first: CallFact, second: CallFact) -> bool:
    """Two reports tell one call when their parties match and their dates agree: the dates the
    text gives within SAME_CALL_DAYS; a publication date from the day of the call to
    REPORT_DELAY_DAYS after it; two publication dates within REPORT_DELAY_DAYS. A report with no
    date at all (no date in the text, no publication date) is never merged with another."""
    if first.participants != second.participants or first.date is None or second.date is None:
        return False
    text = [c for c in (first, second) if c.date_basis == DATE_FROM_TEXT]
    if len(text) == 2:
        return compatible(first.date, second.date)
    if len(text) == 1:
        reported = second if text[0] is first else first
        return -SAME_CALL_DAYS <= (reported.date - text[0].date).days <= REPORT_DELAY_DAYS
    return abs((first.date - second.date).days) <= REPORT_DELAY_DAYS


def merge_order(call: CallFact) -> tuple:
    return (call.date_basis != DATE_FROM_TEXT, call.date or dt.date.max, sorted(call.articles))


def merge_across_articles(calls: Iterable[CallFact]) -> list[CallFact]:
    """One CallFact per real call: evidence and provenance from every report of it. Calls with a
    date from the text come first, so that a report dated by its publication joins the call it
    reports rather than starting a chain of reports."""
    merged: list[CallFact] = []
    by_parties: dict[frozenset[str], list[CallFact]] = {}
    for call in sorted(calls, key=merge_order):
        candidates = by_parties.setdefault(call.participants, [])
        target = next((m for m in candidates if same_real_call(m, call)), None)
        if target is None:
            merged.append(call)
            candidates.append(call)
            continue
        target.initiators.update(call.initiators)
        if call.date_basis == DATE_FROM_TEXT:
            target.dates.extend(call.dates)
        target.about.update(call.about)
        target.evidence.extend(e for e in call.evidence if e not in target.evidence)
        target.articles.update(call.articles)
    return merged
