"""People discovered after titles: names, not phrases; the office that governs the name; the country.

The names below are invented or not in the gazetteer, so that discovery (not matching) is tested.
"""

import datetime as dt

import pytest

from kg.graph.iris import person_iri
from kgtest import slug


def people(discover, text):
    return [(p.label_ar, slug(p.role) if p.role else None, slug(p.country) if p.country else None) for p in discover(text).people]


# a title followed by something that is not a name: no person at all
NOT_A_NAME = {
    "imperfect verb": [
        "رئيس الوزراء التركي يعلن تحديد هوية منفذ الهجوم",
        "وزير الداخلية الليبي يؤكد لـ«الشرق الأوسط» أن الوضع مستقر",
        "الرئيس المصري يتلقى دعوة لزيارة موسكو",
        "ولي العهد الأردني يلتقي مسؤولة أممية في عمان",
        "الرئيس الأمريكي يزور أيا من الدول الثلاث",
    ],
    "perfect verb": [
        "قال إن الرئيس الفرنسي أعاد إدخال أطباق الجبنة إلى القصر",
        "وزير الدفاع الأمريكي بحث مستجدات المنطقة مع نظرائه",
        "المتحدث باسم الخارجية السودانية نفى تسلم أي رسالة",
    ],
    "preposition or adverbial": [
        "قائد القوات الروسية بقصف مدفعي على المدينة",
        "وقال رئيس الوزراء البريطاني وأنا شخصيا أؤيد ذلك",
        "قال الرئيس العراقي فيما سبق إن الحل سياسي",
        "هنأ الرئيس الليتواني بذكرى استقلال بلاده",
        "بعث الرئيس النيجري بمناسبة استقلال بلاده برقية",
        "وقال ولي العهد البحريني أمام الأهلي إن الفريق قوي",
    ],
    "noun phrase": [
        "عقد وزير الخارجية الروسي اجتماعاً ثلاثياً في الدوحة",
        "أكد وزير الدفاع السعودي حرص المملكة على الأمن",
        "قال وزير الخارجية البريطاني حماية أمن الخليج أولوية",
        "وصف وزير الخارجية الإماراتي تأكيدات بلاده بأنها واضحة",
        "شارك الرئيس السوداني حفل تخرج الدفعة الجديدة",
    ],
    "institution": [
        "قال المتحدث الرسمي قصر باكنغهام إن الملكة بخير",
        "وأعلن رئيس مجلس الشورى عبد الله العلي أن الجلسة مؤجلة",
        "قال قائد تنظيم خراسان في بيان إن",
        "وقال رئيس مجلس إدارة شركة النفط سعيد الحربي إن الأرباح ارتفعت",
        "صرح مدير عام مستشفى الملك فهد خالد العمري بأن الحالات مستقرة",
        "وقال رئيس بلدية نيويورك بيل دي بلاسيو إن المدينة آمنة",
        "أعلن رئيس تحرير صحيفة الحياة غسان شربل أن",
    ],
    "club": [
        "قال قائد ريال مدريد إيكر كاسياس إن الفريق جاهز",
        "وقال رئيس نادي الهلال الأمير نواف بن سعد إن",
        "نفى رئيس نادي ريفربلايت الأرجنتيني الخبر",
        "أكد مدرب المنتخب السعودي الهولندي بيرت فان مارفيك أن",
    ],
    "honorific without an office": [
        "وقال المستشار أحمد البقلي إن المحكمة قررت",
        "التقى الأمير فيصل بن خالد بالوفد",
        "استقبل الأمير تركي بن عبد الله السفير",
        "قال القائد أيمن الزعبي إن",
    ],
    "title of another person": [
        "قال مستشار الرئيس الأمريكي جون بودستا إن",
        "زار نجل الرئيس اليمني أحمد علي صالح المدينة",
        "استقبل سفير خادم الحرمين الشريفين لدى الأردن الدكتور سامي الصالح الوفد",
        "قال مدير مكتب رئيس الوزراء العراقي مهدي العلاق إن",
    ],
    "former or plural": [
        "وافق الرئيس الأمريكي الأسبق جيمي كارتر على الخطة",
        "قال الرئيس الفرنسي السابق نيكولا ساركوزي إن",
        "اجتمع قادة الدول الخليجية أحمد وعلي في الرياض",
    ],
}
NOT_A_NAME_CASES = [(kind, text) for kind, texts in NOT_A_NAME.items() for text in texts]


@pytest.mark.parametrize(("kind", "text"), NOT_A_NAME_CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(NOT_A_NAME_CASES)])
def test_no_person_is_made_of_a_phrase(discover, kind, text):
    assert people(discover, text) == []


# where a name ends: verbs, prepositions, "بمناسبة", conjunctions, punctuation
BOUNDARIES = [
    ("وقال رئيس الوزراء اليوناني ألكسيس تسيبراس يتأهب لإقرار الاتفاق، وأضاف تسيبراس", "ألكسيس تسيبراس"),
    ("قالت الممثلة العليا للاتحاد الأوروبي فيديريكا موغيريني بعد تقرير اللجنة", "فيديريكا موغيريني"),
    ("أعلن رئيس الوزراء المصري إبراهيم محلب احتجاجاً على القرار", "إبراهيم محلب"),
    ("هنأ الرئيس الإيطالي سيرجيو ماتاريلا بمناسبة العيد الوطني", "سيرجيو ماتاريلا"),
    ("قال الرئيس اللبناني ميشال سليمان وزاد عدد القتلى", "ميشال سليمان"),
    ("وقال وزير الخارجية السوداني إبراهيم غندور بحضور الرئيس الأمريكي", "إبراهيم غندور"),
    ("وصل الرئيس الفرنسي بيير دوفال للانتخابات", "بيير دوفال"),
    ("وقال الرئيس العراقي جلال الطالباني للصحافيين إن", "جلال الطالباني"),
    ("أكد وزير الخارجية اليمني رياض ياسين لـ«الشرق الأوسط» أن", "رياض ياسين"),
    ("وقال رئيس الوزراء العراقي نوري المالكي وإياد علاوي إن", "نوري المالكي"),
    ("قال وزير الخارجية الأردني مروان المعشر، إن", "مروان المعشر"),
    ("التقى الرئيس اليمني إسماعيل عمر جيلة، وفدا", "إسماعيل عمر جيلة"),
    ("وقال رئيس الوزراء اليمني خالد محفوظ بحاح، إن", "خالد محفوظ بحاح"),
    ("وقال وزير الخارجية التركي مولود جاوش أوغلو إن", "مولود جاوش أوغلو"),
    ("قال السفير البلجيكي جان لو فيفر إن", "جان لو فيفر"),
    ("قال رئيس الوزراء الياباني شينزو آبي التعبير بوضوح عن الموقف", "شينزو آبي"),
    ("وقال الرئيس السوداني عمر البشير حفل تخرج الدفعة", "عمر البشير"),
]


@pytest.mark.parametrize(("text", "name"), BOUNDARIES)
def test_a_name_ends_where_the_name_ends(discover, text, name):
    assert [label for label, _, _ in people(discover, text)] == [name]


# chains of offices and honorifics: the first office governs the name, the state comes from the chain
CHAINS = [
    ("أعلن ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع السعودي الأمير فهد بن عبد الله العلي أن",
     ("فهد بن عبد الله العلي", "crown-prince", "saudi-arabia")),
    ("قال ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الداخلية البحريني الشيخ راشد بن خليفة الفاضل إن",
     ("راشد بن خليفة الفاضل", "deputy-crown-prince", "bahrain")),
    ("قال وزير الداخلية الكويتي الشيخ محمد الخالد الحمد الصباح إن",
     ("محمد الخالد الحمد الصباح", "interior-minister", "kuwait")),
    ("استقبل رئيس الأركان المصري الفريق الركن محمود حجازي الوفد",
     ("محمود حجازي", "chief-of-general-staff", "egypt")),
    ("التقى وزير الدفاع اللبناني العماد سمير مقبل بالسفير",
     ("سمير مقبل", "defence-minister", "lebanon")),
    ("وقال وزير الدفاع المصري المشير عبد الغني الجمسي إن",
     ("عبد الغني الجمسي", "defence-minister", "egypt")),
    ("استقبل أمير الكويت صاحب السمو الشيخ ناصر المحمد الوفد المرافق للرئيس",
     ("ناصر المحمد", "emir", "kuwait")),
    ("وقال الرئيس الفرنسي (فرانسوا ميتران) إن", ("فرانسوا ميتران", "president", "france")),
    ("وقال الرئيس الفرنسي «جاك شيراك» إن", ("جاك شيراك", "president", "france")),
    ("وقال وزير الخارجية المغربي، صلاح الدين مزوار، إن", ("صلاح الدين مزوار", "foreign-minister", "morocco")),
    ("قال السفير السعودي لدى الأمم المتحدة عبد الله المعلمي إن", ("عبد الله المعلمي", "ambassador", "saudi-arabia")),
    ("وقال وزير الخارجية الإيراني الحالي علي أكبر صالحي إن", ("علي أكبر صالحي", "foreign-minister", "iran")),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS)
def test_the_office_in_a_chain_governs_the_name(discover, text, expected):
    assert expected in people(discover, text)


def test_every_office_of_a_chain_is_listed(nlp_without_people):
    from kg.pipeline.nlp import analyse

    doc = analyse(nlp_without_people, "أعلن ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع السعودي الأمير فهد بن عبد الله العلي")
    [title] = [t for t in doc._.kg_titles if t.name]
    assert [slug(r) for r in title.roles] == ["crown-prince", "deputy-prime-minister", "defence-minister"]


# a person's country is a state: bodies without a state give none, bodies of a state give the state
COUNTRIES = [
    ("وقال المتحدث باسم حلف شمال الأطلسي يوهان شميت، إن", None),
    ("قال المتحدث باسم الناتو، بيتر مولر، إن", None),
    ("قال الممثل الأعلى للاتحاد الأوروبي، ماركو فيراري، إن", None),
    ("وقال المتحدث باسم تنظيم داعش أبو محمد العدناني إن", None),
    ("قال الأمين العام للجامعة العربية، نبيل العربي، إن", None),
    ("قال المتحدث باسم الرئاسة التركية أحمد يلماز إن", "turkey"),
    ("قال وزير الخارجية الموريتاني، سالم ولد حمادي، إن", "mauritania"),
    ("قال رئيس الوزراء اليوناني، يانيس بابادوبولوس، إن", "greece"),
]


@pytest.mark.parametrize(("text", "country"), COUNTRIES)
def test_a_persons_country_is_a_state_never_a_body(discover, gazetteer, text, country):
    [(_, _, found)] = people(discover, text)
    assert found == country
    if found:
        assert gazetteer.get(discover(text).people[0].country).kind == "country"


SAME_IRI = [
    ("عبد الله العلي", "عبدالله العلي"),
    ("أسامة النجيفي", "اسامه النجيفى"),
    ("إبراهيم محلب", "ابراهيم مُحلب"),
    ("فاطمة الزهراء", "فاطمه الزهراء"),
    ("يوسف بن علوي", "يوسف بن عـلوي"),
]


@pytest.mark.parametrize(("one", "other"), SAME_IRI)
def test_spellings_of_one_name_share_a_readable_iri(one, other):
    assert person_iri(one) == person_iri(other)
    assert "-" in slug(person_iri(one)) and all(c not in slug(person_iri(one)) for c in "aeiouy")


def test_iri_keeps_the_arabic_letters():
    assert slug(person_iri("عبد الله العلي")) == "عبد-الله-العلي"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى الأمير القطري ناصر بن فيصل الثاني بالوفد", [("ناصر بن فيصل الثاني", "emir", "qatar")]),
        ("فاز الأمير الأردني علي بن الحسين بالمقعد", []),
        ("وصل الأمير السعودي فهد بن سعد إلى عمان", []),
    ],
)
def test_emir_is_an_office_only_where_the_state_has_one(extract, text, expected):
    # the full gazetteer: it says which states have emirs (Qatar does, Jordan and Saudi Arabia do not)
    found = [(p.label_ar, slug(p.role) if p.role else None, slug(p.country) if p.country else None) for p in extract(text).people]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "طالب الرئيس المبعوث الأممي لليمن حسن ولد أحمد بزيارة عدن",
        "التقى المبعوث الخاص لسوريا مارك لاندو بالمعارضة",
        "وصل السفير لدى مصر جون ديفيس إلى القاهرة",
    ],
)
def test_a_posting_is_not_a_country(discover, text):
    assert all(country is None for _, _, country in people(discover, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("عن طريق (الرئيس التركي رجب طيب) إردوغان، ونظرا", "recep-tayyip-erdogan"),
        ("وقال الرئيس التركي رجب طيب أردوغان إن", "recep-tayyip-erdogan"),
        ("وقال الرئيس الروسي فلاديمير فلاديميروفيتش بوتين إن", "vladimir-putin"),
    ],
)
def test_given_names_before_a_known_family_name_are_that_person(nlp, text, person):
    from kg.pipeline.nlp import analyse

    titles = [t for t in analyse(nlp, text)._.kg_titles if t.person or t.name]
    assert [slug(t.person) for t in titles] == [person]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("اتهمت المحكمة الرئيس الكيني أوهورو كيناتو بارتكاب جرائم، وقد نفى كيناتو بارتكاب أي جرائم.", "أوهورو كيناتو"),
        ("وطالب وزير الخارجية الغاني كوفي منساه بإجراء تحقيق، وكان منساه قد دعا بإجراء انتخابات.", "كوفي منساه"),
    ],
)
def test_a_repeated_preposition_and_verbal_noun_is_not_part_of_a_name(discover, text, name):
    assert [label for label, _, _ in people(discover, text)] == [name]


# the title completes a noun before it, through لـ or a possessive: the name is not the office holder's
NOT_THE_OFFICE_HOLDER = [
    "اعترف المساعد السياسي لوزير الداخلية الإيراني محمد حسين مقيمي بأن النشاط السياسي محفوف بالمخاطر.",
    "وأكد المستشار الخاص لرئيس الوزراء العراقي علي حسن الموسوي أن الحكومة ماضية في الإصلاح.",
    "وقال المتحدث الرسمي للرئيس الفرنسي جان ماري بوتيه إن الزيارة ستتم.",
    "وفوض الاتحاد الأفريقي رئيسه الكاميروني عيسى حياتو للقيام بالمشاورات الضرورية.",
    "واختارت اللجنة الأولمبية رئيسها الكويتي أحمد فهد الجابر لقيادة الوفد.",
]


@pytest.mark.parametrize("text", NOT_THE_OFFICE_HOLDER)
def test_a_title_that_completes_another_noun_gives_no_office_holder(discover, text):
    assert people(discover, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي زيارة لوزير الخارجية الموريتاني محمد ولد سالم إلى الرباط بحث الجانبان التعاون.", ("محمد ولد سالم", "foreign-minister", "mauritania")),
        ("وفي الزيارة الرسمية لرئيس الوزراء التونسي مهدي بن سالم بحث الطرفان الملف الليبي.", ("مهدي بن سالم", "prime-minister", "tunisia")),
    ],
)
def test_a_title_after_an_event_noun_names_the_office_holder(discover, text, expected):
    assert people(discover, text) == [expected]
