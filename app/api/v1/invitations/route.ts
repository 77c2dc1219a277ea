import { requireActor } from '@/lib/server/auth';
import { json, route } from '@/lib/server/http';
import { invitationsFor } from '@/lib/server/invitations';

/** The invitations waiting for the caller's e-mail address. */
export const GET = route(async (req) => {
  const actor = await requireActor(req);
  return json({ invitations: await invitationsFor(actor.email) });
});
