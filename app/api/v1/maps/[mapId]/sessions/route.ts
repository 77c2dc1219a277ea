import { sessionCreate } from '@/lib/api/debate-schemas';
import { roleAtLeast } from '@/lib/argument/model';
import { requireRead } from '@/lib/server/access';
import { getActor, requireActor } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { sessionView, startSession } from '@/lib/server/debate';
import { forbidden, json, readBody, route, unauthorized } from '@/lib/server/http';

/** The map's sessions, live first (members of the map; the code only for its moderators). */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await getActor(req);
  const access = await requireRead(actor, mapId);
  if (!access.role) throw actor ? forbidden('Only members of the map see its sessions.') : unauthorized();
  const rows = await db().debateSession.findMany({ where: { mapId }, orderBy: [{ status: 'desc' }, { createdAt: 'desc' }], take: 100 });
  const moderator = roleAtLeast(access.role, 'MODERATOR');
  return json({
    sessions: rows.map((s) => ({ id: s.id, title: s.title, mode: s.mode, status: s.status, code: moderator || s.createdById === actor?.id ? s.liveCode : null, createdAt: s.createdAt.toISOString(), endedAt: s.endedAt?.toISOString() ?? null, endRevision: s.endRevision })),
  });
});

/** Starts a debate session on the map (OWNER or MODERATOR; at most one live session per map). */
export const POST = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await requireActor(req);
  const input = await readBody(req, sessionCreate);
  const s = await startSession(mapId, actor, input);
  const view = await sessionView(s, { actor, participant: null, participantId: null, moderator: true, role: null });
  return json({ ...view, joinUrl: `${req.nextUrl.origin}/join?code=${s.code}` }, 201);
});
