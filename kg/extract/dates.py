"""Arabic date recogniser and resolver for news text.

find_dates(text, published) finds absolute dates ("14 مايو/ أيار 2019", "2020-02-04"), months
("أيلول 2018", "أواخر نيسان أبريل الماضي"), years ("عام 2011") and relative days ("أمس الخميس",
"مساء الثلاثاء", "اليوم – 20 أيار مايو –") and resolves them against the publication date.

Matching runs on a folded copy of the text (no diacritics/tatweel, one alef, ASCII digits, …);
every mention's offsets point into the original text.  Parts that belong together ("اليوم" +
"الثلاثاء" + "14 مايو 2019") are joined into one mention whose value is the most precise part's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from kg.extract import date_resolution as res
from kg.text import calendar as cal

Precision = Literal["day", "month", "year"]
_DATED, _WEEKDAY, _RELATIVE = "day", "weekday", "relative"
# which part may follow which inside one mention
_JOINS = {_RELATIVE: {_WEEKDAY, _DATED}, _WEEKDAY: {_DATED}}
_TANWIN_FATH = "\u064b"


@dataclass(frozen=True)
class DateMention:
    """One date expression: offsets into the original text and its resolved value.

    precision "day": value is the day, or None when it needs a publication date that is missing;
    "month"/"year": value is None and year/month say which month or year ("أيلول 2018").
    relative: the expression names its day or year only relative to publication (اليوم, أمس,
    a weekday, "الخميس الماضي", "أيلول الماضي", "العام الماضي"); a day number with a month
    ("20 أيار", even with "اليوم –" before it) is not relative.
    year/month: of the value when resolved; for an unresolved day the month alone.
    """

    start: int
    end: int
    text: str
    value: dt.date | None
    precision: Precision
    relative: bool
    year: int | None = None
    month: int | None = None


@dataclass
class _Part:
    """A recognised piece of a date expression, in folded-text offsets."""

    kind: str                  # "day", "month", "year", "weekday" or "relative"
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    qual: str | None = None    # past / current / next, for the month or weekday
    yqual: str | None = None   # past / current / next, for "العام ..."
    offset: int | None = None  # relative days
    weekday: int | None = None


# --------------------------------------------------------------------------- folding
class _Folded:
    """The folded text and the map from its offsets back to the original text."""

    def __init__(self, text: str):
        self.original = text
        if cal.DROPPED_RE.search(text) is None:
            self.runs: list[tuple[int, int]] | None = None
            self.text = cal.fold_chars(text)
            return
        self.runs = [m.span() for m in cal.KEPT_RUNS_RE.finditer(text)]
        self.starts, total = [], 0
        for run_start, run_end in self.runs:
            self.starts.append(total)
            total += run_end - run_start
        self.text = cal.fold_chars("".join(text[s:e] for s, e in self.runs))

    def position(self, index: int) -> int:
        """Original offset of the folded character at `index`."""
        if self.runs is None:
            return index
        run = bisect_right(self.starts, index) - 1
        return self.runs[run][0] + index - self.starts[run]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a folded span, taking in the marks on its last letter."""
        orig_start, orig_end = self.position(start), self.position(end - 1) + 1
        marks = cal.TRAILING_MARKS_RE.match(self.original, orig_end)
        return orig_start, marks.end() if marks else orig_end


# --------------------------------------------------------------------------- parts
def _qualifier(match, group: str = "qual") -> str | None:
    found = match.group(group)
    return cal.QUALIFIERS[" ".join(found.split())] if found else None


def _month_of(match) -> int:
    return next(k for k in range(1, 13) if match.group(f"mon{k}") is not None)


def _year_of(match) -> int | None:
    found = match.group("year")
    return int(found[:4]) if found else None


def _day_month_parts(folded: _Folded) -> list[_Part]:
    """"14 مايو 2019"; a list "28 و29 حزيران" gives one part per day."""
    parts = []
    for m in cal.DAY_MONTH_RE.finditer(folded.text):
        month, base = _month_of(m), m.start("days")
        days = [(base + d.start(), base + d.end(), int(d.group()))
                for d in cal.DAY_NUMBER_RE.finditer(m.group("days"))]
        days = [d for d in days if res.day_exists(month, d[2])]
        qual, yqual, year = _qualifier(m), _qualifier(m, "yqual"), _year_of(m)
        for i, (start, end, day) in enumerate(days):
            start = m.start() if i == 0 and start - base <= 2 else start
            end = m.end() if i == len(days) - 1 else end
            parts.append(_Part(_DATED, start, end, day, month, year, qual, yqual))
    return parts


def _numeric_parts(folded: _Folded) -> list[_Part]:
    """"2019/05/14", "14-05-2019", "14/5/2019" (day first)."""
    parts = []
    for m in cal.NUMERIC_DATE_RE.finditer(folded.text):
        if m.group("y1"):
            year, month, day = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        else:
            year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            if month > 12 >= day:      # unmistakably month first
                month, day = day, month
        if res.safe_date(year, month, day):
            parts.append(_Part(_DATED, m.start(), m.end(), day, month, year))
    return parts


def _month_parts(folded: _Folded) -> list[_Part]:
    """A month with a year, a qualifier or a modifier: "أيلول 2018", "أواخر نيسان الماضي"."""
    parts = []
    for m in cal.MONTH_RE.finditer(folded.text):
        if m.group("pre") or m.group("year") or m.group("yqual") or m.group("qual"):
            parts.append(_Part("month", m.start(), m.end(), None, _month_of(m), _year_of(m),
                               _qualifier(m), _qualifier(m, "yqual")))
    return parts


def _year_parts(folded: _Folded) -> list[_Part]:
    """"عام 2011", "مطلع 2019", "العام الماضي"."""
    parts = []
    for m in cal.YEAR_RE.finditer(folded.text):
        keyword = m.group("kw")
        if m.group("year") and (keyword or m.group("pre")):
            parts.append(_Part("year", m.start(), m.end(), year=_year_of(m)))
        elif m.group("yqual") and keyword in ("العام", "السنه"):
            parts.append(_Part("year", m.start(), m.end(), yqual=_qualifier(m, "yqual")))
    return parts


def _is_weekday(folded: _Folded, m) -> bool:
    """Rule out "الاثنين" = the two, "الأحد عشر" = eleven, "الجمعة العامة"."""
    name, text = m.group("wd"), folded.text
    after = cal.WORD_RE.findall(text, m.end("wd"), m.end("wd") + 12)
    before = cal.WORD_RE.findall(text, max(0, m.start() - 8), m.start())
    if after and after[0] in cal.NOT_WEEKDAY_AFTER.get(name, ()):
        return False
    return not (before and before[-1] in cal.NOT_WEEKDAY_BEFORE.get(name, ()))


def _weekday_parts(folded: _Folded) -> list[_Part]:
    return [_Part(_WEEKDAY, m.start(), m.end(), qual=_qualifier(m),
                  weekday=cal.WEEKDAY_NUMBERS[m.group("wd")])
            for m in cal.WEEKDAY_RE.finditer(folded.text) if _is_weekday(folded, m)]


def _is_tomorrow(folded: _Folded, m) -> bool:
    """Bare "غدا" is also the verb "became": want tanwin, or a pause or weekday after it."""
    if m.group("part"):
        return True
    start, end = folded.span(m.start("rel"), m.end("rel"))
    if _TANWIN_FATH in folded.original[start:end]:
        return True
    rest = folded.text[m.end():m.end() + 12].lstrip()
    return not rest or rest[0] in '.,،:;!؟?)"-\n' or cal.WEEKDAY_RE.match(rest) is not None


def _relative_parts(folded: _Folded) -> list[_Part]:
    parts = []
    for m in cal.RELATIVE_RE.finditer(folded.text):
        word = " ".join(m.group("rel").split())
        if word in cal.NEEDS_DAY_PART and not m.group("part"):
            continue
        if word == cal.AMBIGUOUS_TOMORROW and not _is_tomorrow(folded, m):
            continue
        parts.append(_Part(_RELATIVE, m.start(), m.end(), offset=cal.RELATIVE_OFFSETS[word]))
    return parts


_FINDERS = (_day_month_parts, _numeric_parts, _month_parts, _year_parts, _weekday_parts,
            _relative_parts)


def _select(parts: list[_Part]) -> list[_Part]:
    """Non-overlapping parts, longest first (earlier start breaks ties), in text order."""
    starts: list[int] = []
    chosen: list[_Part] = []    # kept in text order, so the neighbours tell about overlaps
    for part in sorted(parts, key=lambda p: (p.start - p.end, p.start)):
        i = bisect_right(starts, part.start)
        if (i == 0 or chosen[i - 1].end <= part.start) and (
                i == len(chosen) or part.end <= chosen[i].start):
            starts.insert(i, part.start)
            chosen.insert(i, part)
    return chosen


def _groups(parts: list[_Part], folded: _Folded) -> list[list[_Part]]:
    """Adjacent parts that make one expression: relative → weekday → day."""
    groups: list[list[_Part]] = []
    for part in parts:
        last = groups[-1][-1] if groups else None
        if (last is not None and part.kind in _JOINS.get(last.kind, ())
                and cal.JOINER_RE.fullmatch(folded.text, last.end, part.start)):
            groups[-1].append(part)
        else:
            groups.append([part])
    return groups


# --------------------------------------------------------------------------- mentions
def _resolve(group: list[_Part], published: dt.date | None) -> dict:
    """value, precision, relative, year and month of a group of parts."""
    head = group[-1]
    if head.kind == _DATED:
        year = res.resolve_year(head.year, head.yqual, published)
        value = res.resolve_day(head.day, head.month, year, head.qual, published)
        return dict(value=value, precision="day", relative=False,
                    year=value.year if value else year, month=head.month)
    if head.kind in (_WEEKDAY, _RELATIVE):
        anchor = group[0]
        if anchor.kind == _RELATIVE:
            value = res.resolve_offset(anchor.offset, published)
        else:
            value = res.resolve_weekday(anchor.weekday, anchor.qual, published)
        return dict(value=value, precision="day", relative=True,
                    year=value.year if value else None, month=value.month if value else None)
    return _resolve_vague(head, published)


def _resolve_vague(part: _Part, published: dt.date | None) -> dict:
    """Month and year precision: the value stays None, year/month carry the answer."""
    relative = part.qual is not None or part.yqual is not None
    year = res.resolve_year(part.year, part.yqual, published)
    if part.kind == "year":
        return dict(value=None, precision="year", relative=relative, year=year, month=None)
    if year is None and part.yqual is None:
        year = res.resolve_month_year(part.month, part.qual, published)
    return dict(value=None, precision="month", relative=relative, year=year, month=part.month)


def _group_span(group: list[_Part], folded: _Folded) -> tuple[int, int]:
    """Original span of a group, with the ")" that closes a "(" opened between its parts."""
    end = group[-1].end
    opened = sum(folded.text.count("(", a.end, b.start) for a, b in zip(group, group[1:]))
    closing = cal.CLOSING_PAREN_RE.match(folded.text, end) if opened else None
    start, _ = folded.span(group[0].start, group[0].end)
    _, end = folded.span(group[-1].start, closing.end() if closing else end)
    return start, end


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Date mentions in `text`, sorted by start, non-overlapping, longest match wins.

    Relative and year-less dates resolve against `published`; without it their value is None."""
    published = res.as_date(published)
    folded = _Folded(text)
    parts = _select([part for finder in _FINDERS for part in finder(folded)])
    mentions = []
    for group in _groups(parts, folded):
        start, end = _group_span(group, folded)
        mentions.append(DateMention(start, end, text[start:end], **_resolve(group, published)))
    return mentions
