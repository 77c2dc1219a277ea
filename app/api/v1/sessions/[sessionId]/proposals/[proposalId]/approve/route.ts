import { proposalApprove } from '@/lib/api/debate-schemas';
import { LIMITS } from '@/lib/api/schemas';
import { approveProposal, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: applies the proposal (or the moderator's edit of it) as one batch. */
export const POST = route<{ sessionId: string; proposalId: string }>(async (req, { sessionId, proposalId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const body = await readBody(req, proposalApprove, LIMITS.batchBodyBytes);
  return json(await approveProposal(sessionId, proposalId, viewer, body?.operations));
});
