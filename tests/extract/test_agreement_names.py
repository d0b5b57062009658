"""Agreements known by name: declarations after a city, curated treaties and accords, the version in
force on the publication day, labels in the text's own words."""

import datetime as dt

import pytest

from agreement_helpers import agreements
from kgtest import slugs

DECLARATIONS = [
    ("وأكد الجانبان التزامهما بإعلان القاهرة.", "cairo-declaration-2015"),
    ("وشدد البيان على مضامين «إعلان القاهرة» وما يحمله من التزامات.", "cairo-declaration-2015"),
    ("وصدر في ختام القمة «إعلان الرياض» الذي أكد وحدة اليمن.", "riyadh-declaration"),
    ("وتبنى المؤتمر إعلان جدة لمكافحة الإرهاب.", "jeddah-declaration"),
    ("وأشار إلى إعلان الدوحة الصادر عن القمة.", "doha-declaration"),
]


@pytest.mark.parametrize(("text", "agreement"), DECLARATIONS)
def test_a_declaration_is_named_after_a_city(extract, text, agreement):
    found = agreements(extract, text)
    assert set(found) == {agreement}
    assert found[agreement].agreement_type == "declaration"


ANNOUNCEMENTS = [
    "ونقلت الوكالة إعلان طهران عن استعدادها للحوار.",
    "ورحبت المعارضة بإعلان دمشق نيتها الانسحاب من المدينة.",
    "وجاء إعلان واشنطن أن قواتها ستبقى مفاجئا.",
    "وفاجأ إعلان تركيا إغلاق حدودها الجميع.",
    "وتبلورت الأفكار عبر إعلان أنقرة أمس عن توجهها لإنشاء مناطق عسكرية.",
]


@pytest.mark.parametrize("text", ANNOUNCEMENTS)
def test_a_capital_s_announcement_is_no_declaration(extract, text):
    assert agreements(extract, text) == {}


@pytest.mark.parametrize(
    ("published", "agreement"),
    [(dt.date(2015, 8, 1), "cairo-declaration-2015"), (dt.date(2020, 7, 1), "cairo-declaration-2020")],
)
def test_a_name_is_the_agreement_signed_by_the_publication_day(extract, published, agreement):
    assert set(agreements(extract, "وأكد الجانبان التزامهما بإعلان القاهرة.", published)) == {agreement}


@pytest.mark.parametrize(
    ("published", "agreement"),
    [(dt.date(2015, 8, 1), "riyadh-agreement"), (dt.date(2020, 2, 1), "riyadh-agreement-2019")],
)
def test_a_curated_name_used_before_its_signing_is_another_agreement(extract, published, agreement):
    assert set(agreements(extract, "وطالب الطرفين بالعودة إلى اتفاق الرياض.", published)) == {agreement}


TREATIES_AND_ACCORDS = [
    ("وانضمت الدولة إلى معاهدة عدم انتشار الأسلحة النووية.", "npt"),
    ("وهددت طهران بالانسحاب من معاهدة حظر انتشار الأسلحة النووية.", "npt"),
    ("ولا تحظر معاهدة الفضاء الخارجي للأمم المتحدة التعدين التجاري.", "outer-space-treaty"),
    ("وتحدث عن التزامات الأطراف وفقاً لاتفاقية الطائف.", "taif-agreement"),
    ("وقال إن اتفاقية أوسلو لم تعد قائمة.", "oslo-accords"),
    ("ووصف الحدود بأنها إرث اتفاقية سايكس بيكو.", "sykes-picot-agreement"),
    ("وطالب الحوثيين بتنفيذ المبادرة الخليجية وآليتها التنفيذية.", "gcc-initiative-yemen"),
    ("وانقلب الحوثيون على اتفاق السلم والشراكة الوطنية.", "peace-and-national-partnership-agreement"),
    ("وذكّر باتفاق ميونيخ عام 1938.", "munich-agreement"),
    ("وقال إن المشروع غير قانوني بموجب اتفاقيات جنيف والقانون الدولي.", "geneva-conventions"),
    ("وطالب باحترام «اتفاقيّة جنيف» الرابعة.", "geneva-conventions"),
]


@pytest.mark.parametrize(("text", "agreement"), TREATIES_AND_ACCORDS)
def test_well_known_treaties_and_accords_are_named(extract, text, agreement):
    assert set(agreements(extract, text)) == {agreement}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("وذكّر باتفاق ميونيخ عام 1938.", "اتفاق ميونيخ"),
        ("وأشاد بـ«اتفاقيّة الخرطوم» بين الفرقاء.", "اتفاقية الخرطوم"),
        ("وقال إن للاتفاقيةِ جنيف دورا.", None),
    ],
)
def test_a_minted_name_is_the_text_s_words_without_clitics_or_marks(extract, text, label):
    found = agreements(extract, text)
    assert [f.label_ar for f in found.values()] == ([label] if label else [])


def test_a_curated_name_between_parties_keeps_its_name_and_gets_the_parties(extract):
    found = agreements(extract, "واستضاف الفندق قمة لمناقشة تنفيذ اتفاقية كامب ديفيد بين مصر وإسرائيل.")
    assert set(found) == {"camp-david-accords"}
    assert slugs(found["camp-david-accords"].parties) == {"egypt", "israel"}


def test_a_ceasefire_signed_in_a_capital_does_not_cover_the_capital(extract):
    facts = agreements(extract, "وهدأت الهجمات منذ التوسط في اتفاق لوقف إطلاق النار في مينسك قبل خمسة أشهر.")
    assert all("minsk" not in slugs(f.covers) for f in facts.values())


@pytest.mark.parametrize(
    "text",
    [
        "وقال السيناتور إن رفضي للاتفاقية ينبع من قناعتي.",  # a verb after a definite head
        "وأكد أن الوفد ليس ذاهبا لحضور مؤتمر بموسكو.",  # a conference in Moscow
        "وشارك في مؤتمر بالقاهرة عن الاستثمار.",
    ],
)
def test_a_head_and_a_place_name_an_agreement_only_as_a_construct(extract, text):
    assert agreements(extract, text) == {}
