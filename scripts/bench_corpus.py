"""Benchmark `kg build` on real news: throughput with 1 and 2 worker processes, the prefilter's
share, and an incremental rebuild with 1 % new articles (checked byte-identical to a clean build).

    python scripts/bench_corpus.py [CORPUS] [--scratch DIR] [--count N]

CORPUS is the full Saudi corpus (../shared/tools/prep_saudinewsnet.py); without it the dev set is
replicated with new ids up to --count articles (default 29,000). Every build is a clean build (no
cache) except the incremental one; each runs the whole `kg build` command, explorer included.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import tempfile
from pathlib import Path

from benchlib import build_report, kg_build, mib, real_corpus


def show(label: str, run, articles: int, out: Path) -> None:
    report = build_report(out)
    timings = ", ".join(f"{name} {seconds:.1f}" for name, seconds in report["timings_seconds"].items())
    print(f"{label}: {run.seconds:.1f} s, {articles / run.seconds:.0f} articles/s, peak RSS {mib(run.peak_rss)}")
    print(f"   stages (s): {timings}")
    print(f"   skipped {report['articles_skipped']}, dropped facts {report['facts_dropped']}, {report['counts']}")


def prefilter_share(out: Path) -> None:
    counts = build_report(out)["counts"]
    read = build_report(out)["articles_read"]
    print(
        f"prefilter: {counts['articles_analysed']:,} of {read:,} articles entered the pipeline "
        f"({counts['articles_analysed'] / read:.1%}); the extractors read {counts['sentences_kept']:,} of "
        f"{counts['sentences']:,} sentences ({counts['sentences_kept'] / counts['sentences']:.1%})"
    )


def incremental(corpus: Path, scratch: Path, clean_graph: Path, clean_seconds: float) -> None:
    """Build 99 % of the corpus, add the last 1 %, rebuild with the cache; compare with a clean build."""
    partial, aside, out = scratch / "partial", scratch / "aside", scratch / "incremental"
    for leftover in (partial, aside, out):  # from an earlier run in the same --scratch
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(corpus, partial, copy_function=os.link)
    articles = sorted(partial.glob("*.txt"))
    held_back = articles[:: 100]  # 1 %, spread over the corpus
    aside.mkdir()
    for path in held_back:
        path.rename(aside / path.name)
    kg_build(partial, out, "--jobs", "2")
    for path in held_back:
        (aside / path.name).rename(path)
    run = kg_build(partial, out, "--jobs", "2")
    same = filecmp.cmp(out / "graph.ttl", clean_graph, shallow=False)
    print(
        f"incremental rebuild with {len(held_back):,} new articles (1 %): {run.seconds:.1f} s, "
        f"{run.seconds / clean_seconds:.0%} of the clean --jobs 2 build; byte-identical to a clean build: {same}"
    )
    print(f"   {build_report(out)['counts']} {build_report(out)['timings_seconds']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--scratch", type=Path)
    parser.add_argument("--count", type=int, default=29_000)
    args = parser.parse_args()
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    corpus = real_corpus(args.corpus, scratch, args.count)
    articles = len(list(corpus.glob("*.txt")))
    print(f"corpus {corpus}: {articles:,} articles")
    runs = {}
    for jobs in ("1", "2"):
        out = scratch / f"jobs{jobs}"
        runs[jobs] = kg_build(corpus, out, "--jobs", jobs, "--no-cache")
        show(f"kg build --jobs {jobs}", runs[jobs], articles, out)
    same = filecmp.cmp(scratch / "jobs1" / "graph.ttl", scratch / "jobs2" / "graph.ttl", shallow=False)
    print(f"graph.ttl byte-identical for --jobs 1 and --jobs 2: {same}")
    prefilter_share(scratch / "jobs2")
    incremental(corpus, scratch, scratch / "jobs2" / "graph.ttl", runs["2"].seconds)
    print(f"scratch folder: {scratch}")


if __name__ == "__main__":
    main()
