'use client';
// What every dialog of the editor does as a modal: focus stays inside it (Tab and
// Shift+Tab go round; a click on its empty parts or a control that becomes disabled
// leaves focus on the dialog, not on the page behind), Escape closes it wherever focus
// is, and focus goes back to what had it when the dialog opened. The editor's own
// shortcuts stand down while a modal is open (shortcuts.ts).
import { useEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Whether a modal dialog is open on the page (the editor's shortcuts then do nothing). */
export const modalOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

/**
 * Makes `box` behave as a modal while it is mounted. `onEscape` is called for Escape.
 * `returnTo`: where focus goes back to when it closes; without it, what had focus when it
 * opened (Safari does not focus a button it clicks: give the button).
 */
export function useModal(box: RefObject<HTMLElement | null>, onEscape: () => void, returnTo?: RefObject<HTMLElement | null>) {
  const escape = useRef(onEscape);
  escape.current = onEscape;
  useEffect(() => {
    const opener = returnTo?.current ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    const inside = (el: EventTarget | null) => el instanceof Node && !!box.current?.contains(el);
    const onKey = (e: KeyboardEvent) => {
      const el = box.current;
      if (!el) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        escape.current();
        return;
      }
      if (e.key !== 'Tab') return;
      const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null || x === document.activeElement);
      if (!items.length) {
        e.preventDefault();
        el.focus();
        return;
      }
      const [firstItem, lastItem] = [items[0], items[items.length - 1]];
      const at = document.activeElement;
      if (e.shiftKey && (at === firstItem || !inside(at) || at === el)) {
        e.preventDefault();
        lastItem.focus();
      } else if (!e.shiftKey && (at === lastItem || !inside(at))) {
        e.preventDefault();
        firstItem.focus();
      }
    };
    // focus that leaves the dialog (to the page behind, or to nothing) comes back to it
    const onFocusIn = (e: FocusEvent) => {
      if (!inside(e.target)) box.current?.focus();
    };
    const onFocusOut = (e: FocusEvent) => {
      if (inside(e.target) && e.relatedTarget === null) {
        // a control that became disabled, or a click on the dialog's empty parts
        requestAnimationFrame(() => {
          if (!inside(document.activeElement)) box.current?.focus();
        });
      }
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      if (opener?.isConnected) opener.focus();
    };
  }, [box, returnTo]);
}
