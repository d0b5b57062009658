"""What a build writes: graph.ttl, the Oxigraph store, network.html and build-report.json, each
complete or not at all (temporary file or folder, then rename)."""

from __future__ import annotations

import shutil
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF

from kg.build.options import BuildOptions
from kg.build.report import BuildReport
from kg.graph.builder import Unit, units_triples
from kg.graph.serialize import write_triples
from kg.graph.store import STORE_DIR, write_store
from kg.vocab import KG

GRAPH_FILE = "graph.ttl"
EXPLORER_FILE = "network.html"


@dataclass(frozen=True)
class BuildSummary:
    articles: int  # articles in the corpus folder
    skipped: int  # articles left out (unreadable, or extraction failed)
    dropped: int  # facts dropped because they would break a shape
    actors: int
    calls: int
    agreements: int
    triples: int
    seconds: float
    graph_path: Path
    explorer_path: Path | None
    store_path: Path | None
    report_path: Path | None
    sentences: int = 0
    sentences_kept: int = 0
    cached: int = 0


def class_counts(triples: list[tuple]) -> Counter:
    kind = RDF.type
    return Counter(o for _, p, o in triples if p == kind)


def write_outputs(units: list[Unit], report: BuildReport, out_dir: Path, options: BuildOptions, started: float) -> BuildSummary:
    timings = report.timings
    clock = time.perf_counter()
    triples = units_triples(units)
    graph_path = out_dir / GRAPH_FILE
    write_triples(triples, graph_path)
    timings["write graph.ttl"] = time.perf_counter() - clock
    store_path = write_store_timed(graph_path, out_dir, options, timings)
    explorer_path = write_explorer_timed(triples, out_dir, options, timings)
    counts = class_counts(triples)
    report.counts |= {"triples": len(triples), "calls": counts[KG.PhoneCall], "agreements": counts[KG.Agreement]}
    timings["total"] = time.perf_counter() - started
    report_path = report.write(out_dir)
    return BuildSummary(
        articles=report.articles_read + report.articles_skipped,
        skipped=report.articles_skipped,
        dropped=report.facts_dropped,
        actors=count_actors(triples),
        calls=counts[KG.PhoneCall],
        agreements=counts[KG.Agreement],
        triples=len(triples),
        seconds=timings["total"],
        graph_path=graph_path,
        explorer_path=explorer_path,
        store_path=store_path,
        report_path=report_path,
        sentences=report.counts.get("sentences", 0),
        sentences_kept=report.counts.get("sentences_kept", 0),
        cached=report.counts.get("articles_from_cache", 0),
    )


def count_actors(triples: list[tuple]) -> int:
    kind, actor_classes = RDF.type, {KG.Person, KG.Organization, KG.Country}
    return len({s for s, p, o in triples if p == kind and o in actor_classes})


def write_store_timed(graph_path: Path, out_dir: Path, options: BuildOptions, timings: dict) -> Path | None:
    folder = out_dir / STORE_DIR
    if not options.store:
        shutil.rmtree(folder, ignore_errors=True)  # a store of an earlier build would be stale
        return None
    clock = time.perf_counter()
    write_store(graph_path, folder)
    timings["write store"] = time.perf_counter() - clock
    return folder


def write_explorer_timed(triples: list[tuple], out_dir: Path, options: BuildOptions, timings: dict) -> Path | None:
    """The explorer, projected from the triples just written (no second copy of the graph)."""
    if not options.explorer:
        return None
    from kg.explorer.render import write_explorer

    clock = time.perf_counter()
    path = out_dir / EXPLORER_FILE
    write_explorer(triples, path)
    timings["write network.html"] = time.perf_counter() - clock
    return path
