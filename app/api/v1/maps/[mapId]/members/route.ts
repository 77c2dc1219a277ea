import { memberCreate } from '@/lib/api/schemas';
import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { addMember, listMembers } from '@/lib/server/map-admin';

type P = { mapId: string };

export const GET = route<P>(async (req, { mapId }) => {
  await requireRole(await getActor(req), mapId, 'OWNER');
  return json({ members: await listMembers(mapId) });
});

export const POST = route<P>(async (req, { mapId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const input = await readBody(req, memberCreate);
  return json(await addMember(mapId, actor!.id, input), 201);
});
