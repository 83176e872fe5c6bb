// campaign-site search: loads meta.json, then only the shards a query's words fall in and
// the fragments of the results shown. Words fold as src/search/terms.rs folds them.
(function (root) {
  "use strict";
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var WEIGHT = [10, 4, 1];
  var PAGE = 10;

  function term(word) {
    var d = word.normalize("NFD").toLowerCase();
    var tones = (d.match(TONES) || []).join("");
    var letters = d.replace(TONES, "");
    var f = letters.replace(/\p{M}/gu, "").replace(/đ/g, "d");
    return { f: f, m: (letters + tones).normalize("NFC"), marked: f !== (letters + tones) };
  }

  function terms(text) {
    return (text.match(/[\p{L}\p{N}\p{M}]+/gu) || []).map(term).filter(function (t) { return t.f; });
  }

  // An index of one language: fetch(path) gives the parsed JSON of a file below its folder.
  function Index(fetchJson) {
    this.fetch = fetchJson;
    this.shards = {};
    this.meta = null;
  }

  Index.prototype.load = function () {
    var self = this;
    if (!self.meta) self.meta = self.fetch("meta.json");
    return self.meta;
  };

  // The shards that may hold `key`, or every key starting with it when `prefix`.
  Index.prototype.shardsFor = function (meta, key, prefix) {
    var firsts = meta.shards, lo = 0, hi = firsts.length - 1, at = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid][0] <= key) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    var out = [at];
    if (prefix) {
      for (var i = at + 1; i < firsts.length && firsts[i][0].indexOf(key) === 0 && out.length < 4; i++) out.push(i);
    }
    return out.map(function (i) { return firsts[i][1]; });
  };

  Index.prototype.shard = function (name) {
    if (!this.shards[name]) this.shards[name] = this.fetch("s/" + name + ".json");
    return this.shards[name];
  };

  // Pages with `key` (and, when `prefix`, keys that start with it), each with its score.
  Index.prototype.lookup = function (meta, key, marked, prefix) {
    var self = this;
    return Promise.all(self.shardsFor(meta, key, prefix).map(function (n) { return self.shard(n); }))
      .then(function (shards) {
        var scores = new Map();
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (k) {
            var exact = k === key;
            if (!exact && !(prefix && k.indexOf(key) === 0)) return;
            var variants = shard[k];
            Object.keys(variants).forEach(function (m) {
              var bonus = (exact ? 1 : 0.7) * (marked !== null && m === marked ? 1.5 : 1);
              variants[m].forEach(function (ids, tier) {
                var id = 0;
                ids.forEach(function (delta) {
                  id += delta;
                  var s = WEIGHT[tier] * bonus;
                  if (!(scores.get(id) >= s)) scores.set(id, s);
                });
              });
            });
          });
        });
        return scores;
      });
  };

  // Sums the scores of pages found for every key; pages missing a key are dropped.
  function all(maps) {
    if (!maps.length) return new Map();
    var out = new Map();
    maps[0].forEach(function (s, id) {
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

  function ranked(scores, bonus) {
    var list = [];
    scores.forEach(function (s, id) { list.push([s + bonus, id]); });
    return list.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
  }

  // The pages for `query`, best first: [{id, score, phrase}].
  Index.prototype.search = function (query) {
    var self = this, words = terms(query);
    if (!words.length) return Promise.resolve([]);
    return self.load().then(function (meta) {
      var n = words.length, last = n - 1;
      var prefix = words[last].f.length >= 2;
      var mark = function (w) { return w.marked ? w.m : null; };
      var singles = words.map(function (w, i) {
        return self.lookup(meta, w.f, mark(w), i === last && prefix);
      });
      var pairs = [];
      for (var i = 0; i < last; i++) {
        var a = words[i], b = words[i + 1];
        var marked = a.marked || b.marked ? a.m + " " + b.m : null;
        pairs.push(self.lookup(meta, a.f + " " + b.f, marked, i + 1 === last && prefix));
      }
      return Promise.all([Promise.all(singles), Promise.all(pairs)]).then(function (found) {
        var phrase = all(found[1]), words = all(found[0]);
        var first = n > 1 ? ranked(phrase, 1000) : [];
        var seen = new Set(first.map(function (r) { return r[1]; }));
        var rest = ranked(words, 0).filter(function (r) { return !seen.has(r[1]); });
        return first.concat(rest).map(function (r) {
          return { id: r[1], score: r[0], phrase: seen.has(r[1]) };
        });
      });
    });
  };

  Index.prototype.fragment = function (id) { return this.fetch("f/" + id + ".json"); };

  // A piece of `text` around the first query word it has, as text and marked parts.
  function snippet(text, words) {
    var re = /[\p{L}\p{N}\p{M}]+/gu, m, parts = [], hits = [];
    var want = words.map(function (w) { return w.f; });
    var lastWord = want[want.length - 1];
    while ((m = re.exec(text))) {
      var f = term(m[0]).f;
      if (want.indexOf(f) >= 0 || (lastWord.length >= 2 && f.indexOf(lastWord) === 0)) hits.push([m.index, m.index + m[0].length]);
    }
    var start = hits.length ? Math.max(0, hits[0][0] - 80) : 0;
    var end = Math.min(text.length, start + 240);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var at = start;
    hits.filter(function (h) { return h[0] >= start && h[1] <= end; }).forEach(function (h) {
      parts.push([text.slice(at, h[0]), false], [text.slice(h[0], h[1]), true]);
      at = h[1];
    });
    parts.push([text.slice(at, end), false]);
    if (start > 0) parts.unshift(["…", false]);
    if (end < text.length) parts.push(["…", false]);
    return parts;
  }

  root.campaignSearch = { term: term, terms: terms, Index: Index, snippet: snippet };

  if (typeof document === "undefined") return;
  var form = document.querySelector("form[data-index]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var base = form.getAttribute("data-index");
  var index = new Index(function (path) {
    return fetch(base + path).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    });
  });
  var words = function (key, values) {
    return form.getAttribute("data-" + key).replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  };
  var results = [], shown = 0, current = 0, more = null;

  function show(query, count) {
    var ask = ++current, batch = results.slice(shown, shown + PAGE);
    return Promise.all(batch.map(function (r) { return index.fragment(r.id); })).then(function (pages) {
      if (ask !== current) return;
      pages.forEach(function (p) {
        var li = document.createElement("li"), h = document.createElement("h2"), a = document.createElement("a");
        a.href = p.u;
        a.textContent = p.t;
        h.appendChild(a);
        li.appendChild(h);
        var meta = [p.d, p.s].filter(Boolean).join(" · ");
        if (meta) {
          var info = document.createElement("p");
          info.className = "search-meta";
          info.textContent = meta;
          li.appendChild(info);
        }
        var text = document.createElement("p");
        snippet(p.x || "", terms(query)).forEach(function (part) {
          var node = part[1] ? document.createElement("mark") : document.createTextNode(part[0]);
          if (part[1]) node.textContent = part[0];
          text.appendChild(node);
        });
        li.appendChild(text);
        list.appendChild(li);
      });
      shown += batch.length;
      if (more) more.remove();
      more = null;
      if (shown < count) {
        more = document.createElement("button");
        more.type = "button";
        more.textContent = form.getAttribute("data-more");
        more.addEventListener("click", function () {
          var next = list.children.length;
          show(query, count).then(function () { if (list.children[next]) list.children[next].querySelector("a").focus(); });
        });
        list.after(more);
      }
    });
  }

  function run(query) {
    var ask = ++current;
    list.textContent = "";
    if (more) more.remove();
    more = null;
    results = [];
    shown = 0;
    if (!query.trim()) { status.textContent = ""; return; }
    status.textContent = form.getAttribute("data-loading");
    index.search(query).then(function (found) {
      if (ask !== current) return;
      results = found;
      status.textContent = words(found.length ? "results" : "none", { count: found.length, query: query });
      return show(query, found.length);
    }).catch(function () {
      if (ask === current) status.textContent = form.getAttribute("data-failed");
    });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 120);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { input.value = asked; run(asked); }
})(typeof window === "undefined" ? globalThis : window);
