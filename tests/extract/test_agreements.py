"""Agreements, ceasefires and truces with the regions they cover."""

import datetime as dt

import pytest

from kgtest import slug, slugs


def agreements(extract, text):
    return {slug(a.iri): a for a in extract(text, dt.date(2020, 3, 5)).agreements}


COVERS = [
    ("أكد الجانبان التزامهما باتفاق سوتشي الخاص بإدلب.", "sochi-agreement", {"idlib"}),
    ("وشددا على احترام اتفاقية “سوتشي” حول إدلب.", "sochi-agreement", {"idlib"}),
    ("وقعت روسيا على اتفاقية أستانة التي جعلت إدلب منطقة خفض تصعيد.", "astana-agreement", {"idlib", "idlib-de-escalation-zone"}),
    ("ودعا الزعماء إلى احترام وقف إطلاق النار في ليبيا.", "libya-ceasefire", {"libya"}),
    ("واتهم الجيش المسلحين بخرق وقف إطلاق النار في إدلب وحماة.", "syria-ceasefire", {"idlib", "hama"}),
    ("وأعلنت روسيا هدنة لمدة 48 ساعة في الغوطة الشرقية.", None, {"eastern-ghouta"}),
    ("وبحثا مخرجات مؤتمر برلين حول ليبيا.", "berlin-conference-on-libya", {"libya"}),
    ("وشدد الرئيسان على الالتزام بالاتفاقات التركية الروسية بشأن إدلب.", "russia-turkey-agreements-on-idlib", {"idlib"}),
]


@pytest.mark.parametrize(("text", "agreement", "regions"), COVERS)
def test_agreement_covers_the_regions_stated_with_it(extract, text, agreement, regions):
    found = agreements(extract, text)
    if agreement is None:  # a truce: named by its length
        [fact] = found.values()
        assert fact.label_en == "48-hour truce"
    else:
        fact = found[agreement]
    assert slugs(fact.covers) == regions


def test_parties_and_date_are_read_when_stated(extract):
    fact = agreements(extract, "وأشار إلى اتفاق أضنة الموقع بين تركيا وسوريا في تشرين الأول 1998.")["adana-agreement"]
    assert slugs(fact.parties) == {"turkey", "syria"}
    assert fact.date == "1998-10"


NOT_AN_AGREEMENT = [
    "وشدد على ضرورة تحقيق وقف إطلاق النار في إدلب.",
    "ودعا إلى التوصل إلى وقف لإطلاق النار في ليبيا.",
    "وأكد أن مسار أستانا ما زال قائما.",
    "وطالبا بالوقف الفوري للأعمال القتالية.",
]


@pytest.mark.parametrize("text", NOT_AN_AGREEMENT)
def test_wished_ceasefires_and_negotiation_tracks_are_not_agreements(extract, text):
    assert agreements(extract, text) == {}


def test_calls_are_about_the_agreements_they_discuss(extract):
    facts = extract("أجرى أردوغان اتصالا هاتفيا مع بوتين بحثا خلاله تنفيذ اتفاق سوتشي حول إدلب.", dt.date(2020, 3, 5))
    [call] = facts.calls
    assert {"sochi-agreement", "idlib"} <= slugs(call.about)


@pytest.mark.parametrize(
    ("text", "agreement"),
    [
        ("وطالب بالعودة إلى ما تم الاتفاق عليه بمؤتمر سوتشي في أيلول 2018.", "sochi-agreement"),
        ("وشارك في مؤتمر سوتشي في كانون الثاني 2018 ممثلون عن المعارضة.", "syrian-national-dialogue-congress"),
    ],
)
def test_a_stated_month_picks_the_agreement_signed_then(extract, text, agreement):
    assert set(agreements(extract, text)) == {agreement}
