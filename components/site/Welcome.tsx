'use client';
// After signing up: the next page says what happened (the account exists, you are signed
// in). The sign-up form leaves the name in sessionStorage; this shows it once.
import { useEffect, useState } from 'react';
import { fill } from '@/lib/i18n/fill';

export const WELCOME_KEY = 'pleit:welcome';

export function Welcome({ template, dismiss }: { template: string; dismiss: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    try {
      const n = sessionStorage.getItem(WELCOME_KEY);
      if (n !== null) {
        sessionStorage.removeItem(WELCOME_KEY);
        setName(n);
      }
    } catch {
      /* no storage: nothing to say */
    }
  }, []);
  if (name === null) return null;
  return (
    <div className="welcome" role="status" data-testid="welcome">
      <p>{fill(template, { name })}</p>
      <button type="button" className="secondary small" onClick={() => setName(null)}>
        {dismiss}
      </button>
    </div>
  );
}
