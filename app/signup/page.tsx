import Link from 'next/link';
import { getMessages } from '@/lib/i18n/server';
import { SignUpForm } from '@/components/auth/SignUpForm';

export default async function SignUpPage() {
  const { t } = await getMessages();
  return (
    <main className="page">
      <h1>{t.signUp}</h1>
      <SignUpForm t={t} />
      <p>{t.haveAccount} <Link href="/signin">{t.signIn}</Link></p>
    </main>
  );
}
