import { memberCreate } from '@/lib/api/schemas';
import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { createInvitation, listMapInvitations } from '@/lib/server/invitations';
import { listMembers } from '@/lib/server/map-admin';

type P = { mapId: string };

export const GET = route<P>(async (req, { mapId }) => {
  await requireRole(await getActor(req), mapId, 'OWNER');
  const [members, invitations] = await Promise.all([listMembers(mapId), listMapInvitations(mapId)]);
  return json({ members, invitations });
});

/**
 * Kept for older clients: `{email, role}` no longer makes anyone a member, it invites
 * the address exactly like POST …/invitations (same 201 and body, whether or not the
 * address has an account). Membership starts when the invitee accepts.
 */
export const POST = route<P>(async (req, { mapId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const input = await readBody(req, memberCreate);
  return json(await createInvitation(mapId, actor!.id, input), 201);
});
