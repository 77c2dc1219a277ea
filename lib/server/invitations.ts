// Membership by consent. An OWNER invites an e-mail address with a role; the account
// with that address (now, or once it signs up) sees the invitation and accepts or
// declines it. Inviting never looks the address up among accounts, so its answer, and
// the time it takes, are the same whether or not the address has an account.
import 'server-only';
import type { Role } from '@/lib/argument/model';
import { requireRoleInTx } from './access';
import { db, writeTransaction } from './db';
import { HttpError, notFound } from './http';
import { memberOut } from './map-admin';
import { appendEvents } from './event-log';

type InvitationRow = { id: string; mapId: string; email: string; role: string; createdAt: Date; invitedById: string };

export const invitationOut = (i: InvitationRow) => ({
  id: i.id,
  mapId: i.mapId,
  email: i.email,
  role: i.role as Role,
  invitedById: i.invitedById,
  createdAt: i.createdAt.toISOString(),
});

/** The map's pending invitations (OWNER's view), oldest first. */
export async function listMapInvitations(mapId: string) {
  const rows = await db().invitation.findMany({ where: { mapId }, orderBy: { createdAt: 'asc' } });
  return rows.map(invitationOut);
}

/**
 * Invites `email` with `role`, or renews a pending invitation of that address with the
 * new role. 409 only when the address belongs to a member already: the OWNER sees the
 * members' addresses anyway, so that says nothing new.
 */
export async function createInvitation(mapId: string, actorId: string, input: { email: string; role: Role }) {
  const email = input.email.toLowerCase();
  return writeTransaction(async (tx) => {
    await requireRoleInTx(tx, actorId, mapId, 'OWNER');
    const member = await tx.mapMember.findFirst({ where: { mapId, user: { email } }, include: { user: true } });
    if (member) {
      throw new HttpError(409, 'Conflict', 'This address belongs to a member already; change their role instead.', {
        type: 'urn:pleit:problem:already-member',
        current: memberOut(member),
      });
    }
    const row = await tx.invitation.upsert({
      where: { mapId_email: { mapId, email } },
      create: { mapId, email, role: input.role, invitedById: actorId },
      update: { role: input.role, invitedById: actorId, createdAt: new Date() },
    });
    return invitationOut(row);
  });
}

export async function withdrawInvitation(mapId: string, actorId: string, invitationId: string) {
  await writeTransaction(async (tx) => {
    await requireRoleInTx(tx, actorId, mapId, 'OWNER');
    const { count } = await tx.invitation.deleteMany({ where: { id: invitationId, mapId } });
    if (count !== 1) throw notFound('invitation');
  });
}

/** The invitations waiting for this account, with the map's title and the inviter's name. */
export async function invitationsFor(email: string) {
  const rows = await db().invitation.findMany({
    where: { email: email.toLowerCase() },
    include: { map: { select: { title: true } }, invitedBy: { select: { name: true } } },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map((r) => ({ ...invitationOut(r), mapTitle: r.map.title, invitedByName: r.invitedBy.name }));
}

/** Accepting makes the caller a member with the invited role (a member already keeps their role). */
export async function acceptInvitation(actor: { id: string; email: string }, invitationId: string) {
  return writeTransaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { id: invitationId } });
    if (!inv || inv.email !== actor.email.toLowerCase()) throw notFound('invitation');
    // two accepts at once: the second finds nothing to delete (404, not a 500)
    const { count } = await tx.invitation.deleteMany({ where: { id: inv.id } });
    if (count !== 1) throw notFound('invitation');
    const existing = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId: inv.mapId, userId: actor.id } }, include: { user: true } });
    if (existing) return { mapId: inv.mapId, member: memberOut(existing) };
    const member = await tx.mapMember.create({ data: { mapId: inv.mapId, userId: actor.id, role: inv.role }, include: { user: true } });
    await appendEvents(tx, inv.mapId, actor.id, [{ type: 'member.added', entity: 'member', entityId: actor.id, data: { userId: actor.id, role: inv.role as Role } }]);
    return { mapId: inv.mapId, member: memberOut(member) };
  });
}

export async function declineInvitation(actor: { email: string }, invitationId: string) {
  const { count } = await db().invitation.deleteMany({ where: { id: invitationId, email: actor.email.toLowerCase() } });
  if (count !== 1) throw notFound('invitation');
}
