"""Matching gold names to graph entities, gold events to PhoneCall nodes, and agreements.

Names: an entity matches a gold English name when one of its English labels/altLabels
equals it ignoring case, diacritics (NFKD) and dash variants; else when one of its
normalised Arabic labels contains one of the gold Arabic forms of that name, or is
contained in it, on word boundaries (so "بوتين" matches "فلاديمير بوتين" but "ال" does
not match inside a word). The Arabic forms of a name are participants_ar at the same
index in the event's calls plus name_ar of every gold actor with that English name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from rdflib.term import Node

from kg.evaluate.gold import GoldAgreement, GoldArticle, GoldEvent
from kg.evaluate.graph_view import EntityLabels, GraphAgreement, GraphCall, GraphView
from kg.text.normalize import normalize_text

NO_DATE_DISTANCE = 10**6  # ranks undated nodes after every dated one
DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
NON_WORD = re.compile(r"[^\w]+")

NameMatcher = Callable[[Node, str], bool]


def normalize_en(text: str) -> str:
    """Casefolded, without diacritics (Erdoğan → erdogan), dashes unified, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(DASHES.sub("-", bare).casefold().split())


def normalize_ar(text: str) -> str:
    """Arabic folded as the text layer folds it (kg.text.normalize), punctuation as spaces."""
    return " ".join(NON_WORD.sub(" ", normalize_text(unicodedata.normalize("NFKC", text))).split())


def contains_either_way(first: str, second: str) -> bool:
    """Whole-word containment of normalised Arabic, in either direction; empty never matches."""
    a, b = normalize_ar(first), normalize_ar(second)
    if not a or not b:
        return False
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def labels_match(labels: EntityLabels, name: str, forms_ar: Iterable[str]) -> bool:
    """Does an entity match a gold English name (or one of its Arabic forms)?"""
    key = normalize_en(name)
    if any(normalize_en(label) == key for label in labels.en):
        return True
    forms = tuple(forms_ar)
    return any(contains_either_way(label, form) for label in labels.ar for form in forms)


def name_matcher(view: GraphView, forms: Mapping[str, frozenset[str]]) -> NameMatcher:
    def matches(node: Node, name: str) -> bool:
        return labels_match(view.labels_of(node), name, forms.get(name, frozenset()))

    return matches


def event_forms(
    event: GoldEvent, actor_names: Mapping[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """English name → Arabic forms, for the participants and initiators of one gold event."""
    names = event.participants.union(*(call.initiators for call in event.calls))
    return {name: actor_names.get(name, frozenset()) | event.arabic_forms(name) for name in names}


def one_to_one(nodes: Iterable[Node], names: Iterable[str], matches: NameMatcher) -> bool:
    """True when nodes and names pair up exactly (a perfect bipartite matching)."""
    node_list, name_list = sorted(set(nodes), key=str), sorted(set(names))
    if len(node_list) != len(name_list):
        return False
    edges = {n: [m for m in name_list if matches(n, m)] for n in node_list}
    owner: dict[str, Node] = {}

    def assign(node: Node, seen: set[str]) -> bool:
        for name in edges[node]:
            if name in seen:
                continue
            seen.add(name)
            if name not in owner or assign(owner[name], seen):
                owner[name] = node
                return True
        return False

    return all(assign(node, set()) for node in node_list)


def gold_name_of(node: Node, names: Iterable[str], matches: NameMatcher, view: GraphView) -> str:
    """The gold name a node matches, else its display label (for reports)."""
    return next(
        (name for name in sorted(names) if matches(node, name)), view.labels_of(node).display
    )


@dataclass(frozen=True)
class CallMatch:
    event: GoldEvent
    node: GraphCall


@dataclass(frozen=True)
class CallMatching:
    matches: tuple[CallMatch, ...]
    missed: tuple[GoldEvent, ...]  # gold events with no node
    extras: tuple[GraphCall, ...]  # nodes from gold articles matching no event
    considered: tuple[GraphCall, ...]  # every node derived from at least one gold article


def date_distance(node: GraphCall, event: GoldEvent) -> int:
    """Days between the node's date and the nearest gold date of the event."""
    if node.date is None or not event.dates:
        return NO_DATE_DISTANCE
    return min(abs((node.date - gold).days) for gold in event.dates)


def _candidates(
    view: GraphView,
    events: Iterable[GoldEvent],
    nodes: Iterable[GraphCall],
    actor_names: Mapping[str, frozenset[str]],
) -> list[tuple[int, int, str, str, CallMatch]]:
    found = []
    for event in events:
        matcher = name_matcher(view, event_forms(event, actor_names))
        for node in nodes:
            if node.articles & event.articles and one_to_one(
                node.participants, event.participants, matcher
            ):
                key = (
                    date_distance(node, event),
                    -len(node.articles & event.articles),
                    event.event,
                    str(node.iri),
                )
                found.append((*key, CallMatch(event, node)))
    return found


def match_calls(
    view: GraphView,
    events: tuple[GoldEvent, ...],
    actor_names: Mapping[str, frozenset[str]],
    gold_articles: frozenset[str] | None = None,
) -> CallMatching:
    """One-to-one assignment of nodes to events, greedy over candidate pairs ranked by
    date distance, then most shared articles, then event id and IRI (deterministic).
    Only nodes derived from `gold_articles` (default: the events' articles) are considered.

    An event with a gold "event" id takes its node whole. Without ids, each article's call is
    its own event and takes the node for that article only: a node merged from four reports of
    one call can match the call of each of the four articles."""
    if gold_articles is None:
        gold_articles = frozenset().union(*(event.articles for event in events))
    considered = tuple(node for node in view.calls if node.articles & gold_articles)
    used_events: set[str] = set()
    taken: set[tuple[Node, str]] = set()  # (node, article) pairs already matched
    matches: list[CallMatch] = []
    for *_, match in sorted(_candidates(view, events, considered, actor_names), key=lambda c: c[:4]):
        pairs = _pairs_taken_by(match, gold_articles)
        if match.event.event in used_events or pairs & taken:
            continue
        used_events.add(match.event.event)
        taken |= pairs
        matches.append(match)
    order = {event.event: i for i, event in enumerate(events)}
    per_article = not any(event.shared for event in events)
    return CallMatching(
        matches=tuple(sorted(matches, key=lambda m: order[m.event.event])),
        missed=tuple(e for e in events if e.event not in used_events),
        extras=_extras(considered, taken, gold_articles, per_article),
        considered=considered,
    )


def _pairs_taken_by(match: CallMatch, gold_articles: frozenset[str]) -> set[tuple[Node, str]]:
    """The (node, article) pairs a match uses: all of the node's for a shared event id."""
    articles = match.node.articles if match.event.shared else match.event.articles
    return {(match.node.iri, article) for article in articles & gold_articles}


def _extras(
    considered: tuple[GraphCall, ...], taken: set[tuple[Node, str]], gold_articles: frozenset[str], per_article: bool
) -> tuple[GraphCall, ...]:
    """Nodes matching no event; without event ids, one extra per unmatched (node, article)."""
    extras: list[GraphCall] = []
    for node in considered:
        free = sorted(a for a in node.articles & gold_articles if (node.iri, a) not in taken)
        if per_article:
            extras += [replace(node, articles=frozenset({article})) for article in free]
        elif len(free) == len(node.articles & gold_articles):
            extras.append(node)
    return tuple(extras)


def region_name(labels: EntityLabels, gold_regions: Iterable[str]) -> str:
    """The gold region name an entity matches by English label, else its display label."""
    keys = {normalize_en(label) for label in labels.en}
    return next(
        (name for name in sorted(gold_regions) if normalize_en(name) in keys), labels.display
    )


def agreement_matches(agreement: GraphAgreement, gold: GoldAgreement) -> bool:
    """Arabic name containment either way, or English label equality."""
    if any(contains_either_way(label, gold.name_ar) for label in agreement.labels.ar):
        return True
    key = normalize_en(gold.name)
    return any(normalize_en(label) == key for label in agreement.labels.en)


def agreement_names(agreement: GraphAgreement, gold: Iterable[GoldArticle]) -> frozenset[str]:
    """Names of the gold agreements (of the node's own articles) it matches, else its label."""
    names = frozenset(
        candidate.name
        for article in gold
        if article.article_id in agreement.articles
        for candidate in article.agreements
        if agreement_matches(agreement, candidate)
    )
    return names or frozenset({agreement.labels.display})


def gold_region_names(gold: Iterable[GoldArticle]) -> frozenset[str]:
    """Every region name the gold uses, in calls or agreements."""
    names: set[str] = set()
    for article in gold:
        names.update(r for call in article.calls for r in call.regions)
        names.update(r for agreement in article.agreements for r in agreement.regions)
    return frozenset(names)


def gold_agreement_pairs(gold: Iterable[GoldArticle]) -> frozenset[tuple[str, str]]:
    return frozenset((a.name, r) for article in gold for a in article.agreements for r in a.regions)


def graph_agreement_pairs(
    view: GraphView, gold: tuple[GoldArticle, ...]
) -> frozenset[tuple[str, str]]:
    """(agreement name, region name) for agreements derived from gold articles."""
    gold_ids = frozenset(article.article_id for article in gold)
    regions = gold_region_names(gold)
    pairs: set[tuple[str, str]] = set()
    for agreement in view.agreements:
        if not agreement.articles & gold_ids:
            continue
        covered = {region_name(view.labels_of(r), regions) for r in agreement.covers}
        pairs.update(
            (name, region) for name in agreement_names(agreement, gold) for region in covered
        )
    return frozenset(pairs)
