'use client';
import { useState } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { fillIn, SHARING } from '@/lib/i18n/sharing-messages';
import { api, problemText } from '@/lib/client/sharing-api';
import { flash } from '@/lib/client/flash';

/** "Make my copy" on a template page: the copy opens when it is made (or the one made before). */
export function TemplateCopyButton({ token, locale, title }: { token: string; locale: Locale; title: string }) {
  const t = SHARING[locale];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const make = async () => {
    setBusy(true);
    setError('');
    const a = await api<{ mapId: string; created: boolean }>('POST', `/api/v1/templates/${encodeURIComponent(token)}/copy`);
    if (!a.ok) {
      setBusy(false);
      setError(problemText(a, t));
      return;
    }
    flash(a.body.created ? fillIn(t.copyMade, { title }) : t.haveCopy, { afterNavigation: true });
    window.location.assign(`/maps/${a.body.mapId}`);
  };
  return (
    <>
      {error && <p className="error" role="alert">{error}</p>}
      <p>
        <button type="button" onClick={make} disabled={busy} data-testid="make-my-copy">{busy ? t.saving : t.makeMyCopy}</button>
      </p>
    </>
  );
}
