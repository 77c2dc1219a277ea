// The event log of a map: append (inside the writer's transaction), read a page, and
// publish. Every change to a map is one entry, numbered by the map's revision, so the
// log, the revision counter and the data never disagree. Publishing tells the live
// streams that a map has new entries: in this process once the transaction has
// committed, and on PostgreSQL to every server process on the database (NOTIFY is
// delivered at commit, never for a rollback). A notification carries only the map and
// its new revision: readers take the entries themselves from the table, so a lost
// notification delays an event, it never loses one.
import 'server-only';
import type { MapEvent, NewMapEvent } from '@/lib/argument/model';
import { inChunks } from './chunks';
import { db, databaseProvider, onCommit, type Tx } from './db';

export const EVENTS_CHANNEL = 'pleit_events';

type Row = { seq: number; type: string; entity: string; entityId: string; actorId: string | null; at: Date; data: string };

const parse = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
};

/** A stored row as the API hands it out. The row was written from a NewMapEvent, so its type and data agree. */
export function eventOut(e: Row): MapEvent {
  return { seq: e.seq, type: e.type, entity: e.entity, entityId: e.entityId, actorId: e.actorId, at: e.at.toISOString(), data: parse(e.data) } as MapEvent;
}

/**
 * Appends events to a map's log and advances its revision, inside the caller's
 * transaction. The revision update also takes the map row's lock (PostgreSQL), which
 * serializes concurrent writers on one map.
 */
export async function appendEvents(tx: Tx, mapId: string, actorId: string | null, events: readonly NewMapEvent[]): Promise<{ revision: number; events: MapEvent[] }> {
  const map = await tx.argumentMap.update({
    where: { id: mapId },
    data: { revision: { increment: events.length } },
    select: { revision: true },
  });
  const first = map.revision - events.length + 1;
  const at = new Date();
  const rows = events.map((e, k) => ({
    mapId,
    seq: first + k,
    type: e.type,
    entity: e.entity,
    entityId: e.entityId,
    actorId,
    at,
    data: JSON.stringify(e.data ?? null),
  }));
  if (rows.length) {
    await inChunks(rows, (data) => tx.mapEvent.createMany({ data }));
    if (databaseProvider() === 'postgresql') {
      await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${`${mapId}:${map.revision}`})`;
    }
    onCommit(tx, () => publishLocal(mapId, map.revision));
  }
  return {
    revision: map.revision,
    events: events.map((e, k) => ({ ...e, seq: first + k, actorId, at: at.toISOString() }) as MapEvent),
  };
}

// ---- publishing in this process (the live bus listens; lib/server/live)

type Listener = (mapId: string, revision: number) => void;
const g = globalThis as unknown as { pleitEventListeners?: Set<Listener> };
const listeners = (g.pleitEventListeners ??= new Set());

export function onPublished(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishLocal(mapId: string, revision: number) {
  for (const l of listeners) l(mapId, revision);
}

// ---- reading

/** What a reader may see of the log: members all of it, anyone else what is public now. */
export interface LogReader {
  member: boolean;
  /** entries up to and including this seq are redacted for non-members (see publicationSeq) */
  hiddenUpTo: number;
}

/**
 * The seq of the change that last published the map (PRIVATE → LINK or PUBLIC), or 0
 * when it was never private. Non-members see nothing from before it: earlier titles,
 * deleted sources and who was a member stay with the members.
 */
export async function publicationSeq(mapId: string): Promise<number> {
  const lastPrivate = await db().mapEvent.findFirst({
    where: { mapId, entity: 'map', data: { contains: '"visibility":"PRIVATE"' } },
    orderBy: { seq: 'desc' },
    select: { seq: true },
  });
  if (!lastPrivate) return 0;
  const published = await db().mapEvent.findFirst({
    where: { mapId, entity: 'map', seq: { gt: lastPrivate.seq }, OR: [{ data: { contains: '"visibility":"LINK"' } }, { data: { contains: '"visibility":"PUBLIC"' } }] },
    orderBy: { seq: 'asc' },
    select: { seq: true },
  });
  // still private: only members read it, and they see everything
  return published ? published.seq - 1 : Number.MAX_SAFE_INTEGER;
}

export async function logReader(mapId: string, member: boolean): Promise<LogReader> {
  return { member, hiddenUpTo: member ? 0 : await publicationSeq(mapId) };
}

/** An entry as a given reader sees it: the same seq, but nothing a non-member may not see. */
export function redact(e: MapEvent, reader: LogReader): MapEvent {
  if (reader.member) return e;
  if (e.seq <= reader.hiddenUpTo || e.entity === 'member') {
    return { seq: e.seq, type: 'redacted', entity: 'redacted', entityId: '', actorId: null, at: e.at, data: null };
  }
  return { ...e, actorId: null } as MapEvent;
}

/** A page of the log after `after`, oldest first. */
export async function readEvents(mapId: string, after: number, limit: number): Promise<{ events: MapEvent[]; hasMore: boolean }> {
  const rows = await db().mapEvent.findMany({ where: { mapId, seq: { gt: after } }, orderBy: { seq: 'asc' }, take: limit + 1 });
  return { events: rows.slice(0, limit).map(eventOut), hasMore: rows.length > limit };
}
