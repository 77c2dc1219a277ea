import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';
import { db } from '@/lib/server/db';
import { DEMO_MAP_ID } from '@/lib/server/seed';
import { landingPicture } from '@/lib/server/landing-picture';

export const dynamic = 'force-dynamic';

/** What Pleit is: a picture of a real map (part of the demo map, drawn by the map renderer), the three uses, the demo. */
export default async function Home() {
  const [{ locale, t }, user, demo] = await Promise.all([
    getMessages(),
    currentUser(),
    // the demo map, when it has been seeded (it is public)
    db().argumentMap.findUnique({ where: { id: DEMO_MAP_ID }, select: { id: true, title: true, visibility: true } }),
  ]);
  const isPublic = demo?.visibility === 'PUBLIC';
  const picture = isPublic ? await landingPicture(locale).catch(() => null) : null;
  const uses = [
    { id: 'texts', title: t.landingUseTexts, body: t.landingUseTextsBody },
    { id: 'debates', title: t.landingUseDebates, body: t.landingUseDebatesBody },
    { id: 'export', title: t.landingUseExport, body: t.landingUseExportBody },
  ];
  return (
    <main className="page landing">
      <section className="landing-hero">
        <div>
          <h1>Pleit</h1>
          <p className="landing-tagline">{t.appTagline}</p>
          <p>{t.landingLead}</p>
          <p>{t.intro}</p>
          <p className="landing-actions">
            {isPublic && (
              <Link className="button" href={`/maps/${demo!.id}`} data-testid="demo-map-link">
                {t.openDemoMap.replace('{title}', demo!.title)}
              </Link>
            )}
            <Link className={`button${isPublic ? ' secondary' : ''}`} href="/maps">{user ? t.myMaps : t.publicMaps}</Link>
            {!user && <Link className="button secondary" href="/signup">{t.signUp}</Link>}
          </p>
        </div>
        {picture && (
          <figure className="landing-picture" data-testid="landing-picture">
            {/* the renderer's own SVG, every user string in it escaped (lib/render/svg.ts) */}
            <a href={`/maps/${demo!.id}`} aria-label={t.openDemoMap.replace('{title}', demo!.title)} dangerouslySetInnerHTML={{ __html: picture }} />
            <figcaption>
              {t.landingPicture} <Link href={`/maps/${demo!.id}`}>{t.landingDemo}</Link>
            </figcaption>
          </figure>
        )}
      </section>
      <section aria-labelledby="landing-uses">
        <h2 id="landing-uses">{t.landingUses}</h2>
        <ul className="landing-uses">
          {uses.map((u) => (
            <li key={u.id} className="card" data-testid={`use-${u.id}`}>
              <h3>{u.title}</h3>
              <p>{u.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
