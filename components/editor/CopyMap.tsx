'use client';
// For viewers: the map is read-only, and a signed-in user can make a copy of their own;
// the filters, the legend, the map's sourcing figure and the source reader are theirs too.
import { useState } from 'react';
import Link from 'next/link';
import { copyMap } from '@/lib/client/copy-map';
import { flash } from '@/lib/client/flash';
import { fillIn, SHARING } from '@/lib/i18n/sharing-messages';
import { fill, useEditor } from './context';
import { SourcingBar } from './SourcingBar';
import { ExportButton } from './ExportDialog';
import { Filters } from './Filters';
import { Legend } from './Legend';

export function CopyMap() {
  const { t, doc, signedIn, mapId, locale } = useEditor();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    setBusy(true);
    setError(null);
    const { meta, view } = doc.getState();
    const r = await copyMap(view, meta, fill(t.copyOf, { title: meta.title }));
    if (r.ok) {
      flash(fillIn(SHARING[locale].duplicated, { title: fill(t.copyOf, { title: meta.title }) }), { afterNavigation: true });
      window.location.assign(`/maps/${r.id}`);
    }
    else {
      setError(fill(t.copyFailed, { message: r.message }));
      setBusy(false);
    }
  };
  return (
    <div className="read-only-bar" data-testid="read-only">
      <p>{t.readOnly}</p>
      {signedIn ? (
        <button type="button" onClick={make} disabled={busy}>{busy ? t.copying : t.makeCopy}</button>
      ) : (
        <Link className="button" href={`/signin?callbackUrl=/maps/${mapId}`}>{t.signInToCopy}</Link>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="toolbar-group read-only-tools">
        <Filters />
        <Legend />
      </div>
      <SourcingBar />
      <ExportButton />
    </div>
  );
}
