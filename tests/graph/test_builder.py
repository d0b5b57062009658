"""The built graph: IRIs, evidence offsets, projections, determinism, SHACL."""

import datetime as dt

from rdflib import RDF, URIRef

from kg.build import BuildOptions, build
from kg.corpus import load_corpus
from kg.graph.validate import validate_graph
from kg.paths import BUNDLED_CORPUS_DIR
from kg.vocab import KG, resource

ERDOGAN = resource("person", "recep-tayyip-erdogan")
PUTIN = resource("person", "vladimir-putin")
MACRON = resource("person", "emmanuel-macron")
MERKEL = resource("person", "angela-merkel")


def test_two_builds_give_identical_bytes(tmp_path, sample_build):
    again = build(out_dir=tmp_path)
    assert again.graph_path.read_bytes() == sample_build.graph_path.read_bytes()
    assert again.explorer_path.read_bytes() == sample_build.explorer_path.read_bytes()


def test_the_built_graph_conforms_to_the_shapes(sample_graph):
    result = validate_graph(sample_graph)
    assert result.conforms, result.errors


def test_evidence_offsets_point_into_the_original_article_text(sample_graph):
    texts = {a.id: a.text for a in load_corpus(BUNDLED_CORPUS_DIR)}
    evidence = list(sample_graph.subjects(RDF.type, KG.Evidence))
    assert len(evidence) >= 20
    for node in evidence:
        article = str(sample_graph.value(node, KG.article)).rsplit("/", 1)[-1]
        start, end = int(sample_graph.value(node, KG.start)), int(sample_graph.value(node, KG.end))
        assert texts[article][start:end] == str(sample_graph.value(node, KG.quote))


def test_called_goes_from_the_initiator_and_spoke_with_both_ways(sample_graph):
    assert (ERDOGAN, KG.called, PUTIN) in sample_graph
    assert (PUTIN, KG.called, ERDOGAN) not in sample_graph
    assert (MACRON, KG.called, PUTIN) in sample_graph and (MERKEL, KG.called, PUTIN) in sample_graph
    assert (MACRON, KG.called, MERKEL) not in sample_graph  # both called Putin together
    for a, b in sample_graph.subject_objects(KG.spokeWith):
        assert (b, KG.spokeWith, a) in sample_graph


def test_call_iris_are_readable_and_carry_the_date(sample_graph):
    calls = sorted(str(c).rsplit("/", 1)[-1] for c in sample_graph.subjects(RDF.type, KG.PhoneCall))
    assert calls == [
        "2019-05-13-recep-tayyip-erdogan--vladimir-putin",
        "2019-05-14-hulusi-akar--sergei-shoigu",
        "2019-05-20-hulusi-akar--sergei-shoigu",
        "2019-05-30-recep-tayyip-erdogan--vladimir-putin",
        "2020-02-04-recep-tayyip-erdogan--vladimir-putin",
        "2020-02-20-angela-merkel--emmanuel-macron--vladimir-putin",
    ]


def test_people_carry_roles_and_countries(sample_graph):
    roles = {str(r) for r in sample_graph.objects(ERDOGAN, KG.role)}
    assert {"President", "الرئيس"} <= roles
    assert (ERDOGAN, KG.country, resource("country", "turkey")) in sample_graph
    akar = resource("person", "hulusi-akar")
    assert "Minister of National Defence" in {str(r) for r in sample_graph.objects(akar, KG.role)}


def test_agreement_dates_and_parties(sample_graph):
    sochi = resource("agreement", "sochi-agreement")
    assert str(sample_graph.value(sochi, KG.date)) == "2018-09"
    assert set(sample_graph.objects(sochi, KG.party)) == {resource("country", "turkey"), resource("country", "russia")}
    assert isinstance(next(iter(sample_graph.objects(sochi, KG.covers))), URIRef)
    assert dt.date(2020, 2, 4).isoformat() in {str(d) for d in sample_graph.objects(None, KG.date)}


def test_an_agreement_named_but_not_extracted_stays_out_of_the_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("وأكد الوزير أن مسار أستانا ما زال قائما.\nأجرى أردوغان اتصالا هاتفيا مع بوتين.", encoding="utf-8")
    summary = build(corpus, tmp_path / "out", BuildOptions(explorer=False))
    assert summary.calls == 1 and summary.agreements == 0
