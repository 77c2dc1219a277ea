'use client';
// The editing toolbar: create, add a reason or rebuttal to the selected node, delete,
// layout, align, copy and paste, focus, filters, legend and shortcuts; the map's
// sourcing figure and the source reader.
import { NODE_KINDS } from '@/lib/argument/model';
import type { Alignment } from '@/lib/client/edit-ops';
import { useCanvas, useDoc, useEditor } from './context';
import { addConnected, addNode, align, copyToClipboard, deleteSelection, focusOn, layout, pasteFromClipboard } from './commands';
import { KindIcon } from './icons';
import { Filters } from './Filters';
import { Legend } from './Legend';
import { SourcingBar } from './SourcingBar';
import { ExportButton } from './ExportDialog';
import { ImportButton } from './ImportDialog';

const ALIGNMENTS: Alignment[] = ['left', 'center', 'right', 'top', 'middle', 'bottom', 'distribute-h', 'distribute-v'];

export function Toolbar() {
  const ctx = useEditor();
  const { t } = ctx;
  const selectedNodes = useCanvas((s) => s.selectedNodes);
  const selectedRelations = useCanvas((s) => s.selectedRelations.size);
  const view = useCanvas((s) => s.view);
  const focusId = useCanvas((s) => s.focusId);
  const busy = useCanvas((s) => s.layoutBusy);
  const layoutMs = useCanvas((s) => s.layoutMs);
  const single = selectedNodes.size === 1 ? [...selectedNodes][0] : null;
  const singleKind = useDoc((s) => (single ? s.view.nodes.get(single)?.kind : undefined));
  const canvasView = view === 'canvas';
  return (
    <div className="toolbar" role="toolbar" aria-label={t.toolbar} data-layout-ms={layoutMs ?? undefined}>
      <div className="toolbar-group">
        {NODE_KINDS.map((kind) => (
          <button key={kind} type="button" className={`secondary add-${kind.toLowerCase()}`} onClick={() => addNode(ctx, kind)} aria-keyshortcuts={kind[0]}>
            <KindIcon kind={kind} /> {t.addKind[kind]}
          </button>
        ))}
      </div>
      <div className="toolbar-group">
        <button type="button" className="secondary" disabled={!single} onClick={() => single && addConnected(ctx, single, 'reason')} aria-keyshortcuts="R">
          {singleKind === 'QUESTION' ? t.addAnswer : t.addReason}
        </button>
        <button type="button" className="secondary" disabled={!single || singleKind === 'QUESTION'} title={singleKind === 'QUESTION' ? t.cannotRebutQuestion : undefined} onClick={() => single && addConnected(ctx, single, 'rebuttal')} aria-keyshortcuts="B">
          {t.addRebuttal}
        </button>
        <button type="button" className="secondary danger" disabled={!selectedNodes.size && !selectedRelations} onClick={() => deleteSelection(ctx)} aria-keyshortcuts="Delete">
          {t.delete}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="secondary" disabled={busy} onClick={() => void layout(ctx, false)} data-testid="layout">
          {busy ? t.layoutBusy : t.layout}
        </button>
        {canvasView && (
          <button type="button" className="secondary" disabled={busy || selectedNodes.size < 2} onClick={() => void layout(ctx, true)}>
            {t.layoutSelection}
          </button>
        )}
        {canvasView && (
          <details className="dropdown">
            <summary className="button secondary" aria-disabled={selectedNodes.size < 2}>{t.align}</summary>
            <div className="dropdown-panel">
              {ALIGNMENTS.map((a) => (
                <button key={a} type="button" className="secondary" disabled={selectedNodes.size < 2} onClick={(e) => {
                  align(ctx, a);
                  (e.currentTarget.closest('details') as HTMLDetailsElement).open = false;
                }}>
                  {t.alignments[a]}
                </button>
              ))}
            </div>
          </details>
        )}
      </div>
      <div className="toolbar-group">
        <button type="button" className="secondary" disabled={!selectedNodes.size} onClick={() => copyToClipboard(ctx)} aria-keyshortcuts="Control+C">
          {t.copy}
        </button>
        <button type="button" className="secondary" onClick={() => pasteFromClipboard(ctx)} aria-keyshortcuts="Control+V">
          {t.paste}
        </button>
        {canvasView && (
          <button type="button" className="secondary" aria-pressed={!!focusId} disabled={!focusId && !single} onClick={() => focusOn(ctx, focusId ? null : single)}>
            {focusId ? t.unfocus : t.focus}
          </button>
        )}
      </div>
      <div className="toolbar-group">
        <Filters />
        <Legend />
        <ExportButton />
        <ImportButton />
      </div>
      <SourcingBar />
    </div>
  );
}
