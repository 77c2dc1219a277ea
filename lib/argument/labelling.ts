// Grounded acceptability labelling (domain.md, "Acceptability"): every CLAIM, PROPOSAL
// and EVIDENCE node and every REBUTS relation is IN, OUT or UNDEC, the least fixpoint
// of the rules, starting from all UNDEC. Each item is labelled at most once, by a
// worklist with counters, so it runs in time linear in nodes plus relations.
import type { NodeKind, RelationType } from './model';

export type Label = 'IN' | 'OUT' | 'UNDEC';

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

export function groundedLabelling({ nodes, relations }: LabellingInput): Labelling {
  const labelled = nodes.filter((n) => n.kind !== 'QUESTION');
  const nodeLabel = new Map<string, Label>();
  const rebutLabel = new Map<string, Label>();
  const rebuts = new Map(relations.filter((r) => r.type === 'REBUTS').map((r) => [r.id, r]));
  const isNode = new Set(labelled.map((n) => n.id));

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
  const supports = new Set(relations.filter((r) => r.type === 'SUPPORTS').map((r) => r.id));
  for (const u of relations) {
    if (u.type === 'UNDERCUTS' && supports.has(u.toId) && result.nodes.get(u.fromId) === 'IN') result.undercutSupports.add(u.toId);
  }
  return result;
}
