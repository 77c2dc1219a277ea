import { proposalMerge } from '@/lib/api/debate-schemas';
import { mergeProposal, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: merges the proposal's new node into an existing node (its relations and citation go there). */
export const POST = route<{ sessionId: string; proposalId: string }>(async (req, { sessionId, proposalId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const body = await readBody(req, proposalMerge);
  return json(await mergeProposal(sessionId, proposalId, viewer, body));
});
