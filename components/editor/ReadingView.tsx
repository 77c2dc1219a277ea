'use client';
// The reading view: one argument at a time. The node in focus in the middle, what it bears
// on above, its reasons for and its rebuttals in two columns below (its answers, for a
// question), each with its quotes one click away and the undercuts of its relation shown
// on it. Click a card (or Enter) to go down, the path or Backspace to go up; arrows move
// between cards. On a phone the two columns become tabs. `ArgumentReader` needs no editor
// around it: a debate session's presenter view shows the spotlighted node with it, still
// (`presenter`: a projector has nothing to press; the moderator moves the spotlight).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Assumption, Label } from '@/lib/argument/labelling';
import type { ArgNode, Citation } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { mainQuestions, pathTo, readingOf, type ReadingChild } from '@/lib/client/reading';
import { labelsOf } from '@/lib/client/evaluation';
import { fill, useCanvas, useDoc, useEditor, useEvaluation, type EditorText } from './context';
import { KindIcon } from './icons';
import { LabelChip } from './Evaluate';
import './reading.css';

export interface ArgumentReaderProps {
  state: MapState;
  focusId: string;
  /** the path from a top node down to the focus (the breadcrumb), ending with focusId */
  trail: string[];
  onNavigate(id: string): void;
  t: EditorText;
  /** while Evaluate is on: each node's label, and the reader's what-ifs */
  labelOf?: (id: string) => Label | undefined;
  assumedOf?: (id: string) => Assumption | undefined;
  onWhy?: (id: string) => void;
  /** larger type, for a projector */
  presenter?: boolean;
}

/** A button, or in the presenter's still view (a projector: nothing to press) the same content as text. */
type PressProps = { still?: boolean; className?: string; onPress(): void; children: ReactNode; 'aria-label'?: string; title?: string } & { [data: `data-${string}`]: string | boolean | undefined };
function Press({ still, className, onPress, children, ...rest }: PressProps) {
  if (still) return <span className={className}>{children}</span>;
  return (
    <button type="button" className={className} onClick={onPress} {...rest}>
      {children}
    </button>
  );
}

const locatorText = (c: Citation) => [c.locator.page ? `p. ${c.locator.page}` : '', c.locator.paragraph ? `¶ ${c.locator.paragraph}` : ''].filter(Boolean).join(', ');

function Quotes({ citations, state, t }: { citations: Citation[]; state: MapState; t: EditorText }) {
  if (!citations.length) return <p className="hint">{t.reading.noQuotes}</p>;
  return (
    <ul className="reading-quotes" data-testid="reading-quotes">
      {citations.map((c) => (
        <li key={c.id}>
          <blockquote>{c.quote}</blockquote>
          <cite>
            {state.sources.get(c.sourceId)?.title ?? t.reading.unknownSource}
            {locatorText(c) && `, ${locatorText(c)}`}
          </cite>
        </li>
      ))}
    </ul>
  );
}

function Undercutters({ nodes, onNavigate, t, labelOf, column, still }: { nodes: ArgNode[]; onNavigate(id: string): void; t: EditorText; labelOf?: (id: string) => Label | undefined; column: string; still?: boolean }) {
  if (!nodes.length) return null;
  return (
    <div className="reading-undercuts" data-testid="reading-undercuts">
      <span className="reading-undercuts-label" title={t.reading.undercutHelp}>
        <span aria-hidden="true">⤳</span> {t.reading.undercutBy}:
      </span>
      {nodes.map((u) => {
        const label = labelOf?.(u.id);
        return (
          <Press key={u.id} still={still} className="link-button" data-reading-card data-col={column} onPress={() => onNavigate(u.id)} title={t.reading.undercutHelp}>
            {u.title}
            {label && <LabelChip label={label} t={t} />}
          </Press>
        );
      })}
    </div>
  );
}

function ChildCard({ child, column, props }: { child: ReadingChild; column: string; props: ArgumentReaderProps }) {
  const { t, state, onNavigate, labelOf, assumedOf, onWhy, presenter } = props;
  const [open, setOpen] = useState(false);
  const { node } = child;
  const label = labelOf?.(node.id);
  const n = child.citations.length;
  return (
    <li className={`reading-card kind-${node.kind.toLowerCase()}`} data-testid="reading-child" data-node-id={node.id}>
      <Press still={presenter} className="reading-open" data-reading-card data-col={column} onPress={() => onNavigate(node.id)} aria-label={fill(t.reading.openNode, { title: node.title })}>
        <span className="reading-kind">
          <KindIcon kind={node.kind} /> {t.kinds[node.kind]}
        </span>
        <span className="reading-title">{node.title}</span>
      </Press>
      <div className="reading-meta">
        {label && <LabelChip label={label} t={t} assumed={assumedOf?.(node.id)} />}
        {n > 0 && !presenter && (
          <button type="button" className="secondary small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="reading-quotes-toggle">
            {open ? t.reading.hideQuotes : n === 1 ? t.reading.quoteOne : fill(t.reading.quotes, { n })}
          </button>
        )}
        {label && onWhy && !presenter && (
          <button type="button" className="secondary small" onClick={() => onWhy(node.id)} data-testid="reading-why">
            {t.evaluate.why}
          </button>
        )}
      </div>
      {open && <Quotes citations={child.citations} state={state} t={t} />}
      <Undercutters nodes={child.undercutters} onNavigate={onNavigate} t={t} labelOf={labelOf} column={column} still={presenter} />
    </li>
  );
}

function Column({ id, title, empty, items, props, active, tabId }: { id: string; title: string; empty: string; items: ReadingChild[]; props: ArgumentReaderProps; active: boolean; tabId?: string }) {
  return (
    <section className={`reading-col reading-col-${id}`} data-active={active} role={tabId ? 'tabpanel' : undefined} aria-labelledby={tabId} aria-label={tabId ? undefined : title} data-testid={`reading-col-${id}`}>
      <h3>{title}</h3>
      {items.length ? (
        <ul className="reading-list">
          {items.map((c) => (
            <ChildCard key={c.relation.id} child={c} column={id} props={props} />
          ))}
        </ul>
      ) : (
        <p className="hint">{empty}</p>
      )}
    </section>
  );
}

export function ArgumentReader(props: ArgumentReaderProps) {
  const { state, focusId, trail, onNavigate, t, labelOf, assumedOf, onWhy, presenter } = props;
  const r = useMemo(() => readingOf(state, focusId), [state, focusId]);
  const [side, setSide] = useState<'pro' | 'con'>('pro');
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const uid = `reading${useId().replace(/:/g, '')}`;

  // after moving, the keyboard continues from the node now in focus
  const cameFromInside = useRef(false);
  useEffect(() => {
    if (cameFromInside.current) heading.current?.focus();
    cameFromInside.current = false;
    setSide('pro');
  }, [focusId]);
  if (!r) return <p className="hint">{t.reading.empty}</p>;
  const go = (id: string) => {
    cameFromInside.current = !!root.current?.contains(document.activeElement);
    onNavigate(id);
  };
  const up = trail.length > 1 ? trail[trail.length - 2] : r.parents[0]?.node.id;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    if ((e.key === 'Backspace' || (e.altKey && e.key === 'ArrowUp')) && up) {
      e.preventDefault();
      cameFromInside.current = true;
      onNavigate(up);
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const cards = [...(root.current?.querySelectorAll<HTMLElement>('[data-reading-card]') ?? [])].filter((el) => el.offsetParent !== null);
    if (!cards.length) return;
    const at = cards.indexOf(target.closest<HTMLElement>('[data-reading-card]') ?? (null as unknown as HTMLElement));
    let next: HTMLElement | undefined;
    if (e.key === 'Home') next = cards[0];
    else if (e.key === 'End') next = cards.at(-1);
    else if (at < 0) next = e.key === 'ArrowUp' ? cards.findLast((c) => c.dataset.col === 'parents') : cards.find((c) => c.dataset.col !== 'parents');
    else if (e.key === 'ArrowDown') next = cards[at + 1];
    else if (e.key === 'ArrowUp') next = at > 0 ? cards[at - 1] : undefined;
    else {
      // across: the card at the same place in the other column
      const col = cards[at].dataset.col;
      const other = col === 'pro' ? 'con' : col === 'con' ? 'pro' : null;
      if (other) {
        const mine = cards.filter((c) => c.dataset.col === col);
        const theirs = cards.filter((c) => c.dataset.col === other);
        next = theirs[Math.min(mine.indexOf(cards[at]), theirs.length - 1)];
        if (!next && other === 'con' && e.key === 'ArrowRight') setSide('con');
        if (!next && other === 'pro' && e.key === 'ArrowLeft') setSide('pro');
      }
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  const label = labelOf?.(r.node.id);
  const isQuestion = r.node.kind === 'QUESTION';
  return (
    <div className={`argument-reader${presenter ? ' presenter' : ''}`} ref={root} onKeyDown={onKeyDown} data-testid="argument-reader" data-focus-id={r.node.id}>
      {!presenter && (
      <nav className="reading-path" aria-label={t.reading.path}>
        <ol>
          {trail.map((id, k) => {
            const n = state.nodes.get(id);
            if (!n) return null;
            const last = k === trail.length - 1;
            return (
              <li key={`${id}-${k}`}>
                {last ? (
                  <span aria-current="location">{n.title}</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => go(id)} data-testid="reading-crumb">
                    {n.title}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
        {up && (
          <button type="button" className="secondary small" onClick={() => go(up)} aria-keyshortcuts="Backspace" data-testid="reading-up">
            ↑ {t.reading.up}
          </button>
        )}
      </nav>
      )}

      <section className="reading-parents" aria-label={t.reading.bearsOn}>
        {r.parents.length > 0 || r.undercuts.length > 0 ? (
          <>
            <h3>{t.reading.bearsOn}</h3>
            <ul className="reading-list">
              {r.parents.map((p) => (
                <li key={p.relation.id} className="reading-parent">
                  <span className={`reading-rel rel-${p.relation.type.toLowerCase()}`}>{t.relations[p.relation.type]}</span>{' '}
                  <Press still={presenter} className="link-button" data-reading-card data-col="parents" onPress={() => go(p.node.id)} data-testid="reading-parent">
                    {p.node.title}
                  </Press>
                  {labelOf?.(p.node.id) && <LabelChip label={labelOf(p.node.id)!} t={t} />}
                  <Undercutters nodes={p.undercutters} onNavigate={go} t={t} labelOf={labelOf} column="parents" still={presenter} />
                </li>
              ))}
              {r.undercuts.map((u) => (
                <li key={u.relation.id} className="reading-parent">
                  <span className="reading-rel rel-undercuts">{t.relations.UNDERCUTS}</span>{' '}
                  <Press still={presenter} className="link-button" data-reading-card data-col="parents" onPress={() => go(u.from.id)} data-testid="reading-parent">
                    {fill(t.reading.undercutsRelation, { from: u.from.title, relation: t.relations[u.target.type], to: u.to.title })}
                  </Press>
                </li>
              ))}
            </ul>
          </>
        ) : (
          !presenter && <p className="hint">{t.reading.bearsOnNothing}</p>
        )}
      </section>

      <article className={`reading-focus kind-${r.node.kind.toLowerCase()}`} data-testid="reading-focus">
        <p className="reading-kind">
          <KindIcon kind={r.node.kind} size={presenter ? 24 : 16} /> {t.kinds[r.node.kind]}
          {label && <LabelChip label={label} t={t} assumed={assumedOf?.(r.node.id)} />}
          {label && onWhy && !presenter && (
            <button type="button" className="secondary small" onClick={() => onWhy(r.node.id)} data-testid="reading-why-focus">
              {t.evaluate.why}
            </button>
          )}
        </p>
        <h2 ref={heading} tabIndex={-1} className="reading-focus-title">
          {r.node.title}
        </h2>
        {r.node.body && <p className="reading-body">{r.node.body}</p>}
        {r.citations.length > 0 && <Quotes citations={r.citations} state={state} t={t} />}
      </article>

      {isQuestion ? (
        <div className="reading-columns one">
          <Column id="answers" title={fill(t.reading.answers, { n: r.answers.length })} empty={t.reading.noAnswers} items={r.answers} props={{ ...props, onNavigate: go }} active />
        </div>
      ) : (
        <>
          {!presenter && (
          <div className="reading-tabs" role="tablist" aria-label={t.reading.sides}>
            <button type="button" role="tab" id={`${uid}-pro`} aria-selected={side === 'pro'} aria-controls={`${uid}-pro-panel`} onClick={() => setSide('pro')} data-testid="reading-tab-pro">
              {fill(t.reading.pro, { n: r.supports.length })}
            </button>
            <button type="button" role="tab" id={`${uid}-con`} aria-selected={side === 'con'} aria-controls={`${uid}-con-panel`} onClick={() => setSide('con')} data-testid="reading-tab-con">
              {fill(t.reading.con, { n: r.rebuttals.length })}
            </button>
          </div>
          )}
          <div className="reading-columns">
            <div id={`${uid}-pro-panel`} className="reading-col-wrap" data-active={presenter || side === 'pro'}>
              <Column id="pro" title={fill(t.reading.supports, { n: r.supports.length })} empty={t.reading.noSupports} items={r.supports} props={{ ...props, onNavigate: go }} active={presenter || side === 'pro'} tabId={presenter ? undefined : `${uid}-pro`} />
            </div>
            <div id={`${uid}-con-panel`} className="reading-col-wrap" data-active={presenter || side === 'con'}>
              <Column id="con" title={fill(t.reading.rebuttals, { n: r.rebuttals.length })} empty={t.reading.noRebuttals} items={r.rebuttals} props={{ ...props, onNavigate: go }} active={presenter || side === 'con'} tabId={presenter ? undefined : `${uid}-con`} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

/** The trail after moving to `id`: down a level, back up to a node on it, or a fresh path from the top. */
export function nextTrail(state: MapState, trail: string[], id: string): string[] {
  const at = trail.indexOf(id);
  if (at >= 0) return trail.slice(0, at + 1);
  const last = trail.at(-1);
  const below = last ? readingOf(state, last) : null;
  const children = below ? [...below.answers, ...below.supports, ...below.rebuttals] : [];
  if (children.some((c) => c.node.id === id || c.undercutters.some((u) => u.id === id))) return [...trail, id];
  return pathTo(state, id);
}

/** The reading view inside the editor: its focus is the selected node (else the map's main question). */
export function ReadingPane() {
  const ctx = useEditor();
  const { t, canvas, evaluation } = ctx;
  const view = useDoc((s) => s.view);
  const selected = useCanvas((s) => (s.selectedNodes.size === 1 ? [...s.selectedNodes][0] : null));
  const on = useEvaluation((s) => s.on);
  const assumptions = useEvaluation((s) => s.assumptions);
  const start = useMemo(() => mainQuestions(view)[0]?.id ?? null, [view]);
  const focusId = selected && view.nodes.has(selected) ? selected : start;
  const [trail, setTrail] = useState<string[]>([]);
  const shownTrail = useMemo(() => (focusId ? (trail.at(-1) === focusId ? trail : nextTrail(view, trail, focusId)) : []), [trail, focusId, view]);
  const labels = on ? labelsOf(view, assumptions) : null;
  if (!focusId) return <p className="hint reading-empty">{t.reading.empty}</p>;
  return (
    <div className="reading-pane" aria-label={t.reading.label} role="region">
      <p className="hint reading-help">{t.reading.help}</p>
      <ArgumentReader
        state={view}
        focusId={focusId}
        trail={shownTrail}
        t={t}
        onNavigate={(id) => {
          setTrail(nextTrail(view, shownTrail, id));
          canvas.getState().select([id]);
          canvas.getState().announce(view.nodes.get(id)?.title ?? '');
        }}
        labelOf={labels ? (id) => labels.nodes.get(id) : undefined}
        assumedOf={(id) => assumptions.get(id)}
        onWhy={(id) => evaluation.getState().explain(id)}
      />
    </div>
  );
}
