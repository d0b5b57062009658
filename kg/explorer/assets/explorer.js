/* arabic-news-kg explorer: model, vis-network setup, highlight and the window.kgExplorer API. */
(function () {
  "use strict";
  const KGX = window.KGX;
  const labelIn = (lang, n) => KGX.view.labelIn(lang, n);

  /** Plain JS objects from the embedded data; indices become ids. */
  function buildModel(data) {
    const idOf = (ref) => (typeof ref === "number" ? data.nodes[ref].id : ref);
    const nodes = data.nodes.map((n) => Object.assign({}, n, { keys: KGX.search.searchKeys(n) }));
    const nodeById = new Map(nodes.map((n) => [n.id, n]));
    const calls = data.calls.map((c) => Object.assign({}, c, { p: c.p.map(idOf), i: c.i.map(idOf), a: c.a.map(idOf) }));
    const edges = data.edges.map((e) => {
      const from = idOf(e.f);
      const to = idOf(e.t);
      return Object.assign({}, e, { id: e.r + "|" + from + "|" + to, from, to, ev: e.ev || [] });
    });
    const edgeById = new Map(edges.map((e) => [e.id, e]));
    const nodeEdges = new Map(nodes.map((n) => [n.id, []]));
    const typeCounts = {};
    const relCounts = {};
    for (const n of nodes) typeCounts[n.t] = (typeCounts[n.t] || 0) + 1;
    for (const e of edges) {
      nodeEdges.get(e.from).push(e);
      nodeEdges.get(e.to).push(e);
      relCounts[e.r] = (relCounts[e.r] || 0) + 1;
    }
    const nodeCalls = new Map();
    calls.forEach((c, i) => {
      for (const id of new Set(c.p.concat(c.a))) {
        if (!nodeCalls.has(id)) nodeCalls.set(id, []);
        nodeCalls.get(id).push(i);
      }
    });
    return { meta: data.meta, refs: data.refs || {}, nodes, nodeById, calls, evidence: data.evidence, edges, edgeById, nodeEdges, nodeCalls, typeCounts, relCounts };
  }

  function main() {
    const tParse = performance.now();
    const model = buildModel(JSON.parse(document.getElementById("kg-data").textContent));
    const meta = model.meta;
    const t0 = performance.now();
    const st = {
      lang: "ar", types: {}, rels: {}, from: meta.dateMin, to: meta.dateMax, undated: true,
      focus: null, selectedNode: null, selectedEdge: null,
    };
    // Big graphs start without the many "about" edges; one tick shows them.
    if (meta.big) st.rels.about = false;
    let visible = KGX.filters.computeVisible(model, st);
    const hidden = {
      nodes: new Set(model.nodes.filter((n) => !visible.nodes.has(n.id)).map((n) => n.id)),
      edges: new Set(model.edges.filter((e) => !visible.edges.has(e.id)).map((e) => e.id)),
    };
    const dimmed = { nodes: new Set(), edges: new Set() };
    const container = document.getElementById("network");
    const view = KGX.view.create(container, model, st.lang, hidden.edges);
    const network = view.network;
    const timings = { model: t0 - tParse, network: performance.now() - t0 };

    const labelOf = (ref) => {
      const n = model.nodeById.get(ref);
      if (n) return labelIn(st.lang, n);
      const r = model.refs[ref];
      return r ? labelIn(st.lang, { ar: r[0], en: r[1], id: ref }) : String(ref);
    };
    const ctx = {
      get lang() { return st.lang; },
      labelOf, nodeById: model.nodeById, calls: model.calls, evidence: model.evidence,
      inRange: (call) => !KGX.filters.dateActive(st, meta) || KGX.filters.callInRange(call, st),
      callsOf: (id) => (model.nodeCalls.get(id) || []).map((i) => model.calls[i]),
      agreementLinks: (id) => agreementLinks(model, labelOf, id),
      agreementEvidence: (id) => { const e = model.nodeEdges.get(id).find((x) => x.from === id && x.ev.length); return e ? e.ev : []; },
    };

    /** Flip only what changed since the last call: apply(ids, on) for both directions. */
    function syncFlags(flagSet, wanted, apply) {
      const off = Array.from(flagSet).filter((id) => !wanted.has(id));
      const on = Array.from(wanted).filter((id) => !flagSet.has(id));
      apply(off, false);
      apply(on, true);
      flagSet.clear();
      wanted.forEach((id) => flagSet.add(id));
      return off.length + on.length;
    }

    function applyFilters() {
      visible = KGX.filters.computeVisible(model, st);
      const hideNodes = new Set(model.nodes.filter((n) => !visible.nodes.has(n.id)).map((n) => n.id));
      const hideEdges = new Set(model.edges.filter((e) => !visible.edges.has(e.id)).map((e) => e.id));
      const changed = syncFlags(hidden.nodes, hideNodes, (ids, on) => view.setHidden(ids, on, [], false))
        + syncFlags(hidden.edges, hideEdges, (ids, on) => view.setHidden([], false, ids, on));
      if (changed) view.reindex();
      KGX.filters.syncControls(st, meta);
      applyHighlight();
      document.getElementById("stats").textContent = visible.nodes.size + " nodes · " + visible.edges.size + " edges shown";
      refreshPanel();
    }

    function neighbourhood(id) {
      const near = new Set([id]);
      const edges = new Set();
      for (const e of model.nodeEdges.get(id) || []) {
        if (!visible.edges.has(e.id)) continue;
        edges.add(e.id);
        near.add(e.from);
        near.add(e.to);
      }
      return { near, edges };
    }

    function applyHighlight() {
      const hood = st.focus ? neighbourhood(st.focus) : null;
      const dimNodes = new Set(hood ? model.nodes.filter((n) => !hood.near.has(n.id)).map((n) => n.id) : []);
      const dimEdges = new Set(hood ? model.edges.filter((e) => !hood.edges.has(e.id)).map((e) => e.id) : []);
      const changed = syncFlags(dimmed.nodes, dimNodes, (ids, on) => view.setDimmedNodes(ids, on))
        + syncFlags(dimmed.edges, dimEdges, (ids, on) => view.setDimmedEdges(ids, on));
      if (changed) view.redraw();
    }

    function refreshPanel() {
      if (st.selectedEdge) KGX.panel.showEdge(ctx, model.edgeById.get(st.selectedEdge));
      else if (st.selectedNode) KGX.panel.showNode(ctx, st.selectedNode);
      else KGX.panel.showHelp();
    }

    function selectNode(id, zoom) {
      if (!model.nodeById.has(id)) return null;
      Object.assign(st, { focus: id, selectedNode: id, selectedEdge: null });
      applyHighlight();
      network.selectNodes([id]);
      if (zoom) network.focus(id, { scale: meta.big ? 0.6 : 1.3, animation: meta.big ? false : { duration: 300 } });
      refreshPanel();
      return id;
    }

    function selectEdge(id) {
      if (!model.edgeById.has(id)) return null;
      Object.assign(st, { focus: null, selectedNode: null, selectedEdge: id });
      applyHighlight();
      network.selectEdges([id]);
      refreshPanel();
      return id;
    }

    function clearSelection() {
      Object.assign(st, { focus: null, selectedNode: null, selectedEdge: null });
      network.unselectAll();
      applyHighlight();
      refreshPanel();
      KGX.search.showResults([], labelOf, null, "");
    }

    function searchHits(text) {
      const all = KGX.search.findNodes(model.nodes, text);
      return { shown: all.filter((n) => visible.nodes.has(n.id)), hiddenCount: all.filter((n) => !visible.nodes.has(n.id)).length };
    }

    function search(text) {
      const hits = searchHits(text);
      const note = hits.hiddenCount ? hits.hiddenCount + " more match(es) hidden by the filters" : hits.shown.length ? "" : "No match";
      KGX.search.showResults(hits.shown.length > 1 ? hits.shown : [], labelOf, (id) => selectNode(id, true), note);
      return hits.shown.length ? selectNode(hits.shown[0].id, true) : null;
    }

    function setLanguage(lang) {
      const next = lang === "en" ? "en" : "ar";
      if (next !== st.lang) view.setLabels(next);
      st.lang = next;
      container.dir = st.lang === "ar" ? "rtl" : "ltr";
      document.body.dataset.lang = st.lang;
      for (const b of document.querySelectorAll("#lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === st.lang));
      refreshPanel();
    }

    const api = {
      ready: false, network, state: st, timings,
      search, selectNode: (id) => selectNode(id, true), selectEdge, clearSelection, setLanguage,
      suggest: (text) => KGX.search.showResults(searchHits(text).shown, labelOf, (id) => selectNode(id, true), ""),
      visibleNodeIds: () => Array.from(visible.nodes).sort(),
      visibleEdgeIds: () => Array.from(visible.edges).sort(),
      highlightedNodeIds: () => (st.focus ? Array.from(neighbourhood(st.focus).near).sort() : []),
      dimmedNodeIds: () => Array.from(dimmed.nodes).sort(),
      selectedNodeId: () => st.selectedNode,
      selectedEdgeId: () => st.selectedEdge,
      nodeLabel: (id) => view.label(id),
      edgeId: (rel, from, to) => rel + "|" + from + "|" + to,
      setTypeFilter: (type, on) => { setFlags(st.types, type, on); applyFilters(); },
      setRelationFilter: (rel, on) => { setFlags(st.rels, rel, on); applyFilters(); },
      setDateRange: (from, to) => { st.from = from || meta.dateMin; st.to = to || meta.dateMax; applyFilters(); },
      setIncludeUndated: (on) => { st.undated = Boolean(on); applyFilters(); },
    };
    window.kgExplorer = api;

    network.on("click", (p) => {
      if (p.nodes.length) selectNode(p.nodes[0], false);
      else if (p.edges.length) selectEdge(p.edges[0]);
      else clearSelection();
    });
    KGX.filters.buildControls(model, api);
    KGX.search.wireSearchBox(api);
    for (const b of document.querySelectorAll("#lang button")) b.addEventListener("click", () => setLanguage(b.dataset.lang));
    setLanguage("ar");
    applyFilters();
    network.once("afterDrawing", () => {
      timings.firstDraw = performance.now() - t0;
      timings.readyAt = performance.now();
      api.ready = true;
      document.body.dataset.ready = "1";
    });
    network.fit({ animation: false });
    network.redraw();
  }

  function setFlags(table, key, on) {
    if (key && typeof key === "object") Object.assign(table, key);
    else table[key] = Boolean(on);
  }

  function agreementLinks(model, labelOf, id) {
    const out = [];
    for (const e of model.nodeEdges.get(id) || []) {
      if (e.r === "covers") out.push({ text: e.from === id ? "covers" : "covered by", other: e.from === id ? e.to : e.from });
      if (e.r === "party") out.push({ text: e.from === id ? "party" : "party to", other: e.from === id ? e.to : e.from });
    }
    return out.sort((a, b) => (a.text + labelOf(a.other) < b.text + labelOf(b.other) ? -1 : 1));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
