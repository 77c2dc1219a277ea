// The source library of a map: /maps/{mapId}/sources. Readable by whoever may read the
// map; the sources' texts only by its members (the reader fetches them through the API).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { mapAccess, type MapAccess } from '@/lib/server/access';
import { db } from '@/lib/server/db';
import { HttpError } from '@/lib/server/http';
import { loadState, stateToGraph } from '@/lib/server/maps';
import { currentUser } from '@/lib/server/session';
import { getMessages } from '@/lib/i18n/server';
import type { SourcingGraph } from '@/lib/sourcing/client';
import { SourceLibrary } from '@/components/sourcing/SourceLibrary';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ mapId: string }> };

async function load(mapId: string): Promise<SourcingGraph> {
  const user = await currentUser();
  let access: MapAccess;
  try {
    access = await mapAccess(user ? { ...user, via: 'session' } : null, mapId);
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  }
  const { state, revision } = await db().$transaction(async (tx) => ({
    revision: (await tx.argumentMap.findUniqueOrThrow({ where: { id: mapId }, select: { revision: true } })).revision,
    state: await loadState(tx, mapId),
  }));
  const { id, title, language, visibility, version } = access.map;
  return { map: { id, title, language, visibility, version, role: access.role }, ...stateToGraph(state), revision };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { mapId } = await params;
  const [{ t }, user] = await Promise.all([getMessages(), currentUser()]);
  try {
    const { map } = await mapAccess(user ? { ...user, via: 'session' } : null, mapId);
    return { title: `${t.sourcing.pageTitle} · ${map.title} · Pleit` };
  } catch {
    return { title: 'Pleit' };
  }
}

export default async function SourcesPage({ params }: Props) {
  const { mapId } = await params;
  const [graph, { locale, t }] = await Promise.all([load(mapId), getMessages()]);
  return (
    <main className="page sources-page">
      <SourceLibrary key={graph.map.id} initial={graph} t={t.sourcing} kinds={t.editor.kinds} locale={locale} />
    </main>
  );
}
