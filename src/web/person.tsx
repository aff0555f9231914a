// GET /people/:id: one person and every mention of them, with its sentence or quote.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { getPerson, listPeople } from '../queries.js';
import { PersonQuery } from '../schemas.js';
import { DateText, Layout, Pager, Party, docHref, muniHref } from './layout.js';
import { badQuery, db, notFoundPage, pageQuery } from './page.js';
import { reviewSession } from './review-forms.js';

export async function personPage(c: Context<Env, '/people/:id'>) {
  const q = pageQuery(c, PersonQuery);
  if (!q.ok) return badQuery(c, q.error);
  const p = await getPerson(db(c), c.req.param('id'), q.value);
  if (!p) return notFoundPage(c, `Det finns ingen person med id ${c.req.param('id')}.`);
  if (p.id !== c.req.param('id')) return c.redirect(`/people/${encodeURIComponent(p.id)}`, 301);
  const s = await reviewSession(c);
  // Others of the same name: the likely duplicates to merge.
  const namesakes = s ? (await listPeople(db(c), { q: p.name, limit: 20, offset: 0 })).items.filter((x) => x.id !== p.id) : [];
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
      {s && (
        <section class="merge">
          <h2>Slå ihop</h2>
          <p class="sub">Är {p.name} samma person som en annan post? Sammanslagningen flyttar alla omnämnanden och gäller även efter ny bearbetning.</p>
          <form method="post" action={`/people/${encodeURIComponent(p.id)}/merge`} class="inline-form merge-form">
            <input type="hidden" name="csrf" value={s.csrf} />
            <label for="merge-into">Slå ihop med</label>
            <select id="merge-into" name="into" required>
              <option value="">Välj person…</option>
              {namesakes.map((x) => <option value={x.id}>{x.name}{x.party ? ` (${x.party})` : ''}{x.municipality ? `, ${x.municipality.name}` : ''} – {x.mentions} omnämnanden</option>)}
            </select>
            <label for="merge-comment">Kommentar</label><input id="merge-comment" name="comment" />
            <button type="submit">Slå ihop</button>
          </form>
        </section>
      )}
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
