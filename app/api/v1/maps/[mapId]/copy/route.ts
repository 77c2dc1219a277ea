import { mapCopy } from '@/lib/api/sharing-schemas';
import { requireRead } from '@/lib/server/access';
import { requireActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { duplicateMap } from '@/lib/server/map-copy';

type P = { mapId: string };

/** Duplicates a map the caller may read into a new PRIVATE map of their own: 201 with the new map. */
export const POST = route<P>(async (req, { mapId }) => {
  const actor = await requireActor(req);
  const access = await requireRead(actor, mapId);
  const { title } = await readBody(req, mapCopy);
  return json(await duplicateMap(actor.id, mapId, title ?? `${access.map.title} (copy)`), 201);
});
