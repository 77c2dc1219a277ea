import { describe, expect, it } from 'vitest';
import { applyOperations, emptyState, type Operation } from '@/lib/argument/operations';
import { indentTarget, outdentTarget, outlineRows, reparentOps } from '@/lib/client/outline';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [Q, A, B, R, U, X, Y] = [1, 2, 3, 4, 5, 6, 7].map(id);
const node = (nid: string, kind: string, title: string, x = 0): Operation => ({ op: 'create', entity: 'node', id: nid, data: { kind, title, x } as never });
const rel = (rid: number, type: string, fromId: string, toId: string): Operation => ({ op: 'create', entity: 'relation', id: id(rid), data: { type, fromId, toId } as never });

function map() {
  return applyOperations(emptyState(), [
    node(Q, 'QUESTION', 'Vraag'),
    node(A, 'CLAIM', 'Antwoord A', 0),
    node(B, 'PROPOSAL', 'Antwoord B', 100),
    node(R, 'CLAIM', 'Reden'),
    node(U, 'CLAIM', 'Ondermijner'),
    rel(10, 'ANSWERS', A, Q),
    rel(11, 'ANSWERS', B, Q),
    rel(12, 'SUPPORTS', R, A),
    rel(13, 'SUPPORTS', R, B),
    rel(14, 'UNDERCUTS', U, id(12)),
  ]).state;
}

const shape = (rows: ReturnType<typeof outlineRows>, state = map()) => rows.map((r) => `${'  '.repeat(r.level - 1)}${state.nodes.get(r.nodeId)!.title}${r.parents > 1 ? ' *' : ''}`);

describe('outline rows', () => {
  it('hangs answers under the question, reasons under what they support, undercuts under the reason, and marks several parents', () => {
    const rows = outlineRows(map(), new Map(), 64);
    expect(shape(rows)).toEqual(['Vraag', '  Antwoord A', '    Reden *', '      Ondermijner', '  Antwoord B', '    Reden *']);
    expect(rows[1]).toMatchObject({ level: 2, posInSet: 1, setSize: 2, hasChildren: true, expanded: true });
    expect(rows[3].relation?.type).toBe('UNDERCUTS');
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('collapses on request and opens to the default depth', () => {
    const s = map();
    const collapsed = outlineRows(s, new Map([[Q, false]]));
    expect(shape(collapsed)).toEqual(['Vraag']);
    expect(collapsed[0]).toMatchObject({ hasChildren: true, expanded: false });
    expect(shape(outlineRows(s, new Map(), 2))).toEqual(['Vraag', '  Antwoord A', '  Antwoord B']);
  });

  it('ends cycles and makes unreached rings roots', () => {
    const s = applyOperations(emptyState(), [node(X, 'CLAIM', 'X'), node(Y, 'CLAIM', 'Y'), rel(20, 'REBUTS', X, Y), rel(21, 'REBUTS', Y, X)]).state;
    const rows = outlineRows(s, new Map());
    expect(shape(rows, s)).toEqual(['X', '  Y', '    X']);
    expect(rows[2]).toMatchObject({ cycle: true, hasChildren: false });
  });
});

describe('re-parenting', () => {
  it('indents under the previous sibling, keeping or adapting the relation type', () => {
    const s = map();
    const rows = outlineRows(s, new Map());
    const b = rows.find((r) => r.nodeId === B)!;
    expect(indentTarget(rows, b)).toBe(A);
    const r = reparentOps(s, b, A);
    expect(r).toEqual({ ok: true, ops: [{ op: 'update', entity: 'relation', id: id(11), version: 1, data: { toId: A, type: 'SUPPORTS' } }] });
    if (r.ok) expect(() => applyOperations(s, r.ops)).not.toThrow();
  });

  it('outdents to the grandparent, and from under a root leaves the parent', () => {
    const s = map();
    const rows = outlineRows(s, new Map());
    const reason = rows.find((r) => r.nodeId === R)!;
    expect(outdentTarget(rows, reason)).toEqual({ parentId: Q });
    const r = reparentOps(s, reason, Q);
    expect(r.ok && r.ops[0]).toMatchObject({ op: 'update', data: { toId: Q, type: 'ANSWERS' } });
    const answer = rows.find((x) => x.nodeId === A)!;
    expect(outdentTarget(rows, answer)).toEqual({ parentId: null });
    expect(reparentOps(s, answer, null)).toEqual({ ok: true, ops: [{ op: 'delete', entity: 'relation', id: id(10), version: 1 }] });
  });

  it('refuses a parent no relation may reach, with the rule', () => {
    const s = applyOperations(map(), [{ op: 'update', entity: 'node', id: R, version: 1, data: { kind: 'PROPOSAL' } }]).state;
    const s2 = applyOperations(emptyState(), [node(Q, 'QUESTION', 'V'), node(X, 'QUESTION', 'W')]).state;
    const rows = outlineRows(s2, new Map());
    const r = reparentOps(s2, rows.find((x) => x.nodeId === X)!, Q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.violation?.rule).toBe('relation-kinds');
    const under = outlineRows(s, new Map(), 64).find((x) => x.relation?.type === 'UNDERCUTS')!;
    expect(reparentOps(s, under, Q)).toMatchObject({ ok: false, violation: { rule: 'undercut-target' } });
  });
});
