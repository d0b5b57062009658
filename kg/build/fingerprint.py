"""The extractor fingerprint: what the facts of an article depend on besides the article itself.

A hash of the package's version, of every Python source file of the `kg` package and of every
gazetteer file. Two machines with the same fingerprint extract the same facts from the same text;
a Dask worker whose fingerprint differs from the driver's is refused.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from kg import __version__
from kg.paths import PACKAGE_DIR, gazetteer_dir


@lru_cache(maxsize=8)
def extractor_fingerprint(gazetteer: Path | None = None) -> str:
    digest = hashlib.sha256(__version__.encode())
    folder = Path(gazetteer) if gazetteer else gazetteer_dir()
    files = sorted(PACKAGE_DIR.rglob("*.py")) + sorted(folder.glob("*.ttl"))
    for path in files:
        digest.update(str(path.relative_to(path.parents[1])).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]
