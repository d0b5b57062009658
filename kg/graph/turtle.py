"""A streaming, deterministic Turtle writer for sorted triples.

rdflib's serialiser builds the whole graph in memory and spends most of a large build sorting
and re-checking it; here the triples arrive sorted (subject, predicate, object), each subject's
block is written as soon as it is complete, and the bytes depend only on the triples: subjects in
order, `a` first, then predicates in order, objects in order. Prefixed names are used only where
the local part is a plain Turtle name (letters of any script, digits, "_" and "-").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import TextIO

from rdflib import RDF, BNode, Literal, URIRef
from rdflib.namespace import XSD

# letters (Latin, Greek, Arabic, … as Turtle's PN_CHARS_BASE), digits, "_" first; then also "-"
LOCAL_NAME_RE = re.compile(
    r"^[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF]"
    r"[A-Za-z0-9_\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF]*$"
)
TYPE = RDF.type  # looked up once: namespace attributes are slow
STRING_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
IRI_ESCAPES = str.maketrans({c: f"\\u{ord(c):04X}" for c in '<>"{}|^`\\ '})


def term_key(node) -> tuple:
    """A sort key for a term made of plain strings (rdflib compares terms in Python, slowly):
    IRIs, then blank nodes, then literals by text, language and datatype."""
    if isinstance(node, Literal):
        return (2, str(node), node.language or "", str(node.datatype or ""))
    return (0 if isinstance(node, URIRef) else 1, str(node))


def triple_key(triple: tuple) -> tuple:
    subject, predicate, value = triple
    return (term_key(subject), str(predicate), term_key(value))


def sorted_distinct(triples) -> list[tuple]:
    """Triples without repeats in the order graph.ttl is written in."""
    return sorted(set(triples), key=triple_key)


class TermWriter:
    def __init__(self, prefixes: Iterable[tuple[str, str]]):
        # longest namespace first, so that kgr:person/… is written person:…
        self.prefixes = sorted(((p, str(ns)) for p, ns in prefixes), key=lambda item: (-len(item[1]), item[0]))
        self.cache: dict[URIRef, str] = {}

    def header(self) -> str:
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(self.prefixes)) + "\n"

    def iri(self, node: URIRef) -> str:
        text = self.cache.get(node)
        if text is None:
            text = self.cache[node] = self.shorten(str(node))
        return text

    def shorten(self, iri: str) -> str:
        for prefix, namespace in self.prefixes:
            if iri.startswith(namespace) and LOCAL_NAME_RE.match(iri[len(namespace):]):
                return f"{prefix}:{iri[len(namespace):]}"
        return f"<{iri.translate(IRI_ESCAPES)}>"

    def term(self, node) -> str:
        if isinstance(node, URIRef):
            return self.iri(node)
        if isinstance(node, Literal):
            return self.literal(node)
        if isinstance(node, BNode):
            return f"_:{node}"
        raise TypeError(f"cannot write {node!r} as Turtle")

    def literal(self, value: Literal) -> str:
        lexical = f'"{str(value).translate(STRING_ESCAPES)}"'
        if value.language:
            return f"{lexical}@{value.language}"
        if value.datatype is None or value.datatype == XSD.string:
            return lexical
        if value.datatype == XSD.integer and re.fullmatch(r"-?(?:0|[1-9]\d*)", str(value)):
            return str(value)
        return f"{lexical}^^{self.iri(value.datatype)}"


def subject_blocks(triples: Iterable[tuple], terms: TermWriter) -> Iterator[str]:
    """One Turtle block per subject of sorted triples."""
    for subject, rows in groupby(triples, key=lambda t: t[0]):
        by_predicate: dict = {}
        for _, predicate, value in rows:
            by_predicate.setdefault(predicate, []).append(value)
        order = sorted(by_predicate, key=lambda p: (p != TYPE, str(p)))
        parts = []
        for predicate in order:
            verb = "a" if predicate == TYPE else terms.iri(predicate)
            parts.append(f"{verb} " + ", ".join(terms.term(v) for v in by_predicate[predicate]))
        yield f"{terms.term(subject)} " + " ;\n    ".join(parts) + " .\n\n"


def write_turtle_stream(triples: Iterable[tuple], prefixes: Iterable[tuple[str, str]], stream: TextIO) -> None:
    """Write sorted, distinct triples as Turtle."""
    terms = TermWriter(prefixes)
    stream.write(terms.header())
    for block in subject_blocks(triples, terms):
        stream.write(block)
