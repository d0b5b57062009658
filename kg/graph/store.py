"""The on-disk Oxigraph store beside graph.ttl (`OUT/store/`), for `kg query`, `kg stats` and
`kg serve`: loaded with Oxigraph's own bulk loader from graph.ttl (no rdflib round trip), written
to a temporary folder and swapped in whole."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

STORE_DIR = "store"
# written last into a complete store: a folder without it is not a store (an interrupted build)
MARKER = "kg-store.txt"


def store_beside(graph_path: Path) -> Path:
    return graph_path.parent / STORE_DIR


def is_store(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def write_store(graph_path: Path, folder: Path) -> Path:
    """Bulk-load graph.ttl into a new store at `folder`, replacing any store there."""
    temporary = folder.with_name(f".{folder.name}.tmp-{os.getpid()}")
    shutil.rmtree(temporary, ignore_errors=True)
    try:
        store = pyoxigraph.Store(str(temporary))
        store.bulk_load(path=str(graph_path), format=pyoxigraph.RdfFormat.TURTLE)
        store.flush()
        del store
        (temporary / MARKER).write_text(f"Oxigraph store of {graph_path.name}\n", encoding="utf-8")
        swap_in(temporary, folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return folder


def swap_in(new: Path, folder: Path) -> None:
    old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
    if folder.exists():
        os.replace(folder, old)
    os.replace(new, folder)
    shutil.rmtree(old, ignore_errors=True)


def open_store_graph(folder: Path) -> Graph:
    """An rdflib Graph over a store, read-only (SPARQL runs inside Oxigraph)."""
    from oxrdflib import OxigraphStore

    from kg.graph.builder import bind_prefixes

    if not is_store(folder):
        raise FileNotFoundError(f"{folder}: not an Oxigraph store written by kg build")
    store = OxigraphStore(store=pyoxigraph.Store.read_only(str(folder)))
    graph = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)  # bulk_load fills the default graph
    bind_prefixes(graph)
    return graph


def open_graph(graph_path: Path, store: Path | None = None) -> Graph:
    """The built graph for reading: the store beside graph.ttl when there is one, else graph.ttl."""
    from kg.graph.serialize import read_turtle

    folder = store or store_beside(graph_path)
    if store is not None or (is_store(folder) and graph_path.is_file()):
        return open_store_graph(folder)
    return read_turtle(graph_path)
