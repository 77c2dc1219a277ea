'use client';
// A field's length against its limit, shown once the text comes near it (80 %), so a
// limit is seen before it is hit; past the limit it reads as an error. The fields keep
// no maxLength of their own: a pasted text is not cut silently, it is refused with why.
import { fill } from '@/lib/i18n/fill';

export const nearLimit = (length: number, max: number) => length >= Math.floor(max * 0.8);

export function LimitCounter({ length, max, template, id }: { length: number; max: number; template: string; id?: string }) {
  if (!nearLimit(length, max)) return null;
  const over = length > max;
  return (
    <span id={id} className={`limit-counter${over ? ' over' : ''}`} data-testid="limit-counter" aria-live="polite">
      {fill(template, { n: length, max })}
    </span>
  );
}
