/* arabic-news-kg explorer: the evidence panel (what a node or an edge stands on). */
(function () {
  "use strict";
  const KGX = (window.KGX = window.KGX || {});
  const LIMIT = 200; // longest list drawn in the panel

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function name(ctx, ref) {
    return el("span", { className: "name", dir: "auto" }, ctx.labelOf(ref));
  }

  function names(ctx, refs) {
    const out = el("span", { className: "names" });
    refs.forEach((ref, i) => out.append(i ? "، " : "", name(ctx, ref)));
    return out;
  }

  function heading(text) {
    return el("h3", {}, text);
  }

  function evidenceItem(ev) {
    const where = ["article " + ev.a];
    if (ev.s !== undefined && ev.e !== undefined) where.push("chars " + ev.s + "–" + ev.e);
    if (ev.ad) where.push("published " + ev.ad);
    return el("li", { className: "evidence" },
      el("blockquote", { dir: "rtl", lang: "ar" }, ev.q),
      el("div", { className: "source" }, where.join(" · ")));
  }

  function evidenceList(ctx, evIdx) {
    if (!evIdx || !evIdx.length) return el("p", { className: "muted" }, "No evidence sentence recorded.");
    return el("ul", { className: "evidence-list" }, ...evIdx.map((i) => evidenceItem(ctx.evidence[i])));
  }

  /** One call: date, participants, initiator (as the graph states it) and its evidence. */
  function callBlock(ctx, call, withEvidence) {
    const inRange = ctx.inRange(call);
    const head = el("div", { className: "call-head" },
      el("span", { className: "date" }, call.d || "date unknown"),
      inRange ? null : el("span", { className: "tag" }, "outside date filter"));
    const who = el("div", {}, "Participants: ", names(ctx, call.p));
    const init = call.i.length
      ? el("div", {}, "Initiator: ", names(ctx, call.i))
      : el("div", { className: "muted" }, "Initiator not stated");
    const topics = call.a.length ? el("div", {}, "About: ", names(ctx, call.a)) : null;
    const block = el("li", { className: "call" + (inRange ? "" : " out-of-range") }, head, who, init, topics);
    if (withEvidence) block.append(evidenceList(ctx, call.ev));
    return block;
  }

  function limited(items, render) {
    const list = el("ol", { className: "list" }, ...items.slice(0, LIMIT).map(render));
    if (items.length > LIMIT) list.append(el("li", { className: "muted" }, "… " + (items.length - LIMIT) + " more not shown"));
    return list;
  }

  function nodeHeader(ctx, node) {
    const other = ctx.lang === "en" ? node.ar : node.en;
    const meta = [KGX.TYPES[node.t].label];
    const role = ctx.lang === "en" ? node.re || node.ra : node.ra || node.re;
    if (role) meta.push(role);
    const extra = [];
    if (node.c) extra.push(el("div", {}, "Country: ", name(ctx, node.c)));
    if (node.p && node.p.length) extra.push(el("div", {}, "Part of: ", names(ctx, node.p)));
    return [
      el("h2", { dir: "auto" }, ctx.labelOf(node.id)),
      other ? el("div", { className: "sub", dir: "auto" }, other) : null,
      el("div", { className: "meta", dir: "auto" }, meta.join(" · ")),
      ...extra,
    ];
  }

  /** A node: its calls (date, the other participants, initiator) and its agreements. */
  function showNode(ctx, nodeId) {
    const node = ctx.nodeById.get(nodeId);
    const calls = ctx.callsOf(nodeId);
    const shown = calls.filter((c) => ctx.inRange(c));
    const parts = nodeHeader(ctx, node);
    parts.push(heading("Calls: " + shown.length + (shown.length < calls.length ? " in date range, " + calls.length + " in all" : "")));
    parts.push(shown.length ? limited(shown, (call) => nodeCallItem(ctx, node, call)) : el("p", { className: "muted" }, "None."));
    const links = ctx.agreementLinks(nodeId);
    if (links.length) {
      parts.push(heading(node.t === "agreement" ? "Covers and parties" : "Agreements"));
      parts.push(limited(links, (l) => el("li", {}, l.text + ": ", name(ctx, l.other))));
    }
    if (node.t === "agreement") {
      parts.push(heading("Evidence"));
      parts.push(evidenceList(ctx, ctx.agreementEvidence(nodeId)));
    }
    render(parts);
  }

  function nodeCallItem(ctx, node, call) {
    const isActor = call.p.includes(node.id);
    const others = isActor ? call.p.filter((p) => p !== node.id) : call.p;
    const item = el("li", { className: "call" },
      el("span", { className: "date" }, call.d || "date unknown"), " ",
      isActor ? "with " : "participants: ", others.length ? names(ctx, others) : "(no other participant named)",
      call.i.length ? el("div", {}, "Initiator: ", names(ctx, call.i)) : el("div", { className: "muted" }, "Initiator not stated"));
    const more = el("button", { type: "button", className: "link" }, "evidence");
    more.addEventListener("click", () => showCall(ctx, call, node.id));
    item.append(more);
    return item;
  }

  function showCall(ctx, call, backTo) {
    const back = el("button", { type: "button", className: "link" }, "← back");
    back.addEventListener("click", () => showNode(ctx, backTo));
    render([back, el("h2", { dir: "auto" }, "Call " + (call.d || "(date unknown)")), el("ol", { className: "list" }, callBlock(ctx, call, true))]);
  }

  /** An edge: every call behind it with its Arabic evidence, or the agreement's evidence. */
  function showEdge(ctx, edge) {
    const style = KGX.RELATIONS[edge.r];
    const sep = edge.r === "spokeWith" ? " — " : " → ";
    const parts = [
      el("h2", { dir: "ltr", className: "edge-title" }, name(ctx, edge.from), sep, name(ctx, edge.to)),
      el("div", { className: "meta" }, style.label + (edge.c.length ? " · " + edge.c.length + " call" + (edge.c.length > 1 ? "s" : "") : "")),
    ];
    if (edge.c.length) {
      parts.push(limited(edge.c.map((i) => ctx.calls[i]), (call) => callBlock(ctx, call, true)));
    } else {
      parts.push(heading("Evidence for the agreement"));
      parts.push(evidenceList(ctx, edge.ev));
    }
    render(parts);
  }

  function showHelp() {
    render([el("p", { className: "muted" }, "Click a node or an edge to see the calls and the evidence sentences behind it.")]);
  }

  function render(parts) {
    const box = document.getElementById("panel-body");
    box.replaceChildren(...parts.filter(Boolean));
    box.scrollTop = 0;
  }

  KGX.panel = { showNode, showEdge, showCall, showHelp };
})();
