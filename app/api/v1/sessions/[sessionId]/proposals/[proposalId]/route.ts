import { proposalEdit } from '@/lib/api/debate-schemas';
import { LIMITS } from '@/lib/api/schemas';
import { editProposal, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** The author changes a pending proposal (its operations, checked again, and its note). */
export const PATCH = route<{ sessionId: string; proposalId: string }>(async (req, { sessionId, proposalId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const body = await readBody(req, proposalEdit, LIMITS.batchBodyBytes);
  return json(await editProposal(sessionId, proposalId, viewer, body));
});
