"""Nuclear agreements, and the country whose programme they settle."""

import datetime as dt

import pytest

from agreement_helpers import agreements
from kgtest import slugs

THE_IRAN_DEAL = [
    "وانتقد نتنياهو الاتفاق النووي مع إيران.",
    "ورحبت قطر بالاتفاق النووي الإيراني.",
    "ورحبت الدوحة بالاتفاق النووي الايراني مع القوى الكبرى.",
    "وبعد توصل طهران إلى اتفاق مع القوى الكبرى حول برنامجها النووي، ارتفعت الأسهم.",
    "وأعلنت إيران توصلها إلى اتفاق مع مجموعة 5+1 بشأن برنامجها النووي.",
    "وقال أوباما إن الاتفاق النووي يمنع إيران من امتلاك قنبلة.",
    "ودافع كيري عن «الاتفاق النووي» أمام الكونغرس.",
    "وأكد أن اتفاق فيينا النووي سيرفع العقوبات.",
    "ومن ثمار الاتفاق النووي الأميركي - الإيراني انفتاح اقتصادي.",
    # where it was signed is no party: "فيينا"
    "وجاءت الدعوة منذ التوقيع على اتفاق فيينا الخاص بالبرنامج النووي لإيران.",
    # the curated deal, whatever is said of it; the clause after it covers nothing more
    "وأطلقت إسرائيل حملة من أجل إسقاط الاتفاق النووي الإيراني، الذي وقعته الولايات المتحدة مع القوى الكبرى.",
    "وقال كيري إن رفض الكونغرس الأميركي للاتفاق النووي مع إيران سيضعف مصداقية بلاده.",
    "وسئل عما إذا كان الاتفاق النووي الذي توصلت إليه القوى الست مع إيران يزيد احتمالات هجوم إسرائيلي على طهران.",
    # the state "مع" names is the other party when the state before has the curated deal
    "وأمل كثيرون أن تغير إيران سلوكها بعد إبرامها الاتفاق النووي مع الولايات المتحدة.",
]


@pytest.mark.parametrize("text", THE_IRAN_DEAL)
def test_the_iran_nuclear_deal_covers_iran(extract, text):
    found = agreements(extract, text)
    assert set(found) == {"jcpoa"}
    assert slugs(found["jcpoa"].covers) == {"iran"}


def test_the_text_s_own_words_are_kept_as_an_alias(extract):
    fact = agreements(extract, "وأعلنت إيران توصلها إلى اتفاق مع القوى الكبرى حول برنامجها النووي.")["jcpoa"]
    assert "اتفاق مع القوى الكبرى حول برنامجها النووي" in fact.alt_labels_ar


def test_before_the_curated_deal_was_signed_a_nuclear_agreement_is_minted(extract):
    found = agreements(extract, "وانتقد نتنياهو الاتفاق النووي مع إيران.", dt.date(2015, 4, 5))
    assert set(found) == {"iran-nuclear-agreement"}
    assert slugs(found["iran-nuclear-agreement"].covers) == {"iran"}


def test_another_state_s_nuclear_agreement_is_its_own(extract):
    found = agreements(extract, "وبعد سنوات من التفاوض أبرمت واشنطن اتفاقا نوويا مع كوريا الشمالية.")
    assert set(found) == {"north-korea-nuclear-agreement"}
    assert slugs(found["north-korea-nuclear-agreement"].covers) == {"north-korea"}


NOT_A_NUCLEAR_AGREEMENT = [
    "ويأمل الغرب التوصل إلى اتفاق نووي مع كوريا الشمالية.",
    "ورفض الكونغرس أي اتفاق نووي مع إيران.",
    "وتحدث الخبير عن اتفاق نووي محتمل مع إيران.",
    "وشدد على ضرورة التوصل إلى اتفاق بشأن البرنامج النووي الإيراني.",
    "وتواصل المفاوضات من أجل اتفاق حول الملف النووي الإيراني.",
    "وقال الوزير إن أي اتفاق نووي يجب أن يكون قابلا للتحقق.",
    "ولم تلتزم طهران بالبروتوكول الإضافي مع الوكالة الدولية للطاقة الذرية.",
    "وتراجعت أسعار النفط مع قرب التوصل لاتفاق نووي مع إيران.",
]


@pytest.mark.parametrize("text", NOT_A_NUCLEAR_AGREEMENT)
def test_nuclear_agreements_hoped_for_or_refused_are_not_agreements(extract, text):
    assert agreements(extract, text) == {}
