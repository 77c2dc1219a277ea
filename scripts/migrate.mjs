// Applies prisma/<provider>/migrations/*/migration.sql in order, once each, recording
// them in the _pleit_migrations table with a checksum. Prisma's own `migrate deploy`
// downloads nothing in 6.19 with the js engine but lingers for up to a minute after
// finishing and trips over PostgreSQL's `name` type (prisma/orm#27403); these few
// lines do the same job in well under a second.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const providerOf = (url) => (/^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite');
export const sqliteFile = (url) => {
  const file = url.replace(/^file:/, '');
  return path.isAbsolute(file) ? file : path.join(process.cwd(), file);
};

function pendingMigrations(provider, upTo) {
  const dir = path.join(root, 'prisma', provider, 'migrations');
  return readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'migration.sql')) && (!upTo || d <= upTo))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

function checkApplied(applied, migrations) {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    const m = byName.get(row.name);
    if (!m) throw new Error(`The database has migration ${row.name}, which this version of Pleit does not know: is it older than the database?`);
    if (m.checksum !== row.checksum) throw new Error(`Migration ${row.name} was changed after it was applied (checksum differs).`);
  }
}

async function migrateSqlite(url, log, upTo) {
  const Database = require('better-sqlite3');
  const file = sqliteFile(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 15000 });
  try {
    // WAL lets readers and the one writer work at the same time; the setting is stored in the file
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE IF NOT EXISTS _pleit_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const migrations = pendingMigrations('sqlite', upTo);
    const applied = db.prepare('SELECT name, checksum FROM _pleit_migrations').all();
    checkApplied(applied, migrations);
    const done = new Set(applied.map((r) => r.name));
    // SQLite's procedure for changing tables that others reference: foreign keys off
    // (a pragma that is a no-op inside a transaction, so it is set here, outside), the
    // migration in one transaction, and before it commits a check that every reference
    // still holds. With the keys on, Prisma's "RedefineTables" would cascade: dropping
    // the old Node table deletes every citation and tag link pointing at it.
    db.pragma('foreign_keys = OFF');
    try {
      for (const m of migrations.filter((m) => !done.has(m.name))) {
        db.transaction(() => {
          db.exec(m.sql);
          const broken = db.pragma('foreign_key_check');
          if (broken.length) {
            throw new Error(`Migration ${m.name} would leave ${broken.length} broken reference(s), e.g. ${JSON.stringify(broken[0])}; nothing was changed.`);
          }
          db.prepare('INSERT INTO _pleit_migrations (name, checksum, applied_at) VALUES (?, ?, ?)').run(m.name, m.checksum, new Date().toISOString());
        })();
        log(`applied migration ${m.name}`);
      }
    } finally {
      db.pragma('foreign_keys = ON');
    }
  } finally {
    db.close();
  }
}

async function migratePostgres(url, log, upTo) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // one migrator at a time, even with several app servers starting together
    await client.query('SELECT pg_advisory_lock(715517)');
    await client.query('CREATE TABLE IF NOT EXISTS _pleit_migrations (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)');
    const migrations = pendingMigrations('postgresql', upTo);
    const { rows: applied } = await client.query('SELECT name, checksum FROM _pleit_migrations');
    checkApplied(applied, migrations);
    const done = new Set(applied.map((r) => r.name));
    for (const m of migrations.filter((m) => !done.has(m.name))) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO _pleit_migrations (name, checksum, applied_at) VALUES ($1, $2, now())', [m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      log(`applied migration ${m.name}`);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(715517)').catch(() => undefined);
    await client.end();
  }
}

/** Applies the pending migrations; `upTo` (a migration's folder name) stops after that one (tests of upgrades). */
export async function migrate(url, log = (m) => console.log(`[pleit] ${m}`), upTo = undefined) {
  return providerOf(url) === 'postgresql' ? migratePostgres(url, log, upTo) : migrateSqlite(url, log, upTo);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL || `file:${path.join(process.cwd(), 'data', 'pleit.db')}`;
  migrate(url).catch((e) => {
    console.error(`[pleit] migration failed: ${e.message}`);
    process.exit(1);
  });
}
