"""Deterministic Turtle, written atomically (temporary file, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from kg.graph.builder import graph_prefixes
from kg.graph.turtle import sorted_distinct, write_turtle_stream


def simple_literal(value):
    """`"x"^^xsd:string` is the plain literal `"x"` (RDF 1.1); written as such."""
    if isinstance(value, Literal) and value.datatype == XSD.string:
        return Literal(str(value))
    return value


def sorted_triples(graph: Graph) -> list[tuple]:
    return sorted_distinct((s, p, simple_literal(o)) for s, p, o in graph)


def write_atomically_with(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write `path` through a temporary file in the same folder, renamed when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            write(stream)
        os.chmod(temporary, 0o644)  # mkstemp creates 0600; the graph is meant to be shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: str) -> None:
    write_atomically_with(path, lambda stream: stream.write(data))


def write_triples(triples: Iterable[tuple], path: Path) -> int:
    """Write sorted, distinct triples to `path` as Turtle; returns the number of bytes."""
    write_atomically_with(path, lambda stream: write_turtle_stream(triples, graph_prefixes(), stream))
    return path.stat().st_size


def write_turtle(graph: Graph, path: Path) -> int:
    """Write a graph to `path` (same bytes for the same triples); returns the number of bytes."""
    return write_triples(sorted_triples(graph), path)


def read_turtle(path: Path) -> Graph:
    """A graph.ttl on the Oxigraph store; a clear error names the file."""
    from kg.graph.builder import new_graph

    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph file (run `kg build` first)")
    graph = new_graph()
    try:
        graph.parse(path, format="ox-turtle")  # Oxigraph's own parser: no Python parsing
    except Exception as error:  # rdflib/oxigraph raise many parser error types
        raise ValueError(f"{path}: not valid Turtle ({str(error).splitlines()[0]})") from None
    return graph
