'use client';
// Pieces the session pages share: the timer, the speaker, the map as a list of nodes
// (each with its relations, the vote badge once revealed, and pending proposals as
// ghosts for the moderator), and the results badge. Names are text, never markup.
import { useEffect, useRef, useState } from 'react';
import type { Graph } from '@/lib/argument/graph';
import type { Operation } from '@/lib/argument/operations';
import type { SessionText } from '@/lib/i18n/session-messages';
import { formatMs, useCountdown, usePrepCountdown, type NodeResult, type ProposalOut, type SessionState } from '@/lib/client/debate';

export function TimerBox({ state, serverNow, t, large = false }: { state: SessionState; serverNow: () => number; t: SessionText; large?: boolean }) {
  const left = useCountdown(state.timer, serverNow);
  return (
    <div className={`debate-timer${large ? ' large' : ''}`} data-testid="timer" data-state={state.timer.state}>
      <span className="label">{t.timer}{state.timer.phaseName ? ` · ${state.timer.phaseName}` : ''}</span>
      <strong data-testid="timer-value">{formatMs(left)}</strong>
      <span className="state">{t.timerStates[state.timer.state]}</span>
    </div>
  );
}

/** Each side's preparation time (Lincoln–Douglas), the running one marked; nothing for a session without. */
export function PrepBox({ state, serverNow, t, large = false }: { state: SessionState; serverNow: () => number; t: SessionText; large?: boolean }) {
  const left = usePrepCountdown(state.prep, serverNow);
  if (!state.prep?.totalMs) return null;
  return (
    <div className={`debate-prep${large ? ' large' : ''}`} data-testid="prep" data-running={state.prep.running ?? 'none'}>
      <span className="label">{t.prep}</span>
      {(['pro', 'contra'] as const).map((side) => (
        <span key={side} className={`prep-side${state.prep.running === side ? ' running' : ''}`} data-testid={`prep-${side}`}>
          {t.prepSides[side]}: <strong>{formatMs(left[side])}</strong>
          {state.prep.running === side && <em> · {t.prepRunning}</em>}
        </span>
      ))}
    </div>
  );
}

export function FloorBox({ state, t }: { state: SessionState; t: SessionText }) {
  return (
    <div className="debate-floor" data-testid="floor">
      <span className="label">{t.floor}: </span>
      <strong>{state.floor ? `${state.floor.name} (${t.sides[state.floor.side as 'pro']})` : t.nobody}</strong>
    </div>
  );
}

export function ResultBadge({ r, t }: { r: NodeResult; t: SessionText }) {
  return (
    <span className="debate-result" data-testid={`result-${r.nodeId}`} title={`${t.agreement}: ${r.agreement.join(' / ')}; ${t.impact}: ${r.impact.join(' / ')}`}>
      {r.votes} {t.votes} · {t.agreement.split(' ')[0]} {r.agreementMean ?? '–'} [{r.agreement.join(' ')}] · {t.impact.split(' ')[0]} {r.impactMean ?? '–'}
      {r.voters && r.voters.length > 0 && (
        <span className="debate-voters" data-testid={`voters-${r.nodeId}`}>
          {' '}· {t.voters}: {r.voters.map((v) => `${v.name} (${v.agreement ?? '–'}/${v.impact ?? '–'})`).join(', ')}
        </span>
      )}
    </span>
  );
}

export type MapView = 'map' | 'list';

/** Map or list: the map on wide screens, the list on small ones (and for whoever picks it). */
export function useMapView(): [MapView, (v: MapView) => void] {
  const [view, setView] = useState<MapView>('map');
  useEffect(() => {
    if (window.matchMedia?.('(max-width: 800px)').matches) setView('list');
  }, []);
  return [view, setView];
}

export function MapViewSwitch({ view, setView, t, live }: { view: MapView; setView: (v: MapView) => void; t: SessionText; live: boolean }) {
  return (
    <div className="debate-view-switch">
      <div role="group" aria-label={t.viewSwitch}>
        {(['map', 'list'] as const).map((v) => (
          <button key={v} type="button" className={view === v ? 'small' : 'small secondary'} aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'map' ? t.viewMap : t.viewList}
          </button>
        ))}
      </div>
      <span className={`debate-map-live${live ? ' on' : ''}`} data-testid="map-live" data-live={live ? 'true' : 'false'}>{live ? t.mapLive : t.mapOffline}</span>
    </div>
  );
}

/** The titles of nodes a proposal creates, and the node each attaches to (for ghosts). */
export function ghostsOf(p: ProposalOut): { title: string; toId: string | null; type: string | null }[] {
  const created = p.operations.filter((o): o is Extract<Operation, { op: 'create'; entity: 'node' }> => o.op === 'create' && o.entity === 'node');
  return created.map((n) => {
    const r = p.operations.find((o) => o.op === 'create' && o.entity === 'relation' && (o.data as { fromId: string }).fromId === n.id) as { data: { toId: string; type: string } } | undefined;
    return { title: n.data.title, toId: r?.data.toId ?? null, type: r?.data.type ?? null };
  });
}

export function NodeList(props: {
  graph: Graph;
  state: SessionState;
  t: SessionText;
  results?: NodeResult[] | null;
  ghosts?: ProposalOut[];
  follow?: boolean;
  actions?: (nodeId: string) => React.ReactNode;
  /** what may be done with a relation (rate its impact) */
  relationActions?: (relationId: string) => React.ReactNode;
}) {
  const { graph, state, t, results, ghosts = [], follow = false, actions, relationActions } = props;
  const titles = new Map(graph.nodes.map((n) => [n.id, n.title]));
  const relTitle = new Map(graph.relations.map((r) => [r.id, `${titles.get(r.fromId) ?? '?'} → ${titles.get(r.toId) ?? '?'}`]));
  const spot = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    if (follow && spot.current) spot.current.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [follow, state.spotlight]);
  const shown = (id: string) => results?.find((r) => r.nodeId === id);
  return (
    <ul className="debate-nodes" data-testid="session-map">
      {graph.nodes.map((n) => {
        const out = graph.relations.filter((r) => r.fromId === n.id);
        const spotlit = state.spotlight === n.id;
        const r = shown(n.id);
        return (
          <li key={n.id} ref={spotlit ? spot : undefined} className={`debate-node kind-${n.kind}${spotlit ? ' spotlit' : ''}`} data-testid="session-node" data-node-id={n.id} data-spotlit={spotlit || undefined}>
            <span className="kind">{n.kind}</span> <span className="title">{n.title}</span>
            {out.map((rel) => (
              <span key={rel.id} className="rel" data-relation-id={rel.id}>
                {' '}· {rel.type} {titles.get(rel.toId) ?? relTitle.get(rel.toId) ?? ''}
                {shown(rel.id) && <ResultBadge r={shown(rel.id)!} t={t} />}
                {relationActions?.(rel.id)}
              </span>
            ))}
            {r && <ResultBadge r={r} t={t} />}
            {actions?.(n.id)}
            {ghosts.flatMap((p) => ghostsOf(p).filter((g) => g.toId === n.id).map((g, k) => (
              <div key={`${p.id}-${k}`} className="debate-ghost" data-testid="ghost">
                {t.ghost}: {g.type} — {g.title}
              </div>
            )))}
          </li>
        );
      })}
    </ul>
  );
}
