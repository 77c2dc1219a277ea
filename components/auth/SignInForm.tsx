'use client';
import { getCsrfToken } from 'next-auth/react';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { sameOriginPath } from '@/lib/safe-redirect';

/** Signs in through next-auth's credentials callback; a 429 (too many failed attempts) says how long to wait. */
export function SignInForm({ t, next }: { t: Messages; next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const csrfToken = (await getCsrfToken()) ?? '';
      const res = await fetch('/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken, email: String(form.get('email') ?? ''), password: String(form.get('password') ?? ''), json: 'true' }),
      });
      if (res.status === 429) {
        const seconds = Number(res.headers.get('retry-after')) || 60;
        setError(t.tooManySignIns.replace('{minutes}', String(Math.ceil(seconds / 60))));
        return;
      }
      const body = (await res.json().catch(() => ({}))) as { url?: string };
      const failed = !res.ok || (body.url && new URL(body.url, window.location.origin).searchParams.get('error'));
      if (failed) {
        setError(res.status === 401 ? t.badCredentials : t.genericError);
        return;
      }
      window.location.assign(sameOriginPath(next, window.location.origin));
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
