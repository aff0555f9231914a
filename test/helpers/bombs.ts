// Hostile files built in memory: zips that inflate far past what they declare, deeply nested HTML.
import { crc32, deflateRawSync } from 'node:zlib';

/** A zip with DOCX entry names; `lie` makes the directory claim 100 bytes for word/document.xml. */
export function zipBomb(inflatedBytes: number, lie: boolean): Uint8Array {
  const entries: [string, Buffer][] = [['[Content_Types].xml', Buffer.from('<Types/>')], ['word/document.xml', Buffer.alloc(inflatedBytes, 0x20)]];
  const parts: Buffer[] = [];
  const dir: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const comp = deflateRawSync(data, { level: 9 });
    const n = Buffer.from(name);
    const size = lie && name.startsWith('word/') ? 100 : data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(n.length, 26);
    parts.push(local, n, comp);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(comp.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
    dir.push(central, n);
    offset += 30 + n.length + comp.length;
  }
  const d = Buffer.concat(dir);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(d.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, d, end]));
}

/** An HTML page of `depth` nested tags around a little Swedish text. */
export function nestedHtml(depth: number): Uint8Array {
  return new TextEncoder().encode(`<!doctype html><html><body>${'<div>'.repeat(depth)}Åre kommun${'</div>'.repeat(depth)}</body></html>`);
}

/** A valid PDF of `pages` pages, each with a line of its own (`text` and a lettered section name, ASCII). */
export function manyPagesPdf(pages: number, text = 'Umea kommun'): Uint8Array {
  const letters = (i: number) => { let s = ''; do { s = String.fromCharCode(97 + (i % 26)) + s; i = Math.floor(i / 26); } while (i); return s; };
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (let i = 0; i < pages; i++) {
    const stream = `BT /F1 12 Tf 72 720 Td (${text}, avsnitt ${letters(i)}.) Tj ET`;
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * A real-looking text PDF: `pages` pages of Swedish press-release prose (`prose`, repeated), `lines` lines of
 * about 85 characters each, in Helvetica with WinAnsiEncoding (so å, ä, ö, – and ” are real characters).
 * 300 pages of 36 lines make about 1.1 MB and 900,000 characters, like the report that stopped the archive.
 */
export function prosePdf(pages: number, prose: string, lines = 36): Uint8Array {
  const words = prose.replace(/\s+/g, ' ').trim().split(' ');
  let w = 0;
  const nextLine = () => {
    let line = '';
    while (line.length < 85) { line += (line ? ' ' : '') + words[w % words.length]; w++; }
    return line;
  };
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'), Buffer.alloc(0),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  ];
  const kids: string[] = [];
  for (let p = 0; p < pages; p++) {
    const body = ['BT /F1 9 Tf 11 TL 50 760 Td'];
    for (let l = 0; l < lines; l++) body.push(`(${esc(nextLine())}) Tj T*`);
    body.push(`(Sida ${p + 1}) Tj ET`);
    const stream = Buffer.from(body.join('\n'), 'latin1');
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]));
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`));
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`);
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(size);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    size += obj.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  parts.push(Buffer.from(tail));
  return new Uint8Array(Buffer.concat(parts));
}

/** A valid one-page PDF padded to `bytes` with an unreferenced stream (cheap to parse, large to carry). */
export function paddedPdf(bytes: number, text = 'Umea kommun'): Uint8Array {
  const small = Buffer.from(manyPagesPdf(1, text));
  const eof = small.lastIndexOf('%%EOF');
  const pad = Math.max(0, bytes - small.length - 64);
  // A comment line before %%EOF is ignored by every reader; it makes the file as large as asked.
  return new Uint8Array(Buffer.concat([small.subarray(0, eof), Buffer.from('%'), Buffer.alloc(pad, 0x41), Buffer.from('\n'), small.subarray(eof)]));
}

/**
 * A small DOCX whose word/document.xml holds `xmlBytes` of ordinary paragraphs (`prose`, split at blank lines,
 * repeated): deflate makes 30 MB of XML about a hundred kilobytes, under every upload limit (issue 11, B1b).
 */
export function proseDocx(xmlBytes: number, prose: string): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = prose.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`);
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < xmlBytes; i++) { const p = paras[i % paras.length]!; body.push(p); size += Buffer.byteLength(p); }
  const files: [string, Buffer][] = [
    ['[Content_Types].xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')],
    ['_rels/.rels', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')],
    ['word/document.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`)],
  ];
  const parts: Buffer[] = [];
  const dir: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const comp = deflateRawSync(data, { level: 9 });
    const n = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(n.length, 26);
    parts.push(local, n, comp);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(comp.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
    dir.push(central, n);
    offset += 30 + n.length + comp.length;
  }
  const d = Buffer.concat(dir);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(d.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, d, end]));
}
