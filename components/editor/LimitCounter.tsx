'use client';
// A field's length against its limit, shown once the text comes near it (80 %), so a
// limit is seen before it is hit; past the limit it reads as an error. The fields keep
// no maxLength of their own: a pasted text is not cut silently, it is refused with why.
import { fill } from '@/lib/i18n/fill';
import type { LimitText } from '@/lib/i18n/limit-messages';

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

/** Why a text is not sent, in the user's words (the field, its limit, its length now), or null when it fits. */
export const tooLongMessage = (t: LimitText, field: string, value: string, max: number): string | null =>
  value.length > max ? fill(t.tooLong, { field, max, n: value.length }) : null;

/**
 * What ties a field to its LimitNote (give both the same id): the counter and the refusal
 * describe it, and a field past its limit is marked, so that a submit finds it.
 */
export const limitProps = (id: string, value: string, max: number) => {
  const over = value.length > max;
  return {
    'aria-invalid': over || undefined,
    'aria-describedby': [nearLimit(value.length, max) && `${id}-count`, over && `${id}-error`].filter(Boolean).join(' ') || undefined,
    'data-over-limit': over || undefined,
  };
};

/** Under a field with a limit: its counter near the limit and, past it, why it will not be sent. */
export function LimitNote({ t, field, value, max, id }: { t: LimitText; field: string; value: string; max: number; id: string }) {
  const problem = tooLongMessage(t, field, value, max);
  return (
    <>
      <LimitCounter id={`${id}-count`} length={value.length} max={max} template={t.charCount} />
      {problem && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid="limit-error">
          {problem}
        </p>
      )}
    </>
  );
}

/**
 * For a submit: true when a field in `scope` (a form, a list item) is past its limit.
 * Nothing is to be sent then; the first such field gets the focus, next to its refusal,
 * and keeps every character typed or pasted.
 */
export function overLimitIn(scope: Element | null): boolean {
  const field = scope?.querySelector<HTMLElement>('[data-over-limit]');
  field?.focus();
  return !!field;
}
