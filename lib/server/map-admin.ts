// Maps and their members: creation, metadata, deletion, roles. Every change writes
// its event in the same transaction.
import 'server-only';
import type { Role, Visibility } from '@/lib/argument/model';
import { requireRoleInTx, type MapAccess } from './access';
import { db, writeTransaction } from './db';
import { HttpError, notFound } from './http';
import { appendEvents } from './event-log';

type MapRow = MapAccess['map'];

export function mapOut(map: MapRow, role: Role | null) {
  return {
    id: map.id,
    title: map.title,
    description: map.description,
    language: map.language,
    visibility: map.visibility,
    ownerId: map.ownerId,
    createdAt: map.createdAt.toISOString(),
    updatedAt: map.updatedAt.toISOString(),
    revision: map.revision,
    version: map.version,
    role,
  };
}

const conflict = (current: unknown, what: string) =>
  new HttpError(409, 'Conflict', `The ${what} was changed by someone else; here is its current state.`, {
    type: 'urn:pleit:problem:version-conflict',
    current,
  });

export async function listMaps(actorId: string | null) {
  const [memberships, publicMaps] = await Promise.all([
    actorId
      ? db().mapMember.findMany({ where: { userId: actorId }, include: { map: true }, orderBy: { map: { updatedAt: 'desc' } } })
      : Promise.resolve([]),
    db().argumentMap.findMany({ where: { visibility: 'PUBLIC' }, orderBy: { updatedAt: 'desc' }, take: 200 }),
  ]);
  const mine = memberships.map((m) => mapOut({ ...m.map, visibility: m.map.visibility as Visibility }, m.role as Role));
  const seen = new Set(mine.map((m) => m.id));
  const others = publicMaps.filter((m) => !seen.has(m.id)).map((m) => mapOut({ ...m, visibility: m.visibility as Visibility }, null));
  return [...mine, ...others];
}

export async function createMap(
  actorId: string,
  input: { title: string; description?: string; language?: string; visibility?: Visibility },
  id?: string,
) {
  return writeTransaction(async (tx) => {
    const map = await tx.argumentMap.create({
      data: { id, title: input.title, description: input.description ?? '', language: input.language ?? 'nl', visibility: input.visibility ?? 'PRIVATE', ownerId: actorId },
    });
    await tx.mapMember.create({ data: { mapId: map.id, userId: actorId, role: 'OWNER' } });
    const { revision } = await appendEvents(tx, map.id, actorId, [
      { type: 'map.created', entity: 'map', entityId: map.id, data: { title: map.title, description: map.description, language: map.language, visibility: map.visibility as Visibility } },
      { type: 'member.added', entity: 'member', entityId: actorId, data: { userId: actorId, role: 'OWNER' } },
    ]);
    return mapOut({ ...map, revision, visibility: map.visibility as Visibility }, 'OWNER');
  });
}

export async function updateMap(
  access: MapAccess,
  actorId: string,
  input: { version: number; title?: string; description?: string; language?: string; visibility?: Visibility },
) {
  const { version, ...fields } = input;
  return writeTransaction(async (tx) => {
    // the role again inside the write: one removed or demoted meanwhile is refused
    const role = await requireRoleInTx(tx, actorId, access.map.id, fields.visibility !== undefined ? 'OWNER' : 'MODERATOR');
    access = { ...access, role };
    const { count } = await tx.argumentMap.updateMany({ where: { id: access.map.id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count !== 1) {
      const current = await tx.argumentMap.findUnique({ where: { id: access.map.id } });
      if (!current) throw notFound('map');
      throw conflict(mapOut({ ...current, visibility: current.visibility as Visibility }, access.role), 'map');
    }
    await appendEvents(tx, access.map.id, actorId, [{ type: 'map.updated', entity: 'map', entityId: access.map.id, data: fields }]);
    const map = await tx.argumentMap.findUniqueOrThrow({ where: { id: access.map.id } });
    return mapOut({ ...map, visibility: map.visibility as Visibility }, access.role);
  });
}

export async function deleteMap(access: MapAccess, actorId: string, version: number) {
  await writeTransaction(async (tx) => {
    await requireRoleInTx(tx, actorId, access.map.id, 'OWNER');
    const { count } = await tx.argumentMap.deleteMany({ where: { id: access.map.id, version } });
    if (count !== 1) {
      const current = await tx.argumentMap.findUnique({ where: { id: access.map.id } });
      if (!current) throw notFound('map');
      throw conflict(mapOut({ ...current, visibility: current.visibility as Visibility }, access.role), 'map');
    }
    // access requests have no foreign key to the map (lib/server/access-requests.ts)
    await tx.accessRequest.deleteMany({ where: { mapId: access.map.id } });
  });
}

export const memberOut = (m: { userId: string; role: string; version: number; user: { email: string; name: string } }) => ({
  userId: m.userId,
  email: m.user.email,
  name: m.user.name,
  role: m.role as Role,
  version: m.version,
});

export async function listMembers(mapId: string) {
  const rows = await db().mapMember.findMany({ where: { mapId }, include: { user: true }, orderBy: { createdAt: 'asc' } });
  return rows.map(memberOut);
}

/** A map always keeps at least one OWNER. */
async function assertOwnerRemains(tx: Parameters<Parameters<typeof writeTransaction>[0]>[0], mapId: string, userId: string) {
  const owners = await tx.mapMember.count({ where: { mapId, role: 'OWNER', userId: { not: userId } } });
  if (owners === 0) {
    throw new HttpError(422, 'Rule violated', 'A map needs at least one OWNER: make someone else OWNER first.', {
      type: 'urn:pleit:problem:last-owner',
      rule: 'last-owner',
    });
  }
}

/**
 * An OWNER changes or removes a member; any member may remove themselves (leave the
 * map). Both are checked inside the write, and a map keeps at least one OWNER.
 */
export async function changeMember(mapId: string, actorId: string, userId: string, input: { role: Role; version: number } | { remove: true; version?: number }) {
  return writeTransaction(async (tx) => {
    const leaving = 'remove' in input && userId === actorId;
    await requireRoleInTx(tx, actorId, mapId, leaving ? 'VIEWER' : 'OWNER');
    const member = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId, userId } }, include: { user: true } });
    if (!member) throw notFound('member');
    if (input.version !== undefined && member.version !== input.version) throw conflict(memberOut(member), 'membership');
    if (member.role === 'OWNER' && ('remove' in input || input.role !== 'OWNER')) await assertOwnerRemains(tx, mapId, userId);
    if ('remove' in input) {
      await tx.mapMember.delete({ where: { mapId_userId: { mapId, userId } } });
      await appendEvents(tx, mapId, actorId, [{ type: 'member.removed', entity: 'member', entityId: userId, data: { userId, role: member.role as Role } }]);
      return null;
    }
    const updated = await tx.mapMember.update({
      where: { mapId_userId: { mapId, userId } },
      data: { role: input.role, version: { increment: 1 } },
      include: { user: true },
    });
    await appendEvents(tx, mapId, actorId, [{ type: 'member.updated', entity: 'member', entityId: userId, data: { userId, role: input.role } }]);
    return memberOut(updated);
  });
}
