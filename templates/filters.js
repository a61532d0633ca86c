// Filter an actor's positions by kind and by brief, in the page, with no server.
// Without this script the positions are a plain list, grouped by brief.
(function () {
  "use strict";

  var LABELS = { quote: "Quotes", reported: "Reported speech", action: "Actions" };

  function setUp(box) {
    var items = Array.prototype.map.call(
      document.querySelectorAll(".md-typeset [data-kind][data-brief]"),
      function (el) {
        return { el: el.closest("li") || el, kind: el.dataset.kind, brief: el.dataset.brief };
      }
    );
    if (items.length < 2) {
      return;
    }
    var state = { kind: "", brief: "" };
    var counts = {};
    items.forEach(function (item) {
      counts[item.kind] = (counts[item.kind] || 0) + 1;
    });
    var group = document.createElement("div");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Show positions of one kind");
    var buttons = [["", "All", items.length]].concat(
      Object.keys(LABELS)
        .filter(function (kind) { return counts[kind]; })
        .map(function (kind) { return [kind, LABELS[kind], counts[kind]]; })
    );
    buttons.forEach(function (spec) {
      var button = document.createElement("button");
      button.type = "button";
      button.dataset.kind = spec[0];
      button.textContent = spec[1] + " (" + spec[2] + ")";
      button.setAttribute("aria-pressed", spec[0] === "" ? "true" : "false");
      button.addEventListener("click", function () {
        state.kind = spec[0];
        group.querySelectorAll("button").forEach(function (b) {
          b.setAttribute("aria-pressed", b === button ? "true" : "false");
        });
        apply();
      });
      group.appendChild(button);
    });
    box.appendChild(group);
    var headings = document.querySelectorAll(".md-typeset h3[id^='brief-']");
    if (headings.length > 1) {
      var select = document.createElement("select");
      select.setAttribute("aria-label", "Show positions from one brief");
      var all = document.createElement("option");
      all.value = "";
      all.textContent = "All briefs";
      select.appendChild(all);
      headings.forEach(function (h) {
        var option = document.createElement("option");
        option.value = h.id.slice("brief-".length);
        option.textContent = h.textContent.replace(/¶$/, "").trim();
        select.appendChild(option);
      });
      select.addEventListener("change", function () {
        state.brief = select.value;
        apply();
      });
      box.appendChild(select);
    }

    function apply() {
      var shown = {};
      items.forEach(function (item) {
        var visible = (!state.kind || item.kind === state.kind) &&
          (!state.brief || item.brief === state.brief);
        item.el.hidden = !visible;
        if (visible) {
          shown[item.brief] = true;
        }
      });
      // A brief with nothing left to show hides its heading and its date line too.
      headings.forEach(function (h) {
        var hide = !shown[h.id.slice("brief-".length)];
        h.hidden = hide;
        var next = h.nextElementSibling;
        if (next && next.tagName === "P") {
          next.hidden = hide;
        }
      });
    }
  }

  function enable() {
    document.querySelectorAll(".bg-filters[data-for='positions']").forEach(function (box) {
      if (!box.dataset.ready) {
        box.dataset.ready = "yes";
        setUp(box);
      }
    });
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(enable);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enable);
  } else {
    enable();
  }
})();
