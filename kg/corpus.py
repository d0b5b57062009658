"""Corpus loading: a folder of UTF-8 `*.txt` articles with an optional `metadata.jsonl`.

Articles are listed eagerly (paths and metadata only) and read lazily, one at a time, so that a
corpus of any size streams through the build. An article that cannot be read raises
`ArticleError` naming the file and the problem; the build skips it and reports it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.text.chars import ARABIC_LETTER_RE

METADATA_FILE = "metadata.jsonl"
# control characters that never occur in text (NUL, the C0 set but tab/newline/CR, DEL). Real
# news has some: a stray Ctrl-Z, and U+001A (SUB) where a converter lost a character (an emoji used
# as a bullet), which is left out; a binary file has NULs or many of the others.
CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x19\x1b-\x1f\x7f]")
BINARY_SHARE = 0.01  # more control characters than this share of the text (and a few): not text
BINARY_MIN = 3


class CorpusError(ValueError):
    """A corpus folder, article or metadata line that cannot be read; the message names the file."""


class ArticleError(CorpusError):
    """One article that cannot be read: the corpus goes on without it."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


@dataclass(frozen=True)
class ArticleInfo:
    """What the graph says of an article: no text, so a whole corpus of them fits in memory."""

    id: str
    published: dt.date | None = None
    source: str | None = None
    headline: str = ""


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

    @property
    def info(self) -> ArticleInfo:
        return ArticleInfo(self.id, self.published, self.source, self.headline)


@dataclass(frozen=True)
class Metadata:
    published: dt.date | None
    source: str | None
    url: str | None


@dataclass(frozen=True)
class CorpusListing:
    """The articles of a folder (sorted paths) with their metadata, and the metadata lines that
    could not be read (file:line and problem)."""

    folder: Path
    paths: tuple[Path, ...]
    metadata: dict[str, Metadata] = field(default_factory=dict)
    metadata_problems: tuple[tuple[str, str], ...] = ()

    def __len__(self) -> int:
        return len(self.paths)

    def articles(self) -> Iterator[Article | ArticleError]:
        """Each article in id order, read when asked for; an unreadable one as its error."""
        for path in self.paths:
            try:
                yield read_article(path, self.metadata.get(path.stem))
            except ArticleError as error:
                yield error


def list_corpus(folder: Path) -> CorpusListing:
    """The `*.txt` articles of `folder` and its metadata; a missing or empty folder is an error."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder")
    paths = tuple(sorted(folder.glob("*.txt"), key=lambda path: path.name))
    if not paths:
        raise CorpusError(f"{folder}: no *.txt articles in this folder")
    metadata, problems = read_metadata(folder / METADATA_FILE)
    return CorpusListing(folder, paths, metadata, tuple(problems))


def load_corpus(folder: Path) -> list[Article]:
    """Every readable article of `folder`, sorted by id (a small corpus, read at once)."""
    return [a for a in list_corpus(folder).articles() if isinstance(a, Article)]


def read_article(path: Path, metadata: Metadata | None = None) -> Article:
    """One article; `ArticleError` when it is not UTF-8 text with Arabic in it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(path, f"not UTF-8 text (byte {error.start})") from None
    check_text(path, text)
    meta = metadata or Metadata(None, None, None)
    return Article(path.stem, text.removeprefix("\ufeff"), meta.published, meta.source, meta.url)


def check_text(path: Path, text: str) -> None:
    if not text.strip():
        raise ArticleError(path, f"the article is empty")
    controls = CONTROL_CHARS_RE.findall(text)
    if "\x00" in controls or len(controls) > max(BINARY_MIN, BINARY_SHARE * len(text)):
        raise ArticleError(path, f"binary data, not text ({len(controls)} control characters, the first U+{ord(controls[0]):04X})")
    if not ARABIC_LETTER_RE.search(text):
        raise ArticleError(path, f"no Arabic text in the article")


def read_metadata(path: Path) -> tuple[dict[str, Metadata], list[tuple[str, str]]]:
    """`metadata.jsonl` by article id, and the lines that could not be read (skipped)."""
    if not path.is_file():
        return {}, []
    records: dict[str, Metadata] = {}
    problems: list[tuple[str, str]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        return {}, [(str(path), f"not UTF-8 text (byte {error.start}); metadata ignored")]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article_id, meta = parse_metadata_line(line, f"{path}:{number}")
        except CorpusError as error:
            problems.append((f"{path}:{number}", str(error).split(": ", 1)[-1]))
            continue
        records[article_id] = meta
    return records, problems


def load_metadata(path: Path) -> dict[str, Metadata]:
    """`metadata.jsonl` as a dict by article id; a bad line is an error (strict reading)."""
    records, problems = read_metadata(path)
    if problems:
        where, problem = problems[0]
        raise CorpusError(f"{where}: {problem}")
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
