'use client';
// The moderator's console: the join code and QR code, the live queue (approve, edit
// then approve, merge into an existing node, reject with a reason), the map (canvas or
// list, followed live) with pending proposals as ghosts, the participants (side, rename,
// remove), locks, mode, voting and voter names, timer, hands and floor, spotlight, reveal
// and end. Every action is checked again on the server.
import { useCallback, useEffect, useId, useState } from 'react';
import QRCode from 'qrcode';
import Link from 'next/link';
import dynamic from 'next/dynamic';
import { send, sessionApi, useDebate, type ProposalOut } from '@/lib/client/debate';
import type { Locale } from '@/lib/i18n/messages';
import type { SessionText } from '@/lib/i18n/session-messages';
import { fill } from '@/lib/i18n/fill';
import { DEBATE_LIMITS } from '@/lib/api/debate-schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';
import type { EditorText, SourcingText } from '@/components/editor/context';
import { FloorBox, MapViewSwitch, NodeList, PrepBox, ResultBadge, TimerBox, ghostsOf, useMapView } from './parts';

const SessionCanvas = dynamic(() => import('./SessionCanvas'), { ssr: false, loading: () => <p className="canvas-loading">…</p> });

function JoinQr({ url, t }: { url: string; t: SessionText }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    // drawn here from the link; nothing is fetched
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(setSvg, () => setSvg(''));
  }, [url]);
  return <img className="debate-qr" alt={t.qr} data-testid="join-qr" src={svg ? `data:image/svg+xml;utf8,${encodeURIComponent(svg)}` : undefined} width={160} height={160} />;
}

export function ModeratorConsole({ sessionId, t, te, ts, locale }: { sessionId: string; t: SessionText; te: EditorText; ts: SourcingText; locale: Locale }) {
  const { state, graph, doc, mapLive, results, error, refresh, serverNow } = useDebate(sessionId);
  const [mapView, setMapView] = useMapView();
  const [picked, setPicked] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [merging, setMerging] = useState<Record<string, { nodeId: string; reason: string }>>({});
  const participants = state?.participants;
  const nameOf = useCallback((id: string) => participants?.find((p) => p.id === id)?.name ?? '?', [participants]);
  const pickProposal = useCallback((id: string) => {
    setFocused(id);
    document.querySelector(`[data-proposal="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);
  const [message, setMessage] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [editing, setEditing] = useState<{ id: string; json: string } | null>(null);
  const [origin, setOrigin] = useState('');
  const id = useId();
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
  const nodeActions = (id: string) => (
    <>
      <button type="button" className="secondary small" onClick={() => void act('POST', '/spotlight', { nodeId: id })}>{t.spotlightThis}</button>
      {!state.reveal.all && !state.reveal.nodeIds.includes(id) && (
        <button type="button" className="secondary small" onClick={() => void act('POST', '/reveal', { nodeIds: [id] })}>{t.revealNode}</button>
      )}
    </>
  );
  const pickedNode = picked ? graph.nodes.find((n) => n.id === picked) : undefined;
  const joinUrl = `${origin}${state.joinUrl}`;
  const titleOf = (id: string) => graph.nodes.find((n) => n.id === id)?.title ?? id;
  const describe = (p: ProposalOut) =>
    [
      ...ghostsOf(p).map((g) => `${g.type ?? ''} ${g.title}`),
      ...p.operations.filter((o) => o.op === 'update' && o.entity === 'node').map((o) => `✎ ${titleOf(o.id)} → ${(o as { data: { title?: string } }).data.title ?? ''}`),
    ].join('; ') || `${p.operations.length} ops`;

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
        <div className="debate-map">
          <MapViewSwitch view={mapView} setView={setMapView} t={t} live={mapLive} />
          {mapView === 'map' && doc ? (
            <>
              <SessionCanvas doc={doc} te={te} ts={ts} t={t} locale={locale} spotlight={state.spotlight} follow={false} ghosts={pending} nameOf={nameOf} onPick={setPicked} onPickProposal={pickProposal} picked={picked} results={results} />
              {pickedNode && (
                <div className="debate-picked" data-testid="picked">
                  {t.picked}: <strong>{pickedNode.title}</strong> {nodeActions(pickedNode.id)}
                  {results?.find((r) => r.nodeId === pickedNode.id) && <ResultBadge r={results.find((r) => r.nodeId === pickedNode.id)!} t={t} />}
                </div>
              )}
            </>
          ) : (
            <NodeList graph={graph} state={state} t={t} results={results} ghosts={pending} actions={nodeActions} />
          )}
        </div>
        <aside className="debate-panel">
          <section>
            <h2>{t.queue} ({pending.length})</h2>
            <ul data-testid="queue">
              {pending.map((p) => (
                <li key={p.id} data-testid="queue-item" data-proposal={p.id} className={focused === p.id ? 'focused' : undefined}>
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
                  <div className="debate-merge">
                    <select aria-label={t.mergeInto} value={merging[p.id]?.nodeId ?? ''} onChange={(e) => setMerging({ ...merging, [p.id]: { nodeId: e.target.value, reason: merging[p.id]?.reason ?? '' } })}>
                      <option value="">{t.mergeInto} …</option>
                      {graph.nodes.map((n) => <option key={n.id} value={n.id}>{n.title}</option>)}
                    </select>
                    <input aria-label={t.mergeReason} placeholder={t.mergeReason} value={merging[p.id]?.reason ?? ''} {...limitProps(`${id}-${p.id}-merge`, merging[p.id]?.reason ?? '', DEBATE_LIMITS.reason)} onChange={(e) => setMerging({ ...merging, [p.id]: { nodeId: merging[p.id]?.nodeId ?? '', reason: e.target.value } })} />
                    <button type="button" className="secondary" disabled={!merging[p.id]?.nodeId} onClick={(e) => {
                      if (overLimitIn(e.currentTarget.parentElement)) return;
                      const m = merging[p.id];
                      void act('POST', `/proposals/${p.id}/merge`, { nodeId: m.nodeId, ...(m.reason.trim() ? { reason: m.reason } : {}) });
                    }}>{t.merge}</button>
                    <LimitNote t={t.limits} id={`${id}-${p.id}-merge`} field={t.mergeReason} value={merging[p.id]?.reason ?? ''} max={DEBATE_LIMITS.reason} />
                  </div>
                  <div>
                    <input aria-label={t.rejectReason} placeholder={t.rejectReason} value={reasons[p.id] ?? ''} onChange={(e) => setReasons({ ...reasons, [p.id]: e.target.value })} {...limitProps(`${id}-${p.id}-reject`, reasons[p.id] ?? '', DEBATE_LIMITS.reason)} />
                    <button type="button" className="secondary" disabled={!(reasons[p.id] ?? '').trim()} onClick={(e) => !overLimitIn(e.currentTarget.parentElement) && void act('POST', `/proposals/${p.id}/reject`, { reason: reasons[p.id] })}>{t.reject}</button>
                    <LimitNote t={t.limits} id={`${id}-${p.id}-reject`} field={t.rejectReason} value={reasons[p.id] ?? ''} max={DEBATE_LIMITS.reason} />
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
            {state.prep.totalMs > 0 && (
              <>
                <PrepBox state={state} serverNow={serverNow} t={t} />
                <div className="debate-buttons" role="group" aria-label={t.prep}>
                  {(['pro', 'contra'] as const).map((side) => (
                    <button key={side} type="button" className="secondary" disabled={state.prep.running === side || state.prep.remainingMs[side] <= 0} onClick={() => void act('POST', '/prep', { action: 'start', side })}>
                      {fill(t.prepStart, { side: t.prepSides[side] })}
                    </button>
                  ))}
                  {state.prep.running && <button type="button" onClick={() => void act('POST', '/prep', { action: 'stop' })}>{t.prepStop}</button>}
                </div>
              </>
            )}
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
            <button type="button" className="secondary" aria-pressed={state.showVoterNames} onClick={() => void act('PATCH', '', { showVoterNames: !state.showVoterNames })}>{state.showVoterNames ? t.hideVoterNames : t.showVoterNames}</button>
            <button type="button" className="secondary" onClick={() => void act('POST', '/spotlight', { nodeId: null })}>{t.spotlightOff}</button>
            <button type="button" onClick={() => void act('POST', '/reveal', {})}>{t.reveal}</button>
            <button type="button" className="danger" disabled={state.status !== 'live'} onClick={() => void act('PATCH', '', { status: 'ended' })}>{t.end}</button>
          </section>
        </aside>
      </div>
    </div>
  );
}
