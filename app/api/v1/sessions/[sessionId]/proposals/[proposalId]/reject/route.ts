import { proposalReject } from '@/lib/api/debate-schemas';
import { rejectProposal, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: rejects the proposal with a reason its author sees. */
export const POST = route<{ sessionId: string; proposalId: string }>(async (req, { sessionId, proposalId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const { reason } = await readBody(req, proposalReject);
  return json(await rejectProposal(sessionId, proposalId, viewer, reason));
});
