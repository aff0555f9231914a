// Queries prepared once per database connection. The writer runs the same few look-ups for every document it
// stores (is this file stored? a twin text? the document's reviews, the merged people); built by drizzle and
// prepared by the driver each time, they cost about 0.9 ms of the writer's ~5 ms per document (CPU profile of a
// plain-text bulk ingest). A prepared query takes its values as `sql.placeholder(name)` and is reused with new
// ones; on D1 it is a prepared statement bound anew per call.
import type { Db } from './index.js';

const cache = new WeakMap<Db, Map<string, unknown>>();

/** The query `make` builds on `db`, prepared on first use and kept for this connection under `name`. */
export function prepared<T>(db: Db, name: string, make: (db: Db) => T): T {
  let byName = cache.get(db);
  if (!byName) cache.set(db, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, make(db));
  return byName.get(name) as T;
}
