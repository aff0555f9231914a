// multipart/form-data read as it streams in, into one buffer: each part is a view into that buffer (no copy
// of the file), and a part's headers and its small fields are handed to the caller as soon as they have
// arrived — so a form's token can be checked before its file has been read, and a wrong one ends the upload
// at once. The total is bounded while streaming, like readBody.

export interface Part {
  name: string;
  /** Set for file parts (possibly empty: a file input with no file chosen). */
  filename: string | null;
  contentType: string | null;
  data: Uint8Array;
}

export interface MultipartOptions {
  /** Largest body accepted; past it `tooLarge()` is thrown while streaming. */
  max: number;
  tooLarge: () => Error;
  /** A wait of more than this for the next chunk ends the read (`stalled()` is thrown). */
  idleMs?: number;
  stalled?: () => Error;
  /** Called when a part's headers have arrived, before its content (throw to stop reading). */
  onPartStart?(part: { name: string; filename: string | null }): void | Promise<void>;
  /** Called for each non-file field as soon as it is complete (throw to stop reading). */
  onField?(name: string, value: string): void | Promise<void>;
}

export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MultipartError';
  }
}

/** The boundary of a multipart/form-data content type, or null. */
export function boundaryOf(contentType: string): string | null {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2])! : null;
}

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8');
type NodeBufferLike = { from(a: ArrayBufferLike, o: number, l: number): { indexOf(n: Uint8Array, from: number): number } };
const NodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;

/** Position of `needle` in `hay[from, to)`, or -1 (Node's native search where there is one). */
function indexOf(hay: Uint8Array, to: number, needle: Uint8Array, from: number): number {
  if (from < 0) from = 0;
  if (NodeBuffer) {
    const i = NodeBuffer.from(hay.buffer, hay.byteOffset, to).indexOf(needle, from);
    return i;
  }
  const first = needle[0]!;
  outer: for (let i = from; i <= to - needle.length; i++) {
    if (hay[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function partHeaders(raw: string): { name: string; filename: string | null; contentType: string | null } {
  let name: string | null = null;
  let filename: string | null = null;
  let contentType: string | null = null;
  for (const line of raw.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-disposition') {
      if (!/^form-data\b/i.test(value)) throw new MultipartError('a part is not form-data');
      name = /;\s*name="([^"]*)"/i.exec(value)?.[1] ?? /;\s*name=([^;\s]+)/i.exec(value)?.[1] ?? null;
      const star = /;\s*filename\*=UTF-8''([^;\s]+)/i.exec(value)?.[1];
      const plain = /;\s*filename="([^"]*)"/i.exec(value)?.[1] ?? /;\s*filename=([^;\s]+)/i.exec(value)?.[1];
      if (star !== undefined) {
        try {
          filename = decodeURIComponent(star);
        } catch {
          filename = star;
        }
      } else if (plain !== undefined) {
        filename = plain.replace(/%22/g, '"');
      }
    } else if (key === 'content-type') {
      contentType = value;
    }
  }
  if (name === null) throw new MultipartError('a part has no name');
  return { name, filename, contentType };
}

/** Read and split a multipart/form-data body. Throws MultipartError when it is not well-formed. */
export async function readMultipart(req: Request, boundary: string, opts: MultipartOptions): Promise<Part[]> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > opts.max) throw opts.tooLarge();
  const dash = encoder.encode(`--${boundary}`);
  const delimiter = encoder.encode(`\r\n--${boundary}`);
  const crlf2 = encoder.encode('\r\n\r\n');
  let buf = new Uint8Array(Number.isFinite(declared) && declared > 0 ? declared : Math.min(opts.max, 64 * 1024));
  let size = 0;
  const parts: Part[] = [];
  // Parser state: where the next part's headers begin (after a delimiter line), or its content.
  let at = -1; // start of the current part's headers; -1 before the first delimiter
  let content = -1; // start of the current part's content once its headers are read
  let current: { name: string; filename: string | null; contentType: string | null } | null = null;
  let searched = 0; // the current part's content holds no delimiter before this offset
  let done = false;

  const advance = async () => {
    for (;;) {
      if (done) return;
      if (at < 0) {
        // The body starts with the first delimiter (a preamble before it is allowed and skipped).
        const i = indexOf(buf, size, dash, 0);
        if (i < 0) return;
        const lineEnd = indexOf(buf, size, encoder.encode('\r\n'), i + dash.length);
        if (lineEnd < 0) return;
        at = lineEnd + 2;
        continue;
      }
      if (content < 0) {
        const end = indexOf(buf, size, crlf2, at);
        if (end < 0) {
          if (size - at > 16 * 1024) throw new MultipartError('part headers longer than 16 KiB');
          return;
        }
        current = partHeaders(utf8.decode(buf.subarray(at, end)));
        content = end + 4;
        searched = content;
        await opts.onPartStart?.({ name: current.name, filename: current.filename });
        continue;
      }
      const end = indexOf(buf, size, delimiter, searched);
      if (end < 0) {
        searched = Math.max(content, size - delimiter.length + 1);
        return;
      }
      // After the delimiter: "--" (the last part) or CRLF (another part follows).
      if (size < end + delimiter.length + 2) return;
      const data = buf.subarray(content, end);
      const part = { ...current!, data };
      parts.push(part);
      if (part.filename === null) await opts.onField?.(part.name, utf8.decode(data));
      const after = end + delimiter.length;
      if (buf[after] === 0x2d && buf[after + 1] === 0x2d) {
        done = true;
        return;
      }
      const lineEnd = indexOf(buf, size, encoder.encode('\r\n'), after);
      if (lineEnd < 0) return;
      at = lineEnd + 2;
      content = -1;
      current = null;
    }
  };

  if (!req.body) throw new MultipartError('the form is empty');
  const reader = req.body.getReader();
  try {
    for (;;) {
      const { done: end, value } = await readChunk(reader, opts.idleMs, opts.stalled);
      if (end) break;
      if (size + value.byteLength > opts.max) throw opts.tooLarge();
      if (size + value.byteLength > buf.length) {
        const grown = new Uint8Array(Math.min(opts.max, Math.max(size + value.byteLength, buf.length * 2)));
        grown.set(buf.subarray(0, size));
        buf = grown;
      }
      // Parts already cut keep pointing into the old buffer, which is never written again.
      buf.set(value, size);
      size += value.byteLength;
      await advance();
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    throw err;
  }
  if (!done) throw new MultipartError('the form ends before its closing boundary');
  return parts;
}

/** One read, bounded in time: a client that stops sending mid-body is not waited for forever. */
export async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>, idleMs?: number, stalled?: () => Error) {
  if (!idleMs) return reader.read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      reader.read(),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(stalled ? stalled() : new Error('stalled')), idleMs); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
