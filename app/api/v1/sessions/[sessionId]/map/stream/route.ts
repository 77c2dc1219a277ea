import { sessionMapStream } from '@/lib/server/debate-map';
import { route } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/**
 * The session's map, live: the map's event stream for the session's readers (a guest has
 * no access to the map's own stream). Resumes after Last-Event-ID or ?after=; ends with
 * `event: closed` when the participant is removed or the session ends.
 */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => sessionMapStream(req, sessionId));
