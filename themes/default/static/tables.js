// Sorts a ranking in place when a reader picks a column heading. Each heading links to a page
// of the table in that order, which works without this script; each row carries its place in
// every order, computed when the site was built, so the order shown here is the same.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-sort-order]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    var table = link.closest("table");
    if (!table || !table.tBodies.length) return;
    event.preventDefault();
    var order = Number(link.getAttribute("data-sort-order"));
    var body = table.tBodies[0];
    var place = function (row) {
      return Number((row.getAttribute("data-positions") || "").split(" ")[order]);
    };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) { return place(a) - place(b); });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll("th[aria-sort]").forEach(function (th) {
      th.removeAttribute("aria-sort");
    });
    link.closest("th").setAttribute("aria-sort", link.getAttribute("data-sort-direction"));
    link.focus();
  });
})();
