"""The JSON document embedded in the explorer page, built from the networkx projection.

Compact shape (short keys, calls and evidence stored once and referenced by index):

    meta      counts, dateMin/dateMax of the dated calls, undatedCalls, big (physics-free mode)
    nodes     [{id, t: type, ar, en, ra/re: role ar/en, n: calls, x, y, c: country, p: partOf,
               al: aliases, tt: tooltip}]
    edges     [{r: relation, f/t: node index, w: calls (1 for covers/party), c: [call index],
               ev: [evidence index], rd: curvature for parallel edges}]
    calls     [{id, d: date, p: participants, i: initiators, a: topics (node indices, or ids of
               nodes not drawn), ev: [evidence index]}]
    evidence  [{q: Arabic quote, a: article id, s/e: offsets, ad: article date}]
    refs      {id: [label ar, label en]} for countries/parent regions referenced but not drawn
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import networkx as nx

from kg.explorer.model import RELATIONS, CallRef, EvidenceRef

BIG_GRAPH = 1000  # nodes above which the page switches to its lighter interaction mode
_TYPE_NAMES = {
    "person": "Person", "organization": "Organization", "country": "Country",
    "region": "Region", "agreement": "Agreement", "other": "Actor",
}


def _compact(record: dict[str, Any], keep: tuple[str, ...] = ()) -> dict[str, Any]:
    """Drop empty values (but those in `keep`): absent facts stay absent, the page stays small."""
    return {k: v for k, v in record.items() if k in keep or v not in (None, "", (), [])}


def _tooltip(attrs: dict[str, Any]) -> str:
    lines = [attrs.get("label_ar"), attrs.get("label_en")]
    kind = _TYPE_NAMES.get(attrs.get("type", ""), "Actor")
    role = " / ".join(r for r in (attrs.get("role_en"), attrs.get("role_ar")) if r)
    lines.append(f"{kind} · {role}" if role else kind)
    count = attrs.get("calls_count", 0)
    lines.append(f"{count} call{'s' if count != 1 else ''}")
    return "\n".join(line for line in lines if line)


def _node_record(node_id: str, attrs: dict[str, Any], xy: tuple[int, int]) -> dict[str, Any]:
    return _compact({
        "id": node_id, "t": attrs.get("type", "other"), "ar": attrs.get("label_ar"),
        "en": attrs.get("label_en"), "ra": attrs.get("role_ar"), "re": attrs.get("role_en"),
        "n": attrs.get("calls_count", 0), "x": xy[0], "y": xy[1], "c": attrs.get("country"),
        "p": list(attrs.get("part_of") or ()), "al": list(attrs.get("aliases") or ()),
        "tt": _tooltip(attrs),
    }, keep=("n", "x", "y"))


def _edge_order(edge: tuple[str, str, str, dict]) -> tuple:
    u, v, key, _ = edge
    return (RELATIONS.index(key) if key in RELATIONS else len(RELATIONS), key, u, v)


def _curvatures(edges: list[tuple[str, str, str, dict]]) -> list[float | None]:
    """None (straight) for the first edge between a pair, growing curvature for the next ones."""
    seen: dict[frozenset, int] = defaultdict(int)
    out = []
    for u, v, _, _ in edges:
        pair = frozenset((u, v))
        out.append(round(0.18 * seen[pair], 2) or None)
        seen[pair] += 1
    return out


class _Table:
    """Items stored once, referred to by their position."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}

    def add(self, item: Any) -> int:
        return self.index.setdefault(item, len(self.index))

    def items(self) -> list[Any]:
        return list(self.index)


def _call_record(call: CallRef, ref, evidence: _Table) -> dict[str, Any]:
    return _compact({
        "id": call.id, "d": call.date, "p": [ref(p) for p in call.participants],
        "i": [ref(p) for p in call.initiators], "a": [ref(t) for t in call.topics],
        "ev": [evidence.add(e) for e in call.evidence],
    }, keep=("p", "i", "a"))


def _evidence_record(ev: EvidenceRef) -> dict[str, Any]:
    return _compact({"q": ev.quote, "a": ev.article, "s": ev.start, "e": ev.end, "ad": ev.article_date})


def _collect_calls(edges: list[tuple[str, str, str, dict]]) -> list[CallRef]:
    found = {call.id: call for *_, data in edges for call in data.get("calls", ())}
    return sorted(found.values(), key=CallRef.sort_key)


def build_payload(graph: nx.MultiDiGraph, positions: dict[str, tuple[int, int]], big: int = BIG_GRAPH) -> dict:
    """The embedded document for `graph` with node `positions` (see the module docstring)."""
    node_ids = sorted(graph.nodes)
    node_index = {n: i for i, n in enumerate(node_ids)}
    ref = lambda node_id: node_index.get(node_id, node_id)  # noqa: E731
    edges = sorted(graph.edges(keys=True, data=True), key=_edge_order)
    calls = _collect_calls(edges)
    call_index = {c.id: i for i, c in enumerate(calls)}
    evidence = _Table()
    call_records = [_call_record(c, ref, evidence) for c in calls]
    edge_records = []
    for (u, v, key, data), bend in zip(edges, _curvatures(edges)):
        edge_records.append(_compact({
            "r": key, "f": node_index[u], "t": node_index[v], "w": data.get("weight", 1),
            "c": [call_index[c.id] for c in data.get("calls", ())],
            "ev": [evidence.add(e) for e in data.get("evidence", ())], "rd": bend,
        }, keep=("f", "t", "c")))
    dates = sorted(c.date for c in calls if c.date)
    meta = {
        "nodes": len(node_ids), "edges": len(edge_records), "calls": len(calls),
        "dateMin": dates[0] if dates else None, "dateMax": dates[-1] if dates else None,
        "undatedCalls": sum(1 for c in calls if not c.date), "big": len(node_ids) > big,
    }
    labels = graph.graph.get("labels", {})
    return {
        "meta": meta,
        "nodes": [_node_record(n, graph.nodes[n], positions.get(n, (0, 0))) for n in node_ids],
        "edges": edge_records, "calls": call_records,
        "evidence": [_evidence_record(e) for e in evidence.items()],
        "refs": {k: list(v) for k, v in sorted(labels.items()) if k not in node_index},
    }


def embed_json(payload: dict) -> str:
    """JSON safe inside a <script> element, with no "://" (URLs in the data stay inert)."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("://", ":\\/\\/")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
