import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { route } from '@/lib/server/http';
import { subscribe } from '@/lib/server/live/bus';
import { sseResponse, streamCursor } from '@/lib/server/live/sse-response';

export const dynamic = 'force-dynamic';

/**
 * The map's event log as Server-Sent Events: one message per entry, its seq as the SSE
 * id and the entry (as GET …/events gives it) as data. Resumes after `Last-Event-ID`
 * (what a browser's EventSource sends when it reconnects) or `?after=`; without either
 * it starts at the map's current revision. `event: presence` messages say who is on
 * the map; `event: closed` ends a stream whose reader lost access (or that was too slow).
 */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await getActor(req);
  const access = await requireRead(actor, mapId);
  const after = streamCursor(req, access.map.revision);
  return sseResponse(req, `stream of map ${mapId} after ${after}`, (io) => subscribe(mapId, actor, access.role !== null, after, io));
});
