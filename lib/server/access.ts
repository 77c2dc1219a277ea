// Authorization, checked on the server for every read and write of a map.
// - A PRIVATE map exists only for its members: anyone else gets 404, so ids don't leak.
// - LINK and PUBLIC maps are readable by anyone who has the id, signed in or not.
// - Writing needs a role: EDITOR edits the graph, MODERATOR also the map's title and
//   description, OWNER everything (visibility, members, deletion).
import { roleAtLeast, type Role, type Visibility } from '@/lib/argument/model';
import type { Actor } from './auth';
import { db } from './db';
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
