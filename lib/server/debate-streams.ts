// The map streams that a debate session opens to its readers (GET /sessions/{id}/map/stream),
// per process: who holds one, so a removal or the session's end closes it at once in this
// process, and a check every heartbeat (one query per session) closes it in any other
// process (PostgreSQL with several servers). Kept apart from debate.ts, which calls
// `closeSessionStreams` after a removal or an end commits.
import 'server-only';
import { db } from './db';
import { HEARTBEAT_MS, type StreamHandle } from './live/bus';

interface Held {
  handle: StreamHandle;
  /** the participant reading, or null for a member of the map (the moderator, a VIEWER) */
  participantId: string | null;
  /** the signed-in reader, when not a guest */
  userId: string | null;
}

interface Registry {
  sessions: Map<string, { mapId: string; held: Set<Held> }>;
  timer: ReturnType<typeof setInterval> | null;
}
const g = globalThis as unknown as { pleitSessionMapStreams?: Registry };
const registry: Registry = (g.pleitSessionMapStreams ??= { sessions: new Map(), timer: null });

/** Records a session map stream; the returned function forgets it (call it when the stream ends). */
export function holdSessionStream(sessionId: string, mapId: string, held: Held): () => void {
  let entry = registry.sessions.get(sessionId);
  if (!entry) registry.sessions.set(sessionId, (entry = { mapId, held: new Set() }));
  entry.held.add(held);
  if (!registry.timer) {
    registry.timer = setInterval(() => void recheckAll(), HEARTBEAT_MS);
    registry.timer.unref?.();
  }
  return () => {
    const e = registry.sessions.get(sessionId);
    if (!e) return;
    e.held.delete(held);
    if (!e.held.size) registry.sessions.delete(sessionId);
    if (!registry.sessions.size && registry.timer) {
      clearInterval(registry.timer);
      registry.timer = null;
    }
  };
}

/** Closes this process's map streams of a session: of one participant, or (null) of every participant (the session ended). */
export function closeSessionStreams(sessionId: string, participantId: string | null) {
  const e = registry.sessions.get(sessionId);
  if (!e) return;
  for (const h of [...e.held]) if (participantId === null ? h.participantId !== null : h.participantId === participantId) h.handle.subscriber.close('access');
}

/** Every heartbeat: a participant removed, a session ended, a member gone, by any process. */
async function recheckAll() {
  for (const [sessionId, e] of [...registry.sessions]) {
    try {
      const held = [...e.held];
      const participantIds = held.map((h) => h.participantId).filter((id): id is string => !!id);
      const userIds = held.filter((h) => !h.participantId && h.userId).map((h) => h.userId!);
      const [session, gone, members] = await Promise.all([
        db().debateSession.findUnique({ where: { id: sessionId }, select: { status: true } }),
        participantIds.length ? db().participant.findMany({ where: { id: { in: participantIds }, removed: true }, select: { id: true } }) : [],
        userIds.length ? db().mapMember.findMany({ where: { mapId: e.mapId, userId: { in: userIds } }, select: { userId: true } }) : [],
      ]);
      const removed = new Set(gone.map((p) => p.id));
      const stillMembers = new Set(members.map((m) => m.userId));
      for (const h of held) {
        const lost = !session || (h.participantId ? session.status !== 'live' || removed.has(h.participantId) : !!h.userId && !stillMembers.has(h.userId));
        if (lost) h.handle.subscriber.close('access');
      }
    } catch {
      /* the database is away for a moment: the next beat checks again */
    }
  }
}
