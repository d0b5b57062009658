"""Call recognition, participants, initiators and call dates: one table per phenomenon.

Every sentence here was written for these tests, in several wordings; none is taken from the
sample corpus.
"""

import datetime as dt

import pytest

from kgtest import slug, slugs

ERDOGAN, PUTIN, MACRON, MERKEL = "recep-tayyip-erdogan", "vladimir-putin", "emmanuel-macron", "angela-merkel"
LAVROV, CAVUSOGLU, AKAR, SHOIGU = "sergey-lavrov", "mevlut-cavusoglu", "hulusi-akar", "sergei-shoigu"
PUBLISHED = dt.date(2020, 3, 5)  # a Thursday


def calls_of(extract, text, published=PUBLISHED):
    return extract(text, published).calls


def only_call(extract, text, published=PUBLISHED):
    calls = calls_of(extract, text, published)
    assert len(calls) == 1, [sorted(slugs(c.participants)) for c in calls]
    return calls[0]


RECOGNITION = [
    ("أجرى الرئيس التركي رجب طيب أردوغان اتصالاً هاتفياً مع نظيره الروسي فلاديمير بوتين.", {ERDOGAN, PUTIN}),
    ("أجرى أردوغان، مساء اليوم، مكالمة هاتفية مع بوتين تناولت الملف السوري.", {ERDOGAN, PUTIN}),
    ("تلقى الرئيس الفرنسي إيمانويل ماكرون مكالمة هاتفية من المستشارة الألمانية أنجيلا ميركل.", {MACRON, MERKEL}),
    ("تلقى بوتين اتصالا من أردوغان بحثا خلاله العلاقات الثنائية.", {ERDOGAN, PUTIN}),
    ("بحث وزير الخارجية الروسي سيرغي لافروف هاتفياً مع نظيره التركي مولود جاويش أوغلو الوضع في ليبيا.", {LAVROV, CAVUSOGLU}),
    ("اتصل بوتين بأردوغان لبحث الوضع في إدلب.", {ERDOGAN, PUTIN}),
    ("واتصل ماكرون هاتفيا بنظيره الروسي.", {MACRON, PUTIN}),
    ("أردوغان يهاتف بوتين ويبحث معه التطورات في سوريا", {ERDOGAN, PUTIN}),
    ("هاتف أردوغان بوتين لبحث التطورات في إدلب.", {ERDOGAN, PUTIN}),
    ("جرى اتصال هاتفي بين الرئيسين التركي والروسي تناول الأوضاع في إدلب.", {ERDOGAN, PUTIN}),
    ("تباحث الرئيسان التركي والروسي هاتفياً حول الوضع في إدلب.", {ERDOGAN, PUTIN}),
    ("وخلال محادثة هاتفية مع ماكرون، أكد بوتين ضرورة احترام سيادة سوريا.", {MACRON, PUTIN}),
    ("ميركل وماكرون اتصلا هاتفيا مع بوتين لبحث الوضع في سوريا.", {MACRON, MERKEL, PUTIN}),
    ("الرئيس الروسي يتلقى اتصالا هاتفيا من نظيره الفرنسي", {MACRON, PUTIN}),
    ("وزير الدفاع التركي خلوصي أكار يجري اتصالا هاتفيا مع نظيره الروسي سيرغي شويغو", {AKAR, SHOIGU}),
    ("وأجرى وزير الخارجية التركي اتصالاً بنظيره الروسي تناولا فيه الأزمة الليبية.", {CAVUSOGLU, LAVROV}),
    ("أجرى ماكرون مباحثات هاتفية مع بوتين تناولت الملف النووي الإيراني.", {MACRON, PUTIN}),
    ("وبحث أردوغان في محادثات هاتفية مع ميركل ملف اللاجئين.", {ERDOGAN, MERKEL}),
    ("وبعد إجراء اتصال هاتفي مع بوتين، قال أردوغان إن الهدنة صامدة.", {ERDOGAN, PUTIN}),
    ("وعقب اتصال هاتفي مع ماكرون، أعلن بوتين استعداده للحوار.", {MACRON, PUTIN}),
    ("وتم إجراء اتصال هاتفي بين أردوغان وبوتين.", {ERDOGAN, PUTIN}),
]


@pytest.mark.parametrize(("text", "participants"), RECOGNITION)
def test_call_is_recognised_with_its_participants(extract, text, participants):
    assert slugs(only_call(extract, text).participants) == participants


PARTICIPANTS = [
    ("أجرى بوتين اتصالاً هاتفياً مع ماكرون وميركل.", {PUTIN, MACRON, MERKEL}),
    (
        "أكد الرئيس الروسي، فلاديمير بوتين، خلال اتصال هاتفي مع نظيره الفرنسي، إيمانويل ماكرون، والمستشارة الألمانية، أنجيلا ميركل، ضرورة التهدئة.",
        {PUTIN, MACRON, MERKEL},
    ),
    ("جرى اتصال هاتفي بين كل من أردوغان وبوتين.", {ERDOGAN, PUTIN}),
    ("قال الكرملين في بيان إن بوتين وأردوغان بحثا هاتفيا الوضع في إدلب.", {ERDOGAN, PUTIN}),
    ("وبحسب الرئاسة التركية، تلقى أردوغان اتصالا هاتفيا من بوتين.", {ERDOGAN, PUTIN}),
    ("جرى اتصال هاتفي بين وزيري الدفاع التركي والروسي.", {AKAR, SHOIGU}),
    ("جرى اتصال هاتفي بين الجانبين التركي والروسي لبحث الوضع في إدلب.", {"turkey", "russia"}),
    ("ولم يكشف الكرملين عن فحوى المكالمة بين بوتين وماكرون.", {PUTIN, MACRON}),
    ("وخلال الاتصال مع بوتين، شدد ماكرون على ضرورة وقف الهجوم.", {PUTIN, MACRON}),
    ("وبحث الطرفان الإيراني والعراقي هاتفيا أمن الحدود.", {"iran", "iraq"}),
]


@pytest.mark.parametrize(("text", "participants"), PARTICIPANTS)
def test_every_party_and_no_source_is_a_participant(extract, text, participants):
    assert slugs(only_call(extract, text, dt.date(2020, 2, 20)).participants) == participants


def test_participants_named_in_the_sentence_before(extract):
    text = "أبلغ الرئيس التركي أردوغان نظيره الروسي بوتين أن بلاده سترد على أي هجوم.\nجاء ذلك في اتصال هاتفي جرى بينهما مساء الثلاثاء."
    call = only_call(extract, text)
    assert slugs(call.participants) == {ERDOGAN, PUTIN}
    assert call.dates == [dt.date(2020, 3, 3)]


def test_role_only_mentions_resolve_to_the_people_named_later(extract):
    text = (
        "جرى اتصال هاتفي بين وزيري دفاع البلدين تركيا وروسيا.\n"
        "وكان وزير الدفاع التركي خلوصي أكار قد التقى وزير الدفاع الروسي سيرغي شويغو الشهر الماضي."
    )
    assert slugs(only_call(extract, text, dt.date(2019, 5, 20)).participants) == {AKAR, SHOIGU}


def test_people_not_in_the_gazetteer_are_discovered_from_titles(extract):
    facts = extract("أجرى وزير الخارجية الموريتاني، سالم ولد حمادي، اتصالاً هاتفياً مع نظيره الجزائري، كريم بلقاسمي، بحثا خلاله العلاقات.")
    people = {p.label_ar: p for p in facts.people}
    assert set(people) == {"سالم ولد حمادي", "كريم بلقاسمي"}
    assert people["سالم ولد حمادي"].role.endswith("/foreign-minister")
    assert people["سالم ولد حمادي"].country.endswith("/mauritania")
    assert people["كريم بلقاسمي"].country.endswith("/algeria")
    assert people["كريم بلقاسمي"].role.endswith("/foreign-minister")  # the counterpart holds the same office
    [call] = facts.calls
    assert slugs(call.participants) == {"سالم-ولد-حمادي", "كريم-بلقاسمي"}


def test_a_counterpart_named_after_the_title_is_discovered_and_a_verb_ends_the_name(extract):
    # a name the gazetteer does not know (Ilham Aliyev is now a gazetteer person)
    facts = extract("وتلقى الرئيس التركي اتصالا هاتفيا من نظيره الأذربيجاني إلهام قاسموف هنأه فيه بالعيد.")
    assert [(p.label_ar, slug(p.role), slug(p.country)) for p in facts.people] == [("إلهام قاسموف", "president", "azerbaijan")]
    [call] = facts.calls
    assert slugs(call.initiators) == {"الهام-قاسموف"}
    assert ERDOGAN in slugs(call.participants)


INITIATORS = [
    ("تلقى بوتين اتصالاً هاتفياً من أردوغان.", {ERDOGAN}),
    ("الرئيس الروسي فلاديمير بوتين تلقى اتصالا من نظيره التركي.", {ERDOGAN}),
    ("أجرى أردوغان اتصالاً هاتفياً مع بوتين.", {ERDOGAN}),
    ("أجرى الرئيس التركي أمس الأربعاء، اتصالا مع نظيره الروسي.", {ERDOGAN}),
    ("اتصل ماكرون ببوتين.", {MACRON}),
    ("أردوغان يهاتف بوتين", {ERDOGAN}),
    ("ميركل وماكرون اتصلا هاتفيا مع بوتين.", {MERKEL, MACRON}),
    ("جرى اتصال هاتفي بين بوتين وماكرون بمبادرة من الجانب الفرنسي.", {MACRON}),
    ("جرى اتصال هاتفي بين ميركل وبوتين بناء على طلب الجانب الألماني.", {MERKEL}),
    ("تباحث الرئيسان الروسي والفرنسي هاتفياً.", set()),
    ("بحث أردوغان وبوتين هاتفيا الوضع في إدلب.", set()),
    ("جرى اتصال هاتفي بين أردوغان وبوتين.", set()),
    ("أبلغ أردوغان بوتين خلال اتصال هاتفي أن أنقرة سترد.", set()),
]


@pytest.mark.parametrize(("text", "initiators"), INITIATORS)
def test_initiator_only_when_the_text_says_who_called(extract, text, initiators):
    assert slugs(only_call(extract, text).initiators) == initiators


CALL_DATES = [
    ("أجرى أردوغان اتصالا هاتفيا مع بوتين أمس.", PUBLISHED, dt.date(2020, 3, 4)),
    ("أجرى أردوغان اليوم الخميس اتصالا هاتفيا مع بوتين.", PUBLISHED, dt.date(2020, 3, 5)),
    ("أجرى أردوغان أول من أمس اتصالا هاتفيا مع بوتين.", PUBLISHED, dt.date(2020, 3, 3)),
    ("وجرى اتصال هاتفي بين أردوغان وبوتين مساء الثلاثاء.", PUBLISHED, dt.date(2020, 3, 3)),
    ("أجرى أردوغان الخميس الماضي اتصالا هاتفيا مع بوتين.", PUBLISHED, dt.date(2020, 2, 27)),
    ("جرى في 4 فبراير 2020 اتصال هاتفي بين أردوغان وبوتين.", PUBLISHED, dt.date(2020, 2, 4)),
    ("جرى اتصال هاتفي بين أردوغان وبوتين في 14 مايو/ أيار.", dt.date(2019, 5, 20), dt.date(2019, 5, 14)),
    ("وفي 13 أيار مايو الحالي جرى اتصال هاتفي بين أردوغان وبوتين.", dt.date(2019, 5, 20), dt.date(2019, 5, 13)),
    ("جرى اتصال هاتفي بين أردوغان وبوتين في 2 شباط.", PUBLISHED, dt.date(2020, 2, 2)),
    ("أجرى أردوغان أمس اتصالا هاتفيا مع بوتين.", None, None),
    ("أجرى أردوغان اتصالا هاتفيا مع بوتين، بعد الهجوم الذي وقع في 27 شباط.", PUBLISHED, None),
    ("أجرى أردوغان اتصالا هاتفيا مع بوتين واتفقا على عقد قمة في 10 آذار.", PUBLISHED, None),
]


@pytest.mark.parametrize(("text", "published", "day"), CALL_DATES)
def test_call_date_comes_from_the_text_and_the_publication_date(extract, text, published, day):
    call = only_call(extract, text, published)
    assert call.date == day


def test_a_second_call_dated_after_the_first(extract):
    text = "كان أول اتصال هاتفي بين أردوغان وبوتين في 13 أيار، تلته بعد يوم واحد مكالمة هاتفية بين وزيري الدفاع التركي والروسي."
    calls = calls_of(extract, text, dt.date(2019, 5, 20))
    found = {frozenset(slugs(c.participants)): c.date for c in calls}
    assert found == {frozenset({ERDOGAN, PUTIN}): dt.date(2019, 5, 13), frozenset({AKAR, SHOIGU}): dt.date(2019, 5, 14)}


NOUN_THEN_VERB = [
    ("بحث أردوغان خلال اتصال هاتفي تلقاه من بوتين الوضع في إدلب.", {ERDOGAN, PUTIN}, {PUTIN}),
    ("وأكد بوتين في اتصال هاتفي أجراه مع ماكرون ضرورة الحل السياسي.", {PUTIN, MACRON}, {PUTIN}),
    ("وشدد ماكرون، خلال مكالمة هاتفية تلقاها من ميركل، على وقف التصعيد.", {MACRON, MERKEL}, {MERKEL}),
]


@pytest.mark.parametrize(("text", "participants", "initiators"), NOUN_THEN_VERB)
def test_a_call_noun_followed_by_who_made_or_received_it(extract, text, participants, initiators):
    call = only_call(extract, text)
    assert (slugs(call.participants), slugs(call.initiators)) == (participants, initiators)


def test_several_calls_in_one_sentence_are_one_call_per_party(extract):
    calls = calls_of(extract, "أجرى أردوغان اتصالات هاتفية مع كل من بوتين وماكرون وميركل بحث خلالها الوضع في إدلب.")
    assert sorted(sorted(slugs(c.participants)) for c in calls) == sorted(
        [sorted({ERDOGAN, PUTIN}), sorted({ERDOGAN, MACRON}), sorted({ERDOGAN, MERKEL})]
    )
    assert all(slugs(c.initiators) == {ERDOGAN} for c in calls)
