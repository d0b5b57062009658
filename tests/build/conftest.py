"""Corpora for the build tests: the bundled sample and, when it is beside the checkout, the dev set."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.paths import BUNDLED_CORPUS_DIR

DEV_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "dev" / "corpus"


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    """A copy of the bundled corpus that a test may change."""
    return Path(shutil.copytree(BUNDLED_CORPUS_DIR, tmp_path / "corpus"))


def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(f"the real-news dev set is not at {DEV_CORPUS}")
    return DEV_CORPUS
