"""SHACL validation of a built graph against ontology/shapes.ttl.

The ontology (kg.ttl) is mixed into a copy of the data graph (pyshacl's `ont_graph`) so that
`rdfs:subClassOf` is followed for `sh:targetClass` and `sh:class`: a node typed only
`kg:Person` is still checked as a `kg:Actor`. No RDFS inference is run: it would derive
`kg:Actor` from the range of `kg:participant` and hide every `sh:class` violation (and it is
several times slower). The data graph may use any store (`Graph(store="Oxigraph")` included):
pyshacl works on an in-memory copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

from kg.paths import ontology_dir
from kg.vocab import KG, KGR, WD

_SEVERITY_ORDER = {SH.Violation: 0, SH.Warning: 1, SH.Info: 2}


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong."""

    focus_node: Node
    path: str | None  # SPARQL property path with prefixed names: "kg:date", "kg:participant|kg:initiator"
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: Node | None = None
    source_shape: Node | None = None


@dataclass(frozen=True)
class ValidationResult:
    """`conforms` is False only when some result has severity Violation."""

    conforms: bool
    violations: tuple[Violation, ...]

    @property
    def errors(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "Violation")

    @property
    def warnings(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity != "Violation")


@lru_cache(maxsize=1)
def _shapes_graph() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@lru_cache(maxsize=1)
def _ontology_graph() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def validate_graph(graph: Graph, inplace: bool = False) -> ValidationResult:
    """Validate `graph` against the project's SHACL shapes. With `inplace` the ontology is mixed
    into the graph itself (no copy is made: for a graph built only to be validated)."""
    _conforms, report, _text = shacl_validate(
        graph,
        shacl_graph=_shapes_graph(),
        ont_graph=_ontology_graph(),
        inference="none",
        inplace=inplace,
        allow_warnings=True,
        allow_infos=True,
    )
    violations = _read_results(report)
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationResult(conforms=conforms, violations=violations)


def _read_results(report: Graph) -> tuple[Violation, ...]:
    found = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(node, SH.resultSeverity) or SH.Violation
        messages = sorted(str(m) for m in report.objects(node, SH.resultMessage))
        violation = Violation(
            focus_node=report.value(node, SH.focusNode),
            path=_path_text(report, report.value(node, SH.resultPath)),
            message=" ".join(messages) or "Constraint not satisfied.",
            severity=_local_name(severity),
            value=report.value(node, SH.value),
            source_shape=report.value(node, SH.sourceShape),
        )
        found.append((_SEVERITY_ORDER.get(severity, 3), violation))
    found.sort(key=lambda item: (item[0], *_sort_key(item[1])))
    return tuple(dict.fromkeys(v for _, v in found))


def _path_text(report: Graph, path: Node | None) -> str | None:
    """A SHACL path as SPARQL property-path text."""
    if path is None or not isinstance(path, BNode):
        return None if path is None else short(path)
    if (alternatives := report.value(path, SH.alternativePath)) is not None:
        return "|".join(_path_text(report, p) or "" for p in Collection(report, alternatives))
    if (inverse := report.value(path, SH.inversePath)) is not None:
        return "^" + (_path_text(report, inverse) or "")
    if report.value(path, RDF.first) is not None:
        return "/".join(_path_text(report, p) or "" for p in Collection(report, path))
    return "(complex path)"


def _sort_key(violation: Violation) -> tuple[str, str, str, str]:
    return (
        str(violation.focus_node),
        violation.path or "",
        violation.message,
        str(violation.value or ""),
    )


def _local_name(term: Node) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@lru_cache(maxsize=1)
def _display_graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in (
        ("kg", KG._NS), ("kgr", KGR), ("wd", WD), ("prov", PROV), ("dcterms", DCTERMS),
        ("rdfs", RDFS), ("skos", SKOS), ("owl", OWL), ("xsd", XSD), ("rdf", RDF),
    ):
        graph.bind(prefix, namespace)
    return graph


def short(term: Node | None) -> str:
    if term is None:
        return "-"
    text = str(term)
    if text.startswith(str(KGR)):
        return "kgr:" + text[len(str(KGR)):]
    return term.n3(_display_graph().namespace_manager)


def format_violations(result: ValidationResult, limit: int = 10) -> str:
    """A readable multi-line report of the first `limit` results."""
    errors, warnings = len(result.errors), len(result.warnings)
    if not result.violations:
        return "The graph conforms to the SHACL shapes."
    verdict = "conforms" if result.conforms else "does not conform"
    lines = [f"The graph {verdict}: {errors} violation(s), {warnings} warning(s)."]
    for number, violation in enumerate(result.violations[:limit], start=1):
        lines.append(f"{number}. [{violation.severity}] {violation.message}")
        lines.append(f"   node: {short(violation.focus_node)}")
        if violation.path is not None:
            lines.append(f"   property: {violation.path}")
        if violation.value is not None:
            lines.append(f"   value: {short(violation.value)}")
    hidden = len(result.violations) - limit
    if hidden > 0:
        lines.append(f"... and {hidden} more.")
    return "\n".join(lines)
