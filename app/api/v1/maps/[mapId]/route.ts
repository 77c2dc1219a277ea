import { deleteQuery, mapUpdate } from '@/lib/api/schemas';
import { requireRead, requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, readQuery, route } from '@/lib/server/http';
import { deleteMap, mapOut, updateMap } from '@/lib/server/map-admin';

type P = { mapId: string };

export const GET = route<P>(async (req, { mapId }) => {
  const access = await requireRead(await getActor(req), mapId);
  return json(mapOut(access.map, access.role));
});

/** Title, description, language: MODERATOR; visibility: OWNER. */
export const PATCH = route<P>(async (req, { mapId }) => {
  const actor = await getActor(req);
  const input = await readBody(req, mapUpdate);
  const access = await requireRole(actor, mapId, input.visibility !== undefined ? 'OWNER' : 'MODERATOR');
  return json(await updateMap(access, actor!.id, input));
});

export const DELETE = route<P>(async (req, { mapId }) => {
  const actor = await getActor(req);
  const access = await requireRole(actor, mapId, 'OWNER');
  const { version } = readQuery(req, deleteQuery);
  await deleteMap(access, actor!.id, version);
  return new Response(null, { status: 204 });
});
