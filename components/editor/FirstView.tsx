'use client';
// The first view of a map and the way back to it: a map too big to read whole opens on its
// main question at a readable zoom (lib/client/start-view.ts); a map with several main
// questions offers them as themes to start from; "Whole map" (key 0) shows everything.
import { useEffect, useMemo } from 'react';
import { Panel } from '@xyflow/react';
import { mainQuestions } from '@/lib/client/reading';
import { startViewport } from '@/lib/client/start-view';
import { useDoc, useEditor, type EditorContextValue } from './context';

const typing = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

function screenOf(ctx: EditorContextValue) {
  const el = document.querySelector<HTMLElement>('.canvas-wrap .react-flow');
  return { width: el?.clientWidth ?? window.innerWidth, height: el?.clientHeight ?? window.innerHeight };
}

/** Opens the canvas where a reader can read (called once React Flow is there, when no viewport of an earlier visit is kept). */
export function openReadable(ctx: EditorContextValue) {
  const flow = ctx.flow.current;
  if (!flow) return;
  const view = ctx.doc.getState().view;
  const vp = startViewport(view, ctx.canvas.getState().sizeOf, screenOf(ctx), mainQuestions(view)[0]?.id ?? null);
  if (vp) void flow.setViewport(vp);
}

export function showStart(ctx: EditorContextValue, id: string) {
  const flow = ctx.flow.current;
  if (!flow) return;
  const vp = startViewport(ctx.doc.getState().view, ctx.canvas.getState().sizeOf, screenOf(ctx), id, false);
  if (vp) void flow.setViewport(vp, { duration: 300 });
  ctx.canvas.getState().select([id]);
}

export function showWholeMap(ctx: EditorContextValue) {
  void ctx.flow.current?.fitView({ padding: 0.05, duration: 300 });
}

/** The themes (main questions) and "Whole map", at the top of the canvas (its corners are where people double-click to add). */
export function ThemePanel() {
  const ctx = useEditor();
  const { t } = ctx;
  const view = useDoc((s) => s.view);
  const themes = useMemo(() => mainQuestions(view).filter((q) => view.nodes.get(q.id)?.kind === 'QUESTION'), [view]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '0' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || e.defaultPrevented) return;
      if ((e.target as HTMLElement | null)?.closest?.('[role="tree"], [role="menu"], [role="dialog"], .reader-pane')) return;
      if (ctx.canvas.getState().view !== 'canvas') return;
      e.preventDefault();
      showWholeMap(ctx);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ctx]);
  if (!view.nodes.size) return null;
  return (
    <Panel position="top-center" className="theme-panel" data-testid="theme-panel">
      {themes.length > 1 && (
        <details className="dropdown themes">
          <summary className="button secondary" title={t.firstView.themesHelp}>
            {t.firstView.themes} ({themes.length})
          </summary>
          <div className="dropdown-panel" role="group" aria-label={t.firstView.themesHelp}>
            {themes.map((q) => (
              <button
                key={q.id}
                type="button"
                className="secondary theme-button"
                data-testid="theme"
                onClick={(e) => {
                  (e.currentTarget.closest('details') as HTMLDetailsElement).open = false;
                  showStart(ctx, q.id);
                }}
              >
                {view.nodes.get(q.id)!.title}
              </button>
            ))}
          </div>
        </details>
      )}
      <button type="button" className="secondary" onClick={() => showWholeMap(ctx)} title={t.firstView.overviewHelp} aria-keyshortcuts="0" data-testid="whole-map">
        {t.firstView.overview}
      </button>
    </Panel>
  );
}
