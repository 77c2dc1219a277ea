'use client';
// The page of a map one may not see (app/maps/[mapId]/not-found.tsx): the same words
// for a map that does not exist and for a private one, so the page tells nobody which
// it is. Signed in, one can ask the owner for access (or answer an invitation to this
// map); anonymous visitors are asked to sign in.
import { useCallback, useEffect, useId, useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import type { Role } from '@/lib/argument/model';
import type { Locale } from '@/lib/i18n/messages';
import { fillIn, SHARING } from '@/lib/i18n/sharing-messages';
import { api, problemText } from '@/lib/client/sharing-api';
import { SHARING_LIMITS } from '@/lib/api/sharing-schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';
import './sharing.css';

interface MyRequest { id: string; status: 'pending' | 'granted' | 'refused'; createdAt: string; decidedAt: string | null }
interface Invitation { id: string; mapId: string; role: Role; mapTitle: string; invitedByName: string }

export function NoAccess({ locale, signedIn }: { locale: Locale; signedIn: boolean }) {
  const t = SHARING[locale];
  const id = useId();
  const params = useParams<{ mapId: string }>();
  const mapId = typeof params?.mapId === 'string' ? params.mapId : '';
  const [request, setRequest] = useState<MyRequest | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [loaded, setLoaded] = useState(!signedIn);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [role, setRole] = useState<'VIEWER' | 'EDITOR'>('VIEWER');
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    const [req, inv] = await Promise.all([
      api<{ requests: MyRequest[] }>('GET', `/api/v1/maps/${encodeURIComponent(mapId)}/access-requests`),
      api<{ invitations: Invitation[] }>('GET', '/api/v1/invitations'),
    ]);
    setRequest(req.ok ? (req.body.requests[0] ?? null) : null);
    setInvitation(inv.ok ? (inv.body.invitations.find((i) => i.mapId === mapId) ?? null) : null);
    setLoaded(true);
  }, [mapId]);
  useEffect(() => {
    if (signedIn && mapId) void load();
  }, [signedIn, mapId, load]);

  const ask = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError('');
    if (overLimitIn(e.currentTarget)) return;
    setBusy(true);
    const a = await api('POST', `/api/v1/maps/${encodeURIComponent(mapId)}/access-requests`, { role, ...(message.trim() ? { message } : {}) });
    setBusy(false);
    if (!a.ok) {
      setError(problemText(a, t));
      return;
    }
    setStatus(t.asked);
    await load();
  };
  const answer = async (how: 'accept' | 'decline') => {
    if (!invitation) return;
    setBusy(true);
    const a = await api('POST', `/api/v1/invitations/${invitation.id}/${how}`);
    setBusy(false);
    if (!a.ok) {
      setError(problemText(a, t));
      return;
    }
    if (how === 'accept') window.location.assign(`/maps/${mapId}`);
    else {
      setStatus(t.invitationDeclined);
      await load();
    }
  };

  const date = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const callback = `/maps/${encodeURIComponent(mapId)}`;
  return (
    <main className="page share-page" data-testid="no-access">
      <h1>{t.noAccessTitle}</h1>
      {!signedIn ? (
        <>
          <p>{t.noAccessAnon}</p>
          <p>
            <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(callback)}`}>{t.signInToSee}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t.noAccessBody}</p>
          <p role="status" aria-live="polite" className="share-status" data-testid="no-access-status">{status}</p>
          {error && <p className="error" role="alert">{error}</p>}
          {!loaded ? (
            <p>{t.loading}</p>
          ) : invitation ? (
            <div className="card">
              <p>{fillIn(t.invitedHere, { role: t.roleNames[invitation.role] })}</p>
              <div className="share-row">
                <button type="button" disabled={busy} onClick={() => answer('accept')}>{t.accept}</button>
                <button type="button" className="secondary" disabled={busy} onClick={() => answer('decline')}>{t.decline}</button>
              </div>
            </div>
          ) : request?.status === 'pending' ? (
            <p className="card" data-testid="request-pending">{fillIn(t.pendingRequest, { date: date.format(new Date(request.createdAt)) })}</p>
          ) : request?.status === 'refused' ? (
            <p className="card" data-testid="request-refused">{t.refusedRequest} {t.askAgainLater}</p>
          ) : (
            <form onSubmit={ask} noValidate aria-labelledby={`${id}-ask`} className="card">
              <h2 id={`${id}-ask`}>{t.askAccess}</h2>
              <label htmlFor={`${id}-role`}>{t.askRole}</label>
              <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as 'VIEWER' | 'EDITOR')}>
                <option value="VIEWER">{t.roleHelp.VIEWER}</option>
                <option value="EDITOR">{t.roleHelp.EDITOR}</option>
              </select>
              <label htmlFor={`${id}-msg`}>{t.askMessage}</label>
              <textarea id={`${id}-msg`} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} {...limitProps(`${id}-msg`, message, SHARING_LIMITS.requestMessage)} />
              <LimitNote t={t.limits} id={`${id}-msg`} field={t.fieldMessage} value={message} max={SHARING_LIMITS.requestMessage} />
              <div className="share-row">
                <button type="submit" disabled={busy}>{t.askAccess}</button>
              </div>
            </form>
          )}
          <p>
            <Link href="/maps">{t.backToMaps}</Link>
          </p>
        </>
      )}
    </main>
  );
}
