// Success messages that survive a page change: "Map created", "Copy made", "Deleted".
// flash() stores the message for the next page of this tab (sessionStorage) and tells
// the current page at once; components/Flash.tsx shows it in a polite live region.
export const FLASH_KEY = 'pleit-flash';
export const FLASH_EVENT = 'pleit-flash';

export function flash(message: string, opts: { afterNavigation?: boolean } = {}) {
  if (typeof window === 'undefined') return;
  if (opts.afterNavigation) {
    try {
      sessionStorage.setItem(FLASH_KEY, message);
    } catch {
      /* storage unavailable: the message is lost, the action is not */
    }
    return;
  }
  window.dispatchEvent(new CustomEvent(FLASH_EVENT, { detail: message }));
}

export function takeFlash(): string | null {
  try {
    const m = sessionStorage.getItem(FLASH_KEY);
    if (m) sessionStorage.removeItem(FLASH_KEY);
    return m;
  } catch {
    return null;
  }
}
