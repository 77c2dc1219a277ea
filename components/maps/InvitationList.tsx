'use client';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import type { Role } from '@/lib/argument/model';
import { problemMessage } from '@/lib/client/problem';
import { fill } from '@/lib/i18n/fill';

export interface PendingInvitation {
  id: string;
  mapId: string;
  role: Role;
  mapTitle: string;
  invitedByName: string;
}

/** The caller's pending invitations: accepting opens the map, declining drops it. */
export function InvitationList({ t, invitations }: { t: Messages; invitations: PendingInvitation[] }) {
  const [gone, setGone] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  async function answer(inv: PendingInvitation, how: 'accept' | 'decline') {
    setError(null);
    const res = await fetch(`/api/v1/invitations/${inv.id}/${how}`, { method: 'POST' });
    if (!res.ok) {
      setError(await problemMessage(res, t.genericError));
      return;
    }
    if (how === 'accept') window.location.assign(`/maps/${inv.mapId}`);
    else setGone((g) => [...g, inv.id]);
  }
  const shown = invitations.filter((i) => !gone.includes(i.id));
  if (!shown.length) return null;
  return (
    <>
      <h2>{t.invitations}</h2>
      {error && <p className="error" role="alert">{error}</p>}
      <ul className="map-list" data-testid="invitations">
        {shown.map((inv) => (
          <li key={inv.id} className="card">
            <span>{fill(t.invitationFrom, { name: inv.invitedByName, role: t[inv.role], title: inv.mapTitle })}</span>
            <span>
              <button type="button" onClick={() => answer(inv, 'accept')}>{t.acceptInvitation}</button>{' '}
              <button type="button" className="secondary" onClick={() => answer(inv, 'decline')}>{t.declineInvitation}</button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
