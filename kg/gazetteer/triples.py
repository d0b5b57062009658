"""The gazetteer's triples, parsed by Oxigraph and indexed by subject and predicate.

rdflib's Turtle parser needs seconds for the world gazetteer; Oxigraph's parses it in a tenth of
a second. The terms are rdflib's (URIRef, Literal, BNode), so that what is copied from the
gazetteer into a graph is written as any other triple.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Node


def rdflib_term(term) -> Node:
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))


XSD_STRING = str(XSD.string)  # the datatype of a plain literal, as Oxigraph gives it


class TripleIndex:
    """Triples by subject, then predicate: the lookups the loader and the graph builder make."""

    def __init__(self) -> None:
        self.by_subject: dict[Node, dict[Node, list[Node]]] = {}
        self.size = 0

    def add(self, subject: Node, predicate: Node, value: Node) -> None:
        values = self.by_subject.setdefault(subject, {}).setdefault(predicate, [])
        if value not in values:
            values.append(value)
            self.size += 1

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self.by_subject.get(subject, {}).get(predicate, [])

    def value(self, subject: Node, predicate: Node) -> Node | None:
        found = self.objects(subject, predicate)
        return found[0] if found else None

    def subjects(self) -> list[Node]:
        return list(self.by_subject)

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        for subject, predicates in self.by_subject.items():
            for predicate, values in predicates.items():
                for value in values:
                    yield subject, predicate, value

    def __len__(self) -> int:
        return self.size


def read_turtle_files(paths: list[Path], index: TripleIndex | None = None) -> TripleIndex:
    """Parse Turtle files into an index; a file that does not parse raises ValueError naming it."""
    index = index or TripleIndex()
    terms: dict = {}  # each term converted once: subjects and predicates recur, rdflib terms are slow to make
    for path in paths:
        try:
            triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
        except (SyntaxError, ValueError, OSError) as error:
            raise ValueError(f"{path}: not valid Turtle ({error})") from None
        for triple in triples:
            index.add(*(terms.get(t) or terms.setdefault(t, rdflib_term(t)) for t in (triple.subject, triple.predicate, triple.object)))
    return index
