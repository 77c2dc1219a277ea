'use client';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';

export function SignInForm({ t, next }: { t: Messages; next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const res = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
      if (!res || res.error) {
        setError(res?.error === 'CredentialsSignin' ? t.badCredentials : t.genericError);
        return;
      }
      window.location.assign(next);
    } catch {
      setError(t.genericError);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <label>
        {t.email}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>{busy ? t.creating : t.signIn}</button>
    </form>
  );
}
