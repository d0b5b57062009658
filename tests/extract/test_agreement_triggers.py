"""Every way of naming an agreement the tests cover reaches the agreement reader through the
prefilter (agreement_lexicon.SENTENCE_TRIGGERS or a gazetteer name), and finds the same with and
without it."""

import pytest

from agreement_helpers import SUMMER_2015
from kg.corpus import Article
from kg.extract.article import extract_article
from kg.pipeline.nlp import analyse, build_nlp
from test_agreement_names import DECLARATIONS, TREATIES_AND_ACCORDS
from test_agreement_nuclear import THE_IRAN_DEAL
from test_agreement_parties import BETWEEN_PARTIES
from test_agreement_resolutions import RESOLUTIONS
from test_agreement_truces import IN_CONTEXT, NAMED_TRUCES

SENTENCES = (
    [row[0] for row in NAMED_TRUCES + IN_CONTEXT + RESOLUTIONS + BETWEEN_PARTIES + DECLARATIONS + TREATIES_AND_ACCORDS]
    + THE_IRAN_DEAL
)


@pytest.fixture(scope="module")
def unfiltered():
    return build_nlp(prefilter=False)


def summary(facts):
    return sorted((a.iri, a.label_ar, tuple(sorted(a.covers)), tuple(sorted(a.parties))) for a in facts.agreements)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_prefilter_lets_every_agreement_wording_through(nlp, gazetteer, unfiltered, text):
    assert nlp.get_pipe("kg_focus").scan.mentions_trigger(text)
    article = Article("t", text, SUMMER_2015)
    filtered = extract_article(analyse(nlp, text, "t", SUMMER_2015), article, gazetteer)
    everything = extract_article(analyse(unfiltered, text, "t", SUMMER_2015), article, gazetteer)
    assert summary(filtered) == summary(everything) != []
