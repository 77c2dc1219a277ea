// The Prisma client for whichever database DATABASE_URL names: SQLite (the embedded
// default, file:./data/pleit.db) through better-sqlite3, or PostgreSQL through pg.
// Both clients are generated from the same model (prisma/schema.base.prisma), so
// the SQLite client's types describe either.
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '@/lib/generated/sqlite/client';
import { PrismaClient as PostgresClient } from '@/lib/generated/postgresql/client';

export type Db = InstanceType<typeof SqliteClient>;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(/* turbopackIgnore: true */ process.cwd(), 'data', 'pleit.db')}`;
}

export function databaseProvider(url = databaseUrl()): 'sqlite' | 'postgresql' {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}

/** file:./data/pleit.db → an absolute path, relative to the working directory */
export function sqlitePath(url: string): string {
  const file = url.replace(/^file:/, '');
  return path.isAbsolute(file) ? file : path.join(/* turbopackIgnore: true */ process.cwd(), file);
}

function createClient(): Db {
  const url = databaseUrl();
  if (databaseProvider(url) === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.PLEIT_PG_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // busy timeout: a second process (the seed command, a backup) waits instead of failing
  const adapter = new PrismaBetterSQLite3({ url: sqlitePath(url), timeout: 15_000 });
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { pleitDb?: Db };

export function db(): Db {
  globalForDb.pleitDb ??= createClient();
  return globalForDb.pleitDb;
}

/**
 * Runs a write transaction. SQLite has one writer at a time; better-sqlite3 runs on one
 * connection, so writes are queued here in the process instead of contending for the
 * file lock. PostgreSQL transactions run concurrently and lock the map's row.
 */
let queue: Promise<unknown> = Promise.resolve();
export function writeTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const run = () => db().$transaction(fn, { timeout: 60_000, maxWait: 60_000 });
  if (databaseProvider() === 'postgresql') return run();
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Runs a consistent read of several tables. It waits for the connection as long as a
 * write may hold it (SQLite: one connection, held by the running write) instead of
 * failing after Prisma's default of 2 s, which on a busy server answered reads 500.
 */
export function readTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(fn, { timeout: 60_000, maxWait: 60_000 });
}
