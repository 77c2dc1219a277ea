import { voteRequest } from '@/lib/api/debate-schemas';
import { castVote, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** A participant's vote on a node (agreement −2…2, impact 0…4) or on a relation (impact only); changeable while voting is open. */
export const PUT = route<{ sessionId: string; nodeId: string }>(async (req, { sessionId, nodeId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const vote = await readBody(req, voteRequest);
  return json(await castVote(sessionId, nodeId, viewer, vote));
});
