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
