// What a reader sees of a map one argument at a time (the reading view and the first
// view): the main questions, the path down to a node, and a node with what it bears on,
// its supports, rebuttals or answers, and the undercuts of each of those relations.
import type { ArgNode, Citation, Relation } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { indexOf } from './derive';

const PARENT_TYPES = new Set(['ANSWERS', 'SUPPORTS', 'REBUTS']);
const reading = (a: ArgNode, b: ArgNode) => a.y - b.y || a.x - b.x || a.title.localeCompare(b.title);

/** Everything that hangs under a node (answers, reasons, rebuttals, undercutters, and theirs), the node excluded. */
export function descendants(state: MapState, rootId: string): Set<string> {
  const { incoming } = indexOf(state);
  const seen = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    for (const r of incoming.get(id) ?? []) {
      if (!PARENT_TYPES.has(r.type)) continue;
      for (const child of [r.fromId, ...(incoming.get(r.id) ?? []).map((u) => u.fromId)]) {
        if (!seen.has(child) && state.nodes.has(child)) {
          seen.add(child);
          stack.push(child);
        }
      }
    }
  }
  seen.delete(rootId);
  return seen;
}

/**
 * The map's main questions: questions that hang under nothing, the one with most below it
 * first (the map's start), then by reading position. A map without questions offers its
 * theses (nodes under nothing) the same way.
 */
export function mainQuestions(state: MapState): { id: string; size: number }[] {
  const { outgoing } = indexOf(state);
  const top = (n: ArgNode) => !(outgoing.get(n.id) ?? []).some((r) => PARENT_TYPES.has(r.type) || r.type === 'UNDERCUTS');
  let roots = [...state.nodes.values()].filter((n) => n.kind === 'QUESTION' && top(n));
  if (!roots.length) roots = [...state.nodes.values()].filter(top);
  // a map of thousands of roots is no map of themes: the first 200 in reading order will do
  roots = roots.sort(reading).slice(0, 200);
  return roots.map((n) => ({ id: n.id, node: n, size: descendants(state, n.id).size })).sort((a, b) => b.size - a.size || reading(a.node, b.node)).map(({ id, size }) => ({ id, size }));
}

/** The first relation a node hangs under another by (its place in the map), or null. */
function firstParent(state: MapState, id: string): Relation | null {
  const rels = (indexOf(state).outgoing.get(id) ?? []).filter((r) => PARENT_TYPES.has(r.type) && state.nodes.has(r.toId));
  if (rels.length) return rels.sort((a, b) => reading(state.nodes.get(a.toId)!, state.nodes.get(b.toId)!))[0];
  // an undercutter hangs under the reason whose relation it attacks
  const u = (indexOf(state).outgoing.get(id) ?? []).find((r) => r.type === 'UNDERCUTS' && state.relations.has(r.toId));
  if (!u) return null;
  const target = state.relations.get(u.toId)!;
  return state.nodes.has(target.fromId) ? { ...u, toId: target.fromId } : null;
}

/** A path from a top node down to this one, along each node's first parent (no node twice). */
export function pathTo(state: MapState, id: string): string[] {
  const path = [id];
  const seen = new Set(path);
  for (let at = id; ; ) {
    const p = firstParent(state, at);
    if (!p || seen.has(p.toId)) break;
    path.unshift(p.toId);
    seen.add(p.toId);
    at = p.toId;
  }
  return path;
}

export interface ReadingChild {
  relation: Relation;
  node: ArgNode;
  /** nodes that undercut this relation */
  undercutters: ArgNode[];
  citations: Citation[];
}

export interface ReadingParent {
  relation: Relation;
  node: ArgNode;
  undercutters: ArgNode[];
}

export interface Reading {
  node: ArgNode;
  citations: Citation[];
  /** what the node bears on: the targets of its supports, rebuttals and answers */
  parents: ReadingParent[];
  /** the relations the node undercuts, with their ends */
  undercuts: { relation: Relation; target: Relation; from: ArgNode; to: ArgNode }[];
  answers: ReadingChild[];
  supports: ReadingChild[];
  rebuttals: ReadingChild[];
}

export function readingOf(state: MapState, id: string): Reading | null {
  const node = state.nodes.get(id);
  if (!node) return null;
  const { incoming, outgoing } = indexOf(state);
  const cited = new Map<string, Citation[]>();
  for (const c of state.citations.values()) {
    const list = cited.get(c.nodeId);
    if (list) list.push(c);
    else cited.set(c.nodeId, [c]);
  }
  const citationsOf = (nodeId: string) => cited.get(nodeId) ?? [];
  const undercuttersOf = (relationId: string) =>
    (incoming.get(relationId) ?? []).filter((u) => u.type === 'UNDERCUTS').map((u) => state.nodes.get(u.fromId)).filter((n): n is ArgNode => !!n).sort(reading);
  const parents: ReadingParent[] = [];
  const undercuts: Reading['undercuts'] = [];
  for (const r of outgoing.get(id) ?? []) {
    if (PARENT_TYPES.has(r.type)) {
      const to = state.nodes.get(r.toId);
      if (to) parents.push({ relation: r, node: to, undercutters: undercuttersOf(r.id) });
    } else if (r.type === 'UNDERCUTS') {
      const target = state.relations.get(r.toId);
      const from = target && state.nodes.get(target.fromId);
      const to = target && state.nodes.get(target.toId);
      if (target && from && to) undercuts.push({ relation: r, target, from, to });
    }
  }
  parents.sort((a, b) => reading(a.node, b.node));
  const children = { ANSWERS: [] as ReadingChild[], SUPPORTS: [] as ReadingChild[], REBUTS: [] as ReadingChild[] };
  for (const r of incoming.get(id) ?? []) {
    if (r.type === 'UNDERCUTS') continue;
    const from = state.nodes.get(r.fromId);
    if (from) children[r.type].push({ relation: r, node: from, undercutters: undercuttersOf(r.id), citations: citationsOf(from.id) });
  }
  for (const list of Object.values(children)) list.sort((a, b) => reading(a.node, b.node));
  return { node, citations: citationsOf(id), parents, undercuts, answers: children.ANSWERS, supports: children.SUPPORTS, rebuttals: children.REBUTS };
}
