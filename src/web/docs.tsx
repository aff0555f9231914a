// /api/docs: a server-rendered reference of the API, listing every operation of the generated OpenAPI spec.
import { Layout } from './layout.js';

interface Param { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string | string[]; enum?: unknown[]; default?: unknown; maximum?: number } }
interface Operation {
  summary?: string; description?: string; tags?: string[]; parameters?: Param[]; security?: unknown[];
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}
export interface OpenApiDoc { info?: { title?: string; description?: string; version?: string }; paths?: Record<string, Record<string, Operation>> }

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function ApiDocs(props: { spec: OpenApiDoc }) {
  const ops = Object.entries(props.spec.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m]! })));
  const tags = [...new Set(ops.map((o) => o.op.tags?.[0] ?? 'övrigt'))];
  return (
    <Layout title="API" path="/api/docs">
      <h1>API-referens</h1>
      <p class="lede">{props.spec.info?.description}</p>
      <p>Maskinläsbar specifikation: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Listor svarar
        <code>{'{ items, total }'}</code> med <code>limit</code> (högst 200) och <code>offset</code>; fel svarar
        <code>application/problem+json</code>. Skrivningar kräver <code>Authorization: Bearer &lt;token&gt;</code>.</p>
      <nav class="toc" aria-label="Innehåll"><ul>{tags.map((t) => <li><a href={`#tag-${t}`}>{t}</a></li>)}</ul></nav>
      {tags.map((tag) => (
        <section id={`tag-${tag}`}>
          <h2>{tag}</h2>
          {ops.filter((o) => (o.op.tags?.[0] ?? 'övrigt') === tag).map(({ path, method, op }) => (
            <article class="operation" id={`${method}-${path}`}>
              <h3><span class={`method method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code></h3>
              {op.summary && <p>{op.summary}</p>}
              {op.description && <p class="sub">{op.description}</p>}
              {op.security && op.security.length > 0 && <p class="sub">Kräver skrivnyckel (bearer token).</p>}
              {op.parameters && op.parameters.length > 0 && (
                <table class="data params">
                  <thead><tr><th scope="col">Parameter</th><th scope="col">I</th><th scope="col">Typ</th><th scope="col">Beskrivning</th></tr></thead>
                  <tbody>{op.parameters.map((p) => (
                    <tr><td><code>{p.name}</code>{p.required && <span class="tag">krävs</span>}</td><td>{p.in}</td>
                      <td>{describeSchema(p.schema)}</td><td>{p.description ?? ''}</td></tr>
                  ))}</tbody>
                </table>
              )}
              <p class="responses">Svar: {Object.entries(op.responses ?? {}).map(([code, r], i) => (
                <>{i > 0 && ' · '}<span class={`status-code s${code[0]}`}>{code}</span> {r.description}</>
              ))}</p>
            </article>
          ))}
        </section>
      ))}
    </Layout>
  );
}

function describeSchema(s: Param['schema']): string {
  if (!s) return '';
  if (s.enum) return s.enum.join(' | ');
  let t = Array.isArray(s.type) ? s.type.join(' | ') : s.type ?? '';
  if (s.default !== undefined) t += ` (standard ${String(s.default)})`;
  if (s.maximum !== undefined) t += `, högst ${s.maximum}`;
  return t;
}
