import { requireActor } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { notFound, route } from '@/lib/server/http';

/** Revokes one of the caller's tokens; someone else's token is a 404. */
export const DELETE = route<{ tokenId: string }>(async (req, { tokenId }) => {
  const actor = await requireActor(req);
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, userId: actor.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count !== 1) throw notFound('token');
  return new Response(null, { status: 204 });
});
