import { invitationCreate } from '@/lib/api/schemas';
import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { createInvitation, listMapInvitations } from '@/lib/server/invitations';

type P = { mapId: string };

/** The map's pending invitations (OWNER only). */
export const GET = route<P>(async (req, { mapId }) => {
  await requireRole(await getActor(req), mapId, 'OWNER');
  return json({ invitations: await listMapInvitations(mapId) });
});

/** Invites an e-mail address: 201 whether or not it has an account. */
export const POST = route<P>(async (req, { mapId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const input = await readBody(req, invitationCreate);
  return json(await createInvitation(mapId, actor!.id, input), 201);
});
