import { accessRequestGrant } from '@/lib/api/sharing-schemas';
import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { grantRequest } from '@/lib/server/access-requests';

type P = { mapId: string; requestId: string };

/** Grants a pending request with a role {role}: the asker becomes a member (OWNER only). */
export const POST = route<P>(async (req, { mapId, requestId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const { role } = await readBody(req, accessRequestGrant);
  return json(await grantRequest(actor!.id, mapId, requestId, role));
});
