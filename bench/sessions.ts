// The debate-session load benchmark: one live session with N participants (200 by
// default), each holding its own session stream in a separate process on loopback
// (bench/session-participants.ts). At a steady rate, participants propose (one new
// claim each) and vote, and a moderator approves every proposal as it comes. Measured:
// write → delivery at every participant for every entry of the session log (arrival −
// the entry's server timestamp, taken inside the write transaction), and for approvals
// from the moderator's request start to the `proposal.applied` at each participant;
// the requests' own latency; the server's CPU and peak RSS. SQLite and PostgreSQL
// (one server process each). Writes the section "Sessions: load" of docs/benchmarks.md.
//
//   npx next build && npx tsx bench/sessions.ts
//   options: --participants 200  --rate 10 (writes/s: a fifth proposals, the rest votes)
//            --seconds 20  --only sqlite|postgresql
import { fork } from 'node:child_process';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { withPostgresDatabase } from '../scripts/throwaway-db.mjs';
import { writeBenchSection } from './doc';
import { descendants, watch } from './proc';
import { root, signUpAndIn, startServer, type BenchServer } from './server';
import type { CollectRequest, OpenRequest, Reply } from './session-participants';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PARTICIPANTS = Number(arg('participants', '200'));
const RATE = Number(arg('rate', '10'));
const SECONDS = Number(arg('seconds', '20'));
const ONLY = arg('only', '');
const ADMIN_URL = process.env.PLEIT_TEST_POSTGRES_URL ?? 'postgresql://pleit_dev:pleitdev@127.0.0.1:5432/postgres';
const TARGET_P95 = 250;
const log = (m: string) => console.log(`[bench sessions] ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);

interface Run {
  db: string;
  participants: number;
  writes: number;
  proposals: number;
  votes: number;
  deliveries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  approveP50: number;
  approveP95: number;
  approveP99: number;
  mapP50: number;
  mapP95: number;
  mapP99: number;
  mapMissing: number;
  mapDuplicates: number;
  requestP50: number;
  requestP95: number;
  errors: number;
  missing: number;
  duplicates: number;
  closed: number;
  cpu: number;
  rssMb: number;
  participantsCpu: number;
  load: [number, number];
}

async function runOn(db: string, server: BenchServer): Promise<Run> {
  const base = server.baseUrl;
  const mod = await signUpAndIn(base, 'Moderator');
  const modJson = async (method: string, p: string, body?: unknown) => {
    const res = await mod.fetch(p, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  const map = await modJson('POST', '/api/v1/maps', { title: `Sessions bench ${db}`, visibility: 'PRIVATE' });
  const q = randomUUID();
  const targets = Array.from({ length: 20 }, () => randomUUID());
  await modJson('POST', `/api/v1/maps/${map.id}/operations`, {
    operations: [{ op: 'create', entity: 'node', id: q, data: { kind: 'QUESTION', title: 'Benchmark question' } }, ...targets.map((id, k) => ({ op: 'create', entity: 'node', id, data: { kind: 'CLAIM', title: `Claim ${k}` } }))],
  });
  const session = await modJson('POST', `/api/v1/maps/${map.id}/sessions`, { title: 'Load', mode: 'moderated' });
  log(`${db}: joining ${PARTICIPANTS} participants`);
  const tokens: string[] = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const res = await fetch(`${base}/api/v1/sessions/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: session.code, name: `P${i}` }) });
    if (res.status !== 201) throw new Error(`join: ${res.status} ${await res.text()}`);
    tokens.push(((await res.json()) as { token: string }).token);
  }
  const child = fork(path.join(root, 'bench', 'session-participants.ts'), [], { cwd: root, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (req: OpenRequest | CollectRequest) => new Promise<Reply>((resolve, reject) => {
    child.once('message', (r: Reply) => resolve(r));
    child.once('exit', (c) => reject(new Error(`participants process exited ${c}`)));
    child.send(req);
  });
  try {
    const opened = await ask({ type: 'open', url: `${base}/api/v1/sessions/${session.id}/stream`, mapUrl: `${base}/api/v1/sessions/${session.id}/map/stream`, tokens });
    if (opened.type !== 'opened' || opened.streams !== PARTICIPANTS || opened.failed.length) throw new Error(`streams: ${JSON.stringify(opened)}`);
    await sleep(1000);
    const stopServer = watch(descendants(server.pid));
    const stopParticipants = watch([child.pid!]);
    const load0 = loadavg()[0];
    const approvals: Record<string, number> = {};
    const nodeApprovals: Record<string, number> = {};
    const requestMs: number[] = [];
    let errors = 0;
    let proposals = 0;
    let votes = 0;
    const timed = async (url: string, init: RequestInit) => {
      const t = Date.now();
      const res = await fetch(url, init).catch(() => null);
      requestMs.push(Date.now() - t);
      if (!res?.ok) errors++;
      return res?.ok ? ((await res.json()) as { id?: string }) : (await res?.text(), null);
    };
    const propose = async (k: number) => {
      proposals++;
      const token = tokens[k % tokens.length];
      const nodeId = randomUUID();
      const made = await timed(`${base}/api/v1/sessions/${session.id}/proposals`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ operations: [{ op: 'create', entity: 'node', id: nodeId, data: { kind: 'CLAIM', title: `Proposal ${k}` } }] }) });
      if (!made?.id) return;
      // the moderator approves at once
      approvals[made.id] = Date.now();
      nodeApprovals[nodeId] = approvals[made.id];
      const res = await mod.fetch(`/api/v1/sessions/${session.id}/proposals/${made.id}/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(() => null);
      requestMs.push(Date.now() - approvals[made.id]);
      if (!res?.ok) errors++;
      await res?.text();
    };
    const vote = async (k: number) => {
      votes++;
      const token = tokens[(k * 7) % tokens.length];
      await timed(`${base}/api/v1/sessions/${session.id}/votes/${targets[k % targets.length]}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ agreement: (k % 5) - 2, impact: k % 5 }) });
    };
    const start = performance.now();
    const inFlight: Promise<void>[] = [];
    const n = Math.round(SECONDS * RATE);
    for (let k = 0; k < n; k++) {
      const due = start + (k * 1000) / RATE - performance.now();
      if (due > 0) await sleep(due);
      inFlight.push(k % 5 === 0 ? propose(k) : vote(k));
    }
    await Promise.all(inFlight);
    const state = await modJson('GET', `/api/v1/sessions/${session.id}`);
    const reply = await ask({ type: 'collect', approvals, nodeApprovals, lastSeq: state.seq, waitMs: 15_000 });
    const cpu = stopServer();
    const pc = stopParticipants();
    if (reply.type !== 'result') throw new Error('no result');
    const lat = reply.fromWrite.sort((a, b) => a - b);
    const appr = reply.fromApprove.sort((a, b) => a - b);
    const onMap = reply.fromApproveOnMap.sort((a, b) => a - b);
    const req = requestMs.sort((a, b) => a - b);
    return {
      db, participants: PARTICIPANTS, writes: n, proposals, votes, deliveries: lat.length,
      p50: pct(lat, 0.5), p95: pct(lat, 0.95), p99: pct(lat, 0.99), max: lat.at(-1) ?? NaN,
      approveP50: pct(appr, 0.5), approveP95: pct(appr, 0.95), approveP99: pct(appr, 0.99),
      mapP50: pct(onMap, 0.5), mapP95: pct(onMap, 0.95), mapP99: pct(onMap, 0.99), mapMissing: reply.mapMissing, mapDuplicates: reply.mapDuplicates,
      requestP50: pct(req, 0.5), requestP95: pct(req, 0.95), errors,
      missing: reply.missing, duplicates: reply.duplicates, closed: reply.closed,
      cpu: cpu.cpuPercent, rssMb: cpu.peakRssMb, participantsCpu: pc.cpuPercent, load: [load0, loadavg()[0]],
    };
  } finally {
    child.disconnect();
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 2000).unref();
  }
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');

function section(runs: Run[]) {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const date = new Date().toISOString();
  const rows = runs.map((r) => `| ${r.db} | ${r.participants} | ${r.proposals} + ${r.votes} | ${r.deliveries} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${ms(r.approveP50)} / ${ms(r.approveP95)} / ${ms(r.approveP99)} | ${ms(r.mapP50)} / ${ms(r.mapP95)} / ${ms(r.mapP99)} (${r.mapMissing} / ${r.mapDuplicates}) | ${ms(r.requestP50)} / ${ms(r.requestP95)} | ${r.errors} | ${r.missing} / ${r.duplicates} | ${r.cpu.toFixed(0)} % | ${r.rssMb.toFixed(0)} MB | ${r.participantsCpu.toFixed(0)} % | ${r.load.map((l) => l.toFixed(2)).join(' → ')} |`);
  const verdict = runs.every((r) => r.p95 < TARGET_P95 && r.approveP95 < TARGET_P95 && r.mapP95 < TARGET_P95) ? `Target met: p95 under ${TARGET_P95} ms at ${PARTICIPANTS} participants.` : `Target missed somewhere: p95 under ${TARGET_P95} ms (${runs.map((r) => `${r.db} ${ms(r.p95)} / approvals ${ms(r.approveP95)}`).join(', ')}).`;
  return `
# Sessions: load

Generated by \`bench/sessions.ts\` on ${date.slice(0, 10)} (${date}). Machine: \`nproc\` ${execSync('nproc', { encoding: 'utf8' }).trim()}, ${model}, Node ${process.version};
load average at the start and end of each run in the last column (above 2 on 2 cores: other builds and tests were running).

One moderated session, ${PARTICIPANTS} guests, each with its own session stream (\`GET /api/v1/sessions/{id}/stream\`,
its own bearer token) and, as the participant page holds, the session's map stream (\`GET …/map/stream\`): ${PARTICIPANTS * 2}
connections held by a separate Node process on loopback. For ${SECONDS} s, ${RATE} writes a second, open loop:
every fifth a guest's proposal (one new claim), which the moderator approves as soon as it is made (one more write:
the map batch and \`proposal.applied\`), the others a guest's vote. Every write appends to the session log; every
participant receives every entry (a proposal or a vote as \`redacted\`: they are for the moderator).
*Write → delivery*: arrival at a participant − the entry's timestamp (taken by the server inside the write
transaction; one clock), over every entry at every participant. *Approve → delivery*: arrival of \`proposal.applied\`
− the moderator's approve request start; *on the map stream*: the same for the approved node's \`node.created\`
(missing / duplicates in parentheses). *Requests*: every proposal, approval and vote until its answer. One server
process; on PostgreSQL a fresh throwaway database. CPU is utime + stime of the server's processes over the run
(% of one core), RSS the peak sampled every 200 ms.

| database | participants | proposals + votes | deliveries | p50 | p95 | p99 | max | approve → delivery p50 / p95 / p99 | approve → map stream p50 / p95 / p99 | requests p50 / p95 | errors | missing / duplicates | server CPU | server peak RSS | participants' CPU | load |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${verdict}
`;
}

async function main() {
  const env = { PLEIT_SESSION_VOTES_PER_MINUTE: '100000', PLEIT_SESSION_PROPOSALS_PER_MINUTE: '100000' };
  const runs: Run[] = [];
  if (ONLY !== 'postgresql') {
    const s = await startServer({ label: 'sessions-sqlite', env });
    try {
      runs.push(await runOn('SQLite', s));
      log(JSON.stringify(runs.at(-1)));
    } finally {
      await s.stop();
    }
  }
  if (ONLY !== 'sqlite') {
    await withPostgresDatabase(ADMIN_URL, async (url: string) => {
      const s = await startServer({ label: 'sessions-pg', databaseUrl: url, env });
      try {
        runs.push(await runOn('PostgreSQL', s));
        log(JSON.stringify(runs.at(-1)));
      } finally {
        await s.stop();
      }
    }, 'pleit_bench');
  }
  const text = section(runs);
  writeBenchSection('Sessions: load', text);
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results', 'sessions.json'), JSON.stringify(runs, null, 2));
  console.log(text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
