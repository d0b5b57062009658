"""Truces named by an adjective, a length, their parties or their place, and the place they hold in."""

import pytest

from agreement_helpers import agreements
from kgtest import slugs

# (text, label_ar, covered regions, parties)
NAMED_TRUCES = [
    ("أعلن التحالف هدنة إنسانية في اليمن تبدأ منتصف الليل.", "هدنة إنسانية", {"yemen"}, set()),
    ("وتبادل الطرفان الاتهامات بخرق الهدنة الإنسانية في اليمن.", "الهدنة الإنسانية", {"yemen"}, set()),
    ("ودخلت الهُدنةُ الإنسانيّةُ في اليمن حيّز التنفيذ.", "الهدنة الإنسانية", {"yemen"}, set()),
    ("وقالت المنظمة إن الهدنة الانسانية التي بدأ سريانها أمس في اليمن صامدة.", "الهدنة الانسانية", {"yemen"}, set()),
    ("وبدأ سريان هدنة إنسانية جديدة في غزة.", "هدنة إنسانية جديدة", {"gaza-strip"}, set()),
    ("وأعلن حزب العمال الكردستاني إنهاء الهدنة مع أنقرة.", "الهدنة مع أنقرة", {"turkey"}, {"turkey"}),
    ("وهدد المسلحون الأكراد بقطع الهدنة مع حزب العمال الكردستاني.", "الهدنة مع حزب العمال الكردستاني", {"turkey"}, {"kurdistan-workers-party"}),
    ("وانهارت الهدنة بين الحكومة السورية والمعارضة في حمص.", "الهدنة بين الحكومة السورية والمعارضة", {"homs"}, {"syrian-government"}),
    ("وأكد الجيش احترامه للهدنة مع الحوثيين في تعز.", "الهدنة مع الحوثيين", {"taiz"}, set()),
    ("وخرقت قوات النظام هدنة لمدة 48 ساعة في حلب.", "هدنة لمدة 48 ساعة", {"aleppo"}, set()),
    ("ووافق الطرفان على هدنة لمدة ثلاثة أيام في درعا.", "هدنة لمدة ثلاثة أيام", {"daraa"}, set()),
    ("هدنة اليمن تترنح", "هدنة اليمن", {"yemen"}, set()),
]


@pytest.mark.parametrize(("text", "label", "covers", "parties"), NAMED_TRUCES)
def test_a_named_truce_covers_the_place_it_holds_in(extract, text, label, covers, parties):
    [fact] = agreements(extract, text).values()
    assert (fact.agreement_type, fact.label_ar) == ("truce", label)
    assert slugs(fact.covers) == covers
    assert slugs(fact.parties) == parties


@pytest.mark.parametrize(
    ("text", "label_en"),
    [
        ("وأعلن التحالف هدنة إنسانية لمدة خمسة أيام في اليمن.", "5-day humanitarian truce"),
        ("وصمدت هدنة لمدة 72 ساعة في إدلب.", "72-hour truce"),
        ("وخرق النظام الهدنة الإنسانية في اليمن.", "Yemen humanitarian truce"),
        ("وأعلن حزب العمال الكردستاني إنهاء الهدنة مع الحكومة التركية.", "truce with Turkey"),
    ],
)
def test_a_truce_is_named_in_english_by_its_length_kind_and_place(extract, text, label_en):
    [fact] = agreements(extract, text).values()
    assert fact.label_en == label_en


# the sentence names no place: the truce holds where the article is
IN_CONTEXT = [
    # the country the article is about
    ("تواصلت الاشتباكات في اليمن رغم الجهود الدولية.\nواتهم الجيش اليمني المتمردين بانتهاك الهـدنة الإنسانيـة.", {"yemen"}),
    ("وصلت قوافل الإغاثة إلى عدن اليمنية.\nوتوزع المنظمات المساعدات على السكان خلال الهدنة الإنسانية التي تستمر أسبوعا.\nوقالت إن الوضع في اليمن صعب.", {"yemen"}),
    # a country named most as an actor abroad, the area the article is about elsewhere
    (
        "قصفت روسيا مواقع في إدلب.\nوقالت روسيا إن عملياتها في إدلب مستمرة.\nوأعلنت روسيا أن إدلب معقل للمسلحين.\n"
        "ويشار إلى أن الطرف الروسي قد طلب هدنة لمدة 72 ساعة.",
        {"idlib"},
    ),
    # a nationality after a noun of people or land places the truce, not the country of the speaker
    (
        "أشاد مجلس الوزراء السعودي بجهود السعودية.\nوأكدت السعودية دعمها للأشقاء.\n"
        "وأثنى المجلس على الهدنة الإنسانية التي قررتها قيادة التحالف لإيصال المساعدات للشعب اليمني.",
        {"yemen"},
    ),
]


@pytest.mark.parametrize(("text", "covers"), IN_CONTEXT)
def test_a_truce_without_a_place_holds_where_the_article_is(extract, text, covers):
    [fact] = agreements(extract, text).values()
    assert slugs(fact.covers) == covers


NOT_A_TRUCE = [
    "ودعا الأمين العام إلى هدنة إنسانية في اليمن.",
    "وطالبت المنظمات الدولية بهدنة إنسانية عاجلة في سوريا.",
    "ونأمل التوصل إلى هدنة في ليبيا قريبا.",
    "ورفض المتمردون أي هدنة مع الحكومة.",
    "وقال القائد: لا هدنة مع الإرهابيين في تعز.",
    "وتجري مفاوضات على هدنة في الزبداني.",
    "وقال إن الهدنة صامدة حتى الآن.",
    "ولم يعد للهدنة أي معنى.",
    "وتحدث الوسطاء عن هدنة محتملة في غزة.",
    "وقد يهز الحكم الهدنة الهشة بين القوى السياسية المتناحرة.",
]


@pytest.mark.parametrize("text", NOT_A_TRUCE)
def test_truces_wished_refused_or_unqualified_are_not_agreements(extract, text):
    assert agreements(extract, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن الطرفان هدنة بين الحكومة اليمنية وجماعة الحوثي وإسرائيل في صنعاء.",
        "وكانت الهدنة بين تركيا وحزب العمال الكردستاني قد انهارت الشهر الماضي.",
    ],
)
def test_a_truce_between_several_parties_is_named_after_them(extract, text):
    facts = extract(text)
    truces = [a for a in facts.agreements if a.agreement_type == "truce"]
    assert truces and all(a.parties for a in truces)
    assert all(" truce" in (a.label_en or "") for a in truces)
