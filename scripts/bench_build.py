"""Benchmark: extraction and graph building on a corpus of N articles (default 500).

The corpus is the bundled sample repeated under new ids with shifted dates, so that calls do not
all merge; it prints articles per second and the time of each stage.
    python scripts/bench_build.py [N]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from kg.build import build
from kg.corpus import load_corpus
from kg.extract.dates import find_dates
from kg.paths import BUNDLED_CORPUS_DIR


def write_corpus(folder: Path, count: int) -> None:
    articles = load_corpus(BUNDLED_CORPUS_DIR)
    lines = []
    for index in range(count):
        article = articles[index % len(articles)]
        article_id = f"{index:05d}_{article.id}"
        (folder / f"{article_id}.txt").write_text(article.text, encoding="utf-8")
        published = article.published + dt.timedelta(days=30 * (index // len(articles)))
        lines.append(f'{{"id": "{article_id}", "published": "{published.isoformat()}"}}')
    (folder / "metadata.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def bench_dates() -> None:
    text = " ".join(a.text for a in load_corpus(BUNDLED_CORPUS_DIR))[:10_000]
    runs = []
    for _ in range(50):
        started = time.perf_counter()
        find_dates(text, dt.date(2019, 5, 20))
        runs.append(time.perf_counter() - started)
    print(f"date recogniser: {min(runs) * 1000:.2f} ms per 10,000 characters (best of 50)")


def main(count: int) -> None:
    bench_dates()
    with tempfile.TemporaryDirectory() as temporary:
        corpus, out = Path(temporary) / "corpus", Path(temporary) / "out"
        corpus.mkdir()
        write_corpus(corpus, count)
        started = time.perf_counter()
        summary = build(corpus, out, explorer=False)
        seconds = time.perf_counter() - started
    print(f"kg build, {count} articles: {seconds:.1f} s ({count / seconds:.1f} articles/s)")
    print(f"  calls {summary.calls}, agreements {summary.agreements}, actors {summary.actors}, triples {summary.triples}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
