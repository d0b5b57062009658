"""Shared by the benchmarks: corpora of real news, and a command timed with its peak memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "dev" / "corpus"
KG = str(Path(sys.executable).with_name("kg"))


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss: int  # bytes: the largest sum of RSS over the process and its children
    output: str


def tree_rss(root: int) -> int:
    """RSS of a process and all its descendants, in bytes (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def run_measured(command: list[str], interval: float = 0.2) -> Run:
    """Run a command to completion; its wall time and the peak RSS of its process tree."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            time.sleep(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = process.communicate()[0]
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{output}")
    return Run(seconds, peak[0], output)


def kg_build(corpus: Path, out: Path, *options: str) -> Run:
    return run_measured([KG, "build", str(corpus), "--out", str(out), *options])


def build_report(out: Path) -> dict:
    return json.loads((out / "build-report.json").read_text(encoding="utf-8"))


def replicate(source: Path, target: Path, count: int) -> Path:
    """`count` articles made from the source corpus's articles under new ids (hard links where the
    file system allows), with their metadata."""
    target.mkdir(parents=True, exist_ok=True)
    articles = sorted(source.glob("*.txt"))
    metadata = {}
    meta_file = source / "metadata.jsonl"
    if meta_file.is_file():
        for line in meta_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                metadata[record["id"]] = record
    lines = []
    for index in range(count):
        article = articles[index % len(articles)]
        copy = index // len(articles)
        new_id = article.stem if copy == 0 else f"{article.stem}r{copy}"
        destination = target / f"{new_id}.txt"
        if not destination.exists():
            try:
                os.link(article, destination)
            except OSError:
                destination.write_bytes(article.read_bytes())
        record = dict(metadata.get(article.stem, {}), id=new_id)
        lines.append(json.dumps(record, ensure_ascii=False))
    (target / "metadata.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def real_corpus(argument: str | None, scratch: Path, count: int) -> Path:
    """The corpus given (the full Saudi corpus from ../shared/tools/prep_saudinewsnet.py), else the
    dev set replicated with new ids up to `count` articles."""
    if argument:
        return Path(argument)
    if not DEV_CORPUS.is_dir():
        sys.exit(f"no corpus given and no dev set at {DEV_CORPUS}")
    return replicate(DEV_CORPUS, scratch / "replicated", count)


def mib(value: int) -> str:
    return f"{value / 2**20:,.0f} MiB"
