import { describe, expect, it } from 'vitest';
import { applyOperations, emptyState, type Operation } from '@/lib/argument/operations';
import type { NodeKind, RelationType } from '@/lib/argument/model';
import { descendants, mainQuestions, pathTo, readingOf } from '@/lib/client/reading';
import { READABLE_ZOOM, startViewport } from '@/lib/client/start-view';
import { edgeLabelLayout } from '@/lib/client/edge-labels';
import { bezier, EDGE_LABEL, inPoint, nodeGeometry, outPoint, SMALL_STYLE } from '@/lib/render/geometry';
import { measure } from '@/lib/render/text';
import { RELATION_STYLE } from '@/lib/render/style';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const WORDS: Record<RelationType, string> = { SUPPORTS: 'supports', REBUTS: 'rebuts', UNDERCUTS: 'undercuts', ANSWERS: 'answers' };

/** Q1 with answer A (reason R, rebuttal B, B's support undercut by U); a small Q2 with answer C; a source for a citation on R. */
function map(spread = 1) {
  const ops: Operation[] = [];
  const node = (n: number, kind: NodeKind, x: number, y: number) => ops.push({ op: 'create', entity: 'node', id: id(n), data: { kind, title: `Node ${n}`, x: x * spread, y: y * spread } });
  const rel = (n: number, type: RelationType, from: number, to: number) => ops.push({ op: 'create', entity: 'relation', id: id(n), data: { type, fromId: id(from), toId: id(to) } });
  node(1, 'QUESTION', 300, 0);
  node(2, 'CLAIM', 300, 200);
  node(3, 'CLAIM', 0, 400);
  node(4, 'CLAIM', 600, 400);
  node(5, 'CLAIM', 300, 600);
  node(6, 'QUESTION', 2000, 0);
  node(7, 'CLAIM', 2000, 200);
  rel(20, 'ANSWERS', 2, 1);
  rel(21, 'SUPPORTS', 3, 2);
  rel(22, 'REBUTS', 4, 2);
  rel(23, 'UNDERCUTS', 5, 21);
  rel(24, 'ANSWERS', 7, 6);
  ops.push({ op: 'create', entity: 'source', id: id(40), data: { type: 'REPORT', title: 'Rapport' } });
  ops.push({ op: 'create', entity: 'citation', id: id(41), data: { nodeId: id(3), sourceId: id(40), quote: 'een citaat' } });
  return applyOperations(emptyState(), ops).state;
}
const size = () => ({ width: 240, height: 80 });

describe('reading a map', () => {
  it('finds the main question (most below it) first, and everything below a node', () => {
    const state = map();
    expect(mainQuestions(state).map((q) => q.id)).toEqual([id(1), id(6)]);
    expect([...descendants(state, id(1))].sort()).toEqual([id(2), id(3), id(4), id(5)].sort());
  });

  it('shows a node with what it bears on, its reasons and rebuttals, their quotes and the undercuts on their relations', () => {
    const state = map();
    const r = readingOf(state, id(2))!;
    expect(r.parents.map((p) => [p.relation.type, p.node.id])).toEqual([['ANSWERS', id(1)]]);
    expect(r.supports.map((c) => c.node.id)).toEqual([id(3)]);
    expect(r.supports[0].citations.map((c) => c.quote)).toEqual(['een citaat']);
    expect(r.supports[0].undercutters.map((u) => u.id)).toEqual([id(5)]);
    expect(r.rebuttals.map((c) => c.node.id)).toEqual([id(4)]);
    expect(readingOf(state, id(1))!.answers.map((c) => c.node.id)).toEqual([id(2)]);
    // an undercutter bears on the relation it attacks
    const u = readingOf(state, id(5))!;
    expect(u.undercuts.map((x) => [x.target.id, x.from.id, x.to.id])).toEqual([[id(21), id(3), id(2)]]);
    expect(pathTo(state, id(5))).toEqual([id(1), id(2), id(3), id(5)]);
  });

  it('opens a big map on its main question at a readable zoom, and a small one whole', () => {
    const big = map(6);
    const vp = startViewport(big, size, { width: 1400, height: 900 }, mainQuestions(big)[0].id)!;
    expect(vp.zoom).toBe(READABLE_ZOOM);
    // the main question at the top centre of the screen
    const q = big.nodes.get(id(1))!;
    expect(vp.x + (q.x + 120) * vp.zoom).toBeCloseTo(700);
    expect(vp.y + q.y * vp.zoom).toBeGreaterThanOrEqual(0);
    expect(vp.y + q.y * vp.zoom).toBeLessThan(100);
    const small = map(0.3);
    const whole = startViewport(small, size, { width: 1400, height: 900 }, id(1))!;
    expect(whole.zoom).toBeGreaterThanOrEqual(0.6);
    expect(whole.zoom).toBeLessThanOrEqual(1);
  });

  it('never draws two relation labels on top of each other, and leaves long cross-links unlabelled', () => {
    // a fan of 12 reasons bunched under one claim: their labels would overlap near the claim
    const ops: Operation[] = [{ op: 'create', entity: 'node', id: id(100), data: { kind: 'CLAIM', title: 'Stelling', x: 0, y: 0 } }];
    for (let k = 0; k < 12; k++) {
      ops.push({ op: 'create', entity: 'node', id: id(101 + k), data: { kind: 'CLAIM', title: `Reden ${k}`, x: (k % 4) * 30, y: 200 + Math.floor(k / 4) * 20 } });
      ops.push({ op: 'create', entity: 'relation', id: id(200 + k), data: { type: k % 2 ? 'REBUTS' : 'SUPPORTS', fromId: id(101 + k), toId: id(100) } });
    }
    ops.push({ op: 'create', entity: 'node', id: id(300), data: { kind: 'CLAIM', title: 'Ver weg', x: 5000, y: 3000 } });
    ops.push({ op: 'create', entity: 'relation', id: id(301), data: { type: 'REBUTS', fromId: id(300), toId: id(100) } });
    const state = applyOperations(emptyState(), ops).state;
    const layout = edgeLabelLayout(state, WORDS);
    expect(layout.long).toEqual(new Set([id(301)]));
    expect(layout.shown.size).toBeGreaterThan(0);
    expect(layout.shown.size).toBeLessThan(12);
    expect(layout.shown.has(id(301))).toBe(false);
    // the labels drawn, where the canvas draws them (the middle of each curve), do not overlap
    const boxes = [...layout.shown].map((rid) => {
      const r = state.relations.get(rid)!;
      const from = { ...state.nodes.get(r.fromId)!, width: 240, height: nodeGeometry(state.nodes.get(r.fromId)!, []).height };
      const to = { ...state.nodes.get(r.toId)!, width: 240, height: nodeGeometry(state.nodes.get(r.toId)!, []).height };
      const { mid } = bezier(outPoint(from), 'top', inPoint(to), 'bottom');
      const w = measure(`${RELATION_STYLE[r.type].glyph} ${WORDS[r.type]}`, SMALL_STYLE) + 2 * EDGE_LABEL.padX + 2;
      return { x0: mid.x - w / 2, x1: mid.x + w / 2, y0: mid.y - EDGE_LABEL.height / 2, y1: mid.y + EDGE_LABEL.height / 2 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i], boxes[j]];
        expect(p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1, `${i} × ${j}`).toBe(false);
      }
    // the same state gives the same answer (computed once per state)
    expect(edgeLabelLayout(state, WORDS)).toBe(layout);
  });
});
