import { z } from 'zod';
import { deleteQuery, memberUpdate } from '@/lib/api/schemas';
import { requireRead, requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, readQuery, route } from '@/lib/server/http';
import { changeMember } from '@/lib/server/map-admin';

type P = { mapId: string; userId: string };

const leaveQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const PATCH = route<P>(async (req, { mapId, userId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const input = await readBody(req, memberUpdate);
  return json(await changeMember(mapId, actor!.id, userId, input));
});

/** OWNER removes a member; any member removes themselves (leaves the map). */
export const DELETE = route<P>(async (req, { mapId, userId }) => {
  const actor = await getActor(req);
  if (actor && actor.id === userId) {
    // leaving needs no version: nobody else changes what leaving does
    await requireRead(actor, mapId);
    const { version } = readQuery(req, leaveQuery);
    await changeMember(mapId, actor.id, userId, { remove: true, version });
    return new Response(null, { status: 204 });
  }
  await requireRole(actor, mapId, 'OWNER');
  const { version } = readQuery(req, deleteQuery);
  await changeMember(mapId, actor!.id, userId, { remove: true, version });
  return new Response(null, { status: 204 });
});
