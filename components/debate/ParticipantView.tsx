'use client';
// A participant's view of a session: the map, read-only, on a canvas with the editor's own
// node and edge components and followed live (a map editor's direct edit appears as it
// is made), or as a list (the accessible and small-screen alternative); the timer, the
// speaker and the spotlight (followed unless the participant steps away); and the
// proposals panel: the operations are built with the editor's own helpers
// (lib/client/edit-ops.ts) and sent as a proposal, never written to the map. Own
// proposals show their state and a rejection's reason; a pending one can be changed, a
// node an accepted one created can be edited (by proposing the edit). Votes; raising a hand.
import { useId, useState } from 'react';
import dynamic from 'next/dynamic';
import type { Operation } from '@/lib/argument/operations';
import { createConnectedOps, createNodeOps, estimateSize, freeSpot, relationOp } from '@/lib/client/edit-ops';
import { send, sessionApi, useDebate, type ProposalOut } from '@/lib/client/debate';
import type { Locale } from '@/lib/i18n/messages';
import type { SessionText } from '@/lib/i18n/session-messages';
import { fill } from '@/lib/i18n/fill';
import { LIMITS } from '@/lib/api/schemas';
import { DEBATE_LIMITS } from '@/lib/api/debate-schemas';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';
import type { EditorText, SourcingText } from '@/components/editor/context';
import { FloorBox, MapViewSwitch, NodeList, PrepBox, TimerBox, useMapView } from './parts';

// React Flow measures the DOM: the canvas renders in the browser only
const SessionCanvas = dynamic(() => import('./SessionCanvas'), { ssr: false, loading: () => <p className="canvas-loading">…</p> });

type Kind = 'answer' | 'reason' | 'rebuttal' | 'undercut' | 'evidence' | 'edit';

/** The nodes a proposal creates: their ids and titles. */
const createdNodes = (p: ProposalOut) => p.operations.filter((o): o is Extract<Operation, { op: 'create'; entity: 'node' }> => o.op === 'create' && o.entity === 'node');

export function ParticipantView({ sessionId, t, te, ts, locale }: { sessionId: string; t: SessionText; te: EditorText; ts: SourcingText; locale: Locale }) {
  const { state, graph, view, doc, mapLive, results, error, refresh, serverNow } = useDebate(sessionId);
  const [mapView, setMapView] = useMapView();
  const [changing, setChanging] = useState<{ id: string; text: string } | null>(null);
  const [follow, setFollow] = useState(true);
  const [kind, setKind] = useState<Kind>('rebuttal');
  const [target, setTarget] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [quote, setQuote] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [voteFor, setVoteFor] = useState<string | null>(null);
  const [agreement, setAgreement] = useState(0);
  const [impact, setImpact] = useState(2);
  const mapState = view;
  const id = useId();

  if (!state || !graph || !mapState) return <p role="status">{error ?? '…'}</p>;
  const me = state.me.participant;
  const raised = state.hands.some((h) => h.participantId === me?.id);
  const questions = graph.nodes.filter((n) => n.kind === 'QUESTION');
  // nodes this participant's accepted proposals created (and still on the map): theirs to edit
  const own = state.proposals.filter((p) => p.status === 'applied').flatMap(createdNodes).map((o) => o.id).filter((id) => mapState.nodes.has(id));
  const targets = kind === 'answer' ? questions : kind === 'undercut' ? [] : kind === 'edit' ? graph.nodes.filter((n) => own.includes(n.id)) : graph.nodes;
  const relations = graph.relations.filter((r) => r.type === 'SUPPORTS' || r.type === 'REBUTS');

  const build = (): Operation[] => {
    const size = () => ({ width: 240, height: 80 });
    if (kind === 'edit') {
      const n = mapState.nodes.get(target)!;
      return [{ op: 'update', entity: 'node', id: n.id, version: n.version, data: { title: text } }];
    }
    if (kind === 'undercut') {
      const rel = graph.relations.find((r) => r.id === target)!;
      const at = mapState.nodes.get(rel.fromId)!;
      const node = createNodeOps('CLAIM', text, freeSpot(mapState, { x: at.x + 260, y: at.y }, estimateSize({ title: text, tagIds: [] }), size));
      return [...node.ops, relationOp('UNDERCUTS', node.id, rel.id)];
    }
    if (kind === 'evidence') {
      const at = mapState.nodes.get(target)!;
      const node = createNodeOps('EVIDENCE', text, freeSpot(mapState, { x: at.x, y: at.y + 140 }, estimateSize({ title: text, tagIds: [] }), size), { source: { type: 'WEB_PAGE', title: source }, quote });
      return [...node.ops, relationOp('SUPPORTS', node.id, target)];
    }
    const type = kind === 'answer' ? 'ANSWERS' : kind === 'reason' ? 'SUPPORTS' : 'REBUTS';
    return createConnectedOps(mapState, target, type, 'CLAIM', text, size).ops;
  };

  const propose = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setMessage(null);
    // past a limit: nothing is proposed, the field says why and keeps the text
    if (overLimitIn(e.currentTarget)) return;
    try {
      await send('POST', sessionApi(sessionId, '/proposals'), { operations: build(), ...(note.trim() ? { note } : {}) });
      setText('');
      setQuote('');
      setSource('');
      setNote('');
      await refresh();
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const act = async (method: string, path: string, body?: unknown, done?: string) => {
    setMessage(null);
    try {
      await send(method, sessionApi(sessionId, path), body);
      if (done) setMessage(done);
      await refresh();
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  const titleOf = (id: string) => mapState.nodes.get(id)?.title ?? '';
  // a vote on a relation is its impact only
  const votedRelation = voteFor ? mapState.relations.get(voteFor) : undefined;
  // a node picked on the canvas: the proposal's target (when it fits the kind) and the vote
  const pick = (id: string) => {
    setVoteFor(id);
    if (kind === 'undercut') return;
    if (kind === 'edit' ? own.includes(id) : kind !== 'answer' || mapState.nodes.get(id)?.kind === 'QUESTION') setTarget(id);
  };
  const editOwn = (id: string) => {
    setKind('edit');
    setTarget(id);
    setText(titleOf(id));
  };
  const saveChange = async (p: ProposalOut) => {
    if (!changing) return;
    const first = createdNodes(p)[0];
    const operations = p.operations.map((o) => (first && o === first ? { ...first, data: { ...first.data, title: changing.text } } : o));
    await act('PATCH', `/proposals/${p.id}`, { operations }, t.saved);
    setChanging(null);
  };

  return (
    <div className="debate participant" data-testid="participant-view">
      <header className="debate-header">
        <h1>{state.title}</h1>
        <span data-testid="me">{me?.name} · {me ? t.sides[me.side] : ''}</span>
        <TimerBox state={state} serverNow={serverNow} t={t} />
        <PrepBox state={state} serverNow={serverNow} t={t} />
        <FloorBox state={state} t={t} />
        <div className="debate-spotlight" data-testid="spotlight">
          {t.spotlight}: <strong>{state.spotlight ? titleOf(state.spotlight) : t.nobody}</strong>{' '}
          <button type="button" className="secondary" onClick={() => setFollow(!follow)}>{follow ? t.stepAway : t.follow}</button>
        </div>
      </header>
      {state.status === 'ended' && <p role="status">{t.ended}</p>}
      {message && <p role="alert" data-testid="message">{message}</p>}
      <div className="debate-body">
        <div className="debate-map">
          <MapViewSwitch view={mapView} setView={setMapView} t={t} live={mapLive} />
          {mapView === 'map' && doc ? (
            <SessionCanvas doc={doc} te={te} ts={ts} t={t} locale={locale} spotlight={state.spotlight} follow={follow} onPick={pick} onPickRelation={setVoteFor} picked={voteFor} results={results} />
          ) : (
            <NodeList graph={graph} state={state} t={t} results={results} follow={follow} actions={(id) => (
              <button type="button" className="secondary small" onClick={() => setVoteFor(id)}>{t.vote}</button>
            )} relationActions={(id) => (
              <button type="button" className="secondary small" onClick={() => setVoteFor(id)}>{t.rateImpact}</button>
            )} />
          )}
        </div>
        <aside className="debate-panel">
          <section>
            <h2>{t.propose}</h2>
            <form onSubmit={propose} data-testid="propose-form">
              <label>{t.proposalKind}
                <select value={kind} onChange={(e) => { setKind(e.target.value as Kind); setTarget(''); }}>
                  <option value="answer">{t.kindAnswer}</option>
                  <option value="reason">{t.kindReason}</option>
                  <option value="rebuttal">{t.kindRebuttal}</option>
                  <option value="undercut">{t.kindUndercut}</option>
                  <option value="evidence">{t.kindEvidence}</option>
                  {own.length > 0 && <option value="edit">{t.kindEdit}</option>}
                </select>
              </label>
              <select value={target} onChange={(e) => { setTarget(e.target.value); if (kind === 'edit') setText(titleOf(e.target.value)); }} required aria-label={t.target}>
                <option value="">—</option>
                {kind === 'undercut'
                  ? relations.map((r) => <option key={r.id} value={r.id}>{titleOf(r.fromId)} → {titleOf(r.toId)}</option>)
                  : targets.map((n) => <option key={n.id} value={n.id}>{n.title}</option>)}
              </select>
              <label>{t.text}<textarea value={text} onChange={(e) => setText(e.target.value)} required {...limitProps(`${id}-text`, text, LIMITS.nodeTitle)} /></label>
              <LimitNote t={t.limits} id={`${id}-text`} field={t.text} value={text} max={LIMITS.nodeTitle} />
              {kind === 'evidence' && (
                <>
                  <label>{t.sourceTitle}<input value={source} onChange={(e) => setSource(e.target.value)} required {...limitProps(`${id}-source`, source, LIMITS.sourceTitle)} /></label>
                  <LimitNote t={t.limits} id={`${id}-source`} field={t.sourceTitle} value={source} max={LIMITS.sourceTitle} />
                  <label>{t.quote}<textarea value={quote} onChange={(e) => setQuote(e.target.value)} required {...limitProps(`${id}-quote`, quote, LIMITS.quote)} /></label>
                  <LimitNote t={t.limits} id={`${id}-quote`} field={t.quote} value={quote} max={LIMITS.quote} />
                </>
              )}
              <label>{t.note}<input value={note} onChange={(e) => setNote(e.target.value)} {...limitProps(`${id}-note`, note, DEBATE_LIMITS.note)} /></label>
              <LimitNote t={t.limits} id={`${id}-note`} field={t.note} value={note} max={DEBATE_LIMITS.note} />
              <button type="submit" disabled={state.status !== 'live' || state.mapLocked}>{t.propose}</button>
            </form>
          </section>
          <section>
            <h2>{t.myProposals}</h2>
            <ul data-testid="my-proposals">
              {state.proposals.map((p) => (
                <li key={p.id} data-status={p.status}>
                  {createdNodes(p).map((o) => o.data.title).join('; ') || p.operations.filter((o) => o.op === 'update').map((o) => `✎ ${(o as { data: { title?: string } }).data.title ?? titleOf(o.id)}`).join('; ')} — <strong>{t.status[p.status]}</strong>
                  {p.status === 'merged' && p.mergedIntoId && <span className="merged-into"> · {fill(t.mergedInto, { title: titleOf(p.mergedIntoId) })}</span>}
                  {p.reason && <span className="reason"> · {t.reason}: {p.reason}</span>}
                  {p.status === 'pending' && createdNodes(p).length > 0 && state.status === 'live' && (changing?.id === p.id ? (
                    <span className="debate-change">
                      <textarea aria-label={t.editPending} value={changing.text} onChange={(e) => setChanging({ id: p.id, text: e.target.value })} {...limitProps(`${id}-change`, changing.text, LIMITS.nodeTitle)} />
                      <LimitNote t={t.limits} id={`${id}-change`} field={t.editPending} value={changing.text} max={LIMITS.nodeTitle} />
                      <button type="button" className="small" disabled={!changing.text.trim()} onClick={(e) => !overLimitIn(e.currentTarget.parentElement) && void saveChange(p)}>{t.save}</button>
                      <button type="button" className="small secondary" onClick={() => setChanging(null)}>{t.cancel}</button>
                    </span>
                  ) : (
                    <button type="button" className="small secondary" onClick={() => setChanging({ id: p.id, text: createdNodes(p)[0].data.title })}>{t.editPending}</button>
                  ))}
                  {p.status === 'applied' && state.status === 'live' && createdNodes(p).filter((o) => mapState.nodes.has(o.id)).map((o) => (
                    <button key={o.id} type="button" className="small secondary" aria-label={`${t.editMine}: ${titleOf(o.id)}`} onClick={() => editOwn(o.id)}>{t.editMine}</button>
                  ))}
                </li>
              ))}
            </ul>
          </section>
          {voteFor && (
            <section data-testid="vote-panel">
              <h2>{votedRelation ? `${t.rateImpact}: ${titleOf(votedRelation.fromId)} → ${titleOf(votedRelation.toId) || titleOf(mapState.relations.get(votedRelation.toId)?.fromId ?? '')}` : `${t.vote}: ${titleOf(voteFor)}`}</h2>
              {!votedRelation && <label>{t.agreement}<input type="range" min={-2} max={2} value={agreement} onChange={(e) => setAgreement(Number(e.target.value))} /> {agreement}</label>}
              <label>{t.impact}<input type="range" min={0} max={4} value={impact} onChange={(e) => setImpact(Number(e.target.value))} /> {impact}</label>
              <button type="button" onClick={() => void act('PUT', `/votes/${voteFor}`, votedRelation ? { impact } : { agreement, impact }, t.voted)} disabled={!state.votingOpen}>{t.saveVote}</button>
            </section>
          )}
          <section>
            {raised ? (
              <button type="button" onClick={() => void act('DELETE', '/hands')}>{t.lowerHand}</button>
            ) : (
              <>
                <button type="button" onClick={() => void act('POST', '/hands', {})}>{t.raiseHand}</button>{' '}
                <button type="button" className="secondary" onClick={() => void act('POST', '/hands', { reply: true })}>{t.raiseReply}</button>
              </>
            )}
          </section>
          {!state.reveal.all && !state.reveal.nodeIds.length && <p className="hint">{t.results}: {t.hidden}</p>}
        </aside>
      </div>
    </div>
  );
}
