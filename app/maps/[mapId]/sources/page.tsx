// The source library of a map: /maps/{mapId}/sources. Readable by whoever may read the
// map; the sources' texts only by its members (the reader fetches them through the API).
import type { Metadata } from 'next';
import { loadMapPage, mapTitle } from '@/lib/server/map-page';
import { getMessages } from '@/lib/i18n/server';
import { SourceLibrary } from '@/components/sourcing/SourceLibrary';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ mapId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, title] = await Promise.all([getMessages(), mapTitle((await params).mapId)]);
  return { title: title ? `${t.sourcing.pageTitle} · ${title} · Pleit` : 'Pleit' };
}

export default async function SourcesPage({ params }: Props) {
  const { mapId } = await params;
  const [{ graph }, { locale, t }] = await Promise.all([loadMapPage(mapId), getMessages()]);
  return (
    <main className="page sources-page">
      <SourceLibrary key={graph.map.id} initial={graph} t={t.sourcing} kinds={t.editor.kinds} locale={locale} />
    </main>
  );
}
