"""The `kg` command line, through typer's CliRunner: exit codes and output."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.paths import BUNDLED_CORPUS_DIR

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    result = runner.invoke(app, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_prints_a_summary_and_writes_both_files(built):
    out, output = built
    assert "articles" in output and "calls" in output and "triples" in output
    row = [line for line in output.splitlines() if line.startswith("│ 5 ")]
    assert row, output
    assert (out / "graph.ttl").stat().st_size > 10_000
    assert "<html" in (out / "network.html").read_text(encoding="utf-8").lower()


def test_query_by_name_in_each_format(built):
    graph = str(built[0] / "graph.ttl")
    table = runner.invoke(app, ["query", "--name", "who-called-whom", "--graph", graph])
    assert table.exit_code == 0 and "row(s)" in table.output
    rows = json.loads(runner.invoke(app, ["query", "-n", "who-called-whom", "-g", graph, "-f", "json"]).output)
    assert {"Recep Tayyip Erdoğan"} <= {row.get("callerEn") or row.get("caller_en") or "" for row in rows} or rows
    csv_out = runner.invoke(app, ["query", "-n", "actor-calls", "-b", "actorName=بوتين", "-g", graph, "-f", "csv"]).output
    assert csv_out.count("\n") >= 5  # header + Putin's calls


def test_query_accepts_sparql_text_and_rq_files(built, tmp_path):
    graph = str(built[0] / "graph.ttl")
    sparql = "PREFIX kg: <https://w3id.org/arabic-news-kg/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a kg:PhoneCall }"
    text = runner.invoke(app, ["query", sparql, "-g", graph, "-f", "csv"])
    assert text.exit_code == 0 and text.output.splitlines() == ["n", "6"]
    rq = tmp_path / "count.rq"
    rq.write_text(sparql, encoding="utf-8")
    assert runner.invoke(app, ["query", str(rq), "-g", graph, "-f", "csv"]).output.splitlines() == ["n", "6"]


def test_stats_counts_calls(built):
    result = runner.invoke(app, ["stats", "--graph", str(built[0] / "graph.ttl")])
    assert result.exit_code == 0
    assert any("phone calls" in line and "6" in line for line in result.output.splitlines())


def test_view_rebuilds_the_explorer_from_the_graph(built, tmp_path):
    target = tmp_path / "explorer.html"
    result = runner.invoke(app, ["view", "--graph", str(built[0] / "graph.ttl"), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == (built[0] / "network.html").read_bytes()


def test_evaluate_prints_the_scores(built):
    result = runner.invoke(app, ["evaluate", "--gold", "tests/data/seeds.jsonl", "--graph", str(built[0] / "graph.ttl")])
    assert result.exit_code == 0, result.output
    assert "calls" in result.output.lower() and "1.00" in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["query", "--name", "no-such-query", "-g", "{graph}"], "no-such-query"),
        (["query", "SELEC nonsense", "-g", "{graph}"], "kg: error:"),
        (["stats", "--graph", "{missing}"], "no such graph file"),
        (["build", "{missing}"], "not a folder"),
        (["evaluate", "--gold", "{missing}"], "kg: error:"),
        (["query", "-n", "who-called-whom", "-b", "oops", "-g", "{graph}"], "expected NAME=VALUE"),
        (["serve", "--store", "{missing}"], "not an Oxigraph store"),
        (["serve", "--graph", "{missing}"], "no such graph file"),
    ],
)
def test_errors_are_one_line_on_stderr_with_a_non_zero_exit(built, tmp_path, arguments, message):
    values = {"graph": str(built[0] / "graph.ttl"), "missing": str(tmp_path / "missing")}
    result = runner.invoke(app, [a.format(**values) for a in arguments])
    assert result.exit_code != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_bad_article_is_skipped_and_reported(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS_DIR, corpus)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe bad bytes")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--no-explorer", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "1 article(s) skipped" in result.stderr
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["articles_skipped"] == 1
    assert report["problems"] == [
        {"article": "broken", "stage": "read", "problem": "not UTF-8 text (byte 0)", "rule": None, "node": None, "value": None}
    ]
    assert "PhoneCall" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_strict_stops_at_a_bad_article_and_writes_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS_DIR, corpus)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe bad bytes")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--strict", "--jobs", "1"])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: broken: not UTF-8 text (byte 0) (stage read)")
    assert not (out / "graph.ttl").exists() and not (out / "store").exists()


def test_a_shape_violation_prints_the_report_after_the_error_line(tmp_path, monkeypatch):
    from kg import build as build_module

    def refuse(*_args, **_kwargs):
        raise build_module.BuildError("the built graph breaks the ontology's shapes (1 violations); nothing was written", "1. [Violation] A phone call needs at least two participants")

    monkeypatch.setattr(build_module, "build", refuse)
    result = runner.invoke(app, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("kg: error: the built graph breaks the ontology's shapes")
    assert "at least two participants" in lines[1]


def test_build_with_another_gazetteer(tmp_path):
    result = runner.invoke(app, ["build", "--gazetteer", "tests/data/gazetteer", "--out", str(tmp_path), "--no-explorer"])
    assert result.exit_code == 0, result.output
    turtle = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "person:recep-tayyip-erdogan" in turtle
    assert "person:angela-merkel" not in turtle  # not in that gazetteer: found from her title instead
    assert not (tmp_path / "network.html").exists()
