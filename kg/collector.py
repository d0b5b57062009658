"""Python's cyclic garbage collector, kept out of the build's object-heavy stretches.

Loading the pipeline and the gazetteer, gathering the workers' results and the reduce (terms,
triples, units by the hundred thousand) make many long-lived objects and almost no reference
cycles, yet each collection pass walks all of them: about a third of the pipeline's start-up and
half of the reduce went there. Where cyclic garbage is made (spaCy in the workers, pyshacl in the
SHACL guard) the collector stays on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection inside the block (objects are still freed by reference counting)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def keep_for_good() -> None:
    """Move what exists now (a loaded pipeline) out of the collector's passes for good; before a
    fork, this also keeps the passes from touching the memory pages the workers share."""
    gc.freeze()
