// What undo, redo, retries and conflict resolution need on top of the model's
// operations: inverses that touch only what changed, versions brought up to date,
// and a check whether a batch whose answer got lost did reach the server.
import type { EntityByType, EntityType } from '@/lib/argument/model';
import { collectionOf, editableFields, invertChanges, type Change, type MapState, type Operation } from '@/lib/argument/operations';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The operations that undo a batch's changes. Updates restore only the fields the
 * batch changed, so undoing a move never reverts someone else's new title.
 */
export function inverseOf(changes: readonly Change[]): Operation[] {
  const ops = invertChanges(changes);
  return ops.map((op, k) => {
    if (op.op !== 'update') return op;
    const c = changes[changes.length - 1 - k];
    const before = c.before as unknown as Record<string, unknown>;
    const after = c.after as unknown as Record<string, unknown>;
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(op.data)) {
      if (!same(before[key], after[key])) data[key] = (op.data as Record<string, unknown>)[key];
    }
    return { ...op, data } as Operation;
  });
}

/**
 * Rewrites the versions of updates and deletes to the entities' current versions.
 * Operations on one entity within the batch keep their spacing (a batch may update
 * the same node twice), and an entity the batch recreates starts again at 1.
 */
export function withCurrentVersions(ops: readonly Operation[], state: MapState): Operation[] {
  const delta = new Map<string, number>();
  return ops.map((op) => {
    if (op.op === 'create') {
      delta.set(op.id, 0);
      return op;
    }
    let d = delta.get(op.id);
    if (d === undefined) {
      const current = collectionOf(state, op.entity).get(op.id);
      d = current ? current.version - op.version : 0;
      delta.set(op.id, d);
    }
    return d ? { ...op, version: op.version + d } : op;
  });
}

/** Drops updates that would change nothing (a node dropped where it was, a title retyped). */
export function withoutNoops(ops: readonly Operation[], state: MapState): Operation[] {
  // only an entity's sole operation may go: later ones count on its version bump
  const count = new Map<string, number>();
  for (const op of ops) count.set(op.id, (count.get(op.id) ?? 0) + 1);
  return ops.filter((op) => {
    if (op.op !== 'update' || count.get(op.id) !== 1) return true;
    const current = collectionOf(state, op.entity).get(op.id) as unknown as Record<string, unknown> | undefined;
    if (!current) return true;
    return Object.entries(op.data).some(([k, v]) => v !== undefined && !same(current[k], v));
  });
}

/**
 * Whether the state already shows every effect of the operations: used after a request
 * whose answer never arrived, to tell "saved, answer lost" from "not saved".
 */
/**
 * Whether a stored value holds what was sent: equal, or, for an object such as a
 * citation's locator, with every field that was sent (the server may add its own, as the
 * quote check adds offsets and a paragraph).
 */
function holds(stored: unknown, sent: unknown): boolean {
  if (sent && typeof sent === 'object' && !Array.isArray(sent)) {
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return false;
    return Object.entries(sent).every(([k, v]) => v === undefined || holds((stored as Record<string, unknown>)[k], v));
  }
  return same(stored, sent);
}

export function alreadyApplied(ops: readonly Operation[], state: MapState): boolean {
  const finalOp = new Map<string, Operation>();
  for (const op of ops) finalOp.set(`${op.entity}:${op.id}`, op);
  for (const op of finalOp.values()) {
    const current = collectionOf(state, op.entity).get(op.id) as unknown as Record<string, unknown> | undefined;
    if (op.op === 'delete') {
      if (current) return false;
      continue;
    }
    if (!current) return false;
    for (const [k, v] of Object.entries(op.data)) {
      if (v !== undefined && !holds(current[k], v)) return false;
    }
    if (op.op === 'update' && (current.version as number) <= op.version) return false;
  }
  return true;
}

/**
 * The operations of a batch that the state does not show yet. While the stream delivers
 * a batch's own events one by one, the base holds part of it: an operation whose entity
 * already moved past it (created, updated beyond its version, deleted) is left out, so
 * the rest still shows and nothing jumps back.
 */
export function notYetApplied(ops: readonly Operation[], state: MapState): Operation[] {
  return ops.filter((op) => {
    const current = collectionOf(state, op.entity).get(op.id);
    if (op.op === 'create') return !current;
    if (!current) return false;
    return current.version <= op.version;
  });
}

/** Every entity an operation names, as "entity:id". */
export const touchedKeys = (ops: readonly Operation[]) => new Set(ops.map((op) => `${op.entity}:${op.id}`));

/**
 * Splits a batch into requests of at most `max` operations without separating a new
 * EVIDENCE node from the citations created right after it (the rule wants them together).
 */
export function chunkOperations(ops: readonly Operation[], max: number): Operation[][] {
  if (ops.length <= max) return [ops.slice()];
  const groups: Operation[][] = [];
  for (const op of ops) {
    const last = groups.at(-1);
    const joinsNode =
      op.op === 'create' && op.entity === 'citation' && last?.[0].op === 'create' && last[0].entity === 'node' && last[0].id === (op.data as { nodeId: string }).nodeId;
    if (joinsNode) last!.push(op);
    else groups.push([op]);
  }
  const chunks: Operation[][] = [];
  let current: Operation[] = [];
  for (const g of groups) {
    if (current.length && current.length + g.length > max) {
      chunks.push(current);
      current = [];
    }
    current.push(...g);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** An entity as the data of a create operation (what a copy or a redo recreates). */
export function createOpOf<E extends EntityType>(entity: E, value: EntityByType[E], id = value.id): Operation {
  return { op: 'create', entity, id, data: editableFields(value) } as Operation;
}
