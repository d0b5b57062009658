"""Where an agreement applies when the text says it only in passing: zones, the sentence's country,
the article's country."""

import pytest

from agreement_helpers import agreements
from kgtest import slugs


def test_a_zone_lies_in_the_place_named_with_it_not_in_the_article_s_main_city(extract):
    text = (
        "وصل الوزير إلى طهران. وقال في طهران إن الرد قادم. وغادر طهران مساء.\n"
        "وتريد طهران قطع الطريق على الاتفاق الأخير بين أميركا وتركيا على إقامة المناطق الآمنة في شمال سوريا."
    )
    [fact] = agreements(extract, text).values()
    assert slugs(fact.covers) == {"northern-syria", "northern-syria-safe-zone"}


@pytest.mark.parametrize(
    ("text", "covers"),
    [
        # the sentence names two countries: the one the article is about
        (
            "تتواصل المعارك في اليمن.\nوقال مسؤولون إن اليمن يحتاج إلى المساعدات.\n"
            "وأكدت السعودية واليمن تمسكهما بالقرار الأممي 2216.",
            {"yemen"},
        ),
        (
            "قتل عشرات في غارات على مدن سوريا.\nوقالت الأمم المتحدة إن سوريا تعيش أسوأ أزمة.\n"
            "وشدد وزير خارجية روسيا في لقائه نظيره السوري على أن الحل في سوريا يمر عبر القرار 2254.",
            {"syria"},
        ),
    ],
)
def test_a_resolution_named_without_its_subject_covers_the_country_the_article_is_about(extract, text, covers):
    [fact] = [a for a in agreements(extract, text).values() if a.agreement_type == "resolution"]
    assert slugs(fact.covers) == covers


@pytest.mark.parametrize(
    ("text", "covers"),
    [
        ("ودعا إلى احترام إعلان جدة الذي شمل اليمن وسوريا.", {"yemen", "syria"}),
        ("وأشاد بـ«إعلان الدوحة» الشامل، الذي أكد وحدة اليمن.", {"yemen"}),
        # the relative clause is another noun's: "جولته التي شملت…"
        ("ويحاول المبعوث إحياء مؤتمر جنيف عبر أفكار جديدة بعد جولته التي شملت القاهرة وطهران.", set()),
    ],
)
def test_a_relative_clause_tells_what_an_agreement_covers_only_when_it_is_the_agreement_s(extract, text, covers):
    [fact] = agreements(extract, text).values()
    assert slugs(fact.covers) == covers
