// Inline renaming of a node's title, shared by the canvas node and the outline row:
// focus and select on open, Enter saves, Escape cancels, leaving the field saves, and
// the rename is committed at most once (blur after Enter must not save twice). What
// cannot be saved is said, not dropped silently: an empty title keeps the old one and
// says so; a title over the limit is not cut, the field stays open and says why.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '@/lib/api/schemas';
import { renameNode } from './commands';
import { fill, useEditor } from './context';

export function useInlineRename<E extends HTMLInputElement | HTMLTextAreaElement>(nodeId: string, title: string, onDone: () => void) {
  const ctx = useEditor();
  const [value, setValue] = useState(title);
  const ref = useRef<E>(null);
  const finished = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const tooLong = value.trim().length > LIMITS.nodeTitle;
  const finish = (save: boolean) => {
    if (finished.current) return;
    if (save && tooLong) {
      // kept open with what was typed: shortening it is the reader's choice, not ours
      ctx.canvas.getState().showFlash('error', fill(ctx.t.tooLong, { field: ctx.t.title, max: LIMITS.nodeTitle, n: value.trim().length }));
      return;
    }
    finished.current = true;
    if (save && !value.trim() && title.trim()) ctx.canvas.getState().showFlash('error', ctx.t.titleEmpty);
    else if (save && value.trim() !== title) renameNode(ctx, nodeId, value.trim());
    onDone();
  };
  return {
    ref,
    value,
    'aria-label': ctx.t.editTitle,
    'aria-invalid': tooLong || undefined,
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
