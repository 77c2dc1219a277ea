import { tokenCreate } from '@/lib/api/schemas';
import { newTokenSecret, requireActor } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { json, readBody, route } from '@/lib/server/http';

const tokenOut = (t: { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null }) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

/** The caller's active tokens (never their secrets). */
export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const tokens = await db().apiToken.findMany({ where: { userId: actor.id, revokedAt: null }, orderBy: { createdAt: 'desc' } });
  return json({ tokens: tokens.map(tokenOut) });
});

/** A new personal API token; its secret is in this answer and nowhere else. */
export const POST = route(async (req) => {
  const actor = await requireActor(req);
  const { name } = await readBody(req, tokenCreate);
  const { secret, hash, prefix } = newTokenSecret();
  const token = await db().apiToken.create({ data: { userId: actor.id, name, tokenHash: hash, prefix } });
  return json({ ...tokenOut(token), token: secret }, 201);
});
