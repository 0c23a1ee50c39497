/**
 * The review page: one self-contained HTML file (no network, no external script
 * or font). The audit result is embedded as JSON with every `<`, `>` and `&`
 * escaped, and the page builds its DOM with `textContent` only, so article text
 * is always data: a document holding `<script>` shows that text and runs nothing.
 *
 * Findings are grouped by event; each shows every side with its file:line, its
 * outlet and a link to the article, copies folded under the original; a misquote
 * shows a word diff; filters by kind, event and outlet; `j`/`k` move between
 * findings and `a` accepts one, which adds its entry to the baseline shown (and
 * downloadable) at the foot of the findings.
 */
import type { StreamedReport, Finding } from "@corroborate/claims/internal"

/** JSON that can sit inside a <script> element: no "</script>", no "<!--", no line separators. */
export const embedJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")

const STYLE = `
:root { --bg:#fafaf7; --fg:#1d1d1b; --muted:#6b6b66; --line:#deded8; --err:#b3261e; --warn:#8a5a00; --ok:#1e6b34; --card:#fff; --mark:#ffe27a; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background:var(--bg); color:var(--fg); }
header, main { max-width: 1200px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.counts { display:flex; flex-wrap:wrap; gap:8px; }
.count { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:8px 12px; min-width: 120px; }
.count b { display:block; font-size: 22px; } .count span { color: var(--muted); font-size: 13px; }
.card { background:var(--card); border:1px solid var(--line); border-left: 4px solid var(--err); border-radius:8px; padding:12px 16px; margin: 12px 0; }
.card.warn { border-left-color: var(--warn); } .card.suppressed { opacity: .6; }
.card h3 { margin: 0 0 8px; font-size: 16px; }
.side { display:grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px; }
.value { border:1px solid var(--line); border-radius:6px; padding: 8px 10px; }
.value .v { font-size: 18px; font-weight: 600; }
.src { margin-top: 6px; font-size: 13px; }
.src .meta { color: var(--muted); }
.sentence { margin: 2px 0 8px; }
mark { background: var(--mark); padding: 0 2px; }
.badge { display:inline-block; font-size:12px; padding: 1px 6px; border-radius: 10px; border:1px solid var(--line); margin-left: 6px; }
.b-conflict { color: var(--err); border-color: var(--err);} .b-single-source { color: var(--warn); border-color: var(--warn);} .b-corroborated { color: var(--ok); border-color: var(--ok);}
table { width:100%; border-collapse: collapse; background: var(--card); }
th, td { text-align:left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; font-size: 14px; }
th { position: sticky; top: 0; background: #f0f0ea; }
.filters { display:flex; gap: 8px; flex-wrap: wrap; margin: 8px 0; }
.filters input, .filters select { font: inherit; padding: 4px 8px; }
.muted { color: var(--muted); } .err { color: var(--err); }
.event { margin: 8px 0 20px; } .event-title { font-size: 16px; margin: 16px 0 4px; }
.card:focus { outline: 3px solid #4a7dd8; outline-offset: 2px; }
.card h4 { margin: 0 0 8px; font-size: 15px; font-weight: 500; }
.where { font-size: 12px; background: #f0f0ea; padding: 0 4px; border-radius: 3px; }
.actions { margin-top: 8px; display: flex; gap: 8px; align-items: center; }
.actions input { flex: 1; max-width: 420px; font: inherit; padding: 3px 6px; }
.diff ins { background: #d8f3dc; text-decoration: none; } .diff del { background: #fde2e1; }
.b-misquote, .b-attribution-conflict { color: var(--err); border-color: var(--err); } .b-unreadable { color: var(--warn); border-color: var(--warn); }
#baseline textarea { width: 100%; font: 12px/1.4 ui-monospace, monospace; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; font-size: 12px; }
`

const SCRIPT = `
"use strict";
const data = JSON.parse(document.getElementById("audit-data").textContent);
const r = data.report;
const el = (tag, props, ...kids) => {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) { if (k === "class") n.className = v; else if (k === "text") n.textContent = v; else n.setAttribute(k, v); }
  for (const k of kids) if (k !== null && k !== undefined) n.append(typeof k === "string" ? document.createTextNode(k) : k);
  return n;
};
const plural = (n, one, many) => n + " " + (n === 1 ? one : (many || one + "s"));
const docs = new Map(r.documents.map((d) => [d.id, d]));
const eventOfDoc = new Map();
for (const e of r.events) for (const d of e.documents) if (!eventOfDoc.has(d)) eventOfDoc.set(d, e);
// a side: where it is (file:line, outlet, link to the article) and its sentence with the value marked
const place = (l) => {
  const d = docs.get(l.document) || {};
  const meta = el("div", { class: "meta" }, el("code", { class: "where", text: l.path + ":" + l.line + ":" + l.column }), " \u00b7 " + (l.origin || d.outlet || l.document) + " \u00b7 " + (d.published || "undated"));
  if (d.url && /^https?:/i.test(d.url)) meta.append(" \u00b7 ", el("a", { href: d.url, rel: "noreferrer noopener", target: "_blank", text: "article" }));
  const s = el("div", { class: "sentence" });
  if (l.mark) s.append(document.createTextNode(l.text.slice(0, l.mark.start)), el("mark", { text: l.text.slice(l.mark.start, l.mark.end) }), document.createTextNode(l.text.slice(l.mark.end)));
  else s.textContent = l.text;
  return el("div", { class: "src" }, meta, s);
};
// the places of one side: originals first, copies folded under them
const sidePlaces = (locs) => {
  const box = el("div");
  const originals = locs.filter((l) => !l.copyOf), copies = locs.filter((l) => l.copyOf);
  for (const l of originals) box.append(place(l));
  if (copies.length) { const det = el("details", { class: "copies" }, el("summary", { text: plural(copies.length, "copy", "copies") + " of these" })); for (const l of copies) det.append(place(l)); box.append(det); }
  return box;
};
// a word diff between two wordings: what the other leaves out struck, what it adds underlined
const wordDiff = (a, b) => {
  const x = a.split(/\\s+/).filter(Boolean), y = b.split(/\\s+/).filter(Boolean);
  const n = x.length, m = y.length, L = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = x[i].toLowerCase() === y[j].toLowerCase() ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out = el("div", { class: "diff" });
  let i = 0, j = 0;
  const word = (tag, w) => { out.append(tag ? el(tag, { text: w }) : document.createTextNode(w), " "); };
  while (i < n && j < m) {
    if (x[i].toLowerCase() === y[j].toLowerCase()) { word(null, y[j]); i++; j++; }
    else if (L[i + 1][j] >= L[i][j + 1]) word("del", x[i++]);
    else word("ins", y[j++]);
  }
  while (i < n) word("del", x[i++]);
  while (j < m) word("ins", y[j++]);
  return out;
};
// counts
const counts = document.getElementById("counts");
for (const [label, value, id] of [["documents", r.summary.documents, "count-documents"], ["facts", r.summary.facts, "count-facts"], ["corroborated", r.summary.corroborated, "count-corroborated"], ["single-source", r.summary.singleSource, "count-single-source"], ["conflicts", r.summary.conflicts, "count-conflicts"], ["misquotes", r.summary.misquotes, "count-misquotes"], ["attribution conflicts", r.summary.attributionConflicts, "count-attribution"], ["updates", r.summary.updates, "count-updates"], ["unreadable", r.summary.unreadable, "count-unreadable"]])
  counts.append(el("div", { class: "count", id }, el("b", { text: String(value) }), el("span", { text: label })));
// the baseline: findings accepted before (suppressed) and those accepted on this page
const accepted = new Map(data.findings.filter((f) => f.suppressed).map((f) => [f.id, { id: f.id, rule: f.rule, reason: f.justification || "", message: f.message }]));
const baselineText = () => JSON.stringify({ version: 1, accepted: [...accepted.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0) }, null, 2) + "\\n";
const showBaseline = () => {
  document.getElementById("baseline-text").value = baselineText();
  document.getElementById("baseline-count").textContent = plural(accepted.size, "accepted finding");
};
const accept = (f, card) => {
  const reason = card.querySelector("input.reason").value.trim() || "accepted in review";
  accepted.set(f.id, { id: f.id, rule: f.rule, reason, message: f.message });
  card.classList.add("suppressed");
  showBaseline();
};
document.getElementById("baseline-download").addEventListener("click", () => {
  const a = el("a", { href: "data:application/json;charset=utf-8," + encodeURIComponent(baselineText()), download: "corroborate-baseline.json" });
  document.body.append(a); a.click(); a.remove();
});
// findings, by event
const TITLES = { conflict: "Conflict", misquote: "Misquote", "attribution-conflict": "Attribution conflict", "internal-inconsistency": "Internal inconsistency", unreadable: "Unreadable document", "single-source": "Single source" };
const quoteById = new Map(r.quotes.map((q) => [q.id, q]));
const conflictById = new Map(r.conflicts.map((c) => [c.id, c]));
const sections = new Map();
const sectionFor = (e) => {
  const key = e ? e.id : "";
  if (!sections.has(key)) {
    const sec = el("section", { class: "event", "data-event": key }, el("h3", { class: "event-title", text: e ? e.label : "Not tied to one event" }));
    sections.set(key, sec);
  }
  return sections.get(key);
};
const cardOf = (f) => {
  const outlets = [...new Set(f.locations.map((l) => l.origin).filter(Boolean))];
  const ev = f.locations.map((l) => eventOfDoc.get(l.document)).find(Boolean);
  const card = el("article", { class: "card" + (f.severity === "warn" ? " warn" : "") + (f.suppressed ? " suppressed" : ""), id: "f-" + f.id, tabindex: "0", "data-kind": f.rule, "data-event": ev ? ev.id : "", "data-outlets": outlets.join("\\n") },
    el("h4", {}, el("span", { class: "badge b-" + f.rule, text: TITLES[f.rule] || f.rule }), " ", f.message));
  const c = conflictById.get(f.id);
  if (c) {
    const side = el("div", { class: "side" });
    for (const v of c.values) {
      const mine = f.locations.filter((l) => v.documents.includes(l.document) && l.mark && l.text.slice(l.mark.start, l.mark.end) !== "");
      side.append(el("div", { class: "value" }, el("div", { class: "v", text: v.label }), el("div", { class: "muted", text: plural(v.sources, "independent source") + " \u00b7 " + plural(v.documents.length, "document") }), sidePlaces(mine.length ? mine : f.locations.filter((l) => v.documents.includes(l.document)))));
    }
    card.append(side);
  } else if (quoteById.has(f.id)) {
    const q = quoteById.get(f.id);
    const side = el("div", { class: "side" });
    const first = q.variants[0];
    for (const v of q.variants) {
      const box = el("div", { class: "value" }, el("div", { class: "v", text: "\u201c" + v.text + "\u201d" }), el("div", { class: "muted", text: "attributed to " + (v.speaker || "nobody named") }));
      if (q.status === "misquote" && v !== first) box.append(el("div", { class: "muted", text: "against the first wording:" }), wordDiff(first.text, v.text));
      box.append(sidePlaces(f.locations.filter((l) => v.documents.includes(l.document))));
      side.append(box);
    }
    card.append(side);
  } else card.append(sidePlaces(f.locations));
  const reason = el("input", { class: "reason", type: "text", placeholder: "why this is accepted", "aria-label": "reason for accepting" });
  const button = el("button", { class: "accept", type: "button", text: f.suppressed ? "Accepted" : "Accept" });
  button.addEventListener("click", () => accept(f, card));
  card.append(el("div", { class: "actions" }, reason, button, f.suppressed ? el("span", { class: "muted", text: " accepted: " + (f.justification || "") }) : null));
  sectionFor(ev).append(card);
  return card;
};
const findingsBox = document.getElementById("findings");
const cards = data.findings.map(cardOf);
// events with the most findings that fail the run first; findings tied to no event last
const errorsIn = (sec) => sec.querySelectorAll("article.card:not(.warn)").length;
for (const [, sec] of [...sections.entries()].sort((a, b) => (a[0] === "") - (b[0] === "") || errorsIn(b[1]) - errorsIn(a[1]) || a[1].firstChild.textContent.localeCompare(b[1].firstChild.textContent))) findingsBox.append(sec);
if (!cards.length) findingsBox.append(el("p", { class: "muted", text: "Nothing to review." }));
if (data.omitted > 0) findingsBox.append(el("p", { class: "muted", text: plural(data.omitted, "more single-source fact") + " in facts.csv" }));
showBaseline();
// filters of the findings: kind, event, outlet, words
const fill = (id, values) => { const s = document.getElementById(id); for (const [v, t] of values) s.append(el("option", { value: v, text: t })); };
fill("filter-kind", [...new Set(data.findings.map((f) => f.rule))].sort().map((k) => [k, TITLES[k] || k]));
fill("filter-event", [...sections.keys()].filter(Boolean).map((k) => [k, sections.get(k).firstChild.textContent]).sort((a, b) => a[1].localeCompare(b[1])));
fill("filter-outlet", [...new Set(cards.flatMap((c) => c.dataset.outlets ? c.dataset.outlets.split("\\n") : []))].sort().map((o) => [o, o]));
const filterCards = () => {
  const k = document.getElementById("filter-kind").value, e = document.getElementById("filter-event").value, o = document.getElementById("filter-outlet").value, q = document.getElementById("filter-words").value.trim().toLowerCase();
  let shown = 0;
  for (const c of cards) {
    const ok = (!k || c.dataset.kind === k) && (!e || c.dataset.event === e) && (!o || c.dataset.outlets.split("\\n").includes(o)) && (!q || c.textContent.toLowerCase().includes(q));
    c.hidden = !ok; if (ok) shown++;
  }
  for (const sec of sections.values()) sec.hidden = ![...sec.querySelectorAll("article.card")].some((c) => !c.hidden);
  document.getElementById("findings-shown").textContent = shown + " of " + plural(cards.length, "finding");
};
for (const id of ["filter-kind", "filter-event", "filter-outlet", "filter-words"]) document.getElementById(id).addEventListener("input", filterCards);
filterCards();
// keyboard: j / k to the next or previous finding shown, a to accept it
document.addEventListener("keydown", (ev) => {
  if (ev.target && /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName)) return;
  const shown = cards.filter((c) => !c.hidden);
  const at = shown.indexOf(document.activeElement);
  if (ev.key === "j" || ev.key === "k") {
    const next = shown[ev.key === "j" ? Math.min(shown.length - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1)];
    if (next) { next.focus(); next.scrollIntoView({ block: "nearest" }); }
    ev.preventDefault();
  } else if (ev.key === "a" && at >= 0) {
    shown[at].querySelector("button.accept").click();
    ev.preventDefault();
  }
});
// facts table with filters
const subjects = [...new Set(r.facts.map((f) => f.subject))].sort();
const subjectSel = document.getElementById("filter-subject");
for (const s of subjects) subjectSel.append(el("option", { value: s, text: s }));
const tbody = document.querySelector("#facts tbody");
for (const f of r.facts) {
  const tr = el("tr", { "data-status": f.status, "data-subject": f.subject, "data-text": (f.statement + " " + f.subject + " " + f.metric + " " + f.documents.join(" ")).toLowerCase() },
    el("td", { text: f.statement }), el("td", {}, el("span", { class: "badge b-" + f.status, text: f.status })), el("td", { text: String(f.sources) }), el("td", { text: f.asOf || "" }), el("td", { text: f.documents.join(", ") }));
  tbody.append(tr);
}
const applyFilters = () => {
  const st = document.getElementById("filter-status").value, su = subjectSel.value, q = document.getElementById("filter-text").value.trim().toLowerCase();
  let shown = 0;
  for (const tr of tbody.children) {
    const ok = (!st || tr.dataset.status === st) && (!su || tr.dataset.subject === su) && (!q || tr.dataset.text.includes(q));
    tr.hidden = !ok; if (ok) shown++;
  }
  document.getElementById("facts-shown").textContent = shown + " of " + r.facts.length + " facts";
};
for (const id of ["filter-status", "filter-subject", "filter-text"]) document.getElementById(id).addEventListener("input", applyFilters);
applyFilters();
// quotes, updates and statements
const quotes = document.getElementById("quotes");
for (const q of r.quotes) quotes.append(el("li", {}, el("span", { class: "badge b-" + q.status, text: q.status }), " " + (q.speaker || "unattributed") + ": \u201c" + q.text + "\u201d", el("span", { class: "muted", text: " \u00b7 " + plural(q.sources, "source") })));
if (!r.quotes.length) quotes.append(el("li", { class: "muted", text: "none" }));
const updates = document.getElementById("updates");
for (const u of r.updates) updates.append(el("li", { text: u.reason }));
if (!r.updates.length) updates.append(el("li", { class: "muted", text: "none" }));
const statements = document.getElementById("statements");
for (const s of r.statements) statements.append(el("li", {}, el("span", { text: s.text }), el("span", { class: "badge", text: s.sources + " sources" })));
if (!r.statements.length) statements.append(el("li", { class: "muted", text: "none" }));
// documents
const dbody = document.querySelector("#documents tbody");
for (const d of r.documents) {
  const link = d.url && /^https?:/i.test(d.url) ? el("a", { href: d.url, rel: "noreferrer noopener", target: "_blank", text: d.id }) : d.id;
  dbody.append(el("tr", {}, el("td", {}, link), el("td", { text: d.path }), el("td", { text: d.outlet || "" }), el("td", { text: d.published || "" }), el("td", { text: d.origin || "" }), el("td", { text: d.copyOf || "" }), el("td", { class: d.status === "error" ? "err" : "", text: d.status === "error" ? d.error : plural(d.stories.length, "story", "stories") })));
}
`

/**
 * What the page needs: everything but the claims and quote occurrences that no
 * card shows, so that the page of a large corpus stays small enough to open.
 */
const pageView = (report: StreamedReport) => ({
  ...report,
  documents: [...report.documents],
  facts: [...report.facts],
  claims: [],
  quoteOccurrences: []
})

/** Single-source findings shown on the page, at most; the rest are in facts.csv. */
const MAX_SINGLE_SOURCE = 2000

/** The findings a reviewer decides on: all but updates; single-source ones up to a bound, each with its first place. */
const pageFindings = (findings: ReadonlyArray<Finding>): { findings: Array<Finding>; omitted: number } => {
  const single = findings.filter((f) => f.rule === "single-source")
  return {
    findings: [
      ...findings.filter((f) => f.rule !== "single-source" && f.rule !== "update" && f.severity !== "off"),
      ...single.slice(0, MAX_SINGLE_SOURCE).map((f) => ({
        ...f,
        locations: [f.locations.find((l) => l.copyOf === null) ?? f.locations[0]!].filter((l) => l !== undefined)
      }))
    ],
    omitted: Math.max(0, single.length - MAX_SINGLE_SOURCE)
  }
}

export const renderHtml = (report: StreamedReport, findings: ReadonlyArray<Finding>): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Corroborate audit</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Corroborate audit</h1>
<div id="counts" class="counts"></div>
</header>
<main>
<h2>Findings to review</h2>
<div class="filters">
<label>Kind <select id="filter-kind"><option value="">all</option></select></label>
<label>Event <select id="filter-event"><option value="">all</option></select></label>
<label>Outlet <select id="filter-outlet"><option value="">all</option></select></label>
<label>Search <input id="filter-words" type="search" placeholder="words in the finding"></label>
<span id="findings-shown" class="muted"></span>
</div>
<p class="muted keys">Keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous, <kbd>a</kbd> accept it.</p>
<div id="findings"></div>
<details id="baseline"><summary>Baseline: <span id="baseline-count"></span></summary>
<p class="muted">Accepted findings, as <code>corroborate-baseline.json</code> holds them: copy this into the file, or download it.</p>
<textarea id="baseline-text" rows="10" readonly></textarea>
<button id="baseline-download" type="button">Download corroborate-baseline.json</button>
</details>
<h2>Facts</h2>
<div class="filters">
<label>Status <select id="filter-status"><option value="">all</option><option value="conflict">conflict</option><option value="single-source">single-source</option><option value="corroborated">corroborated</option></select></label>
<label>Subject <select id="filter-subject"><option value="">all</option></select></label>
<label>Search <input id="filter-text" type="search" placeholder="words in the statement"></label>
<span id="facts-shown" class="muted"></span>
</div>
<table id="facts"><thead><tr><th>Fact</th><th>Status</th><th>Sources</th><th>As of</th><th>Documents</th></tr></thead><tbody></tbody></table>
<h2>Quotes</h2>
<ul id="quotes"></ul>
<h2>Updates</h2>
<ul id="updates"></ul>
<h2>Reported by several sources</h2>
<ul id="statements"></ul>
<h2>Documents</h2>
<table id="documents"><thead><tr><th>Document</th><th>File</th><th>Outlet</th><th>Published</th><th>Origin</th><th>Copy of</th><th>Status</th></tr></thead><tbody></tbody></table>
</main>
<script type="application/json" id="audit-data">${embedJson({ report: pageView(report), ...pageFindings(findings) })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`
