import { requireActor } from '@/lib/server/auth';
import { readQuery, route } from '@/lib/server/http';
import { importMapRequest, importQuery } from '@/lib/server/map-import';

/** A map file (Pleit's JSON) becomes a new private map owned by the caller: 201 {map, counts}. */
export const POST = route(async (req) => {
  const actor = await requireActor(req);
  readQuery(req, importQuery);
  return importMapRequest(req, actor.id);
});
