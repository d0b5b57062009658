"""Per-article facts cached by content hash and extractor fingerprint (`OUT/cache/facts.sqlite`).

The key of an article is a hash of the extractor fingerprint (code and gazetteer, see
`fingerprint`) and of everything the map reads: id, publication date, source and text. A
changed article, a new gazetteer or new code gives new keys; entries no build used are pruned at
the end of each build, so the cache holds one corpus's facts.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from kg.build.extraction import ArticleResult
from kg.corpus import Article

CACHE_DIR = "cache"
CACHE_FILE = "facts.sqlite"


def article_key(article: Article, fingerprint: str) -> str:
    digest = hashlib.sha256()
    for part in (fingerprint, article.id, str(article.published), article.source or "", article.text):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def open_cache(out_dir: Path, table: str) -> sqlite3.Connection:
    """The build cache's database (`OUT/cache/facts.sqlite`) with `table` in it."""
    folder = out_dir / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(folder / CACHE_FILE)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(f"CREATE TABLE IF NOT EXISTS {table}")
    return connection


class FactCache:
    """A key-value store of pickled ArticleResults; only the build's own process writes to it."""

    def __init__(self, out_dir: Path):
        self.connection = open_cache(out_dir, "facts (key TEXT PRIMARY KEY, result BLOB)")
        self.connection.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
        self.hits = 0

    def get_many(self, keys: list[str]) -> dict[str, ArticleResult]:
        """The cached results among `keys` (one query for a batch), each key noted as used."""
        self.connection.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((key,) for key in keys))
        marks = ",".join("?" * len(keys))
        found = {}
        for key, blob in self.connection.execute(f"SELECT key, result FROM facts WHERE key IN ({marks})", keys):
            found[key] = pickle.loads(blob)
            found[key].cached = True
        self.hits += len(found)
        return found

    def put_many(self, entries: Iterable[tuple[str, ArticleResult]]) -> None:
        rows = [(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)) for key, result in entries if result.problem is None]
        self.connection.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?)", rows)

    def close(self, prune: bool = True) -> None:
        """Commit; with `prune`, forget every entry this build did not use."""
        if prune:
            self.connection.execute("DELETE FROM facts WHERE key NOT IN (SELECT key FROM used)")
        self.connection.commit()
        self.connection.close()


class ValidationCache:
    """Hashes of graph units known to conform to the shapes (kg.graph.guard), beside the facts."""

    def __init__(self, out_dir: Path):
        self.connection = open_cache(out_dir, "conforming (key TEXT PRIMARY KEY)")
        self.known = {row[0] for row in self.connection.execute("SELECT key FROM conforming")}
        self.used: set[str] = set()

    def is_good(self, key: str) -> bool:
        self.used.add(key)
        return key in self.known

    def remember(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.known.add(key)
            self.used.add(key)

    def close(self) -> None:
        """Keep the hashes of this build's units only."""
        self.connection.execute("DELETE FROM conforming")
        self.connection.executemany("INSERT INTO conforming VALUES (?)", ((k,) for k in sorted(self.used & self.known)))
        self.connection.commit()
        self.connection.close()
