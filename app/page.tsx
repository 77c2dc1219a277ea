import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';

export default async function Home() {
  const [{ t }, user] = await Promise.all([getMessages(), currentUser()]);
  return (
    <main className="page">
      <h1>Pleit</h1>
      <p><strong>{t.appTagline}</strong></p>
      <p>{t.intro}</p>
      <p style={{ display: 'flex', gap: '0.8rem', flexWrap: 'wrap' }}>
        <Link className="button" href="/maps">{user ? t.myMaps : t.publicMaps}</Link>
        {!user && <Link className="button secondary" href="/signup">{t.signUp}</Link>}
      </p>
    </main>
  );
}
