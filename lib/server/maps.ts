// The map repository: loads a map's state, applies batches of operations in one
// transaction (their events go to the event log, lib/server/event-log.ts), and
// serializes entities to the API's shapes.
import 'server-only';
import { entityEvent, type ArgNode, type Author, type Citation, type EntityType, type Locator, type MapEvent, type NodeKind, type QuoteStatus, type Relation, type RelationType, type Role, type Source, type SourceType, type Tag } from '@/lib/argument/model';
import { applyOperations, emptyState, OperationError, type Change, type MapState, type Operation } from '@/lib/argument/operations';
import type { Tx } from './db';
import { writeTransaction } from './db';
import { requireRoleInTx } from './access';
import { inChunks } from './chunks';
import { appendEvents } from './event-log';
import { checkBatchQuotes } from '@/lib/server/sourcing/batch-check';
import { loadScope } from './batch-scope';


const parseJson = <T>(s: string, fallback: T): T => {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

type NodeRow = { id: string; kind: string; title: string; body: string; x: number; y: number; version: number; tags: { tagId: string }[] };
export const nodeOut = (n: NodeRow): ArgNode => ({
  id: n.id,
  kind: n.kind as NodeKind,
  title: n.title,
  body: n.body,
  x: n.x,
  y: n.y,
  tagIds: n.tags.map((t) => t.tagId),
  version: n.version,
});
export const relationOut = (r: { id: string; type: string; fromId: string; toId: string; version: number }): Relation => ({
  id: r.id,
  type: r.type as RelationType,
  fromId: r.fromId,
  toId: r.toId,
  version: r.version,
});
export const tagOut = (t: { id: string; name: string; color: string; version: number }): Tag => ({ id: t.id, name: t.name, color: t.color, version: t.version });
type SourceRow = { id: string; type: string; title: string; authors: string; container: string; publisher: string; date: string; pages: string; url: string; accessed: string; language: string; fingerprint?: string | null; version: number };
export const sourceOut = (s: SourceRow, hasText: boolean): Source => ({
  id: s.id,
  type: s.type as SourceType,
  title: s.title,
  authors: parseJson<Author[]>(s.authors, []),
  container: s.container,
  publisher: s.publisher,
  date: s.date,
  pages: s.pages,
  url: s.url,
  accessed: s.accessed,
  language: s.language,
  hasText,
  ...(s.fingerprint ? { fingerprint: s.fingerprint } : {}),
  version: s.version,
});
export const citationOut = (c: { id: string; nodeId: string; sourceId: string; quote: string; locator: string; quoteStatus?: string; version: number }): Citation => ({
  id: c.id,
  nodeId: c.nodeId,
  sourceId: c.sourceId,
  quote: c.quote,
  locator: parseJson<Locator>(c.locator, {}),
  // sourcing: whether the quote was found in the source's stored text (lib/sourcing/check.ts)
  quoteStatus: (c.quoteStatus ?? 'unchecked') as QuoteStatus,
  version: c.version,
});

export const sourceColumns = { id: true, type: true, title: true, authors: true, container: true, publisher: true, date: true, pages: true, url: true, accessed: true, language: true, fingerprint: true, version: true } as const;

/** The whole graph of a map (without source texts). */
export async function loadState(tx: Tx, mapId: string): Promise<MapState> {
  const [nodes, relations, tags, sources, withText, citations] = await Promise.all([
    tx.node.findMany({ where: { mapId }, include: { tags: { select: { tagId: true } } }, orderBy: { createdAt: 'asc' } }),
    tx.relation.findMany({ where: { mapId }, orderBy: { createdAt: 'asc' } }),
    tx.tag.findMany({ where: { mapId }, orderBy: { name: 'asc' } }),
    tx.source.findMany({ where: { mapId }, select: sourceColumns, orderBy: { createdAt: 'asc' } }),
    tx.source.findMany({ where: { mapId, text: { not: null } }, select: { id: true } }),
    tx.citation.findMany({ where: { mapId }, orderBy: { createdAt: 'asc' } }),
  ]);
  const hasText = new Set(withText.map((s) => s.id));
  const state = emptyState();
  for (const n of nodes) state.nodes.set(n.id, nodeOut(n));
  for (const r of relations) state.relations.set(r.id, relationOut(r));
  for (const t of tags) state.tags.set(t.id, tagOut(t));
  for (const s of sources) state.sources.set(s.id, sourceOut(s, hasText.has(s.id)));
  for (const c of citations) state.citations.set(c.id, citationOut(c));
  return state;
}

export function stateToGraph(state: MapState) {
  return {
    nodes: [...state.nodes.values()],
    relations: [...state.relations.values()],
    tags: [...state.tags.values()],
    sources: [...state.sources.values()],
    citations: [...state.citations.values()],
  };
}

/** Takes the map's write lock before its state is read (PostgreSQL row lock; SQLite's writer lock). */
export async function lockMap(tx: Tx, mapId: string) {
  await tx.$executeRaw`UPDATE "ArgumentMap" SET "revision" = "revision" WHERE "id" = ${mapId}`;
}

export interface BatchResult {
  revision: number;
  changes: Change[];
  events: MapEvent[];
}

/**
 * Applies a batch all-or-nothing: authorization, validation, the writes and their
 * events in one transaction. The caller's role is checked here, after the map's lock is
 * taken, so a member removed while the request was on its way writes nothing.
 */
export async function applyBatch(mapId: string, actorId: string, operations: Operation[], needed: Role = 'EDITOR'): Promise<BatchResult> {
  return writeTransaction(async (tx) => {
    await lockMap(tx, mapId);
    await requireRoleInTx(tx, actorId, mapId, needed);
    return applyBatchInTx(tx, mapId, actorId, operations);
  });
}

/**
 * The batch's validation, writes and events inside a caller's transaction that has
 * taken the map's lock and authorized the writer (a debate session's approval).
 */
export async function applyBatchInTx(tx: Tx, mapId: string, actorId: string | null, operations: Operation[]): Promise<BatchResult> {
  {
    const state = await loadScope(tx, mapId, operations);
    // sourcing: citations are checked against their sources' stored texts (422 quote-not-in-source)
    const changes = await checkBatchQuotes(tx, mapId, applyOperations(state, operations).changes);
    await persist(tx, mapId, changes);
    const { revision, events } = await appendEvents(
      tx,
      mapId,
      actorId,
      changes.map((c) => entityEvent(c.entity, c.kind, c.id, (c.after ?? c.before)!)),
    );
    return { revision, changes, events };
  }
}

/** Writes changes in order; consecutive creates of one entity type go in one statement. */
async function persist(tx: Tx, mapId: string, changes: Change[]) {
  let pending: Change[] = [];
  const flush = async () => {
    if (pending.length) await createMany(tx, mapId, pending);
    pending = [];
  };
  for (const c of changes) {
    if (c.kind === 'created') {
      if (pending.length && pending[0].entity !== c.entity) await flush();
      pending.push(c);
      continue;
    }
    await flush();
    if (c.kind === 'updated') await update(tx, mapId, c);
    else await remove(tx, mapId, c.entity, c.id);
  }
  await flush();
}

async function createMany(tx: Tx, mapId: string, changes: Change[]) {
  const entity = changes[0].entity;
  const values = changes.map((c) => c.after!);
  switch (entity) {
    case 'node': {
      const nodes = values as ArgNode[];
      await inChunks(nodes.map((n) => ({ id: n.id, mapId, kind: n.kind, title: n.title, body: n.body, x: n.x, y: n.y, version: n.version })), (data) => tx.node.createMany({ data }));
      const links = nodes.flatMap((n) => n.tagIds.map((tagId) => ({ mapId, nodeId: n.id, tagId })));
      if (links.length) await inChunks(links, (data) => tx.nodeTag.createMany({ data }));
      return;
    }
    case 'relation':
      await inChunks((values as Relation[]).map((r) => ({ ...r, mapId })), (data) => tx.relation.createMany({ data }));
      return;
    case 'tag':
      await inChunks((values as Tag[]).map((t) => ({ ...t, mapId })), (data) => tx.tag.createMany({ data }));
      return;
    case 'source':
      await inChunks((values as Source[]).map((s) => sourceRow(s, mapId)), (data) => tx.source.createMany({ data }));
      return;
    case 'citation':
      await inChunks((values as Citation[]).map((c) => ({ ...c, mapId, locator: JSON.stringify(c.locator) })), (data) => tx.citation.createMany({ data }));
      return;
  }
}

function sourceRow(s: Source, mapId: string) {
  const { hasText: _hasText, authors, fingerprint, ...rest } = s;
  // "" (or none) is no fingerprint: null, so that an update can remove it
  return { ...rest, mapId, authors: JSON.stringify(authors), fingerprint: fingerprint || null };
}

/** An update guarded by the version the batch saw: a concurrent writer makes it fail. */
async function update(tx: Tx, mapId: string, c: Change) {
  const where = { mapId, id: c.id, version: c.before!.version };
  let count: number;
  switch (c.entity) {
    case 'node': {
      const { id: _id, tagIds, ...fields } = c.after as ArgNode;
      ({ count } = await tx.node.updateMany({ where, data: fields }));
      const before = (c.before as ArgNode).tagIds;
      if (before.join() !== tagIds.join()) {
        await tx.nodeTag.deleteMany({ where: { mapId, nodeId: c.id } });
        if (tagIds.length) await tx.nodeTag.createMany({ data: tagIds.map((tagId) => ({ mapId, nodeId: c.id, tagId })) });
      }
      break;
    }
    case 'relation': {
      const { id: _id, ...fields } = c.after as Relation;
      ({ count } = await tx.relation.updateMany({ where, data: fields }));
      break;
    }
    case 'tag': {
      const { id: _id, ...fields } = c.after as Tag;
      ({ count } = await tx.tag.updateMany({ where, data: fields }));
      break;
    }
    case 'source': {
      const { id: _id, mapId: _m, ...fields } = sourceRow(c.after as Source, '');
      ({ count } = await tx.source.updateMany({ where, data: fields }));
      break;
    }
    case 'citation': {
      const { id: _id, locator, ...fields } = c.after as Citation;
      ({ count } = await tx.citation.updateMany({ where, data: { ...fields, locator: JSON.stringify(locator) } }));
      break;
    }
  }
  if (count !== 1) {
    throw new OperationError(409, 'version-conflict', `The ${c.entity} was changed by someone else; reload it.`, c.opIndex);
  }
}

async function remove(tx: Tx, mapId: string, entity: EntityType, id: string) {
  switch (entity) {
    case 'node':
      await tx.node.deleteMany({ where: { mapId, id } });
      return;
    case 'relation':
      await tx.relation.deleteMany({ where: { mapId, id } });
      return;
    case 'tag':
      await tx.tag.deleteMany({ where: { mapId, id } });
      return;
    case 'source':
      await tx.source.deleteMany({ where: { mapId, id } });
      return;
    case 'citation':
      await tx.citation.deleteMany({ where: { mapId, id } });
      return;
  }
}
