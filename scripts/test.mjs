// npm test: everything, as CI runs it.
//   1. the schema drift check and the unit tests;
//   2. a production build;
//   3. for SQLite and for PostgreSQL: a fresh database, the real server started the way
//      `npm start` starts it, the HTTP integration suite against it;
//   4. the browser tests (Playwright, Debian's Chromium) against the SQLite server.
// PostgreSQL: PLEIT_TEST_POSTGRES_URL names a server and a role that may create
// databases (e.g. postgresql://postgres:postgres@127.0.0.1:5432/postgres); each run
// creates a throwaway database there and drops it afterwards. Without it the
// PostgreSQL pass is skipped, loudly, except under CI, where it is required.
// `npm test -- unit|api|e2e` runs one part.
import { spawn, spawnSync } from 'node:child_process';
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
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  return r.status ?? 1;
}

function vitest(project, label, env = {}) {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'pleit-vitest-')), 'report.json');
  const status = run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
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

async function main() {
  if (want('unit')) {
    log('schema drift check');
    const drift = run(process.execPath, [path.join(root, 'scripts', 'prisma-schemas.mjs'), 'check']);
    count('schema drift check', drift, () => ({ passed: drift === 0 ? 1 : 0, failed: drift === 0 ? 0 : 1, skipped: 0 }));
    log('unit tests');
    vitest('unit', 'unit');
  }
  if (want('api') || want('e2e')) {
    if (process.env.PLEIT_SKIP_BUILD !== '1' || !existsSync(path.join(root, '.next', 'BUILD_ID'))) {
      log('production build');
      if (run(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']) !== 0) {
        count('build', 1, () => ({ passed: 0, failed: 1, skipped: 0 }));
        return;
      }
    }
    log('SQLite: starting the server');
    const server = await startServer(null, 'sqlite');
    try {
      if (want('api')) {
        log(`SQLite: API integration tests against ${server.baseUrl}`);
        vitest('api', 'api (SQLite)', { PLEIT_BASE_URL: server.baseUrl, PLEIT_DB_PROVIDER: 'sqlite', DATABASE_URL: server.env.DATABASE_URL });
      }
      if (want('e2e')) {
        log(`browser tests against ${server.baseUrl}`);
        const report = path.join(mkdtempSync(path.join(tmpdir(), 'pleit-pw-')), 'report.json');
        const status = run(bin('playwright'), ['test'], { PLEIT_BASE_URL: server.baseUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
        count('e2e (Chromium)', status, () => {
          const r = JSON.parse(readFileSync(report, 'utf8'));
          const walk = (suite, trail) => {
            for (const spec of suite.specs ?? []) {
              for (const t of spec.tests ?? []) {
                if (t.status === 'unexpected') failedTests.push(`e2e: ${spec.file} › ${[...trail, spec.title].join(' › ')}`);
              }
            }
            for (const child of suite.suites ?? []) walk(child, [...trail, child.title]);
          };
          for (const suite of r.suites ?? []) walk(suite, []);
          const s = r.stats;
          return { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected, skipped: s.skipped };
        });
      }
    } finally {
      server.stop();
    }
    if (want('api')) {
      const adminUrl = process.env.PLEIT_TEST_POSTGRES_URL;
      if (!adminUrl) {
        if (process.env.CI) {
          count('api (PostgreSQL)', 1, () => ({ passed: 0, failed: 1, skipped: 0 }));
          console.error('[pleit test] CI must test PostgreSQL: set PLEIT_TEST_POSTGRES_URL');
        } else {
          log('PostgreSQL: SKIPPED — set PLEIT_TEST_POSTGRES_URL=postgresql://user:pass@127.0.0.1:5432/postgres to run the suite on PostgreSQL too');
        }
      } else {
        await withPostgresDatabase(adminUrl, async (url) => {
          log('PostgreSQL: starting the server on a throwaway database');
          const pg = await startServer(url, 'postgresql');
          try {
            log(`PostgreSQL: API integration tests against ${pg.baseUrl}`);
            vitest('api', 'api (PostgreSQL)', { PLEIT_BASE_URL: pg.baseUrl, PLEIT_DB_PROVIDER: 'postgresql', DATABASE_URL: url });
          } finally {
            pg.stop();
          }
        });
      }
    }
  }
}

main()
  .catch((e) => {
    console.error(e);
    totals.failed += 1;
    failures.push(e.message);
  })
  .finally(() => {
    if (failedTests.length) console.log(`\n[pleit test] failing tests:\n${failedTests.map((t) => `  - ${t}`).join('\n')}`);
    if (failures.length) console.log(`\n[pleit test] failed: ${failures.join(', ')}`);
    console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    process.exit(totals.failed ? 1 : 0);
  });
