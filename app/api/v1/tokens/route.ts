import { tokenCreate } from '@/lib/api/schemas';
import { newTokenSecret, requireActor, tokenExpiresAt } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { forbidden, json, readBody, route } from '@/lib/server/http';

const DAY_MS = 24 * 60 * 60 * 1000;

const tokenOut = (t: { id: string; name: string; prefix: string; scope: string; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null }) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scope: t.scope,
  createdAt: t.createdAt.toISOString(),
  expiresAt: tokenExpiresAt(t).toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

/** The caller's active tokens (never their secrets); expired ones are not listed. */
export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const tokens = await db().apiToken.findMany({ where: { userId: actor.id, revokedAt: null }, orderBy: { createdAt: 'desc' } });
  const now = new Date().toISOString();
  return json({ tokens: tokens.map(tokenOut).filter((t) => t.expiresAt > now) });
});

/** A new personal API token; its secret is in this answer and nowhere else. Only a signed-in browser may make one. */
export const POST = route(async (req) => {
  const actor = await requireActor(req);
  if (actor.via === 'token') throw forbidden('An API token may not make API tokens: make them on your account page, signed in.');
  const { name, scope, expiresInDays } = await readBody(req, tokenCreate);
  const { secret, hash, prefix } = newTokenSecret();
  const expiresAt = new Date(Date.now() + expiresInDays * DAY_MS);
  const token = await db().apiToken.create({ data: { userId: actor.id, name, tokenHash: hash, prefix, scope, expiresAt } });
  return json({ ...tokenOut(token), token: secret }, 201);
});
