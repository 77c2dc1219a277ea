import { participantUpdate } from '@/lib/api/debate-schemas';
import { sessionCaller, updateParticipant } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: renames a participant or assigns a side. */
export const PATCH = route<{ sessionId: string; participantId: string }>(async (req, { sessionId, participantId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const patch = await readBody(req, participantUpdate);
  return json(await updateParticipant(sessionId, participantId, viewer, patch));
});

/** Moderator: removes a participant (their token stops working; they cannot rejoin). */
export const DELETE = route<{ sessionId: string; participantId: string }>(async (req, { sessionId, participantId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  await updateParticipant(sessionId, participantId, viewer, 'remove');
  return new Response(null, { status: 204 });
});
