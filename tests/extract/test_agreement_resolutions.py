"""UN resolutions by number, and the place they are about."""

import pytest

from agreement_helpers import agreements
from kgtest import slugs

# (text, resolution IRI slugs, covered regions)
RESOLUTIONS = [
    ("وطالب الوزير بتنفيذ قرار مجلس الأمن الدولي رقم 2216 بشأن اليمن.", {"unsc-resolution-2216"}, {"yemen"}),
    ("وطالبوا بتطبيق القرار ٢٢١٦ في اليمن.", {"unsc-resolution-2216"}, {"yemen"}),
    ("ويستند التحالف في عملياته باليمن إلى قرار الأمم المتحدة رقم 2216.", {"unsc-resolution-2216"}, {"yemen"}),
    ("وأكد أن الحل في سوريا يمر عبر القرار الدولي 2254.", {"unsc-resolution-2254"}, {"syria"}),
    ("ودعا إلى احترام قرار مجلس الأمن رقم (1701) الخاص بلبنان.", {"unsc-resolution-1701"}, {"lebanon"}),
    ("وذكّر بقرار أممي رقم 1973 خاص بليبيا.", {"unsc-resolution-1973"}, {"libya"}),
    ("وأيدت روسيا قرار مجلس الأمن 2216 الصادر حول اليمن وهو ما رحبت به روسيا.", {"unsc-resolution-2216"}, {"yemen"}),
    ("وأشار إلى قرارات مجلس الأمن 1737 و1747 و1803 المتعلقة بإيران.",
     {"unsc-resolution-1737", "unsc-resolution-1747", "unsc-resolution-1803"}, {"iran"}),
    ("وطالب بتنفيذ قراري مجلس الأمن 2139 و2165 بشأن سوريا.", {"unsc-resolution-2139", "unsc-resolution-2165"}, {"syria"}),
    ("وذكّر بالقرار 242 الصادر عن مجلس الأمن عام 1967.", {"unsc-resolution-242"}, set()),
    ("وتمسك اللاجئون بالقرار 194 الذي يكفل حق العودة.", {"unga-resolution-194"}, set()),
    ("وأقرت الجمعية العامة للأمم المتحدة القرار رقم 377 بالإجماع.", {"unga-resolution-377"}, set()),
    ("وتبنى مجلس الأمن الدولي أمس القرار 2231 بالإجماع.", {"unsc-resolution-2231"}, set()),
]


@pytest.mark.parametrize(("text", "resolutions", "covers"), RESOLUTIONS)
def test_a_un_resolution_is_read_by_its_number(extract, text, resolutions, covers):
    found = agreements(extract, text)
    assert set(found) == resolutions
    for fact in found.values():
        assert fact.agreement_type == "resolution"
        assert slugs(fact.covers) == covers


def test_a_resolution_the_gazetteer_does_not_know_is_minted_with_its_standard_names(extract):
    fact = agreements(extract, "وأشار إلى قرار مجلس الأمن 1747 المتعلق بإيران.")["unsc-resolution-1747"]
    assert (fact.label_ar, fact.label_en) == ("قرار مجلس الأمن 1747", "UN Security Council Resolution 1747")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("وجددت الحكومة تمسكها بالقرار الأممي 2216.", "القرار الأممي 2216"),
        ("ودعا إلى تطبيق قرار مجلس الأمن الدولي رقم 2216.", "قرار مجلس الأمن الدولي رقم 2216"),
        ("وشدد على «القرار الدولي 2216».", "القرار الدولي 2216"),
    ],
)
def test_the_text_s_own_naming_is_kept_as_an_alias(extract, text, written):
    fact = agreements(extract, text)["unsc-resolution-2216"]
    assert fact.label_ar == "قرار مجلس الأمن 2216"
    assert written in fact.alt_labels_ar


@pytest.mark.parametrize(
    "text",
    [
        "تتواصل المعارك في اليمن.\nوقال مسؤول يمني إن الحوثيين يرفضون الانسحاب من المدن اليمنية.\nوجددت الحكومة اليمنية تمسكها بالقرار الأممي 2216.",
        # where the speaker comes from is not what the resolution is about
        "تتواصل المعارك في اليمن.\nوقال مسؤول إن اليمن يحتاج إلى الدعم.\n"
        "وأكد الرئيس اليمني لدى وصوله قادما من السعودية أن الحكومة ماضية في تنفيذ قرار مجلس الأمن 2216.",
    ],
)
def test_a_resolution_covers_the_country_the_article_is_about(extract, text):
    assert slugs(agreements(extract, text)["unsc-resolution-2216"].covers) == {"yemen"}


NOT_A_RESOLUTION = [
    "وأصدر وزير الداخلية القرار رقم 45 بتنظيم المرور.",
    "ووافق مجلس الوزراء على القرار رقم 2216 الخاص بالرسوم.",
    "وصوت المجلس على مشروع القرار 2231.",
    "وأعلن قرار مجلس الأمن الوطني رقم 12.",
    "ويدرس مجلس الأمن مشروع قرار جديد بشأن اليمن.",
    "واتخذ صناع القرار 3 خطوات.",
    "وصدر القرار عام 1990.",
]


@pytest.mark.parametrize("text", NOT_A_RESOLUTION)
def test_ministers_decisions_drafts_and_numbers_that_are_years_are_not_resolutions(extract, text):
    assert agreements(extract, text) == {}
