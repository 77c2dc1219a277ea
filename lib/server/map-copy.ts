// Copies of a map made on the server: "Duplicate" (the caller's own copy) and the class
// templates (lib/server/templates.ts). A copy is a new PRIVATE map with fresh ids for
// everything on it, written through the same spine as every edit (applyBatchInTx: the
// rules, the quote checks, the event log), in one transaction with the new map, so a
// copy is all there or not at all.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Role, Source, Visibility } from '@/lib/argument/model';
import type { Operation } from '@/lib/argument/operations';
import { LIMITS } from '@/lib/api/schemas';
import { writeTransaction, type Tx } from './db';
import { HttpError, notFound } from './http';
import { appendEvents } from './event-log';
import { applyBatchInTx, loadState } from './maps';
import { mapOut } from './map-admin';

/**
 * What one copy may hold: nodes, relations, tags, sources and citations together, as
 * many as one operations batch. It bounds the transaction (on SQLite every write in the
 * process waits for it: about 2 s at the limit on a 2-core machine).
 */
export const COPY_LIMIT = LIMITS.operationsPerBatch;

export const copyTooLarge = (count: number) =>
  new HttpError(413, 'Map too large to copy here', `This map has ${count} nodes, relations, tags, sources and citations; the server copies at most ${COPY_LIMIT}. Use "Make a copy" in the editor, which copies in parts.`, {
    type: 'urn:pleit:problem:copy-too-large',
    limit: COPY_LIMIT,
  });

export interface CopyOptions {
  title: string;
  ownerId: string;
  /** source texts are members' business: copied only when the copier may read them */
  withTexts: boolean;
  /** further members of the copy (a teacher who reads the students' copies) */
  alsoMembers?: { userId: string; role: Role }[];
}

/** Copies the map `sourceId` into a new map inside the caller's write transaction. */
export async function copyMapInTx(tx: Tx, sourceId: string, opts: CopyOptions) {
  const original = await tx.argumentMap.findUnique({ where: { id: sourceId } });
  if (!original) throw notFound('map');
  const state = await loadState(tx, sourceId);
  const count = state.nodes.size + state.relations.size + state.tags.size + state.sources.size + state.citations.size;
  if (count > COPY_LIMIT) throw copyTooLarge(count);

  const map = await tx.argumentMap.create({
    data: { title: opts.title.slice(0, LIMITS.mapTitle), description: original.description, language: original.language, visibility: 'PRIVATE', ownerId: opts.ownerId },
  });
  const members = [{ userId: opts.ownerId, role: 'OWNER' as Role }, ...(opts.alsoMembers ?? []).filter((m) => m.userId !== opts.ownerId)];
  await tx.mapMember.createMany({ data: members.map((m) => ({ mapId: map.id, userId: m.userId, role: m.role })) });
  await appendEvents(tx, map.id, opts.ownerId, [
    { type: 'map.created', entity: 'map', entityId: map.id, data: { title: map.title, description: map.description, language: map.language, visibility: 'PRIVATE' } },
    ...members.map((m) => ({ type: 'member.added' as const, entity: 'member' as const, entityId: m.userId, data: { userId: m.userId, role: m.role } })),
  ]);

  const ids = new Map<string, string>();
  const fresh = (id: string) => {
    let next = ids.get(id);
    if (!next) ids.set(id, (next = randomUUID()));
    return next;
  };
  // tags and sources first; the texts are stored before the citations are written, so
  // that each citation's quote is checked against its source's text as usual
  const first: Operation[] = [];
  for (const t of state.tags.values()) first.push({ op: 'create', entity: 'tag', id: fresh(t.id), data: { name: t.name, color: t.color } });
  for (const s of state.sources.values()) {
    const { id: _id, version: _v, hasText: _h, ...data } = s;
    first.push({ op: 'create', entity: 'source', id: fresh(s.id), data });
  }
  if (first.length) await applyBatchInTx(tx, map.id, opts.ownerId, first);

  if (opts.withTexts) {
    const texts = await tx.source.findMany({ where: { mapId: sourceId, text: { not: null } }, select: { id: true, text: true } });
    for (const row of texts) {
      const id = ids.get(row.id)!;
      await tx.source.update({ where: { mapId_id: { mapId: map.id, id } }, data: { text: row.text, version: 2 } });
      const s = state.sources.get(row.id)!;
      const after: Source = { ...s, id, hasText: true, version: 2 };
      await appendEvents(tx, map.id, opts.ownerId, [{ type: 'source.updated', entity: 'source', entityId: id, data: after }]);
    }
  }

  const second: Operation[] = [];
  for (const n of state.nodes.values()) {
    second.push({ op: 'create', entity: 'node', id: fresh(n.id), data: { kind: n.kind, title: n.title, body: n.body, x: n.x, y: n.y, tagIds: n.tagIds.map((t) => ids.get(t)!).filter(Boolean) } });
  }
  // relations in an order where an undercut comes after the relation it attacks
  const pending = [...state.relations.values()];
  const placed = new Set<string>();
  while (pending.length) {
    const before = pending.length;
    for (let k = 0; k < pending.length; k++) {
      const r = pending[k];
      if (r.type === 'UNDERCUTS' && !placed.has(r.toId)) continue;
      second.push({ op: 'create', entity: 'relation', id: fresh(r.id), data: { type: r.type, fromId: ids.get(r.fromId) ?? fresh(r.fromId), toId: ids.get(r.toId) ?? fresh(r.toId) } });
      placed.add(r.id);
      pending.splice(k--, 1);
    }
    if (pending.length === before) break; // an undercut of a missing relation: left out
  }
  for (const c of state.citations.values()) {
    second.push({ op: 'create', entity: 'citation', id: fresh(c.id), data: { nodeId: ids.get(c.nodeId)!, sourceId: ids.get(c.sourceId)!, quote: c.quote, locator: c.locator } });
  }
  let revision = (await tx.argumentMap.findUniqueOrThrow({ where: { id: map.id }, select: { revision: true } })).revision;
  if (second.length) revision = (await applyBatchInTx(tx, map.id, opts.ownerId, second)).revision;
  const created = await tx.argumentMap.findUniqueOrThrow({ where: { id: map.id } });
  return mapOut({ ...created, revision, visibility: created.visibility as Visibility }, 'OWNER');
}

/**
 * "Duplicate": the caller's own copy of a map they may read. Source texts come along
 * only for members (a LINK or PUBLIC map shows its texts to members only).
 */
export async function duplicateMap(actorId: string, mapId: string, title: string) {
  return writeTransaction(async (tx) => {
    const member = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId, userId: actorId } }, select: { role: true } });
    const map = await tx.argumentMap.findUnique({ where: { id: mapId }, select: { visibility: true } });
    if (!map || (!member && map.visibility === 'PRIVATE')) throw notFound('map');
    return copyMapInTx(tx, mapId, { title, ownerId: actorId, withTexts: !!member });
  });
}
