// Class templates: an OWNER makes a secret link to a map; every signed-in person who
// opens it and asks gets a copy of their own (the map as it is at that moment), once:
// asking again, from any tab or device, gives the same copy. With `ownerReads`, the
// link's maker becomes a VIEWER of each copy (the student sees this before copying),
// so a teacher can follow 30 students' work from one list. A link stops working when
// it is withdrawn, or when its maker is no longer an OWNER of the map.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { requireRoleInTx } from './access';
import { db, writeTransaction } from './db';
import { HttpError, notFound } from './http';
import { copyMapInTx } from './map-copy';

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: string }).code === 'P2002';

type LinkRow = { id: string; mapId: string; token: string; ownerReads: boolean; createdAt: Date; revokedAt: Date | null };
type CopyRow = { userId: string; copyId: string; createdAt: Date; user: { name: string } };

export const templateOut = (l: LinkRow, copies: CopyRow[] = []) => ({
  id: l.id,
  mapId: l.mapId,
  token: l.token,
  url: `/templates/${l.token}`,
  ownerReads: l.ownerReads,
  createdAt: l.createdAt.toISOString(),
  revokedAt: l.revokedAt?.toISOString() ?? null,
  copies: copies.map((c) => ({ userId: c.userId, name: c.user.name, mapId: c.copyId, createdAt: c.createdAt.toISOString() })),
});

export async function createTemplate(actorId: string, mapId: string, input: { ownerReads?: boolean }) {
  return writeTransaction(async (tx) => {
    await requireRoleInTx(tx, actorId, mapId, 'OWNER');
    const row = await tx.templateLink.create({ data: { mapId, createdById: actorId, token: randomBytes(24).toString('base64url'), ownerReads: input.ownerReads ?? true } });
    return templateOut(row);
  });
}

/** The map's template links that still work, newest first, with the copies made from each. */
export async function listTemplates(mapId: string) {
  const rows = await db().templateLink.findMany({
    where: { mapId, revokedAt: null },
    include: { copies: { include: { user: { select: { name: true } } }, orderBy: { createdAt: 'asc' } } },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map((r) => templateOut(r, r.copies));
}

export async function revokeTemplate(actorId: string, mapId: string, templateId: string) {
  await writeTransaction(async (tx) => {
    await requireRoleInTx(tx, actorId, mapId, 'OWNER');
    const { count } = await tx.templateLink.updateMany({ where: { id: templateId, mapId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count !== 1) throw notFound('template link');
  });
}

/** A working link, or 404 (unknown, withdrawn, or its maker no longer OWNER). */
async function liveLink(token: string) {
  if (token.length > 100) throw notFound('template link');
  const link = await db().templateLink.findUnique({
    where: { token },
    include: { map: { select: { title: true, description: true } }, createdBy: { select: { name: true } } },
  });
  if (!link || link.revokedAt) throw notFound('template link');
  const maker = await db().mapMember.findUnique({ where: { mapId_userId: { mapId: link.mapId, userId: link.createdById } }, select: { role: true } });
  if (maker?.role !== 'OWNER') throw notFound('template link');
  return link;
}

/** What the template page shows: the map's title, who hands it out, and the caller's copy if there is one. */
export async function templateInfo(token: string, userId: string) {
  const link = await liveLink(token);
  const copy = await db().templateCopy.findUnique({ where: { templateId_userId: { templateId: link.id, userId } } });
  return {
    title: link.map.title,
    description: link.map.description,
    createdByName: link.createdBy.name,
    ownerReads: link.ownerReads,
    isMaker: link.createdById === userId,
    copy: copy ? { mapId: copy.copyId } : null,
  };
}

/** The caller's copy: made now (created: true) or the one made before (created: false). */
export async function copyFromTemplate(token: string, userId: string): Promise<{ mapId: string; created: boolean }> {
  const link = await liveLink(token);
  try {
    return await writeTransaction(async (tx) => {
      const existing = await tx.templateCopy.findUnique({ where: { templateId_userId: { templateId: link.id, userId } } });
      if (existing) return { mapId: existing.copyId, created: false };
      const map = await copyMapInTx(tx, link.mapId, {
        title: link.map.title,
        ownerId: userId,
        withTexts: true,
        alsoMembers: link.ownerReads && link.createdById !== userId ? [{ userId: link.createdById, role: 'VIEWER' }] : [],
      });
      await tx.templateCopy.create({ data: { templateId: link.id, userId, copyId: map.id } });
      return { mapId: map.id, created: true };
    });
  } catch (e) {
    // the same person twice at once (PostgreSQL runs both): the other one's copy stands
    if (!isUniqueViolation(e)) throw e;
    const existing = await db().templateCopy.findUnique({ where: { templateId_userId: { templateId: link.id, userId } } });
    if (!existing) throw new HttpError(409, 'Conflict', 'Your copy is being made; open the link again.', { type: 'urn:pleit:problem:copy-in-progress' });
    return { mapId: existing.copyId, created: false };
  }
}
