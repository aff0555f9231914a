// GET /commitments: who committed to what and when, filtered, with CSV and JSON downloads.
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { allMunicipalities, COMMITMENT_TYPES, type CommitmentView, listCommitments } from '../queries.js';
import { CommitmentsQuery } from '../schemas.js';
import { DateText, Layout, MunicipalityDatalist, Pager, Party, PartySelect, docHref, muniHref, threadHref, typeLabel, withQuery } from './layout.js';
import { ReviewBadge } from './review-forms.js';
import { badQuery, db, pageQuery } from './page.js';

export async function commitmentsPage(c: Context<Env>) {
  const q = pageQuery(c, CommitmentsQuery);
  if (!q.ok) return badQuery(c, q.error);
  const list = await listCommitments(db(c), q.value);
  const exportQuery = Object.fromEntries(Object.entries(q.raw).filter(([k]) => k !== 'limit' && k !== 'offset'));
  return c.html(
    <Layout title="Åtaganden" path="/commitments" wide>
      <h1>Åtaganden</h1>
      <p class="lede">Vem åtog sig vad, och när – varje rad pekar på meningen i källdokumentet.
        {q.value.as_of && <> Visar vad arkivet visste den <DateText value={q.value.as_of} />: av varje tråd bara det senaste steget.</>}</p>
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
        <div><label for="c-strength">Fasthet</label>
          <select id="c-strength" name="strength">
            <option value="">Alla</option>
            {Object.entries(STRENGTH_LABELS).map(([k, l]) => <option value={k} selected={q.raw.strength === k}>{l}</option>)}
          </select></div>
        <div><label for="c-object">Gäller</label><input id="c-object" name="object" value={q.raw.object ?? ''} placeholder="t.ex. klimatkontrakt-2030" /></div>
        <div><label for="c-asof">Som arkivet visste den</label><input id="c-asof" name="as_of" value={q.raw.as_of ?? ''} placeholder="ÅÅÅÅ-MM-DD" size={10} /></div>
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
              <td>{m.what}<Attributes c={m} /></td>
              <td class="evidence"><q>{m.evidence}</q>
                <div class="sub"><a href={docHref(m.documentId, 'commitment', m.start)}>{m.documentTitle || m.filename}</a>{m.page > 1 ? `, s. ${m.page}` : ''}
                  {m.thread && <> · <a href={threadHref(m.thread)}>Tråden</a></>} · <a href={`/records/${m.id}`}>Post</a> <ReviewBadge review={m.review} /></div></td>
            </tr>
          ))}</tbody>
        </table>
      )}
      <Pager path="/commitments" query={q.raw} total={list.total} more={list.more} limit={q.value.limit} offset={q.value.offset} />
    </Layout>,
  );
}

export const STRENGTH_LABELS: Record<string, string> = {
  proposed: 'Föreslaget', stated: 'Uttalat', answered: 'Besvarat', decided: 'Beslutat', signed: 'Undertecknat',
};

/** Strength, object and numbers of a commitment, where the text states them. */
export function Attributes(props: { c: CommitmentView }) {
  const { c } = props;
  const parts = [
    c.strength && STRENGTH_LABELS[c.strength], c.object,
    c.reductionPercent != null && `−${c.reductionPercent} %${c.baselineYear ? ` mot ${c.baselineYear}` : ''}`,
    c.targetYear != null && `mål ${c.targetYear}`, c.scope && (c.scope === 'area' ? 'hela kommunen' : 'kommunens organisation'),
  ].filter(Boolean);
  return parts.length ? <div class="sub attrs">{parts.join(' · ')}</div> : null;
}

function Actor(props: { c: CommitmentView }) {
  const { c } = props;
  if (c.municipality) return <a href={muniHref(c.municipality.name)}>{c.actor}</a>;
  if (c.party) return <Party value={c.party} />;
  return <>{c.actor}</>;
}

