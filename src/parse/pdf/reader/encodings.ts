// Simple-font encodings (codes 0–255 → Unicode) and glyph names → Unicode, for fonts without a ToUnicode
// map or with /Differences. Covers the Latin glyph sets office software uses; unknown names stay unknown
// (the page is then read by pdf.js, which can look inside the font program).

// WinAnsiEncoding is Windows-1252 (codes 128–159 below, 160–255 Latin-1, 32–126 ASCII).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function winAnsi(): (string | null)[] {
  const t: (string | null)[] = new Array(256).fill(null);
  for (let c = 32; c < 127; c++) t[c] = String.fromCharCode(c);
  for (let c = 128; c < 160; c++) t[c] = /[\u0080-\u009f]/.test(CP1252_HIGH[c - 128]!) ? null : CP1252_HIGH[c - 128]!;
  for (let c = 160; c < 256; c++) t[c] = String.fromCharCode(c);
  t[173] = '-'; // a visible soft hyphen in a font is a hyphen
  t[160] = ' ';
  t[0x95] = '•';
  return t;
}

// StandardEncoding (Adobe): ASCII with curly quotes at 39 and 96, and its own upper half.
const STANDARD_HIGH: Record<number, string> = {
  161: '¡', 162: '¢', 163: '£', 164: '⁄', 165: '¥', 166: 'ƒ', 167: '§', 168: '¤', 169: "'", 170: '“', 171: '«', 172: '‹',
  173: '›', 174: 'ﬁ', 175: 'ﬂ', 177: '–', 178: '†', 179: '‡', 180: '·', 182: '¶', 183: '•', 184: '‚', 185: '„', 186: '”',
  187: '»', 188: '…', 189: '‰', 191: '¿', 193: '`', 194: '´', 195: 'ˆ', 196: '˜', 197: '¯', 198: '˘', 199: '˙', 200: '¨',
  202: '˚', 203: '¸', 205: '˝', 206: '˛', 207: 'ˇ', 208: '—', 225: 'Æ', 227: 'ª', 232: 'Ł', 233: 'Ø', 234: 'Œ', 235: 'º',
  241: 'æ', 245: 'ı', 248: 'ł', 249: 'ø', 250: 'œ', 251: 'ß',
};

function standard(): (string | null)[] {
  const t: (string | null)[] = new Array(256).fill(null);
  for (let c = 32; c < 127; c++) t[c] = String.fromCharCode(c);
  t[39] = '’';
  t[96] = '‘';
  for (const [c, s] of Object.entries(STANDARD_HIGH)) t[Number(c)] = s;
  return t;
}

const MAC_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function macRoman(): (string | null)[] {
  const t: (string | null)[] = new Array(256).fill(null);
  for (let c = 32; c < 127; c++) t[c] = String.fromCharCode(c);
  for (let c = 128; c < 256; c++) t[c] = MAC_HIGH[c - 128] ?? null;
  return t;
}

export const ENCODINGS: Record<string, (string | null)[]> = {
  WinAnsiEncoding: winAnsi(),
  StandardEncoding: standard(),
  MacRomanEncoding: macRoman(),
};

// Glyph names: the WinAnsi set's names, and a few more.
const WINANSI_NAMES: [number, string][] = [
  [32, 'space'], [33, 'exclam'], [34, 'quotedbl'], [35, 'numbersign'], [36, 'dollar'], [37, 'percent'], [38, 'ampersand'],
  [39, 'quotesingle'], [40, 'parenleft'], [41, 'parenright'], [42, 'asterisk'], [43, 'plus'], [44, 'comma'], [45, 'hyphen'],
  [46, 'period'], [47, 'slash'], [48, 'zero'], [49, 'one'], [50, 'two'], [51, 'three'], [52, 'four'], [53, 'five'], [54, 'six'],
  [55, 'seven'], [56, 'eight'], [57, 'nine'], [58, 'colon'], [59, 'semicolon'], [60, 'less'], [61, 'equal'], [62, 'greater'],
  [63, 'question'], [64, 'at'], [91, 'bracketleft'], [92, 'backslash'], [93, 'bracketright'], [94, 'asciicircum'],
  [95, 'underscore'], [96, 'grave'], [123, 'braceleft'], [124, 'bar'], [125, 'braceright'], [126, 'asciitilde'],
  [128, 'Euro'], [130, 'quotesinglbase'], [131, 'florin'], [132, 'quotedblbase'], [133, 'ellipsis'], [134, 'dagger'],
  [135, 'daggerdbl'], [136, 'circumflex'], [137, 'perthousand'], [138, 'Scaron'], [139, 'guilsinglleft'], [140, 'OE'],
  [142, 'Zcaron'], [145, 'quoteleft'], [146, 'quoteright'], [147, 'quotedblleft'], [148, 'quotedblright'], [149, 'bullet'],
  [150, 'endash'], [151, 'emdash'], [152, 'tilde'], [153, 'trademark'], [154, 'scaron'], [155, 'guilsinglright'], [156, 'oe'],
  [158, 'zcaron'], [159, 'Ydieresis'], [161, 'exclamdown'], [162, 'cent'], [163, 'sterling'], [164, 'currency'], [165, 'yen'],
  [166, 'brokenbar'], [167, 'section'], [168, 'dieresis'], [169, 'copyright'], [170, 'ordfeminine'], [171, 'guillemotleft'],
  [172, 'logicalnot'], [174, 'registered'], [175, 'macron'], [176, 'degree'], [177, 'plusminus'], [178, 'twosuperior'],
  [179, 'threesuperior'], [180, 'acute'], [181, 'mu'], [182, 'paragraph'], [183, 'periodcentered'], [184, 'cedilla'],
  [185, 'onesuperior'], [186, 'ordmasculine'], [187, 'guillemotright'], [188, 'onequarter'], [189, 'onehalf'],
  [190, 'threequarters'], [191, 'questiondown'], [198, 'AE'], [208, 'Eth'], [215, 'multiply'], [216, 'Oslash'], [222, 'Thorn'],
  [223, 'germandbls'], [230, 'ae'], [240, 'eth'], [247, 'divide'], [248, 'oslash'], [254, 'thorn'],
];

const EXTRA_NAMES: Record<string, string> = {
  fi: 'ﬁ', fl: 'ﬂ', ff: 'ﬀ', ffi: 'ﬃ', ffl: 'ﬄ', dotlessi: 'ı', dotlessj: 'ȷ', Lslash: 'Ł', lslash: 'ł', fraction: '⁄',
  minus: '−', nbspace: ' ', nonbreakingspace: ' ', sfthyphen: '-', softhyphen: '-', uni00A0: ' ', mu1: 'µ', Ohm: 'Ω',
  Omega: 'Ω', Delta: 'Δ', pi: 'π', approxequal: '≈', notequal: '≠', lessequal: '≤', greaterequal: '≥', infinity: '∞',
  summation: '∑', product: '∏', integral: '∫', partialdiff: '∂', radical: '√', lozenge: '◊', arrowright: '→', arrowleft: '←',
  checkmark: '✓', middot: '·', figuredash: '‒', hyphentwo: '‐', quoteleftreversed: '‛', quotereversed: '‛', Idot: 'İ',
  Gbreve: 'Ğ', gbreve: 'ğ', estimated: '℮', numero: '№', afii61352: '№', afii10017: 'А',
};

const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circumflex: '\u0302', dieresis: '\u0308', tilde: '\u0303', ring: '\u030a', cedilla: '\u0327',
  caron: '\u030c', macron: '\u0304', breve: '\u0306', ogonek: '\u0328', dotaccent: '\u0307', hungarumlaut: '\u030b', commaaccent: '\u0326',
};

const NAMES = new Map<string, string>();
{
  const win = ENCODINGS.WinAnsiEncoding!;
  for (let c = 65; c <= 90; c++) NAMES.set(String.fromCharCode(c), String.fromCharCode(c));
  for (let c = 97; c <= 122; c++) NAMES.set(String.fromCharCode(c), String.fromCharCode(c));
  for (const [c, n] of WINANSI_NAMES) NAMES.set(n, c === 39 ? "'" : c === 96 ? '`' : win[c] ?? String.fromCharCode(c));
  for (const [n, s] of Object.entries(EXTRA_NAMES)) NAMES.set(n, s);
}

/** A glyph name's Unicode text ("odieresis" → "ö", "uni00E5" → "å", "f_i" → "fi", "a.sc" → "a"), or null. */
export function glyphUnicode(name: string): string | null {
  const known = NAMES.get(name);
  if (known !== undefined) return known;
  let m = /^uni((?:[0-9A-Fa-f]{4})+)$/.exec(name);
  if (m) {
    const units = m[1]!.match(/.{4}/g)!.map((h) => parseInt(h, 16));
    return String.fromCharCode(...units);
  }
  m = /^u([0-9A-Fa-f]{4,6})$/.exec(name);
  if (m) {
    const cp = parseInt(m[1]!, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  }
  const dot = name.indexOf('.');
  if (dot > 0) return glyphUnicode(name.slice(0, dot)); // variants: "a.sc", "endash.case", "one.oldstyle"
  if (name.includes('_')) {
    const parts = name.split('_').map(glyphUnicode);
    return parts.every((p) => p !== null) ? parts.join('') : null;
  }
  // Letter + accent ("aogonek", "Scommaaccent", "uhungarumlaut").
  for (const [accent, mark] of Object.entries(ACCENTS)) {
    if (name.length > accent.length && name.endsWith(accent)) {
      const base = name.slice(0, -accent.length);
      const b = base === 'dotless' ? null : NAMES.get(base);
      if (b && /^[A-Za-z]$/.test(base)) return (b + mark).normalize('NFC');
    }
  }
  return null;
}
