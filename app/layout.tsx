import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';
import { getMessages } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';
import { SignOutButton } from '@/components/auth/SignOutButton';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Flash } from '@/components/Flash';
import { SiteMenu } from '@/components/site/SiteMenu';
import { Welcome } from '@/components/site/Welcome';

export const metadata: Metadata = {
  title: 'Pleit',
  description: 'Argument maps for policy debates',
};

export const viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, user] = await Promise.all([getMessages(), currentUser()]);
  return (
    <html lang={locale}>
      <body>
        <header className="site-header">
          <Link href="/" className="brand">Pleit</Link>
          <SiteMenu label={t.mainMenu} menu={t.menu}>
            <Link href="/maps">{user ? t.myMaps : t.publicMaps}</Link>
            {user ? (
              <>
                <Link href="/account" className="hint" data-testid="signed-in-as">{t.signedInAs} {user.name}</Link>
                <SignOutButton label={t.signOut} />
              </>
            ) : (
              <>
                <Link href="/signin">{t.signIn}</Link>
                <Link href="/signup">{t.signUp}</Link>
              </>
            )}
            <LanguageSwitch locale={locale} label={t.language} />
          </SiteMenu>
        </header>
        <Welcome template={t.welcome} dismiss={t.dismiss} />
        {children}
        <Flash closeLabel={t.sharing.close} />
      </body>
    </html>
  );
}
