import { describe, expect, it } from 'vitest';
import { groundedLabelling, type Label } from '@/lib/argument/labelling';
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

/** a small deterministic pseudo-random generator, so failures can be replayed */
function rng(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
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

  it('equals the brute-force grounded extension on 500 random attack graphs', () => {
    const random = rng(20261122);
    for (let round = 0; round < 500; round++) {
      const n = 1 + Math.floor(random() * 8);
      const ids = Array.from({ length: n }, (_, k) => `n${k}`);
      const attacks: [string, string][] = [];
      for (const f of ids) for (const t of ids) if (f !== t && random() < 0.25) attacks.push([f, t]);
      const got = groundedLabelling({ nodes: claims(...ids), relations: attacks.map(([f, t]) => rebut(f, t)) });
      expect(Object.fromEntries(got.nodes), `round ${round}: ${JSON.stringify(attacks)}`).toEqual(Object.fromEntries(bruteForce(ids, attacks)));
    }
  });
});
