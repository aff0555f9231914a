// GET /review: the review queue. What needs a person: orphaned reviews first, then the records of documents no
// one has reviewed, newest first; filterable by kind, municipality and document. Each item has its evidence
// sentence, one-click confirm and reject, and an edit form (review.js adds keyboard shortcuts: j/k, c, r, e).
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Env } from '../http.js';
import { allMunicipalities } from '../queries.js';
import { reviewQueue, type QueueItem } from '../records.js';
import { REVIEWABLE_KINDS } from '../reviews.js';
import { Pagination } from '../schemas.js';
import { docHref, Layout, MunicipalityDatalist, Pager, withQuery } from './layout.js';
import { badQuery, db, pageQuery } from './page.js';
import { KIND_LABELS, ReviewForms, reviewSession, type Session } from './review-forms.js';

export const QueueQuery = z.object({
  ...Pagination, kind: z.enum(REVIEWABLE_KINDS).optional(), municipality: z.string().min(1).max(100).optional(),
  document: z.string().regex(/^[0-9a-f]{16}$/).optional(),
});

const show = (v: unknown) => Object.entries((v ?? {}) as Record<string, unknown>).filter(([k, x]) => x != null && k !== 'code').map(([k, x]) => `${k}: ${String(x)}`).join(' · ');

function Item(props: { item: QueueItem; s: Session | null; next: string }) {
  const { item, s } = props;
  return (
    <li class={`queue-item${item.orphaned ? ' orphaned' : ''}`} tabindex={0}>
      <p class="mention-head"><span class="tag">{KIND_LABELS[item.kind] ?? item.kind}</span> <a href={`/records/${item.recordId}`}>{item.text || '–'}</a>
        {' · '}<a href={docHref(item.documentId, item.kind, item.start ?? undefined)}>{item.documentTitle || item.filename}</a>
        {item.orphaned && <span class="status status-failed">{item.reason}</span>}</p>
      <p class="sub">{show(item.value)}</p>
      <blockquote class="sentence">{item.sentence}</blockquote>
      {s && <ReviewForms s={s} id={item.recordId} kind={item.kind} value={item.value} latest={item.latest} next={props.next} orphaned={item.orphaned} />}
    </li>
  );
}

export async function reviewPage(c: Context<Env>) {
  const q = pageQuery(c, QueueQuery);
  if (!q.ok) return badQuery(c, q.error);
  const [queue, s, names] = await Promise.all([reviewQueue(db(c), q.value), reviewSession(c), allMunicipalities(db(c))]);
  const here = withQuery('/review', q.raw);
  return c.html(
    <Layout title="Granska" path="/review" wide>
      <h1>Granska</h1>
      <p class="lede">Det som behöver en människa: uppgifter som tappat fästet i texten, och uppgifter ur dokument som ingen granskat ännu.</p>
      {!s && <p class="notice">Logga in med en granskarnyckel på <a href={`/login?next=${encodeURIComponent(here)}`}>/login</a> för att granska.</p>}
      <form class="filter-form" action="/review" method="get">
        <div><label for="r-kind">Slag</label><select id="r-kind" name="kind"><option value="">Alla</option>
          {REVIEWABLE_KINDS.map((k) => <option value={k} selected={q.raw.kind === k}>{KIND_LABELS[k]}</option>)}</select></div>
        <div><label for="r-m">Kommun</label><input id="r-m" name="municipality" value={q.raw.municipality ?? ''} list="municipality-names" /></div>
        <div><label for="r-d">Dokument-id</label><input id="r-d" name="document" value={q.raw.document ?? ''} size={16} /></div>
        <div><button type="submit">Visa</button></div>
        <MunicipalityDatalist names={names.map((m) => m.name)} />
      </form>
      {s && <p class="sub keys">Tangenter: <kbd>j</kbd>/<kbd>k</kbd> nästa/föregående, <kbd>c</kbd> bekräfta, <kbd>r</kbd> avvisa, <kbd>e</kbd> rätta.</p>}
      <section id="orphans">
        <h2>Tappat fästet ({queue.orphans.length})</h2>
        {queue.orphans.length ? <ol class="queue">{queue.orphans.map((i) => <Item item={i} s={s} next={here} />)}</ol>
          : <p class="muted">Inga granskningar har tappat fästet.</p>}
      </section>
      <section id="unreviewed">
        <h2>Ogranskade dokument ({queue.total} uppgifter)</h2>
        {queue.items.length ? <ol class="queue">{queue.items.map((i) => <Item item={i} s={s} next={here} />)}</ol>
          : <p class="empty">Inget att granska.</p>}
        <Pager path="/review" query={q.raw} total={queue.total} limit={q.value.limit} offset={q.value.offset} />
      </section>
      <script src="/static/review.js" defer></script>
    </Layout>,
  );
}
