// POST /records/:id/review, /records/:id/split, /documents/:id/records, /people/:id/merge: the review forms'
// actions. Each needs a reviewer's login session and its CSRF token, stores through the same service as the
// API (src/reviews.ts), and answers with a redirect back (303) or a page saying what went wrong.
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { validCsrf } from '../auth.js';
import { mentions } from '../db/schema.js';
import { ArchiveError } from '../errors.js';
import { readForm, type Env } from '../http.js';
import { RECORD_ID, Reviews } from '../reviews.js';
import { ErrorPage, Layout } from './layout.js';
import { formValue, reviewSession, type Session } from './review-forms.js';

type Form = Record<string, string>;

/** Same-site paths only. */
const back = (next: unknown, fallback: string) =>
  typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;

async function guard(c: Context<Env>): Promise<{ s: Session; form: Form } | Response> {
  const form: Form = Object.fromEntries(await readForm(c.req.raw).catch(() => new URLSearchParams()));
  const s = await reviewSession(c);
  if (!s) {
    return c.html(<ErrorPage status={403} title="Inloggning krävs" detail="Att granska kräver en granskarnyckel: logga in på /login med din nyckel." path={c.req.path} />, 403);
  }
  if (!(await validCsrf(c, form.csrf))) {
    return c.html(<ErrorPage status={403} title="Formuläret har gått ut" detail="Formulärets kontrollkod stämmer inte (CSRF). Ladda om sidan och försök igen." path={c.req.path} />, 403);
  }
  return { s, form };
}

const STATUS = { invalid: 400, not_found: 404, conflict: 409, unsupported: 415, unreadable: 422 } as const;

function failure(c: Context<Env>, err: unknown, next: string) {
  if (!(err instanceof ArchiveError)) throw err;
  const title = err.kind === 'conflict' && err.title === 'Stale edit' ? 'Någon hann före' : err.kind === 'invalid' ? 'Ogiltigt värde' : err.kind === 'not_found' ? 'Hittades inte' : 'Kunde inte sparas';
  const current = err.details.current as { by?: string; value?: unknown } | undefined;
  return c.html(
    <Layout title={title} path={c.req.path}>
      <div class="error-box" role="alert">
        <h1>{title}</h1>
        <p>{err.message}</p>
        {current && <>
          <p>Nu gäller ({current.by ?? 'maskinen'}):</p><pre class="value">{JSON.stringify(current.value, null, 2)}</pre>
          <p>Ditt förslag:</p><pre class="value">{JSON.stringify((err.details.yours as { value?: unknown })?.value ?? null, null, 2)}</pre>
        </>}
        <p><a href={next}>Tillbaka</a></p>
      </div>
    </Layout>,
    STATUS[err.kind],
  );
}

export async function reviewAction(c: Context<Env, '/records/:id/review'>) {
  const g = await guard(c);
  if (g instanceof Response) return g;
  const { s, form } = g;
  const id = c.req.param('id');
  const next = back(form.next, `/records/${id}`);
  if (!RECORD_ID.test(id)) return c.html(<ErrorPage status={404} title="Hittades inte" detail={`Ingen uppgift ${id}.`} />, 404);
  const action = form.action;
  if (action !== 'confirm' && action !== 'reject' && action !== 'correct') {
    return c.html(<ErrorPage status={400} title="Ogiltig åtgärd" detail="Välj bekräfta, rätta eller avvisa." />, 400);
  }
  const reviews = new Reviews(c.var.archive);
  try {
    const base = typeof form.base === 'string' && /^\d+$/.test(form.base) ? Number(form.base) : null;
    let value: Record<string, unknown> | undefined;
    if (action === 'correct') {
      const [row] = await c.var.archive.storage.db.db.select({ kind: mentions.kind }).from(mentions).where(eq(mentions.recordId, id)).limit(1);
      value = formValue(form, row?.kind ?? '', 'v_');
    }
    await reviews.review(s.who, id, { action, value, comment: typeof form.comment === 'string' ? form.comment : null, base });
  } catch (err) {
    return failure(c, err, next);
  }
  return c.redirect(next, 303);
}

export async function splitAction(c: Context<Env, '/records/:id/split'>) {
  const g = await guard(c);
  if (g instanceof Response) return g;
  const id = c.req.param('id');
  const next = back(g.form.next, `/records/${id}`);
  try {
    await new Reviews(c.var.archive).split(g.s.who, id, typeof g.form.comment === 'string' ? g.form.comment : null);
  } catch (err) {
    return failure(c, err, next);
  }
  return c.redirect(next, 303);
}

export async function addAction(c: Context<Env, '/documents/:id/records'>) {
  const g = await guard(c);
  if (g instanceof Response) return g;
  const { s, form } = g;
  const id = c.req.param('id');
  const next = back(form.next, `/documents/${id}`);
  const kind = typeof form.kind === 'string' ? form.kind : '';
  const num = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN);
  try {
    await new Reviews(c.var.archive).add(s.who, id, { kind, start: num(form.start), end: num(form.end), value: formValue(form, kind, `a_${kind}_`),
      comment: typeof form.comment === 'string' ? form.comment : null });
  } catch (err) {
    return failure(c, err, next);
  }
  return c.redirect(next, 303);
}

export async function mergeAction(c: Context<Env, '/people/:id/merge'>) {
  const g = await guard(c);
  if (g instanceof Response) return g;
  const { s, form } = g;
  const into = typeof form.into === 'string' ? form.into.trim() : '';
  const next = back(form.next, `/people/${encodeURIComponent(into || c.req.param('id'))}`);
  try {
    await new Reviews(c.var.archive).merge(s.who, c.req.param('id'), into, typeof form.comment === 'string' ? form.comment : null);
  } catch (err) {
    return failure(c, err, next);
  }
  return c.redirect(`/people/${encodeURIComponent(into)}`, 303);
}
