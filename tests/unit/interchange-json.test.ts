// Pleit's JSON format: validation reports every problem with its path; export → import →
// export gives the same document apart from ids and the timestamp, on the seed map and
// on a generated map of 2,000 nodes; the JSON Schema is published from the same schema.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyOperations, emptyState, type MapState } from '@/lib/argument/operations';
import { canonicalDocument, exportMapDocument, importOperations, mapDocument, mapJsonSchema, type MapDocument } from '@/lib/interchange/json';
import { desiredState } from '@/lib/server/seed';
import { seedMap } from '@/prisma/seed/migration-map';
import { generateMap } from '@/bench/generate';

const meta = { title: 'Kaart', description: 'Over draagvlak', language: 'nl' };

function roundTrip(state: MapState, texts = new Map<string, string>()): [MapDocument, MapDocument] {
  const first = mapDocument.parse(JSON.parse(JSON.stringify(exportMapDocument(meta, state, texts))));
  // the database may hand back entities created together in another order
  const shuffled = { ...first, nodes: [...first.nodes].reverse(), relations: [...first.relations].reverse(), citations: [...first.citations].reverse() };
  const { operations, texts: newTexts } = importOperations(shuffled, randomUUID);
  const imported = applyOperations(emptyState(), operations).state;
  return [first, exportMapDocument(meta, imported, newTexts)];
}

describe('the JSON map format', () => {
  it('survives a round trip of the seed map, source text included', () => {
    const state = desiredState(seedMap);
    const someSource = [...state.sources.keys()][0];
    const [a, b] = roundTrip(state, new Map([[someSource, 'De tekst van de bron.']]));
    expect(a.nodes.length).toBe(seedMap.nodes.length);
    expect(a.relations.some((r) => r.type === 'UNDERCUTS')).toBe(true);
    expect(canonicalDocument(b)).toEqual(canonicalDocument(a));
    expect(new Set(b.nodes.map((n) => n.id)).has(a.nodes[0].id)).toBe(false);
    expect(b.sources.find((s) => s.text)!.text).toBe('De tekst van de bron.');
    // the demo's sources keep the fingerprint of their original text, so a copy still recognises it
    const fingerprints = seedMap.sources.map((s) => s.fingerprint).filter(Boolean);
    expect(fingerprints.length).toBeGreaterThan(0);
    expect(b.sources.map((s) => s.fingerprint).filter(Boolean).sort()).toEqual([...fingerprints].sort());
  });

  it('survives a round trip of a generated map of 2,000 nodes', { timeout: 60_000 }, () => {
    let state = emptyState();
    for (const batch of generateMap(2000).batches) state = applyOperations(state, batch).state;
    const [a, b] = roundTrip(state);
    expect(a.nodes).toHaveLength(2000);
    expect(canonicalDocument(b)).toEqual(canonicalDocument(a));
  });

  it('reports every problem of a broken file with its path', () => {
    const doc = exportMapDocument(meta, desiredState(seedMap), new Map()) as unknown as Record<string, any>;
    doc.nodes[0].kind = 'OPINION';
    doc.nodes[1].title = '';
    doc.relations[0].fromId = 'nobody';
    doc.citations[0].sourceId = 'no-source';
    doc.tags.push({ ...doc.tags[0] });
    const r = mapDocument.safeParse(doc);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['nodes.0.kind', 'nodes.1.title']));
    // references are checked once the shapes are right
    doc.nodes[0].kind = 'CLAIM';
    doc.nodes[1].title = 'x';
    const refs = mapDocument.safeParse(doc).error!.issues.map((i) => i.path.join('.'));
    expect(refs).toEqual(expect.arrayContaining(['relations.0.fromId', 'citations.0.sourceId', `tags.${doc.tags.length - 1}.id`]));
  });

  it('applies the domain’s rules to the file', () => {
    const doc = exportMapDocument(meta, desiredState(seedMap), new Map());
    const question = doc.nodes.find((n) => n.kind === 'QUESTION')!;
    const claim = doc.nodes.find((n) => n.kind === 'CLAIM')!;
    doc.relations.push({ id: 'bad', type: 'SUPPORTS', fromId: question.id, toId: claim.id });
    const issues = mapDocument.safeParse(doc).error!.issues;
    expect(issues.some((i) => i.path.join('.') === `relations.${doc.relations.length - 1}` && /rule/.test(i.message))).toBe(true);
  });

  it('publishes a JSON Schema that names the format and its parts', () => {
    const schema = mapJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'version', 'map', 'nodes', 'relations', 'tags', 'sources', 'citations']));
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'map']));
  });
});
