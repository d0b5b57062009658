"""Benchmark: peak memory of `kg build` on 100,000 articles (real news with ids replicated).

    python scripts/bench_memory.py [CORPUS] [--count 100000] [--scratch DIR] [--jobs 2]

CORPUS is the full Saudi corpus (../shared/tools/prep_saudinewsnet.py), else the dev set; its
articles are replicated under new ids up to --count. Prints the wall time and the peak RSS of
the whole process tree (the build and its worker processes), sampled every 0.2 s.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchlib import DEV_CORPUS, build_report, kg_build, mib, replicate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEV_CORPUS)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--scratch", type=Path)
    parser.add_argument("--jobs", default="2")
    args = parser.parse_args()
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="kg-memory-"))
    corpus = replicate(args.corpus, scratch / "corpus", args.count)
    run = kg_build(corpus, scratch / "out", "--jobs", args.jobs, "--no-cache")
    report = build_report(scratch / "out")
    print(f"{args.count:,} articles (from {args.corpus}): {run.seconds:.0f} s, {args.count / run.seconds:.0f} articles/s")
    print(f"peak RSS of kg build and its workers: {mib(run.peak_rss)}")
    print(f"   {report['counts']}")
    print(f"   stages (s): {report['timings_seconds']}")


if __name__ == "__main__":
    main()
