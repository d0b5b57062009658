"""Agreements named by their parties (by name, capital, people or nationality adjective) or by the
place where they were made, with what they cover."""

import pytest

from agreement_helpers import agreements
from kgtest import slugs

# (text, label_ar, parties, covered regions)
BETWEEN_PARTIES = [
    # a peace between two states or two peoples holds in both
    ("وأعاد الخطاب إلى الأذهان اتفاقية السلام بين مصر وإسرائيل.", "اتفاقية السلام بين مصر وإسرائيل", {"egypt", "israel"}, {"egypt", "israel"}),
    ("ويحيي الجانبان ذكرى اتفاق السلام بين الأردنيين والإسرائيليين.", "اتفاق السلام بين الأردنيين والإسرائيليين", {"jordan", "israel"}, {"jordan", "israel"}),
    ("وأعلن الجيش التزامه باتفاق وقف إطلاق النار بين السودان وجنوب السودان.", "اتفاق وقف إطلاق النار بين السودان وجنوب السودان", {"sudan", "south-sudan"}, {"sudan", "south-sudan"}),
    # states named by their capitals; the clause names where it applies
    ("وجاء التصعيد بعد الاتفاق الذي أبرم بين أنقرة وواشنطن لفتح قاعدة عسكرية في جنوب تركيا.", "الاتفاق الذي أبرم بين أنقرة وواشنطن", {"turkey", "united-states"}, {"turkey"}),
    ("وكشف عن اتفاق بين تركيا والولايات المتحدة حول استخدام قاعدة جوية في أضنة.", "اتفاق بين تركيا والولايات المتحدة", {"turkey", "united-states"}, {"adana", "turkey"}),
    ("وأثار الاتفاقُ الذي تمّ بين موسكو وطهران على تسليح قوات النظام في سوريا قلق المعارضة.", "الاتفاق الذي تم بين موسكو وطهران", {"russia", "iran"}, {"syria"}),
    # an agreement between states with no place of its own covers nothing it does not name
    ("ووقع الطرفان اتفاق التجارة الحرة بين تونس والاتحاد الأوروبي.", "اتفاق التجارة الحرة بين تونس والاتحاد الأوروبي", {"tunisia", "european-union"}, set()),
    ("وأشاد بالتفاهم الذي تم التوصل إليه في موسكو بين روسيا وتركيا.", "التفاهم الذي تم التوصل إليه في موسكو بين روسيا وتركيا", {"russia", "turkey"}, set()),
    # the parties right after the head, by capital or name
    ("وما زال من المبكر الجزم بتفاصيل اتفاق واشنطن وطهران.", "اتفاق واشنطن وطهران", {"united-states", "iran"}, set()),
    ("وكشفت الصحيفة بنود اتفاق تركيا والولايات المتحدة على إقامة منطقة آمنة في شمال سوريا.",
     "اتفاق تركيا والولايات المتحدة", {"turkey", "united-states"}, {"northern-syria", "northern-syria-safe-zone"}),
]


@pytest.mark.parametrize(("text", "label", "parties", "covers"), BETWEEN_PARTIES)
def test_an_agreement_between_parties_is_named_by_the_text_and_covers_what_it_applies_to(extract, text, label, parties, covers):
    [fact] = agreements(extract, text).values()
    assert fact.label_ar == label
    assert slugs(fact.parties) == parties
    assert slugs(fact.covers) == covers


@pytest.mark.parametrize(
    ("text", "label_en"),
    [
        ("وأعاد الخطاب إلى الأذهان اتفاقية السلام بين مصر وإسرائيل.", "Egypt–Israel peace agreement"),
        ("وأشاد بالتفاهم الذي تم التوصل إليه في موسكو بين روسيا وتركيا.", "Russia–Turkey understanding"),
        ("ووقع الطرفان اتفاق التجارة الحرة بين تونس والاتحاد الأوروبي.", "European Union–Tunisia agreement"),
    ],
)
def test_the_english_name_joins_the_parties(extract, text, label_en):
    [fact] = agreements(extract, text).values()
    assert fact.label_en == label_en


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("وما زالت تفاصيل الاتفاق التركي - الأميركي غير واضحة.", {"turkey", "united-states"}),
        ("وانتقدت موسكو الاتفاقَ الأمريكي التركي.", {"turkey", "united-states"}),
        ("وكشفت الصحيفة عن بنود اتفاق أميركي – تركي.", {"turkey", "united-states"}),
        ("ورحبت طهران بالاتفاق الروسي الإيراني.", {"russia", "iran"}),
    ],
)
def test_an_agreement_named_by_nationality_adjectives_has_those_parties(extract, text, parties):
    [fact] = agreements(extract, text).values()
    assert slugs(fact.parties) == parties
    assert fact.covers == set()


def test_a_place_and_a_country_not_joined_by_and_are_not_two_parties(extract):
    found = agreements(extract, "وتحدث عن مرحلة ما بعد اتفاق فيينا لإيران والمنطقة.")
    assert set(found) == {"jcpoa"}  # the agreement named after Vienna in 2015
    assert "austria" not in slugs(found["jcpoa"].parties)


@pytest.mark.parametrize(
    "text",
    [
        "وانتقدت موسكو الاتفاق التركي الأميركي.\nوقال إن الاتفاق الأميركي - التركي خطير.\n"
        "وكشف عن بنود الاتفاق بين أنقرة وواشنطن.\nوتتضح تفاصيل اتفاق تركيا والولايات المتحدة.",
    ],
)
def test_one_agreement_whatever_the_order_or_the_form_of_its_parties(extract, text):
    assert set(agreements(extract, text)) == {"turkey-united-states-agreement"}


def test_an_agreement_named_by_adjectives_covers_the_places_of_its_clause_not_a_party_s_capital(extract):
    text = "بدأت مفاعيل الاتفاق الأميركي - التركي حول استعمال قاعدة جوية في أضنة بالظهور مع اعتزام واشنطن نقل طائراتها."
    [fact] = agreements(extract, text).values()
    assert slugs(fact.covers) == {"adana", "turkey"}


@pytest.mark.parametrize(
    ("text", "published", "agreement"),
    [
        ("وأشار إلى الاتفاق الذي وقع في الدوحة بين الفرقاء.", "2015-08-01", "doha-agreement-2008"),
        ("وقال إن الاتفاق الذي تم التوصل إليه في فيينا سيرفع العقوبات.", "2015-08-01", "jcpoa"),
        ("وأشاد بالتفاهم الذي تم التوصل إليه في ميونخ.", "2015-08-01", "munich-understanding"),
    ],
)
def test_an_agreement_made_at_a_place_is_the_one_named_after_it(extract, text, published, agreement):
    import datetime as dt

    assert set(agreements(extract, text, dt.date.fromisoformat(published))) == {agreement}


def test_the_country_of_the_place_an_agreement_was_made_is_not_what_it_covers(extract):
    found = agreements(extract, "ودعا الفرقاء إلى احترام التفاهم الذي تم التوصل إليه في الدوحة بقطر.")
    assert set(found) == {"doha-agreement-2008"}
    assert found["doha-agreement-2008"].covers == set()


NOT_BETWEEN_PARTIES = [
    # commercial contracts, sports, private deals
    "ووقعت وزارة الصحة اتفاقية بين المستشفى وشركة أدوية.",
    "ووقع نادي الهلال اتفاقية رعاية مع شركة الاتصالات.",
    "وأعلن النادي اتفاقه مع اللاعب على تجديد عقده.",
    "وفاز الاتفاق على الهلال بهدفين مقابل هدف.",
    "وأبرمت الشركة اتفاقا مع البنك بين الرياض وجدة لتمويل المشروع.",
    # "it was agreed", consensus, parties too vague
    "وتم الاتفاق بين مصر والسودان على تشكيل لجنة مشتركة.",
    "وأكد الجانبان وجود اتفاق بين البلدين على أهمية التعاون.",
    # hoped for, denied, supposed
    "ونأمل التوصل إلى اتفاق بين إسرائيل والفلسطينيين.",
    "وأكد الوزير عدم وجود أي اتفاق بين الرياض وطهران.",
    "وتحدث المحللون عن اتفاق محتمل بين واشنطن وطهران.",
    "واتهم المعارضون الحكومة بعقد اتفاق ضمني بين أنقرة وتنظيم داعش.",
    "وفي حال توصلت القاهرة وأديس أبابا إلى اتفاق فسيعلن قريبا.",
    "وتحدث عن اتفاق بين الوفدين لإيران وتركيا لاحقا.",
]


@pytest.mark.parametrize("text", NOT_BETWEEN_PARTIES)
def test_contracts_deals_consensus_and_hoped_for_agreements_are_not_agreements(extract, text):
    assert agreements(extract, text) == {}
