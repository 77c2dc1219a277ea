'use client';
// Saved / saving / offline / error / not saved (a write the server refused, until its
// message is dismissed), and undo and redo with what they would undo.
import { fill, useDoc, useEditor } from './context';
import { redo, undo } from './commands';

export function StatusBar() {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const stored = useDoc((s) => s.status);
  // a write the server refused (or held back as a conflict) is not saved, whatever else is
  const refused = useDoc((s) => s.conflicts.length > 0 || s.notices.some((n) => n.kind === 'refused'));
  const status = refused && (stored === 'saved' || stored === 'saving') ? 'refused' : stored;
  const undoLabel = useDoc((s) => s.undoStack.at(-1)?.label ?? null);
  const redoLabel = useDoc((s) => s.redoStack.at(-1)?.label ?? null);
  if (readOnly) return null;
  return (
    <div className="status-bar">
      <span className={`save-status ${status}`} role="status" aria-label={t.statusLabel} data-testid="save-status" data-status={status} title={status === 'refused' ? t.statusRefusedHelp : undefined}>
        <span aria-hidden="true" className="save-dot" />
        <span className="save-text">{status === 'refused' ? t.statusRefused : t.status[status]}</span>
      </span>
      <button type="button" className="secondary icon-button" onClick={() => undo(ctx)} disabled={!undoLabel} title={undoLabel ? fill(t.undoWhat, { label: undoLabel }) : t.undo} aria-keyshortcuts="Control+Z">
        <span aria-hidden="true">↶</span> <span className="button-text">{t.undo}</span>
      </button>
      <button type="button" className="secondary icon-button" onClick={() => redo(ctx)} disabled={!redoLabel} title={redoLabel ? fill(t.redoWhat, { label: redoLabel }) : t.redo} aria-keyshortcuts="Control+Shift+Z">
        <span aria-hidden="true">↷</span> <span className="button-text">{t.redo}</span>
      </button>
    </div>
  );
}
