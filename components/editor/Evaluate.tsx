'use client';
// "Evaluate": a toggle that shows on every claim, proposal and evidence node whether it
// stands (IN), is defeated (OUT) or is undecided (UNDEC) by grounded semantics
// (lib/argument/labelling.ts), live as the map changes; a panel with the legend, "Why?"
// for the chosen node (with links to the nodes that decide it) and the reader's
// what-ifs, which change the labels for this reader only and never write to the map.
import { useMemo, type ReactNode } from 'react';
import { LABELS, type Assumption, type Explanation, type Label } from '@/lib/argument/labelling';
import { explanationOf, labelsOf } from '@/lib/client/evaluation';
import { fill, useCanvas, useDoc, useEditor, useEvaluation, type EditorContextValue, type EditorText } from './context';
import { reveal } from './commands';
import './reading.css';

export const LABEL_GLYPH: Record<Label, string> = { IN: '✓', OUT: '✗', UNDEC: '?' };

/** The label of a node while Evaluate is on (undefined when off, or for a question). */
export function useNodeLabel(id: string): Label | undefined {
  const on = useEvaluation((s) => s.on);
  const assumptions = useEvaluation((s) => s.assumptions);
  return useDoc((s) => (on ? labelsOf(s.view, assumptions).nodes.get(id) : undefined));
}

/** A label as a chip: glyph and word, so it reads without colour. */
export function LabelChip({ label, t, assumed }: { label: Label; t: EditorText; assumed?: Assumption }) {
  const word = t.evaluate.labels[label];
  return (
    <span className={`eval-badge eval-${label.toLowerCase()}${assumed ? ' assumed' : ''}`} data-testid="eval-badge" data-label={label} title={fill(t.evaluate.badge, { label: word })}>
      <span aria-hidden="true">{LABEL_GLYPH[label]}</span> {word}
      {assumed && <span className="eval-assumed"> ({t.evaluate.whatIfMarked[assumed]})</span>}
    </span>
  );
}

export function EvaluationBadge({ id }: { id: string }) {
  const { t } = useEditor();
  const label = useNodeLabel(id);
  const assumed = useEvaluation((s) => s.assumptions.get(id));
  if (!label) return null;
  return <LabelChip label={label} t={t} assumed={assumed} />;
}

export function EvaluateToggle() {
  const { t, evaluation } = useEditor();
  const on = useEvaluation((s) => s.on);
  return (
    <button type="button" className={on ? 'evaluate-toggle' : 'evaluate-toggle secondary'} aria-pressed={on} title={t.evaluate.toggleHelp} onClick={() => evaluation.getState().setOn(!on)} data-testid="evaluate-toggle">
      {t.evaluate.toggle}
    </button>
  );
}

/** Brings a node forward in whichever view is open: selected (and centred on the canvas; focused in the reading view). */
export function goToNode(ctx: EditorContextValue, id: string) {
  const c = ctx.canvas.getState();
  if (c.view === 'canvas') reveal(ctx, id);
  else c.select([id]);
  ctx.evaluation.getState().explain(null);
}

function NodeLink({ id, onGo }: { id: string; onGo: (id: string) => void }) {
  const title = useDoc((s) => s.view.nodes.get(id)?.title ?? '');
  return (
    <button type="button" className="link-button eval-node-link" onClick={() => onGo(id)} data-testid="why-link" data-node-id={id}>
      {title}
    </button>
  );
}

const joined = (ids: string[], onGo: (id: string) => void): ReactNode[] =>
  ids.flatMap((id, k) => [k > 0 ? <span key={`s${k}`}>, </span> : null, <NodeLink key={id} id={id} onGo={onGo} />]);

/** The explanation as sentences with links to the nodes it names. */
export function ExplanationText({ why, t, onGo }: { why: Explanation; t: EditorText; onGo: (id: string) => void }) {
  const e = t.evaluate;
  if (why.reason === 'unattacked') return <p>{e.unattacked}</p>;
  if (why.reason === 'accepted') return <p>{e.accepted}</p>;
  if (why.reason === 'rejected') return <p>{e.rejected}</p>;
  if (why.reason === 'defeated') {
    return (
      <>
        <p>{e.defeated}</p>
        <ul className="why-list">
          {why.attackers.map((a) => (
            <li key={a.relationId}>
              <NodeLink id={a.attackerId} onGo={onGo} />
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (why.reason === 'defended') {
    return (
      <>
        <p>{e.defended}</p>
        <ul className="why-list">
          {why.attacks.map((a) => (
            <li key={a.relationId}>
              <NodeLink id={a.attackerId} onGo={onGo} /> —{' '}
              {a.by === 'rejected' ? e.parriedRejected : a.by === 'undercut' ? <>{e.parriedUndercut} {joined(a.undercutterIds, onGo)}</> : <>{e.parriedDefeated} {joined(a.defeaterIds, onGo)}</>}
            </li>
          ))}
        </ul>
      </>
    );
  }
  const cycle = why.chain.slice(why.cycleFrom);
  const lead = why.chain.slice(1, why.cycleFrom);
  return (
    <>
      {lead.length > 0 && (
        <p>
          {e.cycleVia} {joined(lead, onGo)}
        </p>
      )}
      <p>{e.cycle}</p>
      <ol className="why-cycle" data-testid="why-cycle">
        {[...cycle, cycle[0]].map((id, k) => (
          <li key={`${id}-${k}`}>
            <NodeLink id={id} onGo={onGo} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** "Why?" and the what-ifs for one node. */
export function WhyBox({ id, onGo }: { id: string; onGo: (id: string) => void }) {
  const { t, evaluation } = useEditor();
  const assumptions = useEvaluation((s) => s.assumptions);
  const view = useDoc((s) => s.view);
  const node = view.nodes.get(id);
  // one explanation per view and what-ifs (a selector must not build a new object on every call)
  const why = useMemo(() => (view.nodes.has(id) ? explanationOf(view, assumptions, id) : null), [view, assumptions, id]);
  if (!node) return null;
  if (!why) return <p className="hint">{t.evaluate.question}</p>;
  const assumed = assumptions.get(id);
  const setAssumption = (a: Assumption | null) => evaluation.getState().assume(id, a);
  return (
    <section className="why-box" data-testid="why" aria-label={fill(t.evaluate.whyFor, { title: node.title, label: t.evaluate.labels[why.label] })}>
      <h3>
        {t.evaluate.why} <LabelChip label={why.label} t={t} assumed={assumed} />
      </h3>
      <p className="why-subject">{node.title}</p>
      <ExplanationText why={why} t={t} onGo={onGo} />
      <div className="what-if" role="group" aria-label={t.evaluate.whatIf}>
        <p className="hint">{t.evaluate.whatIf}</p>
        <button type="button" className="secondary" aria-pressed={assumed === 'rejected'} onClick={() => setAssumption(assumed === 'rejected' ? null : 'rejected')} data-testid="what-if-reject">
          {t.evaluate.reject}
        </button>
        <button type="button" className="secondary" aria-pressed={assumed === 'accepted'} onClick={() => setAssumption(assumed === 'accepted' ? null : 'accepted')} data-testid="what-if-accept">
          {t.evaluate.accept}
        </button>
        {assumed && (
          <button type="button" className="secondary" onClick={() => setAssumption(null)}>
            {t.evaluate.clearOne}
          </button>
        )}
      </div>
    </section>
  );
}

/** The legend, "Why?" for the chosen node, and the what-ifs: over the stage while Evaluate is on. */
export function EvaluatePanel() {
  const ctx = useEditor();
  const { t, evaluation } = ctx;
  const on = useEvaluation((s) => s.on);
  const whyId = useEvaluation((s) => s.whyId);
  const count = useEvaluation((s) => s.assumptions.size);
  const selected = useCanvas((s) => (s.selectedNodes.size === 1 ? [...s.selectedNodes][0] : null));
  const subject = whyId ?? selected;
  if (!on) return null;
  return (
    <aside className="evaluate-panel" aria-label={t.evaluate.title} data-testid="evaluate-panel">
      <div className="evaluate-head">
        <h2>{t.evaluate.title}</h2>
        <button type="button" className="secondary" onClick={() => evaluation.getState().setOn(false)}>
          {t.evaluate.close}
        </button>
      </div>
      <ul className="evaluate-legend" data-testid="evaluate-legend">
        {LABELS.map((l) => (
          <li key={l}>
            <LabelChip label={l} t={t} /> {t.evaluate.legend[l]}
          </li>
        ))}
      </ul>
      <p className="hint">{t.evaluate.legendNote}</p>
      {count > 0 && (
        <button type="button" className="secondary" onClick={() => evaluation.getState().clearAssumptions()} data-testid="what-if-clear">
          {fill(t.evaluate.clearAll, { n: count })}
        </button>
      )}
      {subject ? <WhyBox id={subject} onGo={(id) => goToNode(ctx, id)} /> : <p className="hint">{t.evaluate.pick}</p>}
    </aside>
  );
}
