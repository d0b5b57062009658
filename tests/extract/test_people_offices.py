"""People discovered after titles: the office that governs the name, the country, the IRI.

The names below are invented or not in the gazetteer, so that discovery (not matching) is tested.
"""

import pytest

from kg.graph.iris import person_iri
from kgtest import people, slug


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
    ("وقال المندوب الفرنسي لدى الأمم المتحدة فرانسوا ديلاتر إن", ("فرانسوا ديلاتر", "un-permanent-representative", "france")),
    ("وقال المندوب الدائم الفرنسي فرانسوا ديلاتر إن", ("فرانسوا ديلاتر", "un-permanent-representative", "france")),
    ("قالت المندوبة الأمريكية لدى الأمم المتحدة سامانثا باور إن", ("سامانثا باور", "un-permanent-representative", "united-states")),
    ("وقال رئيس الاتحاد الأوروبي دونالد توسك إن القمة ناجحة", ("دونالد توسك", "president", None)),
    ("قال الرئيس السوداني عمر البشير، رئيس المؤتمر الوطني، إن", ("عمر البشير", "president", "sudan")),
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
        ("ترشح للمنصب زيكو والأمير الأردني علي بن الحسين الذي فاز بالمقعد", []),
        ("وصل الأمير السعودي فهد بن سعد إلى عمان", []),
        ("وكان بين الحضور والأمير السعودي فهد بن سعد", []),
        ("وشارك في القمة والأمير القطري ناصر بن فيصل الثاني", [("ناصر بن فيصل الثاني", "emir", "qatar")]),
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


# a counterpart holds the office of the person before it; with no office known, there is none
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اتصل رئيس الوزراء الكندي ستيفن هاربر بنظيره الأسترالي توني أبوت",
         [("ستيفن هاربر", "prime-minister", "canada"), ("توني أبوت", "prime-minister", "australia")]),
        ("التقى وزير الخارجية الألماني فرانك شتاينماير نظيره اللوكسمبورغي جان أسلبورن",
         [("فرانك شتاينماير", "foreign-minister", "germany"), ("جان أسلبورن", "foreign-minister", "luxembourg")]),
        ("بلغت الخصومة أشدها بين المدرب البرتغالي جوزيه مورينيو ونظيره الفرنسي آرسين فينجر", []),
        ("وجه الكاتب الكويتي فهد العلي رسالة إلى نظيره السعودي علي النعيمي", []),
    ],
)
def test_a_counterpart_needs_the_office_of_the_person_before_it(discover, text, expected):
    assert people(discover, text) == expected


# a title after a person's name and a comma describes that person; after "و" it opens the next
# item of a list, whose name follows
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وطلب من وزير الخارجية، جون كيري، وسفيرة الولايات المتحدة لدى الأمم المتحدة، سامانثا باور، الالتزام",
         [("سامانثا باور", "ambassador", "united-states")]),
        ("شملت المحادثات الوزير الفرنسي برنار كازنوف وسفير فرنسا الجديد لدى لبنان، إيمانويل بون، والوفد",
         [("إيمانويل بون", "ambassador", "france")]),
        ("بحضور الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية، شهد الأمير الحفل", []),
        ("وقال الأمير صباح الأحمد الجابر الصباح أمير الكويت، فهد العلي إن", []),
    ],
)
def test_a_title_after_a_name_describes_it(extract, text, expected):
    found = [(p.label_ar, slug(p.role) if p.role else None, slug(p.country) if p.country else None) for p in extract(text).people]
    assert found == expected
