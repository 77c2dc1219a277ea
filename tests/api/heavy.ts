// The heavy requests of issue 15 ("one request blocks every user"), shared by the
// health-probe tests (tests/api/slow-requests.test.ts) and the benchmark
// (bench/slow-requests.ts): each builds its input on a fresh map and returns the
// request to fire, sized by the caller. And the probe: /api/health, asked again and
// again while a heavy request is in flight.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { BASE, call, newMap, ops, type Answer, type TestUser } from './client';

export interface Probed<T> {
  result: T;
  /** health answers that arrived before the heavy request(s) resolved */
  answered: number;
  /** the slowest of those, in milliseconds */
  worstMs: number;
  /** their median, in milliseconds */
  medianMs: number;
}

/**
 * GET /api/health on a connection of its own (no keep-alive): a kept-alive connection may be
 * closed by the server just as it is reused while its loop is busy (ECONNRESET), which is not
 * the server failing to answer. A reset on a new connection is.
 */
export function health(): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = request(`${BASE}/api/health`, { agent: false, headers: { connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Fires the heavy work and asks /api/health, one probe after another, until it resolves. */
export async function probeWhile<T>(heavy: () => Promise<T>): Promise<Probed<T>> {
  let settled = false;
  const work = heavy().finally(() => (settled = true));
  const latencies: number[] = [];
  while (!settled) {
    const started = performance.now();
    const res = await health();
    // an answer that came after the heavy one may have waited for it: not counted
    if (settled) break;
    if (res.status !== 200) throw new Error(`/api/health answered ${res.status}`);
    latencies.push(performance.now() - started);
  }
  const result = await work;
  const sorted = [...latencies].sort((a, b) => a - b);
  return { result, answered: latencies.length, worstMs: sorted[sorted.length - 1] ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}

const textUrl = (mapId: string, sourceId: string) => `/api/v1/maps/${mapId}/sources/${sourceId}/text`;

/** A map with one claim and one source (no text yet). */
export async function sourcedMap(owner: TestUser, visibility = 'PRIVATE') {
  const mapId = (await newMap(owner, visibility, 'Zwaar')).id;
  const claim = randomUUID();
  const source = randomUUID();
  const r = await ops(mapId, owner, [
    { op: 'create', entity: 'node', id: claim, data: { kind: 'CLAIM', title: 'Een bewering.' } },
    { op: 'create', entity: 'source', id: source, data: { type: 'REPORT', title: 'Een lang rapport' } },
  ]);
  if (r.status !== 200) throw new Error(`setup: ${r.status} ${r.text}`);
  return { mapId, claim, source };
}

/** PUT a file as the source's text (raw body, ?version=). */
export const putFile = (owner: TestUser, mapId: string, sourceId: string, body: BodyInit, type: string, version = 1) =>
  call('PUT', `${textUrl(mapId, sourceId)}?version=${version}`, { token: owner.token, raw: body, type });

/**
 * A source whose text is `chars` characters ("a"s and a final "b"), and the batch that cites it `citations`
 * times with a quote of up to 5,000 characters found only at its very end: each check
 * scans the whole text. `distinct`: every quote a different length (none is the same
 * search twice), else the same quote each time.
 */
export async function quoteBatch(owner: TestUser, chars: number, citations: number, distinct = false): Promise<() => Promise<Answer>> {
  const { mapId, claim, source } = await sourcedMap(owner);
  const put = await call('PUT', textUrl(mapId, source), { token: owner.token, body: { text: `${'a'.repeat(chars - 1)}b`, version: 1 } });
  if (put.status !== 200) throw new Error(`setup: ${put.status} ${put.text}`);
  const quote = (k: number) => `${'a'.repeat(4999 - (distinct ? k % 4999 : 0))}b`;
  const operations = Array.from({ length: citations }, (_, k) => ({ op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: claim, sourceId: source, quote: quote(k), locator: {} } }));
  return () => ops(mapId, owner, operations);
}

/** A public map with `sources` sources of `authors` authors each, and the anonymous bibliography request. */
export async function bigBibliography(owner: TestUser, sources: number, authors: number): Promise<{ mapId: string; get: () => Promise<Answer> }> {
  const mapId = (await newMap(owner, 'PUBLIC', 'Literatuur')).id;
  for (let from = 0; from < sources; from += 250) {
    const operations = Array.from({ length: Math.min(250, sources - from) }, (_, k) => ({
      op: 'create',
      entity: 'source',
      id: randomUUID(),
      data: {
        type: 'ARTICLE',
        title: `Studie ${from + k} over gemeentelijk integratiebeleid`,
        authors: Array.from({ length: authors }, (_, a) => ({ family: `Auteur${a}-${from + k}`, given: `Voornaam ${a}` })),
        date: `${2000 + ((from + k) % 24)}`,
        container: 'Tijdschrift voor Sociologie',
      },
    }));
    const r = await ops(mapId, owner, operations);
    if (r.status !== 200) throw new Error(`setup: ${r.status} ${r.text}`);
  }
  return { mapId, get: () => call('GET', `/api/v1/maps/${mapId}/bibliography?style=apa&format=html`) };
}

/** A PDF of `pages` pages of text, made with pdf-lib. */
export async function bigPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 40; line++) {
      page.drawText(`Pagina ${p + 1}, regel ${line + 1}: het beleid strooit zand in de integratiemachine.`, { x: 56, y: 800 - line * 18, size: 11, font });
    }
  }
  return doc.save();
}
