// The part of a map a batch can read or touch. applyOperations needs only the entities
// its rules look at: the operations' own entities, what their data refers to, the
// relations and citations of every node whose rules are re-checked, the undercuts of
// every relation it checks or deletes, the nodes carrying a deleted tag, the citations
// of a deleted source, and all tags when a tag's name must be unique. This module
// computes that closure against an abstract lookup (the database inside the batch's
// transaction, or a MapState in the tests), iterating until nothing new is asked for,
// and hands back a MapState in the same order loadState would have given.
import 'server-only';
import type { ArgNode, Citation, EntityByType, EntityType, Relation, Source, Tag } from '@/lib/argument/model';
import { emptyState, type MapState, type Operation } from '@/lib/argument/operations';
import type { Tx } from './db';
import { citationOut, nodeOut, relationOut, sourceOut, tagOut } from './maps';

/** An entity with its place in the map's order (loadState's: creation time; tags by name). */
export interface Ranked<T> {
  value: T;
  rank: string;
}

/** The questions the closure asks of a map. Every answer is limited to the one map. */
export interface ScopeLookup {
  nodesByIds(ids: string[]): Promise<Ranked<ArgNode>[]>;
  nodesWithTags(tagIds: string[]): Promise<Ranked<ArgNode>[]>;
  relationsByIds(ids: string[]): Promise<Ranked<Relation>[]>;
  /** relations whose fromId or toId is one of the nodes */
  relationsTouchingNodes(nodeIds: string[]): Promise<Ranked<Relation>[]>;
  /** relations whose toId is one of the relations (undercuts) */
  relationsTargeting(relationIds: string[]): Promise<Ranked<Relation>[]>;
  tagsByIds(ids: string[]): Promise<Ranked<Tag>[]>;
  allTags(): Promise<Ranked<Tag>[]>;
  sourcesByIds(ids: string[]): Promise<Ranked<Source>[]>;
  citationsByIds(ids: string[]): Promise<Ranked<Citation>[]>;
  citationsOfNodes(nodeIds: string[]): Promise<Ranked<Citation>[]>;
  citationsOfSources(sourceIds: string[]): Promise<Ranked<Citation>[]>;
}

type Query = keyof ScopeLookup;
const BY_ID: Record<EntityType, Query> = {
  node: 'nodesByIds',
  relation: 'relationsByIds',
  tag: 'tagsByIds',
  source: 'sourcesByIds',
  citation: 'citationsByIds',
};
const ENTITY_OF: Record<Query, EntityType> = {
  nodesByIds: 'node',
  nodesWithTags: 'node',
  relationsByIds: 'relation',
  relationsTouchingNodes: 'relation',
  relationsTargeting: 'relation',
  tagsByIds: 'tag',
  allTags: 'tag',
  sourcesByIds: 'source',
  citationsByIds: 'citation',
  citationsOfNodes: 'citation',
  citationsOfSources: 'citation',
};
const QUERIES = Object.keys(ENTITY_OF) as Query[];
const ALL = '*';
const perQuery = () => Object.fromEntries(QUERIES.map((q) => [q, new Set<string>()])) as Record<Query, Set<string>>;

/** The closure settles in a handful of rounds (an undercut's target is at most two hops away); more means a bug. */
export const MAX_ROUNDS = 16;

export interface BatchScope {
  state: MapState;
  /** how many rounds of lookups it took */
  rounds: number;
}

/** Loads the entities the batch's rules can read, to a fixpoint. */
export async function loadBatchScope(lookup: ScopeLookup, operations: readonly Operation[]): Promise<BatchScope> {
  const loaded: Record<EntityType, Map<string, Ranked<never>>> = {
    node: new Map(),
    relation: new Map(),
    tag: new Map(),
    source: new Map(),
    citation: new Map(),
  };
  const asked = perQuery();
  let wanted = perQuery();
  const byId = new Set(Object.values(BY_ID));
  const want = (q: Query, id: string) => {
    if (asked[q].has(id) || (byId.has(q) && loaded[ENTITY_OF[q]].has(id))) return;
    wanted[q].add(id);
  };
  // a node whose rules are re-checked (or that is deleted): its relations and citations
  const touch = (id: string) => {
    want('nodesByIds', id);
    want('relationsTouchingNodes', id);
    want('citationsOfNodes', id);
  };
  const opIds: Record<EntityType, Set<string>> = { node: new Set(), relation: new Set(), tag: new Set(), source: new Set(), citation: new Set() };
  const deletedSources = new Set<string>();

  for (const op of operations) {
    opIds[op.entity].add(op.id);
    want(BY_ID[op.entity], op.id);
    const data = (op.op === 'delete' ? {} : op.data) as Record<string, unknown>;
    switch (op.entity) {
      case 'node':
        touch(op.id);
        for (const t of (data.tagIds as string[] | undefined) ?? []) want('tagsByIds', t);
        break;
      case 'relation':
        want('relationsTargeting', op.id);
        if (typeof data.fromId === 'string') {
          want('nodesByIds', data.fromId);
          // the duplicate check compares with every relation from the same node
          want('relationsTouchingNodes', data.fromId);
        }
        if (typeof data.toId === 'string') {
          want('nodesByIds', data.toId);
          want('relationsByIds', data.toId);
        }
        break;
      case 'tag':
        if (op.op === 'create' || (op.op === 'update' && data.name !== undefined)) want('allTags', ALL);
        if (op.op === 'delete') want('nodesWithTags', op.id);
        break;
      case 'source':
        if (op.op === 'delete') {
          want('citationsOfSources', op.id);
          deletedSources.add(op.id);
        }
        break;
      case 'citation':
        if (typeof data.nodeId === 'string') touch(data.nodeId);
        if (typeof data.sourceId === 'string') want('sourcesByIds', data.sourceId);
        break;
    }
  }

  let rounds = 0;
  for (;;) {
    const pending = QUERIES.filter((q) => wanted[q].size);
    if (!pending.length) break;
    if (++rounds > MAX_ROUNDS) throw new Error(`The scope of a batch did not settle in ${MAX_ROUNDS} rounds.`);
    const batch = wanted;
    wanted = perQuery();
    const answers = await Promise.all(
      pending.map((q) => {
        const ids = [...batch[q]];
        for (const id of ids) asked[q].add(id);
        return q === 'allTags' ? lookup.allTags() : lookup[q](ids);
      }),
    );
    const fresh: { entity: EntityType; value: { id: string } }[] = [];
    pending.forEach((q, k) => {
      const coll = loaded[ENTITY_OF[q]];
      for (const row of answers[k] as Ranked<{ id: string }>[]) {
        if (coll.has(row.value.id)) continue;
        coll.set(row.value.id, row as Ranked<never>);
        fresh.push({ entity: ENTITY_OF[q], value: row.value });
      }
    });
    // what the newly loaded entities lead to
    for (const { entity, value } of fresh) {
      if (entity === 'relation') {
        const r = value as Relation;
        // the ends it is checked against (toId may name a node or a relation) and its undercuts
        want('nodesByIds', r.fromId);
        want('nodesByIds', r.toId);
        want('relationsByIds', r.toId);
        want('relationsTargeting', r.id);
        if (opIds.relation.has(r.id)) want('relationsTouchingNodes', r.fromId);
      } else if (entity === 'citation') {
        const c = value as Citation;
        if (opIds.citation.has(c.id)) {
          touch(c.nodeId);
          want('sourcesByIds', c.sourceId);
        }
        if (deletedSources.has(c.sourceId)) touch(c.nodeId);
      }
    }
  }

  const state = emptyState();
  const fill = <T extends { id: string }>(target: Map<string, T>, from: Map<string, Ranked<never>>) => {
    const rows = [...from.values()] as Ranked<T>[];
    rows.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    for (const r of rows) target.set(r.value.id, r.value);
  };
  fill(state.nodes, loaded.node);
  fill(state.relations, loaded.relation);
  fill(state.tags, loaded.tag);
  fill(state.sources, loaded.source);
  fill(state.citations, loaded.citation);
  return { state, rounds };
}

/** A lookup over a whole MapState held in memory (the tests' reference); rank is the position in it. */
export function memoryLookup(full: MapState): ScopeLookup {
  const ranked = <T extends { id: string }>(coll: Map<string, T>) => {
    const rows = new Map<string, Ranked<T>>();
    let k = 0;
    for (const v of coll.values()) rows.set(v.id, { value: v, rank: String(k++).padStart(10, '0') });
    return rows;
  };
  const nodes = ranked(full.nodes);
  const relations = ranked(full.relations);
  const tags = ranked(full.tags);
  const sources = ranked(full.sources);
  const citations = ranked(full.citations);
  const byIds = <T>(rows: Map<string, Ranked<T>>) => async (ids: string[]) => ids.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []));
  const where = <T>(rows: Map<string, Ranked<T>>, test: (v: T, ids: Set<string>) => boolean) => async (ids: string[]) => {
    const set = new Set(ids);
    return [...rows.values()].filter((r) => test(r.value, set));
  };
  return {
    nodesByIds: byIds(nodes),
    nodesWithTags: where(nodes, (n, ids) => n.tagIds.some((t) => ids.has(t))),
    relationsByIds: byIds(relations),
    relationsTouchingNodes: where(relations, (r, ids) => ids.has(r.fromId) || ids.has(r.toId)),
    relationsTargeting: where(relations, (r, ids) => ids.has(r.toId)),
    tagsByIds: byIds(tags),
    allTags: async () => [...tags.values()],
    sourcesByIds: byIds(sources),
    citationsByIds: byIds(citations),
    citationsOfNodes: where(citations, (c, ids) => ids.has(c.nodeId)),
    citationsOfSources: where(citations, (c, ids) => ids.has(c.sourceId)),
  };
}

// ---- the database: every query filtered by mapId and answered from an index

const sourceColumns = { id: true, type: true, title: true, authors: true, container: true, publisher: true, date: true, pages: true, url: true, accessed: true, language: true, fingerprint: true, version: true, createdAt: true } as const;
const byCreation = (row: { id: string; createdAt: Date }) => `${row.createdAt.toISOString()}|${row.id}`;
const withTags = { tags: { select: { tagId: true } } } as const;
const order = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

type Rows = { [E in EntityType]: (where: object) => Promise<Ranked<EntityByType[E]>[]> };

/** One map's rows of each entity type matching a filter, in loadState's order. */
function mapRows(tx: Tx, mapId: string): Rows {
  return {
    node: async (where) =>
      (await tx.node.findMany({ where: { mapId, ...where }, include: withTags, orderBy: order })).map((n) => ({ value: nodeOut(n), rank: byCreation(n) })),
    relation: async (where) => (await tx.relation.findMany({ where: { mapId, ...where }, orderBy: order })).map((r) => ({ value: relationOut(r), rank: byCreation(r) })),
    tag: async (where) => (await tx.tag.findMany({ where: { mapId, ...where }, orderBy: { name: 'asc' } })).map((t) => ({ value: tagOut(t), rank: t.name })),
    source: async (where) => {
      const [rows, withText] = await Promise.all([
        tx.source.findMany({ where: { mapId, ...where }, select: sourceColumns, orderBy: order }),
        tx.source.findMany({ where: { mapId, ...where, text: { not: null } }, select: { id: true } }),
      ]);
      const hasText = new Set(withText.map((s) => s.id));
      return rows.map((s) => ({ value: sourceOut(s, hasText.has(s.id)), rank: byCreation(s) }));
    },
    citation: async (where) => (await tx.citation.findMany({ where: { mapId, ...where }, orderBy: order })).map((c) => ({ value: citationOut(c), rank: byCreation(c) })),
  };
}

/** Ids per query: the database's limit on bound parameters (SQLite's is 999 through Prisma) is never reached. */
const CHUNK = 500;
const chunked =
  <T>(query: (ids: string[]) => Promise<T[]>) =>
  async (ids: string[]): Promise<T[]> => {
    const out: T[] = [];
    for (let k = 0; k < ids.length; k += CHUNK) out.push(...(await query(ids.slice(k, k + CHUNK))));
    return out;
  };

/** The lookup inside a batch's transaction. */
export function prismaLookup(tx: Tx, mapId: string): ScopeLookup {
  const rows = mapRows(tx, mapId);
  return {
    nodesByIds: chunked((ids) => rows.node({ id: { in: ids } })),
    nodesWithTags: chunked((tagIds) => rows.node({ tags: { some: { tagId: { in: tagIds } } } })),
    relationsByIds: chunked((ids) => rows.relation({ id: { in: ids } })),
    // two queries, so the fromId half uses the (mapId, fromId, type, toId) index
    relationsTouchingNodes: chunked(async (ids) => [...(await rows.relation({ fromId: { in: ids } })), ...(await rows.relation({ toId: { in: ids } }))]),
    relationsTargeting: chunked((ids) => rows.relation({ toId: { in: ids } })),
    tagsByIds: chunked((ids) => rows.tag({ id: { in: ids } })),
    allTags: () => rows.tag({}),
    sourcesByIds: chunked((ids) => rows.source({ id: { in: ids } })),
    citationsByIds: chunked((ids) => rows.citation({ id: { in: ids } })),
    citationsOfNodes: chunked((ids) => rows.citation({ nodeId: { in: ids } })),
    citationsOfSources: chunked((ids) => rows.citation({ sourceId: { in: ids } })),
  };
}

/** One entity of a map (ids given) or its whole collection, in the API's shape: what GET …/{collection}[/{id}] answers. */
export async function readEntities<E extends EntityType>(tx: Tx, mapId: string, entity: E, ids?: string[]): Promise<EntityByType[E][]> {
  const rows = await (mapRows(tx, mapId)[entity] as Rows[E])(ids ? { id: { in: ids } } : {});
  return rows.map((r) => r.value);
}

/** The batch's scope, read inside its transaction (after the map's lock is taken). */
export async function loadScope(tx: Tx, mapId: string, operations: readonly Operation[]): Promise<MapState> {
  return (await loadBatchScope(prismaLookup(tx, mapId), operations)).state;
}
