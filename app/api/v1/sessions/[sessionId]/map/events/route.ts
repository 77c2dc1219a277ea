import { eventsQuery } from '@/lib/api/schemas';
import { sessionMapEvents } from '@/lib/server/debate-map';
import { json, readQuery, route } from '@/lib/server/http';

/**
 * The session's map log after `after` (as GET /maps/{id}/events gives it), for the
 * session's participants and the map's members: entries from before the session started
 * and membership changes as `redacted`, no actor ids. 409 for a participant once the session ended.
 */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { after, limit } = readQuery(req, eventsQuery);
  return json(await sessionMapEvents(req, sessionId, after, limit));
});
