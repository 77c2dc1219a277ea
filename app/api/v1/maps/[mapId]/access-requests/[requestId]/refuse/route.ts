import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, route } from '@/lib/server/http';
import { refuseRequest } from '@/lib/server/access-requests';

type P = { mapId: string; requestId: string };

/** Refuses a pending request (OWNER only). */
export const POST = route<P>(async (req, { mapId, requestId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  return json(await refuseRequest(actor!.id, mapId, requestId));
});
