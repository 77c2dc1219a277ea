'use client';
// Import a map file (Pleit's JSON) as a new map of one's own, from the "my maps" page.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { problemMessage } from '@/lib/client/problem';

export function ImportMapForm({ t }: { t: Messages }) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; title: string } | null>(null);
  async function onFile(file: File) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const res = await fetch('/api/v1/maps/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: file });
      if (!res.ok) {
        setError(`${t.importFailed.replace('{reason}', await problemMessage(res, t.genericError))}`);
        return;
      }
      const { map } = (await res.json()) as { map: { id: string; title: string } };
      setDone(map);
      router.refresh();
    } catch {
      setError(t.genericError);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="form import-map" data-testid="import-map">
      <label htmlFor={`${id}-file`}>{t.importMap}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void onFile(file);
        }}
      />
      <span className="hint">{t.importHelp}</span>
      {busy && (
        <p role="status">
          <progress aria-label={t.importBusy} /> {t.importBusy}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p role="status" data-testid="import-done">
          {t.importDone.replace('{title}', '')}
          <Link href={`/maps/${done.id}`}>{done.title}</Link>
        </p>
      )}
    </div>
  );
}
