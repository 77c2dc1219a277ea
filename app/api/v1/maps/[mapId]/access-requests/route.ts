import { accessRequestCreate, pathId } from '@/lib/api/sharing-schemas';
import { requireActor } from '@/lib/server/auth';
import { json, notFound, readBody, route } from '@/lib/server/http';
import { isOwner, myRequest, pendingRequests, requestAccess } from '@/lib/server/access-requests';

type P = { mapId: string };

/**
 * OWNERs: the map's pending requests (`view: "owner"`). Anyone else signed in: their
 * own request, if any (`view: "mine"`), the same for a private map and for no map.
 */
export const GET = route<P>(async (req, { mapId }) => {
  const actor = await requireActor(req);
  if (await isOwner(actor.id, mapId)) return json({ view: 'owner', requests: await pendingRequests(mapId) });
  const mine = pathId.safeParse(mapId).success ? await myRequest(actor.id, mapId) : null;
  return json({ view: 'mine', requests: mine ? [mine] : [] });
});

/** Asks the OWNERs for access: 201 (new or asked again), 200 (pending already, message updated). */
export const POST = route<P>(async (req, { mapId }) => {
  const actor = await requireActor(req);
  if (!pathId.safeParse(mapId).success) throw notFound('map');
  const input = await readBody(req, accessRequestCreate);
  const { created, request } = await requestAccess(actor, mapId, input);
  return json(request, created ? 201 : 200);
});
