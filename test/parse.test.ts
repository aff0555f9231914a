import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocxZip, parseDocx } from '../src/parse/docx.js';
import { markupDepth, parseHtml } from '../src/parse/html.js';
import { parseDocument, ParseError, sniff } from '../src/parse/index.js';
import { pageAt } from '../src/parse/pages.js';
import { layoutDocument, lineJoin, type Item } from '../src/parse/pdf.js';
import type { ParsedDocument } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const read = (p: string) => new Uint8Array(readFileSync(join(root, p)));
const utf8 = (s: string) => new TextEncoder().encode(s);

// Strings a reader finds in each corpus document, whatever the format.
const EXPECTED: Record<string, string[]> = {
  'enkoping-nasta-fas': ['Enköping inleder nästa fas i klimatomställningen', 'Peter Book, kommunstyrelsens ordförande', 'klimatneutralitet 2030, säger Linda Jacobson'],
  'kalmar-vag2': ['Johan Persson (S), kommunstyrelsens ordförande', 'Helsingborg, Kalmar, Karlstad, Kristianstad', 'vatten- och miljönämndens ordförande'],
  'karlstad-klimatkontrakt': ['Linda Larsson (S), kommunstyrelsens ordförande i Karlstads kommun', 'Energi- och klimatplan för kommunkoncernen', 'Klimatkontrakt 2030 – ett verktyg för förändring'],
  'kristinehamn-tvillingstad': ['kommunstyrelsens ordförande', 'Kristinehamn', 'Klimatneutrala städer 2030', 'miljö- och klimatarbete', 'för hela Värmland'],
  'tierp-motion-klimatkommunerna': ['Vänsterpartiet föreslår att Tierps kommun', 'Klimatkommunerna', 'tuffa klimat- och energimål', 'kommunfullmäktige besluta:'],
};
const NAMES = Object.keys(EXPECTED);
const PDF_PAGES: Record<string, [formats: number, hard: number]> = {
  'enkoping-nasta-fas': [2, 3],
  'kalmar-vag2': [2, 2],
  'karlstad-klimatkontrakt': [2, 3],
  'kristinehamn-tvillingstad': [1, 2],
  'tierp-motion-klimatkommunerna': [1, 2],
};

function expectWellFormed(doc: ParsedDocument) {
  expect(doc.text).toBe(doc.text.normalize('NFC'));
  expect(doc.text).not.toMatch(/\r|[ \t]+\n|\n{3,}/);
  // Pages cover the text without gaps or overlaps.
  expect(doc.pages[0]!.start).toBe(0);
  expect(doc.pages.at(-1)!.end).toBe(doc.text.length);
  doc.pages.forEach((p, i) => {
    expect(p.page).toBe(i + 1);
    expect(p.end).toBeGreaterThanOrEqual(p.start);
    if (i > 0) expect(p.start).toBe(doc.pages[i - 1]!.end);
  });
}

describe('corpus documents in every format', () => {
  const files = [
    ...readdirSync(join(root, 'corpus/docs')).map((f) => `corpus/docs/${f}`),
    ...readdirSync(join(root, 'corpus/formats')).map((f) => `corpus/formats/${f}`),
    ...readdirSync(join(root, 'corpus/hard')).map((f) => `corpus/hard/${f}`),
  ];
  it('covers the whole corpus', () => expect(files.length).toBe(25));
  for (const file of files) {
    it(`reads ${file}`, async () => {
      const name = file.split('/').pop()!.replace(/\.\w+$/, '');
      const doc = await parseDocument(read(file));
      expect(doc.format).toBe({ txt: 'text', html: 'html', docx: 'docx', pdf: 'pdf' }[file.split('.').pop()!]);
      for (const s of EXPECTED[name]!) expect(doc.text).toContain(s);
      expectWellFormed(doc);
    });
  }
});

describe('PDF', () => {
  for (const name of NAMES) {
    it(`${name}: page counts and page table`, async () => {
      const [formats, hard] = PDF_PAGES[name]!;
      expect((await parseDocument(read(`corpus/formats/${name}.pdf`))).pages).toHaveLength(formats);
      const doc = await parseDocument(read(`corpus/hard/${name}.pdf`));
      expect(doc.pages).toHaveLength(hard);
      // Offsets map to the page they were printed on.
      const last = doc.pages.at(-1)!;
      expect(pageAt(doc.pages, 0)).toBe(1);
      expect(pageAt(doc.pages, last.start)).toBe(last.page);
      expect(pageAt(doc.pages, doc.text.length - 1)).toBe(last.page);
    });
  }

  it('two-column pages come out in reading order with hyphenated words whole', async () => {
    const kh = (await parseDocument(read('corpus/hard/kristinehamn-tvillingstad.pdf'))).text;
    expect(kh).toBe(readFileSync(join(root, 'corpus/docs/kristinehamn-tvillingstad.txt'), 'utf8').replace(/\n+/g, '\n').trim());
    expect(kh).toContain('ansluter som tvillingstad till Karlstad i Klimatneutrala städer 2030');
    expect(kh).toContain('Kristinehamns kommun har tagit ett viktigt steg för att stärka sitt miljö- och klimatarbete');
    const tierp = (await parseDocument(read('corpus/hard/tierp-motion-klimatkommunerna.pdf'))).text;
    expect(tierp).toContain('gå med i föreningen Klimatkommunerna för att');
    expect(tierp).toContain('Klimatkommunerna arbetar också med att sprida');
    expect(tierp).toContain('- att kraven för medlemskap uppfylls och ansöka om medlemskap i föreningen Klimatkommunerna.');
    expect(tierp).toMatch(/\n1\. kontinuerligt inventera utsläpp av växthusgaser\n2\. sätta upp mål/);
    const kalmar = (await parseDocument(read('corpus/hard/kalmar-vag2.pdf'))).text;
    expect(kalmar).toContain('Borlänge, Borås, Eskilstuna, Gävle, Helsingborg, Kalmar');
    expect(kalmar).toContain('– för våg 2-kommunerna – en avsiktsförklaring');
    expect(kalmar).toContain('Energimyndigheten');
    const karlstad = (await parseDocument(read('corpus/hard/karlstad-klimatkontrakt.pdf'))).text;
    expect(karlstad).toContain('\nHelena Wassén\nKommunikationsstrateg Miljöförvaltningen');
    expect(karlstad).toMatch(/\n• Karlstad är också först ut i Sverige med att starta elevborgarråd för klimatet/);
    expect(karlstad).toContain('\nKommunen med den glada solen som symbol\n');
  });

  it('drops the running header and page numbers of every page', async () => {
    for (const name of NAMES) {
      const doc = await parseDocument(read(`corpus/hard/${name}.pdf`));
      expect(doc.text).not.toContain('Kommunfullmäktige – handlingar');
      expect(doc.text).not.toMatch(/Sida \d/);
      // No line-end hyphen left inside prose except before a coordinating conjunction.
      expect(doc.text).not.toMatch(/\p{Ll}-\s(?!och|eller|samt)\p{Ll}/u);
    }
  });

  it('joins a paragraph that runs across a page break, and a hyphenated word split by one', async () => {
    const kh = await parseDocument(read('corpus/hard/kristinehamn-tvillingstad.pdf'));
    const at = kh.text.indexOf('utan för hela Värmland.');
    expect(at).toBeGreaterThan(0);
    expect(pageAt(kh.pages, at)).toBe(1);
    expect(pageAt(kh.pages, at + 'utan för hela '.length)).toBe(2);
    const tierp = await parseDocument(read('corpus/hard/tierp-motion-klimatkommunerna.pdf'));
    const w = tierp.text.indexOf('Klimatkommunerna arbetar också');
    expect(pageAt(tierp.pages, w)).toBe(1);
    expect(pageAt(tierp.pages, w + 'Klimatkommunerna ar'.length)).toBe(2);
  });

  it('separates pages with a blank line where a paragraph ends at the page break', async () => {
    const doc = await parseDocument(read('corpus/hard/karlstad-klimatkontrakt.pdf'));
    expect(doc.text.slice(doc.pages[1]!.start - 2, doc.pages[1]!.start)).toBe('\n\n');
    expect(doc.text.slice(doc.pages[1]!.start)).toMatch(/^Exempel från klimatkontraktet\n/);
  });

  it('joins Swedish line-end hyphenation but keeps real hyphens', () => {
    const j = (a: string, b: string) => {
      const { cut, sep } = lineJoin(a, b);
      return a.slice(0, a.length - cut) + sep + b;
    };
    expect(j('kommunerna i Hel-', 'singborg och')).toBe('kommunerna i Helsingborg och');
    expect(j('en klimat-', 'neutral kommun')).toBe('en klimatneutral kommun');
    expect(j('Kristine-', 'hamns kommun')).toBe('Kristinehamns kommun');
    expect(j('de globala FN-', 'målen')).toBe('de globala FN-målen');
    expect(j('för våg 2-', 'kommunerna')).toBe('för våg 2-kommunerna');
    expect(j('vårt miljö-', 'och klimatarbete')).toBe('vårt miljö- och klimatarbete');
    expect(j('Vatten-', 'eller avloppsnämnden')).toBe('Vatten- eller avloppsnämnden');
    expect(j('region Stockholm-', 'Uppsala')).toBe('region Stockholm-Uppsala');
    expect(j('skicka e-', 'post till')).toBe('skicka e-post till');
    expect(j('Det är bra', 'för alla')).toBe('Det är bra för alla');
    expect(j('det nya för\u00ad', 'slaget')).toBe('det nya förslaget');
  });

  it('folds ligatures and symbol-font bullets, keeps å/ä/ö composed', () => {
    const items: Item[] = [
      { str: '\uf0b7', x: 60, y: 700, w: 5, size: 12 },
      { str: 'Kommunen ska ta ﬁnansiellt ansvar för a\u030Atgärderna.', x: 75, y: 700, w: 300, size: 12 },
    ];
    const { text } = layoutDocument([items]);
    expect(text).toBe('• Kommunen ska ta finansiellt ansvar för åtgärderna.');
  });

  it('reads two synthetic columns left then right, and a full-width title first', () => {
    const rows = (x: number, lines: string[], top: number): Item[] =>
      lines.map((str, i) => ({ str, x, y: top - i * 12, w: 230, size: 10 }));
    const left = ['Kommunstyrelsen i Borlänge beslutade i går att gå', 'med i nätverket, och arbetet startar i höst med', 'en ny klimatstrategi för hela kommunen och dess', 'bolag. Målet är att kommunen ska vara klimat-', 'neutral år 2030.'];
    const right = ['Beslutet togs enhälligt och ordföranden Anna', 'Berg (C) ser fram emot samarbetet med de andra', 'städerna i Sverige och med EU-kommissionen', 'som stöttar satsningen med nya pengar. Nästa', 'steg är ett klimatkontrakt.'];
    const title: Item = { str: 'Borlänge går med i satsningen för klimatneutrala städer', x: 40, y: 760, w: 480, size: 16 };
    const { text } = layoutDocument([[title, ...rows(40, left, 720), ...rows(300, right, 720)]]);
    expect(text).toBe(
      'Borlänge går med i satsningen för klimatneutrala städer\n' +
        'Kommunstyrelsen i Borlänge beslutade i går att gå med i nätverket, och arbetet startar i höst med en ny klimatstrategi för hela kommunen och dess bolag. Målet är att kommunen ska vara klimatneutral år 2030.\n' +
        'Beslutet togs enhälligt och ordföranden Anna Berg (C) ser fram emot samarbetet med de andra städerna i Sverige och med EU-kommissionen som stöttar satsningen med nya pengar. Nästa steg är ett klimatkontrakt.',
    );
  });

  it('refuses truncated or corrupt PDFs as unreadable', async () => {
    const pdf = read('corpus/hard/kalmar-vag2.pdf');
    await expect(parseDocument(pdf.subarray(0, 600))).rejects.toMatchObject({ name: 'ParseError', reason: 'unreadable' });
    await expect(parseDocument(utf8('%PDF-1.7\n garbage that is no PDF at all \n%%EOF'))).rejects.toMatchObject({ reason: 'unreadable' });
  });
});

// A minimal zip writer (stored entries) for DOCX fixtures.
function crc32(data: Uint8Array): number {
  let c = ~0;
  for (const b of data) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function zip(files: Record<string, string>, fakeSize?: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const dir: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const n = utf8(name);
    const data = utf8(content);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, n.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, fakeSize ?? data.length, true);
    central.setUint16(28, n.length, true);
    central.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), n, data);
    dir.push(new Uint8Array(central.buffer), n);
    offset += 30 + n.length + data.length;
  }
  const dirSize = dir.reduce((s, d) => s + d.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(files).length, true);
  end.setUint16(10, Object.keys(files).length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...dir, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, a) => s + a.length, 0));
  let at = 0;
  for (const a of all) [out.set(a, at), (at += a.length)];
  return out;
}
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const para = (t: string, style = '') => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const cell = (t: string) => `<w:tc>${para(t)}</w:tc>`;
const docxOf = (body: string) =>
  zip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });

describe('DOCX', () => {
  it('puts paragraphs, headings and table rows on their own lines, cells joined by a tab', async () => {
    const bytes = docxOf(
      para('Motion om klimatanpassning', 'Heading1') +
        para('Miljöpartiet i Växjö föreslår att kommunfullmäktige beslutar') +
        `<w:tbl><w:tr>${cell('Åtgärd')}${cell('År')}</w:tr><w:tr>${cell('Ny cykelplan för Växjö')}${cell('2026')}</w:tr></w:tbl>` +
        para('Sofia Öberg (MP)'),
    );
    expect(sniff(bytes)).toBe('docx');
    const doc = await parseDocument(bytes);
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Motion om klimatanpassning');
    expect(doc.text).toBe('Motion om klimatanpassning\nMiljöpartiet i Växjö föreslår att kommunfullmäktige beslutar\nÅtgärd\tÅr\nNy cykelplan för Växjö\t2026\nSofia Öberg (MP)');
  });

  it('puts list items on their own lines (corpus)', async () => {
    const doc = await parseDocx(read('corpus/formats/karlstad-klimatkontrakt.docx'));
    expect(doc.text).toMatch(/\n• I maj 2023 fattade kommunfullmäktige beslut om Energi- och klimatplan[^\n]*klimatomställning\.\n• Under 2023 fortsatte/);
    const tierp = await parseDocx(read('corpus/formats/tierp-motion-klimatkommunerna.docx'));
    expect(tierp.text).toContain('\n• att kraven för medlemskap uppfylls och ansöka om medlemskap i föreningen Klimatkommunerna.\nAlexander Karlsson\nGruppledare\nVänsterpartiet');
  });

  it('refuses zips without word/document.xml, broken zips and zip bombs as unreadable', async () => {
    const noDocument = zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/styles.xml': '<w:styles/>' });
    expect(sniff(noDocument)).toBe('docx');
    await expect(parseDocument(noDocument)).rejects.toMatchObject({ name: 'ParseError', reason: 'unreadable' });
    const good = read('corpus/formats/kalmar-vag2.docx');
    await expect(parseDocument(good.subarray(0, good.length - 40))).rejects.toMatchObject({ reason: 'unreadable' });
    const bomb = zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>' }, 0x7fffffff);
    expect(() => checkDocxZip(bomb)).toThrow(/inflates/);
    await expect(parseDocument(bomb)).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('calls an ordinary zip that is no DOCX unsupported', async () => {
    await expect(parseDocument(zip({ 'bilder/karta.txt': 'Karta över Luleå' }))).rejects.toMatchObject({ reason: 'unsupported' });
  });
});

describe('HTML', () => {
  const page = (article: string, head = '') =>
    utf8(`<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Nyhet – Umeå kommun</title>${head}</head><body>
      <div class="cookie-consent">Vi använder kakor. <button>Godkänn</button></div>
      <header><nav><a href="/">Startsida</a><a href="/nyheter">Nyheter</a></nav></header>
      <main>${article}<aside><h2>Senaste nytt</h2><ul><li>Ny skola i Holmsund</li></ul></aside></main>
      <div class="share-buttons">Dela på Facebook</div>
      <footer>Umeå kommun, Skolgatan 31A &middot; Växel 090-16 10 00</footer><script>var x = "<p>inte text</p>";</script></body></html>`);

  it('keeps the article only, blocks on lines, entities decoded', () => {
    const doc = parseHtml(page(`<article><nav class="crumbs">Hem / Nyheter</nav><h1>Umeå blir klimatneutralt</h1>
      <div class="social-share">Dela på Facebook</div><script>track("läst")</script><style>p{color:red}</style><form>Sök på webbplatsen</form><p>Kommunfullmäktige i Umeå har &auml;ntligen beslutat:
      staden ska vara <b>klimat</b>neutral <em>år 2030</em>.</p><ul><li>Fler laddstolpar</li><li>Ny cykelväg till Ersboda</li></ul>
      <ol><li>Första steget</li><li>Andra steget</li></ol><table><tr><th>Ort</th><th>År</th></tr><tr><td><p>Holmsund</p></td><td>2028</td></tr></table>
      <p>Rad ett<br>rad två</p></article>`));
    expect(doc.text).toBe(
      'Umeå blir klimatneutralt\nKommunfullmäktige i Umeå har äntligen beslutat: staden ska vara klimatneutral år 2030.\n• Fler laddstolpar\n• Ny cykelväg till Ersboda\n1. Första steget\n2. Andra steget\nOrt\tÅr\nHolmsund\t2028\nRad ett\nrad två',
    );
    for (const junk of ['kakor', 'Godkänn', 'Startsida', 'Senaste nytt', 'Ny skola', 'Facebook', 'Skolgatan', 'Växel', 'inte text', 'Hem /', 'läst', 'color', 'Sök']) {
      expect(doc.text).not.toContain(junk);
    }
    expect(doc.title).toBe('Nyhet – Umeå kommun');
  });

  it('reads the published date from article:published_time or <time datetime>, title from og:title', () => {
    const a = parseHtml(page('<article><h1>Nytt klimatkontrakt</h1><p>Luleå kommun har signerat ett nytt klimatkontrakt för de kommande åren.</p><p>Det är ett stort steg för hela Norrbotten och för kommunens invånare.</p></article>',
      '<meta property="article:published_time" content="2023-12-08T09:30:00+01:00"><meta property="og:title" content="Luleå signerar klimatkontrakt">'));
    expect(a.publishedHint).toBe('2023-12-08');
    expect(a.title).toBe('Luleå signerar klimatkontrakt');
    const b = parseHtml(page('<article><header><h1>Nytt klimatkontrakt</h1><time datetime="2024-03-15">15 mars 2024</time></header><p>Luleå kommun har signerat ett nytt klimatkontrakt för de kommande åren, och fler kommuner följer efter.</p></article>'));
    expect(b.publishedHint).toBe('2024-03-15');
    expect(b.text).toMatch(/^Nytt klimatkontrakt\n15 mars 2024\nLuleå kommun/);
    const c = parseHtml(page('<article><p>Luleå kommun har signerat ett nytt klimatkontrakt för de kommande åren, och fler kommuner följer efter.</p><time datetime="2024-02-30">fel</time></article>'));
    expect(c.publishedHint).toBeNull();
  });

  it('finds the densest text block when there is no article or main', () => {
    const html = `<html><head><title>x</title></head><body><div class="menu"><p>Hem</p><p>Om oss</p></div>
      <div class="content"><p>Gävle kommun går med i Klimatkommunerna efter beslut i kommunfullmäktige på måndagen.</p>
      <p>Föreningen samlar kommuner och regioner som arbetar aktivt med lokalt klimatarbete.</p></div></body></html>`;
    const doc = parseHtml(utf8(html));
    expect(doc.text).toBe('Gävle kommun går med i Klimatkommunerna efter beslut i kommunfullmäktige på måndagen.\nFöreningen samlar kommuner och regioner som arbetar aktivt med lokalt klimatarbete.');
  });

  it('drops nav, cookie banner, aside and footer from the corpus pages', async () => {
    for (const name of NAMES) {
      const doc = await parseDocument(read(`corpus/formats/${name}.html`));
      for (const junk of ['Vi använder kakor', 'Godkänn alla kakor', 'Startsida', 'Pressrum\n', 'Senaste nytt', 'Besöksadress', 'Tillgänglighetsredogörelse', 'gtag']) {
        expect(doc.text).not.toContain(junk);
      }
    }
  });

  it('refuses absurdly nested or oversized markup as unreadable, quickly', () => {
    const deep = '<html><body>' + '<div>'.repeat(50_000) + 'Göteborg' + '</div>'.repeat(50_000) + '</body></html>';
    expect(markupDepth(deep)).toBeGreaterThan(1000);
    const t = Date.now();
    expect(() => parseHtml(utf8(deep))).toThrow(ParseError);
    expect(Date.now() - t).toBeLessThan(2000);
    const huge = new Uint8Array(11 * 1024 * 1024).fill(0x61);
    huge.set(utf8('<html><body><p>'), 0);
    expect(() => parseHtml(huge)).toThrow(/larger/);
    // Many unclosed <p> and <li> (legal HTML) are not "nesting".
    expect(markupDepth('<ul>' + '<li>punkt'.repeat(5000) + '</ul>')).toBe(1);
  });
});

describe('plain text', () => {
  it('decodes Windows-1252 to å/ä/ö and normalises CRLF', async () => {
    const cp1252 = new Uint8Array([...utf8('Motion fr'), 0xe5, ...utf8('n V'), 0xe4, ...utf8('nsterpartiet i '), 0xd6, ...utf8('rebro\r\nom klimatm'), 0xe5, ...utf8('l\r\n')]);
    const doc = await parseDocument(cp1252);
    expect(doc.format).toBe('text');
    expect(doc.text).toBe('Motion från Vänsterpartiet i Örebro\nom klimatmål');
    const bom = await parseDocument(utf8('\uFEFFKlimatneutrala städer 2030\r\n\r\n\r\n\r\nSkellefteå'));
    expect(bom.text).toBe('Klimatneutrala städer 2030\n\nSkellefteå');
    const nfd = await parseDocument(utf8('Va\u0308xjo\u0308 och Ga\u0308vle'));
    expect(nfd.text).toBe('Växjö och Gävle');
  });

  it('decodes UTF-16 with a byte order mark', async () => {
    const s = 'Kommunstyrelsens ordförande i Håbo';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i);
    expect((await parseDocument(bytes)).text).toBe(s);
  });

  it('does not accept binary or NUL-laden files as text', async () => {
    const random = new Uint8Array(4096);
    let seed = 42;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    await expect(parseDocument(random)).rejects.toMatchObject({ name: 'ParseError', reason: 'unsupported' });
    const tail = new Uint8Array([...utf8('Kalmar kommun '.repeat(400)), ...new Uint8Array(2000)]);
    await expect(parseDocument(tail)).rejects.toMatchObject({ reason: 'unsupported' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await expect(parseDocument(png)).rejects.toMatchObject({ reason: 'unsupported' });
    await expect(parseDocument(new Uint8Array())).rejects.toMatchObject({ reason: 'unsupported' });
  });
});
