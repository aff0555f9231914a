// GET and POST /upload: a form to upload one document with the write token.
import type { Context } from 'hono';
import { ArchiveError } from '../errors.js';
import { readBody, sameSecret, type Env } from '../http.js';
import { Problem } from '../problem.js';
import { MULTIPART_SLACK } from '../routes/documents.js';
import { formatBytes, Layout } from './layout.js';

export const uploadForm = (c: Context<Env>) => c.html(<UploadPage />);

export async function upload(c: Context<Env>) {
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
    if (err instanceof ArchiveError) return c.html(<UploadPage error={uploadError(err)} />, err.kind === 'unsupported' ? 415 : 400);
    throw err;
  }
}

function uploadError(p: ArchiveError): string {
  if (p.kind === 'unsupported') return 'Filformatet stöds inte: ladda upp PDF, DOCX, HTML eller ren text.';
  if (p.kind === 'invalid') return 'Filen är tom.';
  return p.message;
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

