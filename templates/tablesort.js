// Sort a table by clicking a column heading: numbers as numbers, everything else as text.
// Plain script with no dependencies, so the site stays offline-ready.
(function () {
  "use strict";

  function value(row, index) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    var number = text.replace(/,/g, "");
    return /^-?\d+(\.\d+)?$/.test(number) ? parseFloat(number) : text.toLowerCase();
  }

  function compare(a, b) {
    if (typeof a !== typeof b) {
      a = String(a);
      b = String(b);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function sort(table, header, index) {
    var body = table.tBodies[0];
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
      return { row: row, key: value(row, index), i: i };
    });
    rows.sort(function (x, y) {
      return (ascending ? 1 : -1) * compare(x.key, y.key) || x.i - y.i;
    });
    rows.forEach(function (item) {
      body.appendChild(item.row);
    });
    Array.prototype.forEach.call(header.parentNode.cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function enable(root) {
    root.querySelectorAll(".md-typeset table").forEach(function (table) {
      if (table.dataset.sortable || !table.tHead || !table.tBodies.length) {
        return;
      }
      table.dataset.sortable = "yes";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
        header.tabIndex = 0;
        header.style.cursor = "pointer";
        header.title = "Sort by this column";
        header.addEventListener("click", function () {
          sort(table, header, index);
        });
        header.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            sort(table, header, index);
          }
        });
      });
    });
  }

  // Material's instant navigation swaps pages without a load event; document$ tells.
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(function () {
      enable(document);
    });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      enable(document);
    });
  } else {
    enable(document);
  }
})();
