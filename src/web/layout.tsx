// The page frame and small shared pieces of the archivists' web pages (server-rendered, no script).
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { KIND_LABELS, TYPE_LABELS } from '../queries.js';

const PARTIES = ['S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP'];

const NAV: [string, string][] = [
  ['/', 'Dokument'], ['/search', 'Sök'], ['/municipalities', 'Kommuner'], ['/people', 'Personer'],
  ['/commitments', 'Åtaganden'], ['/threads', 'Trådar'], ['/compare', 'Jämför'], ['/review', 'Granska'], ['/upload', 'Ladda upp'], ['/api/docs', 'API'],
];

export function Layout(props: { title: string; path?: string; q?: string; wide?: boolean; refresh?: number; children?: Child }) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="sv">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · Kommunarkiv`}</title>
          {props.refresh ? <meta http-equiv="refresh" content={String(props.refresh)} /> : null}
          <link rel="stylesheet" href="/static/style.css" />
        </head>
        <body>
          <header class="site">
            <div class="site-inner">
              <a class="brand" href="/">Kommunarkiv</a>
              <nav aria-label="Huvudmeny">
                <ul>
                  {NAV.map(([href, label]) => (
                    <li><a href={href} aria-current={isCurrent(props.path, href) ? 'page' : undefined}>{label}</a></li>
                  ))}
                </ul>
              </nav>
              <form class="site-search" action="/search" method="get" role="search">
                <label class="visually-hidden" for="site-q">Sök i dokumenten</label>
                <input id="site-q" type="search" name="q" value={props.q ?? ''} placeholder="Sök i texterna…" />
                <button type="submit">Sök</button>
              </form>
            </div>
          </header>
          <main class={props.wide ? 'wide' : undefined}>{props.children}</main>
          <footer class="site">
            Kommunarkiv – pressmeddelanden och motioner från Sveriges kommuner: vem åtog sig vad, och när.
            Varje uppgift pekar på en textställe i källdokumentet. <a href="/logout">Logga ut</a>
          </footer>
        </body>
      </html>
    </>
  );
}

function isCurrent(path: string | undefined, href: string): boolean {
  if (!path) return false;
  return href === '/' ? path === '/' || path.startsWith('/documents') : path.startsWith(href);
}

export const kindLabel = (k: string | null | undefined) => (k ? KIND_LABELS[k] ?? k : '–');
export const typeLabel = (t: string) => TYPE_LABELS[t] ?? t;
export const muniHref = (name: string) => `/municipalities/${encodeURIComponent(name)}`;
/** A document page, optionally scrolled to a span: docHref(id, 'commitment', 120). */
export const docHref = (id: string, kind?: string, start?: number) => `/documents/${id}${kind && start !== undefined ? `#${kind}-${start}` : ''}`;

/** A thread's page: /threads/0360%3Aklimatkommunerna. */
export const threadHref = (id: string) => `/threads/${encodeURIComponent(id)}`;

/** A date as the archive has it (ISO, possibly partial), or a dash. */
export function DateText(props: { value: string | null | undefined }) {
  if (!props.value) return <span class="muted">–</span>;
  return /^\d{4}(-\d{2}){0,2}$/.test(props.value) ? <time datetime={props.value}>{props.value}</time> : <span>{props.value}</span>;
}

export function Party(props: { value: string | null | undefined }) {
  return props.value ? <abbr class="party" data-party={props.value} title={`Parti: ${props.value}`}>{props.value}</abbr> : <span class="muted">–</span>;
}

/** A query string from the current filters with some replaced (undefined/empty removes a key). */
export function withQuery(path: string, current: Record<string, unknown>, change: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...change })) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (k === 'limit' && Number(v) === 50) continue;
    if (k === 'offset' && Number(v) === 0) continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Previous/next links of a listing; `more`: more than `total` match (a total counted from the rows stops there). */
export function Pager(props: { path: string; query: Record<string, unknown>; total: number; limit: number; offset: number; more?: boolean }) {
  const { total, limit, offset, more } = props;
  if (!more && total <= limit && offset === 0) return <p class="count">{total} st.</p>;
  const prev = Math.max(0, offset - limit);
  return (
    <nav class="pager" aria-label="Sidor">
      {offset > 0 ? <a rel="prev" href={withQuery(props.path, props.query, { offset: prev })}>← Föregående</a> : <span />}
      <span>{offset + 1}–{more ? offset + limit : Math.min(total, offset + limit)} av {more ? `fler än ${total.toLocaleString('sv-SE')}` : total}</span>
      {more || offset + limit < total ? <a rel="next" href={withQuery(props.path, props.query, { offset: offset + limit })}>Nästa →</a> : <span />}
    </nav>
  );
}

export function ErrorPage(props: { status: number; title: string; detail: string; path?: string }) {
  return (
    <Layout title={props.title} path={props.path}>
      <div class="error-box" role="alert">
        <h1>{props.title}</h1>
        <p>{props.detail}</p>
        <p><a href="/">Till startsidan</a></p>
      </div>
    </Layout>
  );
}

/** Previous/next links for one of several paged lists on a page: `${prefix}Offset` in the query. */
export function SubPager(props: { path: string; query: Record<string, string>; prefix: string; total: number; limit: number; offset: number }) {
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

/** Which extractor rule found a record: the answer to "why is this here". */
export function FoundBy(props: { m: { rule: string | null; ruleDescription: string | null } }) {
  if (!props.m.rule) return null;
  return <p class="sub found-by">Hittad av <code>{props.m.rule}</code>{props.m.ruleDescription ? `: ${props.m.ruleDescription}` : ''}</p>;
}

export function PartySelect(props: { id: string; value?: string }) {
  return (
    <select id={props.id} name="party">
      <option value="">Alla</option>
      {PARTIES.map((p) => <option value={p} selected={props.value === p}>{p}</option>)}
      {props.value && !PARTIES.includes(props.value) && <option value={props.value} selected>{props.value}</option>}
    </select>
  );
}

export function MunicipalityDatalist(props: { names: string[] }) {
  return <datalist id="municipality-names">{props.names.map((n) => <option value={n} />)}</datalist>;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} kB`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
