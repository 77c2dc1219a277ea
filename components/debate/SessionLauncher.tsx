'use client';
// On the editor, for an OWNER or MODERATOR: start a session on this map (title, mode,
// format) or go to the live one.
import { useEffect, useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { send } from '@/lib/client/debate';
import type { SessionText } from '@/lib/i18n/session-messages';
import { DEBATE_LIMITS } from '@/lib/api/debate-schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';

export function SessionLauncher({ mapId, mapTitle, t }: { mapId: string; mapTitle: string; t: SessionText }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [live, setLive] = useState<string | null>(null);
  const [title, setTitle] = useState(mapTitle);
  const [mode, setMode] = useState<'moderated' | 'open'>('moderated');
  const [format, setFormatValue] = useState('none');
  const setFormat = (f: string) => {
    setFormatValue(f);
    setPrepMinutes(f === 'ld' ? '4' : '0');
  };
  const [agenda, setAgenda] = useState('');
  // each side's preparation time: Lincoln–Douglas has 4 minutes; a custom agenda may give some
  const [prepMinutes, setPrepMinutes] = useState('4');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send<{ sessions: { id: string; status: string }[] }>('GET', `/api/v1/maps/${mapId}/sessions`).then(
      (r) => setLive(r.sessions.find((s) => s.status === 'live')?.id ?? null),
      () => setLive(null),
    );
  }, [mapId]);
  if (live) return <a className="button secondary" href={`/sessions/${live}/moderate`}>{t.live}: {t.openConsole}</a>;
  const start = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    if (overLimitIn(e.currentTarget)) return;
    const phases = agenda.split('\n').map((l) => l.split(',')).filter((p) => p[0]?.trim()).map(([name, min]) => ({ name: name.trim(), seconds: Math.round(Number(min) * 60) || 60 }));
    try {
      const s = await send<{ id: string }>('POST', `/api/v1/maps/${mapId}/sessions`, { title, mode, format, ...(format === 'custom' ? { agenda: phases } : {}), ...(format === 'ld' || format === 'custom' ? { prepSeconds: Math.round((Number(prepMinutes) || 0) * 60) } : {}) });
      router.push(`/sessions/${s.id}/moderate`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <div className="session-launcher">
      <button type="button" className="secondary" onClick={() => setOpen(!open)} aria-expanded={open}>{t.start}</button>
      {open && (
        <form className="session-launcher-form" onSubmit={start} data-testid="start-session">
          <h2>{t.startTitle}</h2>
          <label>{t.title}<input value={title} onChange={(e) => setTitle(e.target.value)} required {...limitProps(`${id}-title`, title, DEBATE_LIMITS.title)} /></label>
          <LimitNote t={t.limits} id={`${id}-title`} field={t.title} value={title} max={DEBATE_LIMITS.title} />
          <label>{t.mode}
            <select value={mode} onChange={(e) => setMode(e.target.value as 'moderated')}>
              <option value="moderated">{t.moderated}</option>
              <option value="open">{t.open}</option>
            </select>
          </label>
          <label>{t.format}
            <select value={format} onChange={(e) => setFormat(e.target.value)}>
              {(['none', 'bp', 'ld', 'classroom', 'custom'] as const).map((f) => <option key={f} value={f}>{t.formats[f]}</option>)}
            </select>
          </label>
          {format === 'custom' && <label>{t.customAgenda}<textarea value={agenda} onChange={(e) => setAgenda(e.target.value)} required /></label>}
          {(format === 'ld' || format === 'custom') && (
            <label>{t.prepMinutes}<input type="number" min={0} max={60} step={0.5} value={prepMinutes} onChange={(e) => setPrepMinutes(e.target.value)} /></label>
          )}
          {error && <p role="alert">{error}</p>}
          <button type="submit">{t.start}</button>
        </form>
      )}
    </div>
  );
}
