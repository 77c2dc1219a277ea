// Sourcing over HTTP against a real server (scripts/test.mjs runs this on SQLite and
// PostgreSQL): a source's text (PUT as JSON, multipart upload or raw file; GET for
// members only; DELETE), the quote check on citations and its re-check when the text
// changes, and the bibliography endpoint.
import { randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';

import { addMember, call, expectProblem, newMap as createMap, newUser, ops, type TestUser as User } from './client';

async function newMap(owner: User, visibility = 'PRIVATE'): Promise<string> {
  return (await createMap(owner, visibility, 'Bronnen')).id;
}

const graph = async (mapId: string, user: User) => (await call('GET', `/api/v1/maps/${mapId}/graph`, { token: user.token })).body;
const textUrl = (mapId: string, sourceId: string) => `/api/v1/maps/${mapId}/sources/${sourceId}/text`;


/** A map with a claim and a source (no text yet). */
async function setup(owner: User, visibility = 'PRIVATE') {
  const mapId = await newMap(owner, visibility);
  const ids = { claim: randomUUID(), source: randomUUID() };
  const r = await ops(mapId, owner, [
    { op: 'create', entity: 'node', id: ids.claim, data: { kind: 'CLAIM', title: 'Beleid werkt integratie tegen.' } },
    { op: 'create', entity: 'source', id: ids.source, data: { type: 'ARTICLE', title: 'Menu voor een andere migratiepolitiek', authors: [{ family: 'Debruyne', given: 'Pascal' }], date: '2024-03-12', container: 'Samenleving & Politiek' } },
  ]);
  expect(r.status).toBe(200);
  return { mapId, ...ids };
}

const TEXT = [
  'Welvaartschauvinisme is geen nieuw fenomeen.',
  'Het beleid strooit zand in de integratiemachine: de VDAB, het Turboplan en de betalende inburgering.',
  'Zonder het hogere aandeel migranten zou het armoedecijfer met 1,6 procentpunt gezakt zijn.',
  'De regering noemt dat "eigen volk eerst", maar het is zand in de integratiemachine.',
].join('\n\n');

async function putText(mapId: string, sourceId: string, user: User, text: string, version: number) {
  return call('PUT', textUrl(mapId, sourceId), { token: user.token, body: { text, version } });
}

async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText('Steden voeren hun eigen beleid.', { x: 56, y: 780, size: 12, font });
  page.drawText('Het armoedecijfer zou met 1,6 procentpunt gezakt zijn.', { x: 56, y: 740, size: 12, font });
  return doc.save();
}

let owner: User;
let viewer: User;
let stranger: User;
beforeAll(async () => {
  [owner, viewer, stranger] = await Promise.all([newUser('bron-owner'), newUser('bron-viewer'), newUser('bron-stranger')]);
});

describe('a source text', () => {
  it('is set from JSON, normalized, read back by members, and changes the source version with an event', async () => {
    const { mapId, source } = await setup(owner);
    const before = (await graph(mapId, owner)).revision;
    const put = await putText(mapId, source, owner, `\ufeff${TEXT.replace(/\n/g, '\r\n')}\n\n\n`, 1);
    expect(put.status, put.text).toBe(200);
    expect(put.body.source).toMatchObject({ id: source, hasText: true, version: 2 });
    expect(put.body.length).toBe(TEXT.length);
    expect(put.headers.get('x-pleit-revision')).toBe(String(before + 1));
    const got = await call('GET', textUrl(mapId, source), { token: owner.token });
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ sourceId: source, version: 2, length: TEXT.length, text: TEXT });
    const events = await call('GET', `/api/v1/maps/${mapId}/events?after=${before}`, { token: owner.token });
    expect(events.body.events.map((e: any) => [e.type, e.entityId])).toEqual([['source.updated', source]]);
    expect(events.body.events[0].data).toMatchObject({ id: source, hasText: true, version: 2 });
    expect(JSON.stringify(events.body.events)).not.toContain('Welvaartschauvinisme');
    // the graph says there is a text, but never carries it
    const g = await graph(mapId, owner);
    expect(g.sources[0]).toMatchObject({ id: source, hasText: true, version: 2 });
    expect(JSON.stringify(g)).not.toContain('Welvaartschauvinisme');
  });

  it('is private to the map’s members: viewers read it; others get 403 on a public map and 404 on a private one', async () => {
    const pub = await setup(owner, 'PUBLIC');
    expect((await putText(pub.mapId, pub.source, owner, TEXT, 1)).status).toBe(200);
    await addMember(owner, pub.mapId, viewer, 'VIEWER');
    expect((await call('GET', textUrl(pub.mapId, pub.source), { token: viewer.token })).status).toBe(200);
    for (const who of [undefined, stranger.token]) {
      const a = await call('GET', textUrl(pub.mapId, pub.source), { token: who });
      expectProblem(a, 403);
      expect(a.text).not.toContain('Welvaartschauvinisme');
    }
    // the map itself and its quotes stay readable
    expect((await call('GET', `/api/v1/maps/${pub.mapId}/graph`)).status).toBe(200);
    const priv = await setup(owner);
    expect((await putText(priv.mapId, priv.source, owner, TEXT, 1)).status).toBe(200);
    expectProblem(await call('GET', textUrl(priv.mapId, priv.source), { token: stranger.token }), 404);
    expectProblem(await call('GET', textUrl(priv.mapId, priv.source)), 404);
  });

  it('is written by editors only', async () => {
    const { mapId, source } = await setup(owner, 'PUBLIC');
    await addMember(owner, mapId, viewer, 'VIEWER');
    expectProblem(await putText(mapId, source, viewer, TEXT, 1), 403);
    expectProblem(await putText(mapId, source, stranger, TEXT, 1), 403);
    expectProblem(await call('PUT', textUrl(mapId, source), { body: { text: TEXT, version: 1 } }), 401);
    expectProblem(await call('DELETE', `${textUrl(mapId, source)}?version=1`, { token: viewer.token }), 403);
  });

  it('is read from uploaded .txt, .md, .html and .pdf files, and from a raw body with ?version=', async () => {
    const { mapId, source } = await setup(owner);
    const upload = async (name: string, type: string, content: BlobPart, version: number) => {
      const form = new FormData();
      form.set('version', String(version));
      form.set('file', new Blob([content], { type }), name);
      return call('PUT', textUrl(mapId, source), { token: owner.token, form });
    };
    const stored = async () => (await call('GET', textUrl(mapId, source), { token: owner.token })).body.text;

    expect((await upload('tekst.txt', 'text/plain', 'Eerste alinea.\r\n\r\nTweede alinea.', 1)).status).toBe(200);
    expect(await stored()).toBe('Eerste alinea.\n\nTweede alinea.');

    expect((await upload('notities.md', 'text/markdown', '# Kop\n\nDit is **vet** en [een link](https://example.org).', 2)).status).toBe(200);
    expect(await stored()).toBe('Kop\n\nDit is vet en een link.');

    const html = '<html><head><style>p{}</style><script>alert("x")</script></head><body><p>Een &ldquo;citaat&rdquo; &amp; meer.</p><p>Tweede</p></body></html>';
    const h = await upload('pagina.html', 'text/html', html, 3);
    expect(h.status, h.text).toBe(200);
    expect(await stored()).toBe('Een “citaat” & meer.\n\nTweede');

    const pdf = await upload('rapport.pdf', 'application/pdf', (await samplePdf()) as Uint8Array<ArrayBuffer>, 4);
    expect(pdf.status, pdf.text).toBe(200);
    expect(pdf.body.format).toBe('pdf');
    expect(await stored()).toBe('Steden voeren hun eigen beleid.\n\nHet armoedecijfer zou met 1,6 procentpunt gezakt zijn.');

    const raw = await call('PUT', `${textUrl(mapId, source)}?version=5`, { token: owner.token, raw: '<p>Rauw <b>lichaam</b></p>', type: 'text/html; charset=utf-8' });
    expect(raw.status, raw.text).toBe(200);
    expect(await stored()).toBe('Rauw lichaam');
    expect(raw.body.source.version).toBe(6);
  });

  it('refuses what it cannot use: 415 for other types, 413 past the size limits, 422 for empty or unreadable text, 409 for a stale version', async () => {
    const { mapId, source } = await setup(owner);
    const form = (name: string, type: string, content: BlobPart, version = '1') => {
      const f = new FormData();
      f.set('version', version);
      f.set('file', new Blob([content], { type }), name);
      return f;
    };
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, form: form('verslag.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK\u0003\u0004') }), 415);
    expectProblem(await call('PUT', `${textUrl(mapId, source)}?version=1`, { token: owner.token, raw: 'GIF89a', type: 'image/gif' }), 415);
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, raw: 'text=x', type: 'application/x-www-form-urlencoded' }), 415);

    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    const tooBig = await call('PUT', textUrl(mapId, source), { token: owner.token, form: form('groot.txt', 'text/plain', big) });
    expectProblem(tooBig, 413);
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, raw: JSON.stringify({ text: 'a'.repeat(4 * 1024 * 1024), version: 1 }), type: 'application/json' }), 413);
    const long = await putText(mapId, source, owner, 'a'.repeat(1_000_001), 1);
    expectProblem(long, 422);
    expect(long.body.detail).toMatch(/1000000/);

    expectProblem(await putText(mapId, source, owner, ' \n\n ', 1), 422);
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, form: form('leeg.pdf', 'application/pdf', 'Dit is geen PDF') }), 422);
    const broken = (await samplePdf()).slice(0, 300) as Uint8Array<ArrayBuffer>;
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, form: form('kapot.pdf', 'application/pdf', broken) }), 422);
    const noVersion = new FormData();
    noVersion.set('file', new Blob(['tekst'], { type: 'text/plain' }), 'tekst.txt');
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, form: noVersion }), 422);
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, body: { text: 'x' } }), 422);
    expectProblem(await call('PUT', textUrl(mapId, source), { token: owner.token, raw: '{"text":', type: 'application/json' }), 400);

    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const stale = await putText(mapId, source, owner, 'Andere tekst.', 1);
    expectProblem(stale, 409);
    expect(stale.body.current).toMatchObject({ id: source, version: 2, hasText: true });
    expect((await call('GET', textUrl(mapId, source), { token: owner.token })).body.text).toBe(TEXT);
    // nothing refused was written
    expect((await graph(mapId, owner)).sources[0].version).toBe(2);
    expectProblem(await call('PUT', textUrl(mapId, randomUUID()), { token: owner.token, body: { text: TEXT, version: 1 } }), 404);
  });

  it('is removed with DELETE: the source has no text any more and its citations are unchecked', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const cit = randomUUID();
    expect((await ops(mapId, owner, [{ op: 'create', entity: 'citation', id: cit, data: { nodeId: claim, sourceId: source, quote: 'geen nieuw fenomeen' } }])).status).toBe(200);
    expectProblem(await call('DELETE', `${textUrl(mapId, source)}?version=1`, { token: owner.token }), 409);
    expectProblem(await call('DELETE', textUrl(mapId, source), { token: owner.token }), 422);
    const del = await call('DELETE', `${textUrl(mapId, source)}?version=2`, { token: owner.token });
    expect(del.status, del.text).toBe(200);
    expect(del.body.source).toMatchObject({ hasText: false, version: 3 });
    expect(del.body.citations).toEqual([expect.objectContaining({ id: cit, quoteStatus: 'unchecked', version: 2 })]);
    expectProblem(await call('GET', textUrl(mapId, source), { token: owner.token }), 404);
    const g = await graph(mapId, owner);
    expect(g.sources[0].hasText).toBe(false);
    expect(g.citations[0].quoteStatus).toBe('unchecked');
  });
});

describe('the quote check', () => {
  it('refuses a citation whose quote is not in the stored text (422 quote-not-in-source), and writes nothing', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const revision = (await graph(mapId, owner)).revision;
    const bad = await ops(mapId, owner, [
      { op: 'create', entity: 'node', id: randomUUID(), data: { kind: 'CLAIM', title: 'Nog een bewering.' } },
      { op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: claim, sourceId: source, quote: 'met 2,6 procentpunt gezakt' } },
    ]);
    expectProblem(bad, 422);
    expect(bad.body).toMatchObject({ rule: 'quote-not-in-source', type: 'urn:pleit:problem:quote-not-in-source', operationIndex: 1 });
    const g = await graph(mapId, owner);
    expect(g.revision).toBe(revision);
    expect(g.nodes).toHaveLength(1);
    expect(g.citations).toEqual([]);
    // the single-entity endpoint and EVIDENCE-with-citations go through the same check
    expectProblem(await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote: 'dit staat er niet' } }), 422);
    const ev = await call('POST', `/api/v1/maps/${mapId}/nodes`, { token: owner.token, body: { kind: 'EVIDENCE', title: '+1,6 pp', citations: [{ sourceId: source, quote: 'dit staat er ook niet' }] } });
    expectProblem(ev, 422);
    expect(ev.body.rule).toBe('quote-not-in-source');
  });

  it('verifies a quote modulo white space and quote marks, and gives its offsets and paragraph', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const res = await call('POST', `/api/v1/maps/${mapId}/citations`, {
      token: owner.token,
      body: { nodeId: claim, sourceId: source, quote: 'het   armoedecijfer met\n1,6 procentpunt gezakt', locator: { page: '3' } },
    });
    expect(res.status, res.text).toBe(201);
    const { start, end, paragraph, page } = res.body.locator;
    expect(res.body.quoteStatus).toBe('verified');
    expect(TEXT.slice(start, end)).toBe('het armoedecijfer met 1,6 procentpunt gezakt');
    expect(paragraph).toBe(3);
    expect(page).toBe('3');
    const curly = await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote: 'De regering noemt dat “eigen volk eerst”' } });
    expect(curly.status, curly.text).toBe(201);
    expect(curly.body).toMatchObject({ quoteStatus: 'verified', locator: { start: TEXT.indexOf('De regering'), paragraph: 4 } });
  });

  it('matches a quote copied in decomposed form (e + combining accent) against the stored, composed text', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, 'Een café in de stad, met één déjà vu.', 1)).status).toBe(200);
    const quote = 'café in de stad, met één déjà vu'.normalize('NFD');
    expect(quote).not.toBe(quote.normalize('NFC'));
    const nfd = await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote } });
    expect(nfd.status, nfd.text).toBe(201);
    expect(nfd.body).toMatchObject({ quoteStatus: 'verified', locator: { start: 4, paragraph: 1 } });
  });

  it('refuses a quote of invisible characters, even with offsets that point at white space', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const space = TEXT.indexOf(' ');
    const res = await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote: '\u00AD', locator: { start: space, end: space + 1 } } });
    expectProblem(res, 422);
    expect((await graph(mapId, owner)).citations).toEqual([]);
  });

  it('keeps the offsets a reader selection gives for a later occurrence of the quote', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const quote = 'zand in de integratiemachine';
    const second = TEXT.lastIndexOf(quote);
    expect(second).toBeGreaterThan(TEXT.indexOf(quote));
    const chosen = await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote, locator: { start: second, end: second + quote.length } } });
    expect(chosen.body.locator).toEqual({ start: second, end: second + quote.length, paragraph: 4 });
    // offsets that do not hold the quote are replaced by its first occurrence
    const wrong = await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote, locator: { start: 0, end: quote.length, paragraph: 9 } } });
    expect(wrong.body.locator).toEqual({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, paragraph: 2 });
  });

  it('leaves citations of a source without text unchecked, and ignores a quoteStatus sent by the client', async () => {
    const { mapId, source, claim } = await setup(owner);
    const res = await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote: 'iets wat nergens staat', quoteStatus: 'verified' } });
    expect(res.status, res.text).toBe(201);
    expect(res.body.quoteStatus).toBe('unchecked');
    expect(res.body.locator).toEqual({});
  });

  it('checks an updated quote: a missing one is refused, a found one gets new offsets', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const c = await call('POST', `/api/v1/maps/${mapId}/citations`, { token: owner.token, body: { nodeId: claim, sourceId: source, quote: 'geen nieuw fenomeen' } });
    expect(c.body.locator.paragraph).toBe(1);
    const refused = await call('PATCH', `/api/v1/maps/${mapId}/citations/${c.body.id}`, { token: owner.token, body: { version: 1, quote: 'een oud fenomeen' } });
    expectProblem(refused, 422);
    expect(refused.body.rule).toBe('quote-not-in-source');
    const moved = await call('PATCH', `/api/v1/maps/${mapId}/citations/${c.body.id}`, { token: owner.token, body: { version: 1, quote: 'de betalende inburgering' } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ quoteStatus: 'verified', version: 2, locator: { start: TEXT.indexOf('de betalende inburgering'), paragraph: 2 } });
  });

  it('re-checks every citation when the text changes: a vanished quote is flagged, never kept as verified', async () => {
    const { mapId, source, claim } = await setup(owner);
    expect((await putText(mapId, source, owner, TEXT, 1)).status).toBe(200);
    const [kept, lost] = [randomUUID(), randomUUID()];
    expect(
      (
        await ops(mapId, owner, [
          { op: 'create', entity: 'citation', id: kept, data: { nodeId: claim, sourceId: source, quote: 'Welvaartschauvinisme is geen nieuw fenomeen.' } },
          { op: 'create', entity: 'citation', id: lost, data: { nodeId: claim, sourceId: source, quote: 'met 1,6 procentpunt gezakt' } },
        ])
      ).status,
    ).toBe(200);
    const revision = (await graph(mapId, owner)).revision;
    const changed = `Een nieuwe inleiding.\n\nWelvaartschauvinisme is geen   nieuw fenomeen.`;
    const put = await putText(mapId, source, owner, changed, 2);
    expect(put.status, put.text).toBe(200);
    const byId = Object.fromEntries(put.body.citations.map((c: any) => [c.id, c]));
    expect(byId[kept]).toMatchObject({ quoteStatus: 'verified', version: 2, locator: { start: changed.indexOf('Welvaart'), paragraph: 2 } });
    expect(byId[lost]).toMatchObject({ quoteStatus: 'mismatch', version: 2 });
    expect(byId[lost].locator).not.toHaveProperty('start');
    // one event for the source and one per changed citation, in one revision step each
    const events = await call('GET', `/api/v1/maps/${mapId}/events?after=${revision}`, { token: owner.token });
    expect(events.body.events.map((e: any) => e.type).sort()).toEqual(['citation.updated', 'citation.updated', 'source.updated']);
    expect(events.body.events.find((e: any) => e.entityId === lost).data.quoteStatus).toBe('mismatch');
    const g = await graph(mapId, owner);
    expect(g.citations.find((c: any) => c.id === lost).quoteStatus).toBe('mismatch');

    // a flagged citation may be moved to another node (its quote unchanged) and stays flagged
    const other = randomUUID();
    expect((await ops(mapId, owner, [{ op: 'create', entity: 'node', id: other, data: { kind: 'CLAIM', title: 'Andere bewering.' } }])).status).toBe(200);
    const moved = await call('PATCH', `/api/v1/maps/${mapId}/citations/${lost}`, { token: owner.token, body: { version: 2, nodeId: other } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.quoteStatus).toBe('mismatch');

    // the quote back in the text: verified again
    const back = await putText(mapId, source, owner, `${changed}\n\nHet armoedecijfer is met 1,6 procentpunt gezakt.`, 3);
    expect(back.body.citations.find((c: any) => c.id === lost)).toMatchObject({ quoteStatus: 'verified', locator: { paragraph: 3 } });
    // the same text again changes nothing
    const same = await putText(mapId, source, owner, `${changed}\n\nHet armoedecijfer is met 1,6 procentpunt gezakt.`, 4);
    expect(same.status).toBe(200);
    expect(same.body.source.version).toBe(4);
    expect(same.body.revision).toBe(back.body.revision);
  });
});

describe('the bibliography', () => {
  it('formats the map’s sources in APA 7 (HTML and text) and Harvard, with content types and file names', async () => {
    const { mapId } = await setup(owner);
    const html = await call('GET', `/api/v1/maps/${mapId}/bibliography`, { token: owner.token });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toMatch(/^inline; filename="bronnen-[a-z0-9]+-bibliography-apa\.html"$/);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    // the map's language (nl) sets the locale
    expect(html.text).toContain('Debruyne, P. (2024, maart 12). Menu voor een andere migratiepolitiek. <i>Samenleving &#38; Politiek</i>.');
    const text = await call('GET', `/api/v1/maps/${mapId}/bibliography?style=apa&format=text&lang=en&download=1`, { token: owner.token });
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-disposition')).toMatch(/^attachment; filename=".*-bibliography-apa\.txt"$/);
    expect(text.text.trim()).toBe('Debruyne, P. (2024, March 12). Menu voor een andere migratiepolitiek. Samenleving & Politiek.');
    const harvard = await call('GET', `/api/v1/maps/${mapId}/bibliography?style=harvard&format=text&lang=en`, { token: owner.token });
    expect(harvard.text.trim()).toBe('Debruyne, P. (2024) “Menu voor een andere migratiepolitiek,” Samenleving & Politiek, 12 March.');
  });

  it('exports BibTeX, RIS and CSL-JSON as downloads', async () => {
    const { mapId, source } = await setup(owner);
    const bib = await call('GET', `/api/v1/maps/${mapId}/bibliography?format=bibtex`, { token: owner.token });
    expect(bib.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(bib.headers.get('content-disposition')).toMatch(/^attachment; filename=".*-bibliography\.bib"$/);
    expect(bib.text).toContain('@article{debruyne2024menu,');
    const ris = await call('GET', `/api/v1/maps/${mapId}/bibliography?format=ris`, { token: owner.token });
    expect(ris.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(ris.text).toMatch(/^TY {2}- MGZN$/m);
    const csl = await call('GET', `/api/v1/maps/${mapId}/bibliography?format=csl-json`, { token: owner.token });
    expect(csl.headers.get('content-type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(csl.headers.get('content-disposition')).toMatch(/filename=".*-bibliography\.json"/);
    expect(JSON.parse(csl.text)).toEqual([
      expect.objectContaining({ id: source, type: 'article-magazine', title: 'Menu voor een andere migratiepolitiek', author: [{ family: 'Debruyne', given: 'Pascal' }], issued: { 'date-parts': [[2024, 3, 12]] } }),
    ]);
  });

  it('is readable where the map is, and refuses unknown styles and formats', async () => {
    const pub = await setup(owner, 'PUBLIC');
    expect((await call('GET', `/api/v1/maps/${pub.mapId}/bibliography?format=ris`)).status).toBe(200);
    const priv = await setup(owner);
    expectProblem(await call('GET', `/api/v1/maps/${priv.mapId}/bibliography`), 404);
    expectProblem(await call('GET', `/api/v1/maps/${priv.mapId}/bibliography?style=mla`, { token: owner.token }), 422);
    expectProblem(await call('GET', `/api/v1/maps/${priv.mapId}/bibliography?format=docx`, { token: owner.token }), 422);
  });
});
