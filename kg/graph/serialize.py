"""Deterministic Turtle, written atomically (temporary file, then rename)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from kg.graph.builder import bind_prefixes


def to_turtle(graph: Graph) -> str:
    """Turtle with sorted subjects and predicates: the same triples give the same bytes."""
    plain = Graph()
    bind_prefixes(plain)
    for subject, predicate, value in sorted(graph):
        plain.add((subject, predicate, simple_literal(value)))
    return plain.serialize(format="turtle")


def simple_literal(value):
    """`"x"^^xsd:string` is the plain literal `"x"` (RDF 1.1); written as such."""
    if isinstance(value, Literal) and value.datatype == XSD.string:
        return Literal(str(value))
    return value


def write_atomically(path: Path, data: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)  # mkstemp creates 0600; the graph is meant to be shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_turtle(graph: Graph, path: Path) -> int:
    """Write the graph to `path`; returns the number of bytes."""
    data = to_turtle(graph)
    write_atomically(path, data)
    return len(data.encode("utf-8"))


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
