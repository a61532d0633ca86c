// briefgen: Material's header search box, backed by Pagefind's chunked index.
//
// Pagefind (pagefind/pagefind.js, written by `briefgen build`) loads only the index chunks
// a query needs, so first results stay fast on sites with thousands of pages, where
// Material's search must first load one index of every page. Results are drawn with
// Material's own classes so they look like Material's.
(() => {
  "use strict";
  const root = document.querySelector("[data-briefgen-search]");
  if (!root) return;
  const toggle = document.getElementById("__search");
  const form = root.querySelector(".md-search__form");
  const input = root.querySelector(".md-search__input");
  const scrollwrap = root.querySelector(".md-search__scrollwrap");
  const meta = root.querySelector(".md-search-result__meta");
  const list = root.querySelector(".md-search-result__list");
  const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
  const words = {
    "search.result.placeholder": "Type to start searching",
    "search.result.none": "No matching documents",
    "search.result.one": "1 matching document",
    "search.result.other": "# matching documents",
    ...(config.translations || {}),
  };
  const PAGE = 10; // results drawn at a time; more as the list scrolls
  const SECTIONS = 3; // matching sections shown under a page, as Material does

  let pagefind = null;
  function load() {
    // The bundle's own address gives Pagefind the site's base, so result links work from
    // pages in subfolders and on a site served under a path.
    // The index comes in shards (briefgen/site/search.py): the primary one, next to
    // pagefind.js, and the others listed in shards.json, merged into every search.
    const bundle = new URL(root.dataset.briefgenSearch, location.href);
    pagefind ??= import(bundle.href).then(async (module) => {
      const options = { excerptLength: 24 };
      await module.options(options);
      await module.init();
      const listed = await fetch(new URL("shards.json", bundle))
        .then((response) => (response.ok ? response.json() : []))
        .catch(() => []);
      // Paths, not URLs, and the primary's base: result links then read the same.
      const baseUrl = new URL("..", bundle).pathname;
      await Promise.all(
        listed.map((shard) =>
          module.mergeIndex(new URL(shard, bundle).pathname, { ...options, baseUrl }),
        ),
      );
      return module;
    });
    return pagefind;
  }

  function setOpen(open) {
    if (toggle && toggle.checked !== open) toggle.checked = open;
  }

  // Excerpts are Pagefind's HTML with <mark> around the matches: keep only text and marks.
  function excerpt(html) {
    const p = document.createElement("p");
    const parsed = new DOMParser().parseFromString(html || "", "text/html");
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    }
    return p;
  }

  function article(url, title, text, top) {
    const link = document.createElement("a");
    link.href = url;
    link.className = "md-search-result__link";
    link.tabIndex = -1;
    const body = document.createElement("article");
    body.className = "md-search-result__article md-typeset";
    if (top) {
      const icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      body.appendChild(icon);
    }
    const heading = document.createElement(top ? "h1" : "h2");
    heading.textContent = title;
    body.appendChild(heading);
    if (text) body.appendChild(excerpt(text));
    link.appendChild(body);
    return link;
  }

  function item(data) {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const title = data.meta?.title || data.url;
    li.appendChild(article(data.url, title, data.excerpt, true));
    // The page's excerpt is its best section's: list the other matching sections below.
    const sections = (data.sub_results || []).filter(
      (sub) =>
        sub.anchor && sub.anchor.element !== "h1" && sub.url !== data.url && sub.excerpt !== data.excerpt,
    );
    for (const sub of sections.slice(0, SECTIONS)) {
      li.appendChild(article(sub.url, sub.title, sub.excerpt, false));
    }
    return li;
  }

  function count(n) {
    if (n === 0) return words["search.result.none"];
    if (n === 1) return words["search.result.one"];
    return words["search.result.other"].replace("#", n.toLocaleString());
  }

  let current = 0; // the latest query; older answers are dropped
  let pending = []; // results not drawn yet
  let drawing = false;

  async function draw(id) {
    if (drawing || !pending.length) return;
    drawing = true;
    try {
      const batch = pending.splice(0, PAGE);
      const found = await Promise.all(batch.map((result) => result.data()));
      if (id === current) for (const data of found) list.appendChild(item(data));
    } finally {
      drawing = false;
    }
  }

  async function run() {
    const id = ++current;
    const query = input.value.trim();
    if (!query) {
      pending = [];
      list.replaceChildren();
      meta.textContent = words["search.result.placeholder"];
      return;
    }
    let search;
    try {
      const module = await load();
      search = await module.debouncedSearch(query, {}, 60);
    } catch (error) {
      meta.textContent = "Search is unavailable (it needs the site served over http).";
      console.error(error);
      return;
    }
    if (search === null || id !== current) return;
    pending = search.results.slice();
    list.replaceChildren();
    meta.textContent = count(search.results.length);
    await draw(id);
  }

  input.addEventListener("input", run);
  input.addEventListener("focus", () => {
    setOpen(true);
    load().catch(() => {}); // start fetching while the reader types
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("reset", () => {
    setTimeout(() => {
      run();
      input.focus();
    });
  });
  scrollwrap.addEventListener("scroll", () => {
    if (scrollwrap.scrollTop + scrollwrap.clientHeight >= scrollwrap.scrollHeight - 16) {
      draw(current);
    }
  });
  toggle?.addEventListener("change", () => {
    if (toggle.checked) input.focus();
    else input.blur();
  });

  // Keys as in Material: / or s or f opens search; arrows move through results; Enter
  // follows the first or the focused result; Escape closes.
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const open = toggle?.checked;
    const target = event.target;
    const typing =
      target instanceof HTMLElement &&
      (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
    if (!open) {
      if (!typing && ["/", "s", "f"].includes(event.key)) {
        event.preventDefault();
        setOpen(true);
        input.focus();
      }
      return;
    }
    const links = [...list.querySelectorAll(".md-search-result__link")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
      input.blur();
    } else if (event.key === "Enter" && target === input && links.length) {
      event.preventDefault();
      links[0].click();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!links.length) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = at + step;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)].focus();
    }
  });
})();
