'use client';
// For a projector: the spotlighted node large, as the reading view shows it (what it bears
// on, its reasons for and its rebuttals, with the undercuts on their relations), the timer,
// the speaker, the map (followed live, the spotlight in view), the join code, and the results
// once revealed; nothing to press: the moderator moves the spotlight.
import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { useDebate } from '@/lib/client/debate';
import type { Locale } from '@/lib/i18n/messages';
import type { SessionText } from '@/lib/i18n/session-messages';
import type { EditorText, SourcingText } from '@/components/editor/context';
import { graphToState } from '@/lib/argument/graph';
import { pathTo } from '@/lib/client/reading';
import { ArgumentReader } from '@/components/editor/ReadingView';
import { FloorBox, NodeList, PrepBox, ResultBadge, TimerBox } from './parts';

const SessionCanvas = dynamic(() => import('./SessionCanvas'), { ssr: false });

export function PresenterView({ sessionId, t, te, ts, locale }: { sessionId: string; t: SessionText; te: EditorText; ts?: SourcingText; locale?: Locale }) {
  const { state, graph, doc, results, error, serverNow } = useDebate(sessionId);
  const map = useMemo(() => (graph ? graphToState(graph) : null), [graph]);
  if (!state || !graph || !map) return <p role="status">{error ?? '…'}</p>;
  const spot = graph.nodes.find((n) => n.id === state.spotlight);
  const revealed = (results ?? []).filter((r) => state.reveal.all || state.reveal.nodeIds.includes(r.nodeId));
  const spotResult = revealed.find((r) => r.nodeId === spot?.id);
  const focusId = spot && map.nodes.has(spot.id) ? spot.id : null;
  return (
    <div className="debate presenter" data-testid="presenter-view">
      <header className="debate-header">
        <h1>{state.title}</h1>
        <TimerBox state={state} serverNow={serverNow} t={t} large />
        <PrepBox state={state} serverNow={serverNow} t={t} large />
        <FloorBox state={state} t={t} />
        {state.code && <span className="debate-join" data-testid="presenter-code">{t.code}: <strong>{state.code}</strong></span>}
      </header>
      {spot && focusId && (
        <section className="debate-spotlit" data-testid="presenter-spotlight">
          <ArgumentReader state={map} focusId={focusId} trail={pathTo(map, focusId)} onNavigate={() => undefined} t={te} presenter />
          {spotResult && <ResultBadge r={spotResult} t={t} />}
        </section>
      )}
      {doc && te && ts && locale ? (
        <SessionCanvas doc={doc} te={te} ts={ts} t={t} locale={locale} spotlight={state.spotlight} follow bare results={revealed} />
      ) : (
        <NodeList graph={graph} state={state} t={t} results={revealed} follow />
      )}
    </div>
  );
}
