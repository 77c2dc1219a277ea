'use client';
// The map-level sourcing figure ("47 of 52 claims and proposals sourced") with the
// unsourced ones listed on request: the unsourced filter of the source library.
import { useId, useState } from 'react';
import type { ArgNode } from '@/lib/argument/model';
import type { Messages } from '@/lib/i18n/messages';
import { sourcingFigure, type SourcingSummary } from '@/lib/sourcing/status';

export function SourcingFigure({
  t,
  kinds,
  summary,
  nodes,
  mapHref,
}: {
  t: Messages['sourcing'];
  kinds: Messages['editor']['kinds'];
  summary: SourcingSummary;
  nodes: ReadonlyMap<string, ArgNode>;
  mapHref: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="sourcing-figure card" aria-labelledby={`${id}-h`} data-testid="sourcing-figure">
      <p id={`${id}-h`} className="figure">
        <strong data-testid="sourced-figure">{sourcingFigure(t.figure, summary)}</strong>
      </p>
      <ul className="figure-parts">
        <li data-testid="backed-count" data-value={summary.backed}>{sourcingFigure(t.figureBacked, summary)}</li>
        <li data-testid="unsourced-count" data-value={summary.unsourced} className={summary.unsourced ? 'warn' : undefined}>
          {sourcingFigure(t.figureUnsourced, summary)}
        </li>
        {summary.mismatched > 0 && (
          <li className="error" data-testid="mismatch-count">
            {t.figureMismatched.replace('{n}', String(summary.mismatched))}
          </li>
        )}
      </ul>
      <label className="toggle">
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} /> {t.showUnsourced}
      </label>
      {open &&
        (summary.unsourcedIds.length ? (
          <ul className="unsourced-list" data-testid="unsourced-list">
            {summary.unsourcedIds.map((nodeId) => {
              const n = nodes.get(nodeId);
              return n ? (
                <li key={nodeId}>
                  <span className="badge">{kinds[n.kind]}</span> <a href={`${mapHref}?node=${encodeURIComponent(nodeId)}`}>{n.title}</a>
                </li>
              ) : null;
            })}
          </ul>
        ) : (
          <p className="hint">{t.noUnsourced}</p>
        ))}
    </section>
  );
}
