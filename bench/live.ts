// The live benchmark: edit → delivery. One writer creates one node per request (a
// one-operation batch) at a steady rate; 1, 50 and 200 event-stream subscribers in a
// separate process (bench/live-subscribers.ts) time-stamp each event as it arrives.
// Latency is arrival at each subscriber − the writer's request start. On SQLite one
// server process; on PostgreSQL two processes on one throwaway database, the writer on
// the first and the subscribers split across both (so half the deliveries cross
// processes through NOTIFY). Also the servers' CPU and peak RSS during each run.
// Prints the figures and writes the section "Live: edit → delivery" of docs/benchmarks.md.
//
//   npx next build && npx tsx bench/live.ts
//   options: --counts 1,50,200  --rate 10 (edits/s)  --seconds 30  --warmup 3
//            --repeat 1 (extra runs at the largest count)  --only sqlite|postgresql
//   PostgreSQL: PLEIT_TEST_POSTGRES_URL (a role that may create databases), default
//   postgresql://pleit_dev:pleitdev@127.0.0.1:5432/postgres
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { withPostgresDatabase } from '../scripts/throwaway-db.mjs';
import type { CollectRequest, GroupResult, OpenRequest, Reply } from './live-subscribers';
import { writeBenchSection } from './doc';
import { root, signUpAndIn, startServer, type BenchServer, type Session } from './server';
import { descendants, watch } from './proc';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const COUNTS = arg('counts', '1,50,200').split(',').map(Number);
const RATE = Number(arg('rate', '10'));
const SECONDS = Number(arg('seconds', '30'));
const WARMUP = Number(arg('warmup', '3'));
const REPEAT = Number(arg('repeat', '1'));
const ONLY = arg('only', '');
const ADMIN_URL = process.env.PLEIT_TEST_POSTGRES_URL ?? 'postgresql://pleit_dev:pleitdev@127.0.0.1:5432/postgres';
/** one reader account holds every subscriber's stream, so its per-user limit is raised */
const SERVER_ENV = { PLEIT_STREAMS_PER_USER: '1000' };
const TARGET_P95 = 250;
const log = (m: string) => console.log(`[bench live] ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- processes we started

const servers = new Set<BenchServer>();
const children = new Set<ChildProcess>();

async function cleanUp() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  children.clear();
  await Promise.all([...servers].map((s) => s.stop()));
  servers.clear();
}

async function serve(label: string, databaseUrl?: string) {
  const s = await startServer({ label, databaseUrl, env: SERVER_ENV });
  servers.add(s);
  log(`${label}: ${s.baseUrl} (start.mjs pid ${s.pid})`);
  return s;
}

// ---------------------------------------------------------------- the subscriber process

function subscribers() {
  const child = fork(path.join(root, 'bench', 'live-subscribers.ts'), [], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(child);
  const ask = (req: OpenRequest | CollectRequest, timeoutMs: number) =>
    new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the subscribers did not answer ${req.type} in ${timeoutMs} ms`)), timeoutMs);
      const done = (fn: () => void) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        fn();
      };
      const onMessage = (r: Reply) => done(() => resolve(r));
      const onExit = (code: number | null) => done(() => reject(new Error(`the subscriber process exited (${code})`)));
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send(req);
    });
  const end = () => {
    child.disconnect();
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 2000).unref();
    children.delete(child);
  };
  return { pid: child.pid!, ask, end };
}

// ---------------------------------------------------------------- one run

interface Run {
  db: 'SQLite' | 'PostgreSQL';
  subscribers: number;
  perServer: number[];
  edits: number;
  deliveries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** arrival − the writer's answer */
  afterAnswerP50: number;
  afterAnswerP95: number;
  /** on PostgreSQL: p95 of the streams on the second process (through NOTIFY) */
  remoteP95: number | null;
  missing: number;
  duplicates: number;
  outOfOrder: number;
  closed: number;
  writeP50: number;
  writeP95: number;
  writeErrors: number;
  serverCpu: number[];
  serverRssMb: number[];
  subscriberCpu: number;
  load: [number, number];
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);

interface Accounts {
  ownerToken: string;
  readerId: string;
  readerEmail: string;
  readerToken: string;
}

/** the writer (an owner) and one reader; both use personal API tokens, as API clients do */
async function accounts(base: string): Promise<Accounts> {
  const token = async (s: Session) => ((await s.json('/api/v1/tokens', { name: 'live bench' })) as { token: string }).token;
  const owner = await signUpAndIn(base, 'Writer');
  const reader = await signUpAndIn(base, 'Reader');
  return { ownerToken: await token(owner), readerId: reader.userId, readerEmail: reader.email, readerToken: await token(reader) };
}

async function runOnce(db: Run['db'], nodes: BenchServer[], acc: Accounts, count: number): Promise<Run> {
  const [writerServer] = nodes;
  const headers = { authorization: `Bearer ${acc.ownerToken}`, 'content-type': 'application/json' };
  const post = async (p: string, body: unknown) => {
    const res = await fetch(`${writerServer.baseUrl}${p}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string }>;
  };
  const map = await post('/api/v1/maps', { title: `Live bench ${db} ${count}`, visibility: 'PRIVATE' });
  // membership by invitation: the owner invites, the reader accepts
  const invitation = await post(`/api/v1/maps/${map.id}/invitations`, { email: acc.readerEmail, role: 'VIEWER' });
  const accepted = await fetch(`${writerServer.baseUrl}/api/v1/invitations/${invitation.id}/accept`, { method: 'POST', headers: { authorization: `Bearer ${acc.readerToken}` } });
  if (!accepted.ok) throw new Error(`accepting the invitation: ${accepted.status} ${await accepted.text()}`);

  // one subscriber on PostgreSQL sits on the second process; more alternate between them
  const groupOf = (i: number) => (nodes.length === 1 ? 0 : count === 1 ? 1 : i % nodes.length);
  const streams = Array.from({ length: count }, (_, i) => ({ url: `${nodes[groupOf(i)].baseUrl}/api/v1/maps/${map.id}/events/stream`, group: groupOf(i) }));
  const subs = subscribers();
  try {
    const opened = await subs.ask({ type: 'open', token: acc.readerToken, streams }, 120_000);
    if (opened.type !== 'opened' || opened.streams !== count) throw new Error(`streams not opened: ${JSON.stringify(opened)}`);

    const serverPids = nodes.map((n) => descendants(n.pid));
    const sent: Record<string, [number, number]> = {};
    const all: string[] = [];
    const writeMs: number[] = [];
    let writeErrors = 0;
    const write = async (k: number, measured: boolean) => {
      const id = randomUUID();
      all.push(id);
      const t = Date.now();
      const res = await fetch(`${writerServer.baseUrl}/api/v1/maps/${map.id}/operations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ operations: [{ op: 'create', entity: 'node', id, data: { kind: 'CLAIM', title: `Edit ${k}`, x: (k % 40) * 220, y: Math.floor(k / 40) * 120 } }] }),
      }).catch(() => null);
      if (!res?.ok) writeErrors++;
      await res?.text();
      if (!measured) return;
      const answered = Date.now();
      sent[id] = [t, answered];
      writeMs.push(answered - t);
    };
    /** open loop: each edit starts on schedule, whether or not the one before has answered */
    const steady = async (n: number, from: number, measured: boolean) => {
      const start = performance.now();
      const inFlight: Promise<void>[] = [];
      for (let k = 0; k < n; k++) {
        const due = start + (k * 1000) / RATE - performance.now();
        if (due > 0) await sleep(due);
        inFlight.push(write(from + k, measured));
      }
      await Promise.all(inFlight);
    };

    const warm = Math.round(WARMUP * RATE);
    await steady(warm, 0, false);
    await sleep(500);
    const load0 = loadavg()[0];
    const stops = serverPids.map((p) => watch(p));
    const stopSubs = watch([subs.pid]);
    await steady(Math.round(SECONDS * RATE), warm, true);
    const reply = await subs.ask({ type: 'collect', sent, all, waitMs: 15_000 }, 60_000);
    const usage = stops.map((s) => s());
    const subUsage = stopSubs();
    if (reply.type !== 'result') throw new Error('no result from the subscribers');
    const groups: GroupResult[] = reply.groups;
    const sum = (f: (g: GroupResult) => number) => groups.reduce((s, g) => s + f(g), 0);
    const latencies = groups.flatMap((g) => g.latencies).sort((a, b) => a - b);
    const remote = groups.find((g) => g.group === 1)?.latencies.sort((a, b) => a - b);
    const writes = writeMs.sort((a, b) => a - b);
    const afterAnswer = groups.flatMap((g) => g.afterAnswer).sort((a, b) => a - b);
    return {
      db,
      subscribers: count,
      perServer: nodes.map((_, i) => streams.filter((s) => s.group === i).length),
      edits: Object.keys(sent).length,
      deliveries: latencies.length,
      p50: pct(latencies, 0.5),
      p95: pct(latencies, 0.95),
      p99: pct(latencies, 0.99),
      max: latencies.at(-1) ?? NaN,
      afterAnswerP50: pct(afterAnswer, 0.5),
      afterAnswerP95: pct(afterAnswer, 0.95),
      remoteP95: remote ? pct(remote, 0.95) : null,
      missing: sum((g) => g.missing),
      duplicates: sum((g) => g.duplicates),
      outOfOrder: sum((g) => g.outOfOrder),
      closed: sum((g) => g.closed),
      writeP50: pct(writes, 0.5),
      writeP95: pct(writes, 0.95),
      writeErrors,
      serverCpu: usage.map((u) => u.cpuPercent),
      serverRssMb: usage.map((u) => u.peakRssMb),
      subscriberCpu: subUsage.cpuPercent,
      load: [load0, loadavg()[0]],
    };
  } finally {
    subs.end();
  }
}

async function runAll(db: Run['db'], nodes: BenchServer[], runs: Run[]) {
  const acc = await accounts(nodes[0].baseUrl);
  const plan = [...COUNTS, ...Array<number>(REPEAT).fill(Math.max(...COUNTS))];
  for (const count of plan) {
    log(`${db}: ${count} subscriber(s), ${RATE} edits/s for ${SECONDS} s after ${WARMUP} s of warm-up; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const r = await runOnce(db, nodes, acc, count).catch((e: Error) => {
      for (const n of nodes) console.error(`[bench live] the output of ${n.baseUrl}:\n${n.output().slice(-3000)}`);
      throw e;
    });
    runs.push(r);
    log(`  ${line(r)}`);
  }
}

// ---------------------------------------------------------------- the report

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
const line = (r: Run) =>
  `p50 ${ms(r.p50)} p95 ${ms(r.p95)} p99 ${ms(r.p99)} max ${ms(r.max)}${r.remoteP95 !== null ? ` (second process p95 ${ms(r.remoteP95)})` : ''}; ${r.deliveries} deliveries, missing ${r.missing}, duplicates ${r.duplicates}, out of order ${r.outOfOrder}, closed ${r.closed}; write p50 ${ms(r.writeP50)} p95 ${ms(r.writeP95)} (${r.writeErrors} errors), arrival after the write's answer p50 ${ms(r.afterAnswerP50)} p95 ${ms(r.afterAnswerP95)}; server CPU ${r.serverCpu.map((c) => `${c.toFixed(0)} %`).join(' + ')}, peak RSS ${r.serverRssMb.map((m) => `${m.toFixed(0)} MB`).join(' + ')}; subscribers' CPU ${r.subscriberCpu.toFixed(0)} %; load ${r.load.map((l) => l.toFixed(2)).join(' → ')}`;

function machine() {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  return { nproc: execSync('nproc', { encoding: 'utf8' }).trim(), cpu: model, node: process.version, date: new Date().toISOString() };
}

function section(info: ReturnType<typeof machine>, runs: Run[]): string {
  const rows = runs.map(
    (r) =>
      `| ${r.db}${r.db === 'PostgreSQL' ? ' (2 processes)' : ''} | ${r.subscribers}${r.perServer.length > 1 ? ` (${r.perServer.join(' + ')})` : ''} | ${ms(r.p50)} | ${ms(r.p95)}${r.remoteP95 !== null ? ` (${ms(r.remoteP95)})` : ''} | ${ms(r.p99)} | ${ms(r.max)} | ${r.deliveries} | ${r.missing} / ${r.duplicates} | ${ms(r.writeP50)} / ${ms(r.writeP95)} | ${ms(r.afterAnswerP50)} / ${ms(r.afterAnswerP95)} | ${r.serverCpu.map((c) => `${c.toFixed(0)} %`).join(' + ')} | ${r.serverRssMb.map((m) => `${m.toFixed(0)} MB`).join(' + ')} | ${r.subscriberCpu.toFixed(0)} % | ${r.load.map((l) => l.toFixed(2)).join(' → ')} |`,
  );
  const big = runs.filter((r) => r.subscribers === Math.max(...COUNTS));
  const verdict = big.length
    ? big.every((r) => r.p95 < TARGET_P95)
      ? `Target met: p95 under ${TARGET_P95} ms at ${Math.max(...COUNTS)} subscribers in every run.`
      : `Target missed: p95 under ${TARGET_P95} ms at ${Math.max(...COUNTS)} subscribers (${big.map((r) => `${r.db} ${ms(r.p95)}`).join(', ')}).`
    : '';
  return `
# Live: edit → delivery

Generated by \`bench/live.ts\` on ${info.date.slice(0, 10)} (${info.date}). Machine: \`nproc\` ${info.nproc},
${info.cpu}, Node ${info.node}; the machine was shared with other builds and tests (load average,
1 minute, at the start and end of each measured run in the last column).

One writer creates one node per request (a one-operation batch, \`POST …/operations\`) at
${RATE} edits/s for ${SECONDS} s, after ${WARMUP} s of warm-up that is not measured, open loop (each
request starts on schedule). The subscribers are SSE connections to \`GET …/events/stream\` held
by a separate Node process on loopback (bench/live-subscribers.ts); all of them belong to one
reader account (a VIEWER member), so the bench servers run with \`PLEIT_STREAMS_PER_USER=1000\`.
Latency: the time an event arrived at a subscriber (\`Date.now()\` there) − the writer's request
start (\`Date.now()\` in the writer's process; same machine, same clock), one sample per edit per
subscriber. *Write* is the writer's request until its answer; *after answer* is the arrival −
that answer (what delivery adds once the write is done; negative when the event came first).
SQLite: one server process. PostgreSQL: two server processes on one database, the
writer on the first, the subscribers alternating between them (one subscriber: on the second),
so half the deliveries go through LISTEN/NOTIFY; the p95 in parentheses is that of the second
process's streams. Missing / duplicates count, per stream, every node the writer created
(warm-up included) not delivered once; none may be missing or doubled. Server CPU is
utime + stime of the server's processes (everything below scripts/start.mjs) over the measured
run, as a percentage of one core (one figure per process), RSS the peak of VmRSS sampled every
200 ms; the subscribers' process is measured the same way.

| database | subscribers | p50 | p95 | p99 | max | deliveries | missing / duplicates | write p50 / p95 | after answer p50 / p95 | server CPU | server peak RSS | subscribers' CPU | load |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${verdict} For comparison, a polling tool like OVA takes 2 s.
`;
}

function writeDoc(text: string) {
  writeBenchSection('Live: edit → delivery', text);
}

// ---------------------------------------------------------------- main

async function main() {
  const info = machine();
  log(`${info.nproc} cores, ${info.cpu}, Node ${info.node}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const runs: Run[] = [];
  if (ONLY !== 'postgresql') {
    const server = await serve('sqlite');
    try {
      await runAll('SQLite', [server], runs);
    } finally {
      await cleanUp();
    }
  }
  if (ONLY !== 'sqlite') {
    await withPostgresDatabase(
      ADMIN_URL,
      async (url: string) => {
        try {
          // one after the other: the first migrates the fresh database
          const a = await serve('pg-a', url);
          const b = await serve('pg-b', url);
          await runAll('PostgreSQL', [a, b], runs);
        } finally {
          // the servers hold connections: stop them before the database is dropped
          await cleanUp();
        }
      },
      'pleit_bench',
    );
  }
  const text = section(info, runs);
  writeDoc(text);
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', 'live.json'), JSON.stringify({ info, runs }, null, 2));
  console.log(text);
  log('wrote docs/benchmarks.md and bench/results/live.json');
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    log(`${sig}: stopping what this bench started`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .catch((e: Error) => {
    console.error(e.stack ?? e.message);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
