// The operations behind each editing gesture: add a node, add a reason or a rebuttal
// under a node, connect, delete with what goes with it, move, align. Each returns one
// batch, so each gesture is one undoable step.
import type { ArgNode, Locator, NodeKind, RelationType } from '@/lib/argument/model';
import type { MapState, Operation } from '@/lib/argument/operations';
import { indexOf } from './derive';
import { newId } from './ids';
import { nodeGeometry, TAG } from '@/lib/render/geometry';
import { findFreeSpot } from './placement';

export interface Size {
  width: number;
  height: number;
}
export type SizeOf = (id: string) => Size;

/**
 * A node's size by the shared geometry rule (lib/render/geometry.ts), which the canvas
 * and every export draw by; tags whose names are not known yet count as one row.
 */
export const estimateSize = (n: Pick<ArgNode, 'title' | 'tagIds'> & { kind?: NodeKind }): Size => {
  const g = nodeGeometry({ kind: n.kind ?? 'CLAIM', title: n.title }, []);
  return { width: g.width, height: g.height + (n.tagIds.length ? TAG.gapAbove + TAG.height : 0) };
};

const GAP_X = 40;
const GAP_Y = 110;

/**
 * The nearest place to `at` where a new node of the given size overlaps no other node
 * (lib/client/placement.ts), so new nodes never land on top of each other.
 */
export function freeSpot(state: MapState, at: { x: number; y: number }, size: Size, sizeOf: SizeOf): { x: number; y: number } {
  const boxes = [...state.nodes.values()].map((n) => ({ x: n.x, y: n.y, ...sizeOf(n.id) }));
  const p = findFreeSpot(boxes, size, { x: Math.round(at.x), y: Math.round(at.y) }, { margin: GAP_X / 2 });
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

export interface EvidenceSourcing {
  /** an existing source, or a new one to create */
  source: { id: string } | { title: string; type: 'ARTICLE' | 'BOOK' | 'CHAPTER' | 'REPORT' | 'WEB_PAGE' | 'DATASET' | 'INTERVIEW' };
  quote: string;
  page?: string;
}

/** A new node; EVIDENCE comes with its citation (and a new source when needed) in the same batch. */
export function createNodeOps(
  kind: NodeKind,
  title: string,
  at: { x: number; y: number },
  sourcing?: EvidenceSourcing,
): { id: string; ops: Operation[] } {
  const id = newId();
  const ops: Operation[] = [{ op: 'create', entity: 'node', id, data: { kind, title, x: Math.round(at.x), y: Math.round(at.y) } }];
  if (sourcing) {
    let sourceId: string;
    if ('id' in sourcing.source) sourceId = sourcing.source.id;
    else {
      sourceId = newId();
      ops.unshift({ op: 'create', entity: 'source', id: sourceId, data: { type: sourcing.source.type, title: sourcing.source.title } });
    }
    ops.push({
      op: 'create',
      entity: 'citation',
      id: newId(),
      data: { nodeId: id, sourceId, quote: sourcing.quote, ...(sourcing.page ? { locator: { page: sourcing.page } } : {}) },
    });
  }
  return { id, ops };
}

/** A passage of a source's stored text, as the reader hands it over: the quote and where it is. */
export interface PassageCitation {
  sourceId: string;
  quote: string;
  locator: Locator;
}

/**
 * "Create evidence from this passage": an EVIDENCE node with the passage as its citation
 * and, when given, a SUPPORTS relation to the node it backs. One batch: one undo step.
 */
export function evidenceFromPassageOps(title: string, at: { x: number; y: number }, passage: PassageCitation, supportsId: string | null): { id: string; ops: Operation[] } {
  const id = newId();
  const ops: Operation[] = [
    { op: 'create', entity: 'node', id, data: { kind: 'EVIDENCE', title, x: Math.round(at.x), y: Math.round(at.y) } },
    { op: 'create', entity: 'citation', id: newId(), data: { nodeId: id, sourceId: passage.sourceId, quote: passage.quote, locator: passage.locator } },
  ];
  if (supportsId) ops.push({ op: 'create', entity: 'relation', id: newId(), data: { type: 'SUPPORTS', fromId: id, toId: supportsId } });
  return { id, ops };
}

/** "Cite on the selected node": a citation of a passage on an existing node. */
export function citePassageOps(nodeId: string, passage: PassageCitation): Operation[] {
  return [{ op: 'create', entity: 'citation', id: newId(), data: { nodeId, sourceId: passage.sourceId, quote: passage.quote, locator: passage.locator } }];
}

/** Where a new reason, rebuttal or answer under `target` goes: below it, right of its other children. */
export function placeUnder(state: MapState, targetId: string, sizeOf: SizeOf): { x: number; y: number } {
  const target = state.nodes.get(targetId)!;
  const children = (indexOf(state).incoming.get(targetId) ?? [])
    .map((r) => state.nodes.get(r.fromId))
    .filter((n): n is ArgNode => !!n && n.y > target.y);
  const y = target.y + sizeOf(targetId).height + GAP_Y;
  if (!children.length) return { x: target.x, y };
  const right = Math.max(...children.map((c) => c.x + sizeOf(c.id).width));
  return { x: right + GAP_X, y: Math.max(y, Math.min(...children.map((c) => c.y))) };
}

/**
 * "Add a reason for", "add a rebuttal to", "add an answer to": a new node with its
 * relation to the target, placed under it.
 */
export function createConnectedOps(
  state: MapState,
  targetId: string,
  type: Exclude<RelationType, 'UNDERCUTS'>,
  kind: NodeKind,
  title: string,
  sizeOf: SizeOf,
): { id: string; ops: Operation[] } {
  const node = createNodeOps(kind, title, freeSpot(state, placeUnder(state, targetId, sizeOf), estimateSize({ title, tagIds: [] }), sizeOf));
  node.ops.push({ op: 'create', entity: 'relation', id: newId(), data: { type, fromId: node.id, toId: targetId } });
  return node;
}

export const relationOp = (type: RelationType, fromId: string, toId: string): Operation => ({
  op: 'create',
  entity: 'relation',
  id: newId(),
  data: { type, fromId, toId },
});

/**
 * Deletes nodes and relations. What a deletion takes along (a node's relations and
 * citations, the undercuts of a relation) is left to the cascade, so it is not named twice.
 */
export function deletionOps(state: MapState, nodeIds: Iterable<string>, relationIds: Iterable<string>): Operation[] {
  const nodes = new Set([...nodeIds].filter((id) => state.nodes.has(id)));
  const gone = new Set<string>();
  const { incoming, outgoing } = indexOf(state);
  const cascade = (relId: string) => {
    if (gone.has(relId)) return;
    gone.add(relId);
    for (const u of incoming.get(relId) ?? []) cascade(u.id);
  };
  for (const n of nodes) {
    for (const r of [...(incoming.get(n) ?? []), ...(outgoing.get(n) ?? [])]) cascade(r.id);
  }
  const ops: Operation[] = [];
  const explicit = [...relationIds].filter((id) => state.relations.has(id) && !gone.has(id));
  // a relation whose target relation is deleted too goes with it
  const explicitSet = new Set(explicit);
  for (const id of explicit) {
    const r = state.relations.get(id)!;
    let t = state.relations.get(r.toId);
    let covered = false;
    for (let hops = 0; t && hops < 8; hops++) {
      if (explicitSet.has(t.id) || gone.has(t.id)) covered = true;
      t = state.relations.get(t.toId);
    }
    if (!covered) ops.push({ op: 'delete', entity: 'relation', id, version: r.version });
  }
  for (const n of nodes) ops.push({ op: 'delete', entity: 'node', id: n, version: state.nodes.get(n)!.version });
  return ops;
}

export function moveOps(state: MapState, positions: Iterable<[string, { x: number; y: number }]>): Operation[] {
  const ops: Operation[] = [];
  for (const [id, p] of positions) {
    const n = state.nodes.get(id);
    if (!n) continue;
    const x = Math.round(p.x);
    const y = Math.round(p.y);
    if (x !== n.x || y !== n.y) ops.push({ op: 'update', entity: 'node', id, version: n.version, data: { x, y } });
  }
  return ops;
}

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom' | 'distribute-h' | 'distribute-v';

/** Lines the nodes up along one edge or their centres, or spaces them evenly. */
export function alignOps(state: MapState, ids: string[], how: Alignment, sizeOf: SizeOf): Operation[] {
  const nodes = ids.map((id) => state.nodes.get(id)).filter((n): n is ArgNode => !!n);
  if (nodes.length < 2) return [];
  const box = (n: ArgNode) => ({ n, ...sizeOf(n.id) });
  const items = nodes.map(box);
  const target = new Map<string, { x: number; y: number }>();
  const minX = Math.min(...items.map((i) => i.n.x));
  const maxX = Math.max(...items.map((i) => i.n.x + i.width));
  const minY = Math.min(...items.map((i) => i.n.y));
  const maxY = Math.max(...items.map((i) => i.n.y + i.height));
  for (const i of items) {
    const { x, y } = i.n;
    switch (how) {
      case 'left': target.set(i.n.id, { x: minX, y }); break;
      case 'right': target.set(i.n.id, { x: maxX - i.width, y }); break;
      case 'center': target.set(i.n.id, { x: (minX + maxX) / 2 - i.width / 2, y }); break;
      case 'top': target.set(i.n.id, { x, y: minY }); break;
      case 'bottom': target.set(i.n.id, { x, y: maxY - i.height }); break;
      case 'middle': target.set(i.n.id, { x, y: (minY + maxY) / 2 - i.height / 2 }); break;
      default: break;
    }
  }
  if (how === 'distribute-h' || how === 'distribute-v') {
    const horizontal = how === 'distribute-h';
    const sorted = [...items].sort((a, b) => (horizontal ? a.n.x - b.n.x : a.n.y - b.n.y));
    const total = sorted.reduce((s, i) => s + (horizontal ? i.width : i.height), 0);
    const span = horizontal ? maxX - minX : maxY - minY;
    const gap = Math.max(GAP_X / 2, (span - total) / (sorted.length - 1));
    let at = horizontal ? minX : minY;
    for (const i of sorted) {
      target.set(i.n.id, horizontal ? { x: at, y: i.n.y } : { x: i.n.x, y: at });
      at += (horizontal ? i.width : i.height) + gap;
    }
  }
  return moveOps(state, target);
}
