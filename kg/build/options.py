"""How a build runs, and the error that stops a strict build."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.build.report import Problem
from kg.build.runners import default_jobs


class BuildError(RuntimeError):
    """A strict build met a problem; nothing was written. `report` says more (SHACL results)."""

    def __init__(self, message: str, report: str = ""):
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class BuildOptions:
    jobs: int = field(default_factory=default_jobs)  # worker processes for the map (1: in this process)
    dask: str | None = None  # tcp://HOST:PORT of a Dask scheduler: the map runs on its workers
    cache: bool = True  # reuse facts of unchanged articles from OUT/cache
    prefilter: bool = True  # only articles and sentences near a trigger go through the pipeline
    strict: bool = False  # stop at the first unreadable article, failed extraction or dropped fact
    explorer: bool = True  # write network.html
    store: bool = True  # write the Oxigraph store OUT/store
    gazetteer_dir: Path | None = None
    batch_size: int = 64  # articles per task sent to a worker

    def fail_fast(self, problem: Problem) -> None:
        """In a strict build, the first problem stops everything."""
        if self.strict:
            raise BuildError(f"{problem.article}: {problem.problem} (stage {problem.stage}); nothing was written")
