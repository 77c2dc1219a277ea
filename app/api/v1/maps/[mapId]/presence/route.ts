import { presenceReport } from '@/lib/api/schemas';
import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { presenceOf, reportPresence, PRESENCE_RENEW_MS, PRESENCE_TTL_MS } from '@/lib/server/live/presence';

export const dynamic = 'force-dynamic';

/** Who is on the map now (members see names; others a count). */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await getActor(req);
  const access = await requireRead(actor, mapId);
  return json({ ...presenceOf(mapId, access.role !== null), ttlMs: PRESENCE_TTL_MS, renewMs: PRESENCE_RENEW_MS });
});

/**
 * A tab says it is here (and which node it edits), or that it leaves. Renew within
 * ttlMs or the entry expires. Anyone who may read the map may be present on it.
 */
export const POST = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await getActor(req);
  const access = await requireRead(actor, mapId);
  const body = await readBody(req, presenceReport);
  const name = actor?.name ?? (body.lang === 'en' ? 'Guest' : 'Gast');
  await reportPresence(mapId, { userId: actor?.id ?? null, name }, body.clientId, body.leave ? 'leave' : { editing: body.editing ?? null });
  return json({ ...presenceOf(mapId, access.role !== null, { userId: actor?.id ?? null, clientId: body.clientId }), ttlMs: PRESENCE_TTL_MS, renewMs: PRESENCE_RENEW_MS });
});
