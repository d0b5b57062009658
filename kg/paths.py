"""Where the shipped data lives: the ontology folder and the bundled sample corpus."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_CORPUS_DIR = PACKAGE_DIR / "data" / "corpus"


def ontology_dir() -> Path:
    """The ontology folder: inside an installed wheel, else the source tree's top level."""
    for candidate in (PACKAGE_DIR / "ontology", PACKAGE_DIR.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise FileNotFoundError("ontology/kg.ttl not found beside the kg package")


def gazetteer_dir() -> Path:
    return ontology_dir() / "gazetteer"


def queries_dir() -> Path:
    return ontology_dir() / "queries"
