"""Where the map runs: in this process, in a pool of local worker processes, or on a Dask cluster.

Every runner takes batches of articles in corpus order and yields their results in the same
order, so that the reduce sees the same sequence however the map ran. Workers build the pipeline
once each and send back facts (plain dataclasses), never spaCy Docs.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.collector import gc_paused, keep_for_good
from kg.build.extraction import ArticleMapper, ArticleResult
from kg.corpus import Article

Batch = list[Article]
# batches sent ahead of the one being collected: enough to keep workers busy, few enough that
# memory stays bounded whatever the corpus size
IN_FLIGHT_PER_WORKER = 4

_mapper: ArticleMapper | None = None  # one per process: built by the parent before a fork, or on first use
_mapper_config: tuple[Path | None, bool] | None = None
_mapper_lock = threading.Lock()  # a Dask worker may run several tasks at once in threads


def process_mapper(gazetteer_dir: Path | None, prefilter: bool) -> ArticleMapper:
    global _mapper, _mapper_config
    with _mapper_lock:
        if _mapper is None or _mapper_config != (gazetteer_dir, prefilter):
            with gc_paused():
                _mapper, _mapper_config = ArticleMapper(gazetteer_dir, prefilter), (gazetteer_dir, prefilter)
            keep_for_good()  # the pipeline lives as long as the process
        return _mapper


def map_batch(batch: Batch, gazetteer_dir: Path | None, prefilter: bool) -> list[ArticleResult]:
    return process_mapper(gazetteer_dir, prefilter).run_batch(batch)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class SerialRunner:
    def __init__(self, gazetteer_dir: Path | None, prefilter: bool):
        self.config = (gazetteer_dir, prefilter)

    def run(self, batches: Iterable[Batch]) -> Iterator[list[ArticleResult]]:
        for batch in batches:
            yield map_batch(batch, *self.config)

    def close(self) -> None:
        pass


class PoolRunner:
    """Local worker processes. With fork, workers inherit the parent's loaded pipeline."""

    def __init__(self, jobs: int, gazetteer_dir: Path | None, prefilter: bool):
        self.config = (gazetteer_dir, prefilter)
        self.jobs = jobs
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if method == "fork":
            process_mapper(gazetteer_dir, prefilter)
        self.pool = multiprocessing.get_context(method).Pool(jobs)

    def run(self, batches: Iterable[Batch]) -> Iterator[list[ArticleResult]]:
        pending: deque = deque()
        for batch in batches:
            pending.append(self.pool.apply_async(map_batch, (batch, *self.config)))
            if len(pending) >= self.jobs * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


class DaskRunner:
    """The map on an existing Dask cluster (`dask scheduler` + `dask worker`): futures over
    batches, results gathered in corpus order. The reduce stays in this process."""

    def __init__(self, address: str, gazetteer_dir: Path | None, prefilter: bool, fingerprint: str):
        from dask.distributed import Client

        self.client = Client(address)
        self.config = (gazetteer_dir, prefilter)
        self.check_workers(fingerprint)
        self.window = max(1, sum(self.client.nthreads().values())) * IN_FLIGHT_PER_WORKER

    def check_workers(self, fingerprint: str) -> None:
        from kg.build.fingerprint import extractor_fingerprint

        theirs = self.client.run(extractor_fingerprint, self.config[0])
        if not theirs:
            raise RuntimeError(f"the Dask cluster at {self.client.scheduler.address} has no workers")
        different = sorted(worker for worker, value in theirs.items() if value != fingerprint)
        if different:
            raise RuntimeError(f"Dask workers {', '.join(different)} run other code or another gazetteer than this build")

    def run(self, batches: Iterable[Batch]) -> Iterator[list[ArticleResult]]:
        pending: deque = deque()
        for batch in batches:
            pending.append(self.client.submit(map_batch, batch, *self.config, pure=False))
            if len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.client.close()
