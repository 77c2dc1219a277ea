import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';
import { SignInForm } from '@/components/auth/SignInForm';
import { sameOriginPath } from '@/lib/safe-redirect';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { t } = await getMessages();
  const { callbackUrl } = await searchParams;
  // only paths on this site: an open redirect would send users anywhere after signing in
  const next = sameOriginPath(typeof callbackUrl === 'string' ? callbackUrl : null, 'http://pleit.invalid');
  return (
    <main className="page">
      <h1>{t.signIn}</h1>
      <SignInForm t={t} next={next} />
      <p>{t.noAccount} <Link href="/signup">{t.signUp}</Link></p>
    </main>
  );
}
