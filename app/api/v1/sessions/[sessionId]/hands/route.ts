import { z } from 'zod';
import { handRequest } from '@/lib/api/debate-schemas';
import { lowerHand, raiseHand, sessionCaller } from '@/lib/server/debate';
import { json, readBody, readQuery, route } from '@/lib/server/http';

/** A participant raises a hand (reply: a direct reply to the speaker, ahead of new points). */
export const POST = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const body = await readBody(req, handRequest);
  return json(await raiseHand(sessionId, viewer, body?.reply ?? false), 201);
});

/** Lowers the caller's hand, or (moderator) ?participantId='s. */
export const DELETE = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { viewer } = await sessionCaller(req, sessionId);
  const { participantId } = readQuery(req, z.object({ participantId: z.string().min(1).max(100).optional() }));
  await lowerHand(sessionId, viewer, participantId);
  return new Response(null, { status: 204 });
});
