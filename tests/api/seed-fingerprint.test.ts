// The demo map's quotes can be checked by a reader (issue 14): the seed stores each
// source's fingerprint (SHA-256 of its normalised text, which the project does not ship)
// and each quote's offsets in that text. A member who has the documents makes a copy of
// the demo map ("Make a copy": the same operations the editor sends) and stores the texts
// on it: the original texts match their fingerprints and check every citation at the
// offsets the seed gave; any other text says it is not the original.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyState, type MapState } from '@/lib/argument/operations';
import type { ArgNode, Citation, Relation, Source, Tag } from '@/lib/argument/model';
import { copyBatches } from '@/lib/client/copy-map';
import { call, expectProblem, newMap, newUser, ops, type TestUser } from './client';

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';
const SEEDS = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS);
if (!seedsPresent) console.log(`seed-fingerprint.test: ${SEEDS} is absent; the uploads of the seed documents are skipped.`);

/** Which seed document (its number in ../shared/seeds) each demo source is, by title. */
const DOCUMENT_OF_TITLE: Record<string, string> = {
  'Menu voor een andere migratiepolitiek': '000',
  Integratiepact: '001',
  Migratiemaatschappij: '002',
  'Geef steden de middelen om zelf werk te maken van de integratie van migranten': '003',
  'Op zoek naar maatschappelijk draagvlak voor migratie': '004',
};
const documentText = (title: string) => {
  const number = DOCUMENT_OF_TITLE[title];
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${number}_`) && f.endsWith('.txt'));
  return readFileSync(path.join(SEEDS, file!), 'utf8');
};

interface Graph {
  nodes: ArgNode[];
  relations: Relation[];
  tags: Tag[];
  sources: Source[];
  citations: Citation[];
}
const graphOf = async (mapId: string, user?: TestUser): Promise<Graph> => {
  const g = await call('GET', `/api/v1/maps/${mapId}/graph`, user ? { token: user.token } : {});
  expect(g.status, g.text).toBe(200);
  return g.body;
};
const stateOf = (g: Graph): MapState => {
  const s = emptyState();
  for (const n of g.nodes) s.nodes.set(n.id, n);
  for (const r of g.relations) s.relations.set(r.id, r);
  for (const t of g.tags) s.tags.set(t.id, t);
  for (const x of g.sources) s.sources.set(x.id, x);
  for (const c of g.citations) s.citations.set(c.id, c);
  return s;
};
const textUrl = (mapId: string, sourceId: string) => `/api/v1/maps/${mapId}/sources/${sourceId}/text`;
/** The locators of a source's citations, as comparable strings (ids differ between the demo and its copy). */
const locatorsOf = (g: Graph, sourceId: string) =>
  g.citations
    .filter((c) => c.sourceId === sourceId)
    .map((c) => `${c.quote}|${JSON.stringify(c.locator)}`)
    .sort();

let demo: Graph;
beforeAll(async () => {
  demo = await graphOf(DEMO_MAP_ID);
});

describe('the demo map ships proof of its quotes', () => {
  it('has the fingerprint of every source, and every quote with its offsets, readable without an account', () => {
    expect(demo.sources).toHaveLength(5);
    for (const s of demo.sources) {
      expect(s.fingerprint, s.title).toMatch(/^[0-9a-f]{64}$/);
      expect(s.hasText, s.title).toBe(false);
    }
    for (const c of demo.citations) {
      expect(Number.isInteger(c.locator.start) && Number.isInteger(c.locator.end) && c.locator.start! < c.locator.end!, c.quote).toBe(true);
      // the server itself has checked nothing: it has no text
      expect(c.quoteStatus).toBe('unchecked');
    }
  });
});

describe.skipIf(!seedsPresent)('a copy of the demo map with the documents stored', () => {
  let member: TestUser;
  let copyId: string;
  let copy: Graph;

  beforeAll(async () => {
    member = await newUser('seed-copy');
    copyId = (await newMap(member, 'PRIVATE', 'Kopie van de demo')).id;
    for (const operations of copyBatches(stateOf(demo), DEMO_MAP_ID, copyId)) {
      const r = await ops(copyId, member, operations);
      expect(r.status, r.text).toBe(200);
    }
    copy = await graphOf(copyId, member);
  }, 120_000);

  it('keeps the fingerprints and the offsets in the copy', () => {
    expect(copy.sources.map((s) => `${s.title}|${s.fingerprint}`).sort()).toEqual(demo.sources.map((s) => `${s.title}|${s.fingerprint}`).sort());
    expect(copy.citations).toHaveLength(demo.citations.length);
  });

  it('checks every citation at the offsets the seed gave when the original texts are stored, and says they are the originals', async () => {
    for (const s of copy.sources) {
      const demoSource = demo.sources.find((d) => d.title === s.title)!;
      const put = await call('PUT', textUrl(copyId, s.id), { token: member.token, body: { text: documentText(s.title), version: s.version } });
      expect(put.status, put.text).toBe(200);
      expect(put.body.fingerprintMatch, s.title).toBe(true);
      const mine = (put.body.citations as Citation[]).filter((c) => c.sourceId === s.id);
      expect(mine.length, s.title).toBeGreaterThan(0);
      expect(mine.filter((c) => c.quoteStatus !== 'verified').map((c) => c.quote), s.title).toEqual([]);
      const got = await call('GET', textUrl(copyId, s.id), { token: member.token });
      expect(got.status).toBe(200);
      expect(got.body.fingerprintMatch, s.title).toBe(true);
      // the offsets (and paragraphs) the check found are the ones the demo map ships
      expect(locatorsOf({ ...copy, citations: mine }, s.id), s.title).toEqual(locatorsOf(demo, demoSource.id));
    }
    const after = await graphOf(copyId, member);
    expect(new Set(after.citations.map((c) => c.quoteStatus))).toEqual(new Set(['verified']));
  }, 120_000);

  it('does not claim a match for a text that is not the original, and flags the quotes it lacks', async () => {
    const source = (await graphOf(copyId, member)).sources.find((s) => s.title === 'Op zoek naar maatschappelijk draagvlak voor migratie')!;
    const original = documentText(source.title);
    // one sentence more: every quote is still in it, but it is not the text they were checked against
    const longer = await call('PUT', textUrl(copyId, source.id), { token: member.token, body: { text: `${original}\n\nEen zin die er niet in stond.`, version: source.version } });
    expect(longer.status, longer.text).toBe(200);
    expect(longer.body.fingerprintMatch).toBe(false);
    expect((await call('GET', textUrl(copyId, source.id), { token: member.token })).body.fingerprintMatch).toBe(false);
    // a word changed in a quoted passage: not the original, and that quote is no longer found
    const altered = original.replace('De groep biedt bescherming aan het individu.', 'De groep biedt geen bescherming aan het individu.');
    expect(altered).not.toBe(original);
    const changed = await call('PUT', textUrl(copyId, source.id), { token: member.token, body: { text: altered, version: longer.body.source.version } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.fingerprintMatch).toBe(false);
    const flagged = (changed.body.citations as Citation[]).filter((c) => c.quoteStatus === 'mismatch').map((c) => c.quote);
    expect(flagged).toEqual(['De groep biedt bescherming aan het individu.']);
  });

  it('claims nothing for a source without a fingerprint, and refuses a malformed one', async () => {
    const g = await graphOf(copyId, member);
    const source = g.sources.find((s) => s.title === 'Integratiepact')!;
    expectProblem(await ops(copyId, member, [{ op: 'update', entity: 'source', id: source.id, version: source.version, data: { fingerprint: 'not-a-sha-256' } }]), 422);
    const removed = await ops(copyId, member, [{ op: 'update', entity: 'source', id: source.id, version: source.version, data: { fingerprint: '' } }]);
    expect(removed.status, removed.text).toBe(200);
    const after = (await graphOf(copyId, member)).sources.find((s) => s.id === source.id)!;
    expect(after.fingerprint).toBeUndefined();
    const got = await call('GET', textUrl(copyId, source.id), { token: member.token });
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty('fingerprintMatch');
  });
});
