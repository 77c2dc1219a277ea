import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { mapAccess, type MapAccess } from '@/lib/server/access';
import { db } from '@/lib/server/db';
import { HttpError } from '@/lib/server/http';
import { mapOut } from '@/lib/server/map-admin';
import { loadState, stateToGraph } from '@/lib/server/maps';
import { currentUser } from '@/lib/server/session';
import { getMessages } from '@/lib/i18n/server';
import { parseView, VIEW_COOKIE } from '@/lib/client/persist';
import type { Graph } from '@/lib/client/graph';
import { MapEditor } from '@/components/editor/MapEditor';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ mapId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

/** The map and the caller's role, or a 404 (also for a private map the caller may not see). */
async function load(mapId: string) {
  const user = await currentUser();
  let access: MapAccess;
  try {
    access = await mapAccess(user ? { ...user, via: 'session' } : null, mapId);
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  }
  const { state, map } = await db().$transaction(async (tx) => ({
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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { mapId } = await params;
  const user = await currentUser();
  try {
    const { map } = await mapAccess(user ? { ...user, via: 'session' } : null, mapId);
    return { title: `${map.title} · Pleit` };
  } catch {
    return { title: 'Pleit' };
  }
}

export default async function MapPage({ params, searchParams }: Props) {
  const { mapId } = await params;
  // /maps/{id}?node={nodeId} (links from the sources page): that node, selected and in view
  const node = (await searchParams)?.node;
  const [{ graph, user }, { locale, t }, jar] = await Promise.all([load(mapId), getMessages(), cookies()]);
  return (
    <MapEditor
      key={graph.map.id}
      graph={graph}
      signedIn={!!user}
      locale={locale}
      t={t.editor}
      ts={t.sourcing}
      initialView={parseView(jar.get(VIEW_COOKIE)?.value)}
      initialNodeId={typeof node === 'string' ? node : null}
    />
  );
}
