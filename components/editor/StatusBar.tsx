'use client';
// Saved / saving / offline / error, and undo and redo with what they would undo.
import { fill, useDoc, useEditor } from './context';
import { redo, undo } from './commands';

export function StatusBar() {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const status = useDoc((s) => s.status);
  const undoLabel = useDoc((s) => s.undoStack.at(-1)?.label ?? null);
  const redoLabel = useDoc((s) => s.redoStack.at(-1)?.label ?? null);
  if (readOnly) return null;
  return (
    <div className="status-bar">
      <span className={`save-status ${status}`} role="status" aria-label={t.statusLabel} data-testid="save-status" data-status={status}>
        <span aria-hidden="true" className="save-dot" />
        {t.status[status]}
      </span>
      <button type="button" className="secondary icon-button" onClick={() => undo(ctx)} disabled={!undoLabel} title={undoLabel ? fill(t.undoWhat, { label: undoLabel }) : t.undo} aria-keyshortcuts="Control+Z">
        <span aria-hidden="true">↶</span> {t.undo}
      </button>
      <button type="button" className="secondary icon-button" onClick={() => redo(ctx)} disabled={!redoLabel} title={redoLabel ? fill(t.redoWhat, { label: redoLabel }) : t.redo} aria-keyshortcuts="Control+Shift+Z">
        <span aria-hidden="true">↷</span> {t.redo}
      </button>
    </div>
  );
}
