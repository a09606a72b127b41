// erasl serve: the writing page. Draft text only ever reaches the page as text nodes
// (textContent, append(string)), never as HTML, so a draft holding <script> runs nothing.
"use strict";
(() => {
  const LINT_PAUSE_MS = 40;      // after this much quiet, the text is checked
  const SUGGEST_PAUSE_MS = 600;  // the skeleton is slower to compute and changes less
  const WIDE_SPAN = 90;          // longer spans (a sentence, the entry) are underlined, not filled
  const LABELS = { experience: "Experience", meaningful: "Most meaningful", "personal-statement": "Personal statement",
                   impactful: "Impactful experience" };

  const $ = (id) => document.getElementById(id);
  const draft = $("draft"), backdrop = $("backdrop"), kindSelect = $("kind"), tip = $("tip");
  const state = {
    text: "", diagnostics: [], entries: [], limits: {}, linted: null, suggestions: [],
    file: null, base: null, dirty: false, client: Math.random().toString(36).slice(2),
    lastInput: 0, seq: 0, timings: [],
  };
  window.__erasl = state;  // read by the browser tests and the latency bench

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  async function api(path, body, options = {}) {
    const init = { method: options.method || (body === undefined ? "GET" : "POST"), signal: options.signal };
    if (body !== undefined) {
      init.headers = { "Content-Type": "application/json" };
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let data;
    try { data = await response.json(); } catch (_) { data = { error: `the server answered ${response.status}` }; }
    if (!response.ok) throw new Error(data.error || `the server answered ${response.status}`);
    return data;
  }

  function status(message, bad = false) {
    const line = $("status");
    line.textContent = message;
    line.classList.toggle("bad", bad);
  }

  function currentKind() { return kindSelect.value || null; }

  // --- highlights ----------------------------------------------------------------------

  function paint() {
    const text = draft.value;
    const spans = state.diagnostics
      .map((d, i) => ({ i, start: Math.max(0, d.start), end: Math.min(text.length, d.end), d }))
      .filter((s) => s.end > s.start);
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let k = 0; k < points.length - 1; k++) {
      const from = points[k], to = points[k + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      if (!covering.length) { fragment.append(piece); continue; }
      const narrow = covering.filter((s) => !isWide(s.d, text));
      const classes = [];
      if (narrow.length) classes.push(worst(narrow.map((s) => s.d)));
      if (narrow.length < covering.length) classes.push("wide");
      fragment.append(el("mark", { class: classes.join(" "), "data-ids": covering.map((s) => s.i).join(" ") }, piece));
    }
    fragment.append("\n\u200b");  // keep a trailing newline's height, as the textarea does
    backdrop.replaceChildren(fragment);
  }

  // A span over a whole sentence or more (the entry lacks a number, a setting...) is underlined, not filled.
  function isWide(d, text = draft.value) {
    if (d.end - d.start > WIDE_SPAN) return true;
    const before = text.slice(0, d.start).trimEnd();
    const startsSentence = !before || /[.!?:\n]$/.test(before) || /\n\s*$/.test(text.slice(0, d.start));
    const after = text.slice(d.end);
    const endsSentence = /[.!?]["')\u201d]?$/.test(text.slice(d.start, d.end)) || !after.trim() || /^\s*\n/.test(after);
    return startsSentence && endsSentence;
  }

  function worst(diagnostics) {
    const order = ["note", "warning", "error"];
    return diagnostics.map((d) => d.severity).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
  }

  // While the next check runs, move the old highlights with the edit so they stay on their words.
  function shiftHighlights(before, after) {
    let prefix = 0;
    const shortest = Math.min(before.length, after.length);
    while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    const changedEnd = before.length - suffix, delta = after.length - before.length;
    state.diagnostics = state.diagnostics.flatMap((d) => {
      if (d.end <= prefix) return [d];
      if (d.start >= changedEnd) return [{ ...d, start: d.start + delta, end: d.end + delta }];
      if (isWide(d, before)) return [{ ...d, end: Math.max(d.start, d.end + delta) }];
      return [];
    });
    state.entries = state.entries.map((e) => ({
      ...e, end: e.end >= changedEnd ? e.end + delta : e.end, start: e.start >= changedEnd ? e.start + delta : e.start,
    }));
  }

  function grow() {
    draft.style.height = "auto";
    draft.style.height = `${draft.scrollHeight + 2}px`;
  }

  // --- checking -------------------------------------------------------------------------

  let lintTimer = null, lintController = null, suggestTimer = null;

  function scheduleLint() {
    clearTimeout(lintTimer);
    lintTimer = setTimeout(lint, LINT_PAUSE_MS);
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, SUGGEST_PAUSE_MS);
  }

  async function lint() {
    const text = draft.value, seq = ++state.seq;
    if (lintController) lintController.abort();
    lintController = new AbortController();
    try {
      const data = await api("/api/lint", { text, kind: currentKind(), path: state.file, client: state.client },
                             { signal: lintController.signal });
      if (data.superseded || seq !== state.seq || text !== draft.value) return;
      state.diagnostics = data.diagnostics;
      state.entries = data.entries;
      state.text = text;
      paint();
      renderProblems();
      renderCount();
      renderAtCursor();
      requestAnimationFrame(() => {
        state.linted = text;
        if (state.lastInput) state.timings.push(performance.now() - state.lastInput);
      });
    } catch (error) {
      if (error.name !== "AbortError") status(`Could not check the text: ${error.message}`, true);
    }
  }

  async function suggest() {
    const text = draft.value;
    if (!text.trim()) { renderSkeleton([]); return; }
    try {
      const data = await api("/api/suggest", { text, kind: currentKind(), path: state.file, client: state.client });
      if (!data.superseded && text === draft.value) { state.suggestions = data.suggestions; renderSkeleton(data.suggestions); }
    } catch (error) {
      status(`Could not build the skeleton: ${error.message}`, true);
    }
  }

  function entryAtCursor() {
    const at = draft.selectionStart;
    return state.entries.find((e) => e.start <= at && at <= e.end) || state.entries[0] || null;
  }

  function renderCount() {
    const count = $("count"), entry = entryAtCursor();
    const limit = entry ? entry.limit : state.limits[currentKind() || "experience"];
    const characters = entry ? entry.characters : 0;
    const label = entry && entry.title && state.entries.length > 1 ? `${entry.title}: ` : "";
    count.classList.remove("near", "over");
    if (!limit) { count.textContent = `${label}${characters} characters (no limit for this box)`; return; }
    let words = `${label}${characters} / ${limit}`;
    if (characters > limit) { words += ` \u2014 ${characters - limit} over: MyERAS will not accept it`; count.classList.add("over"); }
    else if (characters >= limit * 0.9) { words += ` \u2014 ${limit - characters} left`; count.classList.add("near"); }
    count.textContent = words;
    count.title = "Characters as MyERAS counts them: the same count erasl export prints";
  }

  function quoteOf(d) {
    const piece = draft.value.slice(d.start, d.end).replace(/\s+/g, " ").trim();
    if (!piece) return null;
    return piece.length > 60 ? `\u201c${piece.slice(0, 57)}\u2026\u201d` : `\u201c${piece}\u201d`;
  }

  function renderProblems() {
    const box = $("problems"), groups = new Map();
    state.diagnostics.forEach((d, i) => {
      if (!groups.has(d.code)) groups.set(d.code, []);
      groups.get(d.code).push([d, i]);
    });
    $("problem-total").textContent = state.diagnostics.length ? `(${state.diagnostics.length})` : "";
    if (!groups.size) {
      box.replaceChildren(el("p", { class: "empty" }, draft.value.trim() ? "No problems found." :
        "Start typing: problems appear here, grouped by rule."));
      return;
    }
    const sections = [];
    for (const [code, items] of groups) {
      const first = items[0][0];
      const list = el("ul", {}, ...items.map(([d, i]) => {
        const quote = isWide(d) ? null : quoteOf(d);
        const button = el("button", { type: "button", "data-index": String(i) },
          quote ? el("span", { class: "quote" }, quote) : null, quote ? " \u2014 " : null, d.message);
        button.addEventListener("click", () => select(d));
        return el("li", {}, button);
      }));
      sections.push(el("section", { class: "group", "data-code": code },
        el("h3", {}, el("span", { class: `code ${first.severity}` }, code), ` ${first.summary || first.rule}`,
          items.length > 1 ? ` (${items.length})` : ""),
        first.why ? el("details", { class: "why" }, el("summary", {}, "Why it matters"), first.why) : null,
        list));
    }
    box.replaceChildren(...sections);
  }

  function select(d) {
    draft.focus();
    draft.setSelectionRange(d.start, Math.max(d.start, d.end));
    const mark = backdrop.querySelector(`mark[data-ids~="${state.diagnostics.indexOf(d)}"]`);
    if (mark) mark.scrollIntoView({ block: "center", behavior: "instant" });
    renderAtCursor();
  }

  function explanation(d) {
    return el("div", { class: "explain" },
      el("h3", {}, `${d.code} ${d.rule}`),
      el("p", {}, d.message),
      d.why ? el("p", {}, el("span", { class: "label" }, "Why it matters: "), d.why) : null,
      d.help ? el("p", {}, el("span", { class: "label" }, "What to do: "), d.help) : null,
      d.better ? el("p", {}, el("span", { class: "label" }, "Better: "), d.better) : null);
  }

  function renderAtCursor() {
    const at = draft.selectionStart, box = $("at-cursor");
    const here = state.diagnostics.filter((d) => d.start <= at && at <= d.end && d.end > d.start && !isWide(d));
    if (!here.length || document.activeElement !== draft) { box.replaceChildren(); return; }
    box.replaceChildren(...here.map(explanation));
  }

  function renderSkeleton(suggestions) {
    const box = $("skeleton"), copy = $("copy-skeleton");
    if (!suggestions.length) {
      box.replaceChildren(el("p", { class: "empty" }, "The skeleton appears once there is a draft."));
      copy.disabled = true;
      return;
    }
    const entry = entryAtCursor();
    const chosen = suggestions.find((s) => entry && s.entry === entry.index) || suggestions[0];
    const parts = [];
    if (chosen.suggestion) {
      const paragraph = el("p", { class: "skeleton-text" });
      for (const piece of chosen.suggestion.split(/(\[[^\]\n]+\])/)) {
        if (!piece) continue;
        paragraph.append(/^\[[^\]\n]+\]$/.test(piece) ? el("mark", { class: "ph" }, piece) : piece);
      }
      parts.push(paragraph);
    }
    for (const advice of chosen.advice || []) parts.push(el("p", { class: "advice" }, typeof advice === "string" ? advice : advice.text || JSON.stringify(advice)));
    if ((chosen.left_out || []).length) {
      parts.push(el("p", { class: "left-out" }, "Left out: ",
        chosen.left_out.map((item) => `\u201c${item.text}\u201d`).join(", ")));
    }
    box.replaceChildren(...parts);
    copy.disabled = !chosen.suggestion;
  }

  // --- hover and tap explanations ---------------------------------------------------------

  function marksAt(x, y) {
    return document.elementsFromPoint(x, y).filter((node) => node.tagName === "MARK" && backdrop.contains(node));
  }

  function showTip(x, y, pinned) {
    const mark = marksAt(x, y)[0];
    if (!mark) { if (!tip.dataset.pinned || pinned) hideTip(); return; }
    const ids = mark.dataset.ids.split(" ").map(Number);
    const covering = ids.map((i) => state.diagnostics[i]).filter(Boolean);
    const narrow = covering.filter((d) => !isWide(d));
    const found = narrow.length ? narrow : covering;
    if (!found.length) return hideTip();
    tip.replaceChildren(...found.map(explanation));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = Math.min(416, window.innerWidth - 16);
    const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
    tip.style.left = `${left}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
    if (pinned) tip.dataset.pinned = "1"; else delete tip.dataset.pinned;
  }

  function hideTip() { tip.hidden = true; delete tip.dataset.pinned; }

  draft.addEventListener("mousemove", (event) => { if (!tip.dataset.pinned) showTip(event.clientX, event.clientY, false); });
  draft.addEventListener("mouseleave", () => { if (!tip.dataset.pinned) hideTip(); });
  draft.addEventListener("click", (event) => { showTip(event.clientX, event.clientY, true); renderAtCursor(); renderCount(); });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideTip();
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s" && state.file) { event.preventDefault(); save(); }
  });
  window.addEventListener("resize", () => { grow(); hideTip(); });

  // --- typing ---------------------------------------------------------------------------

  draft.addEventListener("input", () => {
    state.lastInput = performance.now();
    shiftHighlights(state.text, draft.value);
    state.text = draft.value;
    paint();
    grow();
    hideTip();
    if (state.file) { state.dirty = draft.value !== normalise(state.base); $("save").disabled = !state.dirty; }
    else keepScratch();
    scheduleLint();
  });
  for (const event of ["keyup", "select", "focus", "blur"]) {
    draft.addEventListener(event, () => { renderAtCursor(); renderCount(); });
  }
  kindSelect.addEventListener("change", () => { state.lastInput = 0; if (!state.file) keepScratch(); lint(); suggest(); });

  // Without a folder, the draft is kept in this browser (never sent anywhere), so a reload loses nothing.
  const SCRATCH_KEY = "erasl-serve-draft";
  function keepScratch() {
    try { localStorage.setItem(SCRATCH_KEY, JSON.stringify({ text: draft.value, kind: kindSelect.value })); } catch (_) { /* private mode */ }
  }
  function restoreScratch() {
    let kept = null;
    try { kept = JSON.parse(localStorage.getItem(SCRATCH_KEY) || "null"); } catch (_) { return; }
    if (!kept || typeof kept.text !== "string" || !kept.text) return;
    draft.value = kept.text;
    if ([...kindSelect.options].some((o) => o.value === kept.kind && o.value)) kindSelect.value = kept.kind;
    state.text = draft.value;
    grow();
    lint();
    suggest();
  }

  // --- copying ----------------------------------------------------------------------------

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (_) {
      const scratch = el("textarea", { value: text, readOnly: true });
      scratch.style.position = "fixed"; scratch.style.opacity = "0";
      document.body.append(scratch);
      scratch.select();
      const done = document.execCommand("copy");
      scratch.remove();
      draft.focus();
      return done;
    }
  }

  $("copy-paste").addEventListener("click", async () => {
    if (!draft.value.trim()) { status("Nothing to copy yet."); return; }
    try {
      const data = await api("/api/export", { text: draft.value, kind: currentKind(), path: state.file });
      const at = draft.selectionStart;
      const entry = data.entries.find((e) => e.start <= at && at <= e.end) || data.entries[0];
      if (!entry) { status("Nothing to copy yet."); return; }
      if (!(await copy(entry.text))) { status("The browser would not copy; select the text and copy it by hand.", true); return; }
      let words = `Copied ${entry.characters} characters for MyERAS.`;
      if (entry.placeholders) words += ` It still has ${entry.placeholders} placeholder${entry.placeholders > 1 ? "s" : ""}: fill ${entry.placeholders > 1 ? "them" : "it"} in first.`;
      if (entry.over_limit) words += ` It is ${entry.characters - entry.limit} over the limit: MyERAS will not accept it.`;
      status(words, Boolean(entry.placeholders || entry.over_limit));
    } catch (error) {
      status(`Could not copy: ${error.message}`, true);
    }
  });

  $("copy-skeleton").addEventListener("click", async () => {
    const entry = entryAtCursor();
    const chosen = state.suggestions.find((s) => entry && s.entry === entry.index) || state.suggestions[0];
    if (chosen && chosen.suggestion && (await copy(chosen.suggestion))) status("Copied the skeleton. Fill in every [placeholder].");
  });

  // --- the folder -------------------------------------------------------------------------

  const normalise = (text) => (text || "").replace(/\r\n?/g, "\n");

  async function loadDrafts() {
    const data = await api("/api/drafts");
    const list = $("draft-list");
    if (!data.drafts.length) { list.replaceChildren(el("li", { class: "meta" }, "No .md or .txt drafts in this folder.")); return; }
    list.replaceChildren(...data.drafts.map((d) => {
      const open = el("button", { type: "button", "data-path": d.path, "aria-current": String(d.path === state.file) }, d.path);
      open.addEventListener("click", () => openDraft(d.path));
      const entries = el("ul", {}, ...d.entries.map((e) => {
        const label = `${e.title || LABELS[e.kind] || e.kind}`;
        const button = el("button", { type: "button" }, label, " ",
          el("span", { class: "meta" }, e.limit ? `${e.characters}/${e.limit}` : `${e.characters}`));
        button.addEventListener("click", () => openDraft(d.path, e.index));
        return el("li", {}, button);
      }));
      return el("li", {}, open, d.error ? el("p", { class: "meta" }, d.error) : null, d.entries.length > 1 ? entries : null);
    }));
  }

  async function openDraft(path, entryIndex) {
    if (path !== state.file) {
      if (state.dirty && !window.confirm(`Discard your unsaved changes to ${state.file}?`)) return;
      let data;
      try { data = await api(`/api/drafts/${path.split("/").map(encodeURIComponent).join("/")}`); }
      catch (error) { status(`Could not open ${path}: ${error.message}`, true); return; }
      state.file = path;
      state.base = data.text;
      state.dirty = false;
      draft.value = data.text;
      state.text = draft.value;
      state.diagnostics = [];
      state.entries = [];
      kindSelect.value = "";
      $("file-label").textContent = path;
      $("file-label").hidden = false;
      $("save").hidden = false;
      $("save").disabled = true;
      status(data.note ? `${path}: ${data.note}` : `Opened ${path}.`, Boolean(data.note));
      for (const button of $("draft-list").querySelectorAll("button[data-path]")) {
        button.setAttribute("aria-current", String(button.dataset.path === path));
      }
      paint();
      grow();
      state.lastInput = 0;
      await lint();
      suggest();
    }
    if (entryIndex !== undefined) {
      const entry = state.entries.find((e) => e.index === entryIndex);
      if (entry) { draft.focus(); draft.setSelectionRange(entry.start, entry.start); renderCount(); }
    }
  }

  async function save() {
    if (!state.file) return;
    const text = draft.value;
    try {
      const data = await api(`/api/drafts/${state.file.split("/").map(encodeURIComponent).join("/")}`,
                             { text, base: state.base }, { method: "PUT" });
      state.base = data.text;
      state.dirty = normalise(state.base) !== draft.value;
      $("save").disabled = !state.dirty;
      status(`Saved ${state.file}.`);
      loadDrafts();
    } catch (error) {
      status(`Could not save: ${error.message}`, true);
    }
  }

  $("save").addEventListener("click", save);
  window.addEventListener("beforeunload", (event) => { if (state.dirty) event.preventDefault(); });

  // --- start ------------------------------------------------------------------------------

  async function start() {
    paint();
    renderSkeleton([]);
    try {
      const info = await api("/api/info");
      for (const kind of info.kinds) state.limits[kind.name] = kind.limit;
      renderCount();
      if (info.folder !== null) {
        $("files").hidden = false;
        $("layout").classList.add("with-files");
        $("folder-name").textContent = info.folder;
        $("kind-file").hidden = false;
        await loadDrafts();
      } else {
        $("report-link").hidden = true;
        restoreScratch();
      }
      document.body.dataset.ready = "1";
    } catch (error) {
      status(`The page could not reach erasl: ${error.message}. Is \`erasl serve\` still running?`, true);
    }
  }
  start();
})();
