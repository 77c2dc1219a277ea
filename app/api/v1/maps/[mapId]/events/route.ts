import { eventsQuery } from '@/lib/api/schemas';
import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { json, readQuery, route } from '@/lib/server/http';
import { eventOut } from '@/lib/server/maps';

/** The map's event log after sequence number `after`, oldest first, in pages of `limit`. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const access = await requireRead(await getActor(req), mapId);
  const { after, limit } = readQuery(req, eventsQuery);
  const rows = await db().mapEvent.findMany({ where: { mapId, seq: { gt: after } }, orderBy: { seq: 'asc' }, take: limit + 1 });
  const events = rows.slice(0, limit).map(eventOut);
  return json({ events, hasMore: rows.length > limit, revision: Math.max(access.map.revision, events.at(-1)?.seq ?? 0) });
});
