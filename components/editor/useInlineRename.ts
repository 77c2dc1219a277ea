// Inline renaming of a node's title, shared by the canvas node and the outline row:
// focus and select on open, Enter saves, Escape cancels, leaving the field saves, and
// the rename is committed at most once (blur after Enter must not save twice).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { renameNode } from './commands';
import { useEditor } from './context';

export function useInlineRename<E extends HTMLInputElement | HTMLTextAreaElement>(nodeId: string, title: string, onDone: () => void) {
  const ctx = useEditor();
  const [value, setValue] = useState(title);
  const ref = useRef<E>(null);
  const finished = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (save && value.trim() && value.trim() !== title) renameNode(ctx, nodeId, value.trim());
    onDone();
  };
  return {
    ref,
    value,
    'aria-label': ctx.t.editTitle,
    onChange: (e: { target: { value: string } }) => setValue(e.target.value),
    onKeyDown: (e: KeyboardEvent) => {
      e.stopPropagation();
      // Shift+Enter is a line break where the field allows one
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        finish(true);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        finish(false);
      }
    },
    onBlur: () => finish(true),
  };
}
