// The cost of one edit: one-node PATCH and one-operation batches on maps of 100, 2,000
// and 5,000 nodes, on SQLite and on PostgreSQL, through the production server; and how
// long a 2,000-operation batch on one map holds up a one-node write on another.
// Latency is measured by the client over loopback, one request at a time, after a
// warm-up on every map, the sizes taking turns. Prints a Markdown table and writes bench/results/edit-cost-<label>.json.
//
//   npx next build && npx tsx bench/edit-cost.ts                 # SQLite, and PostgreSQL when PLEIT_TEST_POSTGRES_URL is set
//   npx tsx bench/edit-cost.ts --base-url http://127.0.0.1:3300  # a running server
//   options: --sizes 100,2000,5000 --runs 200 --warmup 50 --db sqlite|postgresql|both --label after
import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Operation } from '../lib/argument/operations';
import { generateMap } from './generate';
import { startServer } from './server';
import { withPostgresDatabase } from '../scripts/throwaway-db.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '100,2000,5000').split(',').map(Number);
const RUNS = Number(arg('runs') ?? 200);
const WARMUP = Number(arg('warmup') ?? 50);
const LABEL = arg('label') ?? 'latest';
const BLOCKING_RUNS = Number(arg('blocking-runs') ?? 5);
const log = (m: string) => console.log(`[edit-cost] ${m}`);

// ---------------------------------------------------------------- the API

class Client {
  constructor(
    readonly baseUrl: string,
    private token = '',
  ) {}
  async call(method: string, p: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.baseUrl}${p}`, {
      method,
      headers: { ...headers, ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    const text = await res.text();
    if (res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  }
  /** signs up, signs in (next-auth credentials) and takes a personal API token */
  async signUp() {
    const email = `edit-cost-${randomUUID().slice(0, 8)}@example.org`;
    const password = 'benchmark password';
    await this.call('POST', '/api/v1/users', { email, password, name: 'Edit cost' });
    const csrf = await fetch(`${this.baseUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await fetch(`${this.baseUrl}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') },
      body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
      redirect: 'manual',
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
    if (!session) throw new Error('sign-in failed');
    const { token } = await this.call('POST', '/api/v1/tokens', { name: 'edit-cost' }, { cookie: session.split(';')[0] });
    this.token = token;
  }
}

interface BenchMap {
  id: string;
  /** nodes to edit, with the version the bench last saw */
  targets: { id: string; version: number }[];
}

async function createMap(api: Client, n: number): Promise<BenchMap> {
  const { id } = await api.call('POST', '/api/v1/maps', { title: `Edit cost ${n}` });
  const { batches } = generateMap(n);
  for (const operations of batches) await api.call('POST', `/api/v1/maps/${id}/operations`, { operations });
  // edit nodes spread over the map (not only the newest or the oldest)
  const nodes = batches.flat().filter((op) => op.entity === 'node' && op.op === 'create');
  const targets = Array.from({ length: 20 }, (_, k) => ({ id: nodes[Math.floor(((k + 0.5) / 20) * nodes.length)].id, version: 1 }));
  return { id, targets };
}

let moves = 0;
async function patchNode(api: Client, map: BenchMap, k: number) {
  const t = map.targets[k % map.targets.length];
  const node = await api.call('PATCH', `/api/v1/maps/${map.id}/nodes/${t.id}`, { version: t.version, x: ++moves });
  t.version = node.version;
}
async function oneOpBatch(api: Client, map: BenchMap, k: number) {
  const t = map.targets[k % map.targets.length];
  const op: Operation = { op: 'update', entity: 'node', id: t.id, version: t.version, data: { x: ++moves } };
  const { results } = await api.call('POST', `/api/v1/maps/${map.id}/operations`, { operations: [op] });
  t.version = results[0].value.version;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const summary = (xs: number[]) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length });

/** Runs fn `runs` times, one request at a time, and records each in ms. */
async function time(runs: number, fn: (k: number) => Promise<void>, into: number[] = []) {
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    await fn(k);
    into.push(performance.now() - t0);
  }
  return into;
}

/**
 * A 2,000-operation batch (the first batch of a generated 2,000-node map: tags, sources,
 * nodes, citations) on a fresh map A, while one-node PATCHes on map B go one after another
 * until it is done. B's delay: its slowest PATCH during the batch, less B's median.
 */
async function blocking(api: Client, b: BenchMap, baseline: number) {
  const rounds: { batchMs: number; worstPatchMs: number; delayMs: number }[] = [];
  for (let r = 0; r < BLOCKING_RUNS; r++) {
    const { id } = await api.call('POST', '/api/v1/maps', { title: `Edit cost blocking ${r}` });
    const [operations] = generateMap(2000, 100 + r).batches;
    let done = false;
    const t0 = performance.now();
    const batch = api.call('POST', `/api/v1/maps/${id}/operations`, { operations }).then(() => {
      done = true;
      return performance.now() - t0;
    });
    let worst = 0;
    let k = 0;
    while (!done) {
      const s = performance.now();
      await patchNode(api, b, k++);
      worst = Math.max(worst, performance.now() - s);
    }
    const batchMs = await batch;
    rounds.push({ batchMs, worstPatchMs: worst, delayMs: Math.max(0, worst - baseline) });
  }
  return {
    batchMs: quantile(rounds.map((x) => x.batchMs), 0.5),
    delayMs: quantile(rounds.map((x) => x.delayMs), 0.5),
    worstDelayMs: Math.max(...rounds.map((x) => x.delayMs)),
    rounds,
  };
}

/** How many passes the measured requests are spread over, the map sizes taking turns, so a busy spell on the machine hits every size alike. */
const PASSES = 4;

async function benchServer(baseUrl: string, database: string) {
  const api = new Client(baseUrl);
  await api.signUp();
  const maps = new Map<number, BenchMap>();
  for (const n of SIZES) {
    log(`${database}: creating a map of ${n} nodes`);
    maps.set(n, await createMap(api, n));
  }
  const samples = new Map(SIZES.map((n) => [n, { patch: [] as number[], batch: [] as number[] }]));
  for (const [n, map] of maps) {
    await time(WARMUP, (k) => patchNode(api, map, k));
    await time(WARMUP, (k) => oneOpBatch(api, map, k));
  }
  log(`${database}: ${RUNS} PATCH and ${RUNS} one-operation batches per map, in ${PASSES} passes`);
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [n, map] of maps) {
      await time(RUNS / PASSES, (k) => patchNode(api, map, k), samples.get(n)!.patch);
      await time(RUNS / PASSES, (k) => oneOpBatch(api, map, k), samples.get(n)!.batch);
    }
  }
  const sizes: Record<string, { patch: ReturnType<typeof summary>; batch: ReturnType<typeof summary> }> = {};
  for (const [n, s] of samples) {
    sizes[n] = { patch: summary(s.patch), batch: summary(s.batch) };
    log(`${database}: ${n} nodes: PATCH ${JSON.stringify(sizes[n].patch)}, batch ${JSON.stringify(sizes[n].batch)}`);
  }
  const small = maps.get(Math.min(...SIZES))!;
  log(`${database}: a 2,000-operation batch on map A, one-node PATCHes on map B`);
  const block = await blocking(api, small, sizes[Math.min(...SIZES)].patch.median);
  log(`${database}: batch ${block.batchMs.toFixed(0)} ms, B delayed by ${block.delayMs.toFixed(0)} ms (worst ${block.worstDelayMs.toFixed(0)} ms)`);
  return { sizes, blocking: block };
}

function machine() {
  const sh = (c: string) => {
    try {
      return execSync(c, { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return { nproc: sh('nproc'), node: process.version, cpu: cpus()[0]?.model ?? '', commit: sh(`git -C ${root} rev-parse --short HEAD`), date: new Date().toISOString() };
}

async function main() {
  const results: Record<string, Awaited<ReturnType<typeof benchServer>>> = {};
  const given = arg('base-url');
  const dbs = (arg('db') ?? 'both') === 'both' ? ['sqlite', 'postgresql'] : [arg('db')!];
  if (given) results[arg('db') ?? 'server'] = await benchServer(given, arg('db') ?? 'server');
  else {
    if (dbs.includes('sqlite')) {
      const server = await startServer({ label: 'edit-cost-sqlite' });
      try {
        results.sqlite = await benchServer(server.baseUrl, 'sqlite');
      } finally {
        await server.stop();
      }
    }
    const adminUrl = process.env.PLEIT_TEST_POSTGRES_URL;
    if (dbs.includes('postgresql') && !adminUrl) log('PostgreSQL skipped: set PLEIT_TEST_POSTGRES_URL');
    if (dbs.includes('postgresql') && adminUrl) {
      results.postgresql = await withPostgresDatabase(adminUrl, async (url) => {
        const server = await startServer({ label: 'edit-cost-postgresql', databaseUrl: url });
        try {
          return await benchServer(server.baseUrl, 'postgresql');
        } finally {
          await server.stop();
        }
      }, 'pleit_bench');
    }
  }
  const out = { label: LABEL, machine: machine(), runs: RUNS, warmup: WARMUP, results };
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', `edit-cost-${LABEL}.json`), JSON.stringify(out, null, 2));
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`\n| database | nodes | PATCH median | PATCH p95 | batch median | batch p95 |\n|---|---|---|---|---|---|`);
  for (const [db, r] of Object.entries(results)) {
    for (const [n, s] of Object.entries(r.sizes)) console.log(`| ${db} | ${n} | ${ms(s.patch.median)} | ${ms(s.patch.p95)} | ${ms(s.batch.median)} | ${ms(s.batch.p95)} |`);
  }
  for (const [db, r] of Object.entries(results)) {
    console.log(`\n${db}: 2,000-operation batch ${ms(r.blocking.batchMs)}; a one-node PATCH on another map delayed by ${ms(r.blocking.delayMs)} (median of ${BLOCKING_RUNS}, worst ${ms(r.blocking.worstDelayMs)})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
