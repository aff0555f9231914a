// GET /people/:id: one person and every mention of them, with its sentence or quote.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { getPerson } from '../queries.js';
import { PersonQuery } from '../schemas.js';
import { DateText, Layout, Pager, Party, docHref, muniHref } from './layout.js';
import { badQuery, db, notFoundPage, pageQuery } from './page.js';

export async function personPage(c: Context<Env, '/people/:id'>) {
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
}
