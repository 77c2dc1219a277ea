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
  const labelled = nodes.filter((n) => isLabelled(n.kind));
  const nodeLabel = new Map<string, Label>();
  const rebutLabel = new Map<string, Label>();
  const rebuts = new Map<string, LabellingInput['relations'][number]>();
  for (const r of relations) if (r.type === 'REBUTS') rebuts.set(r.id, r);
  const isNode = new Set<string>();
  for (const n of labelled) isNode.add(n.id);

  // counters: rebuttals into a node not yet OUT; undercutters of a rebuttal not yet OUT
  const openAttacks = new Map<string, number>();
  const openUndercutters = new Map<string, number>();
  const rebutsFrom = new Map<string, string[]>();
  const undercutsFrom = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const r of rebuts.values()) {
    if (!isNode.has(r.fromId) || !isNode.has(r.toId)) continue;
    openAttacks.set(r.toId, (openAttacks.get(r.toId) ?? 0) + 1);
    push(rebutsFrom, r.fromId, r.id);
  }
  for (const u of relations) {
    if (u.type !== 'UNDERCUTS' || !rebuts.has(u.toId) || !isNode.has(u.fromId)) continue;
    openUndercutters.set(u.toId, (openUndercutters.get(u.toId) ?? 0) + 1);
    push(undercutsFrom, u.fromId, u.toId);
  }

  const queue: (['node' | 'rebut', string, Label])[] = [];
  const setNode = (id: string, l: Label) => {
    if (nodeLabel.has(id)) return;
    nodeLabel.set(id, l);
    queue.push(['node', id, l]);
  };
  const setRebut = (id: string, l: Label) => {
    if (rebutLabel.has(id)) return;
    rebutLabel.set(id, l);
    queue.push(['rebut', id, l]);
  };

  // the reader's verdicts come first: a node labelled once keeps its label
  if (assumptions) for (const [id, a] of assumptions) if (isNode.has(id)) setNode(id, a === 'accepted' ? 'IN' : 'OUT');
  for (const n of labelled) if (!openAttacks.get(n.id)) setNode(n.id, 'IN');
  for (let head = 0; head < queue.length; head++) {
    const [what, id, label] = queue[head];
    if (what === 'node') {
      for (const r of rebutsFrom.get(id) ?? []) {
        if (label === 'OUT') setRebut(r, 'OUT');
        else if (!openUndercutters.get(r)) setRebut(r, 'IN');
      }
      for (const r of undercutsFrom.get(id) ?? []) {
        if (label === 'IN') setRebut(r, 'OUT');
        else {
          const left = openUndercutters.get(r)! - 1;
          openUndercutters.set(r, left);
          if (left === 0 && nodeLabel.get(rebuts.get(r)!.fromId) === 'IN') setRebut(r, 'IN');
        }
      }
    } else {
      const target = rebuts.get(id)!.toId;
      if (label === 'IN') setNode(target, 'OUT');
      else {
        const left = openAttacks.get(target)! - 1;
        openAttacks.set(target, left);
        if (left === 0) setNode(target, 'IN');
      }
    }
  }

  const result: Labelling = { nodes: new Map(), rebuttals: new Map(), undercutSupports: new Set() };
  for (const n of labelled) result.nodes.set(n.id, nodeLabel.get(n.id) ?? 'UNDEC');
  for (const r of rebuts.values()) {
    if (isNode.has(r.fromId) && isNode.has(r.toId)) result.rebuttals.set(r.id, rebutLabel.get(r.id) ?? 'UNDEC');
  }
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
