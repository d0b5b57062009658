"""Rendering an EvaluationReport: plain text for terminals and notes, a dict for JSON."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from kg.evaluate.scoring import PRF, Accuracy, EvaluationReport


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _day(value: date | None) -> str:
    return "none" if value is None else value.isoformat()


def _names(names: Iterable[str]) -> str:
    listed = sorted(names)
    return ", ".join(listed) if listed else "none"


def _prf_row(name: str, score: PRF) -> tuple[str, str, str]:
    values = f"{_num(score.precision)} / {_num(score.recall)} / {_num(score.f1)}"
    return name, values, f"TP {score.tp}  FP {score.fp}  FN {score.fn}"


def _acc_row(name: str, score: Accuracy) -> tuple[str, str, str]:
    return name, _num(score.value), f"{score.correct}/{score.total} correct"


def metric_rows(report: EvaluationReport) -> list[tuple[str, str, str]]:
    return [
        _prf_row("Calls P / R / F1", report.calls),
        _acc_row("Call dates (±1 day)", report.dates),
        _acc_row("Call initiators", report.initiators),
        _prf_row("Call regions P / R / F1", report.about),
        _prf_row("Agreement-region P / R / F1", report.agreement_regions),
        ("PhoneCall nodes", str(report.call_nodes), f"gold events {report.gold_events}"),
    ]


def _table(rows: list[tuple[str, str, str]]) -> list[str]:
    header = ("Metric", "Score", "Counts")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def _section(title: str, items: list[str]) -> list[str]:
    if not items:
        return [f"{title}: none"]
    return [f"{title} ({len(items)}):", *(f"  - {item}" for item in items)]


def _pairs(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return [f"{first} — {second}" for first, second in pairs]


def detail_sections(report: EvaluationReport) -> list[str]:
    missed = [
        f"{m.event}: {_names(m.participants)}; date {_names(d.isoformat() for d in m.dates)}; "
        f"articles {_names(m.articles)}"
        for m in report.missed_calls
    ]
    extra = [
        f"{e.iri}: {_names(e.participants)}; date {_day(e.date)}; articles {_names(e.articles)}"
        for e in report.extra_calls
    ]
    dates = [
        f"{c.event} ({c.article_id}): gold {_day(c.gold)}, graph {_day(c.found)} [{c.node}]"
        for c in report.wrong_dates
    ]
    initiators = [
        f"{c.event} ({c.article_id}): gold {_names(c.gold)}, graph {_names(c.found)} [{c.node}]"
        for c in report.wrong_initiators
    ]
    return [
        *_section("Missed calls", missed),
        *_section("Extra calls", extra),
        *_section("Wrong dates", dates),
        *_section("Wrong initiators", initiators),
        *_section("Missed call regions", _pairs(report.missed_about)),
        *_section("Extra call regions", _pairs(report.extra_about)),
        *_section("Missed agreement-region pairs", _pairs(report.missed_agreement_regions)),
        *_section("Extra agreement-region pairs", _pairs(report.extra_agreement_regions)),
    ]


def format_report(report: EvaluationReport) -> str:
    """A metrics table followed by misses, extras and wrong values, as plain text."""
    return "\n".join([*_table(metric_rows(report)), "", *detail_sections(report)]) + "\n"


def _prf_dict(score: PRF) -> dict[str, Any]:
    return {
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
    }


def _acc_dict(score: Accuracy) -> dict[str, Any]:
    return {"accuracy": score.value, "correct": score.correct, "total": score.total}


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO strings, sets as sorted lists, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


def report_as_dict(report: EvaluationReport) -> dict[str, Any]:
    """Everything in the report as JSON-serialisable data (for --format json)."""
    return {
        "metrics": {
            "calls": _prf_dict(report.calls),
            "dates": _acc_dict(report.dates),
            "initiators": _acc_dict(report.initiators),
            "about": _prf_dict(report.about),
            "agreement_regions": _prf_dict(report.agreement_regions),
            "phone_call_nodes": report.call_nodes,
            "gold_events": report.gold_events,
        },
        "matched": [{"event": event, "node": node} for event, node in report.matched],
        "missed_calls": _plain(report.missed_calls),
        "extra_calls": _plain(report.extra_calls),
        "wrong_dates": _plain(report.wrong_dates),
        "wrong_initiators": _plain(report.wrong_initiators),
        "missed_about": [list(pair) for pair in report.missed_about],
        "extra_about": [list(pair) for pair in report.extra_about],
        "missed_agreement_regions": [list(pair) for pair in report.missed_agreement_regions],
        "extra_agreement_regions": [list(pair) for pair in report.extra_agreement_regions],
    }
