import { proposalCreate } from '@/lib/api/debate-schemas';
import { LIMITS } from '@/lib/api/schemas';
import { createProposal, sessionCaller, sessionView } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** The proposals the caller may see: a participant its own, the moderator all. */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { session, viewer } = await sessionCaller(req, sessionId);
  return json({ proposals: (await sessionView(session, viewer)).proposals });
});

/** A participant proposes operations: queued (moderated) or applied at once (open). */
export const POST = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const input = await readBody(req, proposalCreate, LIMITS.bodyBytes);
  return json(await createProposal(sessionId, viewer, input), 201);
});
