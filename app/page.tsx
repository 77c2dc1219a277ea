import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';
import { db } from '@/lib/server/db';
import { DEMO_MAP_ID } from '@/lib/server/seed';

export default async function Home() {
  const [{ t }, user, demo] = await Promise.all([
    getMessages(),
    currentUser(),
    // the demo map, when it has been seeded (it is public)
    db().argumentMap.findUnique({ where: { id: DEMO_MAP_ID }, select: { id: true, title: true, visibility: true } }),
  ]);
  return (
    <main className="page">
      <h1>Pleit</h1>
      <p><strong>{t.appTagline}</strong></p>
      <p>{t.intro}</p>
      <p style={{ display: 'flex', gap: '0.8rem', flexWrap: 'wrap' }}>
        <Link className="button" href="/maps">{user ? t.myMaps : t.publicMaps}</Link>
        {!user && <Link className="button secondary" href="/signup">{t.signUp}</Link>}
      </p>
      {demo?.visibility === 'PUBLIC' && (
        <p>
          <Link href={`/maps/${demo.id}`} data-testid="demo-map-link">{t.openDemoMap.replace('{title}', demo.title)}</Link>
        </p>
      )}
    </main>
  );
}
