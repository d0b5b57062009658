"""The wordings real news uses for phone calls: clauses between the call and its parties,
condolence and congratulation calls, calls told in a noun phrase, headlines, diacritics, calls
reported to the press (lists of callers: test_call_lists.py).

Every sentence was written for these tests; none is taken from a corpus.
"""

import datetime as dt

import pytest

from kgtest import PUBLISHED, call, calls_in, slugs

ERDOGAN, PUTIN, MACRON, MERKEL = "recep-tayyip-erdogan", "vladimir-putin", "emmanuel-macron", "angela-merkel"
LAVROV, CAVUSOGLU, ROUHANI = "sergey-lavrov", "mevlut-cavusoglu", "hassan-rouhani"
SISI, SHOUKRY, ABDULLAH, SALMAN = "abdel-fattah-el-sisi", "sameh-shoukry", "abdullah-ii", "salman-bin-abdulaziz"
TAMIM, MBZ, MBS = "tamim-bin-hamad-al-thani", "mohamed-bin-zayed", "mohammed-bin-salman"


BETWEEN = [
    ("تلقى أردوغان اتصالاً هاتفياً، مساء أمس، من بوتين.", call({ERDOGAN, PUTIN}, {PUTIN}), dt.date(2020, 3, 4)),
    ("جرى اتصال هاتفي، بمبادرة من الجانب الروسي، بين أردوغان وبوتين.", call({ERDOGAN, PUTIN}, {PUTIN}), None),
    ("جرى أمس الأربعاء اتصال هاتفي بين الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين.", call({ERDOGAN, PUTIN}), dt.date(2020, 3, 4)),
    ("تلقى ماكرون في 3 مارس/آذار اتصالاً هاتفياً من المستشارة الألمانية أنجيلا ميركل.", call({MACRON, MERKEL}, {MERKEL}), dt.date(2020, 3, 3)),
    ("وتلقى ماكرون صباح اليوم اتصالا هاتفيا من أردوغان.", call({MACRON, ERDOGAN}, {ERDOGAN}), dt.date(2020, 3, 5)),
    ("أجرى أردوغان ظهر اليوم، بناء على طلب الجانب الروسي، اتصالا هاتفيا مع بوتين.", call({ERDOGAN, PUTIN}, {PUTIN}), dt.date(2020, 3, 5)),
    (
        "أجرى وزير الخارجية الروسي سيرغي لافروف مساء الثلاثاء، وفي إطار التشاور المستمر بين البلدين، اتصالا هاتفيا بنظيره التركي.",
        call({LAVROV, CAVUSOGLU}, {LAVROV}),
        dt.date(2020, 3, 3),
    ),
    ("تلقى أردوغان ليلة أمس اتصالاً هاتفياً من ميركل.", call({ERDOGAN, MERKEL}, {MERKEL}), dt.date(2020, 3, 4)),
    ("تلقى ماكرون اتصالا هاتفيا اليوم من الرئيس الإيراني حسن روحاني.", call({MACRON, ROUHANI}, {ROUHANI}), dt.date(2020, 3, 5)),
    ("تلقى الرئيس الروسي فلاديمير بوتين، الذي يزور برلين حاليا، اتصالاً هاتفياً من أردوغان.", call({PUTIN, ERDOGAN}, {ERDOGAN}), None),
    (
        "تلقى الرئيس التركي رجب طيب أردوغان، رئيس حزب العدالة والتنمية، مساء أمس الأربعاء، اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين.",
        call({ERDOGAN, PUTIN}, {PUTIN}),
        dt.date(2020, 3, 4),
    ),
    (
        "أجرى ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، اليوم الخميس، اتصالاً هاتفياً مع الرئيس الفرنسي إيمانويل ماكرون.",
        call({MBZ, MACRON}, {MBZ}),
        dt.date(2020, 3, 5),
    ),
]


@pytest.mark.parametrize(("text", "expected", "day"), BETWEEN)
def test_clauses_between_the_call_and_its_parties(extract, text, expected, day):
    [found] = extract(text, PUBLISHED).calls
    assert call(slugs(found.participants), slugs(found.initiators)) == expected
    assert found.date == day


def test_a_call_made_on_the_other_sides_request_is_initiated_by_it(extract):
    [found] = extract("أجرى بوتين، بمبادرة من الجانب الفرنسي، اتصالاً هاتفياً مع ماكرون.").calls
    assert slugs(found.initiators) == {MACRON}


SENTIMENT = [
    ("عزّى الرئيس الروسي فلاديمير بوتين هاتفياً نظيره التركي رجب طيب أردوغان في ضحايا الهجوم.", call({PUTIN, ERDOGAN})),
    ("قدّم الشيخ تميم بن حمد آل ثاني تعازيه هاتفياً للرئيس أردوغان في ضحايا الزلزال.", call({TAMIM, ERDOGAN})),
    ("هنأ الرئيس عبد الفتاح السيسي هاتفيا الرئيس الفرنسي إيمانويل ماكرون بفوزه.", call({SISI, MACRON})),
    ("أعرب بوتين هاتفياً لأردوغان عن تعازيه في ضحايا الطائرة.", call({PUTIN, ERDOGAN})),
    ("شكر ماكرون هاتفيا الرئيس الإيراني حسن روحاني على الإفراج عن الباحثة.", call({MACRON, ROUHANI})),
    ("تلقى الملك سلمان اتصالاً هاتفياً من أردوغان عزّاه فيه بضحايا التفجير.", call({SALMAN, ERDOGAN}, {ERDOGAN})),
    ("عزى الرئيس الفرنسي إيمانويل ماكرون عبر الهاتف الرئيس عبد الفتاح السيسي في ضحايا الهجوم.", call({MACRON, SISI})),
    ("واتصل ماكرون بميركل وعزّاها هاتفياً بضحايا الهجوم.", call({MACRON, MERKEL}, {MACRON})),
    ("وهنّأ العاهل الأردني الملك عبدالله الثاني هاتفيّاً الرئيس السيسي بعيد الفطر.", call({ABDULLAH, SISI})),
    ("وقدم بوتين تعازيه لأردوغان هاتفيا بضحايا الهجوم.", call({PUTIN, ERDOGAN})),
    ("شكر الرئيس السيسي في اتصال هاتفي الشيخ محمد بن زايد آل نهيان على دعم مصر.", call({SISI, MBZ})),
]


@pytest.mark.parametrize(("text", "expected"), SENTIMENT)
def test_condolence_congratulation_and_thanks_calls(extract, text, expected):
    assert calls_in(extract, text) == {expected}


NOUN_PHRASES = [
    ("وأكد أردوغان خلال اتصاله ببوتين أن تركيا لن تتراجع.", call({ERDOGAN, PUTIN}, {ERDOGAN})),
    ("وبحث ماكرون وميركل خلال اتصالهما الهاتفي الوضع في ليبيا.", call({MACRON, MERKEL})),
    ("واتفق بوتين وأردوغان في مكالمتهما على تعزيز التعاون.", call({PUTIN, ERDOGAN})),
    ("وخلال مكالمته مع ميركل، شدد بوتين على ضرورة الحوار.", call({PUTIN, MERKEL})),
    ("وأشار لافروف في اتصاله الهاتفي بنظيره التركي إلى أهمية التنسيق.", call({LAVROV, CAVUSOGLU}, {LAVROV})),
    ("وكان ماكرون قد ناقش الملف النووي مع روحاني في محادثتهما الهاتفية الأسبوع الماضي.", call({MACRON, ROUHANI})),
    ("وعبّر سامح شكري عن تقديره لموقف لافروف في حديثهما الهاتفي.", call({SHOUKRY, LAVROV})),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_PHRASES)
def test_calls_told_in_a_noun_phrase(extract, text, expected):
    assert calls_in(extract, text) == {expected}


def test_our_phone_conversation_refers_to_the_parties_named_before(extract):
    text = "والتقى أردوغان وبوتين في سوتشي الشهر الماضي.\nوقال أردوغان إن \"لقاءنا وحديثنا الهاتفي بعده أقنعاني بأن موقفه تغير\"."
    assert calls_in(extract, text) == {call({ERDOGAN, PUTIN})}


HEADLINES = [
    ("الملك سلمان يتلقى اتصالاً هاتفياً من الرئيس السيسي", {call({SALMAN, SISI}, {SISI})}),
    ("ولي العهد السعودي يهاتف الرئيس المصري", {call({MBS, SISI}, {MBS})}),
    ("أردوغان وبوتين يبحثان هاتفياً الوضع في إدلب", {call({ERDOGAN, PUTIN})}),
    ("ماكرون يجري اتصالا هاتفيا بميركل", {call({MACRON, MERKEL}, {MACRON})}),
    ("اتصال هاتفي بين السيسي وماكرون", {call({SISI, MACRON})}),
    ("بوتين يتلقى اتصالين من ماكرون وميركل", {call({PUTIN, MACRON}, {MACRON}), call({PUTIN, MERKEL}, {MERKEL})}),
    ("العاهل الأردني يهاتف أردوغان ويعزيه بضحايا الزلزال", {call({ABDULLAH, ERDOGAN}, {ABDULLAH})}),
    ("ميركل تبحث مع بوتين هاتفيا الأزمة الليبية", {call({MERKEL, PUTIN})}),
    ("السيسي يتلقى اتصالات من ماكرون وميركل وأردوغان", {call({SISI, MACRON}, {MACRON}), call({SISI, MERKEL}, {MERKEL}), call({SISI, ERDOGAN}, {ERDOGAN})}),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headlines(extract, text, expected):
    assert calls_in(extract, text) == expected


def test_a_headline_that_sums_up_two_calls_and_the_body_that_tells_them(extract):
    text = (
        "الملك سلمان يتلقى اتصالين هاتفيين من السيسي وعبدالله الثاني\n\n"
        "تلقى الملك سلمان بن عبد العزيز اتصالاً هاتفياً أمس من الرئيس عبد الفتاح السيسي. "
        "كما تلقى الملك سلمان اتصالاً هاتفياً من الملك عبدالله الثاني."
    )
    assert calls_in(extract, text) == {call({SALMAN, SISI}, {SISI}), call({SALMAN, ABDULLAH}, {ABDULLAH})}


MARKED = [
    ("تلقّى الرئيسُ التركيُّ رجب طيب أردوغان اتّصالاً هاتفيّاً من نظيره الروسيّ فلاديمير بوتين.", call({ERDOGAN, PUTIN}, {PUTIN})),
    ("أجـرى ماكـرون اتصـالاً هاتفيـاً مع ميـركل.", call({MACRON, MERKEL}, {MACRON})),
    ("اتّصل بوتين بأردوغانَ هاتفيًّا.", call({PUTIN, ERDOGAN}, {PUTIN})),
    ("وتلقـى السيسي اتصالاً هاتفيًّا من الملك عبدالله الثاني.", call({SISI, ABDULLAH}, {ABDULLAH})),
    ("هاتَفَ أردوغانُ بوتينَ.", call({ERDOGAN, PUTIN}, {ERDOGAN})),
    ("وتلقّى بوتين مكالمتيْن هاتفيّتيْن من ماكرون وميركل.", None),
]


@pytest.mark.parametrize(("text", "expected"), MARKED)
def test_diacritics_and_tatweel(extract, text, expected):
    if expected is None:  # the dual with sukun: two calls
        assert calls_in(extract, text) == {call({PUTIN, MACRON}, {MACRON}), call({PUTIN, MERKEL}, {MERKEL})}
    else:
        assert calls_in(extract, text) == {expected}


ELIDED_SUBJECT = [
    ("استقبل الرئيس السيسي وزير الخارجية الروسي سيرغي لافروف، وتلقى اتصالاً هاتفياً من ماكرون.", LAVROV),
    ("بعث الملك سلمان برقية إلى الملك عبدالله الثاني، وتلقى اتصالاً هاتفياً من الشيخ تميم بن حمد آل ثاني.", ABDULLAH),
    ("وهنأ أردوغان الرئيس الإيراني حسن روحاني بفوزه، وأجرى اتصالاً هاتفياً بالرئيس بوتين.", ROUHANI),
]


@pytest.mark.parametrize(("text", "not_a_party"), ELIDED_SUBJECT)
def test_the_object_of_the_clause_before_is_not_the_subject_of_the_call(extract, text, not_a_party):
    assert all(not_a_party not in participants for participants, _ in calls_in(extract, text))


BETWEEN_LATER = [
    ("وجاء القرار بعد اتصال وصفه الكرملين بأنه بنّاء جرى بين بوتين وأردوغان.", call({PUTIN, ERDOGAN}), None),
    ("وأشار إلى الاتصال الهاتفي الذي جرى مساء الثلاثاء بين ماكرون وميركل.", call({MACRON, MERKEL}), dt.date(2020, 3, 3)),
    ("وتزامن ذلك مع مكالمة هاتفية تمت أمس بين الملك سلمان والرئيس السيسي.", call({SALMAN, SISI}), dt.date(2020, 3, 4)),
]


@pytest.mark.parametrize(("text", "expected", "day"), BETWEEN_LATER)
def test_a_call_noun_whose_parties_follow_a_later_verb(extract, text, expected, day):
    [found] = extract(text, PUBLISHED).calls
    assert (call(slugs(found.participants), slugs(found.initiators)), found.date) == (expected, day)


HONORIFICS = [
    ("تلقى الرئيس السيسي اتصالاً هاتفياً من صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر.", {call({SISI, TAMIM}, {TAMIM})}),
    ("تلقى أردوغان اتصالاً هاتفياً من فخامة الرئيس عبد الفتاح السيسي.", {call({ERDOGAN, SISI}, {SISI})}),
    (
        "تلقى الملك سلمان اتصالات هاتفية من صاحب السمو الشيخ محمد بن زايد آل نهيان، وصاحب السمو الشيخ تميم بن حمد آل ثاني.",
        {call({SALMAN, MBZ}, {MBZ}), call({SALMAN, TAMIM}, {TAMIM})},
    ),
    ("أجرى جلالة الملك عبدالله الثاني اتصالاً هاتفياً مع معالي الوزير سامح شكري.", {call({ABDULLAH, SHOUKRY}, {ABDULLAH})}),
    ("تلقى كل من أردوغان وبوتين اتصالاً هاتفياً من ماكرون.", {call({ERDOGAN, MACRON}, {MACRON}), call({PUTIN, MACRON}, {MACRON})}),
]


@pytest.mark.parametrize(("text", "expected"), HONORIFICS)
def test_honorifics_before_the_parties(extract, text, expected):
    assert calls_in(extract, text) == expected


TOLD_TO_THE_PRESS_THAT_A_CALL_TOOK_PLACE = [
    ("وقال مسؤول تركي لـ«الشرق الأوسط» إن اتصالاً هاتفياً جرى أمس بين أردوغان وبوتين.", call({ERDOGAN, PUTIN})),
    ("وقال بيسكوف للصحفيين إن بوتين بحث هاتفياً مع أردوغان الوضع في إدلب.", call({ERDOGAN, PUTIN})),
    ("وأكد مصدر دبلوماسي لوكالة الأناضول أن ماكرون أجرى اتصالاً هاتفياً بأردوغان.", call({MACRON, ERDOGAN}, {MACRON})),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_TO_THE_PRESS_THAT_A_CALL_TOOK_PLACE)
def test_a_call_reported_to_the_press_is_still_a_call(extract, text, expected):
    assert calls_in(extract, text) == {expected}


def test_a_call_in_words_quoted_to_the_press(extract):
    text = "وقال أردوغان للصحفيين: «في مكالمتنا مع بوتين اتفقنا على التهدئة»."
    assert calls_in(extract, text) == {call({ERDOGAN, PUTIN})}


REPORTED_WORDINGS = [
    ("ونقل المتحدث باسم الحكومة الألمانية عن ميركل قولها خلال مكالمة هاتفية مع أردوغان إن الحوار ضروري.", call({MERKEL, ERDOGAN})),
    ("وأجرى كل من ماكرون وميركل مكالمة هاتفية مساء الأحد بعد إعلان نتائج الاستفتاء.", call({MACRON, MERKEL})),
    ("وتحدث أوباما هاتفيا مع روحاني للمرة الأولى منذ عقود.", call({"barack-obama", ROUHANI})),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_WORDINGS)
def test_speakers_reported_and_calls_between_the_subjects(extract, text, expected):
    assert calls_in(extract, text, dt.date(2015, 7, 1)) == {expected}


def test_the_parties_of_a_phone_adverb_are_named_near_it(extract):
    text = (
        "نظمت الجمعية في الرياض حفلاً بحضور الملك سلمان والرئيس عبد الفتاح السيسي والملك عبدالله الثاني ووجهاء المدينة، "
        "وتناولت فقرات الحفل كلمات وقصائد ومسابقات للأطفال والكبار في أجواء احتفالية، كما شارك أحد الرواة المعروفين "
        "بتهنئة عبر الهاتف للحضور."
    )
    assert calls_in(extract, text) == set()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وكان الرئيس التركي رجب طيب أردوغان قد أجرى اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين في أبريل الماضي.", None),
        ("وكان أردوغان تلقى في مايو 2015 اتصالا هاتفيا من بوتين بحثا فيه الأزمة السورية.", None),
        ("وأجرى أردوغان اتصالا هاتفيا مع بوتين بحثا فيه الأزمة السورية.", dt.date(2015, 8, 3)),
        ("وأجرى أردوغان في أغسطس الجاري اتصالا هاتفيا مع بوتين.", dt.date(2015, 8, 3)),
    ],
)
def test_a_call_the_text_puts_in_another_month_is_not_dated_by_the_report(extract, text, date):
    from kg.extract.call_merge import date_publication_fallback  # the reduce's fallback

    facts = extract(text, dt.date(2015, 8, 3))
    [call] = facts.calls
    date_publication_fallback(call)
    assert call.date == date
