/* arabic-news-kg explorer: the controller (filters, highlight, selection) and window.kgExplorer. */
(function () {
  "use strict";
  const KGX = window.KGX;

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

  function setFlags(table, key, on) {
    if (key && typeof key === "object") Object.assign(table, key);
    else table[key] = Boolean(on);
  }

  function complement(items, keep) {
    return new Set(items.filter((x) => !keep.has(x.id)).map((x) => x.id));
  }

  class Explorer {
    constructor(model, container) {
      const meta = model.meta;
      this.model = model;
      this.container = container;
      this.st = {
        lang: "ar", types: {}, rels: {}, from: meta.dateMin, to: meta.dateMax, undated: true,
        focus: null, selectedNode: null, selectedEdge: null,
      };
      if (meta.big) this.st.rels.about = false; // big graphs start without the many "about" edges
      this.visible = KGX.filters.computeVisible(model, this.st);
      this.hidden = { nodes: complement(model.nodes, this.visible.nodes), edges: complement(model.edges, this.visible.edges) };
      this.dimmed = { nodes: new Set(), edges: new Set() };
      this.view = KGX.view.create(container, model, this.st.lang, this.hidden.edges);
      this.network = this.view.network;
      this.ctx = this.panelContext();
    }

    labelOf(ref) {
      const n = this.model.nodeById.get(ref);
      if (n) return KGX.view.labelIn(this.st.lang, n);
      const r = this.model.refs[ref];
      return r ? KGX.view.labelIn(this.st.lang, { ar: r[0], en: r[1], id: ref }) : String(ref);
    }

    inRange(call) {
      return !KGX.filters.dateActive(this.st, this.model.meta) || KGX.filters.callInRange(call, this.st);
    }

    panelContext() {
      const self = this;
      const model = this.model;
      return {
        get lang() { return self.st.lang; },
        labelOf: (ref) => self.labelOf(ref), nodeById: model.nodeById, calls: model.calls, evidence: model.evidence,
        inRange: (call) => self.inRange(call),
        callsOf: (id) => (model.nodeCalls.get(id) || []).map((i) => model.calls[i]),
        agreementLinks: (id) => KGX.model.agreementLinks(model, (ref) => self.labelOf(ref), id),
        agreementEvidence: (id) => KGX.model.agreementEvidence(model, id),
      };
    }

    applyFilters() {
      const { model, view } = this;
      this.visible = KGX.filters.computeVisible(model, this.st);
      const changed = syncFlags(this.hidden.nodes, complement(model.nodes, this.visible.nodes), (ids, on) => view.setHidden(ids, on, [], false))
        + syncFlags(this.hidden.edges, complement(model.edges, this.visible.edges), (ids, on) => view.setHidden([], false, ids, on));
      if (changed) view.reindex();
      if (this.st.focus && !this.visible.nodes.has(this.st.focus)) this.st.focus = null; // nothing to dim around
      KGX.filters.syncControls(this.st, model.meta);
      this.applyHighlight();
      document.getElementById("stats").textContent = this.visible.nodes.size + " nodes · " + this.visible.edges.size + " edges shown";
      this.refreshPanel();
    }

    neighbourhood(id) {
      const near = new Set([id]);
      const edges = new Set();
      for (const e of this.model.nodeEdges.get(id) || []) {
        if (!this.visible.edges.has(e.id)) continue;
        edges.add(e.id);
        near.add(e.from);
        near.add(e.to);
      }
      return { near, edges };
    }

    /** Dim everything but the focused node, its visible edges and their other ends. */
    applyHighlight() {
      const hood = this.st.focus ? this.neighbourhood(this.st.focus) : null;
      const dimNodes = hood ? complement(this.model.nodes, hood.near) : new Set();
      const dimEdges = hood ? complement(this.model.edges, hood.edges) : new Set();
      const changed = syncFlags(this.dimmed.nodes, dimNodes, (ids, on) => this.view.setDimmedNodes(ids, on))
        + syncFlags(this.dimmed.edges, dimEdges, (ids, on) => this.view.setDimmedEdges(ids, on));
      if (changed) this.view.redraw();
    }

    refreshPanel() {
      if (this.st.selectedEdge) KGX.panel.showEdge(this.ctx, this.model.edgeById.get(this.st.selectedEdge));
      else if (this.st.selectedNode) KGX.panel.showNode(this.ctx, this.st.selectedNode);
      else KGX.panel.showHelp();
    }

    selectNode(id, zoom) {
      if (!this.model.nodeById.has(id)) return null;
      Object.assign(this.st, { focus: id, selectedNode: id, selectedEdge: null });
      this.applyHighlight();
      this.network.selectNodes([id]);
      const big = this.model.meta.big;
      if (zoom) this.network.focus(id, { scale: big ? 0.6 : 1.3, animation: big ? false : { duration: 300 } });
      this.refreshPanel();
      return id;
    }

    selectEdge(id) {
      if (!this.model.edgeById.has(id)) return null;
      Object.assign(this.st, { focus: null, selectedNode: null, selectedEdge: id });
      this.applyHighlight();
      this.network.selectEdges([id]);
      this.refreshPanel();
      return id;
    }

    clearSelection() {
      Object.assign(this.st, { focus: null, selectedNode: null, selectedEdge: null });
      this.network.unselectAll();
      this.applyHighlight();
      this.refreshPanel();
      KGX.search.showResults([], null, null, "");
    }

    searchHits(text) {
      const all = KGX.search.findNodes(this.model.nodes, text);
      const shown = all.filter((n) => this.visible.nodes.has(n.id));
      return { shown, hiddenCount: all.length - shown.length };
    }

    /** Focus the best visible match; list the others (and say how many the filters hide). */
    search(text, listOnly) {
      const hits = this.searchHits(text);
      const note = hits.hiddenCount ? hits.hiddenCount + " more match(es) hidden by the filters" : hits.shown.length || listOnly ? "" : "No match";
      const list = listOnly || hits.shown.length > 1 ? hits.shown : [];
      KGX.search.showResults(list, (id) => this.labelOf(id), (id) => this.selectNode(id, true), note);
      if (listOnly || !hits.shown.length) return null;
      return this.selectNode(hits.shown[0].id, true);
    }

    setLanguage(lang) {
      const next = lang === "en" ? "en" : "ar";
      if (next !== this.st.lang) this.view.setLabels(next);
      this.st.lang = next;
      this.container.dir = next === "ar" ? "rtl" : "ltr";
      document.body.dataset.lang = next;
      for (const b of document.querySelectorAll("#lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === next));
      this.refreshPanel();
    }
  }

  /** window.kgExplorer: what the tests, the benchmark and the controls drive. */
  function publicApi(app, timings) {
    const { st, model } = app;
    const sorted = (set) => Array.from(set).sort();
    const refilter = (change) => { change(); app.applyFilters(); };
    return {
      ready: false, network: app.network, state: st, timings,
      search: (text) => app.search(text, false),
      suggest: (text) => app.search(text, true),
      selectNode: (id) => app.selectNode(id, true),
      selectEdge: (id) => app.selectEdge(id),
      clearSelection: () => app.clearSelection(),
      setLanguage: (lang) => app.setLanguage(lang),
      visibleNodeIds: () => sorted(app.visible.nodes),
      visibleEdgeIds: () => sorted(app.visible.edges),
      highlightedNodeIds: () => (st.focus ? sorted(app.neighbourhood(st.focus).near) : []),
      dimmedNodeIds: () => sorted(app.dimmed.nodes),
      selectedNodeId: () => st.selectedNode,
      selectedEdgeId: () => st.selectedEdge,
      nodeLabel: (id) => app.view.label(id),
      edgeId: (rel, from, to) => rel + "|" + from + "|" + to,
      setTypeFilter: (type, on) => refilter(() => setFlags(st.types, type, on)),
      setRelationFilter: (rel, on) => refilter(() => setFlags(st.rels, rel, on)),
      setDateRange: (from, to) => refilter(() => { st.from = from || model.meta.dateMin; st.to = to || model.meta.dateMax; }),
      setIncludeUndated: (on) => refilter(() => { st.undated = Boolean(on); }),
    };
  }

  function main() {
    const t0 = performance.now();
    const model = KGX.model.build(JSON.parse(document.getElementById("kg-data").textContent));
    const t1 = performance.now();
    const app = new Explorer(model, document.getElementById("network"));
    const timings = { model: t1 - t0, network: performance.now() - t1 };
    const api = (window.kgExplorer = publicApi(app, timings));
    app.network.on("click", (p) => {
      if (p.nodes.length) app.selectNode(p.nodes[0], false);
      else if (p.edges.length) app.selectEdge(p.edges[0]);
      else app.clearSelection();
    });
    KGX.filters.buildControls(model, api);
    KGX.search.wireSearchBox(api);
    for (const b of document.querySelectorAll("#lang button")) b.addEventListener("click", () => app.setLanguage(b.dataset.lang));
    app.setLanguage("ar");
    app.applyFilters();
    app.network.once("afterDrawing", () => {
      Object.assign(timings, { firstDraw: performance.now() - t1, readyAt: performance.now() });
      api.ready = true;
      document.body.dataset.ready = "1";
    });
    app.network.fit({ animation: false });
    app.network.redraw();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
