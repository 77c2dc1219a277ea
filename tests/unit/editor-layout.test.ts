import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutGraph, positionsFrom, TREE_LAYOUT_ABOVE } from '@/lib/argument/layout';
import { generateMap } from '../../bench/generate';
import { applyOperations, emptyState, type Operation } from '@/lib/argument/operations';
import { moveOps } from '@/lib/client/edit-ops';
import type { NodeKind, RelationType } from '@/lib/argument/model';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [Q, A, B, R, E, S, C, T, TR] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(id);

function map() {
  const ops: Operation[] = [
    { op: 'create', entity: 'node', id: Q, data: { kind: 'QUESTION', title: 'Vraag', x: 500, y: 500 } },
    { op: 'create', entity: 'node', id: A, data: { kind: 'CLAIM', title: 'Antwoord', x: 500, y: 500 } },
    { op: 'create', entity: 'node', id: B, data: { kind: 'PROPOSAL', title: 'Voorstel', x: 500, y: 500 } },
    { op: 'create', entity: 'node', id: R, data: { kind: 'CLAIM', title: 'Reden', x: 500, y: 500 } },
    { op: 'create', entity: 'source', id: S, data: { type: 'REPORT', title: 'Bron' } },
    { op: 'create', entity: 'node', id: E, data: { kind: 'EVIDENCE', title: 'Bewijs', x: 500, y: 500 } },
    { op: 'create', entity: 'citation', id: C, data: { nodeId: E, sourceId: S, quote: 'citaat' } },
    { op: 'create', entity: 'node', id: T, data: { kind: 'CLAIM', title: 'Stelling', x: 500, y: 500 } },
    { op: 'create', entity: 'node', id: TR, data: { kind: 'CLAIM', title: 'Tegen', x: 500, y: 500 } },
    { op: 'create', entity: 'relation', id: id(20), data: { type: 'ANSWERS', fromId: A, toId: Q } },
    { op: 'create', entity: 'relation', id: id(21), data: { type: 'ANSWERS', fromId: B, toId: Q } },
    { op: 'create', entity: 'relation', id: id(22), data: { type: 'SUPPORTS', fromId: R, toId: A } },
    { op: 'create', entity: 'relation', id: id(23), data: { type: 'SUPPORTS', fromId: E, toId: R } },
    { op: 'create', entity: 'relation', id: id(24), data: { type: 'REBUTS', fromId: TR, toId: T } },
    // mutual rebuttal: a cycle ELK must break
    { op: 'create', entity: 'relation', id: id(25), data: { type: 'REBUTS', fromId: R, toId: B } },
    { op: 'create', entity: 'relation', id: id(26), data: { type: 'REBUTS', fromId: B, toId: R } },
  ];
  return applyOperations(emptyState(), ops).state;
}

const size = () => ({ width: 240, height: 80 });

describe('layout', () => {
  it('builds ELK input: one group per question’s tree, every node with its size, relations as edges pointing up, roots in the top layer', () => {
    const g = layoutGraph(map(), size);
    // the question's tree and the thesis T with its rebuttal
    expect(g.children!.map((c) => c.id)).toEqual([`tree:0:${Q}`, `tree:1:${T}`]);
    const nodes = g.children!.flatMap((c) => c.children!);
    expect(nodes).toHaveLength(7);
    expect(g.children!.flatMap((c) => c.edges!)).toHaveLength(7);
    expect(g.children![0].children!.map((c) => c.id).sort()).toEqual([Q, A, B, R, E].sort());
    for (const c of g.children!) expect(c.layoutOptions?.['elk.direction']).toBe('UP');
    const top = nodes.filter((c) => c.layoutOptions?.['elk.layered.layering.layerConstraint'] === 'LAST').map((c) => c.id);
    expect(top.sort()).toEqual([Q, T].sort());
  });

  it('keeps each question’s tree together, apart from the others, and puts a rebuttal from elsewhere under what it attacks', { timeout: 60_000 }, async () => {
    const ops: Operation[] = [];
    const node = (n: number, kind: NodeKind, title: string) => ops.push({ op: 'create', entity: 'node', id: id(n), data: { kind, title, x: (n * 37) % 500, y: (n * 53) % 400 } });
    const rel = (n: number, type: RelationType, from: number, to: number) => ops.push({ op: 'create', entity: 'relation', id: id(n), data: { type, fromId: id(from), toId: id(to) } });
    // two questions, three answers each with a reason; the second tree's reason also rebuts an answer of the first
    node(100, 'QUESTION', 'Eerste vraag');
    node(200, 'QUESTION', 'Tweede vraag');
    for (const [base, q] of [[110, 100], [210, 200]]) {
      for (let k = 0; k < 3; k++) {
        node(base + k, 'CLAIM', `Antwoord ${base + k}`);
        rel(base + 50 + k, 'ANSWERS', base + k, q);
        node(base + 10 + k, 'CLAIM', `Reden ${base + 10 + k}`);
        rel(base + 60 + k, 'SUPPORTS', base + 10 + k, base + k);
      }
    }
    rel(300, 'REBUTS', 220, 110);
    // a rebuttal whose only relation is to the first tree, though it was drawn near the second
    node(301, 'CLAIM', 'Weerlegging uit een ander document');
    rel(302, 'REBUTS', 301, 111);
    const state = applyOperations(emptyState(), ops).state;
    const pos = positionsFrom(await new ELK().layout(layoutGraph(state, size)), state);
    const first = [100, 110, 111, 112, 120, 121, 122, 301].map((n) => pos.get(id(n))!);
    const second = [200, 210, 211, 212, 220, 221, 222].map((n) => pos.get(id(n))!);
    // together: the two trees' boxes do not overlap (side by side, or one row below the other)
    const box = (a: { x: number; y: number }[]) => ({ x0: Math.min(...a.map((p) => p.x)), x1: Math.max(...a.map((p) => p.x + 240)), y0: Math.min(...a.map((p) => p.y)), y1: Math.max(...a.map((p) => p.y + 80)) });
    const [b1, b2] = [box(first), box(second)];
    expect(b1.x1 <= b2.x0 || b2.x1 <= b1.x0 || b1.y1 <= b2.y0 || b2.y1 <= b1.y0).toBe(true);
    // the rebuttal from elsewhere below the answer it attacks
    expect(pos.get(id(301))!.y).toBeGreaterThan(pos.get(id(111))!.y);
    // each question on top of its own tree
    for (const [q, members] of [[id(100), first], [id(200), second]] as const) expect(pos.get(q)!.y).toBe(Math.min(...members.map((p) => p.y)));
  });

  it('puts questions and theses on top, reasons below what they support, and keeps the map where it was', { timeout: 60_000 }, async () => {
    const state = map();
    const result = await new ELK().layout(layoutGraph(state, size));
    const pos = positionsFrom(result, state);
    expect(pos.size).toBe(7);
    const y = (n: string) => pos.get(n)!.y;
    expect(y(Q)).toBeLessThan(y(A));
    expect(y(A)).toBeLessThan(y(R));
    expect(y(R)).toBeLessThan(y(E));
    expect(y(T)).toBeLessThan(y(TR));
    expect(Math.min(...[...pos.values()].map((p) => p.x))).toBe(500);
    expect(Math.min(...[...pos.values()].map((p) => p.y))).toBe(500);
    // no two nodes overlap
    const boxes = [...pos.values()];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        expect(a.x + 240 <= b.x || b.x + 240 <= a.x || a.y + 80 <= b.y || b.y + 80 <= a.y).toBe(true);
      }
    // one batch of moves, valid for the model
    const ops = moveOps(state, pos);
    expect(ops.length).toBeGreaterThan(0);
    expect(() => applyOperations(state, ops)).not.toThrow();
  });

  it('lays out only the selection when asked', () => {
    const g = layoutGraph(map(), size, new Set([Q, A, R]));
    expect(g.children!.map((c) => c.id).sort()).toEqual([Q, A, R].sort());
    expect(g.edges!.map((e) => e.id).sort()).toEqual([id(20), id(22)]);
  });

  // ELK on a few hundred nodes: about a second here, several on a loaded machine
  it('lays out a big map as a tree: every node below at least one node it bears on, nothing overlapping', { timeout: 60_000 }, async () => {
    const { batches } = generateMap(TREE_LAYOUT_ABOVE + 200);
    let state = emptyState();
    for (const b of batches) state = applyOperations(state, b).state;
    // and a cycle: two claims that rebut each other
    const [c1, c2] = [...state.nodes.values()].filter((n) => n.kind === 'CLAIM').slice(-2);
    state = applyOperations(state, [
      { op: 'create', entity: 'relation', id: id(9001), data: { type: 'REBUTS', fromId: c1.id, toId: c2.id } },
      { op: 'create', entity: 'relation', id: id(9002), data: { type: 'REBUTS', fromId: c2.id, toId: c1.id } },
    ]).state;
    const g = layoutGraph(state, size);
    expect(g.layoutOptions?.['elk.algorithm']).toBe('mrtree');
    const result = await new ELK().layout(g);
    const pos = positionsFrom(result, state);
    expect(pos.size).toBe(state.nodes.size);
    const parents = new Map<string, string[]>();
    for (const r of state.relations.values()) {
      const target = r.type === 'UNDERCUTS' ? state.relations.get(r.toId)!.fromId : r.toId;
      parents.set(r.fromId, [...(parents.get(r.fromId) ?? []), target]);
    }
    for (const [child, ps] of parents) {
      // in a cycle one of the two must be on top
      if (child === c1.id || child === c2.id) continue;
      expect(ps.some((p) => pos.get(p)!.y < pos.get(child)!.y), child).toBe(true);
    }
    // no two nodes overlap (sorted sweep: only neighbours in x can)
    const boxes = [...pos.values()].sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length && boxes[j].x < boxes[i].x + 240; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.y + 80 <= b.y || b.y + 80 <= a.y).toBe(true);
      }
  });
});
