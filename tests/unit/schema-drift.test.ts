import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { driftReport, renderSchema } from '../../scripts/prisma-schemas.mjs';

const root = path.resolve(__dirname, '../..');

/** model name → its scalar (column) fields, from a Prisma schema's text */
function models(schema: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    out[m[1]] = m[2]
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter(([name, type]) => /^\w+$/.test(name ?? '') && /^(String|Int|Float|Boolean|DateTime)\??$/.test(type ?? ''))
      .map(([name]) => name);
  }
  return out;
}

describe('the SQLite and PostgreSQL schemas', () => {
  it('are generated from prisma/schema.base.prisma and have not drifted', () => {
    expect(driftReport()).toEqual([]);
  });

  it('differ only in provider and url', () => {
    const strip = (s: string) => s.replace(/(sqlite|postgresql)/g, 'P').replace(/url\s+=\s+".*"/, 'url = U');
    expect(strip(renderSchema('sqlite'))).toBe(strip(renderSchema('postgresql')));
  });

  it('have migrations that create every model and column of the schema', () => {
    const schema = models(readFileSync(path.join(root, 'prisma', 'sqlite', 'schema.prisma'), 'utf8'));
    for (const provider of ['sqlite', 'postgresql']) {
      const dir = path.join(root, 'prisma', provider, 'migrations');
      const sql = readdirSync(dir)
        .sort()
        .map((d) => readFileSync(path.join(dir, d, 'migration.sql'), 'utf8'))
        .join('\n');
      for (const [model, fields] of Object.entries(schema)) {
        // the table as its last CREATE made it (SQLite redefines a table as "new_X" and renames it);
        // PostgreSQL adds several columns in one ALTER TABLE … ADD COLUMN …, ADD COLUMN …
        const creates = [...sql.matchAll(new RegExp(`CREATE TABLE "(?:new_)?${model}" \\(([\\s\\S]*?)\\n\\);`, 'g'))];
        const table = creates.at(-1);
        expect(table, `${provider}: table ${model}`).toBeDefined();
        expect(fields.length, `${model} has columns`).toBeGreaterThan(0);
        for (const f of fields) {
          const inTable = table![1].includes(`"${f}"`) || new RegExp(`ALTER TABLE "${model}" ADD COLUMN[^;]*?"${f}"`).test(sql);
          expect(inTable, `${provider}: column ${model}.${f}`).toBe(true);
        }
      }
    }
  });
});
