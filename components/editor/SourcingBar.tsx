'use client';
// The sourcing part of the toolbar (and of the read-only bar): the map-level figure ("12 of 15 claims and
// proposals sourced", from lib/sourcing/status.ts, live as the map changes), which
// switches the unsourced filter on and off; the reader toggle; the sources page.
import Link from 'next/link';
import { indexOf } from '@/lib/client/derive';
import { sourcingFigure } from '@/lib/sourcing/status';
import { fill, useCanvas, useDoc, useEditor } from './context';

export function SourcingBar() {
  const { t, ts, canvas, mapId } = useEditor();
  const view = useDoc((s) => s.view);
  const filters = useCanvas((s) => s.filters);
  const readerOpen = useCanvas((s) => s.reader.open);
  const summary = indexOf(view).summary;
  const onlyUnsourced = filters.sourcing.length === 1 && filters.sourcing[0] === 'unsourced';
  const toggleUnsourced = () => canvas.getState().setFilters({ ...filters, sourcing: onlyUnsourced ? [] : ['unsourced'] });
  const toggleReader = () => {
    const c = canvas.getState();
    if (c.reader.open) c.closeReader();
    else c.openReader();
  };
  return (
    <div className="toolbar-group sourcing-bar" role="group" aria-label={ts.pageTitle}>
      {summary.total > 0 && (
        <button
          type="button"
          className={`secondary sourcing-figure-button${summary.unsourced ? ' has-unsourced' : ''}`}
          aria-pressed={onlyUnsourced}
          title={t.figureFilter}
          onClick={toggleUnsourced}
          data-testid="editor-sourcing-figure"
          data-sourced={summary.sourced}
          data-total={summary.total}
        >
          <span aria-hidden="true" className="figure-glyph">{summary.unsourced ? '◐' : '●'}</span> {sourcingFigure(ts.figure, summary)}
        </button>
      )}
      {summary.mismatched > 0 && (
        <span className="mismatch-chip" data-testid="editor-mismatch-count">
          <span aria-hidden="true">⚠</span> {fill(ts.figureMismatched, { n: summary.mismatched })}
        </span>
      )}
      <button type="button" className={readerOpen ? '' : 'secondary'} aria-pressed={readerOpen} title={t.reader.openHelp} onClick={toggleReader} data-testid="reader-toggle">
        {t.reader.open}
      </button>
      <Link href={`/maps/${encodeURIComponent(mapId)}/sources`} className="sources-link" title={t.sourcesPageHelp}>
        {t.sourcesPage}
      </Link>
    </div>
  );
}
