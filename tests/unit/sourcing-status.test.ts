// Sourcing status (domain.md): sourced = has a citation; backed = a sourced node
// SUPPORTS it; unsourced otherwise; and the map-level figure.
import { describe, expect, it } from 'vitest';
import type { Citation, NodeKind, Relation, RelationType } from '@/lib/argument/model';
import { emptyState } from '@/lib/argument/operations';
import { sourcingFigure, sourcingStatus } from '@/lib/sourcing/status';

const node = (id: string, kind: NodeKind) => ({ id, kind });
const rel = (id: string, type: RelationType, fromId: string, toId: string) => ({ id, type, fromId, toId });
const cite = (nodeId: string, quoteStatus: Citation['quoteStatus'] = 'verified') => ({ nodeId, quoteStatus });

describe('sourcingStatus', () => {
  const graph = {
    nodes: [
      node('q', 'QUESTION'),
      node('c1', 'CLAIM'), // cited itself
      node('c2', 'CLAIM'), // supported by cited evidence
      node('p1', 'PROPOSAL'), // supported by c1, which is cited
      node('c3', 'CLAIM'), // supported only by c2, which is merely backed
      node('c4', 'CLAIM'), // rebutted by evidence: a rebuttal backs nothing
      node('c5', 'CLAIM'), // answers the question: no support
      node('e1', 'EVIDENCE'),
    ],
    relations: [
      rel('r1', 'SUPPORTS', 'e1', 'c2'),
      rel('r2', 'SUPPORTS', 'c1', 'p1'),
      rel('r3', 'SUPPORTS', 'c2', 'c3'),
      rel('r4', 'REBUTS', 'e1', 'c4'),
      rel('r5', 'ANSWERS', 'c5', 'q'),
    ],
    citations: [cite('c1'), cite('e1', 'mismatch'), cite('c1', 'unchecked')],
  };

  it('gives every CLAIM, PROPOSAL and EVIDENCE its status, and none to a QUESTION', () => {
    const s = sourcingStatus(graph);
    expect(Object.fromEntries(s.byNode)).toEqual({
      c1: 'sourced',
      c2: 'backed',
      p1: 'backed',
      c3: 'unsourced',
      c4: 'unsourced',
      c5: 'unsourced',
      e1: 'sourced',
    });
    expect(s.byNode.has('q')).toBe(false);
  });

  it('counts CLAIMs and PROPOSALs for the map figure, and the flagged citations', () => {
    const s = sourcingStatus(graph);
    expect({ total: s.total, sourced: s.sourced, backed: s.backed, unsourced: s.unsourced, mismatched: s.mismatched }).toEqual({
      total: 6,
      sourced: 1,
      backed: 2,
      unsourced: 3,
      mismatched: 1,
    });
    expect(s.unsourcedIds).toEqual(['c3', 'c4', 'c5']);
    expect(sourcingFigure('{sourced} of {total} claims sourced, {backed} backed, {unsourced} unsourced', s)).toBe('1 of 6 claims sourced, 2 backed, 3 unsourced');
  });

  it('reads a MapState (maps) the same as a graph (arrays)', () => {
    const state = emptyState();
    for (const n of graph.nodes) state.nodes.set(n.id, { ...n, title: n.id, body: '', x: 0, y: 0, tagIds: [], version: 1 });
    for (const r of graph.relations) state.relations.set(r.id, { ...r, version: 1 } as Relation);
    graph.citations.forEach((c, k) => state.citations.set(`k${k}`, { id: `k${k}`, sourceId: 's', quote: 'q', locator: {}, version: 1, ...c }));
    const fromState = sourcingStatus(state);
    expect(Object.fromEntries(fromState.byNode)).toEqual(Object.fromEntries(sourcingStatus(graph).byNode));
    expect(fromState.total).toBe(6);
  });

  it('moves a claim from unsourced to backed to sourced as support and citations arrive', () => {
    const nodes = [node('c', 'CLAIM'), node('e', 'EVIDENCE')];
    expect(sourcingStatus({ nodes, relations: [], citations: [cite('e')] }).byNode.get('c')).toBe('unsourced');
    expect(sourcingStatus({ nodes, relations: [rel('r', 'SUPPORTS', 'e', 'c')], citations: [cite('e')] }).byNode.get('c')).toBe('backed');
    expect(sourcingStatus({ nodes, relations: [rel('r', 'SUPPORTS', 'e', 'c')], citations: [cite('e'), cite('c')] }).byNode.get('c')).toBe('sourced');
  });

  it('an empty map has an empty figure', () => {
    const s = sourcingStatus({ nodes: [], relations: [], citations: [] });
    expect([s.total, s.sourced, s.backed, s.unsourced]).toEqual([0, 0, 0, 0]);
  });
});
