/* arabic-news-kg explorer: styles, legend, filter controls and the visibility rules. */
(function () {
  "use strict";
  const KGX = (window.KGX = window.KGX || {});

  KGX.TYPES = {
    person: { label: "Person", color: "#2f6fb3", shape: "dot" },
    organization: { label: "Organization", color: "#8e5bb5", shape: "square" },
    country: { label: "Country", color: "#c8403a", shape: "diamond" },
    region: { label: "Region", color: "#3c9a4a", shape: "triangle" },
    agreement: { label: "Agreement", color: "#e08a00", shape: "star" },
    other: { label: "Other actor", color: "#7d8791", shape: "dot" },
  };
  KGX.RELATIONS = {
    called: { label: "called (initiator known)", color: "#34495e", dashes: false, arrow: true },
    spokeWith: { label: "spoke with (no direction)", color: "#8d99a6", dashes: false, arrow: false },
    about: { label: "call about (region/agreement)", color: "#7cb342", dashes: [7, 5], arrow: false },
    covers: { label: "agreement covers region", color: "#e08a00", dashes: [3, 4], arrow: false },
    party: { label: "party to agreement", color: "#a26bd0", dashes: [1, 4], arrow: false },
  };

  /** Is this call inside the date filter? Undated calls follow the "undated" switch. */
  function callInRange(call, st) {
    if (!call.d) return st.undated;
    return (!st.from || call.d >= st.from) && (!st.to || call.d <= st.to);
  }

  /** True when the date controls hide something (narrower range, or undated calls off). */
  function dateActive(st, meta) {
    const narrowed = (st.from && st.from > (meta.dateMin || "")) || (st.to && meta.dateMax && st.to < meta.dateMax);
    return Boolean(narrowed || (!st.undated && meta.undatedCalls > 0));
  }

  /**
   * Visible node and edge ids for a filter state. An edge shows when its relation and both
   * end types are on and (covers/party edges aside) at least one of its calls is in range;
   * while a date filter is active, nodes left without any visible edge are hidden too.
   */
  function computeVisible(model, st) {
    const active = dateActive(st, model.meta);
    const typeOk = (id) => st.types[model.nodeById.get(id).t] !== false;
    const edges = new Set();
    const touched = new Set();
    for (const e of model.edges) {
      if (st.rels[e.r] === false || !typeOk(e.from) || !typeOk(e.to)) continue;
      if (active && e.c.length && !e.c.some((ci) => callInRange(model.calls[ci], st))) continue;
      edges.add(e.id);
      touched.add(e.from);
      touched.add(e.to);
    }
    const nodes = new Set();
    for (const n of model.nodes) {
      if (st.types[n.t] !== false && (!active || touched.has(n.id))) nodes.add(n.id);
    }
    return { nodes, edges };
  }

  function swatch(kind, style, key, big) {
    const s = document.createElement("span");
    s.className = "swatch " + kind;
    if (kind === "node") s.style.background = style.color;
    else {
      s.style.borderTopColor = style.color;
      const dash = KGX.view.dashes(key, big);
      s.style.borderTopStyle = dash ? (dash[0] < 2 ? "dotted" : "dashed") : "solid";
      if (style.arrow) s.classList.add("arrow");
    }
    return s;
  }

  function checkbox(group, key, text, style, kind, onChange, big) {
    const label = document.createElement("label");
    label.className = "check";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.group = group;
    box.dataset.key = key;
    box.addEventListener("change", () => onChange(key, box.checked));
    label.append(box, swatch(kind, style, key, big), document.createTextNode(" " + text));
    return label;
  }

  /** Legend-with-checkboxes for the node types and relations present in the data. */
  function buildControls(model, api) {
    const typeBox = document.getElementById("type-filters");
    for (const [key, style] of Object.entries(KGX.TYPES)) {
      if (!model.typeCounts[key]) continue;
      const text = style.label + " (" + model.typeCounts[key] + ")";
      typeBox.append(checkbox("type", key, text, style, "node", (k, on) => api.setTypeFilter(k, on)));
    }
    const relBox = document.getElementById("relation-filters");
    for (const [key, style] of Object.entries(KGX.RELATIONS)) {
      if (!model.relCounts[key]) continue;
      const text = style.label + " (" + model.relCounts[key] + ")";
      relBox.append(checkbox("rel", key, text, style, "line", (k, on) => api.setRelationFilter(k, on), model.meta.big));
    }
    if (model.meta.big) {
      const note = document.createElement("p");
      note.className = "hint";
      note.textContent = "Large graph: “call about” edges start unticked and are drawn solid; labels appear when you zoom in.";
      relBox.append(note);
    }
    buildDateControls(model.meta, api);
  }

  function buildDateControls(meta, api) {
    const from = document.getElementById("date-from");
    const to = document.getElementById("date-to");
    const undated = document.getElementById("date-undated");
    for (const input of [from, to]) {
      input.min = meta.dateMin || "";
      input.max = meta.dateMax || "";
      input.disabled = !meta.dateMin;
    }
    from.value = meta.dateMin || "";
    to.value = meta.dateMax || "";
    document.getElementById("undated-count").textContent = String(meta.undatedCalls);
    const apply = () => api.setDateRange(from.value || null, to.value || null);
    from.addEventListener("change", apply);
    to.addEventListener("change", apply);
    undated.addEventListener("change", () => api.setIncludeUndated(undated.checked));
    document.getElementById("date-reset").addEventListener("click", () => api.setDateRange(null, null));
  }

  /** Reflect a filter state in the controls (used when the JS API changes it). */
  function syncControls(st, meta) {
    for (const box of document.querySelectorAll("#controls input[type=checkbox][data-group]")) {
      const table = box.dataset.group === "type" ? st.types : st.rels;
      box.checked = table[box.dataset.key] !== false;
    }
    document.getElementById("date-from").value = st.from || meta.dateMin || "";
    document.getElementById("date-to").value = st.to || meta.dateMax || "";
    document.getElementById("date-undated").checked = st.undated;
  }

  KGX.filters = { callInRange, dateActive, computeVisible, buildControls, syncControls };
})();
