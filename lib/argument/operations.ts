// One spine for every change to a map: a batch of operations is validated and applied
// to a map's state by the pure function below. The server runs it inside a transaction
// and persists the resulting changes as events; the editor runs it for its optimistic
// view, and inverts the changes for undo.
import type { ArgNode, ChangeKind, Citation, EntityByType, EntityType, Relation, Source, Tag } from './model';
export type { ChangeKind } from './model';
import { pushTo } from './multimap';
import { checkRelation, relationKey, type RuleId, type RelationTarget } from './rules';

export interface MapState {
  nodes: Map<string, ArgNode>;
  relations: Map<string, Relation>;
  tags: Map<string, Tag>;
  sources: Map<string, Source>;
  citations: Map<string, Citation>;
}

type Editable<E extends EntityType> = Omit<EntityByType[E], 'id' | 'version' | (E extends 'source' ? 'hasText' : never)>;
export type CreateData<E extends EntityType> = E extends 'node'
  ? Pick<ArgNode, 'kind' | 'title'> & Partial<Pick<ArgNode, 'body' | 'x' | 'y' | 'tagIds'>>
  : E extends 'source'
    ? Pick<Source, 'type' | 'title'> & Partial<Editable<'source'>>
    : E extends 'citation'
      ? Pick<Citation, 'nodeId' | 'sourceId' | 'quote'> & Partial<Pick<Citation, 'locator'>>
      : Editable<E>;

export type Operation =
  | { [E in EntityType]: { op: 'create'; entity: E; id: string; data: CreateData<E> } }[EntityType]
  | { [E in EntityType]: { op: 'update'; entity: E; id: string; version: number; data: Partial<Editable<E>> } }[EntityType]
  | { op: 'delete'; entity: EntityType; id: string; version: number };

export interface Change<E extends EntityType = EntityType> {
  kind: ChangeKind;
  entity: E;
  id: string;
  before: EntityByType[E] | null;
  after: EntityByType[E] | null;
  /** index of the operation in the batch that caused it; cascades share their cause's index */
  opIndex: number;
}

export type OperationErrorCode = 'not-found' | 'version-conflict' | 'id-taken' | RuleId | 'duplicate-tag';

/** Why a batch was refused. status follows HTTP: 404 unknown id, 409 stale version, 422 a rule. */
export class OperationError extends Error {
  constructor(
    readonly status: 404 | 409 | 422,
    readonly code: OperationErrorCode,
    message: string,
    readonly opIndex: number,
    readonly current?: { entity: EntityType; value: EntityByType[EntityType] },
  ) {
    super(message);
  }
}

export function emptyState(): MapState {
  return { nodes: new Map(), relations: new Map(), tags: new Map(), sources: new Map(), citations: new Map() };
}

const COLLECTION: { [E in EntityType]: (s: MapState) => Map<string, EntityByType[E]> } = {
  node: (s) => s.nodes,
  relation: (s) => s.relations,
  tag: (s) => s.tags,
  source: (s) => s.sources,
  citation: (s) => s.citations,
};
export const collectionOf = <E extends EntityType>(s: MapState, entity: E) => COLLECTION[entity](s) as Map<string, EntityByType[E]>;

/**
 * Validates and applies a batch, all or nothing. The given state is not modified:
 * the result holds a new state (sharing unchanged entities) and the changes in order.
 * Throws OperationError on the first operation that cannot apply.
 */
export function applyOperations(state: MapState, operations: readonly Operation[]): { state: MapState; changes: Change[] } {
  const next: MapState = {
    nodes: new Map(state.nodes),
    relations: new Map(state.relations),
    tags: new Map(state.tags),
    sources: new Map(state.sources),
    citations: new Map(state.citations),
  };
  const batch = new Batch(next);
  operations.forEach((op, i) => batch.apply(op, i));
  batch.checkIntegrity();
  return { state: next, changes: batch.changes };
}

class Batch {
  readonly changes: Change[] = [];
  private relationKeys = new Map<string, string>();
  /** nodes whose incident relations or citations must be re-checked at the end */
  private touchedNodes = new Map<string, number>();
  private touchedRelations = new Map<string, number>();

  constructor(private readonly s: MapState) {
    for (const r of s.relations.values()) this.relationKeys.set(relationKey(r), r.id);
  }

  apply(op: Operation, i: number) {
    const coll = collectionOf(this.s, op.entity);
    const existing = coll.get(op.id);
    if (op.op === 'create') {
      if (existing) throw new OperationError(409, 'id-taken', `A ${op.entity} with id ${op.id} already exists.`, i);
      this.create(op.entity, op.id, op.data as never, i);
      return;
    }
    if (!existing) throw new OperationError(404, 'not-found', `No ${op.entity} with id ${op.id} in this map.`, i);
    if (existing.version !== op.version) {
      throw new OperationError(
        409,
        'version-conflict',
        `The ${op.entity} was changed by someone else (version ${existing.version}, you sent ${op.version}).`,
        i,
        { entity: op.entity, value: existing },
      );
    }
    if (op.op === 'update') this.update(op.entity, existing, op.data as never, i);
    else this.remove(op.entity, existing, i);
  }

  private record<E extends EntityType>(kind: ChangeKind, entity: E, id: string, before: EntityByType[E] | null, after: EntityByType[E] | null, i: number) {
    const coll = collectionOf(this.s, entity);
    if (after) coll.set(id, after);
    else coll.delete(id);
    this.changes.push({ kind, entity, id, before, after, opIndex: i } as Change);
  }

  private requireNode(id: string, i: number, role: string): ArgNode {
    const n = this.s.nodes.get(id);
    if (!n) throw new OperationError(422, 'dangling-reference', `The ${role} node ${id} does not exist in this map.`, i);
    return n;
  }

  private requireTags(ids: readonly string[], i: number) {
    for (const t of ids) {
      if (!this.s.tags.has(t)) throw new OperationError(422, 'dangling-reference', `Tag ${t} does not exist in this map.`, i);
    }
  }

  private checkTagName(name: string, selfId: string, i: number) {
    for (const t of this.s.tags.values()) {
      if (t.id !== selfId && t.name.toLocaleLowerCase() === name.toLocaleLowerCase()) {
        throw new OperationError(422, 'duplicate-tag', `This map already has a tag named "${name}".`, i);
      }
    }
  }

  private create(entity: EntityType, id: string, data: Record<string, unknown>, i: number) {
    switch (entity) {
      case 'node': {
        const d = data as CreateData<'node'>;
        const tagIds = [...new Set(d.tagIds ?? [])];
        this.requireTags(tagIds, i);
        const node: ArgNode = { id, kind: d.kind, title: d.title, body: d.body ?? '', x: d.x ?? 0, y: d.y ?? 0, tagIds, version: 1 };
        this.record('created', 'node', id, null, node, i);
        this.touchedNodes.set(id, i);
        return;
      }
      case 'relation': {
        const d = data as CreateData<'relation'>;
        const relation: Relation = { id, type: d.type, fromId: d.fromId, toId: d.toId, version: 1 };
        this.record('created', 'relation', id, null, relation, i);
        this.indexRelation(null, relation, i);
        return;
      }
      case 'tag': {
        const d = data as CreateData<'tag'>;
        this.checkTagName(d.name, id, i);
        this.record('created', 'tag', id, null, { id, name: d.name, color: d.color, version: 1 }, i);
        return;
      }
      case 'source': {
        const d = data as CreateData<'source'>;
        const source: Source = {
          id,
          type: d.type,
          title: d.title,
          authors: d.authors ?? [],
          container: d.container ?? '',
          publisher: d.publisher ?? '',
          date: d.date ?? '',
          pages: d.pages ?? '',
          url: d.url ?? '',
          accessed: d.accessed ?? '',
          language: d.language ?? '',
          hasText: false,
          ...(d.fingerprint ? { fingerprint: d.fingerprint } : {}),
          version: 1,
        };
        this.record('created', 'source', id, null, source, i);
        return;
      }
      case 'citation': {
        const d = data as CreateData<'citation'>;
        this.requireNode(d.nodeId, i, 'cited');
        if (!this.s.sources.has(d.sourceId)) {
          throw new OperationError(422, 'dangling-reference', `Source ${d.sourceId} does not exist in this map.`, i);
        }
        const citation: Citation = { id, nodeId: d.nodeId, sourceId: d.sourceId, quote: d.quote, locator: d.locator ?? {}, version: 1 };
        this.record('created', 'citation', id, null, citation, i);
        this.touchedNodes.set(d.nodeId, i);
        return;
      }
    }
  }

  private update(entity: EntityType, before: EntityByType[EntityType], data: Record<string, unknown>, i: number) {
    const patch = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
    const after = { ...before, ...patch, version: before.version + 1 } as EntityByType[EntityType];
    switch (entity) {
      case 'node': {
        const n = after as ArgNode;
        if (patch.tagIds) {
          n.tagIds = [...new Set(n.tagIds)];
          this.requireTags(n.tagIds, i);
        }
        this.touchedNodes.set(n.id, i);
        break;
      }
      case 'relation':
        this.indexRelation(before as Relation, after as Relation, i);
        break;
      case 'tag':
        if (patch.name !== undefined) this.checkTagName((after as Tag).name, after.id, i);
        break;
      case 'citation': {
        const c = after as Citation;
        const old = before as Citation;
        if (c.nodeId !== old.nodeId) {
          this.requireNode(c.nodeId, i, 'cited');
          this.touchedNodes.set(old.nodeId, i);
          this.touchedNodes.set(c.nodeId, i);
        }
        if (!this.s.sources.has(c.sourceId)) {
          throw new OperationError(422, 'dangling-reference', `Source ${c.sourceId} does not exist in this map.`, i);
        }
        break;
      }
    }
    this.record('updated', entity, after.id, before, after, i);
  }

  private indexRelation(before: Relation | null, after: Relation, i: number) {
    if (before) this.relationKeys.delete(relationKey(before));
    const key = relationKey(after);
    const other = this.relationKeys.get(key);
    if (other && other !== after.id) {
      throw new OperationError(422, 'duplicate-relation', `There is already a ${after.type} relation between these two.`, i);
    }
    this.relationKeys.set(key, after.id);
    this.touchedRelations.set(after.id, i);
  }

  private remove(entity: EntityType, value: EntityByType[EntityType], i: number) {
    switch (entity) {
      case 'node': {
        for (const r of [...this.s.relations.values()]) {
          if ((r.fromId === value.id || r.toId === value.id) && this.s.relations.has(r.id)) this.remove('relation', r, i);
        }
        for (const c of [...this.s.citations.values()]) {
          if (c.nodeId === value.id) this.record('deleted', 'citation', c.id, c, null, i);
        }
        this.touchedNodes.delete(value.id);
        break;
      }
      case 'relation': {
        this.relationKeys.delete(relationKey(value as Relation));
        this.touchedRelations.delete(value.id);
        for (const r of [...this.s.relations.values()]) {
          if (r.type === 'UNDERCUTS' && r.toId === value.id && this.s.relations.has(r.id)) this.remove('relation', r, i);
        }
        break;
      }
      case 'tag': {
        for (const n of [...this.s.nodes.values()]) {
          if (n.tagIds.includes(value.id)) {
            const after = { ...n, tagIds: n.tagIds.filter((t) => t !== value.id), version: n.version + 1 };
            this.record('updated', 'node', n.id, n, after, i);
          }
        }
        break;
      }
      case 'source': {
        for (const c of [...this.s.citations.values()]) {
          if (c.sourceId === value.id) this.remove('citation', c, i);
        }
        break;
      }
      case 'citation':
        this.touchedNodes.set((value as Citation).nodeId, i);
        break;
    }
    this.record('deleted', entity, value.id, value, null, i);
  }

  /** Rules that hold for the batch as a whole, checked once every operation has applied. */
  checkIntegrity() {
    const { nodes, relations, citations } = this.s;
    const recheck = new Map(this.touchedRelations);
    if (this.touchedNodes.size) {
      for (const r of relations.values()) {
        const i = this.touchedNodes.get(r.fromId) ?? this.touchedNodes.get(r.toId);
        if (i !== undefined && !recheck.has(r.id)) recheck.set(r.id, i);
      }
    }
    // the undercuts of each relation, indexed once: a scan per rechecked relation made a
    // 10,000-relation import quadratic
    let undercuts: Map<string, Relation[]> | null = null;
    const undercutsOf = () => {
      if (!undercuts) {
        undercuts = new Map();
        for (const u of relations.values()) if (u.type === 'UNDERCUTS') pushTo(undercuts, u.toId, u);
      }
      return undercuts;
    };
    for (const [id, i] of recheck) {
      const r = relations.get(id);
      if (!r) continue;
      const from = this.requireNode(r.fromId, i, 'source');
      const toNode = nodes.get(r.toId);
      const toRelation = relations.get(r.toId);
      if (!toNode && !toRelation) {
        throw new OperationError(422, 'dangling-reference', `The target ${r.toId} does not exist in this map.`, i);
      }
      const target: RelationTarget = toNode
        ? { entity: 'node', id: toNode.id, kind: toNode.kind }
        : { entity: 'relation', id: toRelation!.id, type: toRelation!.type };
      const violation = checkRelation(r.type, from, target);
      if (violation) throw new OperationError(422, violation.rule, violation.message, i);
      // an UNDERCUTS whose target changed type away from SUPPORTS/REBUTS
      if (r.type !== 'UNDERCUTS') {
        for (const u of undercutsOf().get(r.id) ?? []) {
          const v = checkRelation('UNDERCUTS', nodes.get(u.fromId)!, { entity: 'relation', id: r.id, type: r.type });
          if (v) throw new OperationError(422, v.rule, v.message, i);
        }
      }
    }
    const evidence = [...this.touchedNodes].filter(([id]) => nodes.get(id)?.kind === 'EVIDENCE');
    if (evidence.length) {
      const cited = new Set<string>();
      for (const c of citations.values()) cited.add(c.nodeId);
      for (const [id, i] of evidence) {
        if (!cited.has(id)) {
          throw new OperationError(
            422,
            'evidence-needs-citation',
            `EVIDENCE needs a citation: create the node and its citation in one batch, or keep at least one citation.`,
            i,
          );
        }
      }
    }
  }
}

/**
 * The operations that undo a list of changes: their inverses in reverse order. Cascades
 * record children before their parent (a node's relations before the node), so the
 * reverse recreates the parent first. Versions are tracked along the way, since a
 * recreated entity starts again at version 1.
 */
export function invertChanges(changes: readonly Change[]): Operation[] {
  const ops: Operation[] = [];
  const versions = new Map<string, number>();
  const versionOf = (c: Change) => versions.get(c.id) ?? c.after!.version;
  for (let k = changes.length - 1; k >= 0; k--) {
    const c = changes[k];
    if (c.kind === 'created') {
      ops.push({ op: 'delete', entity: c.entity, id: c.id, version: versionOf(c) });
      versions.delete(c.id);
    } else if (c.kind === 'deleted') {
      ops.push({ op: 'create', entity: c.entity, id: c.id, data: editableFields(c.before!) } as Operation);
      versions.set(c.id, 1);
    } else {
      const version = versionOf(c);
      ops.push({ op: 'update', entity: c.entity, id: c.id, version, data: editableFields(c.before!) } as Operation);
      versions.set(c.id, version + 1);
    }
  }
  return ops;
}

/** An entity's fields as operation data (without id, version and derived fields). */
export function editableFields(e: EntityByType[EntityType]): Record<string, unknown> {
  const { id: _id, version: _version, ...rest } = e as unknown as Record<string, unknown>;
  // derived: set by the server, never written by a client
  delete rest.hasText;
  delete rest.quoteStatus;
  return rest;
}
