// Reading aids: text size and high contrast, remembered across pages. The page works fully
// without this script; the buttons only appear when it runs.
(function () {
  var root = document.documentElement;
  var sizes = [87.5, 100, 112.5, 125, 150];
  function load(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  function sizeIndex() { var i = parseInt(load("campaign-site-text-size"), 10); return i >= 0 && i < sizes.length ? i : 1; }
  function apply() {
    root.style.fontSize = sizes[sizeIndex()] + "%";
    var high = load("campaign-site-contrast") === "high";
    root.classList.toggle("high-contrast", high);
    var button = document.querySelector("[data-contrast]");
    if (button) { button.setAttribute("aria-pressed", high ? "true" : "false"); }
  }
  apply();
  document.addEventListener("DOMContentLoaded", function () {
    var aids = document.querySelector(".reading-aids");
    if (aids) { aids.hidden = false; }
    document.querySelectorAll("[data-text-size]").forEach(function (b) {
      b.addEventListener("click", function () {
        var step = parseInt(b.getAttribute("data-text-size"), 10);
        var i = step === 0 ? 1 : Math.min(sizes.length - 1, Math.max(0, sizeIndex() + step));
        save("campaign-site-text-size", String(i));
        apply();
      });
    });
    document.querySelectorAll("[data-contrast]").forEach(function (b) {
      b.addEventListener("click", function () {
        save("campaign-site-contrast", load("campaign-site-contrast") === "high" ? "normal" : "high");
        apply();
      });
    });
    document.querySelectorAll("[data-copy-link]").forEach(function (b) {
      if (!navigator.clipboard) { return; }
      b.parentNode.hidden = false;
      b.addEventListener("click", function () {
        navigator.clipboard.writeText(b.getAttribute("data-copy-link")).then(function () {
          b.textContent = b.getAttribute("data-copied");
        });
      });
    });
    apply();
  });
})();
