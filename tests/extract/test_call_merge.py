"""One kg:PhoneCall per real call: merging within and across articles."""

import datetime as dt

import pytest

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


def reported(parties, published, article):
    """A report that does not date the call: dated by its publication."""
    fact = call(parties, None, article=article, published=published)
    date_publication_fallback(fact)
    return fact


@pytest.mark.parametrize("delay", [0, 1, 2])
def test_a_report_published_within_two_days_joins_the_dated_call(delay):
    late = reported({A, B}, dt.date(2019, 5, 13) + dt.timedelta(days=delay), "late")
    assert late.date_basis == DATE_FROM_PUBLICATION
    merged = merge_across_articles([call({A, B}, dt.date(2019, 5, 13), article="early"), late])
    assert len(merged) == 1
    assert merged[0].date == dt.date(2019, 5, 13)
    assert merged[0].articles == {"early", "late"}


@pytest.mark.parametrize("delay", [3, 5, 38, -2])
def test_a_report_published_days_later_or_before_is_another_call(delay):
    late = reported({A, B}, dt.date(2019, 5, 13) + dt.timedelta(days=delay), "late")
    assert len(merge_across_articles([call({A, B}, dt.date(2019, 5, 13)), late])) == 2


def test_one_condolence_call_told_by_four_papers_is_one_call_with_four_pieces_of_evidence():
    papers = [reported({A, B}, dt.date(2015, 8, 7) + dt.timedelta(days=d), f"paper{n}") for n, d in enumerate([0, 0, 1, 1])]
    [merged] = merge_across_articles(papers)
    assert merged.articles == {"paper0", "paper1", "paper2", "paper3"} and len(merged.evidence) == 4
    assert merged.date == dt.date(2015, 8, 7)


def test_undated_reports_are_never_merged_by_their_parties_alone():
    undated = [call({A, B}, None, article=name) for name in ("p", "q", "r")]
    merged = merge_across_articles(undated)
    assert len(merged) == 3
    assert [sorted(c.articles) for c in merged] == [["p"], ["q"], ["r"]]


def test_reports_published_weeks_apart_stay_apart():
    first, second = reported({A, B}, dt.date(2015, 8, 1), "p"), reported({A, B}, dt.date(2015, 8, 20), "q")
    assert len(merge_across_articles([first, second])) == 2


def test_different_parties_are_different_calls():
    assert len(merge_across_articles([call({A, B}, dt.date(2019, 5, 13)), call({A, C}, dt.date(2019, 5, 13))])) == 2


def test_within_an_article_the_headline_and_the_body_are_one_call(extract):
    text = "أردوغان يهاتف بوتين\n\nأجرى الرئيس التركي رجب طيب أردوغان أمس اتصالاً هاتفياً مع نظيره الروسي.\nوتناول الاتصال الوضع في إدلب."
    [found] = extract(text, dt.date(2020, 3, 5)).calls
    assert found.date == dt.date(2020, 3, 4)
    assert len(found.evidence) == 3
