import { sessionCreate } from '@/lib/api/debate-schemas';
import { requireActor } from '@/lib/server/auth';
import { sessionView, startSession } from '@/lib/server/debate';
import { json, readBody, route } from '@/lib/server/http';

/** Starts a debate session on the map (OWNER or MODERATOR; at most one live session per map). */
export const POST = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await requireActor(req);
  const input = await readBody(req, sessionCreate);
  const s = await startSession(mapId, actor, input);
  const view = await sessionView(s, { actor, participant: null, participantId: null, moderator: true, role: null });
  return json({ ...view, joinUrl: `${req.nextUrl.origin}/join?code=${s.code}` }, 201);
});
