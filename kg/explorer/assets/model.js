/* arabic-news-kg explorer: the in-page model built from the embedded JSON document. */
(function () {
  "use strict";
  const KGX = (window.KGX = window.KGX || {});

  function counts(items, key) {
    const out = {};
    for (const item of items) out[item[key]] = (out[item[key]] || 0) + 1;
    return out;
  }

  function index(items, key) {
    const out = new Map();
    items.forEach((item, i) => {
      for (const id of key(item)) {
        if (!out.has(id)) out.set(id, []);
        out.get(id).push(i);
      }
    });
    return out;
  }

  /** Plain objects with ids instead of indices, plus the lookups the page needs. */
  function build(data) {
    const idOf = (ref) => (typeof ref === "number" ? data.nodes[ref].id : ref);
    const nodes = data.nodes.map((n) => Object.assign({}, n, { keys: KGX.search.searchKeys(n) }));
    const calls = data.calls.map((c) => Object.assign({}, c, { p: c.p.map(idOf), i: c.i.map(idOf), a: c.a.map(idOf) }));
    const edges = data.edges.map((e) => {
      const from = idOf(e.f);
      const to = idOf(e.t);
      return Object.assign({}, e, { id: e.r + "|" + from + "|" + to, from, to, ev: e.ev || [] });
    });
    const byNode = index(edges, (e) => [e.from, e.to]);
    return {
      meta: data.meta, refs: data.refs || {}, nodes, calls, edges, evidence: data.evidence,
      nodeById: new Map(nodes.map((n) => [n.id, n])),
      edgeById: new Map(edges.map((e) => [e.id, e])),
      nodeEdges: new Map(nodes.map((n) => [n.id, (byNode.get(n.id) || []).map((i) => edges[i])])),
      nodeCalls: index(calls, (c) => new Set(c.p.concat(c.a))),
      typeCounts: counts(nodes, "t"),
      relCounts: counts(edges, "r"),
    };
  }

  /** The covers/party links of a node, for the panel. */
  function agreementLinks(model, labelOf, id) {
    const out = [];
    for (const e of model.nodeEdges.get(id) || []) {
      const other = e.from === id ? e.to : e.from;
      if (e.r === "covers") out.push({ text: e.from === id ? "covers" : "covered by", other });
      if (e.r === "party") out.push({ text: e.from === id ? "party" : "party to", other });
    }
    return out.sort((a, b) => (a.text + labelOf(a.other) < b.text + labelOf(b.other) ? -1 : 1));
  }

  /** The evidence of an agreement (carried by its covers/party edges). */
  function agreementEvidence(model, id) {
    const edge = (model.nodeEdges.get(id) || []).find((e) => e.from === id && e.ev.length);
    return edge ? edge.ev : [];
  }

  KGX.model = { build, agreementLinks, agreementEvidence };
})();
