/* arabic-news-kg explorer: name search with Arabic/Latin normalisation. */
(function () {
  "use strict";
  const KGX = (window.KGX = window.KGX || {});
  const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
  const MAX_RESULTS = 8;

  /**
   * Fold a name for matching: hamza/madda alef forms → ا, ى → ي, ة → ه, no diacritics,
   * no tatweel, no Latin accents, lower case, single spaces. "ادلب" matches "إدلب",
   * "erdogan" matches "Erdoğan".
   */
  function normalize(text) {
    return String(text || "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A")
      .replace(/\u0629/g, "\u0647")
      .normalize("NFKD")
      .replace(ARABIC_MARKS, "")
      .replace(/\p{M}/gu, "")
      .replace(/\u0640/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .toLowerCase()
      .replace(/[\s\u200c-\u200f_\-–—·.,،:;()"'«»]+/g, " ")
      .trim();
  }

  /** Normalised strings a node can be found by: both labels, aliases, the id's slug. */
  function searchKeys(node) {
    const slug = node.id.split("/").pop().replace(/-/g, " ");
    const names = [node.ar, node.en, slug].concat(node.al || []);
    return Array.from(new Set(names.filter(Boolean).map(normalize)));
  }

  /** 0 exact, 1 prefix, 2 word prefix, 3 substring, -1 no match. */
  function score(keys, query) {
    let best = -1;
    for (const key of keys) {
      let s = -1;
      if (key === query) s = 0;
      else if (key.startsWith(query)) s = 1;
      else if (key.includes(" " + query)) s = 2;
      else if (key.includes(query)) s = 3;
      if (s >= 0 && (best < 0 || s < best)) best = s;
    }
    return best;
  }

  /** Matching nodes among `candidates`, best first (score, then most calls, then id). */
  function findNodes(candidates, text) {
    const query = normalize(text);
    if (!query) return [];
    const hits = [];
    for (const node of candidates) {
      const s = score(node.keys, query);
      if (s >= 0) hits.push({ node, s });
    }
    hits.sort((a, b) => a.s - b.s || b.node.n - a.node.n || (a.node.id < b.node.id ? -1 : 1));
    return hits.map((h) => h.node);
  }

  /** The drop-down of matches under the search box. */
  function showResults(hits, labelOf, onPick, message) {
    const list = document.getElementById("search-results");
    list.replaceChildren();
    for (const node of hits.slice(0, MAX_RESULTS)) {
      const item = document.createElement("li");
      item.dir = "auto";
      item.textContent = labelOf(node.id);
      item.dataset.nodeId = node.id;
      item.addEventListener("click", () => onPick(node.id));
      list.append(item);
    }
    if (message) {
      const item = document.createElement("li");
      item.className = "note";
      item.textContent = message;
      list.append(item);
    }
    list.hidden = list.children.length === 0;
  }

  function wireSearchBox(api) {
    const input = document.getElementById("search");
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") api.search(input.value);
      if (event.key === "Escape") {
        input.value = "";
        api.clearSelection();
      }
    });
    input.addEventListener("input", () => api.suggest(input.value));
    document.getElementById("search-go").addEventListener("click", () => api.search(input.value));
  }

  KGX.search = { normalize, searchKeys, findNodes, showResults, wireSearchBox };
})();
