import { eventsQuery } from '@/lib/api/schemas';
import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { logReader, readEvents, redact } from '@/lib/server/event-log';
import { json, readQuery, route } from '@/lib/server/http';

/**
 * The map's event log after sequence number `after`, oldest first, in pages of `limit`.
 * Non-members of a LINK or PUBLIC map see what is public now: entries from before the
 * map was published and membership changes come as `redacted` placeholders (same seq).
 */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const access = await requireRead(await getActor(req), mapId);
  const { after, limit } = readQuery(req, eventsQuery);
  const reader = await logReader(mapId, access.role !== null);
  const page = await readEvents(mapId, after, limit);
  const events = page.events.map((e) => redact(e, reader));
  return json({ events, hasMore: page.hasMore, revision: Math.max(access.map.revision, events.at(-1)?.seq ?? 0) });
});
