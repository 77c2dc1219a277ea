// Upgrading a database that has data: the migration that scoped entity ids by map
// (20261201…_scoped_entity_ids) redefines tables that others reference. On SQLite that
// used to mean a cascade (dropping the old Node table deleted every citation and tag
// link) or a "foreign key mismatch"; on PostgreSQL a NOT NULL column added to rows
// that exist. Runs on the provider of the pass (SQLite, then PostgreSQL).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../scripts/migrate.mjs';
import { withPostgresDatabase } from '../../scripts/throwaway-db.mjs';

const require = createRequire(import.meta.url);
const provider = process.env.PLEIT_DB_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite';
const migrations = readdirSync(path.join(import.meta.dirname, '..', '..', 'prisma', provider, 'migrations')).sort();
const scoped = migrations.find((m) => m.endsWith('_scoped_entity_ids'))!;
const before = migrations[migrations.indexOf(scoped) - 1];
const quiet = () => undefined;

interface Sql {
  run(sql: string, params?: unknown[]): Promise<void>;
  rows(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function open(url: string): Promise<Sql> {
  if (provider === 'sqlite') {
    const Database = require('better-sqlite3');
    const db = new Database(url.replace(/^file:/, ''));
    db.pragma('foreign_keys = ON');
    const bind = (params: unknown[] = []) => params.map((p) => (p instanceof Date ? p.toISOString() : p));
    return {
      run: async (sql, params) => void db.prepare(sql).run(...bind(params)),
      rows: async (sql, params) => db.prepare(sql).all(...bind(params)),
      close: async () => db.close(),
    };
  }
  const pg = require('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let n = 0;
  const dollar = (sql: string) => sql.replace(/\?/g, () => `$${++n}`);
  return {
    run: async (sql, params) => {
      n = 0;
      await client.query(dollar(sql), params);
    },
    rows: async (sql, params) => {
      n = 0;
      return (await client.query(dollar(sql), params)).rows;
    },
    close: () => client.end(),
  };
}

async function withDatabase(fn: (url: string) => Promise<void>) {
  if (provider === 'postgresql') {
    const admin = process.env.PLEIT_TEST_POSTGRES_URL;
    if (!admin) throw new Error('the PostgreSQL pass needs PLEIT_TEST_POSTGRES_URL');
    return withPostgresDatabase(admin, fn, 'pleit_upgrade');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'pleit-upgrade-'));
  try {
    await fn(`file:${path.join(dir, 'pleit.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('upgrading a database with maps in it', () => {
  it('keeps every node, tag link, source and citation through the scoped-ids migration, each in its map', async () => {
    expect(before).toBeTruthy();
    await withDatabase(async (url) => {
      await migrate(url, quiet, before);
      const sql = await open(url);
      const now = new Date();
      const user = randomUUID();
      const maps = [randomUUID(), randomUUID()];
      try {
        await sql.run('INSERT INTO "User" ("id", "email", "name", "passwordHash", "createdAt") VALUES (?, ?, ?, ?, ?)', [user, `${user}@example.org`, 'U', 'x', now]);
        for (const [i, mapId] of maps.entries()) {
          await sql.run('INSERT INTO "ArgumentMap" ("id", "title", "ownerId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)', [mapId, `Map ${i}`, user, now, now]);
          for (let k = 0; k < 3; k++) {
            const node = `n${i}-${k}`;
            await sql.run('INSERT INTO "Node" ("id", "mapId", "kind", "title", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)', [node, mapId, 'CLAIM', `Node ${i}.${k}`, now, now]);
          }
          await sql.run('INSERT INTO "Tag" ("id", "mapId", "name", "color") VALUES (?, ?, ?, ?)', [`t${i}`, mapId, 'tag', '#112233']);
          await sql.run('INSERT INTO "NodeTag" ("nodeId", "tagId") VALUES (?, ?)', [`n${i}-0`, `t${i}`]);
          await sql.run('INSERT INTO "NodeTag" ("nodeId", "tagId") VALUES (?, ?)', [`n${i}-1`, `t${i}`]);
          await sql.run('INSERT INTO "Relation" ("id", "mapId", "type", "fromId", "toId", "createdAt") VALUES (?, ?, ?, ?, ?, ?)', [`r${i}`, mapId, 'SUPPORTS', `n${i}-1`, `n${i}-0`, now]);
          await sql.run('INSERT INTO "Source" ("id", "mapId", "type", "title", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)', [`s${i}`, mapId, 'REPORT', 'S', now, now]);
          await sql.run('INSERT INTO "Citation" ("id", "mapId", "nodeId", "sourceId", "quote", "createdAt") VALUES (?, ?, ?, ?, ?, ?)', [`c${i}`, mapId, `n${i}-2`, `s${i}`, 'q', now]);
        }
      } finally {
        await sql.close();
      }

      await migrate(url, quiet);

      const after = await open(url);
      try {
        const count = async (table: string) => Number((await after.rows(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
        expect(await count('Node')).toBe(6);
        expect(await count('Relation')).toBe(2);
        expect(await count('Tag')).toBe(2);
        expect(await count('Source')).toBe(2);
        expect(await count('Citation')).toBe(2);
        const links = await after.rows('SELECT "mapId", "nodeId", "tagId" FROM "NodeTag" ORDER BY "nodeId"');
        expect(links).toEqual([
          { mapId: maps[0], nodeId: 'n0-0', tagId: 't0' },
          { mapId: maps[0], nodeId: 'n0-1', tagId: 't0' },
          { mapId: maps[1], nodeId: 'n1-0', tagId: 't1' },
          { mapId: maps[1], nodeId: 'n1-1', tagId: 't1' },
        ]);
        // the new keys: the same node id in the other map is allowed now …
        await after.run('INSERT INTO "Node" ("id", "mapId", "kind", "title", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)', ['n0-0', maps[1], 'CLAIM', 'Same id, other map', new Date(), new Date()]);
        // … and deleting a node still takes its citations and tag links, in its own map only
        await after.run('DELETE FROM "Node" WHERE "mapId" = ? AND "id" = ?', [maps[0], 'n0-2']);
        await after.run('DELETE FROM "Node" WHERE "mapId" = ? AND "id" = ?', [maps[0], 'n0-0']);
        expect((await after.rows('SELECT "id" FROM "Citation" ORDER BY "id"')).map((r) => r.id)).toEqual(['c1']);
        expect((await after.rows('SELECT "mapId", "nodeId" FROM "NodeTag" ORDER BY "mapId", "nodeId"')).filter((r) => r.mapId === maps[0])).toEqual([{ mapId: maps[0], nodeId: 'n0-1' }]);
      } finally {
        await after.close();
      }
    });
  });
});
