'use client';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { accountProblemText } from '@/components/auth/problem-text';

/** Changes the password (POST /api/v1/me/password); the account's other sessions end. */
export function PasswordForm({ t }: { t: Messages }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const body = { current: String(data.get('current') ?? ''), new: String(data.get('new') ?? '') };
    if (body.new.length < 8) {
      setMessage({ ok: false, text: t.passwordHint });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch('/api/v1/me/password', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) {
        setMessage({ ok: false, text: await accountProblemText(res, t) });
        return;
      }
      form.reset();
      setMessage({ ok: true, text: t.passwordChanged });
    } catch {
      setMessage({ ok: false, text: t.genericError });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form card" onSubmit={onSubmit} aria-label={t.changePassword} noValidate>
      <p>{t.changePasswordIntro}</p>
      <label>
        {t.currentPassword}
        <input name="current" type="password" autoComplete="current-password" required />
      </label>
      <label>
        {t.newPassword}
        <input name="new" type="password" autoComplete="new-password" required minLength={8} aria-describedby="new-password-hint" />
      </label>
      <span className="hint" id="new-password-hint">{t.passwordHint}</span>
      {message && (
        <p className={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy}>{busy ? t.creating : t.changePassword}</button>
    </form>
  );
}
