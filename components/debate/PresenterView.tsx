'use client';
// For a projector: the spotlighted node large, the timer, the speaker and the results
// once revealed; none of the moderator's controls.
import { useDebate } from '@/lib/client/debate';
import type { SessionText } from '@/lib/i18n/session-messages';
import { FloorBox, NodeList, ResultBadge, TimerBox } from './parts';

export function PresenterView({ sessionId, t }: { sessionId: string; t: SessionText }) {
  const { state, graph, results, error, serverNow } = useDebate(sessionId);
  if (!state || !graph) return <p role="status">{error ?? '…'}</p>;
  const spot = graph.nodes.find((n) => n.id === state.spotlight);
  const revealed = (results ?? []).filter((r) => state.reveal.all || state.reveal.nodeIds.includes(r.nodeId));
  const spotResult = revealed.find((r) => r.nodeId === spot?.id);
  return (
    <div className="debate presenter" data-testid="presenter-view">
      <header className="debate-header">
        <h1>{state.title}</h1>
        <TimerBox state={state} serverNow={serverNow} t={t} large />
        <FloorBox state={state} t={t} />
      </header>
      {spot && (
        <section className="debate-spotlit" data-testid="presenter-spotlight">
          <span className="kind">{spot.kind}</span>
          <p className="big">{spot.title}</p>
          {spot.body && <p>{spot.body}</p>}
          {spotResult && <ResultBadge r={spotResult} t={t} />}
        </section>
      )}
      <NodeList graph={graph} state={state} t={t} results={revealed} follow />
    </div>
  );
}
