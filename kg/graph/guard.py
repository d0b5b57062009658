"""SHACL validation that scales and never loses a graph to one fact.

The graph is validated unit by unit (kg.graph.builder.Unit: one article, call, agreement or
entity description), in chunks, each unit with the rdf:type of every node it points at (what
`sh:class` needs). A unit known to conform (same triples, same types around it: a hash kept in
the build cache) is not validated again, so an incremental build validates what the new articles
add. A violation drops its fact: a call, agreement or article unit as a whole; in an entity's
description only the offending triple (the whole description when the violation names none).
Dropping can take away a node another unit points at, so validation runs again on what is left
until nothing breaks a shape; what is written then always conforms.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from rdflib import RDF, Graph, Literal, URIRef

from kg.collector import gc_paused
from kg.graph.builder import ENTITY_UNIT, Unit
from kg.graph.validate import Violation, short, validate_graph
from kg.vocab import KG

CHUNK_UNITS = 2000
TYPE, EVIDENCE = RDF.type, KG.evidence  # looked up once: namespace attributes are slow
MAX_ROUNDS = 5


@dataclass(frozen=True)
class DroppedFact:
    unit: Unit
    violation: Violation
    triple: tuple | None  # the one triple dropped from an entity's description; None: the whole unit


@dataclass
class GuardResult:
    units: list[Unit]
    dropped: list[DroppedFact]  # one per violation: a fact dropped for two reasons is listed twice
    validated: int  # units validated (the others were known to conform)

    @property
    def facts_dropped(self) -> int:
        return len({(d.unit.node, d.triple) for d in self.dropped})


def owned_nodes(unit: Unit) -> set:
    """Focus nodes whose violations belong to this unit: its own node and its evidence nodes
    (a call's unit also holds edges between actors: those are found by their triple)."""
    return {unit.node} | {t[2] for t in unit.triples if t[1] == EVIDENCE}


_shared: tuple[list, dict] | None = None  # (units to validate, types), inherited by forked workers


def validate_chunk(start: int) -> dict[int, list[Violation]]:
    todo, types = _shared
    found = violations_by_unit(todo[start : start + CHUNK_UNITS], types)
    return {start + index: errors for index, errors in found.items()}


def violations_of(todo: list, types: dict, jobs: int) -> dict[int, list[Violation]]:
    """The violations of every unit, by its place in `todo`: chunks validated in `jobs` forked
    processes when there are several chunks (the units are shared, not copied, by the fork)."""
    global _shared
    starts = range(0, len(todo), CHUNK_UNITS)
    failures: dict[int, list[Violation]] = {}
    if jobs > 1 and len(starts) > 1 and "fork" in multiprocessing.get_all_start_methods():
        _shared = (todo, types)
        try:
            with multiprocessing.get_context("fork").Pool(min(jobs, len(starts))) as pool:
                for found in pool.map(validate_chunk, starts):
                    failures.update(found)
        finally:
            _shared = None
        return failures
    for start in starts:
        failures.update((start + i, e) for i, e in violations_by_unit(todo[start : start + CHUNK_UNITS], types).items())
    return failures


class UnitGuard:
    def __init__(
        self, known_good: Callable[[str], bool] | None = None, remember: Callable[[Iterable[str]], None] | None = None, jobs: int = 1
    ):
        self.known_good = known_good or (lambda _key: False)
        self.remember = remember or (lambda _keys: None)
        self.jobs = jobs

    def check(self, units: list[Unit]) -> GuardResult:
        dropped: list[DroppedFact] = []
        validated = 0
        conforming: set[str] = set()  # units found good in an earlier round of this check
        for _round in range(MAX_ROUNDS):
            with gc_paused():  # hashing makes many strings and no cycles
                types = type_index(units)
                keyed = [(unit_key(u, types), u) for u in units]
            todo = [(k, u) for k, u in keyed if k not in conforming and not self.known_good(k)]
            validated += len(todo)
            failures = violations_of(todo, types, self.jobs)
            good = [k for i, (k, _) in enumerate(todo) if i not in failures]
            conforming.update(good)
            self.remember(good)
            if not failures:
                break
            units, newly = drop_failures(units, [todo[i][1] for i in failures], [failures[i] for i in failures])
            dropped += newly
        return GuardResult(units, dropped, validated)


def type_index(units: list[Unit]) -> dict:
    types: dict = {}
    for unit in units:
        for s, p, o in unit.triples:
            if p == TYPE:
                types.setdefault(s, set()).add(o)
    return types


def context_types(unit: Unit, types: dict) -> set[tuple]:
    """rdf:type triples of the nodes the unit points at or speaks about without typing them (a
    call's unit says who spoke with whom; the actors are typed in their own units)."""
    own = {s for s, p, _ in unit.triples if p == TYPE}
    nodes = {o for _, _, o in unit.triples if isinstance(o, URIRef)} | {s for s, _, _ in unit.triples}
    return {(node, TYPE, kind) for node in nodes - own for kind in types.get(node, ())}


def unit_key(unit: Unit, types: dict) -> str:
    """A hash of the unit's triples and context types, whatever their order."""
    lines = {" ".join(map(term_text, triple)) for triple in unit.triples}
    lines.update(" ".join(map(term_text, triple)) for triple in context_types(unit, types))
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()


def term_text(term) -> str:
    """A term as text, one text per term (cheaper than Term.n3: no escaping, the length instead)."""
    if isinstance(term, Literal):
        return f'"{len(term)}:{term}"@{term.language or ""}^^{term.datatype or ""}'
    return f"{type(term).__name__}<{term}>"


def violations_by_unit(chunk: list[tuple[str, Unit]], types: dict) -> dict[int, list[Violation]]:
    """Validate a chunk of units in one graph; the errors of each unit (by its place in the chunk)."""
    graph = Graph()
    owner: dict = {}
    edges: dict = {}  # (subject, value) -> units holding a triple between them
    for index, (_, unit) in enumerate(chunk):
        for triple in unit.triples:
            edges.setdefault((triple[0], triple[2]), index)
        graph.addN((*t, graph) for t in unit.triples)
        graph.addN((*t, graph) for t in context_types(unit, types))
        for node in owned_nodes(unit):
            owner.setdefault(node, index)
    found: dict[int, list[Violation]] = {}
    for violation in validate_graph(graph, inplace=True).errors:
        index = edges.get((violation.focus_node, violation.value), owner.get(violation.focus_node))
        if index is not None:  # a context node (only its type is here) is checked in its own unit
            found.setdefault(index, []).append(violation)
    return found


def drop_failures(units: list[Unit], failing: list[Unit], violations: list[list[Violation]]) -> tuple[list[Unit], list[DroppedFact]]:
    """The units without what broke a shape, and a record of each dropped fact."""
    replacements: dict[URIRef, Unit | None] = {}
    dropped: list[DroppedFact] = []
    for unit, found in zip(failing, violations):
        bad = [offending_triple(unit, v) for v in found] if unit.kind == ENTITY_UNIT else []
        if bad and all(bad):
            kept = tuple(t for t in unit.triples if t not in bad)
            replacements[unit.node] = replace(unit, triples=kept)
            dropped += [DroppedFact(unit, v, t) for v, t in zip(found, bad)]
        else:
            replacements[unit.node] = None
            dropped += [DroppedFact(unit, v, None) for v in found]
    kept_units = [replacements.get(u.node, u) if u.node in replacements else u for u in units]
    return [u for u in kept_units if u is not None], dropped


def offending_triple(unit: Unit, violation: Violation) -> tuple | None:
    """The triple a violation names: its focus node, a one-step path, its value."""
    if violation.value is None or violation.path is None or "|" in violation.path or "/" in violation.path:
        return None
    for triple in unit.triples:
        if triple[0] == violation.focus_node and triple[2] == violation.value and short(triple[1]) == violation.path:
            return triple
    return None
