// `npm start`: everything a fresh clone needs to serve Pleit, in order:
// data folder, secret, database migration, seed map, production build, server.
// `npm run dev` does the same but runs `next dev` instead of building.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from './migrate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (m) => console.log(`[pleit] ${m}`);
const dev = process.argv.includes('--dev');

const dataDir = path.resolve(process.env.PLEIT_DATA_DIR || path.join(root, 'data'));
mkdirSync(dataDir, { recursive: true });
const port = process.env.PORT || '3000';
const host = process.env.HOST || '0.0.0.0';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  PLEIT_DATA_DIR: dataDir,
  DATABASE_URL: process.env.DATABASE_URL || `file:${path.join(dataDir, 'pleit.db')}`,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

if (!env.NEXTAUTH_SECRET) {
  const file = path.join(dataDir, 'nextauth-secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    chmodSync(file, 0o600);
    log(`NEXTAUTH_SECRET was not set: generated one in ${path.relative(root, file) || file} (set NEXTAUTH_SECRET to use your own)`);
  } else {
    log(`NEXTAUTH_SECRET not set: using the one in ${path.relative(root, file) || file}`);
  }
  env.NEXTAUTH_SECRET = readFileSync(file, 'utf8').trim();
}

const provider = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? 'PostgreSQL' : 'SQLite';
log(`database: ${provider}${provider === 'SQLite' ? ` at ${env.DATABASE_URL.replace(/^file:/, '')}` : ''}`);
await migrate(env.DATABASE_URL, log);

const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const seeded = spawnSync(process.execPath, [tsx, '--conditions=react-server', path.join(root, 'scripts', 'seed.ts'), '--if-empty'], { cwd: root, env, stdio: 'inherit' });
if (seeded.status !== 0) {
  console.error('[pleit] seeding failed; see above');
  process.exit(1);
}

/** the newest modification time among the files a build is made from */
function newestSource() {
  let newest = 0;
  const walk = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'generated' && e !== 'node_modules') walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['app', 'components', 'lib', 'prisma', 'package-lock.json', 'next.config.mjs']) {
    if (existsSync(path.join(root, p))) walk(path.join(root, p));
  }
  return newest;
}

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const buildId = path.join(root, '.next', 'BUILD_ID');
const stale = existsSync(buildId) && statSync(buildId).mtimeMs < newestSource();
if (!dev && (!existsSync(buildId) || stale)) {
  log(stale ? 'the sources changed since the last build: rebuilding' : 'no production build yet: building (a minute or two, once)');
  const built = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

log(`serving on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', port, '-H', host], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
