"""One kg:PhoneCall per real call: merging within and across articles."""

import datetime as dt

from kg.extract.call_merge import date_publication_fallback, merge_across_articles
from kg.extract.facts import DATE_FROM_PUBLICATION, DATE_FROM_TEXT, CallFact, Evidence

A, B, C = "person/a", "person/b", "person/c"


def call(parties, day, basis=DATE_FROM_TEXT, article="x", published=None):
    fact = CallFact(participants=frozenset(parties), published=published)
    if day:
        fact.dates.append(day)
        fact.date_basis = basis
    fact.evidence.append(Evidence(article, 0, 10, "quote"))
    fact.articles.add(article)
    return fact


def test_reports_a_day_apart_are_one_call_with_evidence_from_both():
    merged = merge_across_articles([call({A, B}, dt.date(2019, 5, 13), article="p"), call({A, B}, dt.date(2019, 5, 14), article="q")])
    assert len(merged) == 1
    assert merged[0].articles == {"p", "q"}
    assert len(merged[0].evidence) == 2


def test_calls_between_the_same_people_on_different_days_stay_apart():
    merged = merge_across_articles([call({A, B}, dt.date(2019, 5, 13)), call({A, B}, dt.date(2019, 5, 30))])
    assert sorted(c.date for c in merged) == [dt.date(2019, 5, 13), dt.date(2019, 5, 30)]


def test_an_undated_report_in_the_same_week_joins_the_dated_call():
    undated = call({A, B}, None, article="late", published=dt.date(2019, 5, 18))
    date_publication_fallback(undated)
    assert undated.date_basis == DATE_FROM_PUBLICATION
    merged = merge_across_articles([call({A, B}, dt.date(2019, 5, 13), article="early"), undated])
    assert len(merged) == 1
    assert merged[0].date == dt.date(2019, 5, 13)
    assert merged[0].articles == {"early", "late"}


def test_an_undated_report_weeks_later_is_another_call():
    undated = call({A, B}, None, article="late", published=dt.date(2019, 6, 20))
    date_publication_fallback(undated)
    assert len(merge_across_articles([call({A, B}, dt.date(2019, 5, 13)), undated])) == 2


def test_different_parties_are_different_calls():
    assert len(merge_across_articles([call({A, B}, dt.date(2019, 5, 13)), call({A, C}, dt.date(2019, 5, 13))])) == 2


def test_within_an_article_the_headline_and_the_body_are_one_call(extract):
    text = "أردوغان يهاتف بوتين\n\nأجرى الرئيس التركي رجب طيب أردوغان أمس اتصالاً هاتفياً مع نظيره الروسي.\nوتناول الاتصال الوضع في إدلب."
    [found] = extract(text, dt.date(2020, 3, 5)).calls
    assert found.date == dt.date(2020, 3, 4)
    assert len(found.evidence) == 3
