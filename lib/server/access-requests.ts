// Asking for access. Someone signed in who may not see a map asks its OWNERs for it;
// an OWNER grants a role (the asker becomes a member) or refuses.
//
// A PRIVATE map's existence must not leak to people who are neither members nor
// requesters, so asking is answered the same way whether the id is a private map or no
// map at all: the request is stored either way (the table has no foreign key to maps),
// stays "pending" until an OWNER answers (for no map: forever), and is counted against
// the asker's hourly limit either way. Only an OWNER's answer tells the asker the map
// exists, and that was the OWNER's choice. A map created later under a requested id
// (ids can be chosen by clients) does not inherit older requests: OWNERs see only
// requests made after their map was created.
import 'server-only';
import type { Role } from '@/lib/argument/model';
import { requireRoleInTx } from './access';
import { db, writeTransaction, type Tx } from './db';
import { HttpError, notFound } from './http';
import { appendEvents } from './event-log';
import { memberOut } from './map-admin';

export type AccessRequestStatus = 'pending' | 'granted' | 'refused';

/** Requests one account may make (or renew) per hour, on any maps. */
export const requestsPerHour = () => {
  const n = Number(process.env.PLEIT_ACCESS_REQUESTS_PER_HOUR);
  return Number.isInteger(n) && n > 0 ? n : 10;
};
const HOUR_MS = 60 * 60 * 1000;
/** a refused request may be asked again after a day */
const ASK_AGAIN_MS = 24 * HOUR_MS;

type Row = { id: string; mapId: string; userId: string; message: string; status: string; role: string | null; createdAt: Date; decidedAt: Date | null };
export const requestOut = (r: Row, user?: { name: string; email: string }) => ({
  id: r.id,
  mapId: r.mapId,
  userId: r.userId,
  ...(user ? { name: user.name, email: user.email } : {}),
  message: r.message,
  status: r.status as AccessRequestStatus,
  role: (r.role as Role | null) ?? null,
  createdAt: r.createdAt.toISOString(),
  decidedAt: r.decidedAt?.toISOString() ?? null,
});

async function checkRate(tx: Tx, userId: string, now: Date) {
  const since = new Date(now.getTime() - HOUR_MS);
  const recent = await tx.accessRequest.findMany({ where: { userId, createdAt: { gt: since } }, select: { createdAt: true }, orderBy: { createdAt: 'asc' } });
  const limit = requestsPerHour();
  if (recent.length >= limit) {
    const oldest = recent[recent.length - limit].createdAt.getTime();
    const retryAfter = Math.max(1, Math.ceil((oldest + HOUR_MS - now.getTime()) / 1000));
    throw new HttpError(429, 'Too many requests', `You may ask for access ${limit} times an hour; try again in ${Math.ceil(retryAfter / 60)} minutes.`, {
      type: 'urn:pleit:problem:rate-limited',
      headers: { 'retry-after': String(retryAfter) },
    });
  }
}

/**
 * Asks for access to `mapId`. New → 201; a pending request again → 200 with the new
 * message; a member → 409; refused less than a day ago → 409 with the request.
 */
export async function requestAccess(actor: { id: string }, mapId: string, input: { message?: string; role?: Role }) {
  return writeTransaction(async (tx) => {
    const now = new Date();
    const member = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId, userId: actor.id } } });
    if (member) throw new HttpError(409, 'Conflict', 'You are a member of this map already.', { type: 'urn:pleit:problem:already-member' });
    const existing = await tx.accessRequest.findUnique({ where: { mapId_userId: { mapId, userId: actor.id } } });
    const data = { message: input.message ?? '', role: input.role ?? null };
    if (existing?.status === 'pending') {
      // asking again changes what is given and keeps the rest
      const row = await tx.accessRequest.update({ where: { id: existing.id }, data: { ...(input.message !== undefined ? { message: input.message } : {}), ...(input.role ? { role: input.role } : {}) } });
      return { created: false, request: requestOut(row) };
    }
    if (existing?.status === 'refused' && existing.decidedAt && now.getTime() - existing.decidedAt.getTime() < ASK_AGAIN_MS) {
      throw new HttpError(409, 'Conflict', 'The owner refused your request; you can ask again a day after that.', { type: 'urn:pleit:problem:request-refused', current: requestOut(existing) });
    }
    await checkRate(tx, actor.id, now);
    const row = existing
      ? await tx.accessRequest.update({ where: { id: existing.id }, data: { ...data, status: 'pending', createdAt: now, decidedAt: null, decidedById: null } })
      : await tx.accessRequest.create({ data: { ...data, mapId, userId: actor.id, createdAt: now } });
    return { created: true, request: requestOut(row) };
  });
}

/** The caller's own request for a map, or null (the same for no map and a private one). */
export async function myRequest(userId: string, mapId: string) {
  const row = await db().accessRequest.findUnique({ where: { mapId_userId: { mapId, userId } } });
  return row ? requestOut(row) : null;
}

/** An OWNER's view: the map's pending requests, oldest first, with who asks. */
export async function pendingRequests(mapId: string) {
  const map = await db().argumentMap.findUnique({ where: { id: mapId }, select: { createdAt: true } });
  if (!map) return [];
  const rows = await db().accessRequest.findMany({
    where: { mapId, status: 'pending', createdAt: { gte: map.createdAt } },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  return rows.map((r) => requestOut(r, r.user));
}

/** Whether the caller is an OWNER of the map (the OWNER's view of GET …/access-requests). */
export async function isOwner(userId: string, mapId: string) {
  const m = await db().mapMember.findUnique({ where: { mapId_userId: { mapId, userId } }, select: { role: true } });
  return m?.role === 'OWNER';
}

async function pendingInTx(tx: Tx, mapId: string, requestId: string) {
  const map = await tx.argumentMap.findUnique({ where: { id: mapId }, select: { createdAt: true } });
  const row = await tx.accessRequest.findFirst({ where: { id: requestId, mapId }, include: { user: { select: { name: true, email: true } } } });
  if (!map || !row || row.createdAt < map.createdAt) throw notFound('access request');
  if (row.status !== 'pending') {
    throw new HttpError(409, 'Conflict', `This request was ${row.status} already.`, { type: 'urn:pleit:problem:already-decided', current: requestOut(row, row.user) });
  }
  return row;
}

/** An OWNER grants a pending request: the asker becomes a member with `role`. */
export async function grantRequest(actorId: string, mapId: string, requestId: string, role: Role) {
  return writeTransaction(async (tx) => {
    await requireRoleInTx(tx, actorId, mapId, 'OWNER');
    const row = await pendingInTx(tx, mapId, requestId);
    const decided = await tx.accessRequest.update({ where: { id: row.id }, data: { status: 'granted', role, decidedById: actorId, decidedAt: new Date() } });
    let member = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId, userId: row.userId } }, include: { user: true } });
    if (!member) {
      member = await tx.mapMember.create({ data: { mapId, userId: row.userId, role }, include: { user: true } });
      await appendEvents(tx, mapId, actorId, [{ type: 'member.added', entity: 'member', entityId: row.userId, data: { userId: row.userId, role } }]);
    }
    // an invitation to the same person is answered by this
    await tx.invitation.deleteMany({ where: { mapId, email: row.user.email.toLowerCase() } });
    return { request: requestOut(decided, row.user), member: memberOut(member) };
  });
}

/** An OWNER refuses a pending request. */
export async function refuseRequest(actorId: string, mapId: string, requestId: string) {
  return writeTransaction(async (tx) => {
    await requireRoleInTx(tx, actorId, mapId, 'OWNER');
    const row = await pendingInTx(tx, mapId, requestId);
    const decided = await tx.accessRequest.update({ where: { id: row.id }, data: { status: 'refused', decidedById: actorId, decidedAt: new Date() } });
    return { request: requestOut(decided, row.user) };
  });
}

/** Pending requests per map, for the OWNER's list of maps. */
export async function pendingCounts(userId: string) {
  const owned = await db().mapMember.findMany({ where: { userId, role: 'OWNER' }, select: { mapId: true, map: { select: { createdAt: true } } } });
  if (!owned.length) return new Map<string, number>();
  const rows = await db().accessRequest.findMany({ where: { mapId: { in: owned.map((o) => o.mapId) }, status: 'pending' }, select: { mapId: true, createdAt: true } });
  const created = new Map(owned.map((o) => [o.mapId, o.map.createdAt]));
  const counts = new Map<string, number>();
  for (const r of rows) if (r.createdAt >= created.get(r.mapId)!) counts.set(r.mapId, (counts.get(r.mapId) ?? 0) + 1);
  return counts;
}
