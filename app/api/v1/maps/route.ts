import { mapCreate } from '@/lib/api/schemas';
import { getActor, requireActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { createMap, listMaps } from '@/lib/server/map-admin';

/** The maps the caller is a member of, then public maps. */
export const GET = route(async (req) => {
  const actor = await getActor(req);
  return json({ maps: await listMaps(actor?.id ?? null) });
});

export const POST = route(async (req) => {
  const actor = await requireActor(req);
  const input = await readBody(req, mapCreate);
  const map = await createMap(actor.id, input);
  return json(map, 201, { location: `/api/v1/maps/${map.id}` });
});
