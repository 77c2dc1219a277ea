'use client';
// The toast of success messages (lib/client/flash.ts). The live region is on the page
// from the start and filled a moment later, so screen readers announce the message.
import { useEffect, useState } from 'react';
import { FLASH_EVENT, takeFlash } from '@/lib/client/flash';

export function Flash({ closeLabel }: { closeLabel: string }) {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (m: string) => {
      setMessage(null);
      clearTimeout(timer);
      // after the empty region has rendered: a change, which is what gets announced
      timer = setTimeout(() => setMessage(m), 150);
    };
    const stored = takeFlash();
    if (stored) show(stored);
    const onFlash = (e: Event) => show((e as CustomEvent<string>).detail);
    window.addEventListener(FLASH_EVENT, onFlash);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(FLASH_EVENT, onFlash);
    };
  }, []);
  return (
    <div className="toast-region" role="status" aria-live="polite" data-testid="toast">
      {message && (
        <p className="toast card">
          <span>{message}</span>
          <button type="button" className="secondary" onClick={() => setMessage(null)} aria-label={closeLabel}>×</button>
        </p>
      )}
    </div>
  );
}
