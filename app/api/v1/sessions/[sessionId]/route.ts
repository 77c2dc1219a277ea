import { sessionUpdate } from '@/lib/api/debate-schemas';
import { sessionCaller, sessionView, updateSession } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** The session as the caller sees it (the moderator: every proposal and who is online). */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { session, viewer } = await sessionCaller(req, sessionId);
  return json(await sessionView(session, viewer));
});

/** Moderator: mode, locks, voting, voter names, or ending the session. */
export const PATCH = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const patch = await readBody(req, sessionUpdate);
  const updated = await updateSession(sessionId, viewer, patch);
  return json(await sessionView(updated, viewer));
});
