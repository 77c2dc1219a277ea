import { requireActor } from '@/lib/server/auth';
import { json, route } from '@/lib/server/http';
import { acceptInvitation } from '@/lib/server/invitations';

/** Accepts one of the caller's invitations: they become a member with its role. */
export const POST = route<{ invitationId: string }>(async (req, { invitationId }) => {
  const actor = await requireActor(req);
  return json(await acceptInvitation(actor, invitationId));
});
