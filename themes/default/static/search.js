// campaign-site search: meta.json, then the buckets of the query's words, then the results'
// fragments (ARCHITECTURE.md). Words fold as src/search/terms.rs does.
((root) => {
  "use strict";
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var WEIGHT = [10, 4, 1];
  var PAGE = 10;

  function term(word) {
    var d = word.normalize("NFD").toLowerCase();
    var tones = (d.match(TONES) || []).join("");
    var letters = d.replace(TONES, "");
    var f = letters.replace(/\p{M}/gu, "").replace(/đ/g, "d");
    return { f, m: (letters + tones).normalize("NFC"), marked: f !== letters + tones };
  }

  function terms(text) {
    return (text.match(/[\p{L}\p{N}\p{M}]+/gu) || []).map(term).filter((t) => t.f);
  }

  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  // One marked form's page lists of three tiers (src/search/index.rs).
  function decode(text) {
    return text.split(",").map((tier) => {
      var out = [], n = 0, shift = 0, last = -1;
      for (var i = 0; i < tier.length; i++) {
        var d = DIGITS.indexOf(tier[i]);
        n |= (d & 31) << shift;
        shift += 5;
        if (d < 32) {
          last = last < 0 ? n : last + n + 1;
          out.push(last);
          n = shift = 0;
        }
      }
      return out;
    });
  }

  function hex(s) {
    return Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, 0)).join("");
  }

  // One language's index; fetch(path) gives a file's JSON.
  function Index(fetch) {
    this.fetch = fetch;
    this.files = {};
  }

  Index.prototype.get = function (path) {
    return this.load().then((meta) => this.files[path] ||= this.fetch(path + "?v=" + meta.v));
  };

  Index.prototype.load = function () {
    return this.meta ||= this.fetch("meta.json");
  };

  // The buckets of `key`, or (`prefix`) of keys starting with it; at most 4.
  function buckets(split, key, prefix) {
    var p = "", chars = Array.from(key), i = 0;
    while (split[p] !== undefined) {
      if (i === chars.length) {
        if (!prefix) return split[p].indexOf("$") >= 0 ? [p + "$"] : [];
        var out = [], queue = [p];
        while (queue.length && out.length < 4) {
          var q = queue.shift();
          if (split[q] === undefined) out.push(q);
          else for (const c of split[q]) queue.push(q + c);
        }
        return out;
      }
      var c = chars[i++];
      if (split[p].indexOf(c) < 0) return [];
      p += c;
    }
    return [p];
  }

  // Pages with `key` (or `prefix`: keys starting with it), with scores.
  Index.prototype.lookup = function (key, marked, prefix) {
    return this.load().then((meta) => Promise.all(buckets(meta.split, key, prefix)
      .map((b) => this.get("s/_" + hex(b) + ".json")))).then((shards) => {
      const scores = new Map();
      for (const shard of shards) {
        for (const k in shard) {
          const exact = k === key;
          if (!exact && !(prefix && k.startsWith(key))) continue;
          for (const m in shard[k]) {
            const bonus = (exact ? 1 : 0.7) * (marked !== null && m === marked ? 1.5 : 1);
            decode(shard[k][m]).forEach((ids, tier) => {
              const s = WEIGHT[tier] * bonus;
              for (const id of ids) if (!(scores.get(id) >= s)) scores.set(id, s);
            });
          }
        }
      }
      return scores;
    });
  };

  // Pages found for every key (one at least), with their scores summed.
  function all(maps) {
    var out = new Map();
    maps[0].forEach((s, id) => {
      var total = s;
      for (var i = 1; i < maps.length; i++) {
        var t = maps[i].get(id);
        if (t === undefined) return;
        total += t;
      }
      out.set(id, total);
    });
    return out;
  }

  function ranked(scores, phrase, skip) {
    var list = [];
    scores.forEach((score, id) => { if (!skip || !skip.has(id)) list.push({ id, score, phrase }); });
    return list.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  // {results, rest} for `query`, best first: phrase first; `rest()` the words apart.
  Index.prototype.search = function (query) {
    // A last word of one letter is still being typed: search the words before it.
    let words = terms(query);
    if (words.length > 1 && words[words.length - 1].f.length < 2) words = words.slice(0, -1);
    const n = words.length, last = n - 1;
    if (!n) return Promise.resolve({ results: [], rest: null });
    // The last word may be unfinished, unless typed with its marks (a whole syllable).
    const prefix = words[last].f.length >= 2 && !words[last].marked;
    const singles = (skip) => Promise.all(words.map((w, i) =>
      this.lookup(w.f, w.marked ? w.m : null, i === last && prefix)))
      .then((maps) => ranked(all(maps), false, skip));
    if (n === 1) return singles().then((r) => ({ results: r, rest: null }));
    const pairs = words.slice(1).map((b, i) => {
      const a = words[i];
      return this.lookup(a.f + " " + b.f, a.marked || b.marked ? a.m + " " + b.m : null, i + 1 === last && prefix);
    });
    return Promise.all(pairs).then((maps) => {
      const phrase = ranked(all(maps), true);
      const rest = () => singles(new Set(phrase.map((r) => r.id)));
      if (phrase.length >= PAGE) return { results: phrase, rest };
      return rest().then((r) => ({ results: phrase.concat(r), rest: null }));
    });
  };

  Index.prototype.fragment = function (id) { return this.get("f/" + (id >> 2) + ".json").then((g) => g[id & 3]); };

  // `text` around its first query word as [text, marked] parts.
  function snippet(text, words) {
    var re = /[\p{L}\p{N}\p{M}]+/gu, m, parts = [], hits = [];
    var want = words.map((w) => w.f);
    var lastWord = words[words.length - 1].marked ? "" : want[want.length - 1];
    while ((m = re.exec(text))) {
      const f = term(m[0]).f;
      if (want.includes(f) || (lastWord.length > 1 && f.startsWith(lastWord))) hits.push([m.index, m.index + m[0].length]);
    }
    var start = hits.length ? Math.max(0, hits[0][0] - 80) : 0;
    var end = Math.min(text.length, start + 240);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var at = start;
    for (const [a, b] of hits) {
      if (a < start || b > end) continue;
      parts.push([text.slice(at, a), false], [text.slice(a, b), true]);
      at = b;
    }
    parts.push([text.slice(at, end), false]);
    if (start > 0) parts.unshift(["…", false]);
    if (end < text.length) parts.push(["…", false]);
    return parts;
  }

  root.campaignSearch = { term, terms, Index, snippet };

  if (typeof document === "undefined") return;
  var form = document.querySelector("form[data-index]");
  if (!form) return;
  const input = form.querySelector("input[type=search]"), base = form.dataset.index;
  const status = document.getElementById("search-status"), list = document.getElementById("search-results");
  const index = new Index((path) => fetch(base + path).then((r) => {
    if (!r.ok) throw r.status;
    return r.json();
  }));
  const words = (key, values) => (form.dataset[key] || form.dataset[key.slice(0, -3)]).replace(/\{(\w+)\}/g, (_, k) => values[k]);
  root.campaignSearch.index = index;
  index.load().catch(() => {});
  var results = [], rest = null, shown = 0, current = 0, more = null;

  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };

  function item(p, query) {
    const li = el("li"), h = li.appendChild(el("h2")), a = h.appendChild(el("a", p.t));
    a.href = p.u;
    const meta = [p.d, p.s].filter(Boolean).join(" · ");
    if (meta) li.appendChild(el("p", meta, "search-meta"));
    const text = li.appendChild(el("p"));
    for (const [part, hit] of snippet(p.x || "", terms(query))) {
      text.appendChild(hit ? el("mark", part) : document.createTextNode(part));
    }
    return li;
  }

  function count(query) {
    var key = (!results.length ? "none" : rest ? "phrase" : "results") + (results.length === 1 ? "One" : "");
    status.textContent = words(key, { count: results.length, query });
  }

  function show(query, ask) {
    if (shown >= results.length && rest) {
      var later = rest;
      rest = null;
      return later().then((r) => {
        if (ask !== current) return;
        results = results.concat(r);
        count(query);
        return show(query, ask);
      });
    }
    var batch = results.slice(shown, shown + PAGE);
    return Promise.all(batch.map((r) => index.fragment(r.id))).then((pages) => {
      if (ask !== current) return;
      // One change of the live region per batch: read out once.
      list.append(...pages.map((p) => item(p, query)));
      shown += batch.length;
      if (more) more.remove();
      more = null;
      if (shown < results.length || rest) {
        more = el("button", form.dataset.more);
        more.type = "button";
        more.addEventListener("click", () => {
          var next = list.children.length;
          show(query, ask).then(() => { if (list.children[next]) list.children[next].querySelector("a").focus(); });
        });
        list.after(more);
      }
    });
  }

  function run(query) {
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    var ask = ++current;
    list.textContent = "";
    if (more) more.remove();
    more = rest = null;
    results = [];
    shown = 0;
    if (!query.trim()) return status.textContent = "";
    status.textContent = form.dataset.loading;
    index.search(query).then((found) => {
      if (ask !== current) return;
      results = found.results;
      rest = found.rest;
      count(query);
      return show(query, ask);
    }).catch(() => {
      if (ask === current) status.textContent = form.dataset.failed;
    });
  }

  var timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 120);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { input.value = asked; run(asked); }
})(typeof window === "undefined" ? globalThis : window);
