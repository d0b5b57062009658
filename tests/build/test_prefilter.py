"""The prefilter decides which articles and sentences the pipeline reads; it never changes what
is found: the graph is the same with and without it."""

import pytest

from kg.build import BuildOptions, build_corpus_graph
from kg.build.extraction import ArticleMapper
from kg.graph.serialize import sorted_triples

from build.conftest import dev_corpus

CALL_SENTENCES = [
    "أجرى الرئيس التركي رجب طيب أردوغان اتصالاً هاتفياً مع نظيره الروسي فلاديمير بوتين.",
    "تلقى بوتين اتصالا من أردوغان بحثا خلاله العلاقات الثنائية.",
    "واتّـصل ماكرون هاتفيًّا بنظيره الروسي.",
    "أردوغان يهاتف بوتين ويبحث معه التطورات في سوريا",
    "تباحث الرئيسان التركي والروسي هاتفياً حول الوضع في إدلب.",
    "وخلال محادثة هاتفية مع ماكرون، أكد بوتين ضرورة احترام سيادة سوريا.",
    "ولم يكشف الكرملين عن فحوى المكالمة بين بوتين وماكرون.",
]
AGREEMENT_SENTENCES = [
    "وأكد الطرفان التزامهما باتفاق سوتشي حول إدلب.",
    "ودعا إلى احترام وقف إطلاق النار في ليبيا.",
    "وأعلنت الأمم المتحدة هدنة لمدة 72 ساعة في المدينة.",
    "وقال إن مذكرة “سوتشي” ما زالت سارية.",
]
NO_TRIGGER = [
    "افتتح الأمير اليوم معرضا للكتاب في الرياض بمشاركة مئات الناشرين.",
    "ارتفعت أسعار النفط في التعاملات الآسيوية صباح اليوم.",
]


@pytest.fixture(scope="module")
def mapper():
    return ArticleMapper()


@pytest.mark.parametrize("text", CALL_SENTENCES + AGREEMENT_SENTENCES)
def test_every_call_and_agreement_wording_passes_the_scan(mapper, text):
    assert mapper.scan.mentions_trigger(text)


@pytest.mark.parametrize("text", NO_TRIGGER)
def test_an_article_without_a_trigger_never_enters_the_pipeline(mapper, text):
    from kg.corpus import Article

    result = mapper.run(Article("x", text))
    assert not mapper.scan.mentions_trigger(text)
    assert not result.analysed and result.facts.calls == [] and result.kept == 0


def test_the_focus_keeps_trigger_sentences_and_their_neighbours(mapper):
    from kg.pipeline.nlp import analyse
    from kg.pipeline.sentences import sentence_spans

    lines = [f"ارتفعت أسعار النفط {n} بالمئة." for n in range(9)] + [CALL_SENTENCES[0]] + [f"وتراجع الذهب {n} بالمئة." for n in range(9)]
    doc = analyse(mapper.nlp, "\n".join(lines))
    kept = [s.text for s in sentence_spans(doc) if s.start in doc._.focus]
    # the sentence before the call, the call, and the four after it (calls.CONTINUATION_SENTENCES)
    assert kept == [lines[8], CALL_SENTENCES[0], *lines[10:14]]


@pytest.mark.parametrize("corpus", ["sample", "dev"])
def test_the_graph_is_the_same_with_and_without_the_prefilter(corpus):
    folder = None if corpus == "sample" else dev_corpus()
    with_prefilter = build_corpus_graph(folder, BuildOptions(cache=False, jobs=1))
    without = build_corpus_graph(folder, BuildOptions(cache=False, jobs=1, prefilter=False))
    assert sorted_triples(with_prefilter) == sorted_triples(without)
    assert len(with_prefilter) > 500


def test_an_article_with_agreement_triggers_only_reads_no_titles(mapper):
    from kg.pipeline.nlp import analyse

    agreement = analyse(mapper.nlp, "وقال وزير الخارجية التركي مولود جاويش أوغلو إن اتفاق سوتشي حول إدلب ما زال قائما.")
    call = analyse(mapper.nlp, "وأجرى وزير الخارجية التركي مولود جاويش أوغلو اتصالا هاتفيا مع نظيره الروسي.")
    assert (agreement._.call_trigger, agreement._.kg_titles) == (False, [])
    assert call._.call_trigger is True and len(call._.kg_titles) == 2
