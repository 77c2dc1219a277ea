import { requireActor } from '@/lib/server/auth';
import { route } from '@/lib/server/http';
import { declineInvitation } from '@/lib/server/invitations';

/** Declines one of the caller's invitations. */
export const POST = route<{ invitationId: string }>(async (req, { invitationId }) => {
  const actor = await requireActor(req);
  await declineInvitation(actor, invitationId);
  return new Response(null, { status: 204 });
});
