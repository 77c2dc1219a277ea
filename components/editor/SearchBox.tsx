'use client';
// Search in titles and bodies; Enter jumps to the next hit (Shift+Enter: previous).
import { useState } from 'react';
import { fill, useCanvas, useEditor } from './context';
import { reveal } from './commands';

export function SearchBox() {
  const ctx = useEditor();
  const { t } = ctx;
  const [value, setValue] = useState('');
  const hits = useCanvas((s) => s.hits.length);
  const index = useCanvas((s) => s.hitIndex);
  const jump = (step: 1 | -1) => {
    const id = ctx.canvas.getState().nextHit(step);
    if (!id) return;
    if (ctx.canvas.getState().view === 'canvas') reveal(ctx, id);
    else document.querySelector<HTMLElement>(`[role="treeitem"][data-node-id="${id}"]`)?.focus();
  };
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
          ctx.canvas.getState().setSearch(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            jump(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            setValue('');
            ctx.canvas.getState().setSearch('');
          }
        }}
      />
      {value && (
        <span className="search-count" aria-live="polite" data-testid="search-count">
          {hits === 0 ? t.noHits : index >= 0 ? fill(t.hits, { i: index + 1, n: hits }) : fill(t.hitsFound, { n: hits })}
        </span>
      )}
      {hits > 0 && (
        <>
          <button type="button" className="secondary icon-button" onClick={() => jump(-1)} aria-label={t.previousHit} title={t.previousHit}>↑</button>
          <button type="button" className="secondary icon-button" onClick={() => jump(1)} aria-label={t.nextHit} title={t.nextHit}>↓</button>
        </>
      )}
    </div>
  );
}
