/* arabic-news-kg explorer: the vis-network view (items, options, fast hide/dim). */
(function () {
  "use strict";
  const KGX = (window.KGX = window.KGX || {});
  const FONT = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Arial Unicode MS', sans-serif";
  const INK = "#1d2733";
  const DIM_INK = "rgba(29,39,51,0.2)";
  const DIM_HALO = "rgba(255,255,255,0.2)";

  function labelIn(lang, n) {
    const first = lang === "en" ? n.en : n.ar;
    return first || n.ar || n.en || n.id.split("/").pop();
  }

  function visNode(n, lang) {
    const style = KGX.TYPES[n.t] || KGX.TYPES.other;
    return {
      id: n.id, label: labelIn(lang, n), title: n.tt, value: n.n, shape: style.shape, x: n.x, y: n.y,
      color: { background: style.color, border: "#ffffff", highlight: { background: style.color, border: INK } },
      opacity: 1,
    };
  }

  function edgeTitle(model, e) {
    const dates = e.c.map((i) => model.calls[i].d).filter(Boolean).sort();
    const parts = [KGX.RELATIONS[e.r].label];
    if (e.c.length) parts.push(e.c.length + (e.c.length > 1 ? " calls" : " call"));
    if (dates.length) parts.push(dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " – " + dates[dates.length - 1]);
    return parts.join(" · ");
  }

  /** Dash pattern; big graphs draw "about" edges solid (dashed lines take twice as long to draw). */
  function dashes(relation, big) {
    return big && relation === "about" ? false : KGX.RELATIONS[relation].dashes;
  }

  function visEdge(model, e, hidden) {
    const style = KGX.RELATIONS[e.r];
    return {
      id: e.id, from: e.from, to: e.to, value: e.w, title: edgeTitle(model, e), dashes: dashes(e.r, model.meta.big), hidden,
      arrows: { to: { enabled: style.arrow, scaleFactor: 0.7 } },
      color: { color: style.color, highlight: style.color, opacity: 1 },
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
      edges: { scaling: { min: 1, max: 9, label: { enabled: false } }, selectionWidth: 2.5, smooth: false },
    };
  }

  /**
   * The network and its data sets. Hiding and dimming thousands of items through
   * DataSet.update re-parses every item's options (seconds at 50,000 edges), so they are
   * applied to the drawn items' options directly and vis is told to re-index and redraw:
   * the same fields DataSet.update would set (options.hidden, options.opacity, color.opacity,
   * the label text and font colour), in milliseconds. The data sets keep the initial items.
   */
  class View {
    /** Big graphs create edges hidden at start only when first shown (faster first draw). */
    constructor(container, model, lang, hiddenEdges) {
      this.model = model;
      this.dimEdges = new Set();
      const lazy = model.meta.big;
      const edges = model.edges.filter((e) => !(lazy && hiddenEdges.has(e.id)));
      this.nodesDS = new vis.DataSet(model.nodes.map((n) => visNode(n, lang)));
      this.edgesDS = new vis.DataSet(edges.map((e) => visEdge(model, e, hiddenEdges.has(e.id))));
      const data = { nodes: this.nodesDS, edges: this.edgesDS };
      this.network = new vis.Network(container, data, networkOptions(model.meta.big));
      this.body = this.network.body;
    }

    /** Create the edges among `ids` that were never drawn yet. */
    createMissing(ids) {
      const missing = ids.filter((id) => !this.body.edges[id]).map((id) => this.model.edgeById.get(id));
      if (!missing.length) return;
      this.edgesDS.add(missing.map((e) => {
        const item = visEdge(this.model, e, false);
        if (this.dimEdges.has(e.id)) item.color.opacity = 0.08;
        return item;
      }));
    }

    static each(items, ids, fn) {
      for (const id of ids) if (items[id]) fn(items[id]);
    }

    /** Set the hidden flag of some nodes and some edges (call reindex() afterwards). */
    setHidden(nodeIds, on, edgeIds, edgesOn) {
      if (!edgesOn) this.createMissing(edgeIds);
      View.each(this.body.nodes, nodeIds, (n) => { n.options.hidden = on; });
      View.each(this.body.edges, edgeIds, (e) => { e.options.hidden = edgesOn; });
    }

    setDimmedNodes(ids, on) {
      View.each(this.body.nodes, ids, (n) => {
        n.options.opacity = on ? 0.15 : 1;
        n.labelModule.fontOptions.color = on ? DIM_INK : INK;
        n.labelModule.fontOptions.strokeColor = on ? DIM_HALO : "#ffffff";
        n.labelModule.labelDirty = true; // the processed label lines cache their colours
      });
    }

    setDimmedEdges(ids, on) {
      for (const id of ids) on ? this.dimEdges.add(id) : this.dimEdges.delete(id);
      View.each(this.body.edges, ids, (e) => { e.options.color.opacity = on ? 0.08 : 1; });
    }

    /** Recompute vis's lists of drawn items (what "_dataChanged" does, without re-checking every edge). */
    reindex() {
      if (typeof this.network._updateVisibleIndices === "function") this.network._updateVisibleIndices();
      else this.body.emitter.emit("_dataChanged");
      this.redraw();
    }

    /** One redraw on the next animation frame, however many changes asked for it. */
    redraw() {
      this.body.emitter.emit("_requestRedraw");
    }

    /** Switch every node label (the label module re-measures dirty labels when drawing). */
    setLabels(lang) {
      const byId = this.model.nodeById;
      View.each(this.body.nodes, Array.from(byId.keys()), (item) => {
        item.options.label = labelIn(lang, byId.get(item.id));
        item.labelModule.labelDirty = true;
        if (item.shape) item.shape.refreshNeeded = true;
      });
      this.redraw();
    }

    label(id) {
      return this.body.nodes[id] ? this.body.nodes[id].options.label : undefined;
    }
  }

  const create = (container, model, lang, hiddenEdges) => new View(container, model, lang, hiddenEdges);

  KGX.view = { create, labelIn, dashes };
})();
