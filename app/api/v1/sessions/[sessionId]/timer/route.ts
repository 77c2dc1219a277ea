import { timerRequest } from '@/lib/api/debate-schemas';
import { sessionCaller, timerAction } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: start, pause, resume, extend, next phase, stop. The state is derived from the server's clock. */
export const POST = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const { action, seconds } = await readBody(req, timerRequest);
  return json(await timerAction(sessionId, viewer, action, seconds));
});
