import { eventView, sessionCaller, sessionKey, sessionLog } from '@/lib/server/debate';
import { route } from '@/lib/server/http';
import { subscribe } from '@/lib/server/live/bus';
import { sseResponse, streamCursor } from '@/lib/server/live/sse-response';

export const dynamic = 'force-dynamic';

/**
 * The session's event log as Server-Sent Events, resumable by Last-Event-ID or ?after=
 * exactly like a map's. Every reader gets every seq; an entry that is not theirs to see
 * (another participant's proposal, votes coming in) arrives as `redacted`.
 */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { session, viewer } = await sessionCaller(req, sessionId);
  const after = streamCursor(req, session.seq);
  // participants count against the per-user stream limit as themselves
  const actor = viewer.actor ?? (viewer.participantId ? { id: viewer.participantId, email: '', name: viewer.participant!.name, via: 'token' as const } : null);
  return sseResponse(req, `stream of session ${sessionId} after ${after}`, (io) =>
    subscribe(sessionKey(sessionId), actor, true, after, io, { log: sessionLog(sessionId), view: eventView(viewer) }),
  );
});
