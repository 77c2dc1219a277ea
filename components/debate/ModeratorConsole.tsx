'use client';
// The moderator's console: the join code and QR code, the live queue (approve, edit
// then approve, reject with a reason), pending proposals as ghosts on the map, the
// participants (side, rename, remove), locks, mode, timer, hands and floor, spotlight,
// reveal and end. Every action is checked again on the server.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import Link from 'next/link';
import { send, sessionApi, useDebate, type ProposalOut } from '@/lib/client/debate';
import type { SessionText } from '@/lib/i18n/session-messages';
import { FloorBox, NodeList, TimerBox, ghostsOf } from './parts';

function JoinQr({ url, t }: { url: string; t: SessionText }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    // drawn here from the link; nothing is fetched
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setSvg, () => setSvg(''));
  }, [url]);
  return <img className="debate-qr" alt={t.qr} data-testid="join-qr" src={svg ? `data:image/svg+xml;utf8,${encodeURIComponent(svg)}` : undefined} width={160} height={160} />;
}

export function ModeratorConsole({ sessionId, t }: { sessionId: string; t: SessionText }) {
  const { state, graph, results, error, refresh, serverNow } = useDebate(sessionId);
  const [message, setMessage] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [editing, setEditing] = useState<{ id: string; json: string } | null>(null);
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);

  if (!state || !graph) return <p role="status">{error ?? '…'}</p>;
  const act = async (method: string, path: string, body?: unknown) => {
    setMessage(null);
    try {
      await send(method, sessionApi(sessionId, path), body);
      await refresh();
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const pending = state.proposals.filter((p) => p.status === 'pending');
  const nameOf = (id: string) => state.participants.find((p) => p.id === id)?.name ?? '?';
  const joinUrl = `${origin}${state.joinUrl}`;
  const describe = (p: ProposalOut) => ghostsOf(p).map((g) => `${g.type ?? ''} ${g.title}`).join('; ') || `${p.operations.length} ops`;

  return (
    <div className="debate console" data-testid="moderator-console">
      <header className="debate-header">
        <h1>{state.title}</h1>
        {state.code && (
          <div className="debate-join">
            {t.code}: <strong data-testid="session-code">{state.code}</strong> · {t.joinLink}: <a href={joinUrl}>{joinUrl}</a>
            <JoinQr url={joinUrl} t={t} />
          </div>
        )}
        <Link href={`/sessions/${sessionId}/present`}>{t.presenter}</Link> · <Link href={`/sessions/${sessionId}/report`}>{t.report}</Link>
      </header>
      {state.status === 'ended' && <p role="status">{t.ended}</p>}
      {message && <p role="alert" data-testid="message">{message}</p>}
      <div className="debate-body">
        <NodeList graph={graph} state={state} t={t} results={results} ghosts={pending} actions={(id) => (
          <>
            <button type="button" className="secondary small" onClick={() => void act('POST', '/spotlight', { nodeId: id })}>{t.spotlightThis}</button>
            {!state.reveal.all && !state.reveal.nodeIds.includes(id) && (
              <button type="button" className="secondary small" onClick={() => void act('POST', '/reveal', { nodeIds: [id] })}>{t.revealNode}</button>
            )}
          </>
        )} />
        <aside className="debate-panel">
          <section>
            <h2>{t.queue} ({pending.length})</h2>
            <ul data-testid="queue">
              {pending.map((p) => (
                <li key={p.id} data-testid="queue-item">
                  <strong>{nameOf(p.participantId)}</strong>: {describe(p)}
                  {p.note && <em> — {p.note}</em>}
                  <div>
                    <button type="button" onClick={() => void act('POST', `/proposals/${p.id}/approve`, {})}>{t.approve}</button>{' '}
                    <button type="button" className="secondary" onClick={() => setEditing({ id: p.id, json: JSON.stringify(p.operations, null, 2) })}>{t.editApprove}</button>
                  </div>
                  {editing?.id === p.id && (
                    <div>
                      <textarea aria-label={t.editApprove} rows={8} value={editing.json} onChange={(e) => setEditing({ id: p.id, json: e.target.value })} />
                      <button type="button" onClick={() => {
                        let operations: unknown;
                        try {
                          operations = JSON.parse(editing.json);
                        } catch (e) {
                          setMessage((e as Error).message);
                          return;
                        }
                        void act('POST', `/proposals/${p.id}/approve`, { operations }).then(() => setEditing(null));
                      }}>{t.approve}</button>
                    </div>
                  )}
                  <div>
                    <input aria-label={t.rejectReason} placeholder={t.rejectReason} value={reasons[p.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })} maxLength={1000} />
                    <button type="button" className="secondary" disabled={!(reasons[p.id] ?? '').trim()} onClick={() => void act('POST', `/proposals/${p.id}/reject`, { reason: reasons[p.id] })}>{t.reject}</button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>{t.timer}</h2>
            <TimerBox state={state} serverNow={serverNow} t={t} />
            <div className="debate-buttons">
              {state.timer.state === 'running' ? (
                <button type="button" onClick={() => void act('POST', '/timer', { action: 'pause' })}>{t.timerPause}</button>
              ) : state.timer.state === 'paused' ? (
                <button type="button" onClick={() => void act('POST', '/timer', { action: 'resume' })}>{t.timerResume}</button>
              ) : (
                <button type="button" onClick={() => void act('POST', '/timer', state.agenda.length ? { action: 'start' } : { action: 'start', seconds: 120 })}>{t.timerStart}</button>
              )}
              <button type="button" className="secondary" onClick={() => void act('POST', '/timer', { action: 'extend', seconds: 60 })}>{t.timerExtend}</button>
              <button type="button" className="secondary" onClick={() => void act('POST', '/timer', { action: 'next' })}>{t.timerNext}</button>
              <button type="button" className="secondary" onClick={() => void act('POST', '/timer', { action: 'stop' })}>{t.timerStop}</button>
            </div>
          </section>
          <section>
            <h2>{t.hands}</h2>
            <FloorBox state={state} t={t} />
            <ul data-testid="hands">
              {state.hands.map((h) => (
                <li key={h.participantId}>
                  {nameOf(h.participantId)}{h.reply ? ` (${t.replyMark})` : ''}{' '}
                  <button type="button" className="small" onClick={() => void act('POST', '/floor', { participantId: h.participantId })}>{t.giveFloor}</button>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>{t.participants} ({state.participants.filter((p) => !p.removed).length})</h2>
            <ul data-testid="participants">
              {state.participants.filter((p) => !p.removed).map((p) => (
                <li key={p.id} data-testid="participant">
                  <span className={p.online ? 'online' : 'offline'}>{p.name}</span>{p.online ? ` · ${t.online}` : ''}{' '}
                  <select aria-label={t.side} value={p.side} onChange={(e) => void act('PATCH', `/participants/${p.id}`, { side: e.target.value })}>
                    {(['pro', 'contra', 'neutral'] as const).map((s) => <option key={s} value={s}>{t.sides[s]}</option>)}
                  </select>{' '}
                  <button type="button" className="small secondary" onClick={() => { const name = window.prompt(t.rename, p.name); if (name?.trim()) void act('PATCH', `/participants/${p.id}`, { name }); }}>{t.rename}</button>{' '}
                  <button type="button" className="small secondary" onClick={() => void act('POST', '/floor', { participantId: p.id })}>{t.giveFloor}</button>{' '}
                  <button type="button" className="small danger" onClick={() => void act('DELETE', `/participants/${p.id}`)}>{t.remove}</button>
                </li>
              ))}
            </ul>
          </section>
          <section className="debate-buttons">
            <button type="button" className="secondary" onClick={() => void act('PATCH', '', { locked: !state.locked })}>{state.locked ? t.unlockJoin : t.lockJoin}</button>
            <button type="button" className="secondary" onClick={() => void act('PATCH', '', { mapLocked: !state.mapLocked })}>{state.mapLocked ? t.unlockMap : t.lockMap}</button>
            <button type="button" className="secondary" onClick={() => void act('PATCH', '', { mode: state.mode === 'open' ? 'moderated' : 'open' })}>{t.switchMode} ({state.mode})</button>
            <button type="button" className="secondary" onClick={() => void act('PATCH', '', { votingOpen: !state.votingOpen })}>{state.votingOpen ? t.closeVoting : t.openVoting}</button>
            <button type="button" className="secondary" onClick={() => void act('POST', '/spotlight', { nodeId: null })}>{t.spotlightOff}</button>
            <button type="button" onClick={() => void act('POST', '/reveal', {})}>{t.reveal}</button>
            <button type="button" className="danger" disabled={state.status !== 'live'} onClick={() => void act('PATCH', '', { status: 'ended' })}>{t.end}</button>
          </section>
        </aside>
      </div>
    </div>
  );
}
