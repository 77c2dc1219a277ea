import { redirect } from 'next/navigation';
import { getMessages } from '@/lib/i18n/server';
import { currentUser } from '@/lib/server/session';
import { TokenManager } from '@/components/account/TokenManager';
import { PasswordForm } from '@/components/account/PasswordForm';

export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const [{ locale, t }, user] = await Promise.all([getMessages(), currentUser()]);
  if (!user) redirect('/signin?callbackUrl=/account');
  return (
    <main className="page">
      <h1>{t.account}</h1>
      <p>{user.name} &lt;{user.email}&gt;</p>
      <h2>{t.apiTokens}</h2>
      <p>{t.apiTokensIntro}</p>
      <TokenManager t={t} locale={locale} />
      <h2>{t.changePassword}</h2>
      <PasswordForm t={t} />
    </main>
  );
}
