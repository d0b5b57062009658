"""Who a title stands for in a call: titles that name their state ("خادم الحرمين الشريفين"), the
holder of an office named after another noun ("سفير خادم الحرمين"), a state named for a party
that the article tells between people, undated articles.

Every sentence was written for these tests; none is taken from a corpus.
"""

import datetime as dt

import pytest

from kgtest import call, calls_in

ERDOGAN, PUTIN, MERKEL = "recep-tayyip-erdogan", "vladimir-putin", "angela-merkel"
SISI, ABDULLAH, SALMAN, TAMIM = "abdel-fattah-el-sisi", "abdullah-ii", "salman-bin-abdulaziz", "tamim-bin-hamad-al-thani"


# a headline names a state for a party, the body the person who called: one call, between people
KING_OF_JORDAN = ABDULLAH
STATE_THEN_PERSON = [
    ("اتصال هاتفي بين الرئيس الروسي والأردن\n\nتلقى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً من العاهل الأردني الملك عبدالله الثاني.",
     {call({PUTIN, KING_OF_JORDAN}, {KING_OF_JORDAN})}),
    ("أردوغان يبحث مع قطر هاتفياً الأزمة السورية\n\nوبحث الرئيس التركي رجب طيب أردوغان في اتصال هاتفي مع أمير قطر الشيخ تميم بن حمد الأزمة السورية.",
     {call({ERDOGAN, TAMIM})}),
]


@pytest.mark.parametrize(("text", "expected"), STATE_THEN_PERSON)
def test_a_state_named_for_a_party_is_told_in_more_detail(extract, text, expected):
    assert {participants for participants, _ in calls_in(extract, text)} == {participants for participants, _ in expected}


# "خادم الحرمين الشريفين" alone is the King of Saudi Arabia of the article's day
KING_ABDULLAH, HOLLANDE, OBAMA = "abdullah-bin-abdulaziz", "francois-hollande", "barack-obama"
STATE_TITLES = [
    ("تلقى خادم الحرمين الشريفين اتصالاً هاتفياً من الرئيس المصري عبد الفتاح السيسي.", dt.date(2015, 7, 31), {call({SALMAN, SISI}, {SISI})}),
    ("وأجرى خادم الحرمين الشريفين اتصالا هاتفيا بالرئيس الفرنسي فرانسوا هولاند، بحثا خلاله العلاقات الثنائية.", dt.date(2015, 7, 31), {call({SALMAN, HOLLANDE}, {SALMAN})}),
    ("خادم الحرمين يتلقى اتصالاً هاتفياً من أمير قطر", dt.date(2015, 7, 31), {call({SALMAN, TAMIM}, {TAMIM})}),
    ("تلقى خادمُ الحرمينِ الشريفين اتصالاً هاتفياً من أمير دولة قطر الشيخ تميم بن حمد.", dt.date(2016, 2, 1), {call({SALMAN, TAMIM}, {TAMIM})}),
    ("تلقى خادم الحرمين الشريفين اتصالا هاتفيا من الرئيس الأمريكي باراك أوباما.", dt.date(2010, 5, 1), {call({KING_ABDULLAH, OBAMA}, {OBAMA})}),
    # the office after the title is its object's: the king congratulates, then receives a call
    ("هنأ خادم الحرمين الشريفين الرئيس فرانسوا هولاند بفوزه. وتلقى خادم الحرمين الشريفين اتصالا هاتفيا من الرئيس المصري.",
     dt.date(2015, 7, 31), {call({SALMAN, SISI}, {SISI})}),
    ("وفي اليوم نفسه هنأ خادم الحرمين الشريفين الرئيس باراك أوباما، ثم تلقى خادم الحرمين اتصالاً من أمير قطر.",
     dt.date(2016, 3, 1), {call({SALMAN, TAMIM}, {TAMIM})}),
    # a line of tags that puts another king's name after the title is not his title
    ("تلقى خادم الحرمين الشريفين اتصالا هاتفيا من أمير قطر.\n\nكلمات: خادم الحرمين الشريفين عبدالله الثاني ملك الأردن",
     dt.date(2015, 7, 31), {call({SALMAN, TAMIM}, {TAMIM})}),
    ("خادم الحرمين والرئيس الفرنسي يستعرضان هاتفياً الأوضاع\n\nكلمات: الرئيس الفرنسي خادم الحرمين عبدالفتاح السيسي فرانسوا هولاند",
     dt.date(2015, 7, 31), {call({SALMAN, HOLLANDE})}),
]


@pytest.mark.parametrize(("text", "published", "expected"), STATE_TITLES)
def test_a_title_that_names_its_state_stands_for_the_office_holder(extract, text, published, expected):
    assert calls_in(extract, text, published) == expected


# an article with no date says nothing of who held an office: only the names it gives count
UNDATED = [
    ("تلقى الرئيس الأمريكي اتصالا هاتفيا من المستشارة الألمانية.", set()),
    ("أكد الرئيس الأمريكي باراك أوباما دعمه للاتفاق. وتلقى الرئيس الأمريكي اتصالا هاتفيا من المستشارة الألمانية أنجيلا ميركل.",
     {call({OBAMA, MERKEL}, {MERKEL})}),
]


@pytest.mark.parametrize(("text", "expected"), UNDATED)
def test_in_an_undated_article_a_title_stands_for_the_person_it_names(extract, text, expected):
    assert calls_in(extract, text, None) == expected


# a title that completes a noun before it names whose envoy, adviser or son acts, not who acts
POSSESSORS = [
    ("وأجرى سفير خادم الحرمين الشريفين لدى الأردن اتصالاً هاتفياً بوزير الخارجية الأردني ناصر جودة.", SALMAN),
    ("وأجرى سفير الملك السعودي لدى الأردن اتصالاً هاتفياً بوزير الخارجية الأردني ناصر جودة.", SALMAN),
    ("وأجرى مستشار الرئيس الأمريكي اتصالاً هاتفياً بوزير الخارجية الأردني ناصر جودة.", OBAMA),
    ("تلقى نجل الرئيس المصري اتصالاً هاتفياً من أمير قطر الشيخ تميم بن حمد.", SISI),
    ("وبحث المستشار الخاص للرئيس الروسي في اتصال هاتفي مع الرئيس السوري بشار الأسد تطورات الأوضاع.", PUTIN),
]


@pytest.mark.parametrize(("text", "not_a_party"), POSSESSORS)
def test_the_holder_of_an_office_named_after_another_noun_is_no_party(extract, text, not_a_party):
    assert all(not_a_party not in participants for participants, _ in calls_in(extract, text, dt.date(2015, 7, 31)))
