'use client';
import { signIn } from 'next-auth/react';
import { useId, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { accountProblemText } from './problem-text';
import { WELCOME_KEY } from '@/components/site/Welcome';
import { LIMITS } from '@/lib/api/schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';

export function SignUpForm({ t }: { t: Messages }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    if (overLimitIn(e.currentTarget)) return;
    const form = new FormData(e.currentTarget);
    const body = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    const invalid = !body.name.trim()
      ? t.nameRequired
      : !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)
        ? t.invalidEmail
        : body.password.length < 8
          ? t.passwordHint
          : body.password.trim() === ''
            ? t.passwordBlank
          : null;
    if (invalid) {
      setError(invalid);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/v1/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status === 409) {
        setError(t.emailTaken);
        return;
      }
      if (!res.ok) {
        setError(await accountProblemText(res, t));
        return;
      }
      const signedIn = await signIn('credentials', { email: body.email, password: body.password, redirect: false });
      if (!signedIn || signedIn.error) {
        setError(t.genericError);
        return;
      }
      // the next page says what happened (components/site/Welcome.tsx)
      try {
        sessionStorage.setItem(WELCOME_KEY, body.name.trim());
      } catch {
        /* no storage: the header still shows who is signed in */
      }
      window.location.assign('/maps');
    } catch {
      setError(t.genericError);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <label>
        {t.name}
        <input name="name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} {...limitProps(`${id}-name`, name, LIMITS.userName)} />
      </label>
      <LimitNote t={t.limits} id={`${id}-name`} field={t.name} value={name} max={LIMITS.userName} />
      <label>
        {t.email}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" autoComplete="new-password" required minLength={8} aria-describedby="password-hint" />
      </label>
      <span className="hint" id="password-hint">{t.passwordHint}</span>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>{busy ? t.creating : t.signUp}</button>
    </form>
  );
}
