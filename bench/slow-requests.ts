// The slow-request benchmark (issue 15, "one request blocks every user"): fires each
// request that used to hold the server's event loop, at the sizes, asks
// /api/health one probe after another while it runs, and writes the heavy request's
// time and the probes' median and worst latency (target: under 200 ms) into the
// "Slow requests" section of docs/benchmarks.md, next to the figures of before.
//
//   npm run build && PORT=3300 npm start          # a server (any database)
//   npx tsx bench/slow-requests.ts --base-url http://127.0.0.1:3300
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchSection } from './doc';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--base-url');
const baseUrl = i > 0 ? process.argv[i + 1] : process.env.PLEIT_BASE_URL;
if (!baseUrl) throw new Error('usage: npx tsx bench/slow-requests.ts --base-url http://127.0.0.1:3300');
process.env.PLEIT_BASE_URL = baseUrl;
// (the API tests' client and heavy requests, against this server)
const { call, newUser } = await import('../tests/api/client');
const { bigBibliography, bigPdf, probeWhile, putFile, quoteBatch, sourcedMap } = await import('../tests/api/heavy');

interface Row {
  label: string;
  before: string;
  status: string;
  heavyMs: number;
  probes: number;
  medianMs: number;
  worstMs: number;
}
const rows: Row[] = [];
const log = (m: string) => console.log(`[bench] ${m}`);

type Answer = Awaited<ReturnType<typeof call>>;
async function measure(label: string, before: string, heavy: () => Promise<Answer | Answer[]>) {
  const started = performance.now();
  const p = await probeWhile(heavy);
  const heavyMs = performance.now() - started;
  const answers = Array.isArray(p.result) ? p.result : [p.result];
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  const status = [...counts].map(([s, n]) => (n > 1 ? `${n}× ${s}` : String(s))).join(', ');
  rows.push({ label, before, status, heavyMs, probes: p.answered, medianMs: p.medianMs, worstMs: p.worstMs });
  log(`${label}: ${status} in ${(heavyMs / 1000).toFixed(1)} s; ${p.answered} health answers, median ${p.medianMs.toFixed(0)} ms, worst ${p.worstMs.toFixed(0)} ms`);
}

const owner = await newUser('bench-heavy');

{
  const { mapId, claim, source } = await sourcedMap(owner);
  await call('PUT', `/api/v1/maps/${mapId}/sources/${source}/text`, { token: owner.token, body: { text: 'a'.repeat(1_000_000), version: 1 } });
  const quote = { op: 'create', entity: 'citation', id: crypto.randomUUID(), data: { nodeId: claim, sourceId: source, quote: 'a'.repeat(5000), locator: {} } };
  await measure('citation: quote "a"×5000 on 1,000,000 "a"s', '6.2 s', () => call('POST', `/api/v1/maps/${mapId}/operations`, { token: owner.token, body: { operations: [quote] } }));
}
// (1,400: as many 5,000-character quotes as fit in one batch's 8 MB)
await measure('batch: 1,400 citations of one quote found only at the end of 1,000,000 characters', 'hours (1,400 × 6.2 s)', await quoteBatch(owner, 1_000_000, 1400));
await measure('batch: 1,400 citations, 1,400 different quotes each found only at the end', 'hours', await quoteBatch(owner, 1_000_000, 1400, true));
{
  const { mapId, source } = await sourcedMap(owner);
  await measure('PUT text/markdown "*a"×50,000 (100 KB)', '5.3 s', () => putFile(owner, mapId, source, '*a'.repeat(50_000), 'text/markdown'));
}
{
  const { mapId, source } = await sourcedMap(owner);
  await measure('PUT text/markdown "*a"×100,000 (200 KB)', '22 s', () => putFile(owner, mapId, source, '*a'.repeat(100_000), 'text/markdown'));
}
{
  const { mapId, source } = await sourcedMap(owner);
  await measure('PUT text/html "<div>"×100,000 unclosed', '4.9 s', () => putFile(owner, mapId, source, '<div>'.repeat(100_000), 'text/html'));
}
{
  const { mapId, source } = await sourcedMap(owner);
  await measure('PUT text/markdown ">"×100,000', '500 (stack overflow)', () => putFile(owner, mapId, source, '>'.repeat(100_000), 'text/markdown'));
}
{
  const { get } = await bigBibliography(owner, 1000, 100);
  await measure('anonymous GET bibliography, 1,000 sources × 100 authors', '23.5 s', get);
  await measure('the same again (cached by map revision)', '23.5 s', get);
  const fresh = await bigBibliography(owner, 1000, 100);
  await measure('three at once (another such map)', '51 s', () => Promise.all([fresh.get(), fresh.get(), fresh.get()]));
}
{
  const pdf = (await bigPdf(300)) as Uint8Array<ArrayBuffer>;
  const maps = await Promise.all(Array.from({ length: 8 }, () => sourcedMap(owner)));
  await measure('8 concurrent uploads of a 300-page PDF (2 readers, the rest in line)', '8 readers × 768 MB at once', () =>
    Promise.all(maps.map((m) => putFile(owner, m.mapId, m.source, pdf, 'application/pdf'))),
  );
}

// ---------------------------------------------------------------- the report

const sh = (cmd: string) => {
  try {
    return execSync(cmd, { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
};
const health = await call('GET', '/api/health');
const secs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const section = [
  '# Slow requests and /api/health (issue 15)',
  '',
  `Generated by \`bench/slow-requests.ts\` on ${new Date().toISOString()}, against \`next start\` on ${health.body?.database?.provider ?? '?'};`,
  `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (${sh('uname -sr')}).`,
  'While each request runs, `/api/health` is asked again and again (one probe after the other); the',
  'table gives how many answers arrived before the heavy request was answered, their median and their',
  'worst latency. Target: every probe under 200 ms. "Before" is the figure of issue 15 (the heavy',
  "request's time, during which /api/health waited as long).",
  '',
  '| request | before | answer | time | health answers | median | worst |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.label.replace(/\|/g, '\\|').replace(/</g, '&lt;')} | ${r.before} | ${r.status} | ${secs(r.heavyMs)} | ${r.probes} | ${secs(r.medianMs)} | ${secs(r.worstMs)} |`),
  '',
  "Notes: the machine is shared (other builds and test runs; see the load average), so the times",
  "of the heavy requests vary by a factor of two between runs; the health probes are the point.",
  "The worst probe of the 1,400-citation batch of one quote is the batch's own work on the event loop",
  "(validating and persisting 1,400 citations and their events in `lib/server/maps.ts`, which is",
  "outside this change): its quote check runs once on a worker. With 1,400 *different* quotes each",
  "found only at the end of a million characters, the check is bounded by its 20 s deadline and",
  "answered 503; the server stays responsive throughout. Markdown `\"*a\"` runs stay quadratic inside",
  "marked, but on a worker: 200 KB finishes just inside the 20 s deadline, larger is answered 422.",
].join('\n');

writeBenchSection('Slow requests and /api/health (issue 15)', section);
log('wrote the "Slow requests" section of docs/benchmarks.md');
process.exit(0);
