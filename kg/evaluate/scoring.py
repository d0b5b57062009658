"""Scores of a built graph against the gold annotations.

Calls are scored per real-world event (gold "event" id): a gold event is found when one
PhoneCall node matches it (see matching.py); nodes derived from gold articles that match
no event are false positives; nodes derived only from other articles are ignored.

Dates and initiators are scored per matched (event, article) gold call, so a call that
two articles report counts twice. A null in one article means "this article does not
say", not "there is none":
- date: a gold date is right when the node's date is within one day of it. A null gold
  date is right when the node has no date, or when the node's date is within one day of
  the gold date another article gives for the same event (the merged node may carry it);
  a node date that nothing in the gold supports is a guess and counts as wrong.
- initiator: the node's initiator set must equal the gold set (same name matching as for
  participants). A null gold initiator is right when the node has no initiator, or when
  the node's initiators equal the set another article states for the same event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from rdflib import Graph

from kg.evaluate.gold import GoldArticle, GoldCall, GoldEvent, actor_arabic_names, group_events
from kg.evaluate.graph_view import GraphCall, GraphView, read_graph
from kg.evaluate.matching import (
    CallMatch,
    CallMatching,
    NameMatcher,
    event_forms,
    gold_agreement_pairs,
    gold_name_of,
    gold_region_names,
    graph_agreement_pairs,
    match_calls,
    name_matcher,
    one_to_one,
    region_name,
)

DATE_TOLERANCE_DAYS = 1


@dataclass(frozen=True)
class PRF:
    """Counts and precision/recall/F1. With nothing to find and nothing found, all are 1.0."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float | None:
        return None if self.total == 0 else self.correct / self.total


@dataclass(frozen=True)
class DateCheck:
    event: str
    article_id: str
    node: str
    gold: date | None
    found: date | None
    correct: bool


@dataclass(frozen=True)
class InitiatorCheck:
    event: str
    article_id: str
    node: str
    gold: frozenset[str]
    found: frozenset[str]
    correct: bool


@dataclass(frozen=True)
class MissedCall:
    event: str
    participants: tuple[str, ...]
    dates: tuple[date, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True)
class ExtraCall:
    iri: str
    participants: tuple[str, ...]
    date: date | None
    articles: tuple[str, ...]


@dataclass(frozen=True)
class EvaluationReport:
    calls: PRF
    dates: Accuracy
    initiators: Accuracy
    about: PRF
    agreement_regions: PRF
    call_nodes: int  # distinct PhoneCall nodes derived from gold articles
    gold_events: int  # distinct gold events
    matched: tuple[tuple[str, str], ...]  # (event, node IRI)
    missed_calls: tuple[MissedCall, ...]
    extra_calls: tuple[ExtraCall, ...]
    wrong_dates: tuple[DateCheck, ...]
    wrong_initiators: tuple[InitiatorCheck, ...]
    missed_about: tuple[tuple[str, str], ...]  # (event, region)
    extra_about: tuple[tuple[str, str], ...]
    missed_agreement_regions: tuple[tuple[str, str], ...]  # (agreement, region)
    extra_agreement_regions: tuple[tuple[str, str], ...]


def within(first: date, second: date, days: int = DATE_TOLERANCE_DAYS) -> bool:
    return abs((first - second).days) <= days


def date_correct(gold: date | None, found: date | None, others: Iterable[date]) -> bool:
    """The date rule (module docstring); `others` are the event's dates from other articles."""
    if gold is not None:
        return found is not None and within(found, gold)
    return found is None or any(within(found, other) for other in others)


def _others(event: GoldEvent, call: GoldCall) -> tuple[GoldCall, ...]:
    return tuple(other for other in event.calls if other.article_id != call.article_id)


def check_dates(match: CallMatch) -> tuple[DateCheck, ...]:
    node, event = match.node, match.event
    checks = []
    for call in event.calls:
        others = [o.date for o in _others(event, call) if o.date is not None]
        correct = date_correct(call.date, node.date, others)
        checks.append(
            DateCheck(event.event, call.article_id, str(node.iri), call.date, node.date, correct)
        )
    return tuple(checks)


def initiators_correct(
    node: GraphCall, call: GoldCall, event: GoldEvent, matches: NameMatcher
) -> bool:
    """The initiator rule (module docstring)."""
    if call.initiators:
        return one_to_one(node.initiators, call.initiators, matches)
    stated = [o.initiators for o in _others(event, call) if o.initiators]
    return not node.initiators or any(one_to_one(node.initiators, s, matches) for s in stated)


def check_initiators(
    match: CallMatch, view: GraphView, actor_names: Mapping[str, frozenset[str]]
) -> tuple[InitiatorCheck, ...]:
    node, event = match.node, match.event
    matches = name_matcher(view, event_forms(event, actor_names))
    found = frozenset(gold_name_of(i, event.participants, matches, view) for i in node.initiators)
    return tuple(
        InitiatorCheck(
            event.event,
            call.article_id,
            str(node.iri),
            call.initiators,
            found,
            initiators_correct(node, call, event, matches),
        )
        for call in event.calls
    )


def about_pairs(
    matching: CallMatching, view: GraphView, regions: frozenset[str]
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(event, region) pairs of the matched events: gold and found."""
    gold: set[tuple[str, str]] = set()
    found: set[tuple[str, str]] = set()
    for match in matching.matches:
        gold.update((match.event.event, r) for r in match.event.regions)
        found.update(
            (match.event.event, region_name(view.labels_of(r), regions)) for r in match.node.about
        )
    return gold, found


def prf(
    gold: set[tuple[str, str]] | frozenset[tuple[str, str]],
    found: set[tuple[str, str]] | frozenset[tuple[str, str]],
) -> PRF:
    return PRF(tp=len(gold & found), fp=len(found - gold), fn=len(gold - found))


def _missed(event: GoldEvent) -> MissedCall:
    return MissedCall(
        event.event, tuple(sorted(event.participants)), event.dates, tuple(sorted(event.articles))
    )


def _extra(node: GraphCall, view: GraphView) -> ExtraCall:
    names = tuple(sorted(view.labels_of(p).display for p in node.participants))
    return ExtraCall(str(node.iri), names, node.date, tuple(sorted(node.articles)))


def _accuracy(checks: Sequence[DateCheck] | Sequence[InitiatorCheck]) -> Accuracy:
    return Accuracy(sum(1 for check in checks if check.correct), len(checks))


def evaluate(graph: Graph | GraphView, gold: Sequence[GoldArticle]) -> EvaluationReport:
    """Compare a built graph (or an already read view of it) against the gold articles."""
    view = graph if isinstance(graph, GraphView) else read_graph(graph)
    articles = tuple(gold)
    events, actor_names = group_events(articles), actor_arabic_names(articles)
    gold_ids = frozenset(article.article_id for article in articles)
    matching = match_calls(view, events, actor_names, gold_ids)
    dates = [c for m in matching.matches for c in check_dates(m)]
    initiators = [c for m in matching.matches for c in check_initiators(m, view, actor_names)]
    about_gold, about_found = about_pairs(matching, view, gold_region_names(articles))
    pairs_gold, pairs_found = gold_agreement_pairs(articles), graph_agreement_pairs(view, articles)
    return EvaluationReport(
        calls=PRF(len(matching.matches), len(matching.extras), len(matching.missed)),
        dates=_accuracy(dates),
        initiators=_accuracy(initiators),
        about=prf(about_gold, about_found),
        agreement_regions=prf(pairs_gold, pairs_found),
        call_nodes=len(matching.considered),
        gold_events=len(events),
        matched=tuple((m.event.event, str(m.node.iri)) for m in matching.matches),
        missed_calls=tuple(_missed(event) for event in matching.missed),
        extra_calls=tuple(_extra(node, view) for node in matching.extras),
        wrong_dates=tuple(c for c in dates if not c.correct),
        wrong_initiators=tuple(c for c in initiators if not c.correct),
        missed_about=tuple(sorted(about_gold - about_found)),
        extra_about=tuple(sorted(about_found - about_gold)),
        missed_agreement_regions=tuple(sorted(pairs_gold - pairs_found)),
        extra_agreement_regions=tuple(sorted(pairs_found - pairs_gold)),
    )
