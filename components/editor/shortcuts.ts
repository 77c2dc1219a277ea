'use client';
// Keyboard shortcuts and clipboard events for the whole editor. Typing in a field is
// never intercepted; the outline handles its own keys (tree navigation) and only
// passes undo/redo through.
import { useEffect } from 'react';
import type { NodeKind } from '@/lib/argument/model';
import { useEditor } from './context';
import { modalOpen } from './modal';
import { addConnected, addNode, copyToClipboard, deleteSelection, focusOn, pasteFromClipboard, redo, undo } from './commands';

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

const KIND_KEYS: Record<string, NodeKind> = { q: 'QUESTION', c: 'CLAIM', p: 'PROPOSAL', e: 'EVIDENCE' };

export function useEditorShortcuts() {
  const ctx = useEditor();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // a modal dialog has the keys, wherever focus is (components/editor/modal.ts)
      if (typing(e.target) || e.defaultPrevented || modalOpen()) return;
      const c = ctx.canvas.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo(ctx);
        else undo(ctx);
        return;
      }
      if (mod && key === 'y') {
        e.preventDefault();
        redo(ctx);
        return;
      }
      if (mod && key === 'f') {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
        return;
      }
      const inOutline = (e.target as HTMLElement | null)?.closest?.('[role="tree"]');
      const inMenu = (e.target as HTMLElement | null)?.closest?.('[role="menu"], [role="dialog"]');
      // the source reader is for reading and selecting text: its keys are its own
      const inReader = (e.target as HTMLElement | null)?.closest?.('.reader-pane');
      if (inOutline || inMenu || inReader || c.view !== 'canvas') return;
      if (mod && key === 'a') {
        e.preventDefault();
        c.select(ctx.doc.getState().view.nodes.keys());
        return;
      }
      if (mod || e.altKey) return;
      if (e.key === 'Escape') {
        if (c.connectMenu) c.setConnectMenu(null);
        else if (c.focusId) focusOn(ctx, null);
        else c.select([]);
        return;
      }
      if (ctx.readOnly) return;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        deleteSelection(ctx);
        return;
      }
      const single = c.selectedNodes.size === 1 ? [...c.selectedNodes][0] : null;
      if (e.key === 'F2' && single) {
        e.preventDefault();
        c.setEditing(single);
        return;
      }
      if (e.shiftKey) return;
      if (KIND_KEYS[key]) {
        e.preventDefault();
        addNode(ctx, KIND_KEYS[key]);
      } else if (key === 'r' && single) {
        e.preventDefault();
        addConnected(ctx, single, 'reason');
      } else if (key === 'b' && single) {
        e.preventDefault();
        addConnected(ctx, single, 'rebuttal');
      }
    };
    // text selected in the reader is copied as text, not as the selected nodes
    const readingSelection = () => {
      const sel = window.getSelection();
      return !!sel && !sel.isCollapsed && !!sel.anchorNode && !!(sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode.parentElement)?.closest('.reader-pane');
    };
    const onCopy = (e: ClipboardEvent) => {
      if (typing(e.target) || typing(document.activeElement) || readingSelection() || modalOpen()) return;
      copyToClipboard(ctx, e);
    };
    const onCut = (e: ClipboardEvent) => {
      if (typing(e.target) || typing(document.activeElement) || readingSelection() || ctx.readOnly || modalOpen()) return;
      if (copyToClipboard(ctx, e)) deleteSelection(ctx);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (typing(e.target) || typing(document.activeElement) || ctx.readOnly || modalOpen()) return;
      if (pasteFromClipboard(ctx, e.clipboardData?.getData('text/plain'))) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}
