// The Prisma client for whichever database DATABASE_URL names: SQLite (the embedded
// default, file:./data/pleit.db) through better-sqlite3, or PostgreSQL through pg.
// Both clients are generated from the same model (prisma/schema.base.prisma), so
// the SQLite client's types describe either.
import 'server-only';
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

const globalForDb = globalThis as unknown as { pleitDb?: Db; pleitDurable?: Promise<unknown> };

export function db(): Db {
  if (!globalForDb.pleitDb) {
    globalForDb.pleitDb = createClient();
    // WAL's default (synchronous = NORMAL) may lose the last acknowledged commits in a
    // power cut; FULL syncs the log at every commit. Measured here: 0.02 → 0.25 ms a
    // commit, nothing next to a request. Issued first on the one connection.
    if (databaseProvider() === 'sqlite') {
      globalForDb.pleitDurable = globalForDb.pleitDb.$executeRawUnsafe('PRAGMA synchronous = FULL').catch((e) => {
        // `next build` renders pages once without a database; only a running server says so
        if (process.env.NEXT_PHASE !== 'phase-production-build') console.error('[pleit] PRAGMA synchronous', e);
      });
    }
  }
  return globalForDb.pleitDb;
}

/**
 * Work to do once a transaction has committed (and never when it rolls back): the event
 * log uses it to wake the live streams of this process.
 */
const afterCommit = new WeakMap<Tx, (() => void)[]>();
export function onCommit(tx: Tx, fn: () => void) {
  const list = afterCommit.get(tx);
  if (list) list.push(fn);
  else afterCommit.set(tx, [fn]);
}

/**
 * Runs a write transaction. SQLite has one writer at a time; better-sqlite3 runs on one
 * connection, so writes are queued here in the process instead of contending for the
 * file lock. PostgreSQL transactions run concurrently and lock the map's row.
 */
let queue: Promise<unknown> = Promise.resolve();
export function writeTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const run = async () => {
    let done: (() => void)[] = [];
    const result = await db().$transaction(
      async (tx) => {
        const value = await fn(tx);
        done = afterCommit.get(tx) ?? [];
        return value;
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
    for (const f of done) {
      try {
        f();
      } catch (e) {
        console.error('after-commit hook failed', e);
      }
    }
    return result;
  };
  if (databaseProvider() === 'postgresql') return run();
  const durable = (db(), globalForDb.pleitDurable);
  const result = queue.then(() => durable).then(run, run);
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
