/**
 * The review page: one self-contained HTML file (no network, no external script
 * or font). The audit result is embedded as JSON with every `<`, `>` and `&`
 * escaped, and the page builds its DOM with `textContent` only, so article text
 * is always data: a document holding `<script>` shows that text and runs nothing.
 */
import type { AuditReport, Finding } from "@corroborate/claims"

/** JSON that can sit inside a <script> element: no "</script>", no "<!--", no line separators. */
export const embedJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")

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
const docs = new Map(r.documents.map((d) => [d.id, d]));
const claims = new Map(r.claims.map((c) => [c.id, c]));
const occ = new Map(r.quoteOccurrences.map((q) => [q.id, q]));
const copiesOf = (id) => r.documents.filter((d) => d.copyOf === id).map((d) => d.id);
const docLine = (id) => {
  const d = docs.get(id) || { id, outlet: null, published: null, origin: null };
  const copies = copiesOf(id);
  return el("div", { class: "meta" }, (d.outlet || id) + " · " + (d.published || "undated") + " · origin " + (d.origin || "?") + (d.copyOf ? " · copy of " + d.copyOf : "") + (copies.length ? " · copied by " + copies.join(", ") : ""));
};
const highlighted = (sentence, part) => {
  const s = el("div", { class: "sentence" });
  const at = part ? sentence.indexOf(part) : -1;
  if (at < 0) { s.textContent = sentence; return s; }
  s.append(document.createTextNode(sentence.slice(0, at)), el("mark", { text: part }), document.createTextNode(sentence.slice(at + part.length)));
  return s;
};
// summary
const counts = document.getElementById("counts");
for (const [label, value, id] of [["documents", r.summary.documents, "count-documents"], ["facts", r.summary.facts, "count-facts"], ["corroborated", r.summary.corroborated, "count-corroborated"], ["single-source", r.summary.singleSource, "count-single-source"], ["conflicts", r.summary.conflicts, "count-conflicts"], ["misquotes", r.summary.misquotes, "count-misquotes"], ["attribution conflicts", r.summary.attributionConflicts, "count-attribution"], ["updates", r.summary.updates, "count-updates"], ["unreadable", r.summary.unreadable, "count-unreadable"]])
  counts.append(el("div", { class: "count", id }, el("b", { text: String(value) }), el("span", { text: label })));
// findings
const findings = document.getElementById("findings");
const severityOf = new Map(data.findings.map((f) => [f.id, f]));
const cardClass = (id) => { const f = severityOf.get(id); return "card" + (f && f.severity === "warn" ? " warn" : "") + (f && f.suppressed ? " suppressed" : ""); };
for (const c of r.conflicts) {
  const side = el("div", { class: "side" });
  for (const v of c.values) {
    const box = el("div", { class: "value" }, el("div", { class: "v", text: v.label }), el("div", { class: "muted", text: v.sources + " independent source" + (v.sources === 1 ? "" : "s") + " · " + v.documents.length + " document" + (v.documents.length === 1 ? "" : "s") }));
    for (const id of v.claims) { const cl = claims.get(id); if (!cl) continue; box.append(el("div", { class: "src" }, docLine(cl.document), highlighted(cl.sentence, cl.text))); }
    side.append(box);
  }
  const f = severityOf.get(c.id);
  findings.append(el("section", { class: cardClass(c.id), "data-kind": "conflict" }, el("h3", { text: "Conflict: " + c.reason }), f && f.suppressed ? el("div", { class: "muted", text: "accepted: " + (f.justification || "") }) : null, side));
}
for (const q of r.quotes.filter((q) => q.status === "misquote" || q.status === "attribution-conflict")) {
  const side = el("div", { class: "side" });
  for (const v of q.variants) {
    const box = el("div", { class: "value" }, el("div", { class: "v", text: "\\u201c" + v.text + "\\u201d" }), el("div", { class: "muted", text: "attributed to " + (v.speaker || "nobody named") }));
    for (const id of v.quotes) { const o = occ.get(id); if (!o) continue; box.append(el("div", { class: "src" }, docLine(o.document), highlighted(o.sentence, o.text))); }
    side.append(box);
  }
  findings.append(el("section", { class: cardClass(q.id), "data-kind": q.status }, el("h3", { text: (q.status === "misquote" ? "Misquote: " : "Attribution conflict: ") + q.reason }), side));
}
if (!findings.children.length) findings.append(el("p", { class: "muted", text: "No conflict, misquote or attribution conflict." }));
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
// updates and statements
const updates = document.getElementById("updates");
for (const u of r.updates) updates.append(el("li", { text: u.reason }));
if (!r.updates.length) updates.append(el("li", { class: "muted", text: "none" }));
const statements = document.getElementById("statements");
for (const s of r.statements) statements.append(el("li", {}, el("span", { text: s.text }), el("span", { class: "badge", text: s.sources + " sources" })));
if (!r.statements.length) statements.append(el("li", { class: "muted", text: "none" }));
// documents
const dbody = document.querySelector("#documents tbody");
for (const d of r.documents) dbody.append(el("tr", {}, el("td", { text: d.id }), el("td", { text: d.outlet || "" }), el("td", { text: d.published || "" }), el("td", { text: d.origin || "" }), el("td", { text: d.copyOf || "" }), el("td", { class: d.status === "error" ? "err" : "", text: d.status === "error" ? d.error : d.stories.length + " stor" + (d.stories.length === 1 ? "y" : "ies") })));
`

/**
 * What the page needs: everything but the claims and quote occurrences that no
 * card shows, so that the page of a large corpus stays small enough to open.
 */
const pageView = (report: AuditReport): AuditReport => {
  const shownClaims = new Set(report.conflicts.flatMap((c) => c.values.flatMap((v) => v.claims)))
  const shownQuotes = new Set(report.quotes.filter((q) => q.status === "misquote" || q.status === "attribution-conflict").flatMap((q) => q.variants.flatMap((v) => v.quotes)))
  return { ...report, claims: report.claims.filter((c) => shownClaims.has(c.id)), quoteOccurrences: report.quoteOccurrences.filter((q) => shownQuotes.has(q.id)) }
}

export const renderHtml = (report: AuditReport, findings: ReadonlyArray<Finding>): string => `<!doctype html>
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
<div id="findings"></div>
<h2>Facts</h2>
<div class="filters">
<label>Status <select id="filter-status"><option value="">all</option><option value="conflict">conflict</option><option value="single-source">single-source</option><option value="corroborated">corroborated</option></select></label>
<label>Subject <select id="filter-subject"><option value="">all</option></select></label>
<label>Search <input id="filter-text" type="search" placeholder="words in the statement"></label>
<span id="facts-shown" class="muted"></span>
</div>
<table id="facts"><thead><tr><th>Fact</th><th>Status</th><th>Sources</th><th>As of</th><th>Documents</th></tr></thead><tbody></tbody></table>
<h2>Updates</h2>
<ul id="updates"></ul>
<h2>Reported by several sources</h2>
<ul id="statements"></ul>
<h2>Documents</h2>
<table id="documents"><thead><tr><th>Document</th><th>Outlet</th><th>Published</th><th>Origin</th><th>Copy of</th><th>Status</th></tr></thead><tbody></tbody></table>
</main>
<script type="application/json" id="audit-data">${embedJson({ report: pageView(report), findings: findings.filter((f) => f.rule !== "single-source" && f.rule !== "update") })}</script>
<script>${SCRIPT}</script>
</body>
</html>
`
