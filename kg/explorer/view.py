"""`kg view`: the explorer from an existing graph.ttl, without re-extracting anything."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.explorer.render import ExplorerSummary, write_explorer


def load_graph(ttl_path: Path) -> Graph:
    """Parse a Turtle file into the project's Oxigraph-backed store, with clear errors."""
    ttl_path = Path(ttl_path)
    if not ttl_path.is_file():
        raise FileNotFoundError(f"{ttl_path}: graph file not found (run `kg build` first, or pass --graph)")
    graph = Graph(store="Oxigraph")
    try:  # Oxigraph's own Turtle parser: ten times faster than rdflib's on big graphs
        graph.parse(ttl_path, format="ox-turtle")
    except Exception as error:  # the parsers raise many unrelated types
        raise ValueError(f"{ttl_path}: not a readable Turtle graph: {error}") from error
    return graph


def view_from_ttl(ttl_path: Path, out_path: Path) -> ExplorerSummary:
    """Read `ttl_path` (Turtle) and write the explorer HTML to `out_path`."""
    return write_explorer(load_graph(ttl_path), Path(out_path))
