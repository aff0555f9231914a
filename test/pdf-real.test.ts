// PDFs as offices publish them (issue 16): one test per failure class found on real municipal PDFs
// (../shared/realpdf), each on a PDF the test writes itself with the same construction, in Swedish.
// Layout classes run through both text sources: our own reader and pdf.js (the fallback).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/index.js';
import { parsePdf } from '../src/parse/pdf.js';
import { pageAt } from '../src/parse/pages.js';
import { MAX_STREAM_BYTES } from '../src/parse/pdf/reader/document.js';
import { readPdf } from '../src/parse/pdf/reader/index.js';
import { lines, makePdf, textWidth, wrap, type Run } from './helpers/pdf.js';

const readers = ['auto', 'pdfjs'] as const;
const read = (bytes: Uint8Array, reader: (typeof readers)[number] = 'auto') => parsePdf(bytes, { reader });

const LEFT =
  'Majoriteten av det vi konsumerar produceras på andra platser i världen än där vi bor. Därför är det viktigt att mäta ' +
  'klimat- och miljöpåverkan från vår konsumtion oavsett var i världen den sker. Det kan göras genom kartläggning av ' +
  'utsläpp ur ett konsumtionsperspektiv, och ett sätt att göra en sådan kartläggning är att använda ekologiska fotavtryck.';
const RIGHT =
  'De största bovarna i storleksordning är vår konsumtion av livsmedel, vårt boende, transporter och rekreation. ' +
  'Växthusgaser orsakar den största delen av det ekologiska fotavtrycket. Det är främst koldioxid från förbränning av ' +
  'fossil energi, men även metangas från köttproduktion i Norrbotten och resten av Sverige.';

describe('real PDFs, class by class', () => {
  for (const reader of readers) {
    it(`1. reads pages rotated 90° (${reader})`, async () => {
      // A landscape report: the page is turned with /Rotate 90 and its text runs up the unrotated sheet.
      const text = [
        'Styrelse 2016',
        'Ordförande: Stefan Wesley, sammankallande i kommunikationsgruppen',
        'Antal protokollförda styrelsesammanträden under året: fjorton',
        'Feministiskt initiativ Gotland har 99 betalande medlemmar vid årets slut.',
      ];
      const turned = (texts: string[]): Run[] => texts.map((t, i) => ({ text: t, x: 100 + i * 16, y: 60, size: 11, angle: 90 }));
      const second = ['Ekonomiskt resultat 2016', 'Föreningen redovisar ett överskott på 12 400 kronor för verksamhetsåret.'];
      const doc = await read(makePdf([{ runs: turned(text), width: 595, height: 421, rotate: 90 }, { runs: turned(second), width: 595, height: 421, rotate: 90 }]), reader);
      expect(doc.text).toMatch(/^Styrelse 2016\nOrdförande: Stefan Wesley, sammankallande i kommunikationsgruppen\sAntal protokollförda/);
      expect(doc.text).toContain('styrelsesammanträden under året: fjorton Feministiskt initiativ Gotland har 99 betalande medlemmar vid årets slut.');
      expect(doc.text.slice(doc.pages[1]!.start)).toBe('Ekonomiskt resultat 2016\nFöreningen redovisar ett överskott på 12 400 kronor för verksamhetsåret.');
    });

    it(`2. reads two columns with a narrow gutter in order, a chart above them apart (${reader})`, async () => {
      const [size, width, gutter] = [9, 215, 12];
      const left = wrap(LEFT, width, size);
      const right = wrap(RIGHT, width, size);
      // Chart labels above the columns cross the gutter.
      const chart: Run[] = [
        { text: '36 % Livsmedel och alkoholfria drycker', x: 210, y: 760, size: 7 },
        { text: '23 % Boende, vatten, elektricitet och gas', x: 220, y: 745, size: 7 },
        { text: '6 % Transporter och fordon', x: 240, y: 730, size: 7 },
      ];
      const body = [...lines(left, 60, 680, { size, pitch: 12 }), ...lines(right, 60 + width + gutter, 680, { size, pitch: 12 })];
      const doc = await read(makePdf([{ runs: [...chart, ...body] }]), reader);
      expect(doc.text).toContain(LEFT);
      expect(doc.text).toContain(RIGHT);
      expect(doc.text.indexOf(LEFT)).toBeLessThan(doc.text.indexOf(RIGHT));
    });

    it(`3. reads a table row by row, cells split by a tab (${reader})`, async () => {
      const rows = [
        ['Ranking', 'Kommun', 'Län', 'Förändring (ton)', 'Förändring (%)'],
        ['1', 'Perstorp', 'Skåne län', '-13305', '-25,6'],
        ['2', 'Lidingö', 'Stockholms län', '-7082', '-25,1'],
        ['3', 'Munkedal', 'Västra Götalands län', '-18434', '-23,6'],
        ['4', 'Hagfors', 'Värmlands län', '-18015', '-22,7'],
        ['5', 'Askersund', 'Örebro län', '-16991', '-20,4'],
        ['6', 'Stenungsund', 'Västra Götalands län', '-204783', '-19,2'],
        ['7', 'Haparanda', 'Norrbottens län', '-4686', '-18,9'],
      ];
      const xs = [60, 110, 200, 330, 440];
      const runs = rows.flatMap((r, i) => r.map((text, k) => ({ text, x: xs[k]!, y: 700 - i * 16, size: 10 })));
      const doc = await read(makePdf([{ runs: [{ text: 'Utsläppsförändring i Sveriges kommuner 2021–2022', x: 60, y: 760, size: 14 }, ...runs] }]), reader);
      expect(doc.text).toContain('1\tPerstorp\tSkåne län\t-13305\t-25,6\n2\tLidingö\tStockholms län\t-7082\t-25,1\n');
      expect(doc.text).toContain('\n7\tHaparanda\tNorrbottens län\t-4686\t-18,9');
    });

    it(`4. keeps each table row on a line of its own, wrapped cells joined into their row (${reader})`, async () => {
      const rows: [string, string[], string, string][] = [
        ['§ 71', ['Genomlysning av Österlen VA AB - uppfölj-', 'ning och åtgärder'], '2023/314', '9 - 10'],
        ['§ 72', ['Upphandling - service av kommunens befintliga sy-', 'stem av teknisk säkerhet, larmcentral samt', 'support och utveckling av IT-system'], '2024/46', '11 - 12'],
        ['§ 73', ['Intresseanmälan att köpa mark - Borrby 6:21'], '2023/710', '13 - 14'],
        ['§ 74', ['Kommunens ansvar för drift och underhåll av', 'enskilda vägar - eventuella beslut undanröjs'], '2024/28', '15 - 16'],
      ];
      const runs: Run[] = [{ text: 'Beslut', x: 57, y: 712, size: 12 }, { text: 'Rubrik', x: 120, y: 712, size: 12 }, { text: 'Ärende', x: 376, y: 712, size: 12 }, { text: 'Sida', x: 470, y: 712, size: 12 }];
      let y = 690;
      for (const [par, title, dnr, page] of rows) {
        runs.push({ text: par, x: 62, y, size: 10 }, { text: dnr, x: 381, y, size: 10 }, { text: page, x: 473, y, size: 10 });
        for (const t of title) {
          runs.push({ text: t, x: 117, y, size: 10 });
          y -= 12.5;
        }
      }
      const doc = await read(makePdf([{ runs }]), reader);
      expect(doc.text).toContain('Beslut\tRubrik\tÄrende\tSida\n§ 71\tGenomlysning av Österlen VA AB - uppföljning och åtgärder\t2023/314\t9 - 10\n');
      expect(doc.text).toContain('\n§ 72\tUpphandling - service av kommunens befintliga system av teknisk säkerhet, larmcentral samt support och utveckling av IT-system\t2024/46\t11 - 12\n§ 73\t');
      expect(doc.text).toContain('\n§ 74\tKommunens ansvar för drift och underhåll av enskilda vägar - eventuella beslut undanröjs\t2024/28\t15 - 16');
    });

    it(`5. never deletes a table row as a repeated footer (${reader})`, async () => {
      // Every page ends its table with the same rows, at different heights; the footer is a page number.
      const pages = [0, 1, 2, 3].map((p) => {
        const top = 400 - p * 60;
        const runs: Run[] = [{ text: `Åtgärd 1.${p + 1}: Förespråka förnybar energi för fordon i kommunens verksamheter.`, x: 60, y: top, size: 11 }];
        const table = [
          ['Förvaltning/Bolag', 'Ansvarig', 'Tidsplan'],
          ['Kommunledningsförvaltningen', 'Teknisk chef', '31 maj 2025'],
          ['Miljöförbundet'],
          ['Olofströms Hus AB', 'Fordonsansvarig', '31 maj 2025'],
          ['Socialförvaltningen', 'Fordonsansvarig', '31 maj 2025'],
          ['Utbildningsförvaltningen'],
          ['VMAB'],
        ];
        table.forEach((row, i) => row.forEach((t, k) => runs.push({ text: t, x: [60, 240, 380][k]!, y: top - 30 - i * 13, size: 11 })));
        runs.push({ text: `Sida ${p + 1} av 4`, x: 280, y: 40, size: 9 });
        return { runs };
      });
      const doc = await read(makePdf(pages), reader);
      expect(doc.text.match(/Utbildningsförvaltningen/g)).toHaveLength(4);
      expect(doc.text.match(/^VMAB$/gm)).toHaveLength(4);
      expect(doc.text).not.toMatch(/Sida \d av 4/);
    });

    it(`6. removes a running header that is only a date, and never joins it to the text (${reader})`, async () => {
      const pages = [1, 2, 3].map((p) => ({
        runs: [
          { text: 'Samhällsplaneringsnämnden', x: 113, y: 777, size: 12 },
          { text: 'Sammanträdesprotokoll', x: 312, y: 777, size: 12 },
          { text: '2024-04-25', x: 312, y: 763, size: 12 },
          ...lines([`§ ${66 + p} Beslutsunderlag`, 'Kommunfullmäktiges beslut 2024-02-26, § 28', 'Samhällsbyggnadsförvaltningens tjänsteskrivelse 2024-04-08'], 99, 660, { size: 12, pitch: 14 }),
          { text: String(p), x: 294, y: 20, size: 11 },
        ] as Run[],
      }));
      const doc = await read(makePdf(pages), reader);
      expect(doc.text).not.toContain('2024-04-25');
      expect(doc.text).not.toContain('Sammanträdesprotokoll');
      expect(doc.text).toContain('tjänsteskrivelse 2024-04-08\n\n§ 68 Beslutsunderlag');
    });

    it(`9. joins the lines of a narrow box and its hyphenated words (${reader})`, async () => {
      const box = [
        'Föreningens ekonomi är fortsatt god – och en del frågetecken har sedan',
        'krönikan i höstens Lindhblad rätats ut. Det gäller tomträttsavgiften',
        'och ränteutvecklingen. Vi vet nu vad den årliga tomträttsavgiften blir.',
        'Avgiften fastställs med utgångspunkt från markvärdet, som under se-',
        'nare år ökat mycket kraftigt. Fastighetskontorets förslag till nytt avtal',
        'innebar därför mer än en fyrdubbling av årsavgiften.',
      ];
      const below = wrap('Styrelsen fattade efter diskussion beslutet att det nya tomträttsavtalet ska gälla för en tioårsperiod. Ingen kan med säkerhet veta vad som på lång sikt är bäst för föreningen i Ribersborg.', 470, 10);
      const doc = await read(makePdf([{ runs: [...lines(box, 60, 700, { size: 10 }), ...lines(below, 60, 560, { size: 10 })] }]), reader);
      expect(doc.text).toContain('markvärdet, som under senare år ökat mycket kraftigt. Fastighetskontorets förslag');
      expect(doc.text).toContain('Föreningens ekonomi är fortsatt god – och en del frågetecken har sedan krönikan i höstens Lindhblad');
    });

    it(`10. attaches sub- and superscripts to their base: CO2, m2 (${reader})`, async () => {
      const line1 = 'Utsläppen av CO';
      const line2 = 'Fastigheten är cirka 2545 m';
      const x2 = 60 + textWidth(line1, 11);
      const x3 = 60 + textWidth(line2, 11);
      const runs: Run[] = [
        { text: line1, x: 60, y: 700, size: 11 },
        { text: '2', x: x2, y: 698, size: 7 },
        { text: ' ska minska med 63 procent till år 2030.', x: x2 + textWidth('2', 7), y: 700, size: 11 },
        { text: line2, x: 60, y: 680, size: 11 },
        { text: '2', x: x3, y: 684, size: 7 },
        { text: ' BRA och ligger i centrala Borrby.', x: x3 + textWidth('2', 7), y: 680, size: 11 },
      ];
      const doc = await read(makePdf([{ runs }]), reader);
      expect(doc.text).toContain('Utsläppen av CO2 ska minska med 63 procent till år 2030.');
      expect(doc.text).toContain('Fastigheten är cirka 2545 m2 BRA och ligger i centrala Borrby.');
    });
  }

  it('7. restores the capitals of small-caps text from its /ActualText', async () => {
    // The font's ToUnicode map gives the capitals H and M as h and m; the spans around them say "H" and "M".
    const runs: Run[] = [
      { parts: [{ text: 'M', actual: 'M' }, { text: 'ål till 2020:' }], x: 115, y: 173, size: 10, font: 'F2' },
      { parts: [{ text: 'Till 2020 ska ' }, { text: 'H', actual: 'H' }, { text: 'aparandas utsläpp av växthusgaser minska med 20 %.' }], x: 115, y: 159, size: 10, font: 'F2' },
    ];
    const doc = await parseDocument(makePdf([{ runs }]));
    expect(doc.text).toBe('Mål till 2020:\nTill 2020 ska Haparandas utsläpp av växthusgaser minska med 20 %.');
  });

  it('8. reads letter-spaced text and glyphs placed one by one as words, with their spaces', async () => {
    const runs: Run[] = [
      { text: 'Summa', x: 136, y: 548, size: 8, glyphByGlyph: { gap: 1, wordGap: 1 } },
      { text: '175 070', x: 294, y: 548, size: 8, glyphByGlyph: { gap: 1, wordGap: 3.6 } },
      { text: '39 120', x: 358, y: 548, size: 8, glyphByGlyph: { gap: 1, wordGap: 3.6 } },
      { text: 'KLIMATHJÄLTAR I HAPARANDA', x: 62, y: 600, size: 12, tc: 2.4 },
    ];
    const doc = await parseDocument(makePdf([{ runs }]));
    expect(doc.text).toContain('KLIMATHJÄLTAR I HAPARANDA');
    expect(doc.text).toMatch(/Summa\s175 070\s39 120/);
  });
});

describe('PDF reader', () => {
  it('keeps the metadata title, and mentions on later pages point to their page', async () => {
    const pages = [
      { runs: lines(['Kommunstyrelsen beslutade i dag om en ny klimatstrategi för åren fram till 2050.'], 60, 600) },
      { runs: lines(['Strategin antas av kommunfullmäktige i Haparanda i juni.'], 60, 600) },
    ];
    const doc = await parseDocument(makePdf(pages, { title: 'Klimatstrategi för Haparanda 2020-2050' }));
    expect(doc.title).toBe('Klimatstrategi för Haparanda 2020-2050');
    expect(pageAt(doc.pages, doc.text.lastIndexOf('Haparanda'))).toBe(2);
  });

  const prose = [
    { runs: lines(['Kommunstyrelsen i Växjö beslutade i går om en ny klimatplan för åren 2025–2030.', 'Ordföranden Åsa Öberg (C) säger att arbetet börjar i höst.'], 60, 600) },
    { runs: lines(['Miljönämnden i Växjö följer upp målen varje år och rapporterar till fullmäktige.'], 60, 600) },
  ];
  const TEXT = 'Kommunstyrelsen i Växjö beslutade i går om en ny klimatplan för åren 2025–2030. Ordföranden Åsa Öberg (C) säger att arbetet börjar i höst.\n\nMiljönämnden i Växjö följer upp målen varje år och rapporterar till fullmäktige.';

  it('reads PDFs written the modern way itself: xref and object streams, Flate, a CID font with ToUnicode', async () => {
    const bytes = makePdf(prose, { compressed: true, title: 'Klimatplan för Växjö' });
    const own = readPdf(bytes, 10);
    expect(own.pages.every((p) => p !== null)).toBe(true);
    expect(own.title).toBe('Klimatplan för Växjö');
    const doc = await read(bytes);
    expect(doc.text).toBe(TEXT);
    expect(doc.title).toBe('Klimatplan för Växjö');
  });

  it('rebuilds a damaged cross-reference table by scanning the file', async () => {
    const bytes = makePdf(prose, { brokenXref: true });
    expect(readPdf(bytes, 10).pages.every((p) => p !== null)).toBe(true);
    expect((await read(bytes)).text).toBe(TEXT);
  });

  it('refuses a content stream that inflates past the limit, without handing it to pdf.js', async () => {
    const { deflateSync } = await import('node:zlib');
    const bomb = deflateSync(Buffer.alloc(MAX_STREAM_BYTES + (1 << 20), 0x20));
    const head = `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`;
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), bomb, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]));
    const started = performance.now();
    await expect(parseDocument(bytes)).rejects.toMatchObject({ name: 'ParseError', reason: 'unreadable', message: expect.stringMatching(/inflates past 64 MiB/) });
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('reads the same text with our reader as with pdf.js on the corpus PDFs', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const dir of ['corpus/formats', 'corpus/hard']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.pdf'))) {
        const bytes = new Uint8Array(readFileSync(`${dir}/${f}`));
        expect((await read(bytes)).text, `${dir}/${f}`).toBe((await read(bytes, 'pdfjs')).text);
      }
    }
  });
});

describe('npm run eval -- --realpdf', () => {
  // Two columns as poppler gives them: each line a box.
  const ref = [
    { x0: 60, x1: 270, y0: 100, y1: 110, text: 'Majoriteten av det vi konsumerar produceras på andra' },
    { x0: 60, x1: 270, y0: 112, y1: 122, text: 'platser i världen än där vi bor. Därför är det viktigt' },
    { x0: 60, x1: 270, y0: 124, y1: 134, text: 'att mäta klimat- och miljöpåverkan från konsumtionen.' },
    { x0: 295, x1: 500, y0: 100, y1: 110, text: 'De största bovarna i storleksordning är vår konsumtion' },
    { x0: 295, x1: 500, y0: 112, y1: 122, text: 'av livsmedel, vårt boende, transporter och rekreation' },
    { x0: 295, x1: 500, y0: 124, y1: 134, text: 'samt kultur i Haparanda och i resten av Norrbotten.' },
  ];
  const page = (text: string) => [{ start: 0, end: text.length }];

  it('scores columns read as columns 1, and columns interleaved line by line far lower', async () => {
    const { orderScore } = await import('../scripts/eval-realpdf.js');
    const left = ref.slice(0, 3).map((l) => l.text).join(' ');
    const right = ref.slice(3).map((l) => l.text).join(' ');
    const good = `${left}\n${right}`;
    expect(orderScore(good, page(good), [ref]).score).toBe(1);
    const mixed = [0, 1, 2].map((i) => `${ref[i]!.text} ${ref[i + 3]!.text}`).join(' ');
    expect(orderScore(mixed, page(mixed), [ref]).score!).toBeLessThan(0.7);
  });

  it('says it skips when the folder of real PDFs is absent', async () => {
    const { realPdfReport } = await import('../scripts/eval-realpdf.js');
    const saved = process.env.KOMMUNARKIV_REALPDF;
    delete process.env.KOMMUNARKIV_REALPDF;
    try {
      expect(await realPdfReport('/nonexistent/kommunarkiv/a/b')).toMatch(/^== real PDFs: skipped \(no \.\.\/shared\/realpdf folder/);
    } finally {
      if (saved !== undefined) process.env.KOMMUNARKIV_REALPDF = saved;
    }
  });
});
