// The archivists' web pages: server-rendered, readable without JavaScript. Each page reads its data
// through the same query function (src/queries.ts) and validates its query with the same zod schema as
// its API twin.
import { Hono, type Context } from 'hono';
import { raw } from 'hono/html';
import type { z } from '@hono/zod-openapi';
import { MULTIPART_SLACK } from '../routes/documents.js';
import { mayRead, READ_COOKIE, readBody, sameSecret, type Env } from '../http.js';
import { Problem } from '../problem.js';
import {
  COMMITMENT_TYPES, allMunicipalities, documentFacets, getDocument, getMunicipality, getPerson,
  listCommitments, listDocuments, listMunicipalities, listPeople, search, type CommitmentView, type Facet, type MentionView,
} from '../queries.js';
import { CommitmentsQuery } from '../routes/commitments.js';
import { DocumentsQuery } from '../routes/documents.js';
import { MunicipalitiesQuery, MunicipalityQuery } from '../routes/municipalities.js';
import { PeopleQuery, PersonQuery } from '../routes/people.js';
import { SearchQuery } from '../routes/search.js';
import { ApiDocs, type OpenApiDoc } from './docs.js';
import { DocText } from './highlight.js';
import { DateText, docHref, ErrorPage, kindLabel, Layout, muniHref, Pager, Party, typeLabel, withQuery } from './layout.js';
import { STYLE_SHEET } from './style.js';

const PARTIES = ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'];

type Schema<T> = z.ZodType<T, any>;

/** Parse a page's query with its API schema; empty form fields count as absent. */
function pageQuery<T>(c: Context<Env>, schema: Schema<T>): { ok: true; value: T; raw: Record<string, string> } | { ok: false; error: string } {
  const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v.trim() !== ''));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data, raw };
  return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'fråga'}: ${i.message}`).join('; ') };
}

const badQuery = (c: Context<Env>, detail: string) =>
  c.html(<ErrorPage status={400} title="Ogiltig fråga" detail={detail} path={c.req.path} />, 400);
const notFoundPage = (c: Context<Env>, detail: string) =>
  c.html(<ErrorPage status={404} title="Hittades inte" detail={detail} path={c.req.path} />, 404);

const db = (c: Context<Env>) => c.var.archive.storage.db.db;

export function webRoutes(openapi: () => object) {
  const web = new Hono<Env>();

  web.get('/static/style.css', (c) =>
    c.body(STYLE_SHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }));

  web.get('/api/docs', (c) => c.html(<ApiDocs spec={openapi() as OpenApiDoc} />));

  // Reads behind KOMMUNARKIV_READ_TOKEN: a browser logs in once with a form; the token is kept in an HttpOnly cookie.
  web.get('/login', (c) => c.html(<LoginPage next={safeNext(c.req.query('next'))} />));
  web.post('/login', async (c) => {
    const form = await c.req.parseBody().catch(() => ({} as Record<string, unknown>));
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const next = safeNext(typeof form.next === 'string' ? form.next : undefined);
    const { readToken, token: writeToken } = c.var.config;
    const ok = token !== '' && (!readToken || (await sameSecret(token, readToken)) || (await sameSecret(token, writeToken)));
    if (!ok) return c.html(<LoginPage next={next} error="Fel nyckel." />, 401);
    const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : '';
    c.header('Set-Cookie', `${READ_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure}`);
    return c.redirect(next, 303);
  });

  web.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/static/') || c.req.path === '/login') return next();
    if (!(await mayRead(c))) return c.redirect(`/login?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}`, 303);
    return next();
  });

  // ------------------------------------------------------------------ front page: recent documents
  web.get('/', async (c) => {
    const q = pageQuery(c, DocumentsQuery);
    if (!q.ok) return badQuery(c, q.error);
    const { limit, offset, ...filters } = q.value;
    const [docs, facets] = await Promise.all([listDocuments(db(c), q.value), documentFacets(db(c), filters)]);
    const active = Object.entries(filters).filter(([, v]) => v !== undefined) as [string, string][];
    const FILTER_LABELS: Record<string, string> = {
      municipality: 'Kommun', person: 'Person', party: 'Parti', kind: 'Typ', language: 'Språk', from: 'Från', to: 'Till', q: 'Text',
    };
    return c.html(
      <Layout title="Dokument" path="/" wide>
        <div class="with-facets">
          <aside class="facets" aria-label="Avgränsa">
            <form class="stack" action="/" method="get">
              <label for="docs-q">Ord i dokumenten</label>
              <input id="docs-q" type="search" name="q" value={filters.q ?? ''} placeholder="t.ex. klimatkontrakt*" />
              {Object.entries(q.raw).filter(([k]) => k !== 'q' && k !== 'offset').map(([k, v]) => <input type="hidden" name={k} value={v} />)}
              <button type="submit">Avgränsa</button>
            </form>
            <FacetList title="Kommun" name="municipality" items={facets.municipality} current={q.raw} />
            <FacetList title="Parti" name="party" items={facets.party} current={q.raw} />
            <FacetList title="Typ" name="kind" items={facets.kind} current={q.raw} />
            <FacetList title="År" name="year" items={facets.year} current={q.raw} />
          </aside>
          <section class="listing">
            <h1>Dokument</h1>
            {active.length > 0 && (
              <p class="active-filters">
                Avgränsat till:{' '}
                {active.map(([k, v]) => (
                  <a class="chip" href={withQuery('/', q.raw, { [k]: undefined, offset: undefined, ...(k === 'from' || k === 'to' ? { from: undefined, to: undefined } : {}) })}
                    title="Ta bort avgränsningen">{FILTER_LABELS[k] ?? k}: {k === 'kind' ? kindLabel(v) : v} <span aria-hidden="true">×</span></a>
                ))}{' '}
                <a href="/">Visa alla</a>
              </p>
            )}
            {docs.items.length === 0 ? <p class="empty">Inga dokument{active.length ? ' med dessa avgränsningar' : ' ännu'}. <a href="/upload">Ladda upp ett dokument</a>.</p> : (
              <table class="data">
                <thead><tr><th scope="col">Publicerad</th><th scope="col">Titel</th><th scope="col">Typ</th><th scope="col">Kommuner</th></tr></thead>
                <tbody>
                  {docs.items.map((d) => (
                    <tr>
                      <td class="nowrap"><DateText value={d.published} /></td>
                      <td>
                        <a href={docHref(d.id)}>{d.title || d.filename}</a>
                        {d.status !== 'extracted' && <span class={`status status-${d.status}`}>{d.status === 'failed' ? 'kunde inte läsas' : 'bearbetas'}</span>}
                        <div class="sub">{d.title ? `${d.filename} · ` : ''}{d.format.toUpperCase()}{d.language && d.language !== 'sv' ? ` · ${d.language}` : ''}</div>
                      </td>
                      <td>{kindLabel(d.kind)}</td>
                      <td>{(d.extraction?.municipalities ?? []).map((m, i) => <>{i > 0 && ', '}<a href={muniHref(m)}>{m}</a></>)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pager path="/" query={q.raw} total={docs.total} limit={limit} offset={offset} />
          </section>
        </div>
      </Layout>,
    );
  });

  // ------------------------------------------------------------------ one document
  web.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const doc = /^[0-9a-f]{16}$/.test(id) ? await getDocument(db(c), id) : null;
    if (!doc) return notFoundPage(c, `Det finns inget dokument med id ${id}.`);
    const byKind = (k: string) => doc.mentions.filter((m) => m.kind === k);
    const commitments = byKind('commitment');
    const waves = byKind('wave');
    const dates = byKind('date');
    const published = doc.published;
    return c.html(
      <Layout title={doc.title || doc.filename} path={c.req.path} wide>
        <article class="document">
          <header class="doc-head">
            <p class="eyebrow">{kindLabel(doc.kind)}{published ? <> · <DateText value={published} /></> : null}</p>
            <h1>{doc.title || doc.filename}</h1>
            <dl class="meta">
              <div><dt>Fil</dt><dd>{doc.filename} ({doc.format.toUpperCase()}, {formatBytes(doc.size)}{doc.pages > 1 ? `, ${doc.pages} sidor` : ''})</dd></div>
              <div><dt>Språk</dt><dd>{doc.language ?? '–'}</dd></div>
              {doc.sourceUrl && <div><dt>Källa</dt><dd><a href={doc.sourceUrl} rel="noopener noreferrer nofollow">{doc.sourceUrl}</a></dd></div>}
              <div><dt>Arkiverad</dt><dd><DateText value={doc.createdAt.slice(0, 10)} /></dd></div>
            </dl>
            <p class="actions">
              <a class="button" href={`/api/documents/${doc.id}/original`} download>Ladda ner originalet</a>{' '}
              <a href={`/api/documents/${doc.id}/text`}>Ren text</a>{' · '}
              <a href={`/api/documents/${doc.id}`}>JSON</a>
            </p>
            {doc.status === 'failed' && <p class="error-box" role="alert">Dokumentet kunde inte läsas: {doc.error}</p>}
            {doc.status === 'processing' && <p class="notice">Dokumentet bearbetas fortfarande.</p>}
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
                    return <li><a href={`#wave-${w.start}`}>Våg {v.wave}</a>: {v.municipality ? <a href={muniHref(v.municipality)}>{v.municipality}</a> : null}<FoundBy m={w} /></li>;
                  })}</ul>
                </section>
              )}
              <section>
                <h2>Åtaganden</h2>
                {commitments.length ? (
                  <ol class="plain commitments-list">
                    {commitments.map((m) => <CommitmentItem m={m} />)}
                  </ol>
                ) : <p class="muted">Inga åtaganden hittade.</p>}
              </section>
              {dates.length > 0 && (
                <section>
                  <h2>Datum</h2>
                  <ul class="plain dates">{dates.map((d) => (
                    <li><a href={`#date-${d.start}`}>{d.text}</a> → <DateText value={(d.value as { value?: string }).value} /><FoundBy m={d} /></li>
                  ))}</ul>
                </section>
              )}
            </aside>
          </div>
        </article>
      </Layout>,
    );
  });

  // ------------------------------------------------------------------ municipalities
  web.get('/municipalities', async (c) => {
    const q = pageQuery(c, MunicipalitiesQuery);
    if (!q.ok) return badQuery(c, q.error);
    const list = await listMunicipalities(db(c), { ...q.value, limit: q.raw.limit ? q.value.limit : 290 });
    return c.html(
      <Layout title="Kommuner" path="/municipalities">
        <h1>Kommuner</h1>
        <form class="inline-form" action="/municipalities" method="get">
          <label for="m-q">Namn, län eller kod</label>
          <input id="m-q" type="search" name="q" value={q.raw.q ?? ''} />
          <label class="check"><input type="checkbox" name="all" value="true" checked={q.value.all === true} /> Visa alla 290</label>
          <button type="submit">Visa</button>
        </form>
        {list.items.length === 0 ? <p class="empty">Inga kommuner med dokument ännu. <a href="/municipalities?all=true">Visa alla 290</a>.</p> : (
          <table class="data">
            <thead><tr><th scope="col">Kommun</th><th scope="col">Kod</th><th scope="col">Län</th><th scope="col" class="num">Dokument</th>
              <th scope="col" class="num">Personer</th><th scope="col" class="num">Åtaganden</th></tr></thead>
            <tbody>{list.items.map((m) => (
              <tr><td><a href={muniHref(m.name)}>{m.name}</a></td><td class="mono">{m.code}</td><td>{m.county}</td>
                <td class="num">{m.documents}</td><td class="num">{m.people}</td><td class="num">{m.commitments}</td></tr>
            ))}</tbody>
          </table>
        )}
        <p class="count">{list.total} kommuner.</p>
      </Layout>,
    );
  });

  web.get('/municipalities/:name', async (c) => {
    const q = pageQuery(c, MunicipalityQuery);
    if (!q.ok) return badQuery(c, q.error);
    const pages = { documents: { limit: q.value.documentsLimit, offset: q.value.documentsOffset }, commitments: { limit: q.value.commitmentsLimit, offset: q.value.commitmentsOffset } };
    const m = await getMunicipality(db(c), c.req.param('name'), pages);
    if (!m) return notFoundPage(c, `Ingen svensk kommun heter eller har koden "${c.req.param('name')}".`);
    return c.html(
      <Layout title={`${m.name} kommun`} path={c.req.path}>
        <header class="page-head">
          <p class="eyebrow">Kommun</p>
          <h1>{m.name}</h1>
          <dl class="meta">
            <div><dt>Kommunkod</dt><dd class="mono">{m.code}</dd></div>
            <div><dt>Län</dt><dd>{m.county} <span class="muted">({m.countyCode})</span></dd></div>
            <div><dt>Dokument</dt><dd>{m.documentsTotal}</dd></div>
          </dl>
          <p class="actions"><a href={withQuery('/', {}, { municipality: m.name })}>Dokument som nämner {m.name}</a>{' · '}
            <a href={withQuery('/commitments', {}, { municipality: m.name })}>Åtaganden i tabell</a>{' · '}
            <a href={`/api/municipalities/${m.code}`}>JSON</a></p>
        </header>

        <section>
          <h2>Vågor</h2>
          {m.waves.length ? (
            <ul class="evidence-list">{m.waves.map((w) => (
              <li><strong>Våg {w.wave}</strong> <span class="muted">({w.mentions} belägg{w.mentions > w.evidence.length ? `, de ${w.evidence.length} först arkiverade visas` : ''})</span>
                {w.evidence.map((e) => (<>
                  <blockquote>{e.sentence}</blockquote>
                  <p class="source">Källa: <a href={docHref(e.documentId, 'wave', e.start)}>{e.documentTitle || e.filename}</a>{e.published && <>, <DateText value={e.published} /></>}, s. {e.page}</p>
                </>))}
              </li>
            ))}</ul>
          ) : <p class="muted">Inga uppgifter om våg i arkivet.</p>}
        </section>

        <section id="commitments">
          <h2>Åtaganden över tid</h2>
          {m.commitments.length ? <Timeline items={m.commitments} /> : <p class="muted">Inga åtaganden i arkivet.</p>}
          <SubPager path={c.req.path} query={q.raw} prefix="commitments" total={m.commitmentsTotal} {...pages.commitments} />
        </section>

        <section>
          <h2>Personer</h2>
          {m.people.length ? (
            <table class="data">
              <thead><tr><th scope="col">Namn</th><th scope="col">Parti</th><th scope="col">Roll</th><th scope="col" class="num">Dokument</th></tr></thead>
              <tbody>{m.people.map((p) => (
                <tr><td><a href={`/people/${encodeURIComponent(p.id)}`}>{p.name}</a></td><td><Party value={p.party} /></td>
                  <td>{p.roles.join('; ') || <span class="muted">–</span>}</td><td class="num">{p.documents}</td></tr>
              ))}</tbody>
            </table>
          ) : <p class="muted">Inga personer knutna till kommunen.</p>}
        </section>

        <section id="documents">
          <h2>Dokument</h2>
          {m.documents.length ? (
            <ul class="doc-list">{m.documents.map((d) => (
              <li><DateText value={d.published} /> <a href={docHref(d.id)}>{d.title || d.filename}</a> <span class="muted">{kindLabel(d.kind)}</span></li>
            ))}</ul>
          ) : <p class="muted">Inga dokument nämner kommunen.</p>}
          <SubPager path={c.req.path} query={q.raw} prefix="documents" total={m.documentsTotal} {...pages.documents} />
        </section>
      </Layout>,
    );
  });

  // ------------------------------------------------------------------ people
  web.get('/people', async (c) => {
    const q = pageQuery(c, PeopleQuery);
    if (!q.ok) return badQuery(c, q.error);
    const list = await listPeople(db(c), q.value);
    return c.html(
      <Layout title="Personer" path="/people">
        <h1>Personer</h1>
        <form class="filter-form" action="/people" method="get">
          <div><label for="p-q">Namn</label><input id="p-q" type="search" name="q" value={q.raw.q ?? ''} /></div>
          <div><label for="p-party">Parti</label><PartySelect id="p-party" value={q.raw.party} /></div>
          <div><label for="p-m">Kommun</label><input id="p-m" name="municipality" value={q.raw.municipality ?? ''} list="municipality-names" /></div>
          <div><label class="check"><input type="checkbox" name="politician" value="true" checked={q.value.politician === true} /> Endast politiker</label></div>
          <div><button type="submit">Visa</button></div>
          <MunicipalityDatalist names={(await allMunicipalities(db(c))).map((m) => m.name)} />
        </form>
        {list.items.length === 0 ? <p class="empty">Inga personer.</p> : (
          <table class="data">
            <thead><tr><th scope="col">Namn</th><th scope="col">Parti</th><th scope="col">Kommun</th><th scope="col">Roller</th>
              <th scope="col" class="num">Omnämnanden</th></tr></thead>
            <tbody>{list.items.map((p) => (
              <tr><td><a href={`/people/${encodeURIComponent(p.id)}`}>{p.name}</a>{p.politician && <span class="tag">politiker</span>}</td>
                <td><Party value={p.party} /></td>
                <td>{p.municipality ? <a href={muniHref(p.municipality.name)}>{p.municipality.name}</a> : <span class="muted">–</span>}</td>
                <td>{p.roles.join('; ') || <span class="muted">–</span>}</td><td class="num">{p.mentions}</td></tr>
            ))}</tbody>
          </table>
        )}
        <Pager path="/people" query={q.raw} total={list.total} limit={q.value.limit} offset={q.value.offset} />
      </Layout>,
    );
  });

  web.get('/people/:id', async (c) => {
    const q = pageQuery(c, PersonQuery);
    if (!q.ok) return badQuery(c, q.error);
    const p = await getPerson(db(c), c.req.param('id'), q.value);
    if (!p) return notFoundPage(c, `Det finns ingen person med id ${c.req.param('id')}.`);
    return c.html(
      <Layout title={p.name} path={c.req.path}>
        <header class="page-head">
          <p class="eyebrow">{p.politician ? 'Politiker' : 'Person'}</p>
          <h1>{p.name}</h1>
          <dl class="meta">
            <div><dt>Parti</dt><dd><Party value={p.party} /></dd></div>
            <div><dt>Kommun</dt><dd>{p.municipality ? <a href={muniHref(p.municipality.name)}>{p.municipality.name}</a> : '–'}</dd></div>
            <div><dt>Roller</dt><dd>{p.roles.join('; ') || '–'}</dd></div>
            <div><dt>Dokument</dt><dd>{p.documents}</dd></div>
          </dl>
        </header>
        <h2>Omnämnanden</h2>
        <ol class="mentions" start={q.value.offset + 1}>
          {p.mentionList.map((m) => (
            <li>
              <p class="mention-head">
                <DateText value={m.published} />{' · '}
                <a href={docHref(m.documentId, 'person', m.start)}>{m.documentTitle || m.filename}</a>
                {m.page > 1 && <span class="muted"> s. {m.page}</span>}
              </p>
              <p class="mention-role">{m.role ?? <span class="muted">ingen roll angiven</span>}{m.party && <> · <Party value={m.party} /></>}
                {m.municipality && <> · <a href={muniHref(m.municipality.name)}>{m.municipality.name}</a></>}</p>
              {m.quote ? <blockquote class="quote">{m.quote}</blockquote> : <blockquote class="sentence">{m.sentence}</blockquote>}
            </li>
          ))}
        </ol>
        <Pager path={c.req.path} query={q.raw} total={p.mentions} limit={q.value.limit} offset={q.value.offset} />
      </Layout>,
    );
  });

  // ------------------------------------------------------------------ commitments
  web.get('/commitments', async (c) => {
    const q = pageQuery(c, CommitmentsQuery);
    if (!q.ok) return badQuery(c, q.error);
    const list = await listCommitments(db(c), q.value);
    const exportQuery = Object.fromEntries(Object.entries(q.raw).filter(([k]) => k !== 'limit' && k !== 'offset'));
    return c.html(
      <Layout title="Åtaganden" path="/commitments" wide>
        <h1>Åtaganden</h1>
        <p class="lede">Vem åtog sig vad, och när – varje rad pekar på meningen i källdokumentet.</p>
        <form class="filter-form" action="/commitments" method="get">
          <div><label for="c-actor">Aktör</label><input id="c-actor" name="actor" value={q.raw.actor ?? ''} /></div>
          <div><label for="c-m">Kommun</label><input id="c-m" name="municipality" value={q.raw.municipality ?? ''} list="municipality-names" /></div>
          <div><label for="c-party">Parti</label><PartySelect id="c-party" value={q.raw.party} /></div>
          <div><label for="c-type">Typ</label>
            <select id="c-type" name="type">
              <option value="">Alla</option>
              {COMMITMENT_TYPES.map((t) => <option value={t} selected={q.raw.type === t}>{typeLabel(t)}</option>)}
            </select></div>
          <div><label for="c-from">Från</label><input id="c-from" name="from" value={q.raw.from ?? ''} placeholder="ÅÅÅÅ-MM-DD" size={10} /></div>
          <div><label for="c-to">Till</label><input id="c-to" name="to" value={q.raw.to ?? ''} placeholder="ÅÅÅÅ-MM-DD" size={10} /></div>
          <div><label for="c-q">Ord</label><input id="c-q" type="search" name="q" value={q.raw.q ?? ''} /></div>
          <div><button type="submit">Visa</button></div>
          <MunicipalityDatalist names={(await allMunicipalities(db(c))).map((m) => m.name)} />
        </form>
        <p class="actions">
          <a class="button" href={withQuery('/api/commitments.csv', exportQuery)} download>Ladda ner CSV</a>{' '}
          <a href={withQuery('/api/commitments.json', exportQuery)}>JSON</a>
        </p>
        {list.items.length === 0 ? <p class="empty">Inga åtaganden{Object.keys(exportQuery).length ? ' med dessa avgränsningar' : ' ännu'}.</p> : (
          <table class="data commitments">
            <thead><tr><th scope="col">När</th><th scope="col">Aktör</th><th scope="col">Typ</th><th scope="col">Vad</th><th scope="col">Belägg</th></tr></thead>
            <tbody>{list.items.map((m) => (
              <tr>
                <td class="nowrap"><DateText value={m.when} />{!m.when && m.published && <div class="sub">publ. {m.published}</div>}</td>
                <td><Actor c={m} /></td>
                <td>{typeLabel(m.type)}</td>
                <td>{m.what}</td>
                <td class="evidence"><q>{m.evidence}</q>
                  <div class="sub"><a href={docHref(m.documentId, 'commitment', m.start)}>{m.documentTitle || m.filename}</a>{m.page > 1 ? `, s. ${m.page}` : ''}</div></td>
              </tr>
            ))}</tbody>
          </table>
        )}
        <Pager path="/commitments" query={q.raw} total={list.total} limit={q.value.limit} offset={q.value.offset} />
      </Layout>,
    );
  });

  // ------------------------------------------------------------------ search
  web.get('/search', async (c) => {
    const given = (c.req.query('q') ?? '').trim();
    if (!given) {
      return c.html(
        <Layout title="Sök" path="/search">
          <h1>Sök i dokumenten</h1>
          <SearchForm q="" />
          <SearchHelp />
        </Layout>,
      );
    }
    const q = pageQuery(c, SearchQuery);
    if (!q.ok) return badQuery(c, q.error);
    const result = await search(db(c), q.value.q, q.value);
    return c.html(
      <Layout title={`Sök: ${q.value.q}`} path="/search" q={q.value.q}>
        <h1>Sök i dokumenten</h1>
        <SearchForm q={q.value.q} />
        <p class="count">{result.total === 0 ? 'Inga träffar.' : result.more
          ? `Fler än ${result.total.toLocaleString('sv-SE')} dokument innehåller ${q.value.q}. De nyaste visas först; gör sökningen snävare för att rangordna träffarna.`
          : `${result.total} dokument innehåller ${q.value.q}.`}</p>
        <ol class="hits">
          {result.items.map((h) => (
            <li>
              <h2><a href={docHref(h.documentId)}>{h.title || h.filename}</a></h2>
              <p class="sub"><DateText value={h.published} /> · {kindLabel(h.kind)}</p>
              {/* The snippet is the document text HTML-escaped, with only our own <mark> tags added. */}
              <p class="snippet">{raw(h.snippet)}</p>
            </li>
          ))}
        </ol>
        <Pager path="/search" query={q.raw} total={result.total} limit={q.value.limit} offset={q.value.offset} />
        {result.total === 0 && <SearchHelp />}
      </Layout>,
    );
  });

  // ------------------------------------------------------------------ upload
  web.get('/upload', (c) => c.html(<UploadPage />));

  web.post('/upload', async (c) => {
    const { archive, config } = c.var;
    const type = c.req.header('content-type') ?? '';
    if (!type.toLowerCase().startsWith('multipart/form-data')) return c.html(<UploadPage error="Formuläret måste skickas som multipart/form-data." />, 400);
    let form: FormData;
    try {
      const body = await readBody(c.req.raw, config.maxBytes + MULTIPART_SLACK);
      form = await new Request('http://upload/', { method: 'POST', headers: { 'content-type': type }, body: body as Uint8Array<ArrayBuffer> }).formData();
    } catch (err) {
      if (err instanceof Problem) return c.html(<UploadPage error={`Filen är för stor (gräns ${formatBytes(config.maxBytes)}).`} />, err.status as 413);
      return c.html(<UploadPage error="Formuläret kunde inte läsas." />, 400);
    }
    const token = form.get('token');
    // An empty configured token (a Worker without its secret) must accept nothing.
    if (typeof token !== 'string' || !token || !config.token || !(await sameSecret(token, config.token))) {
      return c.html(<UploadPage error="Fel eller saknad nyckel (token). Inget sparades." />, 401);
    }
    const file = form.get('file');
    if (!file || typeof file === 'string' || file.size === 0) return c.html(<UploadPage error="Välj en fil att ladda upp." />, 400);
    if (file.size > config.maxBytes) return c.html(<UploadPage error={`Filen är för stor (gräns ${formatBytes(config.maxBytes)}).`} />, 413);
    const url = form.get('source_url');
    const sourceUrl = typeof url === 'string' && /^https?:\/\/\S+$/.test(url.trim()) ? url.trim().slice(0, 2000) : null;
    if (typeof url === 'string' && url.trim() && !sourceUrl) return c.html(<UploadPage error="Källans adress måste börja med http:// eller https://." />, 400);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const defer = !!config.defer && bytes.byteLength >= config.defer.minBytes;
      const { outcome, document } = await archive.upload({ bytes, filename: (file.name || 'document').slice(0, 255), sourceUrl }, { defer });
      if (outcome === 'queued') await config.defer!.enqueue(document.id);
      return c.redirect(`/documents/${document.id}`, 303);
    } catch (err) {
      if (err instanceof Problem) return c.html(<UploadPage error={uploadError(err)} />, err.status as 400);
      throw err;
    }
  });

  return web;
}

function uploadError(p: Problem): string {
  if (p.status === 415) return 'Filformatet stöds inte: ladda upp PDF, DOCX, HTML eller ren text.';
  if (p.status === 400) return 'Filen är tom.';
  return p.detail;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

// ------------------------------------------------------------------ small components

function FacetList(props: { title: string; name: string; items: Facet[]; current: Record<string, string> }) {
  if (!props.items.length) return null;
  const isYear = props.name === 'year';
  return (
    <section class="facet">
      <h2>{props.title}</h2>
      <ul>
        {props.items.map((f) => {
          const change = isYear ? { from: f.value, to: f.value, offset: undefined } : { [props.name]: f.value, offset: undefined };
          const selected = isYear ? props.current.from === f.value && props.current.to === f.value : props.current[props.name] === f.value;
          return (
            <li><a href={withQuery('/', props.current, change)} aria-current={selected ? 'true' : undefined}>
              <span>{f.label}</span> <span class="n">{f.count}</span></a></li>
          );
        })}
      </ul>
    </section>
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

function CommitmentItem(props: { m: MentionView }) {
  const v = props.m.value as { actor?: string; type?: string; what?: string; when?: string | null };
  return (
    <li>
      <p><strong>{v.actor}</strong> · {typeLabel(v.type ?? 'other')}{v.when && <> · <DateText value={v.when} /></>}</p>
      <p>{v.what}</p>
      <p class="sub"><a href={`#commitment-${props.m.start}`}>Till stället i texten</a>{props.m.page > 1 ? `, s. ${props.m.page}` : ''}</p>
      <FoundBy m={props.m} />
    </li>
  );
}

/** Which extractor rule found a record: the answer to "why is this here". */
function FoundBy(props: { m: { rule: string | null; ruleDescription: string | null } }) {
  if (!props.m.rule) return null;
  return <p class="sub found-by">Hittad av <code>{props.m.rule}</code>{props.m.ruleDescription ? `: ${props.m.ruleDescription}` : ''}</p>;
}

function Actor(props: { c: CommitmentView }) {
  const { c } = props;
  if (c.municipality) return <a href={muniHref(c.municipality.name)}>{c.actor}</a>;
  if (c.party) return <Party value={c.party} />;
  return <>{c.actor}</>;
}

/** Previous/next links for one of several paged lists on a page: `${prefix}Offset` in the query. */
function SubPager(props: { path: string; query: Record<string, string>; prefix: string; total: number; limit: number; offset: number }) {
  const { path, query, prefix, total, limit, offset } = props;
  if (total <= limit && offset === 0) return null;
  const at = (o: number) => `${withQuery(path, query, { [`${prefix}Offset`]: o || undefined })}#${prefix}`;
  return (
    <nav class="pager" aria-label="Sidor">
      {offset > 0 ? <a rel="prev" href={at(Math.max(0, offset - limit))}>← Föregående</a> : <span />}
      <span>{Math.min(total, offset + 1)}–{Math.min(total, offset + limit)} av {total}</span>
      {offset + limit < total ? <a rel="next" href={at(offset + limit)}>Nästa →</a> : <span />}
    </nav>
  );
}

function Timeline(props: { items: CommitmentView[] }) {
  return (
    <ol class="timeline">
      {props.items.map((m) => (
        <li>
          <div class="when"><DateText value={m.when ?? m.published} />{!m.when && <div class="sub">publicerat</div>}</div>
          <div class="what">
            <p><strong>{typeLabel(m.type)}</strong>: {m.what}</p>
            <blockquote>{m.evidence}</blockquote>
            <p class="source">Källa: <a href={docHref(m.documentId, 'commitment', m.start)}>{m.documentTitle || m.filename}</a>{m.page > 1 ? `, s. ${m.page}` : ''}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}

function PartySelect(props: { id: string; value?: string }) {
  return (
    <select id={props.id} name="party">
      <option value="">Alla</option>
      {PARTIES.map((p) => <option value={p} selected={props.value === p}>{p}</option>)}
      {props.value && !PARTIES.includes(props.value) && <option value={props.value} selected>{props.value}</option>}
    </select>
  );
}

function MunicipalityDatalist(props: { names: string[] }) {
  return <datalist id="municipality-names">{props.names.map((n) => <option value={n} />)}</datalist>;
}

function SearchForm(props: { q: string }) {
  return (
    <form class="search-form" action="/search" method="get" role="search">
      <label for="search-q" class="visually-hidden">Sökord</label>
      <input id="search-q" type="search" name="q" value={props.q} placeholder="t.ex. klimatkontrakt* eller fossilfri" />
      <button type="submit">Sök</button>
    </form>
  );
}

function SearchHelp() {
  return (
    <div class="help">
      <p>Alla ord måste finnas i dokumentet. Avsluta ett ord med <kbd>*</kbd> för att hitta ord som börjar så:
        <code>klimatkontrakt*</code> hittar ”klimatkontraktet”. Å, ä och ö är egna bokstäver: ”år” hittar inte ”ar”.</p>
    </div>
  );
}

/** Only same-site paths after login: "/x", never "//host" or an absolute URL. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

function LoginPage(props: { next: string; error?: string }) {
  return (
    <Layout title="Logga in" path="/login">
      <h1>Logga in</h1>
      <p class="lede">Arkivet är skyddat: ange läsnyckeln (eller skrivnyckeln) för att läsa det.</p>
      {props.error && <p class="error-box" role="alert">{props.error}</p>}
      <form class="upload-form stack" action="/login" method="post">
        <input type="hidden" name="next" value={props.next} />
        <label for="l-token">Nyckel</label>
        <input id="l-token" type="password" name="token" required autocomplete="current-password" />
        <button type="submit">Logga in</button>
      </form>
    </Layout>
  );
}

function UploadPage(props: { error?: string }) {
  return (
    <Layout title="Ladda upp" path="/upload">
      <h1>Ladda upp ett dokument</h1>
      <p class="lede">PDF, Word (DOCX), HTML eller ren text. Samma fil två gånger blir ett och samma dokument.</p>
      {props.error && <p class="error-box" role="alert">{props.error}</p>}
      <form class="upload-form stack" action="/upload" method="post" enctype="multipart/form-data">
        <label for="u-file">Fil</label>
        <input id="u-file" type="file" name="file" required accept=".pdf,.docx,.html,.htm,.txt,application/pdf,text/plain,text/html" />
        <label for="u-url">Källans adress <span class="muted">(frivillig)</span></label>
        <input id="u-url" type="url" name="source_url" placeholder="https://www.kommun.se/pressmeddelande/…" />
        <label for="u-token">Nyckel (skrivbehörighet)</label>
        <input id="u-token" type="password" name="token" required autocomplete="current-password" />
        <button type="submit">Ladda upp</button>
      </form>
    </Layout>
  );
}

