// npm test: everything, as CI runs it.
//   1. the schema drift check and the unit tests;
//   2. a production build;
//   3. for SQLite and for PostgreSQL: a fresh database, the real server started the way
//      `npm start` starts it, the HTTP integration suite against it;
//   4. the browser tests (Playwright, Debian's Chromium) against the SQLite server.
// What does not need the CPU to itself overlaps with what does: the build runs beside
// the unit tests (its output shown when it ends), and the PostgreSQL server is made
// (database, migrations, seed, start) while the SQLite server is tested.
// PostgreSQL: PLEIT_TEST_POSTGRES_URL names a server and a role that may create
// databases (e.g. postgresql://postgres:postgres@127.0.0.1:5432/postgres); each run
// creates a throwaway database there and drops it afterwards. Without it the
// PostgreSQL pass is skipped, loudly, except under CI, where it is required.
// `npm test -- unit|api|e2e` runs one part.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPostgresDatabase } from './throwaway-db.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const want = (part) => !only || only === part;
const log = (m) => console.log(`\n[pleit test] ${m}`);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const failedTests = [];
const flakyTests = [];
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * Runs a command to its end without holding this process's event loop (servers started
 * here keep being read, other runs go on). `quiet`: its output is kept and shown at the end.
 */
function run(cmd, args, env = {}, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ status: 1, output: `${output}\n${e.message}` }));
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}
const status = async (running) => (await running).status;

async function vitest(project, label, env = {}) {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'pleit-vitest-')), 'report.json');
  const { status } = await run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  count(label, status, () => {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    for (const file of r.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (t.status === 'failed') failedTests.push(`${label}: ${path.relative(root, file.name)} › ${t.fullName}`);
      }
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
        failedTests.push(`${label}: ${path.relative(root, file.name)} (${(file.message ?? 'failed to run').split('\n')[0]})`);
      }
    }
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
  });
}

function count(label, status, read) {
  let c = { passed: 0, failed: status === 0 ? 0 : 1, skipped: 0 };
  try {
    c = read();
  } catch {
    /* the runner died before writing its report: counted as one failure */
  }
  if (status !== 0 && c.failed === 0) c.failed = 1;
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  if (c.failed) failures.push(label);
  console.log(`[pleit test] ${label}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}


async function startServer(databaseUrl, label) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), `pleit-${label}-`));
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    HOST: '127.0.0.1',
    PLEIT_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? `file:${path.join(dataDir, 'pleit.db')}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: 'test-secret-not-for-production-0123456789',
  };
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  // migrating, seeding and starting Next take seconds on a quiet machine; 105 s was seen at load 16
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) {
        return {
          baseUrl,
          dataDir,
          env,
          output: () => output,
          stop: () => {
            try {
              process.kill(-child.pid, 'SIGTERM');
            } catch {
              /* already gone */
            }
            rmSync(dataDir, { recursive: true, force: true });
          },
        };
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  console.error(output);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  throw new Error(`the ${label} server did not become healthy`);
}

/** The production build, started at once with its output kept; `built` shows it and says whether it built. */
function build() {
  if (process.env.PLEIT_SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID'))) return Promise.resolve({ status: 0, output: '' });
  return run(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {}, { quiet: true });
}
async function built(building) {
  const { status: code, output } = await building;
  log('production build');
  console.log(output);
  if (code !== 0) count('build', 1, () => ({ passed: 0, failed: 1, skipped: 0 }));
  return code === 0;
}

async function e2e(server) {
  log(`browser tests against ${server.baseUrl}`);
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'pleit-pw-')), 'report.json');
  const code = await status(run(bin('playwright'), ['test'], { PLEIT_BASE_URL: server.baseUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: report }));
  count('e2e (Chromium)', code, () => {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const walk = (suite, trail) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status === 'unexpected') failedTests.push(`e2e: ${spec.file} › ${[...trail, spec.title].join(' › ')}`);
          if (t.status === 'flaky') flakyTests.push(`e2e: ${spec.file} › ${[...trail, spec.title].join(' › ')}`);
        }
      }
      for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
    };
    for (const suite of r.suites ?? []) walk(suite, []);
    const s = r.stats;
    return { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected, skipped: s.skipped };
  });
}

/**
 * The PostgreSQL pass: a throwaway database and a server on it, made at once; its API
 * suite runs when `turn` resolves (after the SQLite pass, so the two suites do not share
 * the CPU).
 */
async function postgresPass(turn) {
  const adminUrl = process.env.PLEIT_TEST_POSTGRES_URL;
  if (!adminUrl) {
    await turn;
    if (process.env.CI) {
      count('api (PostgreSQL)', 1, () => ({ passed: 0, failed: 1, skipped: 0 }));
      console.error('[pleit test] CI must test PostgreSQL: set PLEIT_TEST_POSTGRES_URL');
    } else {
      log('PostgreSQL: SKIPPED — set PLEIT_TEST_POSTGRES_URL=postgresql://user:pass@127.0.0.1:5432/postgres to run the suite on PostgreSQL too');
    }
    return;
  }
  await withPostgresDatabase(adminUrl, async (url) => {
    const pg = await startServer(url, 'postgresql');
    try {
      await turn;
      log(`PostgreSQL: API integration tests against ${pg.baseUrl}`);
      await vitest('api', 'api (PostgreSQL)', { PLEIT_BASE_URL: pg.baseUrl, PLEIT_DB_PROVIDER: 'postgresql', DATABASE_URL: url });
    } finally {
      pg.stop();
    }
  });
}

async function main() {
  const servers = want('api') || want('e2e');
  const building = servers ? build() : null;
  if (want('unit')) {
    log('schema drift check');
    const drift = await status(run(process.execPath, [path.join(root, 'scripts', 'prisma-schemas.mjs'), 'check']));
    count('schema drift check', drift, () => ({ passed: drift === 0 ? 1 : 0, failed: drift === 0 ? 0 : 1, skipped: 0 }));
    log('unit tests');
    await vitest('unit', 'unit');
  }
  if (!building || !(await built(building))) return;
  log('SQLite: starting the server; PostgreSQL: making its database and server meanwhile');
  let sqliteDone;
  const turn = new Promise((resolve) => (sqliteDone = resolve));
  // (a failure there is counted when it happens, not left as an unhandled rejection)
  const postgres = want('api')
    ? postgresPass(turn).catch((e) => {
        console.error(e);
        totals.failed += 1;
        failures.push(`PostgreSQL: ${e.message}`);
      })
    : null;
  try {
    const server = await startServer(null, 'sqlite');
    try {
      if (want('api')) {
        log(`SQLite: API integration tests against ${server.baseUrl}`);
        await vitest('api', 'api (SQLite)', { PLEIT_BASE_URL: server.baseUrl, PLEIT_DB_PROVIDER: 'sqlite', DATABASE_URL: server.env.DATABASE_URL });
      }
      if (want('e2e')) await e2e(server);
    } finally {
      server.stop();
    }
  } finally {
    sqliteDone();
    await postgres;
  }
}

main()
  .catch((e) => {
    console.error(e);
    totals.failed += 1;
    failures.push(e.message);
  })
  .finally(() => {
    if (flakyTests.length) console.log(`\n[pleit test] flaky (failed, then passed on the retry):\n${flakyTests.map((t) => `  - ${t}`).join('\n')}`);
    if (failedTests.length) console.log(`\n[pleit test] failing tests:\n${failedTests.map((t) => `  - ${t}`).join('\n')}`);
    if (failures.length) console.log(`\n[pleit test] failed: ${failures.join(', ')}`);
    console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    process.exit(totals.failed ? 1 : 0);
  });
