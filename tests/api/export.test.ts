// Exports and the JSON import over HTTP against the real server (SQLite and PostgreSQL):
// who may export (a PRIVATE map is a 404 to strangers, a PUBLIC one is open to anyone),
// the content types and file names, the limits (413 before drawing), the import's
// validation (every problem with its path, nothing created), the round trip
// export → import → export on the seed map and on a generated map of 2,000 nodes, the
// POST form for long selections (1,000 nodes), the server answering while a PNG or PDF
// is drawn, and the queue in front of PNG/PDF exports (503 with Retry-After when full).
import { randomUUID } from 'node:crypto';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOperations, emptyState } from '@/lib/argument/operations';
import { canonicalDocument, exportMapDocument, type MapDocument } from '@/lib/interchange/json';
import { generateMap } from '@/bench/generate';
import { BASE, call, expectProblem, newMap, newUser, ops, ownMapCount, type TestUser } from './client';
import { health as healthCheck } from './heavy';
import { spawnServer, type SpawnedServer } from './spawn-server';

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';

let owner: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  [owner, stranger] = await Promise.all([newUser('export-owner'), newUser('export-stranger')]);
});

async function mapWithContent(visibility: string) {
  const map = await newMap(owner, visibility, 'Export');
  const [q, c] = [randomUUID(), randomUUID()];
  const r = await ops(map.id, owner, [
    { op: 'create', entity: 'node', id: q, data: { kind: 'QUESTION', title: 'Draagvlak <b>&</b> "steun"?', x: 0, y: 0 } },
    { op: 'create', entity: 'node', id: c, data: { kind: 'CLAIM', title: 'Contact vermindert vooroordelen.', x: 0, y: 250 } },
    { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'ANSWERS', fromId: c, toId: q } },
  ]);
  expect(r.status, r.text).toBe(200);
  return map.id;
}

async function raw(path: string, token?: string) {
  const res = await fetch(`${BASE}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const importFile = (user: TestUser, body: string, type = 'application/json', query = '') =>
  call('POST', `/api/v1/maps/import${query}`, { token: user.token, raw: body, type });

describe('export permissions and formats', () => {
  let privateMap: string;
  let publicMap: string;
  beforeAll(async () => {
    [privateMap, publicMap] = await Promise.all([mapWithContent('PRIVATE'), mapWithContent('PUBLIC')]);
  });

  it('refuses a private map’s exports to strangers and to anonymous callers with 404', async () => {
    for (const ext of ['svg', 'png', 'pdf', 'json']) {
      expectProblem(await call('GET', `/api/v1/maps/${privateMap}/export.${ext}`, { token: stranger.token }), 404);
      expectProblem(await call('GET', `/api/v1/maps/${privateMap}/export.${ext}`), 404);
    }
  });

  it('gives a public map’s exports to anyone, with their content types and a file name', async () => {
    const svg = await raw(`/api/v1/maps/${publicMap}/export.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(svg.headers.get('content-disposition')).toMatch(/^inline; filename="export-[a-z0-9-]+\.svg"$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Draagvlak &lt;b&gt;&amp;&lt;/b&gt; &quot;steun&quot;?');
    expect(text).not.toContain('<b>');

    const png = await raw(`/api/v1/maps/${publicMap}/export.png?scale=2&download=1`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.png"$/);
    const image = PNG.sync.read(png.bytes);
    const width = Number(/width="(\d+)"/.exec(text)![1]);
    expect(image.width).toBe(width * 2);

    const pdf = await raw(`/api/v1/maps/${publicMap}/export.pdf?page=a4`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const json = await call('GET', `/api/v1/maps/${publicMap}/export.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(json.body).toMatchObject({ format: 'pleit-map', version: 1 });
    expect(json.body.nodes).toHaveLength(2);
  });

  it('lets a member export a private map, and draws a selection only', async () => {
    const doc = (await call('GET', `/api/v1/maps/${privateMap}/export.json`, { token: owner.token })).body as MapDocument;
    const claim = doc.nodes.find((n) => n.kind === 'CLAIM')!;
    const svg = await call('GET', `/api/v1/maps/${privateMap}/export.svg?nodes=${claim.id}&legend=0&title=0`, { token: owner.token });
    expect(svg.status).toBe(200);
    expect(svg.text).toContain('vooroordelen.');
    expect(svg.text).not.toContain('Draagvlak');
    expect(svg.text).not.toContain('class="legend"');
  });

  it('answers bad parameters with 422 and names them', async () => {
    const bad = await call('GET', `/api/v1/maps/${publicMap}/export.png?scale=3`);
    expectProblem(bad, 422);
    expect(bad.body.errors[0].path).toBe('scale');
    expectProblem(await call('GET', `/api/v1/maps/${publicMap}/export.pdf?page=letter`), 422);
    expectProblem(await call('GET', `/api/v1/maps/${publicMap}/export.svg?nodes=${randomUUID()}`), 422);
    // a parameter given twice has no one meaning; an unknown one is named as the query's
    const twice = await call('GET', `/api/v1/maps/${publicMap}/export.png?scale=1&scale=4`);
    expectProblem(twice, 422);
    expect(twice.body.errors).toEqual([{ path: 'scale', message: 'scale is given more than once; give it once.' }]);
    const unknown = await call('GET', `/api/v1/maps/${publicMap}/export.svg?colour=red`);
    expectProblem(unknown, 422);
    expect(unknown.body.errors[0].path).toBe('(query)');
    expect(unknown.body.detail).toContain('colour');
    // the POST form validates its JSON body the same way
    const badBody = await call('POST', `/api/v1/maps/${publicMap}/export.png`, { body: { scale: 3, nodes: 'all' } });
    expectProblem(badBody, 422);
    expect(badBody.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['scale', 'nodes']));
    expectProblem(await call('POST', `/api/v1/maps/${publicMap}/export.svg`, { body: { colour: 'red' } }), 422);
    expectProblem(await call('POST', `/api/v1/maps/${publicMap}/export.pdf`, { raw: 'nodes=a,b', type: 'application/x-www-form-urlencoded' }), 415);
  });

  it('takes the options as a JSON body on POST, and refuses a private map’s export that way too', async () => {
    const doc = (await call('GET', `/api/v1/maps/${publicMap}/export.json`)).body as MapDocument;
    const claim = doc.nodes.find((n) => n.kind === 'CLAIM')!;
    const svg = await call('POST', `/api/v1/maps/${publicMap}/export.svg`, { body: { nodes: [claim.id], legend: false, download: true } });
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(svg.text).toContain('vooroordelen.');
    expect(svg.text).not.toContain('Draagvlak');
    expect(svg.text).not.toContain('class="legend"');
    const png = await fetch(`${BASE}/api/v1/maps/${publicMap}/export.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nodes: [claim.id], scale: 2 }) });
    expect(png.status).toBe(200);
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect(image.width).toBe(Number(/width="(\d+)"/.exec(svg.text)![1]) * 2);
    expectProblem(await call('POST', `/api/v1/maps/${privateMap}/export.svg`, { token: stranger.token, body: {} }), 404);
  });

  it('names a file after a title in any script: filename* in UTF-8, with an ASCII filename beside it', async () => {
    const map = await newMap(owner, 'PUBLIC', 'Карта миграции — Ærø');
    const suffix = /([0-9a-f]{6})$/.exec((await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).body.title)![1];
    for (const [ext, download] of [['svg', false], ['pdf', true], ['json', true]] as const) {
      const res = await raw(`/api/v1/maps/${map.id}/export.${ext}${download ? '?download=1' : ''}`);
      expect(res.status).toBe(200);
      const header = res.headers.get('content-disposition')!;
      expect(header).toMatch(new RegExp(`^${download ? 'attachment' : 'inline'}; filename="[ -~]+\\.${ext}"; filename\\*=UTF-8''`));
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1])).toBe(`карта-миграции-ærø-${suffix}.${ext}`);
    }
  });

  it('draws the demo map at 2× for anyone (a slide’s size), and names the scale that fits past the limit', async () => {
    const svg = await raw(`/api/v1/maps/${DEMO_MAP_ID}/export.svg`);
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg.bytes.toString('utf8'))!.map(Number);
    const png = await raw(`/api/v1/maps/${DEMO_MAP_ID}/export.png?scale=2`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    // the header's size (the whole image is some 140 M pixels: too big to decode here)
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([w * 2, h * 2]);
    // a blank image of that size deflates to well under a megabyte; the map's ink is several
    expect(png.bytes.length).toBeGreaterThan(2_000_000);
    const tooBig = await call('GET', `/api/v1/maps/${DEMO_MAP_ID}/export.png?scale=4`);
    expectProblem(tooBig, 413);
    expect(tooBig.body.fits).toBe(2);
    expect(tooBig.body.detail).toContain('Scale 2 fits.');
  });

  it('publishes the JSON Schema of the format', async () => {
    const schema = await call('GET', '/api/v1/schemas/map.json');
    expect(schema.status).toBe(200);
    expect(schema.body.properties.format).toBeTruthy();
    expect(schema.body.properties.nodes.type).toBe('array');
  });
});

describe('JSON import', () => {
  it('refuses JSON that is neither Pleit’s nor AIF, a format it does not read, and a file named JSON that is not', async () => {
    // (text in another format is read as that format: tests/api/interchange.test.ts)
    expectProblem(await importFile(owner, '[1, 2, 3]'), 422);
    expectProblem(await importFile(owner, 'Dit is een [stelling] in Argdown.', 'text/plain', '?format=json'), 415);
    // a broken Pleit file says where it breaks
    const broken = await importFile(owner, '{\n  "format": "pleit-map",\n  "version": 1,\n  "nodes": [}\n}', 'application/json', '?format=json');
    expectProblem(broken, 415);
    expect(broken.body).toMatchObject({ type: 'urn:pleit:problem:import-format', line: 4, column: 13 });
    expect(broken.body.detail).toContain('line 4, column 13');
    const other = await importFile(owner, '{"format": "pleit-map", "version": 1}', 'application/json', '?format=xml');
    expectProblem(other, 422);
    expect(other.body.errors[0].path).toBe('format');
    expectProblem(await call('POST', '/api/v1/maps/import', { raw: '{}', type: 'application/json' }), 401);
  });

  it('reports every problem with its path and creates nothing', async () => {
    const before = await ownMapCount(owner);
    const file = {
      format: 'pleit-map',
      version: 1,
      map: { title: 'Kapot' },
      nodes: [
        { id: 'a', kind: 'OPINION', title: 'x' },
        { id: 'b', kind: 'CLAIM', title: '' },
      ],
      relations: [{ id: 'r', type: 'SUPPORTS', fromId: 'a', toId: 'b' }],
    };
    const r = await importFile(owner, JSON.stringify(file));
    expectProblem(r, 422);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['nodes.0.kind', 'nodes.1.title']));
    const refs = await importFile(owner, JSON.stringify({ ...file, nodes: [{ id: 'a', kind: 'CLAIM', title: 'x' }], relations: [{ id: 'r', type: 'SUPPORTS', fromId: 'a', toId: 'ghost' }] }));
    expectProblem(refs, 422);
    expect(refs.body.errors[0]).toMatchObject({ path: 'relations.0.toId', message: expect.stringContaining('ghost') });
    // problems of shape and of references in one file are all reported at once
    const both = await importFile(owner, JSON.stringify({ ...file, nodes: [{ id: 'a', kind: 'OPINION', title: 'x', x: '1' }, { id: 'a', kind: 'CLAIM', title: 'y' }], relations: [{ id: 'r', type: 'SUPPORTS', fromId: 'a', toId: 'ghost' }], citations: [{ id: 'c', nodeId: 'a', sourceId: 'nope', quote: 'q' }] }));
    expectProblem(both, 422);
    expect(both.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['nodes.0.kind', 'nodes.0.x', 'nodes.1.id', 'relations.0.toId', 'citations.0.sourceId']));
    expect(await ownMapCount(owner)).toBe(before);
  });

  it('keeps a citation whose quote is not in its source’s text, marked as not found, and says so in the report', async () => {
    const file = {
      format: 'pleit-map',
      version: 1,
      map: { title: 'Citaten' },
      sources: [{ id: 's', type: 'REPORT', title: 'Rapport', text: 'Contact tussen groepen vermindert vooroordelen, op voorwaarde van gelijkwaardigheid.' }],
      nodes: [
        { id: 'e', kind: 'EVIDENCE', title: 'Het rapport', x: 0, y: 0 },
        { id: 'f', kind: 'EVIDENCE', title: 'Het rapport, verkeerd geciteerd', x: 300, y: 0 },
      ],
      citations: [
        { id: 'c1', nodeId: 'e', sourceId: 's', quote: 'Contact tussen groepen vermindert vooroordelen' },
        { id: 'c2', nodeId: 'f', sourceId: 's', quote: 'Contact verhoogt altijd het vertrouwen' },
      ],
    };
    const r = await importFile(owner, JSON.stringify(file));
    expect(r.status, r.text).toBe(201);
    const said = r.body.report.items.map((i: { message: string }) => i.message);
    expect(said).toEqual([expect.stringContaining('“Contact verhoogt altijd het vertrouwen” of “Het rapport, verkeerd geciteerd” is not in its source’s text')]);
    const back = (await call('GET', `/api/v1/maps/${r.body.map.id}/graph`, { token: owner.token })).body as { citations: { quote: string; quoteStatus: string }[] };
    expect(Object.fromEntries(back.citations.map((c) => [c.quote, c.quoteStatus]))).toEqual({
      'Contact tussen groepen vermindert vooroordelen': 'verified',
      'Contact verhoogt altijd het vertrouwen': 'mismatch',
    });
  });

  it('refuses files past the node limit with 413 before reading them in', async () => {
    const nodes = Array.from({ length: 5001 }, (_, i) => ({ id: `n${i}`, kind: 'CLAIM', title: 'x' }));
    const r = await importFile(owner, JSON.stringify({ format: 'pleit-map', version: 1, map: { title: 'Groot' }, nodes }));
    expectProblem(r, 413);
    expect(r.body.limit).toBe(5000);
  });

  it('round-trips the seed map: export → import → export is the same apart from ids', async () => {
    const first = (await call('GET', `/api/v1/maps/${DEMO_MAP_ID}/export.json`)).body as MapDocument;
    expect(first.nodes.length).toBeGreaterThan(20);
    const imported = await importFile(owner, JSON.stringify(first));
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body.map.role).toBe('OWNER');
    expect(imported.body.map.visibility).toBe('PRIVATE');
    expect(imported.body.counts.nodes).toBe(first.nodes.length);
    const second = (await call('GET', `/api/v1/maps/${imported.body.map.id}/export.json`, { token: owner.token })).body as MapDocument;
    expect(canonicalDocument(second)).toEqual(canonicalDocument(first));
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    // the new map is the importer's alone
    expectProblem(await call('GET', `/api/v1/maps/${imported.body.map.id}/export.json`, { token: stranger.token }), 404);
  });
});

describe('a map of 2,000 nodes', { timeout: 240_000 }, () => {
  let mapId: string;
  let first: MapDocument;
  const doc2000 = () => first;
  beforeAll(async () => {
    let state = emptyState();
    for (const batch of generateMap(2000).batches) state = applyOperations(state, batch).state;
    first = JSON.parse(JSON.stringify(exportMapDocument({ title: 'Groot', description: '', language: 'nl' }, state, new Map())));
    const r = await importFile(owner, JSON.stringify(first));
    expect(r.status, r.text).toBe(201);
    mapId = r.body.map.id;
  }, 240_000);

  it('round-trips through import and export', async () => {
    const second = (await call('GET', `/api/v1/maps/${mapId}/export.json`, { token: owner.token })).body as MapDocument;
    expect(second.nodes).toHaveLength(2000);
    expect(canonicalDocument(second)).toEqual(canonicalDocument(first));
  });

  it('refuses a PNG bigger than the pixel limit with 413 before drawing, and offers what fits', async () => {
    const r = await call('GET', `/api/v1/maps/${mapId}/export.png?scale=2`, { token: owner.token });
    expectProblem(r, 413);
    expect(r.body.width * r.body.height).toBeGreaterThan(r.body.limit);
    expect(r.body.detail).toMatch(/SVG or PDF/);
  });

  it('draws a selection of 1,000 nodes sent as a POST body', async () => {
    const doc = (await call('GET', `/api/v1/maps/${mapId}/export.json`, { token: owner.token })).body as MapDocument;
    const chosen = doc.nodes.slice(0, 1000);
    const svg = await call('POST', `/api/v1/maps/${mapId}/export.svg`, { token: owner.token, body: { nodes: chosen.map((n) => n.id), legend: false } });
    expect(svg.status, svg.text.slice(0, 300)).toBe(200);
    expect(svg.text.match(/<g class="node /g)).toHaveLength(1000);
    const ids = new Set([...svg.text.matchAll(/<g class="node [^"]*" data-id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids).toEqual(new Set(chosen.map((n) => n.id)));
  });

  it('keeps the server answering while it draws a PNG', async () => {
    // 300 nodes of the map on a compact grid: a PNG of some 20 M pixels, within the limit
    const nodes = doc2000().nodes.slice(0, 300).map((n, i) => ({ ...n, x: (i % 25) * 300, y: Math.floor(i / 25) * 260 }));
    const ids = new Set(nodes.map((n) => n.id));
    const part = { ...doc2000(), map: { ...doc2000().map, title: 'Raster' }, nodes, relations: doc2000().relations.filter((r) => ids.has(r.fromId) && ids.has(r.toId)), citations: doc2000().citations.filter((c) => ids.has(c.nodeId)) };
    const imported = await importFile(owner, JSON.stringify(part));
    expect(imported.status, imported.text).toBe(201);
    const order: string[] = [];
    const png = fetch(`${BASE}/api/v1/maps/${imported.body.map.id}/export.png?scale=1`, { headers: { authorization: `Bearer ${owner.token}` } }).then(async (res) => {
      const bytes = Buffer.from(await res.arrayBuffer());
      order.push('png');
      return { status: res.status, bytes };
    });
    await new Promise((r) => setTimeout(r, 300));
    const health = await healthCheck();
    order.push('health');
    expect(health.status).toBe(200);
    const done = await png;
    expect(done.status, done.bytes.toString('utf8', 0, 300)).toBe(200);
    const image = PNG.sync.read(done.bytes);
    expect(image.width * image.height).toBeGreaterThan(10_000_000);
    expect(order).toEqual(['health', 'png']);
  });

  it('keeps the server answering while it writes the PDF', async () => {
    const order: string[] = [];
    const pdf = fetch(`${BASE}/api/v1/maps/${mapId}/export.pdf`, { headers: { authorization: `Bearer ${owner.token}` } }).then(async (res) => {
      const bytes = Buffer.from(await res.arrayBuffer());
      order.push('pdf');
      return { status: res.status, bytes };
    });
    // the export has started (its map is being loaded) before the health check is sent
    await new Promise((r) => setTimeout(r, 300));
    const health = await healthCheck();
    order.push('health');
    expect(health.status).toBe(200);
    const done = await pdf;
    expect(done.status).toBe(200);
    expect(done.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(order).toEqual(['health', 'pdf']);
  });
});

describe('the queue in front of PNG and PDF exports', { timeout: 600_000 }, () => {
  // a server of its own (on the suite's database) that draws one export at a time and lets one wait
  let server: SpawnedServer;
  let mapId: string;
  beforeAll(async () => {
    server = await spawnServer({ databaseUrl: process.env.DATABASE_URL, env: { PLEIT_EXPORT_CONCURRENCY: '1', PLEIT_EXPORT_QUEUE: '1' } });
    let state = emptyState();
    for (const batch of generateMap(500).batches) state = applyOperations(state, batch).state;
    const r = await importFile(owner, JSON.stringify(exportMapDocument({ title: 'Wachtrij', description: '', language: 'nl' }, state, new Map())));
    expect(r.status, r.text).toBe(201);
    mapId = r.body.map.id;
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 503 with Retry-After to exports past the queue, and draws the others', async () => {
    // six different PDFs of 500 nodes at once (seconds each): one is drawn, one waits, the
    // rest are refused (the same PDF asked for six times would be drawn once and shared)
    const options = ['page=a4', 'page=a3', 'page=fit', 'page=a4&locale=en', 'page=a3&locale=en', 'page=fit&locale=en'];
    const answers = await Promise.all(
      options.map((q) =>
        fetch(`${server.baseUrl}/api/v1/maps/${mapId}/export.pdf?${q}`, { headers: { authorization: `Bearer ${owner.token}` } }).then(async (res) => ({
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          type: res.headers.get('content-type'),
          bytes: Buffer.from(await res.arrayBuffer()),
        })),
      ),
    );
    const refused = answers.filter((a) => a.status === 503);
    const drawn = answers.filter((a) => a.status === 200);
    expect(refused.length + drawn.length).toBe(6);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    for (const a of drawn) expect(a.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    for (const a of refused) {
      expect(Number(a.retryAfter)).toBeGreaterThan(0);
      expect(a.type).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(a.bytes.toString('utf8'))).toMatchObject({ status: 503, type: 'urn:pleit:problem:busy' });
    }
    // the queue drains: the next export is drawn
    const pdf = await fetch(`${server.baseUrl}/api/v1/maps/${mapId}/export.pdf?page=a4&legend=0`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(pdf.status).toBe(200);
  });

  it('gives the same PNG to many at once (an image on a course page), drawn once, and draws it anew when the map changes', async () => {
    const map = await newMap(owner, 'PUBLIC', 'Cursuspagina');
    const node = randomUUID();
    const made = await ops(map.id, owner, [{ op: 'create', entity: 'node', id: node, data: { kind: 'CLAIM', title: 'Een kaart op de cursuspagina', x: 0, y: 0 } }]);
    expect(made.status, made.text).toBe(200);
    const url = `${server.baseUrl}/api/v1/maps/${map.id}/export.png?scale=2`;
    const get = () => fetch(url).then(async (res) => ({ status: res.status, bytes: Buffer.from(await res.arrayBuffer()) }));
    // eight students open the page together; this server draws one export at a time and lets one wait
    const answers = await Promise.all(Array.from({ length: 8 }, get));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    for (const a of answers) expect(a.bytes.equals(answers[0].bytes)).toBe(true);
    expect(PNG.sync.read(answers[0].bytes).width).toBeGreaterThan(100);
    // the owner renames the claim: the next request gets the new drawing, not the kept one
    const renamed = await ops(map.id, owner, [{ op: 'update', entity: 'node', id: node, version: 1, data: { title: 'Een andere titel' } }]);
    expect(renamed.status, renamed.text).toBe(200);
    const after = await get();
    expect(after.status).toBe(200);
    expect(after.bytes.equals(answers[0].bytes)).toBe(false);
    expect(PNG.sync.read(after.bytes).width).toBeGreaterThan(100);
  });
});
