import { spotlightRequest } from '@/lib/api/debate-schemas';
import { sessionCaller, setSpotlight } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: focuses every participant's view on a node, or null to release it. */
export const POST = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const { nodeId } = await readBody(req, spotlightRequest);
  return json(await setSpotlight(sessionId, viewer, nodeId));
});
