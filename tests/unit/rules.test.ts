import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES, type NodeKind, type RelationType } from '@/lib/argument/model';
import { allowedRelationTypes, checkMapState, checkRelation } from '@/lib/argument/rules';

const node = (id: string, kind: NodeKind) => ({ id, kind });
const target = (id: string, kind: NodeKind) => ({ entity: 'node' as const, id, kind });

// The table of domain.md, written out independently of rules.ts
const ALLOWED: Record<Exclude<RelationType, 'UNDERCUTS'>, [NodeKind[], NodeKind[]]> = {
  SUPPORTS: [['CLAIM', 'PROPOSAL', 'EVIDENCE'], ['CLAIM', 'PROPOSAL']],
  REBUTS: [['CLAIM', 'PROPOSAL', 'EVIDENCE'], ['CLAIM', 'PROPOSAL', 'EVIDENCE']],
  ANSWERS: [['CLAIM', 'PROPOSAL'], ['QUESTION']],
};

describe('checkRelation between nodes', () => {
  for (const type of ['SUPPORTS', 'REBUTS', 'ANSWERS'] as const) {
    for (const from of NODE_KINDS) {
      for (const to of NODE_KINDS) {
        const ok = ALLOWED[type][0].includes(from) && ALLOWED[type][1].includes(to);
        it(`${from} ${type} ${to} is ${ok ? 'allowed' : 'refused'}`, () => {
          const v = checkRelation(type, node('a', from), target('b', to));
          if (ok) expect(v).toBeNull();
          else expect(v).toMatchObject({ rule: 'relation-kinds' });
        });
      }
    }
  }

  it('names the kinds in its message', () => {
    expect(checkRelation('ANSWERS', node('a', 'EVIDENCE'), target('b', 'QUESTION'))?.message).toBe('An EVIDENCE cannot answer anything: ANSWERS starts at CLAIM, PROPOSAL.');
    expect(checkRelation('SUPPORTS', node('a', 'CLAIM'), target('b', 'QUESTION'))?.message).toBe('A CLAIM cannot support a QUESTION: SUPPORTS targets CLAIM, PROPOSAL.');
  });

  it('refuses self-relations for every type', () => {
    for (const type of RELATION_TYPES) {
      expect(checkRelation(type, node('a', 'CLAIM'), target('a', 'CLAIM'))).toMatchObject({ rule: 'self-relation' });
    }
  });
});

describe('UNDERCUTS', () => {
  const rel = (type: RelationType) => ({ entity: 'relation' as const, id: 'r', type });
  it('targets SUPPORTS and REBUTS relations from CLAIM or EVIDENCE', () => {
    for (const kind of ['CLAIM', 'EVIDENCE'] as const) {
      expect(checkRelation('UNDERCUTS', node('a', kind), rel('SUPPORTS'))).toBeNull();
      expect(checkRelation('UNDERCUTS', node('a', kind), rel('REBUTS'))).toBeNull();
    }
  });
  it('refuses other sources and targets', () => {
    expect(checkRelation('UNDERCUTS', node('a', 'PROPOSAL'), rel('SUPPORTS'))).toMatchObject({ rule: 'relation-kinds' });
    expect(checkRelation('UNDERCUTS', node('a', 'CLAIM'), rel('ANSWERS'))).toMatchObject({ rule: 'undercut-target' });
    expect(checkRelation('UNDERCUTS', node('a', 'CLAIM'), rel('UNDERCUTS'))).toMatchObject({ rule: 'undercut-target' });
    expect(checkRelation('UNDERCUTS', node('a', 'CLAIM'), target('b', 'CLAIM'))).toMatchObject({ rule: 'undercut-target' });
  });
  it('only UNDERCUTS may target a relation', () => {
    expect(checkRelation('SUPPORTS', node('a', 'CLAIM'), rel('SUPPORTS'))).toMatchObject({ rule: 'relation-kinds' });
  });
});

describe('allowedRelationTypes', () => {
  it('lists what the connect menu offers', () => {
    expect(allowedRelationTypes('EVIDENCE', 'CLAIM').sort()).toEqual(['REBUTS', 'SUPPORTS']);
    expect(allowedRelationTypes('CLAIM', 'QUESTION')).toEqual(['ANSWERS']);
    expect(allowedRelationTypes('EVIDENCE', 'QUESTION')).toEqual([]);
    expect(allowedRelationTypes('CLAIM', 'EVIDENCE')).toEqual(['REBUTS']);
  });
});

describe('checkMapState', () => {
  const nodes = [node('q', 'QUESTION'), node('c', 'CLAIM'), node('e', 'EVIDENCE')];
  it('accepts a well-formed map, cycles included', () => {
    expect(
      checkMapState({
        nodes: [...nodes, node('d', 'CLAIM')],
        relations: [
          { id: 'r1', type: 'ANSWERS', fromId: 'c', toId: 'q' },
          { id: 'r2', type: 'SUPPORTS', fromId: 'e', toId: 'c' },
          { id: 'r3', type: 'REBUTS', fromId: 'd', toId: 'c' },
          { id: 'r4', type: 'REBUTS', fromId: 'c', toId: 'd' },
          { id: 'r5', type: 'UNDERCUTS', fromId: 'd', toId: 'r2' },
        ],
        citations: [{ nodeId: 'e' }],
      }),
    ).toEqual([]);
  });
  it('reports each kind of violation', () => {
    const v = checkMapState({
      nodes,
      relations: [
        { id: 'r1', type: 'SUPPORTS', fromId: 'e', toId: 'c' },
        { id: 'r2', type: 'SUPPORTS', fromId: 'e', toId: 'c' },
        { id: 'r3', type: 'ANSWERS', fromId: 'e', toId: 'q' },
        { id: 'r4', type: 'REBUTS', fromId: 'c', toId: 'gone' },
      ],
      citations: [],
    });
    expect(v.map((x) => x.rule).sort()).toEqual(['dangling-reference', 'duplicate-relation', 'evidence-needs-citation', 'relation-kinds']);
  });
});
