// Grounded acceptability labelling (domain.md, "Acceptability"): every CLAIM, PROPOSAL
// and EVIDENCE node and every REBUTS relation is IN, OUT or UNDEC, the least fixpoint
// of the rules, starting from all UNDEC. Each item is labelled at most once, by a
// worklist with counters, so it runs in time linear in nodes plus relations.
//
// A reader's what-if: nodes the reader accepts or rejects for themselves keep that
// label (IN or OUT) whatever attacks them, and the rest follows from the same rules.
// `explainLabel` says why a node has its label, naming the nodes that decide it.
import type { NodeKind, RelationType } from './model';

export type Label = 'IN' | 'OUT' | 'UNDEC';
export const LABELS: readonly Label[] = ['IN', 'OUT', 'UNDEC'];

/** A reader's own verdict on a node: it then stands (accepted) or falls (rejected) for them. */
export type Assumption = 'accepted' | 'rejected';

export interface LabellingInput {
  nodes: { id: string; kind: NodeKind }[];
  relations: { id: string; type: RelationType; fromId: string; toId: string }[];
}

export interface Labelling {
  nodes: Map<string, Label>;
  rebuttals: Map<string, Label>;
  /** SUPPORTS relations with an undercutter that is IN */
  undercutSupports: Set<string>;
}

/** Which kinds carry a label (questions are asked, not asserted). */
export const isLabelled = (kind: NodeKind) => kind !== 'QUESTION';

export function groundedLabelling({ nodes, relations }: LabellingInput, assumptions?: ReadonlyMap<string, Assumption>): Labelling {
  // ids become indices once, so the fixpoint itself runs over typed arrays
  const nodeIds: string[] = [];
  const nodeAt = new Map<string, number>();
  for (const n of nodes) {
    if (!isLabelled(n.kind) || nodeAt.has(n.id)) continue;
    nodeAt.set(n.id, nodeIds.length);
    nodeIds.push(n.id);
  }
  const rebutIds: string[] = [];
  const rebutAt = new Map<string, number>();
  const rebutFrom: number[] = [];
  const rebutTo: number[] = [];
  for (const r of relations) {
    if (r.type !== 'REBUTS') continue;
    const f = nodeAt.get(r.fromId);
    const t = nodeAt.get(r.toId);
    if (f === undefined || t === undefined) continue;
    rebutAt.set(r.id, rebutIds.length);
    rebutIds.push(r.id);
    rebutFrom.push(f);
    rebutTo.push(t);
  }
  const undercutFrom: number[] = [];
  const undercutTo: number[] = [];
  for (const u of relations) {
    if (u.type !== 'UNDERCUTS') continue;
    const f = nodeAt.get(u.fromId);
    const t = rebutAt.get(u.toId);
    if (f === undefined || t === undefined) continue;
    undercutFrom.push(f);
    undercutTo.push(t);
  }
  const N = nodeIds.length;
  const R = rebutIds.length;

  // adjacency in compressed rows: the rebuttals and the undercut rebuttals of each node
  const rowsOf = (owners: number[], count: number) => {
    const start = new Int32Array(count + 1);
    for (const o of owners) start[o + 1]++;
    for (let k = 0; k < count; k++) start[k + 1] += start[k];
    const fill = start.slice(0, count);
    const items = new Int32Array(owners.length);
    owners.forEach((o, k) => (items[fill[o]++] = k));
    return { start, items };
  };
  const rebutsOf = rowsOf(rebutFrom, N);
  const undercutsOf = rowsOf(undercutFrom, N);

  // counters: rebuttals into a node not yet OUT; undercutters of a rebuttal not yet OUT
  const openAttacks = new Int32Array(N);
  for (const t of rebutTo) openAttacks[t]++;
  const openUndercutters = new Int32Array(R);
  for (const t of undercutTo) openUndercutters[t]++;

  // 0: not labelled yet, then IN or OUT; the worklist holds nodes as k, rebuttals as N + k
  const UNSET = 0;
  const IN = 1;
  const OUT = 2;
  const nodeLabel = new Uint8Array(N);
  const rebutLabel = new Uint8Array(R);
  const queue = new Int32Array(N + R);
  let tail = 0;
  const setNode = (k: number, l: number) => {
    if (nodeLabel[k] !== UNSET) return;
    nodeLabel[k] = l;
    queue[tail++] = k;
  };
  const setRebut = (k: number, l: number) => {
    if (rebutLabel[k] !== UNSET) return;
    rebutLabel[k] = l;
    queue[tail++] = N + k;
  };

  // the reader's verdicts come first: a node labelled once keeps its label
  if (assumptions) {
    for (const [id, a] of assumptions) {
      const k = nodeAt.get(id);
      if (k !== undefined) setNode(k, a === 'accepted' ? IN : OUT);
    }
  }
  for (let k = 0; k < N; k++) if (openAttacks[k] === 0) setNode(k, IN);
  for (let head = 0; head < tail; head++) {
    const item = queue[head];
    if (item < N) {
      const label = nodeLabel[item];
      for (let e = rebutsOf.start[item]; e < rebutsOf.start[item + 1]; e++) {
        const r = rebutsOf.items[e];
        if (label === OUT) setRebut(r, OUT);
        else if (openUndercutters[r] === 0) setRebut(r, IN);
      }
      for (let e = undercutsOf.start[item]; e < undercutsOf.start[item + 1]; e++) {
        const r = undercutTo[undercutsOf.items[e]];
        if (label === IN) setRebut(r, OUT);
        else if (--openUndercutters[r] === 0 && nodeLabel[rebutFrom[r]] === IN) setRebut(r, IN);
      }
    } else {
      const r = item - N;
      const target = rebutTo[r];
      if (rebutLabel[r] === IN) setNode(target, OUT);
      else if (--openAttacks[target] === 0) setNode(target, IN);
    }
  }

  const name = (l: number): Label => (l === IN ? 'IN' : l === OUT ? 'OUT' : 'UNDEC');
  const result: Labelling = { nodes: new Map(), rebuttals: new Map(), undercutSupports: new Set() };
  for (let k = 0; k < N; k++) result.nodes.set(nodeIds[k], name(nodeLabel[k]));
  for (let k = 0; k < R; k++) result.rebuttals.set(rebutIds[k], name(rebutLabel[k]));
  const supports = new Set<string>();
  for (const r of relations) if (r.type === 'SUPPORTS') supports.add(r.id);
  for (const u of relations) {
    if (u.type === 'UNDERCUTS' && supports.has(u.toId) && result.nodes.get(u.fromId) === 'IN') result.undercutSupports.add(u.toId);
  }
  return result;
}

/** One attack on a node: the REBUTS relation and the node it comes from. */
export interface Attack {
  relationId: string;
  attackerId: string;
}

/** Why an attack does not hold: its attacker is defeated (by these IN nodes, or by the reader), or an IN node undercuts it. */
export type Parried =
  | { by: 'defeated'; defeaterIds: string[] }
  | { by: 'rejected' }
  | { by: 'undercut'; undercutterIds: string[] };

export type Explanation =
  | { label: 'IN'; reason: 'unattacked' }
  | { label: 'IN'; reason: 'accepted' }
  | { label: 'IN'; reason: 'defended'; attacks: (Attack & Parried)[] }
  | { label: 'OUT'; reason: 'rejected' }
  | { label: 'OUT'; reason: 'defeated'; attackers: Attack[] }
  /**
   * `chain` runs from the node to attackers that are undecided themselves, until a node
   * comes round again: `chain[cycleFrom]` onwards is a cycle of attacks that nothing
   * outside it settles (each node there is attacked by the next one, or by an attack
   * the next one keeps from being undercut).
   */
  | { label: 'UNDEC'; reason: 'cycle'; open: Attack[]; chain: string[]; cycleFrom: number };

/**
 * Why the node has its label in `labelling` (computed from the same input and
 * assumptions); null for a node that carries no label (a question, or an unknown id).
 * Linear in the relations.
 */
export function explainLabel(
  input: LabellingInput,
  labelling: Labelling,
  nodeId: string,
  assumptions?: ReadonlyMap<string, Assumption>,
): Explanation | null {
  const label = labelling.nodes.get(nodeId);
  if (!label) return null;
  const assumed = assumptions?.get(nodeId);
  if (assumed === 'accepted') return { label: 'IN', reason: 'accepted' };
  if (assumed === 'rejected') return { label: 'OUT', reason: 'rejected' };
  const attacksOn = new Map<string, Attack[]>();
  const undercutters = new Map<string, string[]>();
  for (const r of input.relations) {
    if (r.type === 'REBUTS' && labelling.rebuttals.has(r.id)) {
      const list = attacksOn.get(r.toId) ?? [];
      list.push({ relationId: r.id, attackerId: r.fromId });
      attacksOn.set(r.toId, list);
    } else if (r.type === 'UNDERCUTS' && labelling.nodes.has(r.fromId)) {
      const list = undercutters.get(r.toId) ?? [];
      list.push(r.fromId);
      undercutters.set(r.toId, list);
    }
  }
  const attacks = attacksOn.get(nodeId) ?? [];
  const withLabel = (l: Label) => attacks.filter((a) => labelling.rebuttals.get(a.relationId) === l);
  if (label === 'OUT') return { label: 'OUT', reason: 'defeated', attackers: withLabel('IN') };
  if (label === 'IN') {
    if (!attacks.length) return { label: 'IN', reason: 'unattacked' };
    return {
      label: 'IN',
      reason: 'defended',
      attacks: attacks.map((a): Attack & Parried => {
        const inUndercutters = (undercutters.get(a.relationId) ?? []).filter((u) => labelling.nodes.get(u) === 'IN');
        if (inUndercutters.length) return { ...a, by: 'undercut', undercutterIds: inUndercutters };
        if (assumptions?.get(a.attackerId) === 'rejected') return { ...a, by: 'rejected' };
        const defeaters = (attacksOn.get(a.attackerId) ?? []).filter((b) => labelling.rebuttals.get(b.relationId) === 'IN').map((b) => b.attackerId);
        return { ...a, by: 'defeated', defeaterIds: defeaters };
      }),
    };
  }
  // UNDEC: every undecided node has an undecided attack on it, and every undecided attack
  // an undecided attacker or undercutter, so following them must come round to a node again
  const chain: string[] = [];
  const at = new Map<string, number>();
  let current = nodeId;
  while (!at.has(current)) {
    at.set(current, chain.length);
    chain.push(current);
    const open = (attacksOn.get(current) ?? []).find((a) => labelling.rebuttals.get(a.relationId) === 'UNDEC')!;
    current =
      labelling.nodes.get(open.attackerId) === 'UNDEC'
        ? open.attackerId
        : (undercutters.get(open.relationId) ?? []).find((u) => labelling.nodes.get(u) === 'UNDEC')!;
  }
  return { label: 'UNDEC', reason: 'cycle', open: withLabel('UNDEC'), chain, cycleFrom: at.get(current)! };
}

/** The labels as JSON: `{nodes: {id: label}, relations: {id: label}, undercutSupports: [id]}` (REBUTS relations are labelled). */
export function labellingToJson(l: Labelling) {
  return {
    nodes: Object.fromEntries(l.nodes) as Record<string, Label>,
    relations: Object.fromEntries(l.rebuttals) as Record<string, Label>,
    undercutSupports: [...l.undercutSupports],
  };
}
