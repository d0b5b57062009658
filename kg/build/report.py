"""What a build skipped or dropped, and why: `OUT/build-report.json`.

A problem is one unreadable article (stage "read"), one article the extractors failed on
("extract"), one bad metadata line ("metadata") or one fact dropped because it would break a
SHACL shape ("validate": with the shape's rule, the node and the value).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.graph.serialize import write_atomically

REPORT_FILE = "build-report.json"
READ, EXTRACT, METADATA, VALIDATE = "read", "extract", "metadata", "validate"


@dataclass(frozen=True)
class Problem:
    article: str  # article id, or file:line for metadata; "" when a fact has no single article
    stage: str
    problem: str
    rule: str | None = None  # the SHACL constraint (path and message) a dropped fact broke
    node: str | None = None
    value: str | None = None


@dataclass
class BuildReport:
    articles_read: int = 0
    articles_skipped: int = 0
    facts_dropped: int = 0  # distinct facts: one may break several constraints (a problem each)
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def count_article(self, result) -> None:
        """Counts of the map: articles read, analysed, from the cache; sentences kept by the prefilter."""
        counts = self.counts
        if result.problem is None:
            self.articles_read += 1
        counts["sentences"] = counts.get("sentences", 0) + result.sentences
        counts["sentences_kept"] = counts.get("sentences_kept", 0) + result.kept
        counts["articles_analysed"] = counts.get("articles_analysed", 0) + int(result.analysed)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)
        if problem.stage in (READ, EXTRACT):
            self.articles_skipped += 1

    def as_dict(self) -> dict:
        return {
            "articles_read": self.articles_read,
            "articles_skipped": self.articles_skipped,
            "facts_dropped": self.facts_dropped,
            "counts": dict(sorted(self.counts.items())),
            "timings_seconds": {k: round(v, 3) for k, v in self.timings.items()},
            "problems": [asdict(p) for p in sorted(self.problems, key=problem_order)],
        }

    def write(self, out_dir: Path) -> Path:
        path = out_dir / REPORT_FILE
        write_atomically(path, json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return path


def problem_order(problem: Problem) -> tuple:
    return (problem.stage, problem.article, problem.node or "", problem.rule or "", problem.value or "")
