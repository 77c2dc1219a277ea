import { sessionCaller } from '@/lib/server/debate';
import { db } from '@/lib/server/db';
import { json, route } from '@/lib/server/http';
import { loadState, stateToGraph } from '@/lib/server/maps';

/** The session's map as its participants see it (a guest cannot read the map through the maps API). */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { session } = await sessionCaller(req, sessionId);
  const { map, state } = await db().$transaction(async (tx) => ({
    map: await tx.argumentMap.findUniqueOrThrow({ where: { id: session.mapId }, select: { id: true, title: true, revision: true } }),
    state: await loadState(tx, session.mapId),
  }));
  return json({ map: { id: map.id, title: map.title }, ...stateToGraph(state), revision: map.revision });
});
