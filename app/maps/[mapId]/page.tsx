import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { loadMapPage, mapTitle } from '@/lib/server/map-page';
import { getMessages } from '@/lib/i18n/server';
import { parseView, VIEW_COOKIE } from '@/lib/client/persist';
import { MapEditor } from '@/components/editor/MapEditor';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ mapId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = await mapTitle((await params).mapId);
  return { title: title ? `${title} · Pleit` : 'Pleit' };
}

export default async function MapPage({ params, searchParams }: Props) {
  const { mapId } = await params;
  // /maps/{id}?node={nodeId} (links from the sources page): that node, selected and in view
  const node = (await searchParams)?.node;
  const [{ graph, user }, { locale, t }, jar] = await Promise.all([loadMapPage(mapId), getMessages(), cookies()]);
  return (
    <MapEditor
      key={graph.map.id}
      graph={graph}
      signedIn={!!user}
      locale={locale}
      t={t.editor}
      ts={t.sourcing}
      tsessions={t.sessions}
      tm={t}
      initialView={parseView(jar.get(VIEW_COOKIE)?.value)}
      initialNodeId={typeof node === 'string' ? node : null}
    />
  );
}
