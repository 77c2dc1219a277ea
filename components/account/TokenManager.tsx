'use client';
import { useCallback, useEffect, useId, useState } from 'react';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { problemMessage } from '@/lib/client/problem';
import { LIMITS } from '@/lib/api/schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: 'read' | 'write';
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

/** Lists, creates and revokes the user's API tokens; a new secret is shown once. */
export function TokenManager({ t, locale }: { t: Messages; locale: Locale }) {
  const id = useId();
  const [name, setName] = useState('');
  const [tokens, setTokens] = useState<TokenRow[] | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const load = useCallback(async () => {
    const res = await fetch('/api/v1/tokens');
    if (!res.ok) {
      setError(await problemMessage(res, t.genericError, t));
      return;
    }
    setTokens(((await res.json()) as { tokens: TokenRow[] }).tokens);
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function create(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setError(null);
    if (overLimitIn(form)) return;
    const data = new FormData(form);
    const body = { name: String(data.get('name') ?? ''), scope: String(data.get('scope') ?? 'write'), expiresInDays: Number(data.get('days') ?? 90) };
    setError(null);
    const res = await fetch('/api/v1/tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) {
      setError(await problemMessage(res, t.genericError, t));
      return;
    }
    setSecret(((await res.json()) as { token: string }).token);
    form.reset();
    setName('');
    await load();
  }

  async function revoke(id: string) {
    setError(null);
    const res = await fetch(`/api/v1/tokens/${id}`, { method: 'DELETE' });
    if (!res.ok && res.status !== 404) setError(await problemMessage(res, t.genericError, t));
    await load();
  }

  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <form className="form card" onSubmit={create} aria-label={t.createToken}>
        <label>
          {t.tokenName}
          <input name="name" required value={name} onChange={(e) => setName(e.target.value)} {...limitProps(`${id}-name`, name, LIMITS.tokenName)} />
        </label>
        <LimitNote t={t.limits} id={`${id}-name`} field={t.tokenName} value={name} max={LIMITS.tokenName} />
        <label>
          {t.tokenScope}
          <select name="scope" defaultValue="write">
            <option value="write">{t.tokenScopeWrite}</option>
            <option value="read">{t.tokenScopeRead}</option>
          </select>
        </label>
        <label>
          {t.tokenExpiresInDays}
          <input name="days" type="number" min={1} max={365} defaultValue={90} required />
        </label>
        <button type="submit">{t.createToken}</button>
      </form>
      {secret && (
        <div className="card" role="status">
          <p>{t.tokenShownOnce}</p>
          <code data-testid="new-token" style={{ wordBreak: 'break-all' }}>{secret}</code>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {tokens && tokens.length === 0 && <p>{t.noTokens}</p>}
      {tokens && tokens.length > 0 && (
        <ul className="map-list" data-testid="tokens">
          {tokens.map((tok) => (
            <li key={tok.id} className="card">
              <span>
                <strong>{tok.name}</strong> <code>{tok.prefix}…</code> · {tok.scope === 'read' ? t.tokenScopeRead : t.tokenScopeWrite}
                <br />
                <span className="meta">
                  {t.created} {date.format(new Date(tok.createdAt))} · {t.expires} {date.format(new Date(tok.expiresAt))} · {t.lastUsed}{' '}
                  {tok.lastUsedAt ? date.format(new Date(tok.lastUsedAt)) : t.never}
                </span>
              </span>
              <button type="button" className="secondary" onClick={() => revoke(tok.id)} aria-label={`${t.revoke} ${tok.name}`}>
                {t.revoke}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
