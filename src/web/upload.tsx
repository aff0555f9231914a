// GET and POST /upload: a form to upload one or more documents with the write token. The token field comes
// before the files, and the body is read as it streams in (src/multipart.ts): a wrong or missing token ends
// the upload before any file has been read. Once a token has worked it is kept for the browser session (an
// HttpOnly cookie for /upload only), so the next upload needs none.
import type { Context } from 'hono';
import type { UploadOutcome } from '../archive.js';
import { ArchiveError } from '../errors.js';
import { admitUpload, cookie, readMultipartBody, sameSecret, sessionCookie, WRITE_COOKIE, WRITE_COOKIE_PATH, type Env } from '../http.js';
import { Problem } from '../problem.js';
import { MULTIPART_SLACK } from '../routes/documents.js';
import { PoolBusy } from '../work/errors.js';
import { docHref, formatBytes, Layout } from './layout.js';

/** Files one form may carry; together they may be this many times the single-file limit. */
const MAX_FILES = 20;
const FORM_FILES_FACTOR = 4;

const tokenOk = async (c: Context<Env>, given: string | null) =>
  !!given && !!c.var.config.token && (await sameSecret(given, c.var.config.token));

export const uploadForm = async (c: Context<Env>) => c.html(<UploadPage remembered={await tokenOk(c, cookie(c, WRITE_COOKIE))} />);

class TokenRefused extends Error {}

interface Result { filename: string; outcome: UploadOutcome['outcome'] | 'refused'; id?: string; error?: string }

export async function upload(c: Context<Env>) {
  const { archive, config } = c.var;
  const type = c.req.header('content-type') ?? '';
  const remembered = await tokenOk(c, cookie(c, WRITE_COOKIE));
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    return c.html(<UploadPage remembered={remembered} error="Formuläret måste skickas som multipart/form-data." />, 400);
  }
  const limit = config.maxBytes * FORM_FILES_FACTOR + MULTIPART_SLACK;
  let release: () => void;
  try {
    release = admitUpload(c, limit);
  } catch (err) {
    if (!(err instanceof Problem)) throw err;
    c.header('Retry-After', String(err.extra.retryAfter ?? 5));
    return c.html(<UploadPage remembered={remembered} error="Servern tar emot så många stora filer den kan just nu. Försök igen om några sekunder." />, 503);
  }
  try {
    let authorised = remembered;
    let typed: string | null = null;
    let parts;
    try {
      parts = await readMultipartBody(c.req.raw, limit, {
        onField: async (name, value) => {
          if (name !== 'token' || !value.trim()) return;
          if (!(await tokenOk(c, value.trim()))) throw new TokenRefused();
          authorised = true;
          typed = value.trim();
        },
        // The token comes before the files (the form is laid out so); a file without one is not read at all.
        onPartStart: (p) => { if (p.filename !== null && !authorised) throw new TokenRefused(); },
      });
    } catch (err) {
      if (err instanceof TokenRefused) {
        return c.html(<UploadPage remembered={false} error="Fel eller saknad nyckel (token). Inget sparades." />, 401);
      }
      if (err instanceof Problem && err.status === 413) {
        return c.html(<UploadPage remembered={remembered} error={`Filerna är för stora (gräns ${formatBytes(config.maxBytes)} per fil).`} />, 413);
      }
      if (err instanceof Problem) return c.html(<UploadPage remembered={remembered} error="Formuläret kunde inte läsas." />, err.status as 400);
      throw err;
    }
    if (!authorised) return c.html(<UploadPage remembered={false} error="Fel eller saknad nyckel (token). Inget sparades." />, 401);
    if (typed) c.header('Set-Cookie', sessionCookie(c, WRITE_COOKIE, typed, WRITE_COOKIE_PATH));
    const files = parts.filter((p) => p.name === 'file' && p.filename !== null && p.data.byteLength > 0);
    if (!files.length) return c.html(<UploadPage remembered error="Välj minst en fil att ladda upp." />, 400);
    if (files.length > MAX_FILES) return c.html(<UploadPage remembered error={`Högst ${MAX_FILES} filer åt gången.`} />, 400);
    const url = parts.find((p) => p.name === 'source_url' && p.filename === null);
    const given = url ? new TextDecoder().decode(url.data).trim() : '';
    const sourceUrl = /^https?:\/\/[^\s/]+\S*$/i.test(given) ? given.slice(0, 2000) : null;
    if (given && !sourceUrl) return c.html(<UploadPage remembered error="Källans adress måste börja med http:// eller https://." />, 400);

    const results: Result[] = [];
    for (const f of files) {
      const filename = (f.filename || 'document').slice(0, 255);
      if (f.data.byteLength > config.maxBytes) {
        results.push({ filename, outcome: 'refused', error: `större än gränsen ${formatBytes(config.maxBytes)}` });
        continue;
      }
      try {
        const defer = !!config.defer && f.data.byteLength >= config.defer.minBytes;
        const out = await archive.upload({ bytes: f.data, filename, sourceUrl }, { defer });
        if (out.outcome === 'queued') await config.defer!.enqueue(out.document.id);
        // The same file again with a new source: the archive took the new address; say so (as the API's `changed`).
        const note = out.outcome === 'existing' && out.changed.sourceUrl ? `källans adress är nu ${out.changed.sourceUrl.to}` : undefined;
        results.push({ filename, outcome: out.outcome, id: out.document.id, error: out.document.error ?? note });
      } catch (err) {
        if (err instanceof ArchiveError) results.push({ filename, outcome: 'refused', error: uploadError(err) });
        else if (err instanceof PoolBusy) results.push({ filename, outcome: 'refused', error: 'servern är upptagen, försök igen om en stund' });
        else throw err;
      }
    }
    // One new document: straight to it. Anything else: say what happened to each file.
    const only = results.length === 1 ? results[0]! : null;
    if (only && (only.outcome === 'created' || only.outcome === 'queued')) return c.redirect(docHref(only.id!), 303);
    const status = results.some((r) => r.outcome !== 'refused') ? 200 : only?.error?.includes('stöds inte') ? 415 : 400;
    return c.html(<UploadPage remembered results={results} />, status);
  } finally {
    release();
  }
}

function uploadError(p: ArchiveError): string {
  if (p.kind === 'unsupported') return 'filformatet stöds inte: ladda upp PDF, DOCX, HTML eller ren text';
  if (p.kind === 'invalid') return 'filen är tom';
  return p.message;
}

const OUTCOME: Record<Result['outcome'], string> = {
  created: 'Sparad', queued: 'Sparad, bearbetas', existing: 'Finns redan i arkivet', rendition: 'Samma text finns redan: sparad som en till fil av dokumentet',
  failed: 'Sparad men kunde inte läsas', refused: 'Inte sparad',
};

function UploadPage(props: { error?: string; remembered?: boolean; results?: Result[] }) {
  return (
    <Layout title="Ladda upp" path="/upload">
      <h1>Ladda upp dokument</h1>
      <p class="lede">PDF, Word (DOCX), HTML eller ren text, en eller flera filer. Samma fil två gånger blir ett och samma dokument,
        och samma text i ett annat format blir en till fil av det dokumentet.</p>
      {props.error && <p class="error-box" role="alert">{props.error}</p>}
      {props.results && (
        <table class="data upload-results">
          <thead><tr><th scope="col">Fil</th><th scope="col">Resultat</th></tr></thead>
          <tbody>
            {props.results.map((r) => (
              <tr>
                <td>{r.filename}</td>
                <td>{r.id ? <a href={docHref(r.id)}>{OUTCOME[r.outcome]}</a> : OUTCOME[r.outcome]}{r.error ? `: ${r.error}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="upload-form stack" action="/upload" method="post" enctype="multipart/form-data">
        {props.remembered
          ? <p class="muted">Nyckeln är sparad för den här webbläsarsessionen (<a href="/logout">logga ut</a> för att glömma den).</p>
          : <>
              <label for="u-token">Nyckel (skrivbehörighet)</label>
              <input id="u-token" type="password" name="token" required autocomplete="current-password" />
            </>}
        <label for="u-url">Källans adress <span class="muted">(frivillig, gäller alla filerna)</span></label>
        <input id="u-url" type="url" name="source_url" placeholder="https://www.kommun.se/pressmeddelande/…" />
        <label for="u-file">Filer</label>
        <input id="u-file" type="file" name="file" multiple required accept=".pdf,.docx,.html,.htm,.txt,application/pdf,text/plain,text/html" />
        <button type="submit">Ladda upp</button>
      </form>
    </Layout>
  );
}
