import { deleteQuery, memberUpdate } from '@/lib/api/schemas';
import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, readQuery, route } from '@/lib/server/http';
import { changeMember } from '@/lib/server/map-admin';

type P = { mapId: string; userId: string };

export const PATCH = route<P>(async (req, { mapId, userId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const input = await readBody(req, memberUpdate);
  return json(await changeMember(mapId, actor!.id, userId, input));
});

export const DELETE = route<P>(async (req, { mapId, userId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const { version } = readQuery(req, deleteQuery);
  await changeMember(mapId, actor!.id, userId, { remove: true, version });
  return new Response(null, { status: 204 });
});
