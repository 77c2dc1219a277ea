import { describe, expect, it } from 'vitest';
import { applyOperations, emptyState, invertChanges, OperationError, type MapState, type Operation } from '@/lib/argument/operations';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [Q, C, D, E, S, CIT, T, R1, R2, R3] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(id);

function base(): MapState {
  const ops: Operation[] = [
    { op: 'create', entity: 'tag', id: T, data: { name: 'draagvlak', color: '#336699' } },
    { op: 'create', entity: 'node', id: Q, data: { kind: 'QUESTION', title: 'Hoe vergroten we het draagvlak?' } },
    { op: 'create', entity: 'node', id: C, data: { kind: 'CLAIM', title: 'Integratie wordt belemmerd.', tagIds: [T] } },
    { op: 'create', entity: 'node', id: D, data: { kind: 'CLAIM', title: 'Er is te veel immigratie.' } },
    { op: 'create', entity: 'source', id: S, data: { type: 'ARTICLE', title: 'Menu voor een andere migratiepolitiek' } },
    { op: 'create', entity: 'node', id: E, data: { kind: 'EVIDENCE', title: '+1,6 procentpunt armoede' } },
    { op: 'create', entity: 'citation', id: CIT, data: { nodeId: E, sourceId: S, quote: 'Zonder het hogere aandeel', locator: { paragraph: 12 } } },
    { op: 'create', entity: 'relation', id: R1, data: { type: 'ANSWERS', fromId: C, toId: Q } },
    { op: 'create', entity: 'relation', id: R2, data: { type: 'SUPPORTS', fromId: E, toId: C } },
  ];
  return applyOperations(emptyState(), ops).state;
}

function refused(state: MapState, ops: Operation[]): OperationError {
  try {
    applyOperations(state, ops);
  } catch (e) {
    if (e instanceof OperationError) return e;
    throw e;
  }
  throw new Error('the batch was accepted');
}

describe('applyOperations', () => {
  it('creates entities with version 1 and leaves the input state alone', () => {
    const s0 = emptyState();
    const { state, changes } = applyOperations(s0, [{ op: 'create', entity: 'node', id: C, data: { kind: 'CLAIM', title: 'x', x: 10, y: 20 } }]);
    expect(state.nodes.get(C)).toEqual({ id: C, kind: 'CLAIM', title: 'x', body: '', x: 10, y: 20, tagIds: [], version: 1 });
    expect(s0.nodes.size).toBe(0);
    expect(changes).toHaveLength(1);
  });

  it('updates bump the version; a stale version is a 409 carrying the current entity', () => {
    const s = base();
    const { state } = applyOperations(s, [{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'Nieuw' } }]);
    expect(state.nodes.get(C)).toMatchObject({ title: 'Nieuw', version: 2 });
    const e = refused(state, [{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'Oud' } }]);
    expect(e.status).toBe(409);
    expect(e.current?.value).toMatchObject({ title: 'Nieuw', version: 2 });
  });

  it('unknown ids are 404, reused ids 409', () => {
    expect(refused(base(), [{ op: 'delete', entity: 'node', id: id(99), version: 1 }]).status).toBe(404);
    expect(refused(base(), [{ op: 'create', entity: 'node', id: C, data: { kind: 'CLAIM', title: 'x' } }]).code).toBe('id-taken');
  });

  it('refuses relations the rules forbid, naming the rule and the operation', () => {
    const e = refused(base(), [
      { op: 'update', entity: 'node', id: D, version: 1, data: { title: 'ok' } },
      { op: 'create', entity: 'relation', id: R3, data: { type: 'ANSWERS', fromId: E, toId: Q } },
    ]);
    expect(e).toMatchObject({ status: 422, code: 'relation-kinds', opIndex: 1 });
    expect(refused(base(), [{ op: 'create', entity: 'relation', id: R3, data: { type: 'SUPPORTS', fromId: C, toId: C } }]).code).toBe('self-relation');
    expect(refused(base(), [{ op: 'create', entity: 'relation', id: R3, data: { type: 'SUPPORTS', fromId: E, toId: C } }]).code).toBe('duplicate-relation');
    expect(refused(base(), [{ op: 'create', entity: 'relation', id: R3, data: { type: 'UNDERCUTS', fromId: D, toId: R1 } }]).code).toBe('undercut-target');
    expect(refused(base(), [{ op: 'create', entity: 'relation', id: R3, data: { type: 'REBUTS', fromId: D, toId: id(77) } }]).code).toBe('dangling-reference');
  });

  it('re-checks relations when a node changes kind', () => {
    const e = refused(base(), [{ op: 'update', entity: 'node', id: C, version: 1, data: { kind: 'QUESTION' } }]);
    expect(e.code).toBe('relation-kinds');
  });

  it('EVIDENCE needs a citation, checked at the end of the batch', () => {
    const s = base();
    const lone = refused(s, [{ op: 'create', entity: 'node', id: id(50), data: { kind: 'EVIDENCE', title: 'x' } }]);
    expect(lone.code).toBe('evidence-needs-citation');
    expect(refused(s, [{ op: 'delete', entity: 'citation', id: CIT, version: 1 }]).code).toBe('evidence-needs-citation');
    expect(refused(s, [{ op: 'delete', entity: 'source', id: S, version: 1 }]).code).toBe('evidence-needs-citation');
    expect(refused(s, [{ op: 'update', entity: 'node', id: D, version: 1, data: { kind: 'EVIDENCE' } }]).code).toBe('evidence-needs-citation');
    const ok = applyOperations(s, [
      { op: 'create', entity: 'node', id: id(50), data: { kind: 'EVIDENCE', title: 'x' } },
      { op: 'create', entity: 'citation', id: id(51), data: { nodeId: id(50), sourceId: S, quote: 'q' } },
    ]);
    expect(ok.state.nodes.get(id(50))?.kind).toBe('EVIDENCE');
  });

  it('deleting a node takes its relations, their undercutters and its citations along', () => {
    const s = applyOperations(base(), [{ op: 'create', entity: 'relation', id: R3, data: { type: 'UNDERCUTS', fromId: D, toId: R2 } }]).state;
    const { state, changes } = applyOperations(s, [{ op: 'delete', entity: 'node', id: E, version: 1 }]);
    expect(state.nodes.has(E)).toBe(false);
    expect(state.relations.has(R2)).toBe(false);
    expect(state.relations.has(R3)).toBe(false);
    expect(state.citations.has(CIT)).toBe(false);
    expect(changes.map((c) => `${c.entity}:${c.kind}`)).toEqual(['relation:deleted', 'relation:deleted', 'citation:deleted', 'node:deleted']);
  });

  it('deleting a tag removes it from its nodes', () => {
    const { state } = applyOperations(base(), [{ op: 'delete', entity: 'tag', id: T, version: 1 }]);
    expect(state.nodes.get(C)).toMatchObject({ tagIds: [], version: 2 });
  });

  it('refuses duplicate tag names, case-insensitively', () => {
    expect(refused(base(), [{ op: 'create', entity: 'tag', id: id(60), data: { name: 'Draagvlak', color: '#000000' } }]).code).toBe('duplicate-tag');
  });
});

describe('invertChanges', () => {
  const snapshot = (s: MapState) =>
    JSON.stringify({
      nodes: [...s.nodes.values()].map(({ version: _v, ...n }) => n).sort((a, b) => a.id.localeCompare(b.id)),
      relations: [...s.relations.values()].map(({ version: _v, ...r }) => r).sort((a, b) => a.id.localeCompare(b.id)),
      citations: [...s.citations.values()].map(({ version: _v, ...c }) => c).sort((a, b) => a.id.localeCompare(b.id)),
      tags: [...s.tags.values()].map(({ version: _v, ...t }) => t),
      sources: [...s.sources.values()].map(({ version: _v, ...t }) => t),
    });

  const cases: [string, Operation[]][] = [
    ['a cascading node delete', [{ op: 'delete', entity: 'node', id: E, version: 1 }]],
    ['a tag delete', [{ op: 'delete', entity: 'tag', id: T, version: 1 }]],
    ['a move and an edit of one node', [
      { op: 'update', entity: 'node', id: C, version: 1, data: { x: 300, y: 40 } },
      { op: 'update', entity: 'node', id: C, version: 2, data: { title: 'Anders' } },
    ]],
    ['an edit then a delete of the same node', [
      { op: 'update', entity: 'node', id: D, version: 1, data: { title: 'Anders' } },
      { op: 'delete', entity: 'node', id: D, version: 2 },
    ]],
    ['creates', [
      { op: 'create', entity: 'node', id: id(70), data: { kind: 'CLAIM', title: 'new' } },
      { op: 'create', entity: 'relation', id: id(71), data: { type: 'REBUTS', fromId: id(70), toId: C } },
    ]],
  ];
  for (const [name, ops] of cases) {
    it(`undoes ${name}`, () => {
      const s0 = base();
      const { state: s1, changes } = applyOperations(s0, ops);
      const { state: s2 } = applyOperations(s1, invertChanges(changes));
      expect(snapshot(s2)).toBe(snapshot(s0));
    });
  }
});
