// GET /documents/:id: one document, its text with every span marked, and the records found in it.
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { commitments as commitmentsTable } from '../db/schema.js';
import type { Env } from '../http.js';
import { type MentionView, allMunicipalities, getDocument } from '../queries.js';
import { coverage, listAudit, type AuditEntry } from '../records.js';
import { isReviewable } from '../reviews.js';
import { DocText } from './highlight.js';
import { DateText, FoundBy, Layout, MunicipalityDatalist, Party, formatBytes, kindLabel, muniHref, threadHref, typeLabel } from './layout.js';
import { AddRecordForm, History, KIND_LABELS, ReviewBadge, ReviewForms, reviewSession, type Session } from './review-forms.js';
import { db, notFoundPage } from './page.js';

export async function documentPage(c: Context<Env, '/documents/:id'>) {
  const id = c.req.param('id');
  const isId = /^[0-9a-f]{16}$/.test(id);
  let doc = isId ? await getDocument(db(c), id) : null;
  if (!doc && isId) {
    // The id of a further rendition (the same text in another format): its document.
    const r = await c.var.archive.rendition(id);
    if (r) return c.redirect(`/documents/${r.documentId}`, 303);
  }
  if (!doc) return notFoundPage(c, `Det finns inget dokument med id ${id}.`);
  doc = { ...doc, progress: c.var.archive.progressOf(doc.id) ?? doc.progress };
  const byKind = (k: string) => doc.mentions.filter((m) => m.kind === k);
  const commitments = byKind('commitment');
  const waves = byKind('wave');
  const dates = byKind('date');
  const published = doc.published;
  const [s, log, cov] = await Promise.all([reviewSession(c), listAudit(db(c), { document: doc.id, limit: 1000, offset: 0 }), coverage(db(c), doc.id)]);
  const historyOf = new Map<string, AuditEntry[]>();
  for (const e of log.items) historyOf.set(e.recordId, [...(historyOf.get(e.recordId) ?? []), e]);
  const latestOf = (id: string) => [...(historyOf.get(id) ?? [])].reverse().find((e) => e.reviewerRole !== 'system')?.id ?? null;
  const reviewable = doc.mentions.filter((m) => isReviewable(m.kind));
  const names = s ? (await allMunicipalities(db(c))).map((m) => m.name) : [];
  const threads = new Map((await db(c).select({ id: commitmentsTable.recordId, thread: commitmentsTable.thread }).from(commitmentsTable)
    .where(eq(commitmentsTable.documentId, doc.id))).map((r) => [r.id, r.thread]));
  return c.html(
    <Layout title={doc.title || doc.filename} path={c.req.path} wide refresh={doc.status === 'processing' ? 3 : undefined}>
      <article class="document">
        <header class="doc-head">
          <p class="eyebrow">{kindLabel(doc.kind)}{published ? <> · <DateText value={published} /></> : null}</p>
          <h1>{doc.title || doc.filename}</h1>
          <dl class="meta">
            <div><dt>Fil</dt><dd>{doc.filename} ({doc.format.toUpperCase()}, {formatBytes(doc.size)}{doc.pages > 1 ? `, ${doc.pages} sidor` : ''})</dd></div>
            <div><dt>Språk</dt><dd>{doc.language ?? '–'}</dd></div>
            {doc.sourceUrl && <div><dt>Källa</dt><dd>{/^https?:\/\//i.test(doc.sourceUrl)
              ? <a href={doc.sourceUrl} rel="noopener noreferrer nofollow">{doc.sourceUrl}</a> : doc.sourceUrl}</dd></div>}
            {doc.renditions.length > 1 && <div><dt>Filer</dt><dd>{doc.renditions.map((r, i) => <>{i > 0 && ', '}<a href={`/api/documents/${r.id}/original`} download>{r.filename}</a> ({r.format.toUpperCase()})</>)}</dd></div>}
            <div><dt>Arkiverad</dt><dd><DateText value={doc.createdAt.slice(0, 10)} /></dd></div>
          </dl>
          <p class="actions">
            <a class="button" href={`/api/documents/${doc.id}/original`} download>Ladda ner originalet</a>{' '}
            <a href={`/api/documents/${doc.id}/text`}>Ren text</a>{' · '}
            <a href={`/api/documents/${doc.id}`}>JSON</a>
          </p>
          {doc.status === 'failed' && <p class="error-box" role="alert">Dokumentet kunde inte läsas: {doc.error}</p>}
          {doc.status === 'processing' && <p class="notice" role="status">Dokumentet bearbetas fortfarande{progressText(doc.progress)}. Sidan uppdateras av sig själv.</p>}
          {doc.warnings.length > 0 && <p class="notice">Vid läsningen: {doc.warnings.join(' ')}</p>}
          {doc.status === 'needs_ocr' && <p class="notice" role="status">Dokumentet är en skanning som väntar på OCR: {doc.error}</p>}
          {doc.ocr.length > 0 && <p class="notice ocr-pages">{ocrText(doc.ocr, doc.pages)}</p>}
          <p class="review-coverage">Granskat: {cov.reviewed} av {cov.records} uppgifter{cov.complete ? ' – hela dokumentet är granskat' : ''}
            {cov.orphaned > 0 && <> · <a href={`/review?document=${doc.id}`}>{cov.orphaned} har tappat fästet</a></>}
            {' · '}<a href={`/api/documents/${doc.id}/gold.json`}>Granskad extraktion (gold.json)</a></p>
        </header>
        <div class="doc-layout">
          <section class="doc-body" aria-label="Dokumentets text">
            <Legend mentions={doc.mentions} />
            {doc.text ? <DocText text={doc.text} mentions={doc.mentions} /> : <p class="empty">Ingen text.</p>}
          </section>
          <aside class="records" aria-label="Uppgifter ur dokumentet">
            <section>
              <h2>Kommuner</h2>
              {doc.municipalities.length ? (
                <ul class="plain">{doc.municipalities.map((m) => <li><a href={muniHref(m.name)}>{m.name}</a> <span class="muted">{m.code}</span></li>)}</ul>
              ) : <p class="muted">Inga kommuner hittade.</p>}
            </section>
            <section>
              <h2>Personer</h2>
              {doc.people.length ? (
                <ul class="plain">
                  {doc.people.map((p) => (
                    <li><a href={`/people/${encodeURIComponent(p.id)}`}>{p.name}</a> {p.party && <Party value={p.party} />}
                      {p.role && <div class="sub">{p.role}</div>}</li>
                  ))}
                </ul>
              ) : <p class="muted">Inga personer hittade.</p>}
            </section>
            {waves.length > 0 && (
              <section>
                <h2>Vågor</h2>
                <ul class="plain">{waves.map((w) => {
                  const v = w.value as { municipality?: string; wave?: number };
                  return <li><a href={`#wave-${w.start}`}>Våg {v.wave}</a>: {v.municipality ? <a href={muniHref(v.municipality)}>{v.municipality}</a> : null} <ReviewBadge review={w.review} /><FoundBy m={w} /></li>;
                })}</ul>
              </section>
            )}
            <section>
              <h2>Åtaganden</h2>
              {commitments.length ? (
                <ol class="plain commitments-list">
                  {commitments.map((m) => <CommitmentItem m={m} thread={threads.get(m.id) ?? null} />)}
                </ol>
              ) : <p class="muted">Inga åtaganden hittade.</p>}
            </section>
            {dates.length > 0 && (
              <section>
                <h2>Datum</h2>
                <ul class="plain dates">{dates.map((d) => (
                  <li><a href={`#date-${d.start}`}>{d.text}</a> → <DateText value={(d.value as { value?: string }).value} /> <ReviewBadge review={d.review} /><FoundBy m={d} /></li>
                ))}</ul>
              </section>
            )}
          </aside>
        </div>
        <section class="review-records" id="records" aria-label="Granskning">
          <h2>Uppgifterna och deras granskning</h2>
          {s ? <p class="sub">Inloggad som {s.who.name} ({s.who.role}).</p> : <p class="sub"><a href={`/login?next=${encodeURIComponent(c.req.path)}`}>Logga in med en granskarnyckel</a> för att bekräfta, rätta, avvisa eller lägga till uppgifter.</p>}
          {s && <AddRecordForm s={s} documentId={doc.id} next={c.req.path} />}
          {reviewable.length ? (
            <table class="data records-table">
              <thead><tr><th scope="col">Slag</th><th scope="col">Text</th><th scope="col">Värde</th><th scope="col">Granskning</th></tr></thead>
              <tbody>{reviewable.map((m) => <RecordRow m={m} s={s} history={historyOf.get(m.id) ?? []} latest={latestOf(m.id)} next={c.req.path} />)}</tbody>
            </table>
          ) : <p class="muted">Inga uppgifter.</p>}
          {s && <MunicipalityDatalist names={names} />}
        </section>
      </article>
      <script src="/static/review.js" defer></script>
    </Layout>,
  );
}

function valueText(m: MentionView): string {
  const v = (m.value ?? {}) as Record<string, unknown>;
  switch (m.kind) {
    case 'municipality': return String(v.name ?? '');
    case 'person': return [v.name, v.party ? `(${v.party})` : '', v.role ? `, ${v.role}` : '', v.municipality ? `, ${v.municipality}` : ''].join('');
    case 'wave': return `${v.municipality ?? ''}: våg ${v.wave ?? ''}`;
    case 'date': return String(v.value ?? '');
    case 'commitment': return `${v.actor ?? ''} · ${typeLabel(String(v.type ?? 'other'))}: ${v.what ?? ''}${v.when ? ` (${v.when})` : ''}`;
    default: return '';
  }
}

function RecordRow(props: { m: MentionView; s: Session | null; history: AuditEntry[]; latest: number | null; next: string }) {
  const { m, s } = props;
  return (
    <tr id={`record-${m.id}`} data-kind={m.kind}>
      <td>{KIND_LABELS[m.kind] ?? m.kind}</td>
      <td><a href={`#${m.kind}-${m.start}`}>{m.text.length > 120 ? `${m.text.slice(0, 117)}…` : m.text}</a></td>
      <td class="record-value">{valueText(m)}<div class="sub"><a href={`/records/${m.id}`}>Post och citering</a></div></td>
      <td><ReviewBadge review={m.review} />
        {s && <ReviewForms s={s} id={m.id} kind={m.kind} value={m.value} latest={props.latest} next={`${props.next}#record-${m.id}`} />}
        {props.history.length > 0 && <details class="record-history"><summary>Historik ({props.history.length})</summary><History items={props.history} /></details>}
      </td>
    </tr>
  );
}

const LEGEND: [string, string][] = [
  ['municipality', 'Kommun'], ['person', 'Person'], ['wave', 'Våg'], ['date', 'Datum'], ['commitment', 'Åtagande'], ['kind', 'Dokumenttyp'], ['published', 'Publicerad'],
];

function Legend(props: { mentions: MentionView[] }) {
  const kinds = new Set(props.mentions.map((m) => m.kind));
  const shown = LEGEND.filter(([k]) => kinds.has(k));
  if (!shown.length) return null;
  return (
    <p class="legend" aria-label="Markeringar">
      {shown.map(([k, label]) => <mark data-kind={k}>{label}</mark>)}
    </p>
  );
}

function CommitmentItem(props: { m: MentionView; thread: string | null }) {
  const v = props.m.value as { actor?: string; type?: string; what?: string; when?: string | null };
  return (
    <li>
      <p><strong>{v.actor}</strong> · {typeLabel(v.type ?? 'other')}{v.when && <> · <DateText value={v.when} /></>}</p>
      <p>{v.what}</p>
      <p class="sub"><a href={`#commitment-${props.m.start}`}>Till stället i texten</a>{props.m.page > 1 ? `, s. ${props.m.page}` : ''}</p>
      <p class="sub"><ReviewBadge review={props.m.review} /> · <a href={`/records/${props.m.id}`}>Post och citering</a>
        {props.thread && <> · <a href={threadHref(props.thread)}>Tråden</a></>}</p>
      <FoundBy m={props.m} />
    </li>
  );
}


/** Which pages were read by OCR, with what and how confidently: a quote from them may hold misreadings. */
function ocrText(ocr: { page: number; engine: string; language: string; confidence: number | null; error?: string }[], pages: number): string {
  const engines = [...new Set(ocr.map((o) => `${o.engine}, ${o.language === 'swe' ? 'svenska' : o.language}`))].join('; ');
  const how = (o: (typeof ocr)[number]) => (o.error ? `kunde inte läsas: ${o.error}` : o.confidence === null ? 'inga ord hittade' : `säkerhet ${Math.round(o.confidence)} %`);
  const head = pages <= 1 ? `Texten är OCR-läst (${engines}; ${how(ocr[0]!)})` : `OCR-lästa sidor (${engines}): ${ocr.map((o) => `${o.page} (${how(o)})`).join(', ')}`;
  return `${head}. Citat därifrån kan innehålla läsfel.`;
}

/** "(300 sidor, 914 000 tecken lästa; letar uppgifter)" from a document's progress. */
function progressText(p: { stage: string; pages: number | null; characters: number | null; ocr?: { done: number; total: number } } | null): string {
  if (!p) return '';
  if (p.stage === 'queued') return ' (i kö)';
  if (p.stage === 'parsing' && p.ocr) return ` (OCR: ${p.ocr.done} av ${p.ocr.total} skannade sidor lästa)`;
  if (p.stage === 'parsing') return ' (läser filen)';
  const read = [p.pages && p.pages > 1 ? `${p.pages.toLocaleString('sv-SE')} sidor` : '', p.characters ? `${p.characters.toLocaleString('sv-SE')} tecken` : '']
    .filter(Boolean).join(', ');
  return ` (${read ? `${read} lästa; ` : ''}letar uppgifter)`;
}
