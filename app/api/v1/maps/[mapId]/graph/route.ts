import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { readTransaction } from '@/lib/server/db';
import { json, route } from '@/lib/server/http';
import { mapOut } from '@/lib/server/map-admin';
import { loadState, stateToGraph } from '@/lib/server/maps';

/** The whole map in one answer, consistent with the revision it reports. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const access = await requireRead(await getActor(req), mapId);
  const { state, map } = await readTransaction(async (tx) => ({
    map: await tx.argumentMap.findUniqueOrThrow({ where: { id: mapId } }),
    state: await loadState(tx, mapId),
  }));
  return json({
    map: mapOut({ ...access.map, ...map, visibility: access.map.visibility }, access.role),
    ...stateToGraph(state),
    revision: map.revision,
  });
});
