// What the pages of one map (/maps/{id} and /maps/{id}/sources) load on the server: the
// whole map for whoever may read it, or Next's 404 page, also for a private map the
// caller may not see (its existence must not leak).
import 'server-only';
import { notFound } from 'next/navigation';
import type { Graph } from '@/lib/argument/graph';
import { mapAccess, type MapAccess } from './access';
import { readTransaction } from './db';
import { HttpError } from './http';
import { mapOut } from './map-admin';
import { loadState, stateToGraph } from './maps';
import { currentUser } from './session';

async function readableMap(mapId: string) {
  const user = await currentUser();
  let access: MapAccess;
  try {
    access = await mapAccess(user ? { ...user, via: 'session' } : null, mapId);
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  }
  return { user, access };
}

/** The map with everything on it, as the editor and the source library start from. */
export async function loadMapPage(mapId: string) {
  const { user, access } = await readableMap(mapId);
  const { state, map } = await readTransaction(async (tx) => ({
    map: await tx.argumentMap.findUniqueOrThrow({ where: { id: mapId } }),
    state: await loadState(tx, mapId),
  }));
  const graph: Graph = {
    map: mapOut({ ...access.map, ...map, visibility: access.map.visibility }, access.role),
    ...stateToGraph(state),
    revision: map.revision,
  };
  return { graph, user };
}

/** The map's title for the page title, or null when the caller may not read the map. */
export async function mapTitle(mapId: string): Promise<string | null> {
  const user = await currentUser();
  try {
    return (await mapAccess(user ? { ...user, via: 'session' } : null, mapId)).map.title;
  } catch {
    return null;
  }
}
