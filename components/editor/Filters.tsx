'use client';
// Filter the canvas by kind, tag and sourcing status: what does not match is hidden.
import { NODE_KINDS, type NodeKind } from '@/lib/argument/model';
import { filtersActive, hiddenByFilters, NO_FILTERS, type SourcingFilter } from '@/lib/client/derive';
import { fill, useCanvas, useDoc, useEditor } from './context';

const SOURCING: SourcingFilter[] = ['sourced', 'backed', 'unsourced', 'none'];

const toggle = <T,>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

export function Filters() {
  const { t, canvas } = useEditor();
  const filters = useCanvas((s) => s.filters);
  const tags = useDoc((s) => s.view.tags);
  const hidden = useDoc((s) => s.view);
  const hiddenCount = filtersActive(filters) ? (hiddenByFilters(hidden, filters)?.size ?? 0) : 0;
  const set = canvas.getState().setFilters;
  return (
    <details className="dropdown">
      <summary className="button secondary">
        {t.filters}
        {hiddenCount > 0 && <span className="badge">{fill(t.filtered, { n: hiddenCount })}</span>}
      </summary>
      <div className="dropdown-panel filters">
        <fieldset>
          <legend>{t.filterKind}</legend>
          {NODE_KINDS.map((k: NodeKind) => (
            <label key={k}>
              <input type="checkbox" checked={filters.kinds.includes(k)} onChange={() => set({ ...filters, kinds: toggle(filters.kinds, k) })} /> {t.kinds[k]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.filterSourcing}</legend>
          {SOURCING.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={filters.sourcing.includes(s)} onChange={() => set({ ...filters, sourcing: toggle(filters.sourcing, s) })} /> {t.sourcing[s]}
            </label>
          ))}
        </fieldset>
        <label className="filter-tag">
          {t.filterTag}
          <select value={filters.tagId ?? ''} onChange={(e) => set({ ...filters, tagId: e.target.value || null })}>
            <option value="">{t.allTags}</option>
            {[...tags.values()].map((tag) => (
              <option key={tag.id} value={tag.id}>{tag.name}</option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" disabled={!filtersActive(filters)} onClick={() => set(NO_FILTERS)}>
          {t.clearFilters}
        </button>
      </div>
    </details>
  );
}

/**
 * On the canvas, when the filters (or the sourcing figure's toggle) hide every node: say
 * so, and offer to clear them, instead of an empty canvas with no explanation.
 */
export function FilterNotice() {
  const { t, canvas } = useEditor();
  const filters = useCanvas((s) => s.filters);
  const view = useDoc((s) => s.view);
  const active = filtersActive(filters);
  const hidden = active ? (hiddenByFilters(view, filters)?.size ?? 0) : 0;
  if (!active || view.nodes.size === 0 || hidden < view.nodes.size) return null;
  return (
    <div className="filter-notice card" role="status" data-testid="filter-notice">
      <p>{fill(t.allHidden, { n: view.nodes.size })}</p>
      <button type="button" onClick={() => canvas.getState().setFilters(NO_FILTERS)} data-testid="filter-notice-clear">
        {t.showEverything}
      </button>
    </div>
  );
}
