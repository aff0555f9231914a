// The archive's one style sheet, served at /static/style.css. A module rather than a .css file so the same
// bundle serves it on Node and on Workers (no file system there).
export const STYLE_SHEET = String.raw`/* Kommunarkiv: a reading room. Serif for the documents and headings, sans for the interface, calm colours. */
:root {
  --serif: Charter, "Bitstream Charter", "Iowan Old Style", "Source Serif 4", "Source Serif Pro", Georgia, "DejaVu Serif", "Liberation Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
  --ink: #1f2328;
  --muted: #5d6670;
  --paper: #fbfaf7;
  --panel: #ffffff;
  --line: #dcd8cf;
  --accent: #1d4e89;
  --accent-ink: #ffffff;
  --visited: #5b3f8c;
  --radius: 6px;
  --k-municipality: #d8ecff;
  --k-person: #fde2c7;
  --k-wave: #dcefd2;
  --k-date: #ece3ff;
  --k-commitment: #fff3b0;
  --k-meta: #e8e8e8;
}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.55 var(--sans);
  display: flex; flex-direction: column; min-height: 100vh;
}
a { color: var(--accent); text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
h1, h2, h3 { font-family: var(--serif); font-weight: 600; line-height: 1.2; color: #14181c; }
h1 { font-size: 2rem; margin: 0.2em 0 0.5em; }
h2 { font-size: 1.35rem; margin: 1.8em 0 0.6em; }
h3 { font-size: 1.1rem; }
code, kbd { font-family: var(--mono); font-size: 0.9em; background: #f0eee8; padding: 0.05em 0.3em; border-radius: 3px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
.mono { font-family: var(--mono); }
.nowrap { white-space: nowrap; }
.sub { color: var(--muted); font-size: 0.875rem; margin: 0.15em 0 0; }
.lede { font-family: var(--serif); font-size: 1.15rem; color: #3a4047; max-width: 65ch; }
.count { color: var(--muted); }
.empty { font-family: var(--serif); font-size: 1.1rem; color: var(--muted); padding: 1.5rem 0; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: var(--muted); margin: 0; }

/* ---------- header and footer */
header.site { background: #18324f; color: #fff; }
.site-inner {
  max-width: 80rem; margin: 0 auto; padding: 0.6rem 1.25rem;
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem;
}
.brand { font-family: var(--serif); font-size: 1.35rem; font-weight: 700; color: #fff !important; text-decoration: none; letter-spacing: 0.01em; }
header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.15rem 0.25rem; }
header.site nav a { color: #dfe8f3 !important; text-decoration: none; padding: 0.3rem 0.55rem; border-radius: var(--radius); display: inline-block; }
header.site nav a:hover { background: rgba(255, 255, 255, 0.12); }
header.site nav a[aria-current="page"] { background: rgba(255, 255, 255, 0.2); color: #fff !important; }
.site-search { margin-left: auto; display: flex; gap: 0.35rem; }
.site-search input { width: 14rem; max-width: 40vw; border-color: transparent; }
.site-search button { background: #f0c14b; color: #1c1c1c; border-color: #f0c14b; }
footer.site { margin-top: auto; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 1.25rem; text-align: center; }

main { width: 100%; max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
main.wide { max-width: 80rem; }

/* ---------- forms */
input, select, button { font: inherit; font-size: 0.95rem; }
input[type="search"], input[type="text"], input[type="url"], input[type="password"], input:not([type]), select {
  padding: 0.4rem 0.55rem; border: 1px solid #b9b4a9; border-radius: var(--radius); background: #fff; color: var(--ink); min-width: 0;
}
input[type="file"] { padding: 0.4rem 0; }
button, .button {
  display: inline-block; padding: 0.42rem 0.9rem; border: 1px solid var(--accent); border-radius: var(--radius);
  background: var(--accent); color: var(--accent-ink) !important; cursor: pointer; text-decoration: none; line-height: 1.3;
}
button:hover, .button:hover { filter: brightness(1.1); }
label { font-size: 0.875rem; font-weight: 600; color: #3a4047; }
label.check { font-weight: normal; display: inline-flex; align-items: center; gap: 0.35rem; }
.stack { display: flex; flex-direction: column; gap: 0.35rem; align-items: stretch; }
.stack label { margin-top: 0.5rem; }
.stack button { align-self: flex-start; margin-top: 0.75rem; }
.upload-form { max-width: 34rem; background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.25rem 1.5rem 1.5rem; }
.inline-form, .filter-form {
  display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-end;
  background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; margin: 0 0 1rem;
}
.filter-form > div { display: flex; flex-direction: column; gap: 0.2rem; }
.inline-form { align-items: center; }
.search-form { display: flex; gap: 0.5rem; max-width: 40rem; }
.search-form input { flex: 1; font-size: 1.05rem; padding: 0.55rem 0.7rem; }
.help { color: var(--muted); max-width: 65ch; }
.error-box { border: 1px solid #c0392b; background: #fdecea; color: #7b1d12; padding: 0.8rem 1rem; border-radius: var(--radius); max-width: 65ch; }
.notice { border: 1px solid #d4a72c; background: #fff8e1; padding: 0.6rem 0.9rem; border-radius: var(--radius); }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.75rem 0; }

/* ---------- tables */
table.data { width: 100%; border-collapse: collapse; background: var(--panel); border: 1px solid var(--line); font-size: 0.95rem; }
table.data th, table.data td { text-align: left; vertical-align: top; padding: 0.55rem 0.7rem; border-bottom: 1px solid #ebe8e1; }
table.data thead th { background: #f1efe9; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: #4a5058; border-bottom: 1px solid var(--line); position: sticky; top: 0; }
table.data tbody tr:nth-child(even) { background: #fcfbf8; }
table.data tbody tr:hover { background: #f4f8fc; }
table.data .num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.commitments td.evidence { font-family: var(--serif); max-width: 40ch; }
table.commitments td.evidence q { quotes: "”" "”"; }
.tag { display: inline-block; margin-left: 0.4rem; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 999px; background: #e7eef7; color: #24476f; vertical-align: 0.1em; }
abbr.party { text-decoration: none; font-weight: 700; font-size: 0.8rem; letter-spacing: 0.03em; padding: 0.05rem 0.4rem; border-radius: 3px; background: #eceae4; color: #333; }
.status { margin-left: 0.5rem; font-size: 0.75rem; padding: 0.05rem 0.4rem; border-radius: 3px; }
.status-failed { background: #fdecea; color: #7b1d12; }
.status-processing { background: #fff8e1; color: #6b4e00; }

.pager { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin: 1rem 0; color: var(--muted); }

/* ---------- front page with facets */
.with-facets { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 2rem; align-items: start; }
.listing h1 { margin-top: 0; }
.facets { font-size: 0.92rem; position: sticky; top: 1rem; }
.facets form { margin-bottom: 1rem; }
.facet h2 { font-family: var(--sans); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 1.2rem 0 0.35rem; }
.facet ul { list-style: none; margin: 0; padding: 0; }
.facet a { display: flex; justify-content: space-between; gap: 0.5rem; padding: 0.2rem 0.45rem; border-radius: 4px; text-decoration: none; color: var(--ink) !important; }
.facet a:hover { background: #eef2f7; }
.facet a[aria-current="true"] { background: var(--accent); color: #fff !important; }
.facet .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.facet a[aria-current="true"] .n { color: #dfe8f3; }
.active-filters { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.chip { background: #e7eef7; color: #1d3d63 !important; text-decoration: none; border-radius: 999px; padding: 0.1rem 0.65rem; font-size: 0.88rem; }

/* ---------- a document */
.doc-head { max-width: 70ch; }
.doc-head h1 { font-size: 2.1rem; }
dl.meta { display: flex; flex-wrap: wrap; gap: 0.4rem 1.75rem; margin: 0.5rem 0; font-size: 0.92rem; }
dl.meta div { display: flex; gap: 0.4rem; }
dl.meta dt { color: var(--muted); }
dl.meta dt::after { content: ":"; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.doc-layout { display: grid; grid-template-columns: minmax(0, 70ch) minmax(16rem, 22rem); gap: 2.5rem; align-items: start; margin-top: 1.5rem; }
.doc-body { min-width: 0; }
.doc-text {
  font-family: var(--serif); font-size: 1.1rem; line-height: 1.7; white-space: pre-wrap; overflow-wrap: break-word;
  max-width: 70ch; background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.5rem 1.75rem;
  hyphens: manual;
}
mark { color: inherit; border-radius: 2px; padding: 0.05em 0; }
mark[data-kind="municipality"] { background: var(--k-municipality); box-shadow: inset 0 -2px #6aa7e0; }
mark[data-kind="person"] { background: var(--k-person); box-shadow: inset 0 -2px #e39b52; }
mark[data-kind="wave"] { background: var(--k-wave); box-shadow: inset 0 -2px #7cb86a; }
mark[data-kind="date"] { background: var(--k-date); box-shadow: inset 0 -2px #9a84d6; }
mark[data-kind="commitment"] { background: var(--k-commitment); }
mark[data-kind="kind"], mark[data-kind="published"] { background: transparent; border-bottom: 2px dotted #9a9a9a; }
.legend mark[data-kind="kind"], .legend mark[data-kind="published"] { background: var(--k-meta); border-bottom: 0; }
mark:target { outline: 3px solid #f0a500; outline-offset: 1px; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem; font-size: 0.85rem; margin: 0 0 0.6rem; }
.legend mark { padding: 0.1rem 0.45rem; border-radius: 3px; }
.records { font-size: 0.95rem; position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto; padding-right: 0.25rem; }
.records section { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.4rem 1rem 0.7rem; margin-bottom: 0.9rem; }
.records h2 { font-size: 1.05rem; margin: 0.5rem 0 0.4rem; }
ul.plain, ol.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li, ol.plain li { padding: 0.3rem 0; border-bottom: 1px solid #f0ede6; }
ul.plain li:last-child, ol.plain li:last-child { border-bottom: 0; }
.commitments-list p { margin: 0.1rem 0; }

/* ---------- municipality and person pages */
.page-head { margin-bottom: 1rem; }
blockquote { margin: 0.4rem 0; padding: 0.3rem 0 0.3rem 1rem; border-left: 3px solid #c9c3b5; font-family: var(--serif); font-size: 1.05rem; max-width: 70ch; color: #2b3036; }
blockquote.quote { border-left-color: #e39b52; }
blockquote.quote::before { content: "”"; }
blockquote.quote::after { content: "”"; }
.source { font-size: 0.875rem; color: var(--muted); margin: 0.2rem 0 0; }
.evidence-list { list-style: none; padding: 0; margin: 0; }
.evidence-list li { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem 1rem; margin-bottom: 0.75rem; }
ol.timeline { list-style: none; margin: 0; padding: 0; border-left: 2px solid #c9c3b5; }
ol.timeline li { display: grid; grid-template-columns: 7.5rem minmax(0, 1fr); gap: 1rem; padding: 0.6rem 0 0.9rem 1rem; position: relative; }
ol.timeline li::before { content: ""; position: absolute; left: -7px; top: 0.95rem; width: 12px; height: 12px; border-radius: 50%; background: var(--accent); border: 2px solid var(--paper); }
ol.timeline .when { font-variant-numeric: tabular-nums; font-weight: 600; padding-top: 0.15rem; }
ol.timeline .what p { margin: 0.1rem 0; }
.doc-list { padding-left: 1.2rem; }
.doc-list li { margin: 0.3rem 0; }
ol.mentions { list-style: none; padding: 0; margin: 0; }
ol.mentions li { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem 1rem; margin-bottom: 0.75rem; }
.mention-head { margin: 0; font-weight: 600; }
.mention-role { margin: 0.15rem 0 0.3rem; color: #3a4047; }

/* ---------- search */
ol.hits { list-style: none; padding: 0; margin: 0; max-width: 75ch; }
ol.hits li { padding: 0.9rem 0; border-bottom: 1px solid var(--line); }
ol.hits h2 { font-size: 1.2rem; margin: 0 0 0.2rem; }
.snippet { font-family: var(--serif); font-size: 1.05rem; margin: 0.4rem 0 0; }
.snippet mark { background: #ffe58a; padding: 0 0.1em; font-weight: 600; }

/* ---------- API reference */
.toc ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; list-style: none; padding: 0; }
.operation { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.5rem 1rem 0.75rem; margin-bottom: 0.9rem; }
.operation h3 { font-family: var(--sans); margin: 0.4rem 0; overflow-wrap: anywhere; }
.method { font-family: var(--mono); font-size: 0.78rem; padding: 0.15rem 0.45rem; border-radius: 3px; color: #fff; background: #2f6f3e; vertical-align: 0.1em; }
.method-post { background: #1d4e89; }
.method-delete { background: #a33; }
table.params { font-size: 0.88rem; margin: 0.5rem 0; }
.responses { font-size: 0.88rem; color: var(--muted); }
.status-code { font-family: var(--mono); font-weight: 700; }
.status-code.s2 { color: #2f6f3e; }
.status-code.s4 { color: #a33; }

/* ---------- narrow windows */
@media (max-width: 60rem) {
  .doc-layout { grid-template-columns: minmax(0, 1fr); }
  .records { position: static; max-height: none; overflow: visible; }
  .with-facets { grid-template-columns: minmax(0, 1fr); }
  .facets { position: static; }
}
@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  .doc-head h1 { font-size: 1.7rem; }
  .site-search { margin-left: 0; width: 100%; }
  .site-search input { flex: 1; width: auto; max-width: none; }
  .doc-text { padding: 1rem; font-size: 1.05rem; }
  main { padding: 1rem 0.75rem 2rem; }
  table.data { display: block; overflow-x: auto; }
  ol.timeline li { grid-template-columns: minmax(0, 1fr); gap: 0.2rem; }
  .search-form { flex-wrap: wrap; }
}
@media print {
  header.site, footer.site, .facets, .actions, form { display: none; }
  body { background: #fff; }
}

/* reviews */
.review-state { display: inline-block; font-size: 0.75rem; padding: 0.05rem 0.45rem; border-radius: 999px; background: #eceae4; color: #4a4a4a; white-space: nowrap; }
.review-state.state-confirmed { background: #e3f1e6; color: #1f5c2e; }
.review-state.state-corrected { background: #e7eef7; color: #24476f; }
.review-state.state-added { background: #efe6f7; color: #53306f; }
.review-state.state-rejected { background: #fdecea; color: #7b1d12; text-decoration: line-through; }
.review-forms { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: flex-start; margin: 0.35rem 0; }
.review-forms form.inline { display: inline; margin: 0; }
.review-forms button { padding: 0.15rem 0.6rem; font-size: 0.85rem; }
.review-forms button.reject { background: #fff; color: #7b1d12 !important; border-color: #c0392b; }
.review-forms button.secondary { background: #fff; color: #24476f !important; }
.edit-form > div, .kind-fields > div { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.25rem 0; }
.review-forms details.edit { flex-basis: 100%; }
.review-forms details.edit summary, .add-record summary, .record-history summary { cursor: pointer; color: #24476f; font-size: 0.9rem; }
.edit-form, .add-form { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.5rem 0.8rem; max-width: 40rem; }
.add-form fieldset { border: 1px solid var(--line); border-radius: var(--radius); margin: 0.5rem 0; }
.span-fields { display: flex; gap: 1rem; }
.selected-quote:empty { display: none; }
.review-records { margin-top: 2rem; }
.records-table td { vertical-align: top; }
.record-value { max-width: 28rem; }
.history { margin: 0.3rem 0; padding-left: 1.2rem; font-size: 0.85rem; }
.history .old { text-decoration: line-through; color: #7b1d12; }
.history .new { color: #1f5c2e; }
.queue { list-style: none; padding: 0; }
.queue-item { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.5rem 0.9rem; margin-bottom: 0.7rem; background: var(--panel); }
.queue-item:focus { outline: 3px solid #f0c14b; }
.queue-item.orphaned { border-color: #c0392b; }
pre.value { white-space: pre-wrap; font-size: 0.85rem; margin: 0; }
.cite { border-left: 4px solid #24476f; padding: 0.2rem 1rem; margin: 1.2rem 0; }
.cite-text { font-family: var(--mono); font-size: 0.9rem; }
.review-coverage { font-size: 0.9rem; }
`;
