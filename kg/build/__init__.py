"""`kg build`: a map over articles (kg.build.stream, kg.build.runners), then a deterministic reduce
(kg.graph.corpus_facts, kg.graph.builder), a SHACL guard that drops what would break a shape
(kg.graph.guard), and the outputs (kg.build.outputs): graph.ttl, the Oxigraph store,
network.html and build-report.json."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.collector import gc_paused
from kg.build.options import BuildError, BuildOptions
from kg.build.outputs import BuildSummary, write_outputs
from kg.build.report import METADATA, VALIDATE, BuildReport, Problem
from kg.build.runners import DaskRunner, PoolRunner, SerialRunner
from kg.corpus import CorpusListing, list_corpus
from kg.gazetteer.loader import load_gazetteer
from kg.graph.builder import Unit, graph_of, graph_units, units_triples
from kg.graph.corpus_facts import CorpusFactsBuilder
from kg.graph.guard import GuardResult, UnitGuard
from kg.graph.validate import format_violations
from kg.paths import BUNDLED_CORPUS_DIR

__all__ = ["BuildError", "BuildOptions", "BuildSummary", "build", "build_corpus_graph"]


@dataclass
class Reduced:
    """What the reduce made of the map's results."""

    units: list[Unit]
    report: BuildReport
    articles: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def make_runner(options: BuildOptions, fingerprint: str):
    if options.dask:
        return DaskRunner(options.dask, options.gazetteer_dir, options.prefilter, fingerprint)
    if options.jobs > 1:
        return PoolRunner(options.jobs, options.gazetteer_dir, options.prefilter)
    return SerialRunner(options.gazetteer_dir, options.prefilter)


def run_map(listing: CorpusListing, options: BuildOptions, out_dir: Path | None, on_article, report: BuildReport) -> CorpusFactsBuilder:
    from kg.build.cache import FactCache
    from kg.build.fingerprint import extractor_fingerprint
    from kg.build.stream import MapStream

    fingerprint = extractor_fingerprint(options.gazetteer_dir)
    cache = FactCache(out_dir) if options.cache and out_dir is not None else None
    runner = make_runner(options, fingerprint)
    builder = CorpusFactsBuilder()
    # with local workers (started already, each with its own collector) this process only gathers
    # results (a Dask client makes cyclic garbage of its own: not there)
    gathering = gc_paused() if isinstance(runner, PoolRunner) else nullcontext()
    try:
        with gathering:
            gather(MapStream(listing, runner, fingerprint, cache, options.batch_size).results(), builder, options, report, on_article)
    finally:
        runner.close()
        if cache is not None:
            report.counts["articles_from_cache"] = cache.hits
            cache.close()
    return builder


def gather(results, builder: CorpusFactsBuilder, options: BuildOptions, report: BuildReport, on_article) -> None:
    """Each article's facts into the builder; its problem into the report (or raised, strict)."""
    for result in results:
        if on_article:
            on_article(result)
        report.count_article(result)
        if result.problem is not None:
            options.fail_fast(result.problem)
            report.add(result.problem)
            continue
        builder.add(result.info, result.facts)


def reduce_and_guard(builder: CorpusFactsBuilder, options: BuildOptions, out_dir: Path | None, report: BuildReport) -> list[Unit]:
    started = time.perf_counter()
    gazetteer, gazetteer_graph = load_gazetteer(options.gazetteer_dir)
    with gc_paused():  # the validation below makes cyclic garbage (pyshacl's graphs): not there
        units = graph_units(builder.finish(), gazetteer, gazetteer_graph)
    report.timings["reduce"] = time.perf_counter() - started
    started = time.perf_counter()
    guard = guarded(units, options, out_dir)
    report.timings["validate"] = time.perf_counter() - started
    report.counts["units_validated"] = guard.validated
    for dropped in guard.dropped:
        violation = dropped.violation
        problem = Problem(
            ",".join(dropped.unit.articles), VALIDATE, f"dropped {dropped.unit.kind} fact: {violation.message}",
            rule=f"{violation.path or '-'}: {violation.message}", node=str(violation.focus_node),
            value=None if violation.value is None else str(violation.value),
        )
        if options.strict:
            raise BuildError("the built graph breaks the ontology's shapes; nothing was written", drop_report(guard))
        report.add(problem)
    report.facts_dropped = guard.facts_dropped
    return guard.units


def drop_report(guard: GuardResult) -> str:
    from kg.graph.validate import ValidationResult

    violations = tuple(d.violation for d in guard.dropped)
    return format_violations(ValidationResult(False, violations))


def guarded(units: list[Unit], options: BuildOptions, out_dir: Path | None) -> GuardResult:
    jobs = 1 if options.dask else options.jobs
    if not options.cache or out_dir is None:
        return UnitGuard(jobs=jobs).check(units)
    from kg.build.cache import ValidationCache

    known = ValidationCache(out_dir)
    try:
        return UnitGuard(known.is_good, known.remember, jobs=jobs).check(units)
    finally:
        known.close()


def reduce_corpus(listing: CorpusListing, options: BuildOptions, out_dir: Path | None, on_article=None) -> Reduced:
    report = BuildReport()
    for where, problem in listing.metadata_problems:
        options.fail_fast(Problem(where, METADATA, problem))
        report.add(Problem(where, METADATA, problem))
    started = time.perf_counter()
    builder = run_map(listing, options, out_dir, on_article, report)
    report.timings["map"] = time.perf_counter() - started
    units = reduce_and_guard(builder, options, out_dir, report)
    return Reduced(units, report, len(listing))


def build(
    corpus_dir: Path | None = None,
    out_dir: Path = Path("output"),
    options: BuildOptions | None = None,
    on_article: Callable | None = None,
    listing: CorpusListing | None = None,
) -> BuildSummary:
    """Build the graph of a corpus into `out_dir`; problems are skipped and reported, unless strict.
    `listing`: the corpus already listed (`list_corpus(corpus_dir)`, as the CLI does to size its
    progress bar)."""
    options = options or BuildOptions()
    started = time.perf_counter()
    listing = list_corpus(corpus_dir or BUNDLED_CORPUS_DIR) if listing is None else listing
    reduced = reduce_corpus(listing, options, out_dir, on_article)
    with gc_paused():
        return write_outputs(reduced.units, reduced.report, out_dir, options, started)


def build_corpus_graph(corpus_dir: Path | None = None, options: BuildOptions | None = None) -> Graph:
    """The graph of a corpus, in memory, nothing written (for `kg evaluate`)."""
    options = options or BuildOptions(cache=False)
    listing = list_corpus(corpus_dir or BUNDLED_CORPUS_DIR)
    return graph_of(units_triples(reduce_corpus(listing, options, None).units))
