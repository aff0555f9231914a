// Cloudflare D1: the same schema and queries; migrations are applied by `wrangler d1 migrations apply`.
import type { D1Database } from '@cloudflare/workers-types';
import { drizzle } from 'drizzle-orm/d1';
import type { Database, Db } from './index.js';
import * as schema from './schema.js';

export function openD1(binding: D1Database): Database {
  const db = drizzle(binding, { schema });
  return {
    db: db as unknown as Db,
    driver: 'd1',
    maxParams: 100,
    async atomic(statements) {
      if (statements.length) await db.batch(statements as [never, ...never[]]);
    },
  };
}
