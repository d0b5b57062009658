import pytest
import spacy

from kg.text.tokenizer import create_tokenizer


@pytest.fixture(scope="module")
def tokenize():
    nlp = spacy.blank("ar")
    nlp.tokenizer = create_tokenizer(nlp)
    return lambda text: [t.text for t in nlp.make_doc(text) if not t.is_space]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("لـ”إحباط”", ["لـ", "”", "إحباط", "”"]),
        ("بـ«الهجوم»", ["بـ", "«", "الهجوم", "»"]),
        ("(سبوتنيك)", ["(", "سبوتنيك", ")"]),
        ("مايو/ أيار", ["مايو", "/", "أيار"]),
        ("الروسي؛ إدلب،", ["الروسي", "؛", "إدلب", "،"]),
        ("“سوتشي”", ["“", "سوتشي", "”"]),
        ('أردوغان"\u00a0نظيره', ["أردوغان", '"', "نظيره"]),
        ("إدلب.. أردوغان", ["إدلب", "..", "أردوغان"]),
        ("2019.", ["2019", "."]),
        ("3.6 ملايين", ["3.6", "ملايين"]),
        ("هل اتصل؟", ["هل", "اتصل", "؟"]),
    ],
)
def test_punctuation_and_tatweel_clitics_are_split(tokenize, text, tokens):
    assert tokenize(text) == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("رجب طيب اردوغان.وفي موازاة ذلك", ["رجب", "طيب", "اردوغان", ".", "وفي", "موازاة", "ذلك"]),
        ("وصل إلى القاهرة.وقال الوزير", ["وصل", "إلى", "القاهرة", ".", "وقال", "الوزير"]),
        ("الرئيس الفرنسي فرانسوا هولاند.واستقبل", ["الرئيس", "الفرنسي", "فرانسوا", "هولاند", ".", "واستقبل"]),
        ("الأمير محمد بن سلمان.ومن جهته", ["الأمير", "محمد", "بن", "سلمان", ".", "ومن", "جهته"]),
        ("موقع www.spa.gov.sa للأنباء", ["موقع", "www.spa.gov.sa", "للأنباء"]),
        ("عبر https://aawsat.com/home أمس", ["عبر", "https://aawsat.com/home", "أمس"]),
    ],
)
def test_a_full_stop_between_arabic_words_splits_them_but_web_addresses_stay_whole(tokenize, text, tokens):
    assert tokenize(text) == tokens
