import { prepRequest } from '@/lib/api/debate-schemas';
import { prepAction, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: start a side's preparation clock, or stop it. Each side's bank is derived from the server's clock. */
export const POST = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const { action, side } = await readBody(req, prepRequest);
  return json(await prepAction(sessionId, viewer, action, side));
});
