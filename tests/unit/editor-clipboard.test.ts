import { describe, expect, it } from 'vitest';
import { applyOperations, emptyState, type Operation } from '@/lib/argument/operations';
import { copyAll, copySelection, pasteOps } from '@/lib/client/clipboard';
import { copyBatches } from '@/lib/client/copy-map';
import { alignOps, deletionOps, freeSpot } from '@/lib/client/edit-ops';
import { hiddenByFilters, indexOf, neighbourhood, searchNodes } from '@/lib/client/derive';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [Q, A, R, E, S, C, T, U] = [1, 2, 3, 4, 5, 6, 7, 8].map(id);

function map() {
  const ops: Operation[] = [
    { op: 'create', entity: 'tag', id: T, data: { name: 'Integratie', color: '#336699' } },
    { op: 'create', entity: 'node', id: Q, data: { kind: 'QUESTION', title: 'Hoe vergroten we het draagvlak?', x: 0, y: 0 } },
    { op: 'create', entity: 'node', id: A, data: { kind: 'CLAIM', title: 'Meer ontmoeting', body: 'In België werkt het.', x: 0, y: 200, tagIds: [T] } },
    { op: 'create', entity: 'node', id: R, data: { kind: 'CLAIM', title: 'Contact helpt', x: 0, y: 400 } },
    { op: 'create', entity: 'source', id: S, data: { type: 'REPORT', title: 'Rapport' } },
    { op: 'create', entity: 'node', id: E, data: { kind: 'EVIDENCE', title: 'Studie', x: 300, y: 600 } },
    { op: 'create', entity: 'citation', id: C, data: { nodeId: E, sourceId: S, quote: 'citaat' } },
    { op: 'create', entity: 'node', id: U, data: { kind: 'CLAIM', title: 'Andere meting', x: 600, y: 600 } },
    { op: 'create', entity: 'relation', id: id(20), data: { type: 'ANSWERS', fromId: A, toId: Q } },
    { op: 'create', entity: 'relation', id: id(21), data: { type: 'SUPPORTS', fromId: R, toId: A } },
    { op: 'create', entity: 'relation', id: id(22), data: { type: 'SUPPORTS', fromId: E, toId: R } },
    { op: 'create', entity: 'relation', id: id(23), data: { type: 'UNDERCUTS', fromId: U, toId: id(22) } },
  ];
  return applyOperations(emptyState(), ops).state;
}

describe('copy and paste', () => {
  it('copies the selection with the relations among it, and pastes it with fresh ids in the same map', () => {
    const s = map();
    const p = copySelection(s, 'm1', [R, E, U]);
    expect(p.relations.map((r) => r.type).sort()).toEqual(['SUPPORTS', 'UNDERCUTS']);
    expect(p.citations).toHaveLength(1);
    const { ops, nodeIds } = pasteOps(s, 'm1', JSON.parse(JSON.stringify(p)), { x: 40, y: 40 });
    expect(nodeIds).toHaveLength(3);
    expect(ops.some((o) => o.entity === 'source')).toBe(false);
    const after = applyOperations(s, ops).state;
    expect(after.nodes.size).toBe(s.nodes.size + 3);
    expect(after.relations.size).toBe(s.relations.size + 2);
    const pasted = nodeIds.map((n) => after.nodes.get(n)!);
    expect(pasted.find((n) => n.title === 'Contact helpt')).toMatchObject({ x: 40, y: 440 });
  });

  it('pastes into another map with new sources and tags matched by name', () => {
    const s = map();
    const p = copySelection(s, 'm1', [A, E]);
    const other = applyOperations(emptyState(), [{ op: 'create', entity: 'tag', id: id(90), data: { name: 'integratie', color: '#000000' } }]).state;
    const { ops } = pasteOps(other, 'm2', p, { x: 0, y: 0 });
    const after = applyOperations(other, ops).state;
    expect(after.tags.size).toBe(1);
    expect([...after.nodes.values()].find((n) => n.title === 'Meer ontmoeting')?.tagIds).toEqual([id(90)]);
    expect(after.sources.size).toBe(1);
    expect(after.citations.size).toBe(1);
  });

  it('copies a whole map into batches an empty map accepts, EVIDENCE with its citation', () => {
    const s = map();
    const batches = copyBatches(s, 'm1', 'm2');
    expect(batches).toHaveLength(1);
    const copy = applyOperations(emptyState(), batches[0]).state;
    expect(copy.nodes.size).toBe(s.nodes.size);
    expect(copy.relations.size).toBe(s.relations.size);
    expect([...copy.nodes.keys()].some((k) => s.nodes.has(k))).toBe(false);
    expect(copyAll(s, 'm1').nodes).toHaveLength(5);
  });
});

describe('editing helpers', () => {
  it('deletes nodes and relations without naming what the cascade takes', () => {
    const s = map();
    const ops = deletionOps(s, [R], [id(21), id(23), id(20)]);
    expect(ops.map((o) => `${o.op} ${o.entity} ${o.id}`)).toEqual([`delete relation ${id(20)}`, `delete node ${R}`]);
    const after = applyOperations(s, ops).state;
    expect(after.relations.size).toBe(0);
  });

  it('aligns and distributes', () => {
    const s = map();
    const size = () => ({ width: 200, height: 100 });
    const left = applyOperations(s, alignOps(s, [E, U, A], 'top', size)).state;
    expect([E, U, A].map((n) => left.nodes.get(n)!.y)).toEqual([200, 200, 200]);
    const spread = applyOperations(s, alignOps(s, [Q, E, U], 'distribute-h', size)).state;
    expect([Q, E, U].map((n) => spread.nodes.get(n)!.x)).toEqual([0, 300, 600]);
  });

  it('finds a free spot next to occupied ones', () => {
    const s = map();
    const spot = freeSpot(s, { x: 0, y: 0 }, { width: 240, height: 100 }, () => ({ width: 240, height: 100 }));
    expect(spot).not.toEqual({ x: 0, y: 0 });
  });
});

describe('derived data', () => {
  it('tells sourced, backed and unsourced apart and counts citations', () => {
    const { sourcing, citationCount } = indexOf(map());
    expect(sourcing.get(E)).toBe('sourced');
    expect(sourcing.get(R)).toBe('backed');
    expect(sourcing.get(A)).toBe('unsourced');
    expect(sourcing.has(Q)).toBe(false);
    expect(citationCount.get(E)).toBe(1);
  });

  it('searches titles before bodies, ignoring case and accents', () => {
    expect(searchNodes(map(), 'belgie')).toEqual([A]);
    expect(searchNodes(map(), 'CONTACT')).toEqual([R]);
  });

  it('filters by kind, tag and sourcing; finds neighbourhoods across undercuts', () => {
    const s = map();
    expect([...hiddenByFilters(s, { kinds: ['CLAIM'], tagId: null, sourcing: [] })!].sort()).toEqual([Q, E].sort());
    expect([...hiddenByFilters(s, { kinds: [], tagId: T, sourcing: [] })!]).not.toContain(A);
    expect(hiddenByFilters(s, { kinds: [], tagId: null, sourcing: ['sourced', 'backed'] })!.has(A)).toBe(true);
    expect([...neighbourhood(s, U)].sort()).toEqual([U, E, R].sort());
  });
});
