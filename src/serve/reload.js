// campaign-site serve: reloads the page after each rebuild, shows a failed build's problems.
(function () {
  var id = "campaign-site-build-error";
  function show(text) {
    var box = document.getElementById(id) || document.createElement("div");
    box.id = id;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "background:#fff;color:#1a1a1a;border-top:4px solid #a3161a;padding:1rem;font:14px/1.5 monospace;";
    box.textContent = "";
    var title = document.createElement("strong");
    title.textContent = OVERLAY_TITLE;
    var pre = document.createElement("pre");
    pre.style.whiteSpace = "pre-wrap";
    pre.textContent = text;
    box.appendChild(title);
    box.appendChild(pre);
    document.body.appendChild(box);
  }
  var events = new EventSource("/__campaign-site/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("build-error", function (e) { show(JSON.parse(e.data)); });
})();
