"""Lists of callers or callees after one verb: one call per party, dual and plural nouns that
count the calls, offices and seats between the items, bodies named in an office.

Every sentence was written for these tests; none is taken from a corpus.
"""

import datetime as dt

import pytest

from kgtest import PUBLISHED, call, calls_in

ERDOGAN, PUTIN, MACRON, MERKEL = "recep-tayyip-erdogan", "vladimir-putin", "emmanuel-macron", "angela-merkel"
LAVROV, CAVUSOGLU, ZARIF, ROUHANI = "sergey-lavrov", "mevlut-cavusoglu", "mohammad-javad-zarif", "hassan-rouhani"
SISI, SHOUKRY, ABDULLAH, SALMAN = "abdel-fattah-el-sisi", "sameh-shoukry", "abdullah-ii", "salman-bin-abdulaziz"
TAMIM, MBZ, MBS = "tamim-bin-hamad-al-thani", "mohamed-bin-zayed", "mohammed-bin-salman"
SAFADI, MBAR = "ayman-safadi", "mohammed-bin-abdulrahman-al-thani"



LISTS = [
    (
        "تلقى الرئيس عبد الفتاح السيسي اتصالين هاتفيين من الملك عبدالله الثاني والرئيس الفرنسي إيمانويل ماكرون.",
        {call({SISI, ABDULLAH}, {ABDULLAH}), call({SISI, MACRON}, {MACRON})},
    ),
    (
        "تلقى أردوغان، أمس، اتصالات هاتفية من بوتين، وماكرون، وميركل، عبروا خلالها عن تضامنهم.",
        {call({ERDOGAN, PUTIN}, {PUTIN}), call({ERDOGAN, MACRON}, {MACRON}), call({ERDOGAN, MERKEL}, {MERKEL})},
    ),
    (
        "تلقى الملك سلمان بن عبد العزيز اتصالات هاتفية من كل من الشيخ تميم بن حمد آل ثاني والشيخ محمد بن زايد آل نهيان والرئيس عبد الفتاح السيسي.",
        {call({SALMAN, TAMIM}, {TAMIM}), call({SALMAN, MBZ}, {MBZ}), call({SALMAN, SISI}, {SISI})},
    ),
    (
        "أجرى لافروف اتصالين هاتفيين بكل من جاويش أوغلو وظريف.",
        {call({LAVROV, CAVUSOGLU}, {LAVROV}), call({LAVROV, ZARIF}, {LAVROV})},
    ),
    ("اتصل ماكرون هاتفياً بكل من بوتين وأردوغان.", {call({MACRON, PUTIN}, {MACRON}), call({MACRON, ERDOGAN}, {MACRON})}),
    ("تحدث ماكرون هاتفياً إلى كل من بوتين وروحاني.", {call({MACRON, PUTIN}), call({MACRON, ROUHANI})}),
    ("وكان العاهل الأردني قد تلقى مكالمتين هاتفيتين من أردوغان وبوتين.", {call({ABDULLAH, ERDOGAN}, {ERDOGAN}), call({ABDULLAH, PUTIN}, {PUTIN})}),
    (
        "وتلقى بوتين عدداً من الاتصالات الهاتفية من ماكرون وميركل وأردوغان.",
        {call({PUTIN, MACRON}, {MACRON}), call({PUTIN, MERKEL}, {MERKEL}), call({PUTIN, ERDOGAN}, {ERDOGAN})},
    ),
    ("تلقى السيسي وماكرون اتصالات هاتفية من بوتين.", {call({SISI, PUTIN}, {PUTIN}), call({MACRON, PUTIN}, {PUTIN})}),
    (
        "تلقى الرئيس السيسي ووزير خارجيته سامح شكري اتصالين هاتفيين من بوتين ولافروف على التوالي.",
        {call({SISI, PUTIN}, {PUTIN}), call({SHOUKRY, LAVROV}, {LAVROV})},
    ),
    (
        "تلقى أردوغان اتصالاً هاتفياً من بوتين، فيما تلقى جاويش أوغلو اتصالاً من لافروف.",
        {call({ERDOGAN, PUTIN}, {PUTIN}), call({CAVUSOGLU, LAVROV}, {LAVROV})},
    ),
    (
        "وأجرت ميركل أمس اتصالات هاتفية مع ماكرون، وأردوغان، وبوتين.",
        {call({MERKEL, MACRON}, {MERKEL}), call({MERKEL, ERDOGAN}, {MERKEL}), call({MERKEL, PUTIN}, {MERKEL})},
    ),
    ("تلقى بوتين اتصالين هاتفيين أمس من أردوغان وماكرون.", {call({PUTIN, ERDOGAN}, {ERDOGAN}), call({PUTIN, MACRON}, {MACRON})}),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_one_call_per_caller_or_callee_of_a_list(extract, text, expected):
    assert calls_in(extract, text) == expected


OFFICES_BETWEEN_LIST_ITEMS = [
    (
        "تلقى الرئيس السيسي اتصالين هاتفيين من ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان، "
        "ونائب رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبد الرحمن آل ثاني.",
        {call({SISI, MBS}, {MBS}), call({SISI, MBAR}, {MBAR})},
    ),
    (
        "تلقى أردوغان اتصالاً هاتفياً من ولي العهد بدولة الإمارات العربية المتحدة الشيخ محمد بن زايد آل نهيان.",
        {call({ERDOGAN, MBZ}, {MBZ})},
    ),
    (
        "تلقى الملك سلمان اتصالات هاتفية أمس من ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الشيخ محمد بن زايد آل نهيان، "
        "وأمير دولة قطر الشيخ تميم بن حمد آل ثاني، ونائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي، والرئيس المصري عبد الفتاح السيسي.",
        {call({SALMAN, MBZ}, {MBZ}), call({SALMAN, TAMIM}, {TAMIM}), call({SALMAN, SAFADI}, {SAFADI}), call({SALMAN, SISI}, {SISI})},
    ),
    ("وأكد في اتصال هاتفي مع بوتين دعمه للحرب ضد تنظيم داعش.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES_BETWEEN_LIST_ITEMS)
def test_offices_and_seats_between_the_parties_of_a_list(extract, text, expected):
    assert calls_in(extract, text) == expected


COUNTED_LISTS = [
    (
        "تلقى ماكرون اتصالاً هاتفياً من نظيره الروسي فلاديمير بوتين، وآخر من المستشارة الألمانية أنجيلا ميركل.",
        {call({MACRON, PUTIN}, {PUTIN}), call({MACRON, MERKEL}, {MERKEL})},
    ),
    ("أجرى الرئيس السيسي اتصالين هاتفيين، الأول مع ماكرون والثاني مع ميركل.", {call({SISI, MACRON}, {SISI}), call({SISI, MERKEL}, {SISI})}),
    (
        "تلقى أردوغان أمس اتصالين هاتفيين أحدهما من بوتين والآخر من روحاني.",
        {call({ERDOGAN, PUTIN}, {PUTIN}), call({ERDOGAN, ROUHANI}, {ROUHANI})},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_LISTS)
def test_lists_that_count_their_calls(extract, text, expected):
    assert calls_in(extract, text) == expected


NO_CALL_BETWEEN_THE_OBJECTS = [
    ("وأجرى اتصالاً هاتفياً بالرئيس الصيني، وبالرئيس الأميركي.", dt.date(2015, 4, 20)),
    ("تلقى رسالة خطية من أمير قطر، واتصالاً هاتفياً من الرئيس المصري.", dt.date(2015, 4, 20)),
    ("وأجرى مكالمتين هاتفيتين مع بوتين وأردوغان.", PUBLISHED),
]


@pytest.mark.parametrize(("text", "published"), NO_CALL_BETWEEN_THE_OBJECTS)
def test_the_objects_of_a_call_with_its_caller_unsaid_did_not_call_each_other(extract, text, published):
    assert calls_in(extract, text, published) == set()


def test_bodies_named_in_an_office_are_no_parties(extract):
    text = "وجاء ذلك بعد الاتصال الهاتفي الذي جرى الاثنين بين السيسي وسامح شكري، وزير الخارجية والهجرة وشؤون الاتحاد الأفريقي والجامعة العربية."
    assert calls_in(extract, text) == {call({SISI, SHOUKRY})}
