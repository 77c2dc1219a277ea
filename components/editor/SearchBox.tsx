'use client';
// Search in titles and bodies; Enter jumps to the next hit (Shift+Enter: previous). On
// the canvas, hits the filters hide are counted as such, and jumping to one says so and
// offers to clear the filters, instead of selecting something the reader cannot see.
import { useMemo, useState } from 'react';
import { filtersActive, hiddenByFilters, NO_FILTERS } from '@/lib/client/derive';
import { fill, useCanvas, useDoc, useEditor } from './context';
import { reveal } from './commands';

export function SearchBox() {
  const ctx = useEditor();
  const { t } = ctx;
  const [value, setValue] = useState('');
  const [hiddenHit, setHiddenHit] = useState<string | null>(null);
  const hits = useCanvas((s) => s.hits);
  const index = useCanvas((s) => s.hitIndex);
  const filters = useCanvas((s) => s.filters);
  const onCanvas = useCanvas((s) => s.view === 'canvas');
  const doc = useDoc((s) => s.view);
  const hidden = useMemo(() => (onCanvas && filtersActive(filters) ? hiddenByFilters(doc, filters) : null), [onCanvas, filters, doc]);
  const hiddenHits = hidden ? hits.filter((id) => hidden.has(id)).length : 0;
  const hiddenTitle = hiddenHit && hidden?.has(hiddenHit) ? doc.nodes.get(hiddenHit)?.title : undefined;
  const jump = (step: 1 | -1) => {
    const id = ctx.canvas.getState().nextHit(step);
    if (!id) return;
    if (ctx.canvas.getState().view === 'canvas') {
      setHiddenHit(hidden?.has(id) ? id : null);
      reveal(ctx, id);
    } else document.querySelector<HTMLElement>(`[role="treeitem"][data-node-id="${id}"]`)?.focus();
  };
  const count = hits.length === 0 ? t.noHits : index >= 0 ? fill(t.hits, { i: index + 1, n: hits.length }) : fill(t.hitsFound, { n: hits.length });
  return (
    <div className="search-box" role="search">
      <label className="visually-hidden" htmlFor="editor-search">{t.search}</label>
      <input
        id="editor-search"
        type="search"
        data-testid="search"
        placeholder={t.searchPlaceholder}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setHiddenHit(null);
          ctx.canvas.getState().setSearch(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            jump(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            setValue('');
            setHiddenHit(null);
            ctx.canvas.getState().setSearch('');
          }
        }}
      />
      {value && (
        <span className="search-count" aria-live="polite" data-testid="search-count">
          {count}
          {hiddenHits > 0 && ` (${fill(t.hitsHidden, { n: hiddenHits })})`}
        </span>
      )}
      {hits.length > 0 && (
        <>
          <button type="button" className="secondary icon-button" onClick={() => jump(-1)} aria-label={t.previousHit} title={t.previousHit}>↑</button>
          <button type="button" className="secondary icon-button" onClick={() => jump(1)} aria-label={t.nextHit} title={t.nextHit}>↓</button>
        </>
      )}
      {hiddenTitle !== undefined && (
        <div className="search-hidden card" role="alert" data-testid="search-hidden">
          <p>{fill(t.hitHidden, { title: hiddenTitle })}</p>
          <button
            type="button"
            className="small"
            onClick={() => {
              const id = hiddenHit!;
              ctx.canvas.getState().setFilters(NO_FILTERS);
              setHiddenHit(null);
              requestAnimationFrame(() => reveal(ctx, id));
            }}
          >
            {t.showEverything}
          </button>
        </div>
      )}
    </div>
  );
}
