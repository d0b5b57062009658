/* arabic-news-kg explorer: model, vis-network setup, highlight and the window.kgExplorer API. */
(function () {
  "use strict";
  const KGX = window.KGX;
  const FONT = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Arial Unicode MS', sans-serif";
  const INK = "#1d2733";
  const DIM_INK = "rgba(29,39,51,0.22)";

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

  function labelIn(lang, n) {
    const first = lang === "en" ? n.en : n.ar;
    return first || n.ar || n.en || n.id.split("/").pop();
  }

  function visNode(n, lang) {
    const style = KGX.TYPES[n.t] || KGX.TYPES.other;
    return {
      id: n.id, label: labelIn(lang, n), title: n.tt, value: n.n, shape: style.shape, x: n.x, y: n.y,
      color: { background: style.color, border: "#ffffff", highlight: { background: style.color, border: INK } },
      opacity: 1, font: { color: INK },
    };
  }

  function edgeTitle(model, e) {
    const dates = e.c.map((i) => model.calls[i].d).filter(Boolean).sort();
    const parts = [KGX.RELATIONS[e.r].label];
    if (e.c.length) parts.push(e.c.length + (e.c.length > 1 ? " calls" : " call"));
    if (dates.length) parts.push(dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " – " + dates[dates.length - 1]);
    return parts.join(" · ");
  }

  function visEdge(model, e) {
    const style = KGX.RELATIONS[e.r];
    return {
      id: e.id, from: e.from, to: e.to, value: e.w, title: edgeTitle(model, e), dashes: style.dashes,
      arrows: { to: { enabled: style.arrow, scaleFactor: 0.7 } },
      color: { color: style.color, highlight: INK, opacity: 1 },
      smooth: e.rd ? { enabled: true, type: "curvedCW", roundness: e.rd } : false,
    };
  }

  function networkOptions(big) {
    return {
      autoResize: true,
      physics: false,
      layout: { improvedLayout: false },
      interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, keyboard: false },
      nodes: {
        borderWidth: 1, scaling: { min: 8, max: 42, label: { enabled: false } },
        font: { face: FONT, size: 15, color: INK, strokeWidth: 3, strokeColor: "#ffffff" },
      },
      edges: { scaling: { min: 1, max: 9, label: { enabled: false } }, selectionWidth: 1.5, smooth: false },
    };
  }

  function main() {
    const model = buildModel(JSON.parse(document.getElementById("kg-data").textContent));
    const meta = model.meta;
    const st = {
      lang: "ar", types: {}, rels: {}, from: meta.dateMin, to: meta.dateMax, undated: true,
      focus: null, selectedNode: null, selectedEdge: null,
    };
    const nodesDS = new vis.DataSet(model.nodes.map((n) => visNode(n, st.lang)));
    const edgesDS = new vis.DataSet(model.edges.map((e) => visEdge(model, e)));
    const container = document.getElementById("network");
    const network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, networkOptions(meta.big));
    const hidden = { nodes: new Set(), edges: new Set() };
    const dimmed = { nodes: new Set(), edges: new Set() };
    let visible = { nodes: new Set(model.nodes.map((n) => n.id)), edges: new Set(model.edges.map((e) => e.id)) };

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

    /** Hide/show and dim/undim only what changed since the last call. */
    function syncFlags(flagSet, wanted, dataSet, make) {
      const updates = [];
      for (const id of flagSet) if (!wanted.has(id)) updates.push(make(id, false));
      for (const id of wanted) if (!flagSet.has(id)) updates.push(make(id, true));
      flagSet.clear();
      wanted.forEach((id) => flagSet.add(id));
      if (updates.length) dataSet.update(updates);
    }

    function applyFilters() {
      visible = KGX.filters.computeVisible(model, st);
      const hideNodes = new Set(model.nodes.filter((n) => !visible.nodes.has(n.id)).map((n) => n.id));
      const hideEdges = new Set(model.edges.filter((e) => !visible.edges.has(e.id)).map((e) => e.id));
      syncFlags(hidden.nodes, hideNodes, nodesDS, (id, on) => ({ id, hidden: on }));
      syncFlags(hidden.edges, hideEdges, edgesDS, (id, on) => ({ id, hidden: on }));
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
      syncFlags(dimmed.nodes, dimNodes, nodesDS, (id, on) => ({ id, opacity: on ? 0.15 : 1, font: { color: on ? DIM_INK : INK } }));
      syncFlags(dimmed.edges, dimEdges, edgesDS, (id, on) => ({ id, color: { color: KGX.RELATIONS[model.edgeById.get(id).r].color, highlight: INK, opacity: on ? 0.1 : 1 } }));
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
      if (zoom) network.focus(id, { scale: meta.big ? 0.9 : 1.3, animation: meta.big ? false : { duration: 300 } });
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
      st.lang = lang === "en" ? "en" : "ar";
      nodesDS.update(model.nodes.map((n) => ({ id: n.id, label: labelIn(st.lang, n) })));
      container.dir = st.lang === "ar" ? "rtl" : "ltr";
      document.body.dataset.lang = st.lang;
      for (const b of document.querySelectorAll("#lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === st.lang));
      refreshPanel();
    }

    const api = {
      ready: false, network, state: st,
      search, selectNode: (id) => selectNode(id, true), selectEdge, clearSelection, setLanguage,
      suggest: (text) => KGX.search.showResults(searchHits(text).shown, labelOf, (id) => selectNode(id, true), ""),
      visibleNodeIds: () => Array.from(visible.nodes).sort(),
      visibleEdgeIds: () => Array.from(visible.edges).sort(),
      highlightedNodeIds: () => (st.focus ? Array.from(neighbourhood(st.focus).near).sort() : []),
      selectedNodeId: () => st.selectedNode,
      selectedEdgeId: () => st.selectedEdge,
      nodeLabel: (id) => (nodesDS.get(id) || {}).label,
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
