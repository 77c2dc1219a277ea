'use client';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { LIMITS } from '@/lib/api/schemas';
import { problemMessage } from '@/lib/client/problem';
import { flash } from '@/lib/client/flash';
import { fillIn } from '@/lib/i18n/sharing-messages';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';

export function NewMapForm({ t }: { t: Messages }) {
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    // said here, in the user's words, and what was typed stays in the form
    if (!title.trim()) return setError(t.mapTitleRequired);
    setError(null);
    if (overLimitIn(formElement)) return;
    setBusy(true);
    try {
      const res = await fetch('/api/v1/maps', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title, description, visibility: String(new FormData(formElement).get('visibility') ?? 'PRIVATE') }),
      });
      if (!res.ok) {
        setError(await problemMessage(res, t.genericError, t));
        return;
      }
      const created = (await res.json()) as { title: string };
      formElement.reset();
      setTitle('');
      setDescription('');
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
        <input name="title" required value={title} onChange={(e) => setTitle(e.target.value)} {...limitProps(`${id}-title`, title, LIMITS.mapTitle)} />
      </label>
      <LimitNote t={t.limits} id={`${id}-title`} field={t.mapTitle} value={title} max={LIMITS.mapTitle} />
      <label>
        {t.mapDescription}
        <textarea name="description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} {...limitProps(`${id}-desc`, description, LIMITS.mapDescription)} />
      </label>
      <LimitNote t={t.limits} id={`${id}-desc`} field={t.mapDescription} value={description} max={LIMITS.mapDescription} />
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
