'use client';
// /join: a code and a display name (and a side). The answer sets the participant's
// cookie; the participant view follows. The code keeps a maxLength: codes are short and
// typed, not pasted prose; the name has the server's limit, counted and refused, not cut.
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { send } from '@/lib/client/debate';
import type { SessionText } from '@/lib/i18n/session-messages';
import { DEBATE_LIMITS } from '@/lib/api/debate-schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';

export function JoinForm({ initialCode, t }: { initialCode: string; t: SessionText }) {
  const router = useRouter();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [side, setSide] = useState('neutral');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    if (overLimitIn(e.currentTarget)) return;
    setBusy(true);
    try {
      const joined = await send<{ sessionId: string }>('POST', '/api/v1/sessions/join', { code, name, side });
      router.push(`/sessions/${joined.sessionId}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <main className="narrow">
      <h1>{t.joinTitle}</h1>
      <form onSubmit={submit} data-testid="join-form">
        <label>{t.code}<input value={code} onChange={(e) => setCode(e.target.value)} required maxLength={20} autoCapitalize="characters" autoComplete="off" /></label>
        <label>{t.yourName}<input value={name} onChange={(e) => setName(e.target.value)} required {...limitProps(`${id}-name`, name, DEBATE_LIMITS.participantName)} /></label>
        <LimitNote t={t.limits} id={`${id}-name`} field={t.yourName} value={name} max={DEBATE_LIMITS.participantName} />
        <label>{t.side}
          <select value={side} onChange={(e) => setSide(e.target.value)}>
            {(['pro', 'contra', 'neutral'] as const).map((s) => <option key={s} value={s}>{t.sides[s]}</option>)}
          </select>
        </label>
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? t.joining : t.join}</button>
      </form>
    </main>
  );
}
