// The map as an indented tree: a question, its answers, their reasons and rebuttals,
// and under a reason whatever undercuts it. A node with several parents appears under
// each; a relation back to an ancestor shows the node once more, without children, so
// cycles end. Nodes that nothing reaches (a ring of mutual rebuttals) become roots.
import { allowedRelationTypes, checkRelation, type RuleViolation } from '@/lib/argument/rules';
import type { ArgNode, NodeKind, Relation, RelationType } from '@/lib/argument/model';
import type { MapState, Operation } from '@/lib/argument/operations';
import { indexOf } from './derive';
import { newId } from './ids';

export interface OutlineRow {
  /** the path from the root: unique even when a node appears in several places */
  key: string;
  nodeId: string;
  parentKey: string | null;
  /** how the node hangs under its parent: null for roots */
  relation: Relation | null;
  /** 1 for roots (aria-level) */
  level: number;
  posInSet: number;
  setSize: number;
  hasChildren: boolean;
  expanded: boolean;
  /** how many places the node hangs in (its parent relations) */
  parents: number;
  /** the node is its own ancestor here: shown without children */
  cycle: boolean;
}

const TYPE_ORDER: Record<RelationType, number> = { ANSWERS: 0, SUPPORTS: 1, REBUTS: 2, UNDERCUTS: 3 };
const PARENT_TYPES = new Set<RelationType>(['ANSWERS', 'SUPPORTS', 'REBUTS']);

const reading = (a: ArgNode, b: ArgNode) => a.x - b.x || a.y - b.y || a.title.localeCompare(b.title);

/** The relations a node hangs under others by (what makes it a child). */
function parentRelations(state: MapState, nodeId: string): Relation[] {
  return (indexOf(state).outgoing.get(nodeId) ?? []).filter((r) => PARENT_TYPES.has(r.type) || r.type === 'UNDERCUTS');
}

/** The children of a node seen through `via` (the relation it hangs by, for its undercutters). */
function childrenOf(state: MapState, nodeId: string, via: Relation | null): { node: ArgNode; relation: Relation }[] {
  const { incoming } = indexOf(state);
  const out: { node: ArgNode; relation: Relation }[] = [];
  for (const r of incoming.get(nodeId) ?? []) {
    const n = PARENT_TYPES.has(r.type) ? state.nodes.get(r.fromId) : undefined;
    if (n) out.push({ node: n, relation: r });
  }
  if (via) {
    for (const u of incoming.get(via.id) ?? []) {
      const n = state.nodes.get(u.fromId);
      if (n) out.push({ node: n, relation: u });
    }
  }
  return out.sort((a, b) => TYPE_ORDER[a.relation.type] - TYPE_ORDER[b.relation.type] || reading(a.node, b.node));
}

/** Root nodes: questions first, then what hangs under nothing, then one node per unreached ring. */
export function outlineRoots(state: MapState): string[] {
  const roots = [...state.nodes.values()].filter((n) => parentRelations(state, n.id).length === 0);
  roots.sort((a, b) => Number(b.kind === 'QUESTION') - Number(a.kind === 'QUESTION') || a.y - b.y || a.x - b.x);
  const reached = new Set<string>();
  const { incoming } = indexOf(state);
  const visit = (start: string) => {
    const stack = [start];
    reached.add(start);
    while (stack.length) {
      const n = stack.pop()!;
      for (const r of incoming.get(n) ?? []) {
        if (!PARENT_TYPES.has(r.type)) continue;
        // the child, and whatever undercuts the relation it hangs by
        for (const id of [r.fromId, ...(incoming.get(r.id) ?? []).map((u) => u.fromId)]) {
          if (!reached.has(id) && state.nodes.has(id)) {
            reached.add(id);
            stack.push(id);
          }
        }
      }
    }
  };
  for (const r of roots) visit(r.id);
  const ids = roots.map((r) => r.id);
  if (reached.size < state.nodes.size) {
    const rest = [...state.nodes.values()].filter((n) => !reached.has(n.id)).sort((a, b) => a.y - b.y || a.x - b.x);
    for (const n of rest) {
      if (reached.has(n.id)) continue;
      ids.push(n.id);
      visit(n.id);
    }
  }
  return ids;
}

/**
 * The rows a reader sees: roots, and the children of every expanded row. `expanded`
 * overrides the default, which opens the first `defaultDepth` levels.
 */
export function outlineRows(state: MapState, expanded: ReadonlyMap<string, boolean>, defaultDepth = 3, limit = 5000): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const isOpen = (key: string, level: number) => expanded.get(key) ?? level < defaultDepth;
  const walk = (
    items: { node: ArgNode; relation: Relation | null }[],
    parentKey: string | null,
    level: number,
    ancestors: Set<string>,
  ) => {
    items.forEach((item, i) => {
      if (rows.length >= limit) return;
      const key = parentKey === null ? item.node.id : `${parentKey}/${item.relation!.id}`;
      const cycle = ancestors.has(item.node.id);
      const children = cycle ? [] : childrenOf(state, item.node.id, item.relation);
      const open = children.length > 0 && isOpen(key, level);
      rows.push({
        key,
        nodeId: item.node.id,
        parentKey,
        relation: item.relation,
        level,
        posInSet: i + 1,
        setSize: items.length,
        hasChildren: children.length > 0,
        expanded: open,
        parents: parentRelations(state, item.node.id).length,
        cycle,
      });
      if (open) {
        ancestors.add(item.node.id);
        walk(children, key, level + 1, ancestors);
        ancestors.delete(item.node.id);
      }
    });
  };
  const roots = outlineRoots(state).map((id) => ({ node: state.nodes.get(id)!, relation: null }));
  walk(roots, null, 1, new Set());
  return rows;
}

/** The relation type a node keeps when it moves under a new parent: its old one if allowed. */
export function typeUnder(fromKind: NodeKind, parentKind: NodeKind, current: RelationType | null): RelationType | null {
  const allowed = allowedRelationTypes(fromKind, parentKind);
  if (current && allowed.includes(current)) return current;
  for (const t of ['SUPPORTS', 'ANSWERS', 'REBUTS'] as const) if (allowed.includes(t)) return t;
  return null;
}

export type ReparentResult = { ok: true; ops: Operation[] } | { ok: false; violation: RuleViolation | null };

/**
 * Moves a row under another node: its relation to the old parent is re-pointed (or,
 * for a root, a relation is created); a new parent of no kind it may relate to is refused
 * with the rule that says why. With `newParentId` null the node leaves its parent.
 */
export function reparentOps(state: MapState, row: OutlineRow, newParentId: string | null): ReparentResult {
  const node = state.nodes.get(row.nodeId)!;
  const rel = row.relation;
  if (rel?.type === 'UNDERCUTS') {
    return { ok: false, violation: { rule: 'undercut-target', message: 'An undercut stays with the relation it attacks.' } };
  }
  if (newParentId === null) {
    return rel ? { ok: true, ops: [{ op: 'delete', entity: 'relation', id: rel.id, version: rel.version }] } : { ok: true, ops: [] };
  }
  const parent = state.nodes.get(newParentId)!;
  const type = typeUnder(node.kind, parent.kind, rel?.type ?? null);
  if (!type) {
    const tried = rel?.type ?? (parent.kind === 'QUESTION' ? 'ANSWERS' : 'SUPPORTS');
    return { ok: false, violation: checkRelation(tried, node, { entity: 'node', id: parent.id, kind: parent.kind }) };
  }
  if (rel) {
    return { ok: true, ops: [{ op: 'update', entity: 'relation', id: rel.id, version: rel.version, data: { toId: parent.id, type } }] };
  }
  return { ok: true, ops: [{ op: 'create', entity: 'relation', id: newId(), data: { type, fromId: node.id, toId: parent.id } }] };
}

/** Indent: under the previous sibling. Outdent: next to the parent, under the grandparent. */
export function indentTarget(rows: OutlineRow[], row: OutlineRow): string | null {
  const i = rows.indexOf(row);
  for (let k = i - 1; k >= 0; k--) {
    if (rows[k].parentKey === row.parentKey) return rows[k].nodeId;
    if (rows[k].level < row.level) break;
  }
  return null;
}

export function outdentTarget(rows: OutlineRow[], row: OutlineRow): { parentId: string | null } | null {
  if (row.parentKey === null) return null;
  const parent = rows.find((r) => r.key === row.parentKey);
  if (!parent) return null;
  if (parent.parentKey === null) return { parentId: null };
  const grand = rows.find((r) => r.key === parent.parentKey);
  return grand ? { parentId: grand.nodeId } : null;
}
