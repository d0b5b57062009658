"""The gazetteer matcher, title finder and sentence splitter on text written for the tests."""

import pytest

from kg.pipeline.nlp import analyse
from kgtest import slug


def entities(nlp, text):
    doc = analyse(nlp, text)
    return [(span.text, span.label_, slug(span.kb_id_)) for span in doc.spans["kg_entities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التقى أردوغان", ("أردوغان", "person", "recep-tayyip-erdogan")),
        ("التقى اردوغان", ("اردوغان", "person", "recep-tayyip-erdogan")),
        ("التقى إردوغان", ("إردوغان", "person", "recep-tayyip-erdogan")),
        ("التقى أَرْدُوغَان", ("أَرْدُوغَان", "person", "recep-tayyip-erdogan")),
        ("اتصل ببوتين", ("ببوتين", "person", "vladimir-putin")),
        ("وبوتين", ("وبوتين", "person", "vladimir-putin")),
        ("في بيان للكرملين", ("للكرملين", "organization", "kremlin")),
        ("قال المكتب الصحفي للكرملين", ("المكتب الصحفي للكرملين", "organization", "kremlin")),
        ("الوضع في إدلب", ("إدلب", "region", "idlib")),
        ("في محافظة إدلب", ("محافظة إدلب", "region", "idlib")),
        ("الوضع بادلب", ("بادلب", "region", "idlib")),
        ("باتفاقية “سوتشي”", ("باتفاقية “سوتشي", "agreement", "sochi-agreement")),
        ("اتفاق أستانة", ("اتفاق أستانة", "agreement", "astana-agreement")),
        ("وزير الخارجية سيرجي لافروف", ("سيرجي لافروف", "person", "sergey-lavrov")),
        ("مع شويجو", ("شويجو", "person", "sergei-shoigu")),
    ],
)
def test_gazetteer_names_match_through_spelling_variants_and_clitics(nlp, text, expected):
    assert expected in entities(nlp, text)


def test_longest_name_wins(nlp):
    found = entities(nlp, "بحث مؤتمر برلين حول ليبيا")
    assert ("مؤتمر برلين حول ليبيا", "agreement", "berlin-conference-on-libya") in found
    assert not any(kind == "country" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "role", "countries", "person"),
    [
        ("الرئيس التركي رجب طيب أردوغان", "president", ["turkey"], "recep-tayyip-erdogan"),
        ("وزير الخارجية الروسي، سيرغي لافروف،", "foreign-minister", ["russia"], "sergey-lavrov"),
        ("الرئيسان التركي والروسي", "president", ["turkey", "russia"], None),
        ("وزير الدفاع التركي", "defence-minister", ["turkey"], None),
        ("المستشارة الألمانية أنجيلا ميركل", "chancellor", ["germany"], "angela-merkel"),
    ],
)
def test_titles_carry_role_countries_and_the_named_person(nlp, text, role, countries, person):
    [title] = [t for t in analyse(nlp, text)._.kg_titles if t.kind == "title"]
    assert slug(title.role) == role
    assert [slug(c) for c in title.countries] == countries
    assert (slug(title.person) if title.person else None) == person


def test_a_name_after_a_title_is_kept_for_discovery(nlp):
    doc = analyse(nlp, "وقال المتحدث باسم الحكومة الألمانية، يوهان شميت، إن برلين قلقة.")
    [title] = [t for t in doc._.kg_titles if t.name]
    assert doc[title.name[0] : title.name[1]].text == "يوهان شميت"


@pytest.mark.parametrize(
    "text",
    ["الرئيس التركي يتلقى اتصالا هاتفيا من نظيره", "الرئيس التركي لبوتين", "نظيره الروسي نتائج الأعمال المشتركة بين البلدين"],
)
def test_verbs_objects_and_noun_phrases_are_not_names(nlp, text):
    assert all(t.name is None and t.person is None for t in analyse(nlp, text)._.kg_titles)


def test_sentences_split_at_final_punctuation_and_line_breaks(nlp):
    doc = analyse(nlp, "عنوان الخبر.. والمزيد\n\nالفقرة الأولى. الفقرة الثانية؟ نعم")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == ["عنوان الخبر..", "والمزيد", "الفقرة الأولى.", "الفقرة الثانية؟", "نعم"]
