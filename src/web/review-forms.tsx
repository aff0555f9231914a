// The pieces of reviewing shared by the document page, the record page and the review queue: a record's
// review badge, its history, and the forms (plain POSTs with a CSRF token; they work without JavaScript).
import type { Context } from 'hono';
import { sessionCsrf, whoIs } from '../auth.js';
import type { Env } from '../http.js';
import type { AuditEntry } from '../records.js';
import { COMMITMENT_TYPES, type ReviewInfo } from '../queries.js';
import { canReview, type Identity } from '../tokens.js';
import { typeLabel } from './layout.js';

export const STATE_LABELS: Record<string, string> = {
  machine: 'Ogranskad', confirmed: 'Bekräftad', corrected: 'Rättad', rejected: 'Avvisad', added: 'Tillagd av granskare',
};

export const ACTION_LABELS: Record<string, string> = {
  confirm: 'bekräftade', correct: 'rättade', reject: 'avvisade', add: 'lade till', merge: 'slog ihop', split: 'delade av',
  moved: 'flyttade (texten ändrad)', anchored: 'hittade igen', orphaned: 'tappade fästet (citatet borta)',
};

export const KIND_LABELS: Record<string, string> = { municipality: 'Kommun', person: 'Person', wave: 'Våg', date: 'Datum', commitment: 'Åtagande' };

/** The reviewer of this web session (login cookie), with the CSRF token for its forms; null when not a reviewer. */
export interface Session { who: Identity; csrf: string }
export async function reviewSession(c: Context<Env>): Promise<Session | null> {
  const who = await whoIs(c, 'session');
  return who && canReview(who) ? { who, csrf: await sessionCsrf(c) } : null;
}

export function ReviewBadge(props: { review: ReviewInfo }) {
  const r = props.review;
  return (
    <span class={`review-state state-${r.state}`} title={r.by ? `${STATE_LABELS[r.state]} av ${r.by} ${r.at?.slice(0, 10) ?? ''}` : 'Maskinens värde, ogranskat'}>
      {STATE_LABELS[r.state] ?? r.state}{r.by ? ` · ${r.by}` : ''}
    </span>
  );
}

const show = (v: unknown) => (v === null || v === undefined ? '–' : typeof v === 'object' ? Object.entries(v as Record<string, unknown>)
  .filter(([k, x]) => x !== null && x !== undefined && k !== 'code').map(([k, x]) => `${k}: ${String(x)}`).join(', ') : String(v));

export function History(props: { items: AuditEntry[] }) {
  if (!props.items.length) return null;
  return (
    <ol class="history">
      {props.items.map((e) => (
        <li>
          <time datetime={e.at}>{e.at.slice(0, 16).replace('T', ' ')}</time> <strong>{e.reviewer}</strong> {ACTION_LABELS[e.action] ?? e.action}
          {e.action === 'correct' && <> <span class="muted">från</span> <span class="old">{show(diff(e.oldValue, e.newValue).old)}</span> <span class="muted">till</span> <span class="new">{show(diff(e.oldValue, e.newValue).new)}</span></>}
          {(e.action === 'add' || e.action === 'merge') && <> <span class="new">{show(e.newValue)}</span></>}
          {e.comment && <div class="sub">”{e.comment}”</div>}
        </li>
      ))}
    </ol>
  );
}

/** Only the fields a correction changed. */
function diff(a: unknown, b: unknown): { old: Record<string, unknown>; new: Record<string, unknown> } {
  const x = (a ?? {}) as Record<string, unknown>, y = (b ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => JSON.stringify(x[k] ?? null) !== JSON.stringify(y[k] ?? null));
  return { old: Object.fromEntries(keys.map((k) => [k, x[k] ?? null])), new: Object.fromEntries(keys.map((k) => [k, y[k] ?? null])) };
}

/** The fields of a value a reviewer edits, per kind: [name, label, type]. */
const FIELDS: Record<string, [string, string, 'text' | 'number' | 'type' | 'bool'][]> = {
  municipality: [['name', 'Kommun', 'text']],
  person: [['name', 'Namn', 'text'], ['party', 'Parti', 'text'], ['role', 'Roll', 'text'], ['municipality', 'Kommun', 'text'], ['politician', 'Politiker', 'bool']],
  wave: [['municipality', 'Kommun', 'text'], ['wave', 'Våg', 'number']],
  date: [['value', 'Datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)', 'text']],
  commitment: [['actor', 'Aktör', 'text'], ['type', 'Typ', 'type'], ['what', 'Vad', 'text'], ['when', 'När', 'text']],
};

function ValueFields(props: { kind: string; value: Record<string, unknown>; prefix: string; field: string; omitName?: boolean }) {
  return (
    <>
      {(FIELDS[props.kind] ?? []).filter(([name]) => !(props.omitName && props.kind === 'person' && name === 'name')).map(([name, label, type]) => {
        const id = `${props.prefix}-${name}`;
        const v = props.value[name];
        if (type === 'bool') return <label class="check"><input type="hidden" name={`${props.field}politician_given`} value="1" /><input id={id} type="checkbox" name={`${props.field}${name}`} value="true" checked={v === true} /> {label}</label>;
        if (type === 'type') {
          return <div><label for={id}>{label}</label><select id={id} name={`${props.field}${name}`}>{COMMITMENT_TYPES.map((t) => <option value={t} selected={v === t}>{typeLabel(t)}</option>)}</select></div>;
        }
        return <div><label for={id}>{label}</label><input id={id} name={`${props.field}${name}`} type={type === 'number' ? 'number' : 'text'} value={v == null ? '' : String(v)}
          list={name === 'municipality' || (props.kind === 'municipality' && name === 'name') ? 'municipality-names' : undefined} /></div>;
      })}
    </>
  );
}

/** Confirm and reject (one click each) and an edit form, for one record. */
export function ReviewForms(props: { s: Session; id: string; kind: string; value: unknown; latest: number | null; next: string; orphaned?: boolean }) {
  const { s, id } = props;
  const hidden = (
    <>
      <input type="hidden" name="csrf" value={s.csrf} />
      <input type="hidden" name="base" value={props.latest == null ? '' : String(props.latest)} />
      <input type="hidden" name="next" value={props.next} />
    </>
  );
  const value = (props.value ?? {}) as Record<string, unknown>;
  return (
    <div class="review-forms" data-record={id}>
      {!props.orphaned && <form method="post" action={`/records/${id}/review`} class="inline">{hidden}<button type="submit" name="action" value="confirm" class="confirm" data-key="c">Bekräfta</button></form>}
      <form method="post" action={`/records/${id}/review`} class="inline">{hidden}<button type="submit" name="action" value="reject" class="reject" data-key="r">Avvisa</button></form>
      {!props.orphaned && (
        <details class="edit">
          <summary data-key="e">Rätta…</summary>
          <form method="post" action={`/records/${id}/review`} class="stack edit-form">
            {hidden}
            <input type="hidden" name="action" value="correct" />
            <ValueFields kind={props.kind} value={value} prefix={`e-${id}`} field="v_" omitName />
            <label for={`c-${id}`}>Kommentar</label>
            <input id={`c-${id}`} name="comment" />
            <button type="submit">Spara rättelsen</button>
          </form>
        </details>
      )}
      {props.kind === 'person' && !props.orphaned && (
        <form method="post" action={`/records/${id}/split`} class="inline">{hidden}<button type="submit" class="secondary" title="Detta omnämnande är en annan person">Dela av</button></form>
      )}
    </div>
  );
}

/** Add a record the extractor missed: the span is filled in by selecting text (review.js) or typed as offsets. */
export function AddRecordForm(props: { s: Session; documentId: string; next: string }) {
  return (
    <details class="add-record" id="add-record">
      <summary>Lägg till en uppgift som saknas</summary>
      <p class="sub">Markera texten i dokumentet, så fylls början och slut i. Utan JavaScript: ange teckenpositionerna.</p>
      <form method="post" action={`/documents/${props.documentId}/records`} class="stack add-form">
        <input type="hidden" name="csrf" value={props.s.csrf} />
        <input type="hidden" name="next" value={props.next} />
        <blockquote class="selected-quote" aria-live="polite"></blockquote>
        <div class="span-fields">
          <div><label for="add-start">Början</label><input id="add-start" name="start" type="number" min="0" required /></div>
          <div><label for="add-end">Slut</label><input id="add-end" name="end" type="number" min="1" required /></div>
        </div>
        <label for="add-kind">Slag</label>
        <select id="add-kind" name="kind">{Object.entries(KIND_LABELS).map(([k, l]) => <option value={k} selected={k === 'commitment'}>{l}</option>)}</select>
        {Object.keys(FIELDS).map((kind) => (
          <fieldset class="kind-fields" data-kind={kind}>
            <legend>{KIND_LABELS[kind]}</legend>
            <ValueFields kind={kind} value={{}} prefix={`add-${kind}`} field={`a_${kind}_`} />
          </fieldset>
        ))}
        <label for="add-comment">Kommentar</label>
        <input id="add-comment" name="comment" />
        <button type="submit">Lägg till</button>
      </form>
    </details>
  );
}

const NULLABLE = new Set(['party', 'role', 'municipality', 'when']);

/**
 * The value a form sends: inputs named `<prefix><field>` (`v_party` in an edit form, `a_person_party` in the
 * add form). An empty field clears a nullable one and leaves any other unchanged.
 */
export function formValue(form: Record<string, unknown>, kind: string, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, , type] of FIELDS[kind] ?? []) {
    const raw = form[`${prefix}${name}`];
    if (type === 'bool') {
      if (form[`${prefix}politician_given`] !== undefined) out[name] = raw === 'true';
      continue;
    }
    if (typeof raw !== 'string') continue;
    const t = raw.trim();
    if (t === '') { if (NULLABLE.has(name)) out[name] = null; continue; }
    out[name] = type === 'number' && /^\d+$/.test(t) ? Number(t) : t;
  }
  return out;
}
