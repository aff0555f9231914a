// GET /records/:id: one record, citable: its value (and the machine's), where it stands, its review history,
// a cite block (text to copy and CSL-JSON) and, for a reviewer, the review forms.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { getRecord } from '../records.js';
import { RECORD_ID } from '../reviews.js';
import { DateText, docHref, FoundBy, Layout } from './layout.js';
import { db, notFoundPage } from './page.js';
import { History, KIND_LABELS, ReviewBadge, ReviewForms, reviewSession } from './review-forms.js';

const fmt = (v: unknown) => JSON.stringify(v, null, 2);

export async function recordPage(c: Context<Env, '/records/:id'>) {
  const id = c.req.param('id');
  const r = RECORD_ID.test(id) ? await getRecord(db(c), id, new URL(c.req.url).origin) : null;
  if (!r) return notFoundPage(c, `Det finns ingen uppgift med id ${id}.`);
  const s = await reviewSession(c);
  return c.html(
    <Layout title={`${KIND_LABELS[r.kind] ?? r.kind}: ${r.text ?? r.id}`} path={c.req.path}>
      <header class="page-head">
        <p class="eyebrow">{KIND_LABELS[r.kind] ?? r.kind} · <ReviewBadge review={r.review} /></p>
        <h1><q>{r.text ?? r.cite?.quote ?? '–'}</q></h1>
        <p>Ur <a href={docHref(r.documentId, r.kind, r.start ?? undefined)}>{r.documentTitle || r.filename}</a>
          {r.published && <>, <DateText value={r.published} /></>}{r.page ? `, s. ${r.page}` : ''}</p>
        {r.review.orphaned && <p class="error-box" role="alert">Uppgiften har tappat fästet: citatet finns inte längre i texten med samma sammanhang. Den visas inte i dokumentet.</p>}
      </header>
      {r.sentence && <blockquote class="sentence">{r.sentence}</blockquote>}
      <dl class="meta">
        <div><dt>Värde</dt><dd><pre class="value">{fmt(r.value)}</pre></dd></div>
        {r.review.state !== 'machine' && r.machineValue != null && <div><dt>Maskinens värde</dt><dd><pre class="value">{fmt(r.machineValue)}</pre></dd></div>}
        <div><dt>Position</dt><dd>{r.start != null ? `tecken ${r.start}–${r.end}` : '–'}</dd></div>
      </dl>
      <FoundBy m={r} />
      {s && <ReviewForms s={s} id={r.id} kind={r.kind} value={r.value} latest={r.review.latest} next={c.req.path} orphaned={r.review.orphaned} />}
      {r.cite && (
        <section class="cite" id="cite">
          <h2>Citera</h2>
          <p class="cite-text" id="cite-text">{r.cite.text}</p>
          <p><button type="button" class="copy" data-copy="cite-text" hidden>Kopiera som text</button>{' '}
            <button type="button" class="copy" data-copy="cite-csl" hidden>Kopiera CSL-JSON</button></p>
          <details><summary>CSL-JSON</summary><pre class="value" id="cite-csl">{fmt(r.cite.csl)}</pre></details>
          <p class="sub"><a href={`/api/records/${r.id}`}>JSON</a></p>
        </section>
      )}
      <section>
        <h2>Historik</h2>
        {r.history.length ? <History items={r.history} /> : <p class="muted">Ingen har granskat uppgiften ännu.</p>}
      </section>
    </Layout>,
  );
}
