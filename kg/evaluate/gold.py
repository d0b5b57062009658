"""Gold annotations (tests/data/seeds.jsonl): loading and grouping into events.

One JSON object a line, one line an article. Every problem (bad JSON, a missing key,
a value of the wrong shape) raises `ValueError` naming the file and the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ARTICLE_KEYS = ("id", "calls", "agreements")
# "event" is optional: without it, each article's call is its own event (scored per article)
CALL_KEYS = ("participants", "participants_ar", "initiator", "date", "regions")
AGREEMENT_KEYS = ("name", "name_ar", "regions")
ACTOR_KEYS = ("name", "name_ar")


@dataclass(frozen=True)
class GoldActor:
    name: str
    name_ar: str
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class GoldCall:
    article_id: str
    event: str
    participants: frozenset[str]
    participants_ar: tuple[tuple[str, str], ...]  # (English name, Arabic name as written)
    initiators: frozenset[str]  # empty when the article does not say who called
    date: date | None
    regions: frozenset[str]
    shared_event: bool = True  # False: no "event" id was given, the call belongs to its article only


@dataclass(frozen=True)
class GoldAgreement:
    article_id: str
    name: str
    name_ar: str
    regions: frozenset[str]
    parties: frozenset[str]
    date: str | None  # "2018-09": often only a month


@dataclass(frozen=True)
class GoldArticle:
    article_id: str
    pub_date: date | None
    calls: tuple[GoldCall, ...]
    agreements: tuple[GoldAgreement, ...]
    actors: tuple[GoldActor, ...]


@dataclass(frozen=True)
class GoldEvent:
    """One real-world call: the article-level gold calls sharing an "event" id."""

    event: str
    calls: tuple[GoldCall, ...]

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(call.article_id for call in self.calls)

    @property
    def shared(self) -> bool:
        """Whether the gold gave an "event" id, which may join calls of several articles."""
        return all(call.shared_event for call in self.calls)

    @property
    def participants(self) -> frozenset[str]:
        return frozenset().union(*(call.participants for call in self.calls))

    @property
    def regions(self) -> frozenset[str]:
        return frozenset().union(*(call.regions for call in self.calls))

    def arabic_forms(self, name: str) -> frozenset[str]:
        """The Arabic forms written for `name` in this event's calls (participants_ar)."""
        return frozenset(ar for call in self.calls for en, ar in call.participants_ar if en == name)

    @property
    def dates(self) -> tuple[date, ...]:
        return tuple(sorted({call.date for call in self.calls if call.date is not None}))


def _require(obj: Any, keys: Iterable[str], what: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise ValueError(f"{what} is not a JSON object")
    missing = [key for key in keys if key not in obj]
    if missing:
        raise ValueError(f"{what} lacks key(s) {', '.join(missing)}")
    return obj


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ValueError(f"{what} must be a string, a list of strings or null")


def _date(value: Any, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} is not a YYYY-MM-DD date: {value!r}") from None


def _call(obj: Any, article_id: str, index: int) -> GoldCall:
    what = f"calls[{index}]"
    raw = _require(obj, CALL_KEYS, what)
    names = _strings(raw["participants"], f"{what}.participants")
    names_ar = _strings(raw["participants_ar"], f"{what}.participants_ar")
    if len(names) != len(names_ar):
        raise ValueError(f"{what}: participants and participants_ar differ in length")
    event = raw.get("event")
    return GoldCall(
        article_id=article_id,
        event=f"{article_id}#{index + 1}" if event is None else str(event),
        participants=frozenset(names),
        participants_ar=tuple(zip(names, names_ar, strict=True)),
        initiators=frozenset(_strings(raw["initiator"], f"{what}.initiator")),
        date=_date(raw["date"], f"{what}.date"),
        regions=frozenset(_strings(raw["regions"], f"{what}.regions")),
        shared_event=event is not None,
    )


def _agreement(obj: Any, article_id: str, index: int) -> GoldAgreement:
    what = f"agreements[{index}]"
    raw = _require(obj, AGREEMENT_KEYS, what)
    agreed = raw.get("date")
    return GoldAgreement(
        article_id=article_id,
        name=str(raw["name"]),
        name_ar=str(raw["name_ar"]),
        regions=frozenset(_strings(raw["regions"], f"{what}.regions")),
        parties=frozenset(_strings(raw.get("parties"), f"{what}.parties")),
        date=None if agreed is None else str(agreed),
    )


def _actor(obj: Any, index: int) -> GoldActor:
    raw = _require(obj, ACTOR_KEYS, f"actors[{index}]")
    return GoldActor(str(raw["name"]), str(raw["name_ar"]), raw.get("role"), raw.get("country"))


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    value = raw.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"{key} must be a list")
    return value


def parse_article(obj: Any) -> GoldArticle:
    """One gold line (already JSON-decoded) as a GoldArticle; ValueError when malformed."""
    raw = _require(obj, ARTICLE_KEYS, "article")
    article_id = str(raw["id"])
    return GoldArticle(
        article_id=article_id,
        pub_date=_date(raw.get("pub_date"), "pub_date"),
        calls=tuple(_call(c, article_id, i) for i, c in enumerate(_list(raw, "calls"))),
        agreements=tuple(
            _agreement(a, article_id, i) for i, a in enumerate(_list(raw, "agreements"))
        ),
        actors=tuple(_actor(a, i) for i, a in enumerate(_list(raw, "actors"))),
    )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file; blank lines are skipped."""
    path = Path(path)
    articles: list[GoldArticle] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                articles.append(parse_article(json.loads(line)))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path.name}, line {number}: bad JSON: {error.msg}") from error
            except ValueError as error:
                raise ValueError(f"{path.name}, line {number}: {error}") from error
    return articles


def group_events(gold: Iterable[GoldArticle]) -> tuple[GoldEvent, ...]:
    """Article-level calls grouped by their "event" id, in order of first appearance."""
    grouped: dict[str, list[GoldCall]] = {}
    for article in gold:
        for call in article.calls:
            grouped.setdefault(call.event, []).append(call)
    return tuple(GoldEvent(event, tuple(calls)) for event, calls in grouped.items())


def actor_arabic_names(gold: Iterable[GoldArticle]) -> dict[str, frozenset[str]]:
    """English name → the Arabic names the gold actors lists give for it (all articles)."""
    names: dict[str, set[str]] = {}
    for article in gold:
        for actor in article.actors:
            names.setdefault(actor.name, set()).add(actor.name_ar)
    return {name: frozenset(forms) for name, forms in names.items()}
