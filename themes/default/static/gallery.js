// Galleries: a photo opens in a dialog, large, with its caption and the previous and next
// photos of its gallery (buttons, ArrowLeft and ArrowRight; Escape closes). Without this script
// each photo is a plain link to its widest size. The words come from the theme's i18n through
// this script's data- attributes (base.html).
(function () {
  var script = document.currentScript;
  function word(name) { return (script && script.getAttribute("data-" + name)) || ""; }
  document.addEventListener("DOMContentLoaded", function () {
    var links = document.querySelectorAll(".gallery a.photo-link");
    if (!links.length || typeof HTMLDialogElement !== "function") { return; }
    var dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", word("viewer"));
    dialog.innerHTML = '<button type="button" class="lightbox-close" autofocus></button>' +
      '<figure><img alt=""><figcaption></figcaption></figure>' +
      '<div class="lightbox-bar"><button type="button" data-step="-1"></button>' +
      '<span class="lightbox-count"></span><button type="button" data-step="1"></button></div>';
    var close = dialog.querySelector(".lightbox-close");
    var steps = dialog.querySelectorAll("[data-step]");
    close.textContent = word("close");
    steps[0].textContent = "\u2039 " + word("previous");
    steps[1].textContent = word("next") + " \u203a";
    document.body.appendChild(dialog);
    var img = dialog.querySelector("img");
    var caption = dialog.querySelector("figcaption");
    var count = dialog.querySelector(".lightbox-count");
    var group = [];
    var at = 0;
    var opener = null;
    function show(i) {
      at = (i + group.length) % group.length;
      var link = group[at];
      var thumb = link.querySelector("img");
      var text = link.parentNode.querySelector("figcaption");
      img.removeAttribute("src");
      img.srcset = thumb.getAttribute("srcset") || "";
      img.sizes = "100vw";
      img.src = link.href;
      img.alt = thumb.alt;
      caption.textContent = text ? text.textContent : "";
      caption.hidden = !text;
      count.textContent = (at + 1) + " / " + group.length;
      dialog.querySelector(".lightbox-bar").hidden = group.length < 2;
    }
    links.forEach(function (link) {
      link.addEventListener("click", function (e) {
        // A new tab or window is the reader's choice: leave it to the browser.
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) { return; }
        e.preventDefault();
        group = Array.prototype.slice.call(link.closest(".gallery").querySelectorAll("a.photo-link"));
        opener = link;
        show(group.indexOf(link));
        dialog.showModal();
        close.focus();
      });
    });
    dialog.addEventListener("keydown", function (e) {
      if (group.length < 2) { return; }
      if (e.key === "ArrowLeft") { show(at - 1); e.preventDefault(); }
      if (e.key === "ArrowRight") { show(at + 1); e.preventDefault(); }
    });
    dialog.addEventListener("click", function (e) {
      var step = e.target.closest("[data-step]");
      if (step) { show(at + parseInt(step.getAttribute("data-step"), 10)); }
      else if (e.target === close || e.target === dialog) { dialog.close(); }
    });
    dialog.addEventListener("close", function () {
      if (opener) { opener.focus(); }
    });
  });
})();
