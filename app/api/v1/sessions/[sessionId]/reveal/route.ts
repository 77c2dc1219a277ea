import { revealRequest } from '@/lib/api/debate-schemas';
import { reveal, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: reveals the results of some nodes, or of all (no nodeIds). */
export const POST = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const body = await readBody(req, revealRequest);
  return json(await reveal(sessionId, viewer, body?.nodeIds));
});
