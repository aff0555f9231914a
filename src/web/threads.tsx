// GET /threads: the threads of commitments (one actor, one object, across documents), latest first.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { allMunicipalities } from '../queries.js';
import { MunicipalityRef, Pagination, Party } from '../schemas.js';
import { listThreads } from '../threads.js';
import { STRENGTH_LABELS } from './commitments.js';
import { DateText, Layout, MunicipalityDatalist, Pager, PartySelect, threadHref, typeLabel } from './layout.js';
import { badQuery, db, pageQuery } from './page.js';

export const ThreadsQuery = z.object({ ...Pagination, municipality: MunicipalityRef.optional(), party: Party.optional(),
  object: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'an object key such as klimatkommunerna').optional() });

export async function threadsPage(c: Context<Env>) {
  const q = pageQuery(c, ThreadsQuery);
  if (!q.ok) return badQuery(c, q.error);
  const list = await listThreads(db(c), q.value);
  return c.html(
    <Layout title="Trådar" path="/threads" wide>
      <h1>Trådar</h1>
      <p class="lede">Samma aktörs åtaganden om samma sak, genom flera dokument: förslag, svar eller beslut, undertecknande, revidering.</p>
      <form class="filter-form" action="/threads" method="get">
        <div><label for="t-m">Kommun</label><input id="t-m" name="municipality" value={q.raw.municipality ?? ''} list="municipality-names" /></div>
        <div><label for="t-party">Parti</label><PartySelect id="t-party" value={q.raw.party} /></div>
        <div><label for="t-object">Gäller</label><input id="t-object" name="object" value={q.raw.object ?? ''} placeholder="t.ex. klimatkommunerna" /></div>
        <div><button type="submit">Visa</button></div>
        <MunicipalityDatalist names={(await allMunicipalities(db(c))).map((m) => m.name)} />
      </form>
      {list.items.length === 0 ? <p class="empty">Inga trådar ännu: en tråd uppstår där åtaganden anger vad de gäller.</p> : (
        <table class="data threads">
          <thead><tr><th scope="col">Aktör</th><th scope="col">Gäller</th><th scope="col" class="num">Steg</th><th scope="col">Först</th><th scope="col">Senast</th><th scope="col">Senaste steget</th></tr></thead>
          <tbody>{list.items.map((t) => (
            <tr>
              <td><a href={threadHref(t.id)}>{t.municipality?.name ?? t.party ?? t.actor}</a></td>
              <td>{t.object}</td><td class="num">{t.steps}</td>
              <td><DateText value={t.first} /></td><td><DateText value={t.last} /></td>
              <td>{typeLabel(t.latest.type)}{t.latest.strength && ` · ${STRENGTH_LABELS[t.latest.strength] ?? t.latest.strength}`} <a href={`/records/${t.latest.recordId}`}>belägg</a></td>
            </tr>
          ))}</tbody>
        </table>
      )}
      <Pager path="/threads" query={q.raw} total={list.total} limit={q.value.limit} offset={q.value.offset} />
    </Layout>,
  );
}
