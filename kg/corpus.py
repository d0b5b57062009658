"""Corpus loading: a folder of UTF-8 `*.txt` articles with an optional `metadata.jsonl`."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

METADATA_FILE = "metadata.jsonl"


class CorpusError(ValueError):
    """A corpus folder, article or metadata line that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None

    @property
    def headline(self) -> str:
        """The first non-empty line."""
        return next((line.strip() for line in self.text.splitlines() if line.strip()), "")


@dataclass(frozen=True)
class Metadata:
    published: dt.date | None
    source: str | None
    url: str | None


def load_corpus(folder: Path) -> list[Article]:
    """Every `*.txt` article of `folder`, sorted by id, with its metadata."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder")
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise CorpusError(f"{folder}: no *.txt articles in this folder")
    metadata = load_metadata(folder / METADATA_FILE)
    return [read_article(path, metadata.get(path.stem)) for path in paths]


def read_article(path: Path, metadata: Metadata | None) -> Article:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CorpusError(f"{path}: not UTF-8 text (byte {error.start})") from None
    if not text.strip():
        raise CorpusError(f"{path}: the article is empty")
    meta = metadata or Metadata(None, None, None)
    return Article(path.stem, text, meta.published, meta.source, meta.url)


def load_metadata(path: Path) -> dict[str, Metadata]:
    """`metadata.jsonl` as a dict by article id; an absent file gives an empty dict."""
    if not path.is_file():
        return {}
    records: dict[str, Metadata] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            article_id, meta = parse_metadata_line(line, f"{path}:{number}")
            records[article_id] = meta
    return records


def parse_metadata_line(line: str, where: str) -> tuple[str, Metadata]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise CorpusError(f"{where}: invalid JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise CorpusError(f'{where}: each line must be an object with a string "id"')
    return record["id"], Metadata(
        parse_date(record.get("published"), where), record.get("source"), record.get("url")
    )


def parse_date(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CorpusError(f'{where}: "published" must be YYYY-MM-DD, got {value!r}') from None
