// `npx tsx scripts/eval-attributes.ts [--docs] [--set DIR]`: the accuracy of extractors/attributes.ts on gold
// inputs, independent of the commitments extractor. For every gold commitment of a set whose gold carries the
// attributes (corpus/real; the seed corpus/gold has none and is skipped), it parses the document with the
// project pipeline, finds the evidence in the text (white space normalised: evidence may span line breaks),
// calls `commitmentAttributes` with the gold's type, actor and when (and, where one sentence holds several
// commitments of one actor, their order as `index`/`of`), and compares the six attributes as the scorer does:
// counted where the gold commitment has the key and either side states a value.
//   --docs     list every miss (document, actor/type, attribute, gold → predicted, evidence)
//   --set DIR  a corpus folder with docs/ and gold/ (repeatable; default corpus/real and corpus)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitmentAttributes, type Attributes } from '../extractors/attributes.js';
import type { ExtractorContext } from '../extractors/types.js';
import { analyse, docName } from '../src/pipeline.js';
import type { CommitmentValue, Mention } from '../src/types.js';

const ATTRS = ['strength', 'target_year', 'baseline_year', 'reduction_percent', 'scope', 'object'] as const;
type Attr = (typeof ATTRS)[number];

const args = process.argv.slice(2);
const showDocs = args.includes('--docs');
const sets = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [args[i + 1]!] : []));
if (!sets.length) sets.push('corpus/real', 'corpus');

type GoldCommitment = CommitmentValue & { evidence: string };

/** Whitespace-normalised text with a map back to the original offsets. */
function normalised(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) { space = norm.length > 0; continue; }
    if (space) { norm += ' '; map.push(i); space = false; }
    norm += ch;
    map.push(i);
  }
  return { norm, map };
}

function contextOf(mentions: Mention[], kind: ExtractorContext['kind'], published: string | null): ExtractorContext {
  const of = <K extends Mention['kind']>(k: K) => mentions.filter((m) => m.kind === k) as never;
  return {
    document: mentions.filter((m) => m.kind === 'kind' || m.kind === 'published') as ExtractorContext['document'],
    municipalities: of('municipality'), people: of('person'), waves: of('wave'), dates: of('date'), commitments: of('commitment'),
    kind, published,
  };
}

const tally = Object.fromEntries(ATTRS.map((a) => [a, { ok: 0, n: 0 }])) as Record<Attr, { ok: number; n: number }>;
const misses: string[] = [];
let commitments = 0, located = 0, withAttributes = 0;

for (const set of sets) {
  const goldDir = join(set, 'gold'), docsDir = join(set, 'docs');
  if (!existsSync(goldDir)) continue;
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { commitments?: GoldCommitment[] };
    const gc = gold.commitments ?? [];
    if (!gc.some((c) => ATTRS.some((a) => a in c))) continue; // gold without attributes (the seed corpus)
    const docFile = join(docsDir, file.replace(/\.json$/, '.txt'));
    const { doc, mentions, extraction } = await analyse(new Uint8Array(readFileSync(docFile)), docName(docFile));
    const ctx = contextOf(mentions, extraction.kind, extraction.published);
    const { norm, map } = normalised(doc.text);
    for (const [i, g] of gc.entries()) {
      commitments++;
      if (!ATTRS.some((a) => a in g)) continue;
      withAttributes++;
      const ev = normalised(g.evidence).norm;
      const at = norm.indexOf(ev);
      if (at < 0) { misses.push(`${file}: evidence not found: ${ev.slice(0, 80)}`); continue; }
      located++;
      const start = map[at]!, end = map[at + ev.length - 1]! + 1;
      // Siblings as the commitments extractor counts them: same sentence, actor and type.
      const same = gc.filter((o) => o.actor === g.actor && o.type === g.type && o.evidence === g.evidence);
      const index = same.indexOf(g);
      const pred: Attributes = commitmentAttributes({
        doc, ctx, type: g.type, actor: g.actor, when: g.when, start, end,
        ...(same.length > 1 ? { index, of: same.length } : {}),
      });
      for (const a of ATTRS) {
        if (!(a in g)) continue;
        const gv = (g as unknown as Record<string, unknown>)[a] ?? null, pv = pred[a] ?? null;
        if (gv === null && pv === null) continue;
        const ok = String(gv) === String(pv);
        tally[a].n++;
        if (ok) tally[a].ok++;
        else misses.push(`${file} #${i} ${g.actor}/${g.type} ${a}: ${gv} → ${pv}   «${ev.slice(0, 110)}»`);
      }
    }
  }
}

console.log(`attributes of ${withAttributes} gold commitments (${located} evidence spans located, ${commitments} commitments in all)`);
for (const a of ATTRS) {
  const { ok, n } = tally[a];
  console.log(`accuracy commitment_${a.padEnd(18)} ${n ? (100 * ok / n).toFixed(1).padStart(5) : '  n/a'}  (${ok}/${n})`);
}
if (showDocs && misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);
