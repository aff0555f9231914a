// The document text with every extracted span marked. Spans may nest (a commitment sentence holds a
// municipality and a date) or overlap; an overlapping span is split at its neighbour's edge so the marks
// always nest properly and every character of every span stays marked.
import type { Child } from 'hono/jsx';
import type { MentionView } from '../queries.js';

interface Span { start: number; end: number; m: MentionView; first: boolean }

const KIND_TITLES: Record<string, string> = {
  municipality: 'Kommun', person: 'Person', wave: 'Våg', date: 'Datum', commitment: 'Åtagande', kind: 'Dokumenttyp', published: 'Publicerad',
};

function title(m: MentionView): string {
  const found = m.rule ? ` · hittad av ${m.rule}${m.ruleDescription ? ` (${m.ruleDescription})` : ''}` : '';
  return what(m) + found;
}

function what(m: MentionView): string {
  const v = (m.value ?? {}) as Record<string, unknown>;
  switch (m.kind) {
    case 'municipality': return `Kommun: ${m.municipality?.name ?? v.name ?? ''}`;
    case 'person': return `Person: ${v.name ?? m.text}${m.party ? ` (${m.party})` : ''}${m.role ? `, ${m.role}` : ''}`;
    case 'wave': return `Våg ${v.wave ?? ''}: ${v.municipality ?? ''}`;
    case 'date': return `Datum: ${v.value ?? ''}`;
    case 'commitment': return `Åtagande (${v.type ?? ''}): ${v.actor ?? ''} – ${v.what ?? ''}`;
    default: return KIND_TITLES[m.kind] ?? m.kind;
  }
}

function nest(text: string, spans: Span[], from: number, to: number, ids: Set<string>): Child[] {
  const out: Child[] = [];
  let cursor = from;
  let queue = spans;
  while (queue.length) {
    const [s, ...others] = queue as [Span, ...Span[]];
    if (s.start > cursor) out.push(text.slice(cursor, s.start));
    const inside: Span[] = [];
    const rest: Span[] = [];
    for (const n of others) {
      if (n.start >= s.end) rest.push(n);
      else if (n.end <= s.end) inside.push(n);
      else { inside.push({ ...n, end: s.end }); rest.push({ ...n, start: s.end, first: false }); }
    }
    const id = `${s.m.kind}-${s.m.start}`;
    const anchor = s.first && !ids.has(id);
    if (anchor) ids.add(id);
    out.push(
      <mark data-kind={s.m.kind} id={anchor ? id : undefined} title={title(s.m)}>
        {nest(text, inside, s.start, s.end, ids)}
      </mark>,
    );
    cursor = s.end;
    queue = rest.sort(order);
  }
  if (cursor < to) out.push(text.slice(cursor, to));
  return out;
}

const order = (a: Span, b: Span) => a.start - b.start || b.end - a.end || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0);

/** Marks for every span; the first piece of each carries id="<kind>-<start>" so records can link to it. */
export function DocText(props: { text: string; mentions: MentionView[] }) {
  const { text } = props;
  const spans = props.mentions
    .filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length)
    .map((m) => ({ start: m.start, end: m.end, m, first: true }))
    .sort(order);
  return <div class="doc-text" lang="sv">{nest(text, spans, 0, text.length, new Set())}</div>;
}
