// Authorization, checked on the server for every read and write of a map.
// - A PRIVATE map exists only for its members: anyone else gets 404, so ids don't leak.
// - LINK and PUBLIC maps are readable by anyone who has the id, signed in or not.
// - Writing needs a role: EDITOR edits the graph, MODERATOR also the map's title and
//   description, OWNER everything (visibility, members, deletion).
import 'server-only';
import { roleAtLeast, type Role, type Visibility } from '@/lib/argument/model';
import type { Actor } from './auth';
import { db, type Tx } from './db';
import { forbidden, notFound, unauthorized } from './http';

export interface MapAccess {
  map: { id: string; title: string; description: string; language: string; visibility: Visibility; ownerId: string; revision: number; version: number; createdAt: Date; updatedAt: Date };
  role: Role | null;
}

export async function mapAccess(actor: Actor | null, mapId: string): Promise<MapAccess> {
  const map = await db().argumentMap.findUnique({ where: { id: mapId } });
  if (!map) throw notFound('map');
  const member = actor
    ? await db().mapMember.findUnique({ where: { mapId_userId: { mapId, userId: actor.id } } })
    : null;
  const role = (member?.role as Role | undefined) ?? null;
  if (!role && map.visibility === 'PRIVATE') throw notFound('map');
  return { map: { ...map, visibility: map.visibility as Visibility }, role };
}

/** Read access: a member, or anyone for LINK and PUBLIC maps. */
export const requireRead = (actor: Actor | null, mapId: string) => mapAccess(actor, mapId);

/** Write access with at least the given role. */
export async function requireRole(actor: Actor | null, mapId: string, needed: Role): Promise<MapAccess> {
  const access = await mapAccess(actor, mapId);
  if (!roleAtLeast(access.role, needed)) {
    if (!actor) throw unauthorized();
    throw forbidden(`This needs the ${needed} role on the map${access.role ? `; you are ${access.role}` : ''}.`);
  }
  return access;
}

/**
 * The role check again, inside the write transaction (after the map's lock is taken):
 * a member removed or demoted while their request was in flight is refused here, so a
 * request that passed the check at the door cannot write after access was taken away.
 */
export async function requireRoleInTx(tx: Tx, actorId: string, mapId: string, needed: Role): Promise<Role> {
  const member = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId, userId: actorId } }, select: { role: true } });
  const role = (member?.role as Role | undefined) ?? null;
  if (!roleAtLeast(role, needed)) {
    const map = await tx.argumentMap.findUnique({ where: { id: mapId }, select: { visibility: true } });
    if (!map || (!role && map.visibility === 'PRIVATE')) throw notFound('map');
    throw forbidden(`This needs the ${needed} role on the map${role ? `; you are ${role}` : ''}.`);
  }
  return role!;
}
