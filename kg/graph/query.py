"""Named SPARQL queries (ontology/queries/*.rq) and a store-independent way to run them.

Each .rq file starts with comment lines::

    # name: actor-calls
    # description: what it answers (continuation lines are indented: "#   more text")
    # param: actorName — what the parameter is

A parameter is a SPARQL variable the caller may pre-bind; unbound, the query returns all.
`bind_values` (used by `run_query`) binds the parameters given with one `VALUES` row, put

- after every line of the query that is the comment ``# parameters`` alone, indented like it
  (the comment stays). A query puts that line in each group that needs the parameters, typically
  the subquery that finds the named entities first,
  ``{ SELECT DISTINCT ?actor WHERE { # parameters ... FILTER (CONTAINS(..., ?actorName)) } }``:
  Oxigraph evaluates a subquery on its own, without the bindings of the query around it, so a
  VALUES block outside it would not reach it. Such a line inside a string or an IRI does not count;
- without such a line, at the start of the outermost WHERE group (any SPARQL text or .rq file).

An unbound parameter leaves the query as written (no VALUES block for it), so a query tests it
with ``BOUND(?param)``: Oxigraph folds that test into a constant when it plans the query and drops
a group whose FILTER is then false (a query can have one branch for a bound parameter and one for
an unbound one). rdflib's `initBindings` is not used: with the Oxigraph store (oxrdflib) it
becomes a SEP-0007 substitution, which pyoxigraph rejects unless the variable is in the SELECT
projection, and a parameter that only appears in a FILTER never is.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.term import BNode, Node

from kg.paths import queries_dir
from kg.vocab import KG, KGR

_HEADER = re.compile(r"^#\s*(name|description|param)\s*:\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")
_PARAM = re.compile(r"^[?$]?(\w+)\s*(?:—|–|--|-|:)?\s*(.*)$")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Tokens that may contain "{" or "WHERE" without opening the WHERE group.
_SKIPPED = r"""<[^<>"{}|^`\\\s]*>|"{3}[\s\S]*?"{3}|'{3}[\s\S]*?'{3}|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\#[^\n]*"""
_WHERE_GROUP = re.compile(rf"{_SKIPPED}|(?P<where>\bWHERE\s*\{{)|(?P<brace>\{{)", re.IGNORECASE)
# The line where bind_values puts the VALUES block: a comment "# parameters" alone on its line.
_MARKER = re.compile(r"^[ \t]*#[ \t]*parameters[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class QueryParam:
    name: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[QueryParam, ...]
    text: str
    path: Path | None = None

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]

    def as_dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


def parse_named_query(text: str, default_name: str = "") -> NamedQuery:
    """Read the `# name:`, `# description:` and `# param:` header of a query."""
    fields: dict[str, list[str]] = {"name": [], "description": []}
    params: list[list[str]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith("#"):
            break
        if (header := _HEADER.match(line)) is not None:
            key, value = header.groups()
            current = [value.strip()]
            if key == "param":
                params.append(current)
            else:
                fields[key] = current
        elif (more := _CONTINUATION.match(line)) is not None and current is not None:
            current.append(more.group(1).strip())
    return NamedQuery(
        name=" ".join(fields["name"]) or default_name,
        description=" ".join(fields["description"]),
        params=tuple(_parse_param(" ".join(p)) for p in params),
        text=text,
    )


def _parse_param(spec: str) -> QueryParam:
    match = _PARAM.match(spec)
    if match is None:
        raise ValueError(f"Malformed '# param:' header: {spec!r}")
    return QueryParam(name=match.group(1), description=match.group(2).strip())


def list_named_queries() -> list[NamedQuery]:
    """Every query of ontology/queries, sorted by name."""
    queries = []
    for path in sorted(queries_dir().glob("*.rq")):
        query = parse_named_query(path.read_text(encoding="utf-8"), default_name=path.stem)
        queries.append(NamedQuery(query.name, query.description, query.params, query.text, path))
    return sorted(queries, key=lambda q: q.name)


def load_named_query(name: str) -> NamedQuery:
    """The named query `name` (".rq" suffix optional); KeyError lists the available names."""
    wanted = name.removesuffix(".rq")
    queries = list_named_queries()
    for query in queries:
        if query.name == wanted:
            return query
    available = ", ".join(q.name for q in queries) or "(none)"
    raise KeyError(f"No named query {name!r}; available: {available}")


def bind_values(sparql: str, bindings: dict[str, str]) -> str:
    """`sparql` with `VALUES (?a ?b) { ("x" "y") }` after each `# parameters` line, else
    opening its outermost WHERE group (see the module docstring)."""
    if not bindings:
        return sparql
    names = [_variable_name(key, sparql) for key in bindings]
    values = " ".join(Literal(value).n3() for value in bindings.values())
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({values}) }}"
    markers = parameter_markers(sparql)
    if not markers:
        position = _where_group_start(sparql)
        return sparql[:position] + f" {block}\n" + sparql[position:]
    for start, end in reversed(markers):
        line = sparql[start:end]
        indent = line[: len(line) - len(line.lstrip())]
        sparql = sparql[:end] + f"\n{indent}{block}" + sparql[end:]
    return sparql


def parameter_markers(sparql: str) -> list[tuple[int, int]]:
    """(start, end) of each `# parameters` comment line outside strings and IRIs."""
    skipped = [m.span() for m in re.finditer(_SKIPPED, sparql) if not m.group().startswith("#")]
    return [m.span() for m in _MARKER.finditer(sparql)
            if not any(start < m.end() and m.start() < end for start, end in skipped)]


def _variable_name(key: str, sparql: str) -> str:
    name = key.lstrip("?$")
    if not _VARIABLE_NAME.match(name):
        raise ValueError(f"Not a SPARQL variable name: {key!r}")
    if not re.search(rf"[?$]{name}\b", sparql):
        raise ValueError(f"The query has no variable ?{name} to bind")
    return name


def _where_group_start(sparql: str) -> int:
    first_brace = None
    for match in _WHERE_GROUP.finditer(sparql):
        if match.group("where"):
            return match.end()
        if match.group("brace") and first_brace is None:
            first_brace = match.end()
    if first_brace is None:
        raise ValueError("The query has no WHERE group to bind parameters in")
    return first_brace


def run_query(graph: Graph, sparql: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a SELECT (or ASK) query; `bindings` pre-bind variables to plain literals."""
    result = graph.query(bind_values(sparql, bindings or {}))
    if result.type == "ASK":
        return QueryResult(columns=("ask",), rows=((str(bool(result.askAnswer)).lower(),),))
    if result.type != "SELECT":
        raise ValueError(f"Only SELECT and ASK queries are supported, not {result.type}")
    columns = tuple(str(v) for v in result.vars or ())
    rows = tuple(tuple(_render(row[i]) for i in range(len(columns))) for row in result)
    return QueryResult(columns=columns, rows=rows)


def run_named_query(graph: Graph, name: str, bindings: dict[str, str] | None = None) -> QueryResult:
    """Run a named query; bindings must be among its declared parameters."""
    query = load_named_query(name)
    unknown = sorted(set(k.lstrip("?$") for k in bindings or {}) - set(query.param_names))
    if unknown:
        declared = ", ".join(query.param_names) or "none"
        raise ValueError(f"Query {query.name!r} has no parameter {', '.join(unknown)} (parameters: {declared})")
    return run_query(graph, query.text, bindings)


def _render(term: Node | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _shorten(value: str | None) -> str:
    if value is None:
        return ""
    for prefix, namespace in (("kgr:", str(KGR)), ("kg:", str(KG._NS))):
        if value.startswith(namespace):
            return prefix + value[len(namespace):]
    return value


def format_table(result: QueryResult, width: int | None = None) -> str:
    """A plain-text table (rich, no colour); resource IRIs shortened to kgr:/kg: names."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*result.columns, caption=f"{len(result.rows)} row(s)", show_lines=False)
    for row in result.rows:
        table.add_row(*(_shorten(value) for value in row))
    buffer = io.StringIO()
    console_width = width or shutil.get_terminal_size((160, 24)).columns
    console = Console(file=buffer, width=console_width, color_system=None, force_terminal=False)
    console.print(table)
    return buffer.getvalue()


def format_csv(result: QueryResult) -> str:
    """RFC 4180 CSV with a header row; unbound values are empty cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([["" if v is None else v for v in row] for row in result.rows])
    return buffer.getvalue()


def format_json(result: QueryResult) -> str:
    """A JSON list of objects, one per row; unbound values are null."""
    return json.dumps(result.as_dicts(), ensure_ascii=False, indent=2)
