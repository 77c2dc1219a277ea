'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { problemMessage } from '@/lib/client/problem';
import { flash } from '@/lib/client/flash';
import { fillIn } from '@/lib/i18n/sharing-messages';

export function NewMapForm({ t }: { t: Messages }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    const title = String(form.get('title') ?? '');
    // said here, in the user's words, and what was typed stays in the form
    if (!title.trim()) return setError(t.mapTitleRequired);
    if (title.trim().length > 200) return setError(t.fieldTooLong.replace('{field}', t.mapTitle).replace('{max}', '200'));
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/v1/maps', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title: String(form.get('title') ?? ''),
          description: String(form.get('description') ?? ''),
          visibility: String(form.get('visibility') ?? 'PRIVATE'),
        }),
      });
      if (!res.ok) {
        setError(await problemMessage(res, t.genericError, t));
        return;
      }
      const created = (await res.json()) as { title: string };
      formElement.reset();
      flash(fillIn(t.sharing.created, { title: created.title }));
      router.refresh();
    } catch {
      setError(t.genericError);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-label={t.newMap}>
      <label>
        {t.mapTitle}
        <input name="title" required />
      </label>
      <label>
        {t.mapDescription}
        <textarea name="description" rows={3} maxLength={5000} />
      </label>
      <label>
        {t.visibility}
        <select name="visibility" defaultValue="PRIVATE">
          <option value="PRIVATE">{t.PRIVATE}</option>
          <option value="LINK">{t.LINK}</option>
          <option value="PUBLIC">{t.PUBLIC}</option>
        </select>
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>{busy ? t.creating : t.create}</button>
    </form>
  );
}
