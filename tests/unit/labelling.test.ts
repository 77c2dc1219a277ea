import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainLabel, groundedLabelling, type Assumption, type Label, type LabellingInput } from '@/lib/argument/labelling';
import type { NodeKind, RelationType } from '@/lib/argument/model';

type Rel = { id: string; type: RelationType; fromId: string; toId: string };
const claims = (...ids: string[]) => ids.map((id) => ({ id, kind: 'CLAIM' as NodeKind }));
const rebut = (from: string, to: string): Rel => ({ id: `${from}>${to}`, type: 'REBUTS', fromId: from, toId: to });

/** Dung's grounded extension by brute force: iterate the characteristic function from ∅. */
function bruteForce(ids: string[], attacks: [string, string][]): Map<string, Label> {
  const attackers = (a: string) => attacks.filter(([, t]) => t === a).map(([f]) => f);
  let s = new Set<string>();
  for (;;) {
    const attackedByS = new Set(attacks.filter(([f]) => s.has(f)).map(([, t]) => t));
    const next = new Set(ids.filter((a) => attackers(a).every((b) => attackedByS.has(b))));
    if (next.size === s.size && [...next].every((x) => s.has(x))) break;
    s = next;
  }
  const out = new Set(attacks.filter(([f]) => s.has(f)).map(([, t]) => t));
  return new Map(ids.map((a) => [a, s.has(a) ? 'IN' : out.has(a) ? 'OUT' : 'UNDEC']));
}

describe('grounded labelling', () => {
  it('labels an unattacked node IN and what it rebuts OUT', () => {
    const l = groundedLabelling({ nodes: claims('a', 'b'), relations: [rebut('a', 'b')] });
    expect(l.nodes.get('a')).toBe('IN');
    expect(l.nodes.get('b')).toBe('OUT');
    expect(l.rebuttals.get('a>b')).toBe('IN');
  });

  it('leaves mutual rebuttal undecided, and reinstates a defended node', () => {
    const mutual = groundedLabelling({ nodes: claims('a', 'b'), relations: [rebut('a', 'b'), rebut('b', 'a')] });
    expect([mutual.nodes.get('a'), mutual.nodes.get('b')]).toEqual(['UNDEC', 'UNDEC']);
    const chain = groundedLabelling({ nodes: claims('a', 'b', 'c'), relations: [rebut('a', 'b'), rebut('b', 'c')] });
    expect([chain.nodes.get('a'), chain.nodes.get('b'), chain.nodes.get('c')]).toEqual(['IN', 'OUT', 'IN']);
  });

  it('an IN undercutter makes a rebuttal OUT, which reinstates its target', () => {
    const l = groundedLabelling({
      nodes: claims('a', 'b', 'u'),
      relations: [rebut('a', 'b'), { id: 'u1', type: 'UNDERCUTS', fromId: 'u', toId: 'a>b' }],
    });
    expect(l.rebuttals.get('a>b')).toBe('OUT');
    expect(l.nodes.get('a')).toBe('IN');
    expect(l.nodes.get('b')).toBe('IN');
  });

  it('an OUT undercutter leaves the rebuttal IN', () => {
    const l = groundedLabelling({
      nodes: claims('a', 'b', 'u', 'k'),
      relations: [rebut('a', 'b'), rebut('k', 'u'), { id: 'u1', type: 'UNDERCUTS', fromId: 'u', toId: 'a>b' }],
    });
    expect(l.nodes.get('u')).toBe('OUT');
    expect(l.rebuttals.get('a>b')).toBe('IN');
    expect(l.nodes.get('b')).toBe('OUT');
  });

  it('marks undercut supports without changing labels, and ignores questions and answers', () => {
    const l = groundedLabelling({
      nodes: [...claims('a', 'b', 'u'), { id: 'q', kind: 'QUESTION' }],
      relations: [
        { id: 's', type: 'SUPPORTS', fromId: 'a', toId: 'b' },
        { id: 'u1', type: 'UNDERCUTS', fromId: 'u', toId: 's' },
        { id: 'ans', type: 'ANSWERS', fromId: 'b', toId: 'q' },
      ],
    });
    expect(l.undercutSupports.has('s')).toBe(true);
    expect(l.nodes.get('b')).toBe('IN');
    expect(l.nodes.has('q')).toBe(false);
  });

  it('equals the brute-force grounded extension on random attack graphs (Dung, no undercuts)', () => {
    fc.assert(
      fc.property(attackGraph(8), ({ ids, attacks }) => {
        const got = groundedLabelling({ nodes: claims(...ids), relations: attacks.map(([f, t]) => rebut(f, t)) });
        expect(Object.fromEntries(got.nodes)).toEqual(Object.fromEntries(bruteForce(ids, attacks)));
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the least fixpoint of the rules, iterated naively, with undercuts and a reader’s what-ifs', () => {
    fc.assert(
      fc.property(argumentGraph(8), ({ input, assumptions }) => {
        const got = groundedLabelling(input, assumptions);
        const want = naiveFixpoint(input, assumptions);
        expect(Object.fromEntries(got.nodes)).toEqual(Object.fromEntries(want.nodes));
        expect(Object.fromEntries(got.rebuttals)).toEqual(Object.fromEntries(want.rebuttals));
      }),
      { numRuns: 1000 },
    );
  });

  it('explains every label by the nodes that decide it', () => {
    fc.assert(
      fc.property(argumentGraph(8), ({ input, assumptions }) => {
        const l = groundedLabelling(input, assumptions);
        const rel = new Map(input.relations.map((r) => [r.id, r]));
        for (const [id, label] of l.nodes) {
          const why = explainLabel(input, l, id, assumptions)!;
          expect(why.label).toBe(label);
          if (why.reason === 'accepted' || why.reason === 'rejected') expect(assumptions.get(id)).toBe(why.reason);
          else expect(assumptions.has(id)).toBe(false);
          if (why.reason === 'unattacked') expect(input.relations.some((r) => r.type === 'REBUTS' && r.toId === id)).toBe(false);
          if (why.reason === 'defeated') {
            // at least one attacker, each IN, each by an IN rebuttal of this node
            expect(why.attackers.length).toBeGreaterThan(0);
            for (const a of why.attackers) {
              expect(l.nodes.get(a.attackerId)).toBe('IN');
              expect(l.rebuttals.get(a.relationId)).toBe('IN');
              expect(rel.get(a.relationId)!.toId).toBe(id);
            }
          }
          if (why.reason === 'defended') {
            expect(why.attacks.length).toBe(input.relations.filter((r) => r.type === 'REBUTS' && r.toId === id).length);
            for (const a of why.attacks) {
              expect(l.rebuttals.get(a.relationId)).toBe('OUT');
              if (a.by === 'defeated') {
                expect(l.nodes.get(a.attackerId)).toBe('OUT');
                expect(a.defeaterIds.length).toBeGreaterThan(0);
                for (const d of a.defeaterIds) expect(l.nodes.get(d)).toBe('IN');
              } else if (a.by === 'rejected') expect(assumptions.get(a.attackerId)).toBe('rejected');
              else for (const u of a.undercutterIds) expect(l.nodes.get(u)).toBe('IN');
            }
          }
          if (why.reason === 'cycle') {
            expect(why.chain[0]).toBe(id);
            expect(why.open.length).toBeGreaterThan(0);
            // every link of the chain is an undecided attack (or an undecided undercutter of one)
            const cycle = why.chain.slice(why.cycleFrom);
            expect(cycle.length).toBeGreaterThan(0);
            for (let k = 0; k < why.chain.length; k++) {
              const target = why.chain[k];
              const next = why.chain[k + 1] ?? why.chain[why.cycleFrom];
              expect(l.nodes.get(target)).toBe('UNDEC');
              const linked = input.relations.some(
                (r) =>
                  r.type === 'REBUTS' &&
                  r.toId === target &&
                  l.rebuttals.get(r.id) === 'UNDEC' &&
                  (r.fromId === next || input.relations.some((u) => u.type === 'UNDERCUTS' && u.toId === r.id && u.fromId === next)),
              );
              expect(linked, `${target} ← ${next}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a what-if changes the labels that depend on it, and only for the reader who asked', () => {
    const input = { nodes: claims('a', 'b', 'c'), relations: [rebut('a', 'b'), rebut('b', 'c')] };
    const before = groundedLabelling(input);
    expect([before.nodes.get('a'), before.nodes.get('b'), before.nodes.get('c')]).toEqual(['IN', 'OUT', 'IN']);
    const rejectA = new Map([['a', 'rejected' as const]]);
    const after = groundedLabelling(input, rejectA);
    expect([after.nodes.get('a'), after.nodes.get('b'), after.nodes.get('c')]).toEqual(['OUT', 'IN', 'OUT']);
    expect(explainLabel(input, after, 'c', rejectA)).toEqual({ label: 'OUT', reason: 'defeated', attackers: [{ relationId: 'b>c', attackerId: 'b' }] });
    expect(explainLabel(input, after, 'b', rejectA)).toEqual({ label: 'IN', reason: 'defended', attacks: [{ relationId: 'a>b', attackerId: 'a', by: 'rejected' }] });
    // accepting a node of a mutual rebuttal settles the other
    const mutual = { nodes: claims('x', 'y'), relations: [rebut('x', 'y'), rebut('y', 'x')] };
    expect(explainLabel(mutual, groundedLabelling(mutual), 'x')).toMatchObject({ label: 'UNDEC', chain: ['x', 'y'], cycleFrom: 0 });
    const acceptX = groundedLabelling(mutual, new Map([['x', 'accepted' as const]]));
    expect([acceptX.nodes.get('x'), acceptX.nodes.get('y')]).toEqual(['IN', 'OUT']);
    // the input is not changed: the same map without the what-if labels as before
    expect(Object.fromEntries(groundedLabelling(input).nodes)).toEqual(Object.fromEntries(before.nodes));
  });
});

/** Random attack graphs on up to `max` nodes (no self-attacks, no duplicates). */
function attackGraph(max: number) {
  return fc.integer({ min: 1, max }).chain((n) => {
    const ids = Array.from({ length: n }, (_, k) => `n${k}`);
    const pairs = ids.flatMap((f) => ids.filter((t) => t !== f).map((t): [string, string] => [f, t]));
    return fc.subarray(pairs).map((attacks) => ({ ids, attacks }));
  });
}

/** Random maps: claims, evidence and a question; rebuttals, supports, undercuts on either; answers; what-ifs. */
function argumentGraph(max: number) {
  return attackGraph(max).chain(({ ids, attacks }) => {
    const supportPairs = ids.flatMap((f) => ids.filter((t) => t !== f).map((t): [string, string] => [f, t]));
    return fc
      .record({
        supports: fc.subarray(supportPairs, { maxLength: Math.min(6, supportPairs.length) }),
        evidence: fc.subarray(ids),
        undercutSeeds: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        assumed: fc.array(fc.tuple(fc.nat(), fc.constantFrom<Assumption>('accepted', 'rejected')), { maxLength: 3 }),
      })
      .map(({ supports, evidence, undercutSeeds, assumed }) => {
        const relations: Rel[] = attacks.map(([f, t]) => rebut(f, t));
        for (const [f, t] of supports) relations.push({ id: `${f}+${t}`, type: 'SUPPORTS', fromId: f, toId: t });
        relations.push({ id: 'ans', type: 'ANSWERS', fromId: ids[0], toId: 'q' });
        const targets = relations.filter((r) => r.type === 'REBUTS' || r.type === 'SUPPORTS');
        const seen = new Set<string>();
        if (targets.length) {
          for (const [a, b] of undercutSeeds) {
            const from = ids[a % ids.length];
            const to = targets[b % targets.length];
            const key = `${from}_${to.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            relations.push({ id: key, type: 'UNDERCUTS', fromId: from, toId: to.id });
          }
        }
        const nodes = [
          ...ids.map((id) => ({ id, kind: (evidence.includes(id) ? 'EVIDENCE' : 'CLAIM') as NodeKind })),
          { id: 'q', kind: 'QUESTION' as NodeKind },
        ];
        const assumptions = new Map<string, Assumption>(assumed.map(([k, a]) => [ids[k % ids.length], a]));
        return { input: { nodes, relations }, assumptions };
      });
  });
}

/** The rules of domain.md applied to every item again and again from all-UNDEC until nothing changes. */
function naiveFixpoint(input: LabellingInput, assumptions: ReadonlyMap<string, Assumption>) {
  const labelled = new Set(input.nodes.filter((n) => n.kind !== 'QUESTION').map((n) => n.id));
  const nodes = new Map<string, Label>([...labelled].map((id) => [id, 'UNDEC']));
  for (const [id, a] of assumptions) if (labelled.has(id)) nodes.set(id, a === 'accepted' ? 'IN' : 'OUT');
  const rebuttals = new Map<string, Label>();
  const rebs = input.relations.filter((r) => r.type === 'REBUTS' && labelled.has(r.fromId) && labelled.has(r.toId));
  for (const r of rebs) rebuttals.set(r.id, 'UNDEC');
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of rebs) {
      if (rebuttals.get(r.id) !== 'UNDEC') continue;
      const und = input.relations.filter((u) => u.type === 'UNDERCUTS' && u.toId === r.id && labelled.has(u.fromId)).map((u) => nodes.get(u.fromId));
      const next = nodes.get(r.fromId) === 'IN' && und.every((l) => l === 'OUT') ? 'IN' : nodes.get(r.fromId) === 'OUT' || und.includes('IN') ? 'OUT' : 'UNDEC';
      if (next !== 'UNDEC') {
        rebuttals.set(r.id, next);
        changed = true;
      }
    }
    for (const id of labelled) {
      if (nodes.get(id) !== 'UNDEC') continue;
      const into = rebs.filter((r) => r.toId === id).map((r) => rebuttals.get(r.id));
      const next = into.every((l) => l === 'OUT') ? 'IN' : into.includes('IN') ? 'OUT' : 'UNDEC';
      if (next !== 'UNDEC') {
        nodes.set(id, next);
        changed = true;
      }
    }
  }
  return { nodes, rebuttals };
}
