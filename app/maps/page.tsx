import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';
import { listMaps } from '@/lib/server/map-admin';
import { NewMapForm } from '@/components/maps/NewMapForm';
import { InvitationList } from '@/components/maps/InvitationList';
import { invitationsFor } from '@/lib/server/invitations';
import { ImportMapForm } from '@/components/maps/ImportMapForm';
import { MapActions } from '@/components/maps/MapActions';
import { pendingCounts } from '@/lib/server/access-requests';
import { fillIn } from '@/lib/i18n/sharing-messages';
import '@/components/maps/sharing.css';

export const dynamic = 'force-dynamic';

export default async function MapsPage() {
  const [{ locale, t }, user] = await Promise.all([getMessages(), currentUser()]);
  const [maps, invitations, requests] = await Promise.all([
    listMaps(user?.id ?? null),
    user ? invitationsFor(user.email) : Promise.resolve([]),
    user ? pendingCounts(user.id) : Promise.resolve(new Map<string, number>()),
  ]);
  const mine = maps.filter((m) => m.role);
  const open = maps.filter((m) => !m.role);
  const date = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const list = (items: typeof maps, testId: string) => (
    <ul className="map-list" data-testid={testId}>
      {items.map((m) => (
        <li key={m.id} className="card">
          <span>
            <Link href={`/maps/${m.id}`}>{m.title}</Link>{' '}
            <span className="badge">{t[m.visibility]}</span>{' '}
            {m.role && <span className="badge">{t[m.role]}</span>}{' '}
            {requests.get(m.id) ? <span className="badge" data-testid="request-badge">{fillIn(t.sharing.requestsBadge, { n: requests.get(m.id)! })}</span> : null}
          </span>
          <span className="meta">{t.updated} {date.format(new Date(m.updatedAt))}</span>
          {m.role && <MapActions mapId={m.id} locale={locale} />}
        </li>
      ))}
    </ul>
  );
  return (
    <main className="page">
      {user ? (
        <>
          <h1>{t.myMaps}</h1>
          <InvitationList t={t} invitations={invitations} />
          {mine.length ? list(mine, 'my-maps') : <p>{t.noMapsYet}</p>}
          <h2>{t.newMap}</h2>
          <NewMapForm t={t} />
          <ImportMapForm t={t} />
        </>
      ) : (
        <p>
          <Link href="/signin?callbackUrl=/maps">{t.signIn}</Link> — {t.signInToCreate}
        </p>
      )}
      {open.length > 0 && (
        <>
          <h2>{t.publicMaps}</h2>
          {list(open, 'public-maps')}
        </>
      )}
    </main>
  );
}
