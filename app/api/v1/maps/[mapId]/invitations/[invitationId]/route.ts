import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { route } from '@/lib/server/http';
import { withdrawInvitation } from '@/lib/server/invitations';

type P = { mapId: string; invitationId: string };

/** Withdraws a pending invitation (OWNER only). */
export const DELETE = route<P>(async (req, { mapId, invitationId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  await withdrawInvitation(mapId, actor!.id, invitationId);
  return new Response(null, { status: 204 });
});
