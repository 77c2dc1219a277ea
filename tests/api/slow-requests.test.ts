// Issue 15, "one request blocks every user": each request that used to hold the
// server's only event loop for seconds is fired, and /api/health is asked again and
// again while it runs. The health answers must keep coming while the heavy request is
// still in flight (ordering, not wall time: a blocked loop answers nothing until the
// heavy request is done). The worst probe latency is printed; bench/slow-requests.ts
// measures it against the 200 ms target. Also: malformed Markdown and HTML are 422,
// never 500; a member removed while their upload
// trickles in cannot write.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, BASE, call, expectProblem, newUser, ops, type TestUser } from './client';
import { bigBibliography, bigPdf, probeWhile, putFile, quoteBatch, sourcedMap, type Probed } from './heavy';

/** health answers that must arrive while one heavy request runs */
const PROBES = 3;
const HEAVY = { timeout: 180_000 };

let owner: TestUser;
beforeAll(async () => {
  owner = await newUser('heavy-owner');
});

function report(label: string, p: Probed<unknown>) {
  console.log(`[slow requests] ${label}: ${p.answered} health answers in flight, worst ${p.worstMs.toFixed(0)} ms, median ${p.medianMs.toFixed(0)} ms`);
}

describe('while a heavy request runs, /api/health keeps answering', () => {
  it('a batch of citations whose different 5,000-character quotes are each found only at the end of a million-character text', HEAVY, async () => {
    const fire = await quoteBatch(owner, 1_000_000, 150, true);
    const p = await probeWhile(fire);
    report('quote check', p);
    expect(p.result.status, p.result.text).toBe(200);
    expect(p.answered).toBeGreaterThanOrEqual(PROBES);
  });

  it('Markdown "*a" × 40,000 (quadratic in marked) is read on a worker thread', HEAVY, async () => {
    const { mapId, source } = await sourcedMap(owner);
    const p = await probeWhile(() => putFile(owner, mapId, source, '*a'.repeat(40_000), 'text/markdown'));
    report('markdown emphasis', p);
    expect(p.result.status, p.result.text).toBe(200);
    expect(p.result.body.length).toBeGreaterThan(0);
    expect(p.answered).toBeGreaterThanOrEqual(PROBES);
  });

  // refused in one pass before marked runs (it used to overflow marked's stack: a 500), so
  // it is answered at once and there is nothing to probe while it runs
  it('Markdown ">" × 100,000 answers 422, not 500, and stores nothing', HEAVY, async () => {
    const { mapId, source } = await sourcedMap(owner);
    const r = await putFile(owner, mapId, source, '>'.repeat(100_000), 'text/markdown');
    expectProblem(r, 422);
    expect(r.body.detail).toMatch(/nests/);
    expectProblem(await call('GET', `/api/v1/maps/${mapId}/sources/${source}/text`, { token: owner.token }), 404);
  });

  it('a large HTML document (9 MB of markup) is read on a worker thread; 100,000 unclosed <div>s answer 422', HEAVY, async () => {
    const { mapId, source } = await sourcedMap(owner);
    const html = `<html><body>${'<div class="alinea"><p><span class="w"><b>x</b></span></p></div>\n'.repeat(150_000)}</body></html>`;
    const p = await probeWhile(() => putFile(owner, mapId, source, html, 'text/html'));
    report('html', p);
    expect(p.result.status, p.result.text).toBe(200);
    expect(p.answered).toBeGreaterThanOrEqual(PROBES);

    const other = await sourcedMap(owner);
    const unclosed = await putFile(owner, other.mapId, other.source, '<div>'.repeat(100_000), 'text/html');
    expectProblem(unclosed, 422);
    expect(unclosed.body.detail).toMatch(/nests elements/);
  });

  it('the bibliography of a public map with many sources of 100 authors, three anonymous requests at once, formatted once', HEAVY, async () => {
    const { get } = await bigBibliography(owner, 400, 100);
    const p = await probeWhile(() => Promise.all([get(), get(), get()]));
    report('bibliography ×3', p);
    for (const r of p.result) expect(r.status, r.text).toBe(200);
    expect(new Set(p.result.map((r) => r.text)).size).toBe(1);
    expect(p.result[0].text).toContain('Auteur0-0');
    expect(p.answered).toBeGreaterThanOrEqual(PROBES);
  });

  it('concurrent uploads of a 300-page PDF: read at most two at a time, all answered', HEAVY, async () => {
    const pdf = await bigPdf(300);
    const maps = await Promise.all(Array.from({ length: 4 }, () => sourcedMap(owner)));
    const p = await probeWhile(() => Promise.all(maps.map((m) => putFile(owner, m.mapId, m.source, pdf as Uint8Array<ArrayBuffer>, 'application/pdf'))));
    report('pdf ×4', p);
    for (const r of p.result) {
      expect(r.status, r.text).toBe(200);
      expect(r.body.length).toBeGreaterThan(300 * 40 * 50);
    }
    expect(p.answered).toBeGreaterThanOrEqual(PROBES);
  });
});

/** A PUT of a text whose body arrives in two parts, the second when `finish` is called. */
function trickledPut(user: TestUser, path: string, first: string, rest: string) {
  const url = new URL(path, BASE);
  let finish!: () => void;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: 'PUT', headers: { authorization: `Bearer ${user.token}`, 'content-type': 'text/plain', 'content-length': Buffer.byteLength(first + rest) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write(first);
    finish = () => req.end(rest);
  });
  return { answer, finish: () => finish() };
}

describe('a member removed while their upload is in flight', () => {
  it('cannot write: the role is checked again inside the write transaction', HEAVY, async () => {
    const editor = await newUser('heavy-editor');
    const { mapId, source } = await sourcedMap(owner);
    const member = await addMember(owner, mapId, editor, 'EDITOR');
    const put = trickledPut(editor, `/api/v1/maps/${mapId}/sources/${source}/text?version=1`, 'Een tekst die ', 'na de verwijdering aankomt.');
    // let the server take the request in (and check the role at the door) before the removal
    await new Promise((r) => setTimeout(r, 1000));
    const removed = await call('DELETE', `/api/v1/maps/${mapId}/members/${editor.id}?version=${member.version}`, { token: owner.token });
    expect(removed.status, removed.text).toBe(204);
    put.finish();
    const { status } = await put.answer;
    expect([403, 404]).toContain(status);
    // the text is unchanged: there is none, and the source is at its first version
    expectProblem(await call('GET', `/api/v1/maps/${mapId}/sources/${source}/text`, { token: owner.token }), 404);
    const g = await call('GET', `/api/v1/maps/${mapId}/graph`, { token: owner.token });
    expect(g.body.sources.find((s: { id: string }) => s.id === source)).toMatchObject({ version: 1, hasText: false });
  });
});

describe('the quote of issue 15', () => {
  it('a 5,000-character quote of "a"s on a million "a"s is verified at its first occurrence', HEAVY, async () => {
    const { mapId, claim, source } = await sourcedMap(owner);
    const put = await call('PUT', `/api/v1/maps/${mapId}/sources/${source}/text`, { token: owner.token, body: { text: 'a'.repeat(1_000_000), version: 1 } });
    expect(put.status, put.text).toBe(200);
    const id = randomUUID();
    const r = await ops(mapId, owner, [{ op: 'create', entity: 'citation', id, data: { nodeId: claim, sourceId: source, quote: 'a'.repeat(5000), locator: {} } }]);
    expect(r.status, r.text).toBe(200);
    const g = await call('GET', `/api/v1/maps/${mapId}/graph`, { token: owner.token });
    expect(g.body.citations.find((c: { id: string }) => c.id === id)).toMatchObject({ quoteStatus: 'verified', locator: { start: 0, end: 5000, paragraph: 1 } });
  });
});
