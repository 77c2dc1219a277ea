import { floorRequest } from '@/lib/api/debate-schemas';
import { giveFloor, sessionCaller } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Moderator: gives the floor to a participant (their hand goes down), or null for nobody. */
export const POST = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const { participantId } = await readBody(req, floorRequest);
  return json(await giveFloor(sessionId, viewer, participantId));
});
