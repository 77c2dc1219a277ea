// Writes the SQLite and PostgreSQL variants of prisma/schema.base.prisma, their
// migrations, and the two generated clients. See the header of schema.base.prisma.
//   node scripts/prisma-schemas.mjs generate <migration-name>   schemas + migration + clients
//   node scripts/prisma-schemas.mjs client                      clients only (postinstall)
//   node scripts/prisma-schemas.mjs check                       fail when anything drifted
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PROVIDERS = {
  sqlite: { url: 'file:./pleit.db' },
  postgresql: { url: 'postgresql://localhost:5432/pleit' },
};
const prismaBin = path.join(root, 'node_modules', '.bin', 'prisma');

export function renderSchema(provider) {
  const base = readFileSync(path.join(root, 'prisma', 'schema.base.prisma'), 'utf8');
  const header = `// GENERATED from prisma/schema.base.prisma by scripts/prisma-schemas.mjs: do not edit.\n`;
  return header + base.replaceAll('{{PROVIDER}}', provider).replaceAll('{{URL}}', PROVIDERS[provider].url);
}

export const schemaPath = (provider) => path.join(root, 'prisma', provider, 'schema.prisma');
export const migrationsDir = (provider) => path.join(root, 'prisma', provider, 'migrations');

function prisma(args, provider) {
  return execFileSync(prismaBin, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: provider === 'sqlite' ? ':memory:' : (process.env.PLEIT_DEV_POSTGRES_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/postgres'), PLEIT_PRISMA_PROVIDER: provider, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function diffScript(provider, fromFile, toFile) {
  const from = fromFile ? ['--from-schema-datamodel', fromFile] : ['--from-empty'];
  return prisma(['migrate', 'diff', ...from, '--to-schema-datamodel', toFile, '--script'], provider);
}

function generateClients() {
  for (const provider of Object.keys(PROVIDERS)) {
    prisma(['generate', '--schema', schemaPath(provider)], provider);
  }
}

function generate(name) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('usage: generate <migration_name> (lowercase letters, digits, underscores)');
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const provider of Object.keys(PROVIDERS)) {
    const file = schemaPath(provider);
    const next = renderSchema(provider);
    const hasMigrations = existsSync(migrationsDir(provider)) && readdirSync(migrationsDir(provider)).length > 0;
    const previous = hasMigrations && existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (previous === next) continue;
    const tmp = mkdtempSync(path.join(tmpdir(), 'pleit-schema-'));
    const nextFile = path.join(tmp, 'next.prisma');
    writeFileSync(nextFile, next);
    let prevFile = null;
    if (previous) {
      prevFile = path.join(tmp, 'prev.prisma');
      writeFileSync(prevFile, previous);
    }
    // the CLI loads the schema named in prisma.config.ts before it diffs
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, next);
    const sql = diffScript(provider, prevFile, nextFile);
    const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    console.log(`wrote ${path.relative(root, dir)}`);
  }
  generateClients();
}

export function driftReport() {
  const problems = [];
  for (const provider of Object.keys(PROVIDERS)) {
    const file = schemaPath(provider);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== renderSchema(provider)) {
      problems.push(`${path.relative(root, file)} differs from prisma/schema.base.prisma: run npm run db:generate -- <name>`);
    }
  }
  const names = (p) => (existsSync(migrationsDir(p)) ? readdirSync(migrationsDir(p)).filter((d) => /^\d{14}_/.test(d)).sort() : []);
  const [a, b] = [names('sqlite'), names('postgresql')];
  if (a.join() !== b.join()) problems.push(`migration folders differ: sqlite [${a}] vs postgresql [${b}]`);
  return problems;
}

const command = process.argv[2];
if (import.meta.url === `file://${process.argv[1]}`) {
  if (command === 'generate') generate(process.argv[3]);
  else if (command === 'client') generateClients();
  else if (command === 'check') {
    const problems = driftReport();
    for (const p of problems) console.error(p);
    process.exit(problems.length ? 1 : 0);
  } else {
    console.error('usage: prisma-schemas.mjs generate <name> | client | check');
    process.exit(2);
  }
}
