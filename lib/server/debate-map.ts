// A session's map, followed live by its readers (participants are guests: the map's own
// stream is for its members and its visibility): GET /sessions/{id}/map/events?after= and
// GET /sessions/{id}/map/stream, authorised by the session (a participant's token or cookie,
// or the map role of a member) and re-checked while the stream is open
// (lib/server/debate-streams.ts). What a reader gets is the map's own log, entry for entry
// (same seq, so the editor's document store merges it as it merges the map stream), as a
// non-member of a public map would see it: no actor ids, membership entries and everything
// from before the session started as `redacted` placeholders.
import 'server-only';
import type { NextRequest } from 'next/server';
import type { MapEvent } from '@/lib/argument/model';
import { db } from './db';
import { holdSessionStream } from './debate-streams';
import { sessionCaller } from './debate';
import { readEvents, redact, type LogReader } from './event-log';
import { HttpError } from './http';
import { subscribe, type LiveLog } from './live/bus';
import { sseResponse, streamCursor } from './live/sse-response';

const startRevisions = new Map<string, number>();

/**
 * The map's revision when the session started: written into its first entry
 * (`session.started`); for sessions started before that, the last map entry written
 * before the session's creation.
 */
export async function startRevision(session: { id: string; mapId: string; createdAt: Date }): Promise<number> {
  const known = startRevisions.get(session.id);
  if (known !== undefined) return known;
  const first = await db().sessionEvent.findFirst({ where: { sessionId: session.id, seq: 1 }, select: { data: true } });
  let revision: number | undefined;
  try {
    const r = (JSON.parse(first?.data ?? 'null') as { revision?: unknown } | null)?.revision;
    if (typeof r === 'number') revision = r;
  } catch {
    /* an unreadable entry: fall back below */
  }
  if (revision === undefined) {
    const before = await db().mapEvent.findFirst({ where: { mapId: session.mapId, at: { lt: session.createdAt } }, orderBy: { seq: 'desc' }, select: { seq: true } });
    revision = before?.seq ?? 0;
  }
  if (startRevisions.size > 10_000) startRevisions.clear();
  startRevisions.set(session.id, revision);
  return revision;
}

type Caller = Awaited<ReturnType<typeof sessionCaller>>;

/** A participant follows the map while the session is live; a member of the map as long as they are one. */
function requireFollow({ session, viewer }: Caller) {
  if (viewer.participantId && !viewer.moderator && !viewer.role && session.status !== 'live') {
    throw new HttpError(409, 'Conflict', 'This session has ended: its map is no longer followed live.', { type: 'urn:pleit:problem:session-ended', rule: 'session-ended' });
  }
}

async function readerOf(caller: Caller): Promise<LogReader> {
  return { member: false, hiddenUpTo: await startRevision(caller.session) };
}

const mapHead = async (mapId: string) => (await db().argumentMap.findUnique({ where: { id: mapId }, select: { revision: true } }))?.revision ?? null;

/** GET …/map/events?after=&limit=: a page of the map's log as the session's reader sees it. */
export async function sessionMapEvents(req: NextRequest, sessionId: string, after: number, limit: number) {
  const caller = await sessionCaller(req, sessionId);
  requireFollow(caller);
  const reader = await readerOf(caller);
  const [page, head] = await Promise.all([readEvents(caller.session.mapId, after, limit), mapHead(caller.session.mapId)]);
  const events = page.events.map((e) => redact(e, reader));
  return { events, hasMore: page.hasMore, revision: Math.max(head ?? 0, events.at(-1)?.seq ?? 0) };
}

/** GET …/map/stream: the map's log as SSE, resumable with Last-Event-ID or ?after= (without: from the current revision). */
export async function sessionMapStream(req: NextRequest, sessionId: string): Promise<Response> {
  const caller = await sessionCaller(req, sessionId);
  requireFollow(caller);
  const { session, viewer } = caller;
  const reader = await readerOf(caller);
  const head = (await mapHead(session.mapId)) ?? 0;
  const after = streamCursor(req, head);
  const log: LiveLog = { read: (a, limit) => readEvents(session.mapId, a, limit), head: () => mapHead(session.mapId) };
  // participants count against the per-user stream limit as themselves
  const actor = viewer.actor ?? { id: viewer.participantId!, email: '', name: viewer.participant!.name, via: 'token' as const };
  return sseResponse(req, `map of session ${sessionId} after ${after}`, async (io) => {
    let release = () => {};
    const handle = await subscribe(session.mapId, actor, false, after, {
      write: io.write,
      end() {
        release();
        io.end();
      },
    }, { log, view: (e) => redact(e as MapEvent, reader) });
    const forget = holdSessionStream(sessionId, session.mapId, { handle, participantId: viewer.participantId, userId: viewer.actor?.id ?? null });
    const dispose = handle.dispose;
    release = forget;
    return {
      subscriber: handle.subscriber,
      dispose() {
        forget();
        dispose();
      },
    };
  });
}
